/**
 * Grid: one worksheet as the core sees it, whatever produced it (Excel, an .xlsx file, a test).
 *
 * Rows and columns are 0-based from A1 (row 0 = sheet row 1, col 0 = column A). Rows and
 * cells may be missing (sparse arrays / undefined) where the sheet is empty. A1 addresses and the
 * sheet's limits live in address.ts.
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
  /**
   * The workbook counts dates in the 1904 date system (serial 0 = 1904-01-01, as old Mac Excel
   * did) instead of the 1900 one (serial 1 = 1900-01-01); date serials are left as stored. Present
   * only when true.
   */
  date1904?: true;
}

export function isCellError(v: CellValue | undefined): v is CellError {
  return typeof v === "object" && v !== null && typeof v.error === "string";
}

export function cellAt(grid: Grid, row: number, col: number): Cell | undefined {
  const r = grid.rows[row];
  return r === undefined ? undefined : r[col];
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
