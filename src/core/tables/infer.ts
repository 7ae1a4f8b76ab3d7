/**
 * Relations found in the numbers themselves, for rate and comparison columns the form does not
 * explain ("So sánh (%)" with no "TH/KH", no numbering row): the column pair whose ratio × 100
 * (or change, or difference) fits at least 80 % of at least 3 rows at the decimals shown. An
 * inferred relation says so in the coverage and in its findings.
 *
 * Also the other way round: a sum read from the header that the numbers contradict on most rows
 * is a misreading of the header, not a table full of errors — it is dropped, and the coverage
 * says so.
 */
import { colToLetters } from "../grid/address";
import { type Expr, evalNumber } from "./expr";
import type { Column, Note, RowRelation, Table } from "./model";
import { NodeKind } from "./outline";
import { relationOf } from "./relations";
import { BAD, CellReader, NUM } from "./values";

const SAMPLE = 300;
const MIN_ROWS = 3;
const MIN_FIT = 0.8;

interface Sampled {
  rows: number[];
  values: Map<number, Float64Array>;
  decimals: Map<number, Int8Array>;
}

function sample(t: Table, cols: Column[]): Sampled {
  const o = t.outline;
  const rows: number[] = [];
  for (let i = 0; i < o.n && rows.length < SAMPLE; i++)
    if (o.kind[i] === NodeKind.Item || o.kind[i] === NodeKind.Total) rows.push(o.row[i]);
  const rd = new CellReader(t);
  const values = new Map<number, Float64Array>();
  const decimals = new Map<number, Int8Array>();
  for (const c of cols) {
    const v = new Float64Array(rows.length);
    const d = new Int8Array(rows.length);
    rows.forEach((r, k) => {
      const s = rd.read(r, c.col);
      v[k] = s === NUM ? rd.value : NaN;
      d[k] = s === NUM ? Math.min(rd.decimals(), 12) : 0;
    });
    values.set(c.col, v);
    decimals.set(c.col, d);
  }
  return { rows, values, decimals };
}

function fits(stated: number, computed: number, decimals: number): boolean {
  const tol = 0.5 * 10 ** -decimals;
  return Math.abs(stated - computed) <= tol + Math.abs(stated) * 1e-12 + 1e-12;
}

type Form = "ratio" | "change" | "diff";

function formExpr(form: Form, a: number, b: number): Expr {
  const A: Expr = { op: "ref", name: colToLetters(a) };
  const B: Expr = { op: "ref", name: colToLetters(b) };
  const ratio: Expr = { op: "*", a: { op: "/", a: A, b: B }, b: { op: "const", value: 100, percent: false } };
  if (form === "ratio") return ratio;
  if (form === "change") return { op: "-", a: ratio, b: { op: "const", value: 100, percent: false } };
  return { op: "-", a: A, b: B };
}

function score(s: Sampled, x: number, form: Form, a: number, b: number): { rows: number; matched: number } {
  const xv = s.values.get(x) as Float64Array;
  const xd = s.decimals.get(x) as Int8Array;
  const av = s.values.get(a) as Float64Array;
  const bv = s.values.get(b) as Float64Array;
  let rows = 0;
  let matched = 0;
  for (let k = 0; k < s.rows.length; k++) {
    const X = xv[k];
    const A = av[k];
    const B = bv[k];
    if (X !== X || A !== A || B !== B) continue;
    if (form !== "diff" && B === 0) continue;
    if (A === 0 && B === 0) continue;
    const v = form === "ratio" ? (A / B) * 100 : form === "change" ? (A / B) * 100 - 100 : A - B;
    rows++;
    if (fits(X, v, xd[k])) matched++;
  }
  return { rows, matched };
}

/** Orders candidate relations: better fit, then columns left of the rate, then more rows, then nearer columns. */
function rank(f: { rows: number; matched: number }, left: boolean, dist: number): number {
  return (f.matched / f.rows) * 1e9 + (left ? 1e8 : 0) + Math.min(f.rows, 9999) * 1e3 + (999 - Math.min(dist, 999));
}

/** Infers relations for the rate and comparison columns no declared relation explains. */
export function inferRelations(t: Table, declared: RowRelation[]): RowRelation[] {
  const targets = new Set(declared.map((r) => r.target));
  const nums = t.numeric;
  const open = nums.filter((c) => !targets.has(c.col) && (c.percent || c.compare));
  if (open.length === 0) return [];
  const bases = nums.filter((c) => !c.percent && !c.compare);
  if (bases.length < 2 && !open.some((c) => !c.percent)) return [];
  const s = sample(t, nums);
  const out: RowRelation[] = [];
  for (const x of open) {
    const forms: Form[] = x.percent ? (x.compare && !/ty le|ti le/i.test(x.header) ? ["ratio", "change"] : ["ratio"]) : ["diff"];
    let best: { form: Form; a: Column; b: Column; rows: number; matched: number; left: boolean; dist: number } | undefined;
    for (const form of forms) {
      for (const a of bases) {
        for (const b of bases) {
          if (a === b) continue;
          const f = score(s, x.col, form, a.col, b.col);
          if (f.rows < MIN_ROWS || f.matched < MIN_FIT * f.rows) continue;
          const left = a.col < x.col && b.col < x.col;
          const dist = Math.abs(a.col - x.col) + Math.abs(b.col - x.col);
          const better = !best || rank(f, left, dist) > rank(best, best.left, best.dist);
          if (better) best = { form, a, b, ...f, left, dist };
        }
      }
    }
    if (!best) continue;
    const kind = best.form === "diff" ? "sum" : "rate";
    const rel = relationOf(kind, x, formExpr(best.form, best.a.col, best.b.col), "inferred");
    rel.fit = { rows: best.rows, matched: best.matched };
    out.push(rel);
  }
  return out;
}

/**
 * Drops the sums read from the header that the numbers contradict on most rows (at least 4 rows
 * tried, fewer than half hold): the header was misread. Returns the relations kept.
 */
export function confirmHeaderSums(t: Table, rels: RowRelation[], dropped: { text: string; why: Note }[]): RowRelation[] {
  const o = t.outline;
  const rd = new CellReader(t);
  return rels.filter((rel) => {
    if (rel.source !== "header" || rel.kind !== "sum") return true;
    let rows = 0;
    let held = 0;
    const vals = new Map<string, number>();
    for (let i = 0; i < o.n && rows < SAMPLE; i++) {
      const r = o.row[i];
      if (rd.read(r, rel.target) !== NUM) continue;
      const stated = rd.value;
      const dec = rd.decimals();
      let any = false;
      let bad = false;
      vals.clear();
      for (const c of rel.operands) {
        const st = rd.read(r, c);
        if (st === BAD) bad = true;
        if (st === NUM) any = true;
        vals.set(colToLetters(c), st === NUM ? rd.value : 0);
      }
      if (bad || !any) continue;
      rows++;
      if (
        fits(
          stated,
          evalNumber(rel.expr, (n) => vals.get(n) ?? 0),
          dec,
        )
      )
        held++;
    }
    if ((rows >= 4 && held * 2 < rows) || (rel.tentative && (rows < 3 || held * 2 < rows))) {
      dropped.push({
        text: rel.text,
        why: {
          vi: `tiêu đề gợi ý quan hệ này nhưng số liệu chỉ khớp ${held}/${rows} dòng — ${rows < 3 ? "quá ít dòng để xác nhận" : "coi là đọc sai tiêu đề"}, không kiểm tra`,
          en: `the header suggests it but the numbers agree on only ${held}/${rows} rows — ${rows < 3 ? "too few rows to confirm it" : "taken as a misread header"}, not checked`,
        },
      });
      return false;
    }
    return true;
  });
}
