import { checkWorkbook } from "../../../src/core/engine";
import { gridFromValues } from "../../../src/core/grid/grid";
import { badValue } from "../../../src/core/checks/badValue";
import { figuresSheet, pastedAppendixI, pastedAppendixII } from "../../../testkit/reportGrids";
import { ruleTester } from "../../helpers/ruleTester";

ruleTester(badValue, {
  valid: [
    { name: "the report's appendices", grids: [pastedAppendixI(), pastedAppendixII()] },
    { name: "a dash for 'none' in an amount cell", grids: [pastedAppendixI({ D11: "-" })] },
    { name: "figures with empty denominators for counts", grids: [figuresSheet()] },
  ],
  invalid: [
    {
      name: "words in an amount cell",
      grids: [pastedAppendixI({ D11: "hai trăm" })],
      findings: [{ messageId: "notANumber", sheet: "Phụ lục I", cell: "D11", data: { raw: "hai trăm" } }],
    },
    {
      name: "#REF! in an amount cell",
      grids: [pastedAppendixII({ E13: { error: "#REF!" } })],
      findings: [{ messageId: "errorValue", sheet: "Phụ lục II", cell: "E13", data: { error: "#REF!" } }],
    },
    {
      name: "#DIV/0! in a rate cell",
      grids: [figuresSheet({ E4: { error: "#DIV/0!" } })],
      findings: [{ messageId: "errorValue", cell: "E4" }],
    },
    {
      name: "a boolean where a count should be",
      grids: [figuresSheet({ C11: true })],
      findings: [{ messageId: "notANumber", cell: "C11", data: { raw: "true" } }],
    },
    {
      name: "a zero denominator with a stated rate",
      grids: [figuresSheet({ D4: 0 })],
      findings: [{ messageId: "zeroDenominator", cell: "D4", stated: 0 }],
    },
    {
      name: "a zero plan under a stated TH/KH rate",
      grids: [
        gridFromValues("Giải ngân", [
          ["STT", "Nội dung", "Kế hoạch", "Thực hiện", "TH/KH (%)"],
          [1, "Vốn ngân sách tỉnh", 200, 150, 75],
          [2, "Vốn ngân sách thị xã", 0, 90, 100],
        ]),
      ],
      findings: [{ messageId: "zeroBase", cell: "C3", stated: 0, data: { column: "Kế hoạch", relation: "E = D / C × 100" } }],
    },
  ],
});

test("a bad part stops the sum check instead of producing a false mismatch", () => {
  const { report } = checkWorkbook([pastedAppendixI({ D11: "hai trăm" })]);
  expect(report.findings.filter((f: { code: string }) => f.code === "SUM_MISMATCH")).toEqual([]);
});
