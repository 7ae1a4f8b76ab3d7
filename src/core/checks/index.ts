/** Every check, in the order their findings are listed for a cell. */
import { ambiguousNumber } from "./ambiguousNumber";
import { badValue } from "./badValue";
import type { Check } from "./check";
import { noTables } from "./noTables";
import { numberAsText } from "./numberAsText";
import { rateMismatch } from "./rateMismatch";
import { sumMismatch } from "./sumMismatch";
import { targetOutOfRange } from "./targetOutOfRange";
import { formulaInconsistent } from "./formulaInconsistent";
import { sumRangeGap } from "./sumRangeGap";
import { totalNotFormula } from "./totalNotFormula";

export const CHECKS: Check[] = [
  noTables,
  // A formula that misses a row is the cause; the wrong value it gives comes next.
  sumRangeGap,
  sumMismatch,
  rateMismatch,
  targetOutOfRange,
  badValue,
  totalNotFormula,
  formulaInconsistent,
  numberAsText,
  ambiguousNumber,
];

export type { Check, CheckContext } from "./check";
