/**
 * SUM_MISMATCH: a stated sub-total, total or parent figure differs from the sum of its parts by
 * more than the rounding of its shown decimals.
 */
import type { Finding } from "../findings";
import { type Dec, decAbs, decSub, decToNumber, withinRounding, DecSum } from "../number/decimal";
import { shownDecimalsOf } from "../tables/cells";
import type { AppendixItem, FiguresTable, Model, NumRef } from "../tables/model";
import { groupComputed, sumItems, tableComputed, tableFromStated } from "../tables/sums";
import { type Check, type CheckContext, type Text, exactOf, findingAt, fmt, readable } from "./check";

function mismatch(stated: NumRef, computed: Dec, what: Text, parts: Text, ctx: CheckContext): Finding | undefined {
  const s = exactOf(stated);
  if (withinRounding(s, computed, shownDecimalsOf(stated))) return undefined;
  const diff = decSub(s, computed);
  const under = diff.m < 0n;
  const gap = decAbs(diff);
  const en = { lang: "en" as const };
  const message: Text = {
    vi: `${what.vi} ghi ${fmt(s, ctx)} nhưng ${parts.vi} được ${fmt(computed, ctx)} (ghi ${under ? "thiếu" : "thừa"} ${fmt(gap, ctx)}).`,
    en: `${what.en} states ${fmt(s, en)} but ${parts.en} ${fmt(computed, en)} (${fmt(gap, en)} ${under ? "short" : "over"}).`,
  };
  return findingAt(sumMismatch, stated.sheet, stated.row, stated.col, message, ctx, {
    stated: decToNumber(s),
    computed: decToNumber(computed),
    ...(stated.formula ? { formula: stated.formula } : {}),
  });
}

function countText(n: number, vi: string, en: string): Text {
  return { vi: `cộng ${n} ${vi}`, en: `its ${n} ${en}${n === 1 ? "" : "s"} add up to` };
}

function checkItemParts(item: AppendixItem, ctx: CheckContext, out: Finding[]): void {
  for (const c of item.children) checkItemParts(c, ctx, out);
  if (!item.partsAddUp || !readable(item.amount)) return;
  const parts = item.children.filter((c) => /^\d/.test(c.tt));
  const sum = sumItems(parts);
  if (!sum.ok) return;
  const f = mismatch(
    item.amount,
    sum.value,
    { vi: `Mục ${item.tt}`, en: `Item ${item.tt}` },
    countText(parts.length, "mục con", "sub-item"),
    ctx,
  );
  if (f) out.push(f);
}

function checkFigures(t: FiguresTable, ctx: CheckContext, out: Finding[]): void {
  for (const row of t.rows) {
    if (row.children.length === 0) continue;
    const kids = row.children.map((i) => t.rows[i]);
    const label = row.tt ? `${row.tt} "${row.label}"` : `"${row.label}"`;
    for (const key of ["num", "den"] as const) {
      const parent = row[key];
      if (!readable(parent)) continue;
      const refs = kids.map((k) => k[key]);
      if (!refs.every((r): r is NumRef => readable(r))) continue;
      const sum = new DecSum();
      for (const r of refs) sum.add(exactOf(r));
      const what: Text =
        key === "num"
          ? { vi: `Tử số của chỉ số ${label}`, en: `The numerator of ${label}` }
          : { vi: `Mẫu số của chỉ số ${label}`, en: `The denominator of ${label}` };
      const f = mismatch(parent, sum.result(), what, countText(refs.length, "thành phần", "part"), ctx);
      if (f) out.push(f);
    }
  }
}

export const sumMismatch: Check = {
  code: "SUM_MISMATCH",
  severity: "error",
  description: {
    vi: "Tổng nhóm, tổng cộng hoặc số tổng của chỉ số khác tổng các thành phần quá mức làm tròn của số hiển thị.",
    en: "A stated sub-total, total or parent figure differs from the sum of its parts beyond the rounding of its shown decimals.",
  },
  run(model: Model, ctx: CheckContext): Finding[] {
    const out: Finding[] = [];
    for (const t of model.tables) {
      if (t.kind === "figures") {
        checkFigures(t, ctx, out);
        continue;
      }
      if (t.kind !== "appendix") continue;
      const sums = t.groups.map(groupComputed);
      t.groups.forEach((g, gi) => {
        for (const it of g.items) if (it.children.length > 0) checkItemParts(it, ctx, out);
        const c = sums[gi];
        if (!c.ok) return;
        const name = g.tt ? `${g.tt} "${g.label}"` : `"${g.label}"`;
        const what: Text = { vi: `Tổng của nhóm ${name}`, en: `The sub-total of group ${name}` };
        const parts = countText(g.items.length, "khoản mục của nhóm", "item");
        if (g.stated && readable(g.stated)) {
          const f = mismatch(g.stated, c.value, what, parts, ctx);
          if (f) out.push(f);
        }
        if (g.closing && readable(g.closing)) {
          const f = mismatch(g.closing, c.value, { vi: `Dòng "Cộng" của nhóm ${name}`, en: `The "Cộng" line of group ${name}` }, parts, ctx);
          if (f) out.push(f);
        }
      });
      if (t.total && readable(t.total.amount)) {
        const c = tableComputed(t, sums);
        if (!c.ok) continue;
        // A single wrong number gives a single finding: a total that agrees with the stated
        // sub-totals is consistent with its direct parts (the group's finding shows the error).
        const fromStated = tableFromStated(t, sums);
        if (fromStated.ok && withinRounding(exactOf(t.total.amount), fromStated.value, shownDecimalsOf(t.total.amount))) continue;
        const named = t.groups.filter((g) => g.row !== undefined).length;
        const parts: Text =
          named > 0
            ? { vi: `cộng ${named} nhóm`, en: `its ${named} group${named === 1 ? "" : "s"} add up to` }
            : countText(t.groups.reduce((n, g) => n + g.items.length, 0), "khoản mục", "item");
        const f = mismatch(t.total.amount, c.value, { vi: `Dòng "${t.total.label}"`, en: `The "${t.total.label}" line` }, parts, ctx);
        if (f) out.push(f);
      }
    }
    return out;
  },
};
