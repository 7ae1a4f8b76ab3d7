/**
 * TARGET_OUT_OF_RANGE: a percentage target below 0 or above 100, a range whose lower end exceeds
 * its upper end, or an impossible rank ("nhóm 15/13").
 */
import type { Finding } from "../findings";
import type { Model } from "../tables/model";
import { type Target, targetProblem } from "../tables/target";
import { targetRows } from "../tables/views";
import { type Check, type CheckContext, type CheckMeta, reporter } from "./check";

const meta = {
  code: "TARGET_OUT_OF_RANGE",
  severity: "error",
  title: { vi: "Chỉ tiêu ngoài khoảng hợp lý", en: "Target out of range" },
  description: {
    vi: "Chỉ tiêu tỷ lệ dưới 0% hoặc trên 100%, khoảng có đầu dưới lớn hơn đầu trên, hoặc thứ hạng không thể có.",
    en: "A percentage target below 0 or above 100, a range whose lower end exceeds its upper end, or an impossible rank.",
  },
  messages: {
    rangeReversed: {
      vi: 'Chỉ tiêu "{{indicator}}" có mục tiêu "{{target}}": khoảng có đầu dưới {{lo}}{{unit}} lớn hơn đầu trên {{hi}}{{unit}}.',
      en: 'Target "{{indicator}}" is "{{target}}": the range\'s lower end {{lo}}{{unit}} exceeds its upper end {{hi}}{{unit}}.',
    },
    impossibleRank: {
      vi: 'Chỉ tiêu "{{indicator}}" có mục tiêu "{{target}}": thứ hạng {{rank}}/{{of}} không thể có.',
      en: 'Target "{{indicator}}" is "{{target}}": rank {{rank}}/{{of}} is impossible.',
    },
    percentOutOfRange: {
      vi: 'Chỉ tiêu "{{indicator}}" có mục tiêu "{{target}}": tỷ lệ {{value}}% nằm ngoài 0% – 100%.',
      en: 'Target "{{indicator}}" is "{{target}}": the percentage {{value}}% is outside 0% – 100%.',
    },
  },
} as const satisfies CheckMeta;

/** Which problem a target has, in the order targetProblem looks for them. */
function kindOf(t: Target): "rangeReversed" | "impossibleRank" | "percentOutOfRange" {
  if (t.op === "range" && t.lo !== undefined && t.hi !== undefined && t.lo > t.hi) return "rangeReversed";
  if (t.op === "rank") return "impossibleRank";
  return "percentOutOfRange";
}

export const targetOutOfRange: Check<typeof meta> = {
  meta,
  run(model: Model, ctx: CheckContext): Finding[] {
    const report = reporter(meta, ctx);
    const out: Finding[] = [];
    for (const t of model.tables) {
      if (t.kind !== "targets") continue;
      for (const row of targetRows(t)) {
        const g = row.target;
        // The custom functions judge targets by targetProblem too: the two never disagree.
        if (!g || !targetProblem(g)) continue;
        const stated = g.op === "range" ? g.lo : (g.value ?? g.rank);
        const at = [t.sheet, row.row, row.targetCol, stated !== undefined ? { stated } : {}] as const;
        const base = { indicator: row.indicator, target: row.targetText };
        const kind = kindOf(g);
        if (kind === "rangeReversed") {
          out.push(report(kind, { ...base, lo: g.lo ?? NaN, hi: g.hi ?? NaN, unit: g.percent ? "%" : "" }, ...at));
        } else if (kind === "impossibleRank") {
          out.push(report(kind, { ...base, rank: String(g.rank), of: String(g.of) }, ...at));
        } else {
          const value = [g.value, g.lo, g.hi].find((v) => v !== undefined && (v < 0 || v > 100)) ?? NaN;
          out.push(report(kind, { ...base, value }, ...at));
        }
      }
    }
    return out;
  },
};
