/**
 * SUM_RANGE_GAP: a total's formula leaves out rows of what it should cover, or takes in rows
 * outside it (another group, a sub-total counted twice). Right today, wrong after the next
 * inserted row — reviewers look at the formula, not only the value.
 */
import type { Finding } from "../findings";
import { type CellAddr, isPlainSum, referencedCells, tryParse } from "../formula/analyze";
import { colToLetters, toA1 } from "../grid/grid";
import type { AppendixGroup, AppendixItem, AppendixTable, FiguresTable, Model, NumRef } from "../tables/model";
import { type Check, type CheckContext, type Text, findingAt } from "./check";

/** "D7:D11" for consecutive rows, "D7:D9, D11" otherwise. */
export function rowsA1(col: number, rows: number[]): string {
  const sorted = [...new Set(rows)].sort((a, b) => a - b);
  const parts: string[] = [];
  const letters = colToLetters(col);
  for (let i = 0; i < sorted.length; ) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j] + 1) j++;
    parts.push(i === j ? `${letters}${sorted[i] + 1}` : `${letters}${sorted[i] + 1}:${letters}${sorted[j] + 1}`);
    i = j + 1;
  }
  return parts.join(", ");
}

/** The rows an item contributes through: its own, or its parts' when it states no amount. */
function itemRows(it: AppendixItem): number[] {
  if (it.hasAmount) return [it.row];
  const kids = it.children.flatMap(itemRows);
  return kids.length ? kids : [it.row];
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

function analyse(ref: NumRef, cov: Coverage): { missing: number[]; extra: CellAddr[]; formula: string } | undefined {
  if (!ref.formula) return undefined;
  const node = tryParse(ref.formula);
  if (!node || !isPlainSum(node)) return undefined;
  const cells = referencedCells(node, ref.sheet, { limit: 100_000, maxRow: ref.row + 100_000 });
  if (!cells) return undefined;
  const inCol = new Set<number>();
  const extra: CellAddr[] = [];
  for (const c of cells) {
    if (c.sheet === cov.sheet && c.col === cov.col) {
      inCol.add(c.row);
      if (!cov.expected.includes(c.row) && !cov.allowed.has(c.row) && (cov.totals.has(c.row) || cov.hasValue(c.row))) extra.push(c);
    } else {
      extra.push(c);
    }
  }
  const missing = cov.expected.filter((r) => !inCol.has(r));
  if (missing.length === 0 && extra.length === 0) return undefined;
  return { missing, extra, formula: ref.formula };
}

function message(what: Text, res: { missing: number[]; extra: CellAddr[]; formula: string }, cov: Coverage, own: string): Text {
  const vi: string[] = [];
  const en: string[] = [];
  if (res.missing.length) {
    const m = rowsA1(cov.col, res.missing);
    vi.push(`bỏ sót ${m}`);
    en.push(`leaves out ${m}`);
  }
  if (res.extra.length) {
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
      const p = rowsA1(cov.col, twice.map((c) => c.row));
      vi.push(`cộng thêm ${p} đã nằm trong ${by} — tính hai lần`);
      en.push(`also adds ${p}, already inside ${by} — counted twice`);
    }
    if (plain.length) {
      const p = rowsA1(cov.col, plain.map((c) => c.row));
      vi.push(`cộng thêm ${p} nằm ngoài phạm vi`);
      en.push(`also adds ${p}, outside what it covers`);
    }
    if (other.length) {
      const o = other.map((c) => (c.sheet === cov.sheet ? toA1(c.row, c.col) : `'${c.sheet}'!${toA1(c.row, c.col)}`)).join(", ");
      vi.push(`lấy cả ô ở cột/trang khác: ${o}`);
      en.push(`takes cells from another column or sheet: ${o}`);
    }
  }
  return {
    vi: `${what.vi}: công thức ${res.formula} ${vi.join("; ")}. Cần cộng ${own}.`,
    en: `${what.en}: the formula ${res.formula} ${en.join("; ")}. It should add ${own}.`,
  };
}

function groupName(g: AppendixGroup): string {
  return g.tt ? `${g.tt} "${g.label}"` : `"${g.label}"`;
}

function checkAppendix(t: AppendixTable, ctx: CheckContext, out: Finding[]): void {
  const col = t.columns.amount;
  // Only totals that are formulas can be checked; most tables (and all generated ones) have few.
  const anyFormula = t.total?.amount.formula !== undefined || t.groups.some((g) => g.stated?.formula !== undefined || g.closing?.formula !== undefined);
  if (!anyFormula) return;
  const totals = new Map<number, string>();
  for (const g of t.groups) {
    if (g.row !== undefined && g.stated && g.stated.status !== "empty") totals.set(g.row, `tổng nhóm ${g.tt || g.label}`);
    if (g.closing) totals.set(g.closing.row, `dòng Cộng nhóm ${g.tt || g.label}`);
  }
  if (t.total) totals.set(t.total.row, t.total.label);
  const valueRows = new Set<number>();
  for (const g of t.groups) for (const it of g.items) for (const r of [it.row, ...it.children.map((c) => c.row)]) valueRows.add(r);
  const hasValue = (row: number) => valueRows.has(row) || totals.has(row);
  const finding = (ref: NumRef, what: Text, cov: Coverage) => {
    const res = analyse(ref, cov);
    if (!res) return;
    const own = rowsA1(col, cov.expected);
    out.push(findingAt(sumRangeGap, ref.sheet, ref.row, ref.col, message(what, res, cov, own), ctx, { formula: res.formula, expected: own }));
  };
  for (const g of t.groups) {
    if (g.items.length === 0) continue;
    const expected = g.items.flatMap(itemRows);
    const lo = Math.min(...expected);
    const hi = Math.max(...expected);
    const allowed = new Set<number>();
    for (let r = lo; r <= hi; r++) if (!valueRows.has(r) && !totals.has(r)) allowed.add(r);
    // Detail lines under an item with its own amount are not parts of the sum.
    const cov: Coverage = { sheet: t.sheet, col, expected, allowed, totals, hasValue };
    const what: Text = { vi: `Tổng của nhóm ${groupName(g)}`, en: `The sub-total of group ${groupName(g)}` };
    if (g.stated && g.row !== undefined) finding(g.stated, what, cov);
    if (g.closing) finding(g.closing, { vi: `Dòng "Cộng" của nhóm ${groupName(g)}`, en: `The "Cộng" line of group ${groupName(g)}` }, cov);
  }
  if (!t.total?.amount.formula) return;
  // The total adds either the groups' sub-totals or their items; per group one of the two.
  const node = tryParse(t.total.amount.formula);
  if (!node || !isPlainSum(node)) return;
  const cells = referencedCells(node, t.sheet, { limit: 100_000, maxRow: t.total.row + 100_000 });
  if (!cells) return;
  const refd = new Set(cells.filter((c) => c.sheet === t.sheet && c.col === col).map((c) => c.row));
  const expected: number[] = [];
  const covered = new Map<number, string>();
  for (const g of t.groups) {
    const items = g.items.flatMap(itemRows);
    const groupRow = g.row !== undefined && g.stated && g.stated.status !== "empty" ? g.row : undefined;
    const closingRow = g.closing?.row;
    const byTotal = [groupRow, closingRow].find((r) => r !== undefined && refd.has(r));
    if (byTotal !== undefined) {
      expected.push(byTotal);
      for (const r of items) covered.set(r, `${toA1(byTotal, col)}`);
    }
    else if (items.some((r) => refd.has(r)) || groupRow === undefined) expected.push(...items);
    else expected.push(groupRow);
  }
  const allowed = new Set<number>();
  const lo = Math.min(t.headerBottom + 1, ...expected);
  for (let r = lo; r < t.total.row; r++) if (!valueRows.has(r) && !totals.has(r)) allowed.add(r);
  finding(t.total.amount, { vi: `Dòng "${t.total.label}"`, en: `The "${t.total.label}" line` }, { sheet: t.sheet, col, expected, allowed, totals, hasValue, covered });
}

function checkFigures(t: FiguresTable, ctx: CheckContext, out: Finding[]): void {
  for (const row of t.rows) {
    if (row.children.length === 0) continue;
    const kids = row.children.map((i) => t.rows[i]);
    for (const key of ["num", "den"] as const) {
      const parent = row[key];
      if (!parent || !parent.formula) continue;
      const col = parent.col;
      const expected = kids.filter((k) => k[key] && k[key]!.status !== "empty").map((k) => k.row);
      if (expected.length === 0) continue;
      const totals = new Map<number, string>();
      for (const r of t.rows) if (r.children.length && r !== row) totals.set(r.row, `chỉ số ${r.tt}`);
      const rowsWithValue = new Set(t.rows.map((r) => r.row));
      const cov: Coverage = { sheet: t.sheet, col, expected, allowed: new Set(), totals, hasValue: (r) => rowsWithValue.has(r) };
      const res = analyse(parent, cov);
      if (!res) continue;
      const own = rowsA1(col, expected);
      const label = row.tt ? `${row.tt} "${row.label}"` : `"${row.label}"`;
      const what: Text = key === "num" ? { vi: `Tử số của chỉ số ${label}`, en: `The numerator of ${label}` } : { vi: `Mẫu số của chỉ số ${label}`, en: `The denominator of ${label}` };
      out.push(findingAt(sumRangeGap, parent.sheet, parent.row, parent.col, message(what, res, cov, own), ctx, { formula: res.formula, expected: own }));
    }
  }
}

export const sumRangeGap: Check = {
  code: "SUM_RANGE_GAP",
  severity: "error",
  description: {
    vi: "Công thức của tổng nhóm, tổng cộng hoặc số tổng bỏ sót dòng thuộc phạm vi của nó, hoặc cộng thêm dòng ngoài phạm vi (nhóm khác, tổng bị tính hai lần).",
    en: "A total's formula leaves out rows of what it covers, or takes in rows outside it (another group, a sub-total counted twice).",
  },
  run(model: Model, ctx: CheckContext): Finding[] {
    const out: Finding[] = [];
    for (const t of model.tables) {
      if (t.kind === "appendix") checkAppendix(t, ctx, out);
      else if (t.kind === "figures") checkFigures(t, ctx, out);
    }
    return out;
  },
};
