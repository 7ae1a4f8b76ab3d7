/**
 * Cells as plain objects for `toEqual`: the reader's shared-formula followers (SharedFormulaCell)
 * compute `formula` in a getter on their prototype, which jest's equality does not see.
 */
import type { Cell, Row } from "../../src/core/grid/grid";

export function plainCell(c: Cell | undefined): Cell | undefined {
  if (!c) return c;
  const formula = c.formula;
  return formula === undefined ? { ...c } : { ...c, formula };
}

export function plainRows(rows: (Row | undefined)[]): (Row | undefined)[] {
  return Array.from(rows, (r) => (r ? Array.from(r, plainCell) : r));
}
