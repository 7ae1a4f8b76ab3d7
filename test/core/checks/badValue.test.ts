import { checkWorkbook } from "../../../src/core/engine";
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
      findings: [{ sheet: "Phụ lục I", cell: "D11" }],
    },
    {
      name: "#REF! in an amount cell",
      grids: [pastedAppendixII({ E13: { error: "#REF!" } })],
      findings: [{ sheet: "Phụ lục II", cell: "E13" }],
    },
    { name: "#DIV/0! in a rate cell", grids: [figuresSheet({ E4: { error: "#DIV/0!" } })], findings: [{ cell: "E4" }] },
    { name: "a boolean where a count should be", grids: [figuresSheet({ C11: true })], findings: [{ cell: "C11" }] },
    { name: "a zero denominator with a stated rate", grids: [figuresSheet({ D4: 0 })], findings: [{ cell: "D4", stated: 0 }] },
  ],
});

test("a bad part stops the sum check instead of producing a false mismatch", () => {
  const { report } = checkWorkbook([pastedAppendixI({ D11: "hai trăm" })]);
  expect(report.findings.filter((f: { code: string }) => f.code === "SUM_MISMATCH")).toEqual([]);
});
