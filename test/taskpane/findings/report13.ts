/**
 * The report's own example with the mistakes of issue 13, checked by the real engine: a typo 1.907
 * over =SUM(D13:D17) in Phụ lục I!D12, =1/0 in D9 (so =SUM(D7:D11) in D6 and =D6+D12 in D18 hold
 * #DIV/0! too, as Excel would show them), a stated rate 64,1% for 1.050/1.710 in Số liệu!E6 (shown
 * "0.0"), a target typed "80% - 50%", and three amounts of Phụ lục II stored as text (E12, E13 in a
 * row, E15 apart).
 */
import { checkWorkbook } from "../../../src/core/engine";
import type { Cell, Grid } from "../../../src/core/grid/grid";
import { fromA1 } from "../../../src/core/grid/address";
import { gridFromSpec } from "../../../src/core/grid/fromSpec";
import { exampleTemplate } from "../../../src/core/template/example";

export function report13Grids(): Grid[] {
  const grids = exampleTemplate().map(gridFromSpec);
  const set = (sheet: string, addr: string, cell: Cell) => {
    const g = grids.find((x) => x.name === sheet)!;
    const a = fromA1(addr)!;
    (g.rows[a.row] ??= [])[a.col] = cell;
  };
  const DIV = { error: "#DIV/0!" };
  set("Phụ lục I", "D9", { value: DIV, formula: "=1/0", numberFormat: "#,##0" });
  set("Phụ lục I", "D6", { value: DIV, formula: "=SUM(D7:D11)", numberFormat: "#,##0.00" });
  set("Phụ lục I", "D18", { value: DIV, formula: "=D6+D12", numberFormat: "#,##0.00" });
  set("Phụ lục I", "D12", { value: 1907, numberFormat: "#,##0" });
  set("Số liệu", "E6", { value: 64.1, numberFormat: "0.0" });
  set("Chỉ tiêu 2024", "D8", { value: "80% - 50%", numberFormat: "@" });
  set("Phụ lục II", "E12", { value: "200", numberFormat: "@" });
  set("Phụ lục II", "E13", { value: "1000", numberFormat: "@" });
  set("Phụ lục II", "E15", { value: "150", numberFormat: "@" });
  return grids;
}

export function report13() {
  const grids = report13Grids();
  return { grids, ...checkWorkbook(grids, { lang: "vi" }) };
}
