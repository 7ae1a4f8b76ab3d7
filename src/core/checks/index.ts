/** Every check, in the order their findings are listed for a cell. */
import { ambiguousNumber } from "./ambiguousNumber";
import { badValue } from "./badValue";
import type { Check } from "./check";
import { noTables } from "./noTables";
import { numberAsText } from "./numberAsText";
import { rateMismatch } from "./rateMismatch";
import { sumMismatch } from "./sumMismatch";
import { targetOutOfRange } from "./targetOutOfRange";

export const CHECKS: Check[] = [
  noTables,
  sumMismatch,
  rateMismatch,
  targetOutOfRange,
  badValue,
  numberAsText,
  ambiguousNumber,
];

export type { Check, CheckContext } from "./check";
