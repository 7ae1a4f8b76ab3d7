/**
 * The model: what the recognisers found in a workbook. Checks, the drafter and the coverage read
 * only this.
 *
 * Every table, whatever its form, is one shape: columns (text columns and number columns, each
 * with its header path and unit), an outline of its rows (sections, groups, items, parts, "Trong
 * đó" breakdowns, totals above or below), and the relations between its columns on each row
 * ("3 = 1 + 2", "Tổng số = NS tỉnh + NS xã", "Tỷ lệ = TH / KH × 100").
 */
import { MAX_COLS } from "../grid/address";
import type { Grid } from "../grid/grid";
import type { Dec } from "../number/decimal";
import type { Notation } from "../number/parse";
import type { Expr } from "./expr";
import type { Measure, TextRole } from "./headerWords";
import type { Outline } from "./outline";

/** How a number cell was read. */
type NumStatus =
  | "number" // a number
  | "text" // a number stored as text (read; NUMBER_AS_TEXT)
  | "empty" // nothing (or a lone dash)
  | "error" // an Excel error value (#REF!, #DIV/0!...)
  | "bad" // text that is not a number ("hai trăm"), a boolean
  | "nocache"; // a formula whose value was never calculated/saved

/** One number cell of a table that is not a plain number (plain numbers stay in the Grid). */
export interface NumRef {
  sheet: string;
  row: number;
  col: number;
  status: NumStatus;
  /** The value (percent units in percent columns). NaN unless status is number or text. */
  value: number;
  /** Exact value when the double cannot hold every digit (long text numbers, percent-formatted cells). */
  exact?: Dec;
  /**
   * Decimals the cell shows (number format, or as typed), for the rounding tolerance.
   * -1 until asked for: use shownDecimalsOf(ref), which works it out once.
   */
  decimals: number;
  /** The text as typed, for text/bad/error cells. */
  raw?: string;
  /** The formula behind the cell. */
  formula?: string;
  /** The number format code. */
  numberFormat?: string;
  /** Read from text in this notation. */
  notation?: Notation;
  /** The text reads differently in the other notation: that reading. */
  alt?: number;
  /** A formula saved without its value, whose value the checks worked out. */
  evaluated?: boolean;
}

/**
 * appendix: TT · Nội dung · … · one amount column (Phụ lục I, II); figures: Tử số · Mẫu số · Tỷ lệ;
 * targets: Mục tiêu written as text; form: any other table of numbers (budget forms, plans with
 * funding-source or per-year columns, indicator tables Kế hoạch | Thực hiện | Tỷ lệ …).
 */
export type TableKind = "appendix" | "figures" | "targets" | "form";

export interface Column {
  /** Sheet column (0-based). */
  col: number;
  /** Header texts from the top header row down. */
  path: string[];
  /** The path as one text ("Nguồn vốn › NS tỉnh"). */
  header: string;
  /** A text column's role, "target" (Mục tiêu as text), "source"/"text" (other text), or "number". */
  role: TextRole | "target" | "source" | "text" | "number";
  /** Its label on the column-numbering row ("3", "A"). */
  label?: string;
  /** Number columns: percent units ("Tỷ lệ (%)", "So sánh (%)", or cells formatted as %). */
  percent: boolean;
  /** Number columns: a row total ("Tổng số", "Tổng cộng", "Cộng"). */
  totalLike: boolean;
  /** Number columns: a comparison ("So sánh", "Tăng, giảm"). */
  compare: boolean;
  /** Number columns: the rows of a group add up to the group (not for percentages, unit prices, averages). */
  additive: boolean;
  /** Number columns: named by a word that means numbers ("Kinh phí", "Tổng số"): words in it are bad values. */
  strong: boolean;
  unit?: string;
  measure?: Measure;
  year?: number;
}

type RelationSource = "numbering" | "header" | "inferred";

/** A relation between the columns of a table, verified on every row. */
export interface RowRelation {
  /** sum: target = expr (+ and −); subset: target ≥ Σ operands; rate: target = expr that divides; expr: anything else. */
  kind: "sum" | "subset" | "rate" | "expr";
  /** Sheet column of the stated value. */
  target: number;
  /** Sheet columns the expression reads. */
  operands: number[];
  /** Over references named by column letters ("C", "D"). */
  expr: Expr;
  /** The value is compared in percent units: a ratio × 100. */
  percent: boolean;
  source: RelationSource;
  /** "3 = 1 + 2", "E = C / D × 100", "D ≥ E + F". */
  text: string;
  /** For inferred relations: on how many rows it was tried and on how many it held. */
  fit?: { rows: number; matched: number };
  /**
   * Read from a header that does not name its split ("Tổng số" before columns of no known kind):
   * kept only when the numbers bear it out (at least 3 rows tried, half of them holding).
   */
  tentative?: boolean;
}

export interface Note {
  vi: string;
  en: string;
}

export interface Table {
  kind: TableKind;
  sheet: string;
  /** The sheet the table was read from (cells are read lazily from it). */
  grid: Grid;
  /** 0-based rows of the header (one to three rows). */
  headerTop: number;
  headerBottom: number;
  /** The column-numbering row under the header, if any. */
  numberingRow?: number;
  /** Last row (0-based) that belongs to the table. */
  lastRow: number;
  /** Column span of the header. */
  left: number;
  right: number;
  /** Title lines above the header ("PHỤ LỤC I", "DANH MỤC ..."), in order. */
  title: string[];
  /** "triệu đồng", "đồng", "nghìn đồng"... from "Đơn vị tính:" above the table. */
  unit?: string;
  /** Every header column, left to right. */
  columns: Column[];
  /** Sheet columns of the text roles, when present. */
  tt?: number;
  label?: number;
  unitCol?: number;
  note?: number;
  group?: number;
  target?: number;
  lead?: number;
  description?: number;
  source?: number;
  year?: number;
  /** The number columns, left to right. */
  numeric: Column[];
  outline: Outline;
  relations: RowRelation[];
  /** Relations considered and not used, and why (the coverage shows them). */
  dropped: { text: string; why: Note }[];
  /** Number cells that are not plain numbers (text, errors, percent-formatted …), by cellKey. */
  refs: Map<number, NumRef>;
  /** Per number column (as in `numeric`): how many plain numbers the rows hold, and the row of the first (-1: none). */
  plainCount: Int32Array;
  firstPlain: Int32Array;
  /** Per number column: how many of its cells in the table's rows hold a formula. */
  formulaCount: Int32Array;
}

/** Key of a cell in Table.refs. */
export function cellKey(row: number, col: number): number {
  return row * MAX_COLS + col;
}

interface SheetInfo {
  name: string;
  hidden: boolean;
}

export interface Model {
  sheets: SheetInfo[];
  tables: Table[];
  /**
   * Number cells that did not hold a plain number — text, errors, words, formulas without a
   * value — in reading order, for the cell-level checks (NUMBER_AS_TEXT, BAD_VALUE...).
   */
  numbers: NumRef[];
  /** The sheets read (for the numbers no table covers). Drafted sheets ("Bản thảo") are left out. */
  grids: Grid[];
  /**
   * The document-details sheets ("Thông tin văn bản", draft/detailsSheet.ts): not read as figures
   * (neither checked nor reported NOT_CHECKED); the drafter reads the first.
   */
  details?: Grid[];
}
