import { totalNotFormula } from "../../../src/core/checks/totalNotFormula";
import { figuresSheet, pastedAppendixI } from "../../../testkit/reportGrids";
import { ruleTester } from "../../helpers/ruleTester";
import { templateGrids } from "../../../testkit/templateGrids";

ruleTester(totalNotFormula, {
  valid: [
    { name: "the template: every total a formula", grids: templateGrids() },
    { name: "the pasted report: every total typed (no formula to compare with)", grids: [pastedAppendixI()] },
    { name: "figures typed by hand", grids: [figuresSheet()] },
  ],
  invalid: [
    {
      name: "a sub-total typed over its formula, even with the right value",
      grids: templateGrids({ "Phụ lục I": { D12: 1970 } }),
      findings: [{ messageId: "typedTotal", sheet: "Phụ lục I", cell: "D12", stated: 1970, data: { example: "=SUM(D7:D11)" } }],
    },
    {
      name: "the grand total typed while the groups are formulas",
      grids: templateGrids({ "Phụ lục II": { E24: 13570 } }),
      findings: [{ messageId: "typedTotal", sheet: "Phụ lục II", cell: "E24", stated: 13570 }],
    },
    {
      name: "a parent count typed among formula parents",
      grids: templateGrids({ "Số liệu": { C12: 134 } }),
      findings: [{ messageId: "typedTotal", sheet: "Số liệu", cell: "C12", stated: 134 }],
    },
  ],
});
