/**
 * SUM_RANGE_GAP: a total's formula leaves out rows of what it should cover, or takes in rows
 * outside it (another group, a sub-total counted twice) — down the outline (sub-totals, totals,
 * parent figures) and across a row (a row total =SUM(E12:F12) that leaves out G12). Right today,
 * wrong after the next inserted row: reviewers look at the formula, not only the value.
 */
import type { Finding } from "../findings";
import { type CellAddr, isPlainSum, referencedCells, tryParse } from "../formula/analyze";
import { quoteSheetName, toA1 } from "../grid/address";
import type { Column, Model, Table } from "../tables/model";
import { NodeKind } from "../tables/outline";
import { BAD, CellReader, EMPTY } from "../tables/values";
import { cellsA1, closingWhat, whatOf } from "../verify/describe";
import { type Check, type CheckContext, type CheckMeta, type Report, type Text, reporter } from "./check";

/** "D7:D11" for consecutive rows, "D7:D9, D11" otherwise. */
function rowsA1(col: number, rows: number[]): string {
  return cellsA1(col, rows, Infinity);
}

interface Coverage {
  sheet: string;
  col: number;
  /** Rows the formula must reference. */
  expected: number[];
  /** Further rows it may reference harmlessly (blank rows between items). */
  allowed: Set<number>;
  /** Rows that are other totals: referencing them double counts. */
  totals: Map<number, string>;
  /** Rows already inside a sub-total the formula also adds ("tổng nhóm D6"). */
  covered?: Map<number, string>;
  hasValue: (row: number) => boolean;
}

function referenced(formula: string, sheet: string, row: number): CellAddr[] | undefined {
  const node = tryParse(formula);
  if (!node || !isPlainSum(node)) return undefined;
  return referencedCells(node, sheet, { limit: 100_000, maxRow: row + 100_000 });
}

function analyse(formula: string, row: number, cov: Coverage): { missing: number[]; extra: CellAddr[] } | undefined {
  const cells = referenced(formula, cov.sheet, row);
  if (!cells) return undefined;
  const inCol = new Set<number>();
  const extra: CellAddr[] = [];
  for (const c of cells) {
    if (c.sheet === cov.sheet && c.col === cov.col) {
      inCol.add(c.row);
      if (!cov.expected.includes(c.row) && !cov.allowed.has(c.row) && (cov.totals.has(c.row) || cov.hasValue(c.row)))
        extra.push(c);
    } else {
      extra.push(c);
    }
  }
  const missing = cov.expected.filter((r) => !inCol.has(r));
  if (missing.length === 0 && extra.length === 0) return undefined;
  return { missing, extra };
}

/** What a formula gets wrong, in words: the rows it leaves out, and what it takes in besides. */
function faults(res: { missing: number[]; extra: CellAddr[] }, cov: Coverage): { missing?: string; extra?: Text } {
  const out: { missing?: string; extra?: Text } = {};
  if (res.missing.length) out.missing = rowsA1(cov.col, res.missing);
  if (res.extra.length) {
    const vi: string[] = [];
    const en: string[] = [];
    const inCol = res.extra.filter((c) => c.sheet === cov.sheet && c.col === cov.col);
    const other = res.extra.filter((c) => !(c.sheet === cov.sheet && c.col === cov.col));
    const totals = inCol.filter((c) => cov.totals.has(c.row));
    const twice = inCol.filter((c) => !cov.totals.has(c.row) && cov.covered?.has(c.row));
    const plain = inCol.filter((c) => !cov.totals.has(c.row) && !cov.covered?.has(c.row));
    if (totals.length) {
      const t = totals.map((c) => `${toA1(c.row, c.col)} (${cov.totals.get(c.row)})`).join(", ");
      vi.push(`cộng thêm ${t} — tính hai lần`);
      en.push(`also adds ${t} — counted twice`);
    }
    if (twice.length) {
      const by = [...new Set(twice.map((c) => cov.covered!.get(c.row)))].join(", ");
      const p = rowsA1(
        cov.col,
        twice.map((c) => c.row),
      );
      vi.push(`cộng thêm ${p} đã nằm trong ${by} — tính hai lần`);
      en.push(`also adds ${p}, already inside ${by} — counted twice`);
    }
    if (plain.length) {
      const p = rowsA1(
        cov.col,
        plain.map((c) => c.row),
      );
      vi.push(`cộng thêm ${p} nằm ngoài phạm vi`);
      en.push(`also adds ${p}, outside what it covers`);
    }
    if (other.length) {
      const o = other
        .map((c) => (c.sheet === cov.sheet ? toA1(c.row, c.col) : `${quoteSheetName(c.sheet)}!${toA1(c.row, c.col)}`))
        .join(", ");
      vi.push(`lấy cả ô ở cột/trang khác: ${o}`);
      en.push(`takes cells from another column or sheet: ${o}`);
    }
    out.extra = { vi: vi.join("; "), en: en.join("; ") };
  }
  return out;
}

function checkColumn(t: Table, c: Column, report: Report<typeof meta>, out: Finding[]): void {
  const o = t.outline;
  const col = c.col;
  const rows = t.grid.rows;
  const formulaAt = (i: number) => rows[o.row[i]]?.[col]?.formula;
  // Only totals that are formulas can be checked; most tables (and all generated ones) have few.
  let anyFormula = false;
  for (let i = 0; i < o.n && !anyFormula; i++) {
    if ((o.kind[i] !== NodeKind.Item || o.childStart[i + 1] > o.childStart[i]) && formulaAt(i) !== undefined) anyFormula = true;
  }
  if (!anyFormula) return;
  const rd = new CellReader(t);
  const stated = new Uint8Array(o.n);
  for (let i = 0; i < o.n; i++) {
    const s = rd.read(o.row[i], col);
    if (s !== EMPTY || formulaAt(i) !== undefined) stated[i] = s === BAD && formulaAt(i) === undefined ? 0 : 1;
  }
  const totals = new Map<number, string>();
  const valueRows = new Set<number>();
  for (let i = 0; i < o.n; i++) {
    if (!stated[i]) continue;
    const k = o.kind[i];
    const r = o.row[i];
    if (k === NodeKind.Total)
      totals.set(r, t.label !== undefined ? (rows[r]?.[t.label]?.value as string) || "Tổng cộng" : "Tổng cộng");
    else if (k === NodeKind.Closing) totals.set(r, `dòng Cộng`);
    else if (o.hasParts(i))
      totals.set(
        r,
        t.outline.isGroup(i)
          ? `tổng nhóm ${o.marker(i) || labelText(t, i)}`
          : `${t.kind === "figures" ? "chỉ số" : "mục"} ${o.marker(i) || labelText(t, i)}`,
      );
    else valueRows.add(r);
  }
  const hasValue = (row: number) => valueRows.has(row) || totals.has(row);
  /** The rows node j contributes through: its own, or its parts' when it states no number. */
  const through = (j: number): number[] => {
    if (stated[j]) return [o.row[j]];
    const kids = o.partsOf(j).flatMap(through);
    return kids.length ? kids : [o.row[j]];
  };
  const finding = (i: number, what: Text, cov: Coverage) => {
    const formula = formulaAt(i) as string;
    const res = analyse(formula, o.row[i], cov);
    if (!res) return;
    const own = rowsA1(col, cov.expected);
    const { missing, extra } = faults(res, cov);
    const data = { what, formula, expected: own };
    const at = [t.sheet, o.row[i], col, { formula, expected: own }] as const;
    if (missing !== undefined && extra) out.push(report("leavesOutAndAddsExtra", { ...data, missing, extra }, ...at));
    else if (missing !== undefined) out.push(report("leavesOut", { ...data, missing }, ...at));
    else if (extra) out.push(report("addsExtra", { ...data, extra }, ...at));
  };
  const allowedBetween = (expected: number[], from = Math.min(...expected)) => {
    const allowed = new Set<number>();
    const hi = Math.max(...expected);
    for (let r = from; r <= hi; r++) if (!valueRows.has(r) && !totals.has(r)) allowed.add(r);
    return allowed;
  };
  for (let i = 0; i < o.n; i++) {
    if (o.kind[i] !== NodeKind.Item || formulaAt(i) === undefined || o.declared.has(i)) continue;
    const parts = o.partsOf(i);
    if (parts.length === 0) continue;
    const expected = parts.flatMap(through);
    finding(i, whatOf(t, i, c), { sheet: t.sheet, col, expected, allowed: allowedBetween(expected), totals, hasValue });
  }
  for (const [i, scope] of o.scope) {
    if (scope.length === 0 || formulaAt(i) === undefined) continue;
    if (o.kind[i] === NodeKind.Closing) {
      const expected = scope.flatMap(through);
      finding(i, closingWhat(t, o.parent[scope[0]], c), {
        sheet: t.sheet,
        col,
        expected,
        allowed: allowedBetween(expected),
        totals,
        hasValue,
      });
      continue;
    }
    // A total adds, per top-level row, either its stated sub-total or what is inside it.
    const cells = referenced(formulaAt(i) as string, t.sheet, o.row[i]);
    if (!cells) continue;
    const refd = new Set(cells.filter((x) => x.sheet === t.sheet && x.col === col).map((x) => x.row));
    const expected: number[] = [];
    const covered = new Map<number, string>();
    for (const j of scope) {
      const inside = o.partsOf(j).flatMap(through);
      if (stated[j] && (refd.has(o.row[j]) || inside.length === 0 || !inside.some((r) => refd.has(r)))) {
        expected.push(o.row[j]);
        for (const r of inside) covered.set(r, toA1(o.row[j], col));
      } else expected.push(...(inside.length ? inside : [o.row[j]]));
    }
    const top = Math.min(t.headerBottom + 1, ...expected);
    const allowed = allowedBetween(expected, top);
    finding(i, whatOf(t, i, c), { sheet: t.sheet, col, expected, allowed, totals, hasValue, covered });
  }
}

function labelText(t: Table, i: number): string {
  const v = t.label === undefined ? undefined : t.grid.rows[t.outline.row[i]]?.[t.label]?.value;
  return typeof v === "string" ? v.trim() : "";
}

/** A row total =SUM(E12:G12) must add the columns its relation names, no more, no fewer. */
function checkRows(t: Table, report: Report<typeof meta>, out: Finding[]): void {
  const o = t.outline;
  for (const rel of t.relations) {
    if (rel.kind !== "sum" || rel.source === "inferred" || rel.text.includes("−")) continue;
    const target = t.numeric.find((c) => c.col === rel.target) as Column;
    for (let i = 0; i < o.n; i++) {
      const r = o.row[i];
      const formula = t.grid.rows[r]?.[rel.target]?.formula;
      if (!formula) continue;
      const cells = referenced(formula, t.sheet, r);
      if (!cells) continue;
      const got = new Set(cells.filter((x) => x.sheet === t.sheet && x.row === r).map((x) => x.col));
      const missing = rel.operands.filter((c) => !got.has(c));
      const extra = cells.filter((x) => x.sheet !== t.sheet || x.row !== r || !rel.operands.includes(x.col));
      // A row formula that adds the rows below instead (a group's =SUM(D13:D17)) is the outline's business.
      if (cells.every((x) => x.col === rel.target)) continue;
      if (missing.length === 0 && extra.length === 0) continue;
      const own = rel.operands.map((c) => toA1(r, c)).join(", ");
      const data = { column: target.header, row: String(r + 1), formula, relation: rel.text, expected: own };
      const at = [t.sheet, r, rel.target, { formula, expected: own, relation: rel.text }] as const;
      const m = missing.map((c) => toA1(r, c)).join(", ");
      const e = extra
        .map((x) => (x.sheet === t.sheet ? toA1(x.row, x.col) : `${quoteSheetName(x.sheet)}!${toA1(x.row, x.col)}`))
        .join(", ");
      if (missing.length && extra.length) out.push(report("rowLeavesOutAndAddsExtra", { ...data, missing: m, extra: e }, ...at));
      else if (missing.length) out.push(report("rowLeavesOut", { ...data, missing: m }, ...at));
      else out.push(report("rowAddsExtra", { ...data, extra: e }, ...at));
    }
  }
}

const meta = {
  code: "SUM_RANGE_GAP",
  severity: "error",
  title: { vi: "Công thức tổng sót hoặc thừa dòng", en: "Total formula misses or double-counts rows" },
  description: {
    vi: "Công thức của tổng nhóm, tổng cộng, số tổng hoặc tổng theo dòng bỏ sót ô thuộc phạm vi của nó, hoặc cộng thêm ô ngoài phạm vi (nhóm khác, tổng bị tính hai lần).",
    en: "A total's formula leaves out cells of what it covers, or takes in cells outside it (another group, a sub-total counted twice).",
  },
  messages: {
    leavesOut: {
      vi: "{{what}}: công thức {{formula}} bỏ sót {{missing}}. Cần cộng {{expected}}.",
      en: "{{what}}: the formula {{formula}} leaves out {{missing}}. It should add {{expected}}.",
    },
    addsExtra: {
      vi: "{{what}}: công thức {{formula}} {{extra}}. Cần cộng {{expected}}.",
      en: "{{what}}: the formula {{formula}} {{extra}}. It should add {{expected}}.",
    },
    leavesOutAndAddsExtra: {
      vi: "{{what}}: công thức {{formula}} bỏ sót {{missing}}; {{extra}}. Cần cộng {{expected}}.",
      en: "{{what}}: the formula {{formula}} leaves out {{missing}}; {{extra}}. It should add {{expected}}.",
    },
    rowLeavesOut: {
      vi: 'Cột "{{column}}" ở dòng {{row}}: công thức {{formula}} bỏ sót {{missing}} (theo {{relation}}). Cần cộng {{expected}}.',
      en: 'Column "{{column}}" on row {{row}}: the formula {{formula}} leaves out {{missing}} (by {{relation}}). It should add {{expected}}.',
    },
    rowAddsExtra: {
      vi: 'Cột "{{column}}" ở dòng {{row}}: công thức {{formula}} cộng thêm {{extra}} nằm ngoài quan hệ (theo {{relation}}). Cần cộng {{expected}}.',
      en: 'Column "{{column}}" on row {{row}}: the formula {{formula}} also adds {{extra}}, outside the relation (by {{relation}}). It should add {{expected}}.',
    },
    rowLeavesOutAndAddsExtra: {
      vi: 'Cột "{{column}}" ở dòng {{row}}: công thức {{formula}} bỏ sót {{missing}}; cộng thêm {{extra}} nằm ngoài quan hệ (theo {{relation}}). Cần cộng {{expected}}.',
      en: 'Column "{{column}}" on row {{row}}: the formula {{formula}} leaves out {{missing}}; also adds {{extra}}, outside the relation (by {{relation}}). It should add {{expected}}.',
    },
  },
} as const satisfies CheckMeta;

export const sumRangeGap: Check<typeof meta> = {
  meta,
  run(model: Model, ctx: CheckContext): Finding[] {
    const report = reporter(meta, ctx);
    const out: Finding[] = [];
    for (const t of model.tables) {
      t.numeric.forEach((c, k) => {
        if (c.additive && t.formulaCount[k] > 0) checkColumn(t, c, report, out);
      });
      if (t.formulaCount.some((n) => n > 0)) checkRows(t, report, out);
    }
    return out;
  },
};
