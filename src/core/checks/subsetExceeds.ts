/**
 * SUBSET_EXCEEDS: a "Trong đó" breakdown (rows under "Trong đó:", "Chi tiết:", "Gồm:", or columns
 * under a "Trong đó" header) adds up to more than its parent. Such rows are never summed as parts.
 */
import type { Finding } from "../findings";
import { decSub, decToNumber } from "../number/decimal";
import type { Model } from "../tables/model";
import { verify } from "../verify";
import { type Check, type CheckContext, findingAt, fmt } from "./check";

export const subsetExceeds: Check = {
  code: "SUBSET_EXCEEDS",
  severity: "error",
  description: {
    vi: 'Phần "Trong đó" (các dòng hoặc cột chi tiết) cộng lại lớn hơn số của dòng hoặc cột cha.',
    en: 'A "Trong đó" breakdown (detail rows or columns) adds up to more than its parent.',
  },
  run(model: Model, ctx: CheckContext): Finding[] {
    const v = verify(model);
    const taken = new Set<string>();
    for (const b of v.resolved.blames) taken.add(`${b.table.sheet}!${b.row}:${b.col}`);
    for (const f of v.resolved.singles) taken.add(`${f.table.sheet}!${f.row}:${f.col}`);
    const out: Finding[] = [];
    const en = { lang: "en" as const };
    for (const f of v.failures) {
      if (f.family !== "subset" || taken.has(`${f.table.sheet}!${f.row}:${f.col}`)) continue;
      taken.add(`${f.table.sheet}!${f.row}:${f.col}`);
      const single = f.terms.length === 1 && f.terms[0].coef === 0;
      const over = decSub(f.stated, f.computed);
      const message = single
        ? {
            vi: `Phần "Trong đó" ghi ${fmt(f.stated, ctx)}, lớn hơn ${fmt(f.computed, ctx)} của ${f.what.vi.replace(/^\S+/, (w) => w.toLocaleLowerCase("vi"))} (${f.relation}).`,
            en: `The "Trong đó" part states ${fmt(f.stated, en)}, more than the ${fmt(f.computed, en)} of its parent (${f.relation}).`,
          }
        : {
            vi: `${f.what.vi} ghi ${fmt(f.stated, ctx)} nhưng ${f.parts.vi} ${fmt(f.computed, ctx)}, lớn hơn ${fmt(decToNumber(over) < 0 ? decSub(f.computed, f.stated) : over, ctx)} (${f.relation}).`,
            en: `${f.what.en} states ${fmt(f.stated, en)} but ${f.parts.en} ${fmt(f.computed, en)}, ${fmt(decToNumber(over) < 0 ? decSub(f.computed, f.stated) : over, en)} more (${f.relation}).`,
          };
      out.push(
        findingAt(subsetExceeds, f.table.sheet, f.row, f.col, message, ctx, {
          stated: decToNumber(f.stated),
          computed: decToNumber(f.computed),
          relation: f.relation,
          ...(f.formula ? { formula: f.formula } : {}),
        }),
      );
    }
    return out;
  },
};
