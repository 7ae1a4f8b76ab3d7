/**
 * The model: what the recognisers found in a workbook. Checks and the drafter read only this.
 */
import type { Dec } from "../number/decimal";
import type { Notation } from "../number/parse";
import type { Target } from "./target";

/** How a number cell was read. */
export type NumStatus =
  | "number" // a number
  | "text" // a number stored as text (read; NUMBER_AS_TEXT)
  | "empty" // nothing (or a lone dash)
  | "error" // an Excel error value (#REF!, #DIV/0!...)
  | "bad" // text that is not a number ("hai trăm"), a boolean
  | "nocache"; // a formula whose value was never calculated/saved

/** One number cell of a table, as read. */
export interface NumRef {
  sheet: string;
  row: number;
  col: number;
  status: NumStatus;
  /** The value (percent units in rate columns). NaN unless status is number or text. */
  value: number;
  /** Exact value when the double cannot hold every digit (long text numbers). */
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

export type TableKind = "appendix" | "figures" | "targets";

interface TableBase {
  kind: TableKind;
  sheet: string;
  /** 0-based rows of the header (first and last: two-row headers span two). */
  headerTop: number;
  headerBottom: number;
  /** Last row (0-based) that belongs to the table. */
  lastRow: number;
  /** Title lines found above the header ("PHỤ LỤC I", "DANH MỤC ..."), in order. */
  title: string[];
}

export interface AppendixColumns {
  tt: number;
  content: number;
  amount: number;
  year?: number;
  lead?: number;
  description?: number;
  source?: number;
  note?: number;
}

export interface AppendixItem {
  row: number;
  /** Numbering as shown ("1", "1.2", "-", "" when none). */
  readonly tt: string;
  readonly content: string;
  readonly amount: NumRef;
  /** The amount cell holds something (a number, text, a formula...): cheap, builds no NumRef. */
  readonly hasAmount: boolean;
  readonly year?: string;
  readonly lead?: string;
  readonly description?: string;
  readonly source?: string;
  readonly note?: string;
  /** Sub-items: "1.1", "1.2" under "1" (checked), or "-"/"a)" detail lines (not checked). */
  children: AppendixItem[];
  /** The children are numbered parts ("1.1") whose amounts must add up to this item's. */
  partsAddUp: boolean;
}

export interface AppendixGroup {
  /** Row of the group line; undefined for items that come before any group line. */
  row?: number;
  /** "I", "II"... or "" for a period group ("Năm 2023"). */
  tt: string;
  label: string;
  /** The group's stated sub-total (status "empty" when the line states none). */
  stated?: NumRef;
  items: AppendixItem[];
  /** A "Cộng" line closing the group, with its stated amount. */
  closing?: NumRef;
}

export interface AppendixTable extends TableBase {
  kind: "appendix";
  columns: AppendixColumns;
  /** "triệu đồng", "đồng", "nghìn đồng"... from "Đơn vị tính:" above the table. */
  unit?: string;
  groups: AppendixGroup[];
  /** The "Tổng cộng" line. */
  total?: { row: number; label: string; amount: NumRef };
  /** Item (and sub-item) amount cells that hold a formula, in row order. */
  itemFormulas: { row: number; formula: string }[];
}

export interface FiguresColumns {
  tt?: number;
  label: number;
  num: number;
  den?: number;
  rate?: number;
  note?: number;
}

export interface FigureRow {
  row: number;
  tt: string;
  label: string;
  num: NumRef;
  den?: NumRef;
  rate?: NumRef;
  note?: string;
  /** Index (in `rows`) of the parent ("1" for "1.2"), if any. */
  parent?: number;
  /** Indices of the direct parts. */
  children: number[];
}

export interface FiguresTable extends TableBase {
  kind: "figures";
  columns: FiguresColumns;
  rows: FigureRow[];
}

export interface TargetsColumns {
  tt?: number;
  group?: number;
  indicator: number;
  target: number;
  unit?: number;
  actual?: number;
}

export interface TargetRow {
  row: number;
  tt: string;
  group: string;
  indicator: string;
  /** Mục tiêu as written ("80% trở lên"); "" for a qualitative target. */
  targetText: string;
  /** Column of Mục tiêu (for findings). */
  targetCol: number;
  target?: Target;
  unit: string;
  actual?: NumRef;
}

export interface TargetsTable extends TableBase {
  kind: "targets";
  columns: TargetsColumns;
  rows: TargetRow[];
}

export type Table = AppendixTable | FiguresTable | TargetsTable;

export interface SheetInfo {
  name: string;
  hidden: boolean;
}

export interface Model {
  sheets: SheetInfo[];
  tables: Table[];
  /**
   * Number cells that did not hold a plain number — text, errors, words, formulas without a
   * value — in reading order, for the cell-level checks (NUMBER_AS_TEXT, BAD_VALUE...).
   * Plain numbers are not listed: a million-row appendix need not build a million objects.
   */
  numbers: NumRef[];
}
