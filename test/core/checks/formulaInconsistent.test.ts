import { formulaInconsistent } from "../../../src/core/checks/formulaInconsistent";
import { ruleTester } from "../../helpers/ruleTester";
import { templateGrids } from "../../../testkit/templateGrids";

ruleTester(formulaInconsistent, {
  valid: [
    { name: "the template's rates =Cn/Dn*100", grids: templateGrids() },
    {
      name: "amounts typed as calculator formulas (=100+20) are not a pattern",
      grids: templateGrids({
        "Phụ lục I": {
          D13: { formula: "=100+20", value: 120 },
          D14: { formula: "=150*2", value: 300 },
          D15: { formula: "=700", value: 700 },
          D16: { formula: "=G16*H16", value: 300 },
        },
      }),
    },
    {
      name: "every rate rounded the same way",
      grids: templateGrids({
        "Số liệu": Object.fromEntries(
          [6, 7, 8, 9, 10, 11].map((r) => [`E${r}`, { formula: `=ROUND(C${r}/D${r}*100,2)`, value: 1 }]),
        ),
      }),
    },
  ],
  invalid: [
    {
      name: "=C10/D11*100 among =Cn/Dn*100",
      grids: templateGrids({ "Số liệu": { E10: { formula: "=C10/D11*100", value: 137.87 } } }),
      findings: [
        { messageId: "differs", sheet: "Số liệu", cell: "E10", formula: "=C10/D11*100", data: { want: "=C10/D10*100" } },
      ],
    },
    {
      name: "the majority is the odd one out by position: said of the column, no guess",
      grids: templateGrids({
        "Số liệu": {
          E6: { formula: "=C6/D7*100", value: 1 },
          E7: { formula: "=C7/D8*100", value: 1 },
          E8: { formula: "=C8/D9*100", value: 1 },
          E9: { formula: "=C9/D10*100", value: 1 },
        },
      }),
      findings: [{ messageId: "majorityOffRow", cell: "E6", message: expect.stringContaining("Không rõ bên nào đúng") }],
    },
    {
      name: "item amounts as quantity × unit price (columns G, H), one taking the price of the row above",
      grids: templateGrids({
        "Phụ lục I": {
          D13: { formula: "=G13*H13", value: 120 },
          D14: { formula: "=G14*H14", value: 300 },
          D15: { formula: "=G15*H15", value: 700 },
          D16: { formula: "=G16*H15", value: 300 },
        },
      }),
      findings: [{ messageId: "differs", cell: "D16", formula: "=G16*H15", data: { want: "=G16*H16", majority: 3, count: 4 } }],
    },
    {
      name: "half the rates rounded, half not: no majority, said of the column",
      grids: templateGrids({
        "Số liệu": Object.fromEntries([6, 7, 8].map((r) => [`E${r}`, { formula: `=ROUND(C${r}/D${r}*100,1)`, value: 1 }])),
      }),
      findings: [{ messageId: "noMajority", cell: "E6", data: { column: "Tỷ lệ (%)" } }],
    },
  ],
});
