/** A SheetSpec seen as a Grid: what a reader of the written sheet would find. */
import type { Grid, Row } from "./grid";
import type { SheetSpec } from "./spec";

export function gridFromSpec(spec: SheetSpec): Grid {
  const rows: (Row | undefined)[] = [];
  for (const c of spec.cells) {
    if ((c.value === null || c.value === "") && c.formula === undefined) continue;
    const row = (rows[c.row] ??= []);
    row[c.col] = {
      value: c.value,
      ...(c.formula !== undefined ? { formula: c.formula } : {}),
      ...(c.numberFormat !== undefined && c.numberFormat !== "General" ? { numberFormat: c.numberFormat } : {}),
    };
  }
  return { name: spec.name, rows, merges: spec.merges.map((m) => ({ ...m })) };
}
