/**
 * SUM_RANGE_GAP: a total's formula leaves out rows of what it should cover, or takes in rows
 * outside it (another group, a sub-total counted twice) — down the outline (sub-totals, totals,
 * parent figures) and across a row (a row total =SUM(E12:F12) that leaves out G12). Right today,
 * wrong after the next inserted row: reviewers look at the formula, not only the value.
 */
import type { Finding } from "../findings";
import { type CellAddr, isPlainSum, referencedCells, tryParse } from "../formula/analyze";
import { toA1 } from "../grid/grid";
import type { Column, Model, Table } from "../tables/model";
import { NodeKind } from "../tables/outline";
import { BAD, CellReader, EMPTY } from "../tables/values";
import { cellsA1, closingWhat, whatOf } from "../verify/describe";
import { type Check, type CheckContext, type Text, findingAt } from "./check";

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

function message(what: Text, formula: string, res: { missing: number[]; extra: CellAddr[] }, cov: Coverage, own: string): Text {
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
      const o = other.map((c) => (c.sheet === cov.sheet ? toA1(c.row, c.col) : `'${c.sheet}'!${toA1(c.row, c.col)}`)).join(", ");
      vi.push(`lấy cả ô ở cột/trang khác: ${o}`);
      en.push(`takes cells from another column or sheet: ${o}`);
    }
  }
  return {
    vi: `${what.vi}: công thức ${formula} ${vi.join("; ")}. Cần cộng ${own}.`,
    en: `${what.en}: the formula ${formula} ${en.join("; ")}. It should add ${own}.`,
  };
}

function checkColumn(t: Table, c: Column, ctx: CheckContext, out: Finding[]): void {
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
    out.push(
      findingAt(sumRangeGap, t.sheet, o.row[i], col, message(what, formula, res, cov, own), ctx, { formula, expected: own }),
    );
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
function checkRows(t: Table, ctx: CheckContext, out: Finding[]): void {
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
      const vi: string[] = [];
      const en: string[] = [];
      if (missing.length) {
        const m = missing.map((c) => toA1(r, c)).join(", ");
        vi.push(`bỏ sót ${m}`);
        en.push(`leaves out ${m}`);
      }
      if (extra.length) {
        const e = extra.map((x) => (x.sheet === t.sheet ? toA1(x.row, x.col) : `'${x.sheet}'!${toA1(x.row, x.col)}`)).join(", ");
        vi.push(`cộng thêm ${e} nằm ngoài quan hệ`);
        en.push(`also adds ${e}, outside the relation`);
      }
      out.push(
        findingAt(
          sumRangeGap,
          t.sheet,
          r,
          rel.target,
          {
            vi: `Cột "${target.header}" ở dòng ${r + 1}: công thức ${formula} ${vi.join("; ")} (theo ${rel.text}). Cần cộng ${own}.`,
            en: `Column "${target.header}" on row ${r + 1}: the formula ${formula} ${en.join("; ")} (by ${rel.text}). It should add ${own}.`,
          },
          ctx,
          { formula, expected: own, relation: rel.text },
        ),
      );
    }
  }
}

export const sumRangeGap: Check = {
  code: "SUM_RANGE_GAP",
  severity: "error",
  description: {
    vi: "Công thức của tổng nhóm, tổng cộng, số tổng hoặc tổng theo dòng bỏ sót ô thuộc phạm vi của nó, hoặc cộng thêm ô ngoài phạm vi (nhóm khác, tổng bị tính hai lần).",
    en: "A total's formula leaves out cells of what it covers, or takes in cells outside it (another group, a sub-total counted twice).",
  },
  run(model: Model, ctx: CheckContext): Finding[] {
    const out: Finding[] = [];
    for (const t of model.tables) {
      t.numeric.forEach((c, k) => {
        if (c.additive && t.formulaCount[k] > 0) checkColumn(t, c, ctx, out);
      });
      if (t.formulaCount.some((n) => n > 0)) checkRows(t, ctx, out);
    }
    return out;
  },
};
