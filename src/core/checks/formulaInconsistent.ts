/**
 * FORMULA_INCONSISTENT: a formula in a table column whose R1C1 shape differs from the column's
 * majority (=C4/D5*100 among =Cn/Dn*100). When the majority itself is the odd one out by position
 * (its references point at other rows while the few point at their own row), or there is no
 * majority, the column is reported as a whole rather than guessing which formulas are wrong.
 */
import type { Finding } from "../findings";
import { forEachRef, formulaText, r1c1Shape, rowOffsets, shiftNode, tryParse } from "../formula/analyze";
import type { Node } from "../formula/parse";
import { toA1 } from "../grid/address";
import type { Model } from "../tables/model";
import { NodeKind } from "../tables/outline";
import { type Check, type CheckContext, type CheckMeta, reporter } from "./check";

interface Entry {
  row: number;
  formula: string;
  node: Node;
  shape: string;
}

interface Column {
  sheet: string;
  col: number;
  label: { vi: string; en: string };
  entries: Entry[];
}

function columns(model: Model): Column[] {
  const out: Column[] = [];
  const add = (sheet: string, col: number, label: Column["label"], cells: { row: number; formula: string }[]) => {
    const entries: Entry[] = [];
    for (const c of cells) {
      const node = tryParse(c.formula);
      // "=100+20" is a sum typed as a formula, not a pattern: only formulas with references count.
      if (node && hasRef(node)) {
        entries.push({ row: c.row, formula: c.formula, node, shape: r1c1Shape(node, c.row, col, sheet) });
      }
    }
    if (entries.length >= 3) out.push({ sheet, col, label, entries });
  };
  for (const t of model.tables) {
    const o = t.outline;
    // Rows of the same kind share a shape: items without parts (totals have their own shapes);
    // in a rate column every row computes the same way. One pass over the rows for all columns.
    // A column needs three formulas to have a majority shape.
    if (!t.formulaCount.some((n) => n >= 3)) continue;
    const cells: { row: number; formula: string }[][] = t.numeric.map(() => []);
    const nc = t.numeric.length;
    for (let i = 0; i < o.n; i++) {
      if (o.kind[i] !== NodeKind.Item) continue;
      const row = t.grid.rows[o.row[i]];
      if (!row) continue;
      const leaf = o.childStart[i + 1] === o.childStart[i];
      for (let k = 0; k < nc; k++) {
        const c = t.numeric[k];
        const formula = row[c.col]?.formula;
        if (formula !== undefined && (leaf || !c.additive)) cells[k].push({ row: o.row[i], formula });
      }
    }
    t.numeric.forEach((c, k) => add(t.sheet, c.col, { vi: c.header, en: c.header }, cells[k]));
  }
  return out;
}

function hasRef(n: Node): boolean {
  let any = false;
  forEachRef(n, () => (any = true));
  return any;
}

/** The formula a row would have if it followed `example` (copied down from the example's row). */
function expectedAt(example: Entry, row: number): string {
  return formulaText(shiftNode(example.node, row - example.row, 0));
}

const meta = {
  code: "FORMULA_INCONSISTENT",
  severity: "warning",
  title: { vi: "Công thức khác các ô bên cạnh", en: "Formula differs from its neighbours" },
  description: {
    vi: "Công thức có dạng (R1C1) khác với các công thức cùng cột trong bảng.",
    en: "A formula whose shape (R1C1) differs from its column neighbours'.",
  },
  messages: {
    differs: {
      vi: 'Công thức {{formula}} khác dạng với {{majority}}/{{count}} công thức cùng cột "{{column}}"; theo các dòng khác thì ô này là {{want}}.',
      en: 'The formula {{formula}} differs in shape from {{majority}} of the {{count}} formulas of column "{{column}}"; following the other rows this cell would be {{want}}.',
    },
    noMajority: {
      vi: 'Các công thức của cột "{{column}}" không cùng một dạng (không có dạng nào chiếm đa số): {{shapes}}. Không rõ bên nào đúng — hãy kiểm tra cả cột.',
      en: 'The formulas of column "{{column}}" do not share one shape (no shape is in the majority): {{shapes}}. It is not clear which are right — check the whole column.',
    },
    majorityOffRow: {
      vi: 'Các công thức của cột "{{column}}" không cùng một dạng (phần lớn công thức lấy số ở dòng khác với dòng của nó, số ít lấy đúng dòng mình): {{shapes}}. Không rõ bên nào đúng — hãy kiểm tra cả cột.',
      en: 'The formulas of column "{{column}}" do not share one shape (most formulas take their numbers from another row, a few from their own row): {{shapes}}. It is not clear which are right — check the whole column.',
    },
  },
} as const satisfies CheckMeta;

export const formulaInconsistent: Check<typeof meta> = {
  meta,
  run(model: Model, ctx: CheckContext): Finding[] {
    const report = reporter(meta, ctx);
    const out: Finding[] = [];
    for (const c of columns(model)) {
      const groups = new Map<string, Entry[]>();
      for (const e of c.entries) groups.set(e.shape, [...(groups.get(e.shape) ?? []), e]);
      if (groups.size < 2) continue;
      const ranked = [...groups.values()].sort((a, b) => b.length - a.length);
      const major = ranked[0];
      const n = c.entries.length;
      const sameRow = (e: Entry) => rowOffsets(e.node, e.row).every((d) => d === 0);
      const majorityOffRow = !sameRow(major[0]) && ranked.slice(1).some((g) => sameRow(g[0]));
      if (major.length * 2 <= n || majorityOffRow) {
        // Say so rather than guess.
        const first = c.entries[0];
        const listing = (more: (k: number) => string) =>
          ranked.map((g) => `${g[0].formula} (${toA1(g[0].row, c.col)}${g.length > 1 ? more(g.length - 1) : ""})`).join("; ");
        const shapes = { vi: listing((k) => ` và ${k} ô khác`), en: listing((k) => ` and ${k} more`) };
        const id = majorityOffRow ? "majorityOffRow" : "noMajority";
        out.push(report(id, { column: c.label, shapes }, c.sheet, first.row, c.col, { formula: first.formula }));
        continue;
      }
      for (const g of ranked.slice(1)) {
        for (const e of g) {
          const data = {
            formula: e.formula,
            majority: major.length,
            count: n,
            column: c.label,
            want: expectedAt(major[0], e.row),
          };
          out.push(report("differs", data, c.sheet, e.row, c.col, { formula: e.formula }));
        }
      }
    }
    return out;
  },
};
