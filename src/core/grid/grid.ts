/**
 * Grid: one worksheet as the core sees it, whatever produced it (Excel, an .xlsx file, a test).
 *
 * Rows and columns are 0-based from A1 (row 0 = sheet row 1, col 0 = column A). Rows and
 * cells may be missing (sparse arrays / undefined) where the sheet is empty.
 */

/** An Excel error value such as #REF!, #DIV/0!, #N/A. */
export interface CellError {
  error: string;
}

export type CellValue = number | string | boolean | null | CellError;

export interface Cell {
  /** The value Excel holds (for a formula: its cached result; null when none was saved). */
  value: CellValue;
  /** The formula in A1 notation, with the leading "=" (e.g. "=SUM(D6:D10)"). */
  formula?: string;
  /** The text Excel displays, when the source knows it. */
  text?: string;
  /** The number format code ("General", "#,##0.00", "0.0%", "@"...). */
  numberFormat?: string;
}

/** A rectangle of cells, 0-based and inclusive. */
export interface Rect {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export type Row = (Cell | undefined)[];

export interface Grid {
  /** The worksheet name as in the workbook. */
  name: string;
  rows: (Row | undefined)[];
  /** Merged areas. A merged area's value lives in its top-left cell. */
  merges?: Rect[];
  /** Hidden or very hidden sheet. */
  hidden?: boolean;
  /** 0-based indices of hidden rows. */
  hiddenRows?: number[];
}

export function isCellError(v: CellValue | undefined): v is CellError {
  return typeof v === "object" && v !== null && typeof v.error === "string";
}

export function cellAt(grid: Grid, row: number, col: number): Cell | undefined {
  const r = grid.rows[row];
  return r === undefined ? undefined : r[col];
}

/** Column index (0-based) to letters: 0 -> A, 25 -> Z, 26 -> AA. */
export function colToLetters(col: number): string {
  let s = "";
  let n = col + 1;
  while (n > 0) {
    const m = (n - 1) % 26;
    s = String.fromCharCode(65 + m) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** Letters to column index (0-based): A -> 0, AA -> 26. Case-insensitive. */
export function lettersToCol(letters: string): number {
  let n = 0;
  for (let i = 0; i < letters.length; i++) {
    n = n * 26 + ((letters.charCodeAt(i) & ~32) - 64);
  }
  return n - 1;
}

/** 0-based (row, col) to an A1 address without "$" or sheet. */
export function toA1(row: number, col: number): string {
  return colToLetters(col) + String(row + 1);
}

/** An A1 address ("D5", "$D$5", "d5") to 0-based row/col, or undefined. */
export function fromA1(addr: string): { row: number; col: number } | undefined {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/.exec(addr.trim());
  if (!m) return undefined;
  return { row: Number(m[2]) - 1, col: lettersToCol(m[1]) };
}

export function rectToA1(r: Rect): string {
  const a = toA1(r.top, r.left);
  return r.top === r.bottom && r.left === r.right ? a : `${a}:${toA1(r.bottom, r.right)}`;
}

/** "A1:C3" or "B2" to a Rect (0-based, inclusive), or undefined. */
export function rectFromA1(ref: string): Rect | undefined {
  const parts = ref.split(":");
  const a = fromA1(parts[0]);
  const b = parts.length > 1 ? fromA1(parts[1]) : a;
  if (!a || !b || parts.length > 2) return undefined;
  return {
    top: Math.min(a.row, b.row),
    left: Math.min(a.col, b.col),
    bottom: Math.max(a.row, b.row),
    right: Math.max(a.col, b.col),
  };
}

/** Builds a Grid from a plain 2-D array of values (tests, generated data). */
export function gridFromValues(name: string, values: (CellValue | undefined)[][]): Grid {
  const rows: (Row | undefined)[] = [];
  for (let r = 0; r < values.length; r++) {
    const src = values[r];
    if (!src) continue;
    const row: Row = [];
    for (let c = 0; c < src.length; c++) {
      const v = src[c];
      if (v === undefined || v === null || v === "") continue;
      row[c] = { value: v };
    }
    if (row.length > 0) rows[r] = row;
  }
  return { name, rows };
}
