/**
 * TOTAL_NOT_FORMULA: a sub-total or total typed as a constant where its sibling totals are
 * formulas. It may be right today; it will not follow the next change to its items. Siblings are
 * the totals down a table's outline (sub-totals, parent figures, "Cộng", "Tổng cộng"), and
 * separately the cells of each row-total column ("Tổng số = …").
 */
import type { Finding } from "../findings";
import type { Model, Table } from "../tables/model";
import { NodeKind } from "../tables/outline";
import { CellReader, EMPTY, NUM } from "../tables/values";
import { whatOf } from "../verify/describe";
import { type Check, type CheckContext, type CheckMeta, type Text, reporter } from "./check";

interface Sibling {
  row: number;
  col: number;
  formula?: string;
  value: number;
  raw?: string;
  /** What the total is, in words (worked out only for a finding). */
  what: () => Text;
}

/** The totals of a table: one set down the outline, one per row-total column. */
function siblingSets(t: Table): Sibling[][] {
  // With no formula at all there is nothing a typed total differs from.
  if (!t.formulaCount.some((n) => n > 0)) return [];
  const o = t.outline;
  const rd = new CellReader(t);
  const down: Sibling[] = [];
  const take = (i: number, col: number, what: () => Text, into: Sibling[]) => {
    const s = rd.read(o.row[i], col);
    if (s === EMPTY) return;
    into.push({ row: o.row[i], col, formula: rd.formula(), value: s === NUM ? rd.value : NaN, raw: rd.ref?.raw, what });
  };
  // (No closure inside the loops: one capturing the loop variable costs an allocation per row.)
  const whatDown = (i: number, c: (typeof t.numeric)[number]) => () => whatOf(t, i, c);
  for (const c of t.numeric) {
    if (!c.additive) continue;
    for (let i = 0; i < o.n; i++) {
      const k = o.kind[i];
      if (k === NodeKind.Item && o.childStart[i + 1] === o.childStart[i]) continue;
      const isTotal =
        k === NodeKind.Total || k === NodeKind.Closing ? (o.scope.get(i)?.length ?? 0) > 0 : o.hasParts(i) && !o.declared.has(i);
      if (isTotal) take(i, c.col, whatDown(i, c), down);
    }
  }
  const sets = [down];
  for (const rel of t.relations) {
    if (rel.kind !== "sum" || rel.source === "inferred") continue;
    // A column with no formula at all has nothing to compare its typed totals with.
    if (t.formulaCount[t.numeric.findIndex((c) => c.col === rel.target)] === 0) continue;
    const set: Sibling[] = [];
    const target = t.numeric.find((c) => c.col === rel.target)!;
    for (let i = 0; i < o.n; i++) {
      if (o.kind[i] !== NodeKind.Item || o.hasParts(i)) continue;
      take(
        i,
        rel.target,
        () => ({ vi: `Cột "${target.header}" ở dòng ${o.row[i] + 1}`, en: `Column "${target.header}" on row ${o.row[i] + 1}` }),
        set,
      );
    }
    sets.push(set);
  }
  return sets.filter((s) => s.length > 1);
}

const meta = {
  code: "TOTAL_NOT_FORMULA",
  severity: "warning",
  title: { vi: "Ô tổng gõ tay, không phải công thức", en: "Total typed instead of a formula" },
  description: {
    vi: "Tổng nhóm hoặc tổng cộng được gõ thành số cố định trong khi các tổng cùng bảng là công thức.",
    en: "A sub-total or total typed as a constant where its sibling totals are formulas.",
  },
  messages: {
    typedTotal: {
      vi: "{{what}} được gõ thành số {{value}}, trong khi {{count}} tổng khác trong bảng là công thức (như {{example}}): số gõ tay không tự cập nhật khi các khoản mục thay đổi.",
      en: "{{what}} is typed as {{value}} where the table's other totals are formulas ({{count}} of them, such as {{example}}): a typed number does not follow changes to its items.",
    },
  },
} as const satisfies CheckMeta;

export const totalNotFormula: Check<typeof meta> = {
  meta,
  run(model: Model, ctx: CheckContext): Finding[] {
    const report = reporter(meta, ctx);
    const out: Finding[] = [];
    for (const t of model.tables) {
      for (const set of siblingSets(t)) {
        const formulas = set.filter((s) => s.formula !== undefined);
        const constants = set.filter((s) => s.formula === undefined);
        if (formulas.length === 0 || constants.length === 0 || formulas.length < constants.length) continue;
        const example = formulas[0].formula as string;
        for (const c of constants) {
          const unreadable = Number.isNaN(c.value);
          const data = { what: c.what(), value: unreadable ? (c.raw ?? "") : c.value, count: formulas.length, example };
          out.push(report("typedTotal", data, t.sheet, c.row, c.col, unreadable ? {} : { stated: c.value }));
        }
      }
    }
    return out;
  },
};
