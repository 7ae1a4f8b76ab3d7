/**
 * SUBSET_EXCEEDS: a "Trong đó" breakdown (rows under "Trong đó:", "Chi tiết:", "Gồm:", or columns
 * under a "Trong đó" header) adds up to more than its parent. Such rows are never summed as parts.
 */
import type { Finding } from "../findings";
import { decAbs, decSub, decToNumber } from "../number/decimal";
import type { Model } from "../tables/model";
import { verify } from "../verify";
import { type Check, type CheckContext, type CheckMeta, reporter } from "./check";

const meta = {
  code: "SUBSET_EXCEEDS",
  severity: "error",
  title: { vi: 'Phần "Trong đó" lớn hơn số tổng', en: '"Trong đó" breakdown exceeds its total' },
  description: {
    vi: 'Phần "Trong đó" (các dòng hoặc cột chi tiết) cộng lại lớn hơn số của dòng hoặc cột cha.',
    en: 'A "Trong đó" breakdown (detail rows or columns) adds up to more than its parent.',
  },
  messages: {
    partOverParent: {
      vi: 'Phần "Trong đó" ghi {{stated}}, lớn hơn {{parent}} của {{what}} ({{relation}}).',
      en: 'The "Trong đó" part states {{stated}}, more than the {{parent}} of {{what}} ({{relation}}).',
    },
    partsOverParent: {
      vi: "{{what}} ghi {{stated}} nhưng {{parts}} {{computed}}, lớn hơn {{excess}} ({{relation}}).",
      en: "{{what}} states {{stated}} but {{parts}} {{computed}}, {{excess}} more ({{relation}}).",
    },
  },
} as const satisfies CheckMeta;

/** "Tổng của nhóm II" -> "tổng của nhóm II", "The sub-total of …" -> "the sub-total of …". */
const lowerFirstWord = (s: string, lang: string) => s.replace(/^\S+/, (w) => w.toLocaleLowerCase(lang));

export const subsetExceeds: Check<typeof meta> = {
  meta,
  run(model: Model, ctx: CheckContext): Finding[] {
    const report = reporter(meta, ctx);
    const v = verify(model);
    const taken = new Set<string>();
    for (const b of v.resolved.blames) taken.add(`${b.table.sheet}!${b.row}:${b.col}`);
    for (const f of v.resolved.singles) taken.add(`${f.table.sheet}!${f.row}:${f.col}`);
    const out: Finding[] = [];
    for (const f of v.failures) {
      if (f.family !== "subset" || taken.has(`${f.table.sheet}!${f.row}:${f.col}`)) continue;
      taken.add(`${f.table.sheet}!${f.row}:${f.col}`);
      const extra = {
        stated: decToNumber(f.stated),
        computed: decToNumber(f.computed),
        relation: f.relation,
        ...(f.formula ? { formula: f.formula } : {}),
      };
      const at = [f.table.sheet, f.row, f.col] as const;
      // A single part is reported at itself, against its parent's figure (its `computed`).
      if (f.terms.length === 1 && f.terms[0].coef === 0) {
        const what = { vi: lowerFirstWord(f.what.vi, "vi"), en: lowerFirstWord(f.what.en, "en") };
        out.push(report("partOverParent", { stated: f.stated, parent: f.computed, what, relation: f.relation }, ...at, extra));
      } else {
        const data = {
          what: f.what,
          stated: f.stated,
          parts: f.parts,
          computed: f.computed,
          excess: decAbs(decSub(f.stated, f.computed)),
          relation: f.relation,
        };
        out.push(report("partsOverParent", data, ...at, extra));
      }
    }
    return out;
  },
};
