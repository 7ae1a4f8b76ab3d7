/**
 * SUM_MISMATCH: a stated sub-total, total, part-sum, row total or difference differs from what
 * its parts give by more than the rounding of its shown decimals. Down the outline (groups,
 * sections, items with parts, "Tổng cộng", "Cộng") and across each row ("3 = 1 + 2", "Tổng số =
 * NS tỉnh + NS xã"); a cell that breaks both is the one reported.
 */
import type { Finding } from "../findings";
import type { Model } from "../tables/model";
import type { Check, CheckContext, CheckMeta } from "./check";
import { failureFindings, MISTYPED_MESSAGE } from "./failureFindings";

const meta = {
  code: "SUM_MISMATCH",
  severity: "error",
  title: { vi: "Tổng không khớp", en: "Total does not add up" },
  description: {
    vi: "Tổng nhóm, tổng cộng, số tổng của mục, tổng theo dòng hoặc hiệu số khác với các thành phần quá mức làm tròn của số hiển thị.",
    en: "A stated sub-total, total, parent figure, row total or difference differs from its parts beyond the rounding of its shown decimals.",
  },
  messages: {
    sum: {
      vi: "{{what}} ghi {{stated}} nhưng {{parts}} được {{computed}} (ghi {{direction}} {{gap}}){{inferred}}.{{also}}",
      en: "{{what}} states {{stated}} but {{parts}} {{computed}} ({{gap}} {{direction}}){{inferred}}.{{also}}",
    },
    sumAgreesAbove: {
      vi: "{{what}} ghi {{stated}} nhưng {{parts}} được {{computed}} (ghi {{direction}} {{gap}}){{inferred}}. Số ghi này khớp với tổng cấp trên, nên nhiều khả năng một khoản bên dưới bị ghi sai.{{also}}",
      en: "{{what}} states {{stated}} but {{parts}} {{computed}} ({{gap}} {{direction}}){{inferred}}. The stated figure agrees with the total above it, so one of the items below is probably wrong.{{also}}",
    },
    ...MISTYPED_MESSAGE,
  },
} as const satisfies CheckMeta;

export const sumMismatch: Check<typeof meta> = {
  meta,
  run(model: Model, ctx: CheckContext): Finding[] {
    return failureFindings(sumMismatch, "sum", model, ctx);
  },
};
