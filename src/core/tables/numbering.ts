/**
 * The column-numbering row under a header: "A | B | 1 | 2 | 3=1+2 | 4=3/2", "(1) (2) (3)=(1)-(2)",
 * "5=4/3*100%". It labels the columns and declares how some are computed from others; it is not
 * data. The relations it declares are read in relations.ts and verified on every row.
 */
import { isBlankCell } from "../grid/cellText";
import type { Grid } from "../grid/grid";

export interface NumberingRow {
  row: number;
  /** The label of each labelled column ("3" for "3=1+2", "A"). */
  labels: Map<number, string>;
  /** The declared expression of a column ("1+2" for "3=1+2"). */
  exprs: Map<number, string>;
}

const TOKEN = /^\(?\s*([A-Z]|\d{1,2})\s*\)?(?:\s*=\s*(.+))?$/;

/** The numbering row at `row` within columns [left, right], if it is one. */
export function numberingRowAt(grid: Grid, row: number, left: number, right: number): NumberingRow | undefined {
  const r = grid.rows[row];
  if (!r) return undefined;
  const labels = new Map<number, string>();
  const exprs = new Map<number, string>();
  const order: string[] = [];
  for (let c = 0; c < r.length; c++) {
    const cell = r[c];
    if (isBlankCell(cell)) continue;
    if (c < left - 1 || c > right + 1) return undefined;
    const v = cell!.value;
    let text: string;
    if (typeof v === "number") {
      if (!Number.isInteger(v) || v < 0 || v > 99) return undefined;
      text = String(v);
    } else if (typeof v === "string") text = v.trim().replace(/\s+/g, " ");
    else return undefined;
    const m = TOKEN.exec(text);
    if (!m) return undefined;
    labels.set(c, m[1]);
    order.push(m[1]);
    if (m[2] !== undefined) exprs.set(c, m[2].trim());
  }
  if (labels.size < 3) return undefined;
  if (new Set(order).size < order.length - 1) return undefined;
  if (exprs.size === 0) {
    // Without any "=", the numbers must count up: "1 2 3", "(1) (2) (3)", "A B 1 2 3".
    const nums = order.filter((x) => /^\d+$/.test(x)).map(Number);
    const letters = order.filter((x) => /^[A-Z]$/.test(x));
    if (nums.length > 0) {
      for (let i = 1; i < nums.length; i++) if (nums[i] !== nums[i - 1] + 1) return undefined;
      if (nums[0] > 1 && letters.length === 0) return undefined;
    } else if (letters.length < 3) return undefined;
  }
  return { row, labels, exprs };
}
