/** Every check, in the order their findings are listed for a cell. */
import { ambiguousNumber } from "./ambiguousNumber";
import { badValue } from "./badValue";
import type { Check } from "./check";
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

export const CHECKS: Check[] = [
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
];

export type { Check, CheckContext } from "./check";
