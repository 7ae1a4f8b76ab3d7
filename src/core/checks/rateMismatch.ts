/**
 * RATE_MISMATCH: a stated rate differs from numerator ÷ denominator × 100 beyond the rounding of
 * its shown decimals (61,4% states 1050/1710 = 61,403…% correctly; 64,1% does not).
 */
import type { Finding } from "../findings";
import { decToNumber, rateValue, rateWithin } from "../number/decimal";
import { shownDecimalsOf } from "../tables/cells";
import type { Model } from "../tables/model";
import { type Check, type CheckContext, exactOf, findingAt, fmt, readable } from "./check";

export const rateMismatch: Check = {
  code: "RATE_MISMATCH",
  severity: "error",
  description: {
    vi: "Tỷ lệ ghi khác tử số ÷ mẫu số × 100 quá mức làm tròn của số hiển thị.",
    en: "A stated rate differs from numerator ÷ denominator × 100 beyond the rounding of its shown decimals.",
  },
  run(model: Model, ctx: CheckContext): Finding[] {
    const out: Finding[] = [];
    for (const t of model.tables) {
      if (t.kind !== "figures") continue;
      for (const row of t.rows) {
        const { rate, num, den } = row;
        if (!readable(rate) || !readable(num) || !readable(den)) continue;
        const n = exactOf(num);
        const d = exactOf(den);
        if (d.m === 0n) continue; // BAD_VALUE reports a zero denominator
        const s = exactOf(rate);
        if (rateWithin(s, n, d, shownDecimalsOf(rate))) continue;
        const computed = rateValue(n, d);
        const shown = shownDecimalsOf(rate);
        const label = row.tt ? `${row.tt} "${row.label}"` : `"${row.label}"`;
        const en = { lang: "en" as const };
        out.push(
          findingAt(
            rateMismatch,
            rate.sheet,
            rate.row,
            rate.col,
            {
              vi: `Tỷ lệ của chỉ số ${label} ghi ${fmt(s, ctx)}% nhưng ${fmt(n, ctx)}/${fmt(d, ctx)} = ${fmt(computed, ctx, shown)}%.`,
              en: `The rate of ${label} states ${fmt(s, en)}% but ${fmt(n, en)}/${fmt(d, en)} = ${fmt(computed, en, shown)}%.`,
            },
            ctx,
            { stated: decToNumber(s), computed, ...(rate.formula ? { formula: rate.formula } : {}) },
          ),
        );
      }
    }
    return out;
  },
};
