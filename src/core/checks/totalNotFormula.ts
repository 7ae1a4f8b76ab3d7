/**
 * TOTAL_NOT_FORMULA: a sub-total or total typed as a constant where its sibling totals are
 * formulas. It may be right today; it will not follow the next change to its items.
 */
import type { Finding } from "../findings";
import type { Model, NumRef } from "../tables/model";
import { type Check, type CheckContext, type Text, findingAt, fmt } from "./check";

interface Sibling {
  ref: NumRef;
  what: Text;
}

function hasValue(ref: NumRef | undefined): ref is NumRef {
  return ref !== undefined && ref.status !== "empty";
}

/** The totals of each table: group sub-totals, "Cộng" lines, the grand total, parent figures. */
function siblingSets(model: Model): Sibling[][] {
  const sets: Sibling[][] = [];
  for (const t of model.tables) {
    const set: Sibling[] = [];
    if (t.kind === "appendix") {
      for (const g of t.groups) {
        const name = g.tt ? `${g.tt} "${g.label}"` : `"${g.label}"`;
        if (g.row !== undefined && g.items.length > 0 && hasValue(g.stated)) set.push({ ref: g.stated, what: { vi: `Tổng của nhóm ${name}`, en: `The sub-total of group ${name}` } });
        if (hasValue(g.closing)) set.push({ ref: g.closing, what: { vi: `Dòng "Cộng" của nhóm ${name}`, en: `The "Cộng" line of group ${name}` } });
        for (const it of g.items) {
          if (it.partsAddUp && hasValue(it.amount)) set.push({ ref: it.amount, what: { vi: `Mục ${it.tt}`, en: `Item ${it.tt}` } });
        }
      }
      if (t.total && hasValue(t.total.amount)) set.push({ ref: t.total.amount, what: { vi: `Dòng "${t.total.label}"`, en: `The "${t.total.label}" line` } });
    } else if (t.kind === "figures") {
      for (const r of t.rows) {
        if (r.children.length === 0) continue;
        const label = r.tt ? `${r.tt} "${r.label}"` : `"${r.label}"`;
        if (hasValue(r.num)) set.push({ ref: r.num, what: { vi: `Tử số của chỉ số ${label}`, en: `The numerator of ${label}` } });
        if (hasValue(r.den)) set.push({ ref: r.den, what: { vi: `Mẫu số của chỉ số ${label}`, en: `The denominator of ${label}` } });
      }
    }
    if (set.length > 1) sets.push(set);
  }
  return sets;
}

export const totalNotFormula: Check = {
  code: "TOTAL_NOT_FORMULA",
  severity: "warning",
  description: {
    vi: "Tổng nhóm hoặc tổng cộng được gõ thành số cố định trong khi các tổng cùng bảng là công thức.",
    en: "A sub-total or total typed as a constant where its sibling totals are formulas.",
  },
  run(model: Model, ctx: CheckContext): Finding[] {
    const out: Finding[] = [];
    for (const set of siblingSets(model)) {
      const formulas = set.filter((s) => s.ref.formula !== undefined);
      const constants = set.filter((s) => s.ref.formula === undefined);
      if (formulas.length === 0 || constants.length === 0 || formulas.length < constants.length) continue;
      const example = formulas[0].ref.formula as string;
      for (const c of constants) {
        const shown = Number.isNaN(c.ref.value) ? (c.ref.raw ?? "") : fmt(c.ref.value, ctx);
        out.push(
          findingAt(totalNotFormula, c.ref.sheet, c.ref.row, c.ref.col, {
            vi: `${c.what.vi} được gõ thành số ${shown}, trong khi ${formulas.length} tổng khác trong bảng là công thức (như ${example}): số gõ tay không tự cập nhật khi các khoản mục thay đổi.`,
            en: `${c.what.en} is typed as ${shown} while ${formulas.length} other total${formulas.length === 1 ? " is a formula" : "s are formulas"} (such as ${example}): a typed number does not follow changes to its items.`,
          }, ctx, Number.isNaN(c.ref.value) ? {} : { stated: c.ref.value }),
        );
      }
    }
    return out;
  },
};
