/**
 * A check: one rule, its metadata beside its logic (like an ESLint rule).
 */
import { toA1 } from "../grid/grid";
import type { Finding, FindingCode, Lang, Severity } from "../findings";
import type { Dec } from "../number/decimal";
import { formatNumber } from "../number/format";
import type { Model, NumRef } from "../tables/model";
import type { Text } from "../verify/types";

export interface CheckContext {
  lang: Lang;
}

export interface Check {
  code: FindingCode;
  severity: Severity;
  description: { vi: string; en: string };
  run(model: Model, ctx: CheckContext): Finding[];
}

export type { Text } from "../verify/types";

/** Builds a finding at a cell. */
export function findingAt(
  check: Pick<Check, "code" | "severity">,
  sheet: string,
  row: number,
  col: number,
  message: Text,
  ctx: CheckContext,
  extra: Partial<Finding> = {},
): Finding {
  return {
    code: check.code,
    severity: check.severity,
    sheet,
    cell: toA1(row, col),
    message: message[ctx.lang],
    ...extra,
  };
}

/** A number in the user's notation, with up to 4 decimals (or exactly `decimals`). */
export function fmt(v: number | Dec, ctx: CheckContext, decimals?: number): string {
  return formatNumber(v, ctx.lang, decimals === undefined ? { maxDecimals: 4 } : { decimals });
}

/** True when the cell holds a readable number. */
export function readable(ref: NumRef | undefined): ref is NumRef {
  return ref !== undefined && (ref.status === "number" || ref.status === "text") && !Number.isNaN(ref.value);
}
