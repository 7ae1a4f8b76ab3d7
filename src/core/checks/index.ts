/**
 * Every check, in the order their findings are listed for a cell. The finding codes are theirs
 * (FindingCode is the union of their `meta.code`); the pane names findings by their `meta.title`;
 * README's table of codes and docs/checks/<CODE>.md are held to them by test/core/checks/meta.test.ts.
 */
import { ambiguousNumber } from "./ambiguousNumber";
import { badValue } from "./badValue";
import { formulaInconsistent } from "./formulaInconsistent";
import { noTables } from "./noTables";
import { notChecked } from "./notChecked";
import { numberAsText } from "./numberAsText";
import { rateMismatch } from "./rateMismatch";
import { subsetExceeds } from "./subsetExceeds";
import { sumMismatch } from "./sumMismatch";
import { sumRangeGap } from "./sumRangeGap";
import { targetOutOfRange } from "./targetOutOfRange";
import { totalNotFormula } from "./totalNotFormula";

export const CHECKS = [
  noTables,
  // A formula that misses a row is the cause; the wrong value it gives comes next.
  sumRangeGap,
  sumMismatch,
  rateMismatch,
  subsetExceeds,
  targetOutOfRange,
  badValue,
  totalNotFormula,
  formulaInconsistent,
  numberAsText,
  ambiguousNumber,
  notChecked,
] as const;

export type { Check, CheckContext, CheckMeta } from "./check";
