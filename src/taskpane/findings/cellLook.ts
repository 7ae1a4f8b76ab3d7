/** A finding's cell as the check read it (value as typed, number format), from the read's grids. */
import { fromA1 } from "../../core/grid/address";
import type { Grid } from "../../core/grid/grid";
import type { CellLook } from "../../core/report/figures";

export type LookCell = (sheet: string, cell: string) => CellLook | undefined;

export function cellLookup(grids: readonly Grid[]): LookCell {
  const byName = new Map(grids.map((g) => [g.name, g]));
  return (sheet, cell) => {
    const g = byName.get(sheet);
    const at = cell ? fromA1(cell) : undefined;
    if (!g || !at) return undefined;
    const c = g.rows[at.row]?.[at.col];
    return c ? { value: c.value, numberFormat: c.numberFormat } : undefined;
  };
}
