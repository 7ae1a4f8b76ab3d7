/** A Grid's cells by A1 address, and how many there are: for the reader's tests. */
import { fromA1 } from "../../src/core/grid/address";
import { type Cell, type Grid, cellAt } from "../../src/core/grid/grid";

/** The cell at an A1 address ("B3"), or undefined. */
export function at(grid: Grid, a1: string): Cell | undefined {
  const p = fromA1(a1);
  if (!p) throw new Error(`not an A1 address: ${a1}`);
  return cellAt(grid, p.row, p.col);
}

/** The number of cells the Grid holds. */
export function countCells(grid: Grid): number {
  let n = 0;
  for (const r of grid.rows) if (r) for (const c of r) if (c) n++;
  return n;
}
