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

interface ColumnCount {
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

/**
 * The number cells of a table per column and how many were checked: plain numbers were counted
 * by the scan, the other number cells (text numbers, percent-formatted) are its refs; the checked
 * ones are the marks the relations left. The first unchecked number is looked for only when some is.
 */
export function countTable(st: TableState): TableCount {
  const t = st.table;
  const o = t.outline;
  const nc = t.numeric.length;
  const columns: ColumnCount[] = t.numeric.map((_, k) => ({
    numeric: t.plainCount[k],
    checked: 0,
    firstRow: t.firstPlain[k],
    firstUnchecked: -1,
  }));
  for (const ref of t.refs.values()) {
    const k = st.colIndex[ref.col];
    if (k < 0 || !((ref.status === "number" || ref.status === "text") && ref.value === ref.value)) continue;
    const cc = columns[k];
    cc.numeric++;
    if (cc.firstRow < 0 || ref.row < cc.firstRow) cc.firstRow = ref.row;
  }
  const checked = st.checked;
  for (let i = 0, p = 0; i < o.n; i++) for (let k = 0; k < nc; k++, p++) if (checked[p] === 1) columns[k].checked++;
  let numeric = 0;
  let total = 0;
  columns.forEach((cc, k) => {
    numeric += cc.numeric;
    total += cc.checked;
    if (cc.checked < cc.numeric) {
      const col = t.numeric[k].col;
      for (let i = 0; i < o.n && cc.firstUnchecked < 0; i++)
        if (!st.isChecked(i, k) && st.rd.read(o.row[i], col) === NUM) cc.firstUnchecked = o.row[i];
    }
  });
  return { table: t, columns, numeric, checked: total };
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
  const blocks: Block[] = [];
  let cur: Block | undefined;
  // A column of 1, 2, 3 … is numbering, not numbers to check.
  const prevInt = new Map<number, number>();
  const spans = tables.map((t) => [t.headerTop, t.lastRow, t.left, t.right]);
  const ns = spans.length;
  for (let r = 0; r < g.rows.length; r++) {
    const row = g.rows[r];
    if (!row) continue;
    // The columns a table covers on this row are skipped whole (a table's own numbers are its coverage).
    let skipFrom = -1;
    let skipTo = -1;
    for (let k = 0; k < ns; k++) {
      const sp = spans[k];
      if (r >= sp[0] && r <= sp[1]) {
        skipFrom = skipFrom < 0 ? sp[2] : Math.min(skipFrom, sp[2]);
        skipTo = Math.max(skipTo, sp[3]);
      }
    }
    for (let c = 0; c < row.length; c++) {
      if (c === skipFrom) {
        c = skipTo;
        continue;
      }
      const cell = row[c];
      if (!cell || !isNumberCell(cell.value, cell.numberFormat)) continue;
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
