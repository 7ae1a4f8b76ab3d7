/**
 * What was checked and what was not. Per table: how many number cells each column holds and how
 * many of them some relation verified. Per sheet: the blocks of numbers no recognised table
 * covers (they are counted, and never called "khớp").
 */
import type { Grid } from "../grid/grid";
import { formatInfo } from "../number/numberFormat";
import { parseNumberText } from "../number/parse";
import type { Model, Table } from "../tables/model";
import { NUM } from "../tables/values";
import type { TableState } from "./state";

export interface ColumnCount {
  numeric: number;
  checked: number;
  /** First number cell of the column (row), or -1. */
  firstRow: number;
  /** First number cell not checked (row), or -1. */
  firstUnchecked: number;
}

export interface TableCount {
  table: Table;
  columns: ColumnCount[];
  numeric: number;
  checked: number;
}

export function countTable(st: TableState): TableCount {
  const t = st.table;
  const o = t.outline;
  const columns: ColumnCount[] = t.numeric.map(() => ({ numeric: 0, checked: 0, firstRow: -1, firstUnchecked: -1 }));
  let numeric = 0;
  let checked = 0;
  t.numeric.forEach((c, k) => {
    const cc = columns[k];
    for (let i = 0; i < o.n; i++) {
      if (st.rd.read(o.row[i], c.col) !== NUM) continue;
      cc.numeric++;
      if (cc.firstRow < 0) cc.firstRow = o.row[i];
      if (st.isChecked(i, k)) cc.checked++;
      else if (cc.firstUnchecked < 0) cc.firstUnchecked = o.row[i];
    }
    numeric += cc.numeric;
    checked += cc.checked;
  });
  return { table: t, columns, numeric, checked };
}

/** A block of numbers outside every recognised table. */
export interface Block {
  sheet: string;
  top: number;
  left: number;
  bottom: number;
  right: number;
  cells: number;
  /** The first number cell (reading order). */
  row: number;
  col: number;
  /** The sheet has no recognised table at all. */
  bare: boolean;
}

function isNumberCell(v: unknown, numberFormat: string | undefined): boolean {
  if (typeof v === "number") return !formatInfo(numberFormat).date;
  if (typeof v !== "string") return false;
  const t = v.trim();
  if (t === "" || t.length > 24 || !/\d/.test(t)) return false;
  return parseNumberText(t, "vi") !== undefined;
}

/** Blocks of numbers (rows less than 4 apart) on one sheet, outside the tables of that sheet. */
function sheetBlocks(g: Grid, tables: Table[]): Block[] {
  const inTable = (r: number, c: number) => tables.some((t) => r >= t.headerTop && r <= t.lastRow && c >= t.left && c <= t.right);
  const blocks: Block[] = [];
  let cur: Block | undefined;
  // A column of 1, 2, 3 … is numbering, not numbers to check.
  const prevInt = new Map<number, number>();
  for (let r = 0; r < g.rows.length; r++) {
    const row = g.rows[r];
    if (!row) continue;
    for (let c = 0; c < row.length; c++) {
      const cell = row[c];
      if (!cell || inTable(r, c) || !isNumberCell(cell.value, cell.numberFormat)) continue;
      const v = cell.value;
      if (typeof v === "number" && Number.isInteger(v) && v >= 1 && v <= 9999) {
        const p = prevInt.get(c);
        prevInt.set(c, v);
        if ((p === undefined && v === 1) || p === v - 1) continue;
      }
      if (cur && r - cur.bottom <= 3) {
        cur.bottom = r;
        cur.left = Math.min(cur.left, c);
        cur.right = Math.max(cur.right, c);
        cur.cells++;
      } else {
        cur = { sheet: g.name, top: r, left: c, bottom: r, right: c, cells: 1, row: r, col: c, bare: tables.length === 0 };
        blocks.push(cur);
      }
    }
  }
  return blocks;
}

export function uncoveredBlocks(model: Model): Block[] {
  const out: Block[] = [];
  for (const g of model.grids) {
    const tables = model.tables.filter((t) => t.sheet === g.name);
    for (const b of sheetBlocks(g, tables)) out.push(b);
  }
  return out;
}
