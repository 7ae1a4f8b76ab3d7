/**
 * TARGET_OUT_OF_RANGE: a percentage target below 0 or above 100, a range whose lower end exceeds
 * its upper end, or an impossible rank ("nhóm 15/13").
 */
import type { Finding } from "../findings";
import type { Model } from "../tables/model";
import { targetProblem } from "../tables/target";
import { targetRows } from "../tables/views";
import { type Check, type CheckContext, findingAt } from "./check";

export const targetOutOfRange: Check = {
  code: "TARGET_OUT_OF_RANGE",
  severity: "error",
  description: {
    vi: "Chỉ tiêu tỷ lệ dưới 0% hoặc trên 100%, khoảng có đầu dưới lớn hơn đầu trên, hoặc thứ hạng không thể có.",
    en: "A percentage target below 0 or above 100, a range whose lower end exceeds its upper end, or an impossible rank.",
  },
  run(model: Model, ctx: CheckContext): Finding[] {
    const out: Finding[] = [];
    for (const t of model.tables) {
      if (t.kind !== "targets") continue;
      for (const row of targetRows(t)) {
        if (!row.target) continue;
        const p = targetProblem(row.target);
        if (!p) continue;
        const stated = row.target.op === "range" ? row.target.lo : (row.target.value ?? row.target.rank);
        out.push(
          findingAt(
            targetOutOfRange,
            t.sheet,
            row.row,
            row.targetCol,
            {
              vi: `Chỉ tiêu "${row.indicator}" có mục tiêu "${row.targetText}": ${p.vi}.`,
              en: `Target "${row.indicator}" is "${row.targetText}": ${p.en}.`,
            },
            ctx,
            stated !== undefined ? { stated } : {},
          ),
        );
      }
    }
    return out;
  },
};
