/**
 * The docs of the checks (docs/checks/<CODE>.md) as text (webpack.config.js, the ".md" rule): a
 * chunk of its own, fetched when a clerk first opens "Cách sửa" (checkDocs.ts), not with the pane.
 */
import type { FindingCode } from "../core/findings";
import AMBIGUOUS_NUMBER from "../../docs/checks/AMBIGUOUS_NUMBER.md";
import BAD_VALUE from "../../docs/checks/BAD_VALUE.md";
import FORMULA_INCONSISTENT from "../../docs/checks/FORMULA_INCONSISTENT.md";
import NO_TABLES from "../../docs/checks/NO_TABLES.md";
import NOT_CHECKED from "../../docs/checks/NOT_CHECKED.md";
import NUMBER_AS_TEXT from "../../docs/checks/NUMBER_AS_TEXT.md";
import RATE_MISMATCH from "../../docs/checks/RATE_MISMATCH.md";
import SUBSET_EXCEEDS from "../../docs/checks/SUBSET_EXCEEDS.md";
import SUM_MISMATCH from "../../docs/checks/SUM_MISMATCH.md";
import SUM_RANGE_GAP from "../../docs/checks/SUM_RANGE_GAP.md";
import TARGET_OUT_OF_RANGE from "../../docs/checks/TARGET_OUT_OF_RANGE.md";
import TOTAL_NOT_FORMULA from "../../docs/checks/TOTAL_NOT_FORMULA.md";

export const CHECK_DOCS: Record<FindingCode, string> = {
  SUM_MISMATCH,
  RATE_MISMATCH,
  TARGET_OUT_OF_RANGE,
  BAD_VALUE,
  NO_TABLES,
  SUM_RANGE_GAP,
  FORMULA_INCONSISTENT,
  TOTAL_NOT_FORMULA,
  NUMBER_AS_TEXT,
  AMBIGUOUS_NUMBER,
  SUBSET_EXCEEDS,
  NOT_CHECKED,
};
