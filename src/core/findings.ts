/**
 * Findings: what the checks report. The JSON shape is a public contract, documented in README.md
 * ("Findings") and, code by code, in docs/checks/<CODE>.md: fields and codes are only ever added,
 * never renamed or removed.
 */
import type { CHECKS } from "./checks";

export type Severity = "error" | "warning" | "info";

/** The finding codes: those of the checks' metadata (src/core/checks, `meta.code`). */
export type FindingCode = (typeof CHECKS)[number]["meta"]["code"];

export type Lang = "vi" | "en";

export interface Finding {
  code: FindingCode;
  severity: Severity;
  /** Worksheet name as in the workbook. */
  sheet: string;
  /** A1 address without "$" or sheet (NO_TABLES: A1 of the first visible sheet). */
  cell: string;
  /** Message in the chosen language (Vietnamese by default). */
  message: string;
  /** Which of the check's messages this is (its `meta.messages`; docs/checks/<CODE>.md). */
  messageId: string;
  /** The number the sheet shows (percent units for rates). */
  stated?: number;
  /** What its parts give (percent units for rates). */
  computed?: number;
  /** The formula behind the cell, when the finding is about it. */
  formula?: string;
  /** For range checks: the range the formula should cover, in A1 notation. */
  expected?: string;
  /** The relation that failed, in cells or columns: "D12 = D13+D14+D15", "E = C / D × 100", "3 = 1 + 2". */
  relation?: string;
  /** The relation was found in the numbers (no header or numbering row declares it). */
  inferred?: boolean;
}

export interface CoverageColumn {
  /** Column letter ("D"). */
  column: string;
  /** Header path ("Nguồn vốn › NS tỉnh"). */
  header: string;
  unit?: string;
  /** The relations this column takes part in, in words of cells or columns. */
  relations: string[];
  numericCells: number;
  checkedCells: number;
  /**
   * What verified this column's numbers, by kind: relations down the outline (sub-totals of groups
   * and "Cộng" lines, "Tổng cộng" totals, formulas written in labels, "Trong đó" breakdowns) with
   * how many of each were verified, and the row relations it is in, as the result or an operand.
   */
  verified?: CoverageVerified;
}

export interface CoverageVerified {
  subtotals: number;
  totals: number;
  labelFormulas: number;
  breakdowns: number;
  rowRelations: CoverageRowRelation[];
}

interface CoverageRowRelation {
  /** In column letters or labels: "E = C / D × 100", "3 = 1 + 2". */
  relation: string;
  kind: "sum" | "subset" | "rate" | "expr";
  /** The column is the relation's result (else one of its operands). */
  result: boolean;
  /** On how many rows it was verified. */
  rows: number;
  /** Found in the numbers, not declared by the header or the numbering row. */
  inferred?: boolean;
}

/**
 * What became of one sheet of the workbook: tables recognised on it, or why none was — it is
 * empty, holds only text, holds numbers under no header the recognisers know (`missing` says
 * which part of a header was not found), is a drafted report ("Bản thảo"), which is not read, or
 * holds the document's own details ("Thông tin văn bản"), read by the drafter, not as figures.
 */
export interface SheetCoverage {
  sheet: string;
  status: "tables" | "numbers" | "text" | "empty" | "draft" | "details";
  hidden?: boolean;
  tables: number;
  /** Number cells on the sheet (in its tables and outside them) and how many some check verified. */
  numericCells: number;
  checkedCells: number;
  /**
   * status "numbers": what a header needs and no row of the sheet has — a row of at least two short
   * texts ("headerRow"), a column naming the rows: TT, Nội dung, Chỉ tiêu … ("keyColumn"), a column
   * named by a number word: Kinh phí, Tổng số, Tỷ lệ … or with numbers under it ("numberColumn").
   */
  missing?: ("headerRow" | "keyColumn" | "numberColumn")[];
  /** status "numbers": the row that came closest to a header (1-based, as Excel numbers rows). */
  nearestHeaderRow?: number;
}

/** One recognised table, or one block of numbers no table covers (kind "unrecognized"). */
export interface CoverageEntry {
  sheet: string;
  /** A1 range ("A5:G40"). */
  range: string;
  kind: "appendix" | "figures" | "targets" | "form" | "unrecognized";
  columns: CoverageColumn[];
  numericCells: number;
  checkedCells: number;
  /** What was not checked and why, in the report's language. */
  notes: string[];
}

export interface Summary {
  errors: number;
  warnings: number;
  infos: number;
  sheets: number;
  tables: number;
  /** Number cells read (in tables and outside them). */
  numericCells: number;
  /** Number cells that some check verified. */
  checkedCells: number;
  coverage: CoverageEntry[];
  /**
   * Sheets the workbook lists but whose data the file does not hold (a VBA module sheet, a part
   * left out): not read, so nothing on them was checked. Set by the .xlsx reader's callers, only
   * when there are such sheets.
   */
  unreadSheets?: string[];
  /** Per sheet of the workbook, in workbook order: what was recognised on it, or why nothing was. */
  sheetCoverage?: SheetCoverage[];
}

export interface Report {
  findings: Finding[];
  summary: Summary;
}

const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

export function severityRank(s: Severity): number {
  return SEVERITY_ORDER[s];
}
