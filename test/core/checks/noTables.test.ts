import { noTables } from "../../../src/core/checks/noTables";
import { gridFromValues } from "../../../src/core/grid/grid";
import { pastedAppendixI, targetsSheet } from "../../../testkit/reportGrids";
import { ruleTester } from "../../helpers/ruleTester";

ruleTester(noTables, {
  valid: [
    { name: "an appendix", grids: [pastedAppendixI()] },
    { name: "only a targets table, on the second sheet", grids: [gridFromValues("Ghi chú", [["Báo cáo"]]), targetsSheet()] },
  ],
  invalid: [
    {
      name: "an empty workbook",
      grids: [{ name: "Sheet1", rows: [] }],
      findings: [{ messageId: "noTables", sheet: "Sheet1", cell: "A1" }],
    },
    {
      name: "a sheet of prose and numbers without a table header",
      grids: [gridFromValues("Trang 1", [["Báo cáo kết quả"], ["Tổng kinh phí", 13570], ["Ghi chú", "…"]])],
      findings: [{ messageId: "noTables", sheet: "Trang 1", cell: "A1" }],
    },
    { name: "no sheet at all", grids: [], findings: [{ messageId: "noTables", sheet: "", cell: "A1" }] },
  ],
});
