/** Which sheets a re-check reads again (src/excel/rereadSheets.ts). */
import type { Grid } from "../../src/core/grid/grid";
import { rereadSheets } from "../../src/excel/rereadSheets";

const sheet = (name: string, formula?: string): Grid => ({
  name,
  rows: [[{ value: 1 }, ...(formula ? [{ value: 2, formula }] : [])]],
});

test("the changed sheets, then those whose formulas read another sheet (Excel raises no event for them)", () => {
  const previous = [
    sheet("Phụ lục I", "=SUM(A1:A1)"),
    sheet("Tổng hợp", "='Phụ lục I'!A1*2"),
    sheet("Số liệu"),
    sheet("Gián tiếp", '=INDIRECT("A1")'),
  ];
  expect(rereadSheets(previous, ["Phụ lục I"])).toEqual(["Phụ lục I", "Tổng hợp", "Gián tiếp"]);
  expect(rereadSheets(previous, ["tổng hợp"])).toEqual(["tổng hợp", "Gián tiếp"]);
  expect(rereadSheets([sheet("A"), sheet("B", "=A1+1")], ["A"])).toEqual(["A"]);
});
