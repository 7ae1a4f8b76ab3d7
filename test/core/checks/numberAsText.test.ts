import { recognize } from "../../../src/core/tables/recognize";
import { numberAsText } from "../../../src/core/checks/numberAsText";
import { gridFromSpec } from "../../../src/core/grid/fromSpec";
import { exampleTemplate } from "../../../src/core/template/example";
import { figuresSheet, pastedAppendixI } from "../../../testkit/reportGrids";
import { ruleTester } from "../../helpers/ruleTester";

const numeric = () =>
  pastedAppendixI({
    D8: 6992.46,
    D9: 6100,
    D10: 92.46,
    D11: 480,
    D12: 120,
    D13: 200,
    D14: 1970,
    D15: 120,
    D16: 300,
    D17: 700,
    D20: 300,
    D21: 550,
  });

ruleTester(numberAsText, {
  valid: [
    { name: "amounts stored as numbers", grids: [numeric()] },
    { name: "the template", grids: exampleTemplate().map(gridFromSpec) },
    { name: "TT numbers and years as text are not amounts", grids: [figuresSheet()] },
  ],
  invalid: [
    {
      name: "one amount pasted as text",
      grids: [
        {
          ...numeric(),
          rows: numeric().rows.map((r, i) => (i === 13 && r ? Object.assign([...r], { 3: { value: "1.970" } }) : r)),
        },
      ],
      findings: [
        { messageId: "numberAsText", sheet: "Phụ lục I", cell: "D14", stated: 1970, data: { raw: "1.970", value: 1970 } },
      ],
    },
    {
      name: "a count typed as text in the figures",
      grids: [figuresSheet({ C4: "1.050" })],
      findings: [{ messageId: "numberAsText", sheet: "Số liệu", cell: "C4", stated: 1050 }],
    },
  ],
});

test("the pasted report has one warning per text amount", () => {
  const f = numberAsText.run(recognize([pastedAppendixI()]), { lang: "vi" });
  expect(f.map((x) => x.cell)).toEqual(["D8", "D9", "D10", "D11", "D12", "D13", "D14", "D15", "D16", "D17", "D20", "D21"]);
});
