/**
 * RATE_MISMATCH: a stated rate or ratio differs from what its columns give (numerator ÷
 * denominator × 100, "4=3/2", "TH/KH", or a relation inferred from the numbers) beyond the
 * rounding of its shown decimals: 61,4% states 1050/1710 = 61,403…% correctly; 64,1% does not.
 */
import type { Finding } from "../findings";
import type { Model } from "../tables/model";
import type { Check, CheckContext, CheckMeta } from "./check";
import { failureFindings, MISTYPED_MESSAGE } from "./failureFindings";

const meta = {
  code: "RATE_MISMATCH",
  severity: "error",
  title: { vi: "Tỷ lệ không khớp", en: "Rate does not match" },
  description: {
    vi: "Tỷ lệ ghi khác tử số ÷ mẫu số × 100 (hoặc quan hệ tỷ lệ của cột) quá mức làm tròn của số hiển thị.",
    en: "A stated rate differs from numerator ÷ denominator × 100 (or its column's rate relation) beyond the rounding of its shown decimals.",
  },
  messages: {
    rate: {
      vi: "{{what}} ghi {{stated}}{{unit}} nhưng {{numerator}}/{{denominator}} = {{computed}}{{unit}}{{inferred}}.{{also}}",
      en: "{{what}} states {{stated}}{{unit}} but {{numerator}}/{{denominator}} = {{computed}}{{unit}}{{inferred}}.{{also}}",
    },
    rateRelation: {
      vi: "{{what}} ghi {{stated}}{{unit}} nhưng {{parts}} được {{computed}}{{unit}}{{inferred}}.{{also}}",
      en: "{{what}} states {{stated}}{{unit}} but {{parts}} {{computed}}{{unit}}{{inferred}}.{{also}}",
    },
    ...MISTYPED_MESSAGE,
  },
} as const satisfies CheckMeta;

export const rateMismatch: Check<typeof meta> = {
  meta,
  run(model: Model, ctx: CheckContext): Finding[] {
    return failureFindings(rateMismatch, "rate", model, ctx);
  },
};
