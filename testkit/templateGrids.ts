/** The example template as Grids, with cells replaced for planted errors (formulas or constants). */
import { gridFromSpec } from "../src/core/grid/fromSpec";
import { type CellValue, type Grid } from "../src/core/grid/grid";
import { fromA1 } from "../src/core/grid/address";
import { exampleTemplate } from "../src/core/template/example";

export type Plant = CellValue | { formula: string; value: CellValue };

/** `plants`: sheet -> A1 -> a constant (replaces any formula) or {formula, value} (the cached value as Excel would have it). */
export function templateGrids(plants: Record<string, Record<string, Plant>> = {}): Grid[] {
  const grids = exampleTemplate().map(gridFromSpec);
  for (const [sheet, cells] of Object.entries(plants)) {
    const g = grids.find((x) => x.name === sheet);
    if (!g) throw new Error(`no sheet ${sheet}`);
    for (const [addr, p] of Object.entries(cells)) {
      const a = fromA1(addr)!;
      const row = (g.rows[a.row] ??= []);
      const old = row[a.col];
      const fmt = old?.numberFormat ? { numberFormat: old.numberFormat } : {};
      row[a.col] =
        typeof p === "object" && p !== null && "formula" in p
          ? { value: p.value, formula: p.formula, ...fmt }
          : { value: p, ...fmt };
    }
  }
  return grids;
}
