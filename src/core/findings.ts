/** Findings: what the checks report. The JSON shape is a public contract (DESIGN.md). */

export type Severity = "error" | "warning" | "info";

export type FindingCode =
  | "SUM_MISMATCH"
  | "RATE_MISMATCH"
  | "TARGET_OUT_OF_RANGE"
  | "BAD_VALUE"
  | "NO_TABLES"
  | "SUM_RANGE_GAP"
  | "FORMULA_INCONSISTENT"
  | "TOTAL_NOT_FORMULA"
  | "NUMBER_AS_TEXT"
  | "AMBIGUOUS_NUMBER";

export type Lang = "vi" | "en";

export interface Finding {
  code: FindingCode;
  severity: Severity;
  /** Worksheet name as in the workbook ("" for workbook-wide findings such as NO_TABLES). */
  sheet: string;
  /** A1 address without "$" or sheet ("" for workbook-wide findings). */
  cell: string;
  /** Message in the chosen language (Vietnamese by default). */
  message: string;
  /** The number the sheet shows (percent units for rates). */
  stated?: number;
  /** What its parts give (percent units for rates). */
  computed?: number;
  /** The formula behind the cell, when the finding is about it. */
  formula?: string;
  /** For range checks: the range the formula should cover, in A1 notation. */
  expected?: string;
}

export interface Summary {
  errors: number;
  warnings: number;
  infos: number;
  sheets: number;
  tables: number;
}

export interface Report {
  findings: Finding[];
  summary: Summary;
}

const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

export function severityRank(s: Severity): number {
  return SEVERITY_ORDER[s];
}
