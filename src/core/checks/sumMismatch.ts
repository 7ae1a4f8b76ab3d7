/**
 * SUM_MISMATCH: a stated sub-total, total, part-sum, row total or difference differs from what
 * its parts give by more than the rounding of its shown decimals. Down the outline (groups,
 * sections, items with parts, "Tổng cộng", "Cộng") and across each row ("3 = 1 + 2", "Tổng số =
 * NS tỉnh + NS xã"); a cell that breaks both is the one reported.
 */
import type { Finding } from "../findings";
import type { Model } from "../tables/model";
import type { Check, CheckContext } from "./check";
import { failureFindings } from "./failureFindings";

export const sumMismatch: Check = {
  code: "SUM_MISMATCH",
  severity: "error",
  description: {
    vi: "Tổng nhóm, tổng cộng, số tổng của mục, tổng theo dòng hoặc hiệu số khác với các thành phần quá mức làm tròn của số hiển thị.",
    en: "A stated sub-total, total, parent figure, row total or difference differs from its parts beyond the rounding of its shown decimals.",
  },
  run(model: Model, ctx: CheckContext): Finding[] {
    return failureFindings(sumMismatch, "sum", model, ctx);
  },
};
