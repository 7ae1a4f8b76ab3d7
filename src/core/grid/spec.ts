/**
 * SheetSpec: a sheet to be written (the example template, the drafted "Bản thảo" sheet).
 * Pure data, so the Excel adapter (Office.js) and the CLI (ExcelJS) write exactly the same thing.
 */
import type { CellValue, Rect } from "./grid";

export interface SpecCell {
  /** 0-based row and column from A1. */
  row: number;
  col: number;
  /**
   * The value. For a formula cell, the value the formula gives (written as the cached result so
   * that a reader that does not calculate still sees it).
   */
  value: CellValue;
  /** Formula with leading "=", e.g. "=SUM(D7:D11)". */
  formula?: string;
  /** Number format code, e.g. "#,##0", "#,##0.00", "0.0", "@". */
  numberFormat?: string;
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
  /** Font size in points (default: the sheet's font size). */
  size?: number;
  align?: "left" | "center" | "right" | "justify";
  verticalAlign?: "top" | "middle" | "bottom";
  wrap?: boolean;
  /** Thin border on all four sides. */
  border?: boolean;
  /** Store as text even if it starts with "=", "+", "-" or "@" (never becomes a formula). */
  forceText?: boolean;
  /** Font colour as RRGGBB ("C00000": a number that failed a check). */
  color?: string;
}

export interface SheetSpec {
  name: string;
  /** Column widths in Excel character units, index = column. */
  columnWidths: number[];
  cells: SpecCell[];
  merges: Rect[];
  /** Default font for the sheet (Times New Roman for Vietnamese official documents). */
  font?: { name: string; size: number };
  /** Row heights in points by 0-based row (wrapped merged cells do not grow by themselves). */
  rowHeights?: Record<number, number>;
  /** Rows (0-based) repeated at the top of each printed page. */
  printTitleRows?: { first: number; last: number };
  /** Page setup for printing; `fitToWidth`: scaled to one page wide, as many pages tall as needed. */
  page?: { orientation: "portrait" | "landscape"; paperSize: "A4"; fitToWidth?: boolean };
  /** Rows (0-based) that start a new printed page (a manual page break above each). */
  rowBreaks?: number[];
}
