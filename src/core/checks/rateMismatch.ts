/**
 * RATE_MISMATCH: a stated rate or ratio differs from what its columns give (numerator ÷
 * denominator × 100, "4=3/2", "TH/KH", or a relation inferred from the numbers) beyond the
 * rounding of its shown decimals: 61,4% states 1050/1710 = 61,403…% correctly; 64,1% does not.
 */
import type { Finding } from "../findings";
import type { Model } from "../tables/model";
import type { Check, CheckContext } from "./check";
import { failureFindings } from "./failureFindings";

export const rateMismatch: Check = {
  code: "RATE_MISMATCH",
  severity: "error",
  description: {
    vi: "Tỷ lệ ghi khác tử số ÷ mẫu số × 100 (hoặc quan hệ tỷ lệ của cột) quá mức làm tròn của số hiển thị.",
    en: "A stated rate differs from numerator ÷ denominator × 100 (or its column's rate relation) beyond the rounding of its shown decimals.",
  },
  run(model: Model, ctx: CheckContext): Finding[] {
    return failureFindings(rateMismatch, "rate", model, ctx);
  },
};
