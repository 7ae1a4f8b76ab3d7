/**
 * The docs of the checks (docs/checks/<CODE>.md), one per finding code (the compiler says so when a
 * code has none). Their text is a lazy chunk (checkDocTexts.ts), loaded when "Cách sửa" is first
 * opened: the pane's bundle stays small.
 */
import type { FindingCode } from "../core/findings";

const DOCUMENTED: Record<FindingCode, true> = {
  SUM_MISMATCH: true,
  RATE_MISMATCH: true,
  TARGET_OUT_OF_RANGE: true,
  BAD_VALUE: true,
  NO_TABLES: true,
  SUM_RANGE_GAP: true,
  FORMULA_INCONSISTENT: true,
  TOTAL_NOT_FORMULA: true,
  NUMBER_AS_TEXT: true,
  AMBIGUOUS_NUMBER: true,
  SUBSET_EXCEEDS: true,
  NOT_CHECKED: true,
};

/** Whether the pane has a doc for this finding code. */
export function hasCheckDoc(code: FindingCode): boolean {
  return Object.prototype.hasOwnProperty.call(DOCUMENTED, code);
}

/** The doc of a finding code (fetched once, then cached by the bundler), or undefined for a code this pane does not know. */
export async function loadCheckDoc(code: FindingCode): Promise<string | undefined> {
  if (!hasCheckDoc(code)) return undefined;
  const { CHECK_DOCS } = await import(/* webpackChunkName: "checkdocs" */ "./checkDocTexts");
  return CHECK_DOCS[code];
}
