/**
 * Relations between a table's columns, from what the form declares: the column-numbering row
 * ("3=1+2", "4=3/2", "(3)=(1)-(2)"), then the header ("Tổng số" before "Chia ra" / "Nguồn vốn" /
 * per-year columns is their sum; before "Trong đó" it is at least their sum; "Tỷ lệ (%)" beside
 * "Tử số" and "Mẫu số"; "TH/KH", "so với dự toán"). Relations found in the numbers alone are
 * infer.ts.
 */
import { colToLetters, lettersToCol } from "../grid/address";
import { fold } from "../text/normalize";
import { sourceLike } from "./columns";
import { type Expr, exprDivides, exprIsLinear, exprRefs, exprText, exprTimes100, parseExpr } from "./expr";
import { type RateSide, headerTraits, rateHint, relativeYear } from "./headerWords";
import type { Column, Note, RowRelation } from "./model";
import type { NumberingRow } from "./numbering";

export interface DeclaredRelations {
  relations: RowRelation[];
  dropped: { text: string; why: Note }[];
}

const L = colToLetters;

function rename(e: Expr, map: (name: string) => string): Expr {
  switch (e.op) {
    case "ref":
      return { op: "ref", name: map(e.name) };
    case "const":
      return e;
    case "neg":
      return { op: "neg", a: rename(e.a, map) };
    default:
      return { op: e.op, a: rename(e.a, map), b: rename(e.b, map) };
  }
}

function sumExpr(cols: number[]): Expr {
  let e: Expr = { op: "ref", name: L(cols[0]) };
  for (let i = 1; i < cols.length; i++) e = { op: "+", a: e, b: { op: "ref", name: L(cols[i]) } };
  return e;
}

function rateExpr(num: number, den: number): Expr {
  return {
    op: "*",
    a: { op: "/", a: { op: "ref", name: L(num) }, b: { op: "ref", name: L(den) } },
    b: { op: "const", value: 100, percent: false },
  };
}

export function relationOf(
  kind: RowRelation["kind"],
  target: Column,
  expr: Expr,
  source: RowRelation["source"],
  text?: string,
): RowRelation {
  const operands = exprRefs(expr).map((n) => lettersToCol(n));
  const percent = target.percent && exprDivides(expr) && !exprTimes100(expr);
  const rhs = exprText(expr);
  return {
    kind,
    target: target.col,
    operands,
    expr,
    percent,
    source,
    text: text ?? (kind === "subset" ? `${L(target.col)} ≥ ${rhs}` : `${L(target.col)} = ${rhs}${percent ? " × 100" : ""}`),
  };
}

/** Relations declared by the column-numbering row. */
function fromNumbering(cols: Column[], nr: NumberingRow, out: DeclaredRelations): void {
  const byLabel = new Map<string, Column>();
  for (const c of cols) if (c.label !== undefined) byLabel.set(c.label, c);
  for (const [col, text] of nr.exprs) {
    const target = cols.find((c) => c.col === col);
    const label = nr.labels.get(col) as string;
    const shown = `${label}=${text}`;
    const expr = parseExpr(text, (tok) => byLabel.has(tok));
    if (!expr || !target) {
      out.dropped.push({
        text: shown,
        why: { vi: "không đọc được biểu thức của dòng đánh số cột", en: "the column-numbering expression cannot be read" },
      });
      continue;
    }
    const refs = exprRefs(expr);
    const missing = refs.filter((r) => byLabel.get(r)?.role !== "number");
    if (target.role !== "number" || missing.length > 0) {
      out.dropped.push({
        text: shown,
        why: {
          vi: "cột trong biểu thức không phải cột số của bảng",
          en: "a column of the expression is not a number column of the table",
        },
      });
      continue;
    }
    const e = rename(expr, (n) => L((byLabel.get(n) as Column).col));
    const kind = exprDivides(e) ? "rate" : exprIsLinear(e) ? "sum" : "expr";
    out.relations.push(relationOf(kind, target, e, "numbering", `${label} = ${exprText(expr)}`));
  }
}

function startsWith(path: string[], prefix: string[]): boolean {
  if (path.length < prefix.length) return false;
  for (let i = 0; i < prefix.length; i++) if (path[i] !== prefix[i]) return false;
  return true;
}

/** "Tổng số" and the columns it splits into. */
function fromTotals(cols: Column[], out: DeclaredRelations, covered: Set<number>): void {
  const nums = cols.filter((c) => c.role === "number");
  for (let i = 0; i < nums.length; i++) {
    const x = nums[i];
    if (!x.additive || x.compare || covered.has(x.col)) continue;
    const prefix = x.path.slice(0, -1);
    const level = prefix.length;
    const splitAt = (c: Column) => {
      for (let k = level; k < c.path.length; k++) {
        const s = headerTraits(c.path[k]).split;
        if (s) return s;
      }
      return undefined;
    };
    const take = (from: number, step: number): Column[] => {
      const got: Column[] = [];
      for (let j = from; j >= 0 && j < nums.length; j += step) {
        const c = nums[j];
        if (!startsWith(c.path, prefix) || c.path.length === level || c.totalLike || !c.additive || c.compare) break;
        const between = cols.filter(
          (k) => k.col > Math.min(c.col, x.col) && k.col < Math.max(c.col, x.col) && k.role !== "number",
        );
        if (between.length > 0) break;
        got.push(c);
      }
      return step > 0 ? got : got.reverse();
    };
    const after = take(i + 1, 1);
    const nextSplit = after.length > 0 ? splitAt(after[0]) : undefined;
    if (!x.totalLike && nextSplit === undefined) continue;
    let ops = after;
    if (ops.length === 0 && x.totalLike) {
      // "Tổng số" over groups that each open with their own "Tổng số" (Biểu 54: vốn đầu tư | vốn sự
      // nghiệp | CTMTQG, each "Tổng số | Vốn ngoài nước | Vốn trong nước"): the sum of those.
      const groupTotals: Column[] = [];
      for (let j = i + 1; j < nums.length && startsWith(nums[j].path, prefix); j++) {
        if (nums[j].totalLike && nums[j].path.length > level + 1 && nums[j].additive) groupTotals.push(nums[j]);
      }
      if (groupTotals.length >= 2) {
        out.relations.push({ ...relationOf("sum", x, sumExpr(groupTotals.map((c) => c.col)), "header"), tentative: true });
        covered.add(x.col);
        continue;
      }
      ops = take(i - 1, -1);
    }
    if (ops.length === 0) continue;
    // The operands share one group header below the prefix, or stand alone beside the total.
    const subset = ops.filter((c) => splitAt(c) === "subset");
    const equal = ops.filter((c) => splitAt(c) !== "subset");
    const explicit = ops.some((c) => splitAt(c) === "equal");
    const named = equal.length > 0 && equal.every((c) => sourceLike(c.path[c.path.length - 1]));
    if (equal.length > 0 && (explicit || named || (level > 0 && equal.length >= 2))) {
      out.relations.push(relationOf("sum", x, sumExpr(equal.map((c) => c.col)), "header"));
      covered.add(x.col);
    } else if (x.totalLike && equal.length >= 2) {
      // "Tổng số" before columns of no known kind (Biểu 51: chi đầu tư | chi thường xuyên | chi trả
      // nợ lãi | dự phòng …): their sum, if the numbers bear it out.
      out.relations.push({ ...relationOf("sum", x, sumExpr(equal.map((c) => c.col)), "header"), tentative: true });
      covered.add(x.col);
    }
    if (subset.length > 0) out.relations.push(relationOf("subset", x, sumExpr(subset.map((c) => c.col)), "header"));
  }
}

/**
 * The column measuring what `want` names (and in its year, when it names one) nearest to the left
 * of `at`; a year that matches no column is let go rather than miss the measure.
 */
function findMeasure(nums: Column[], at: number, want: RateSide, not?: number): Column | undefined {
  const cands = nums.filter((c) => c.col !== at && c.col !== not && !c.percent && !c.compare && c.measure === want.measure);
  const inYear = cands.filter(
    (c) =>
      (want.year === undefined || c.year === want.year) &&
      (want.when === undefined || c.path.some((p) => relativeYear(p) === want.when)),
  );
  const pool = inYear.length ? inYear : want.year === undefined && want.when === undefined ? cands : [];
  if (pool.length === 0) return undefined;
  const left = pool.filter((c) => c.col < at);
  return (left.length ? left : pool).sort((a, b) => Math.abs(a.col - at) - Math.abs(b.col - at))[0];
}

/** Rate columns named by their header: "Tỷ lệ (%)" beside Tử số / Mẫu số; "TH/KH"; "so với dự toán". */
function fromRateHeaders(cols: Column[], out: DeclaredRelations, covered: Set<number>): void {
  const nums = cols.filter((c) => c.role === "number");
  const num = nums.find((c) => c.measure === "num");
  const den = nums.find((c) => c.measure === "den");
  for (const x of nums) {
    if (!x.percent || covered.has(x.col)) continue;
    if (num && den && fold(x.path[x.path.length - 1]).startsWith("ty le")) {
      out.relations.push(relationOf("rate", x, rateExpr(num.col, den.col), "header"));
      covered.add(x.col);
      continue;
    }
    for (const p of [...x.path].reverse()) {
      const hint = rateHint(p);
      if (!hint) continue;
      const d = findMeasure(nums, x.col, hint.den);
      const n = hint.num.measure ? findMeasure(nums, x.col, hint.num, d?.col) : undefined;
      if (d && n && d.col !== n.col) {
        out.relations.push(relationOf("rate", x, rateExpr(n.col, d.col), "header"));
        covered.add(x.col);
        break;
      }
    }
  }
}

/** Every relation the form declares, numbering row first. */
export function declaredRelations(cols: Column[], numbering: NumberingRow | undefined): DeclaredRelations {
  const out: DeclaredRelations = { relations: [], dropped: [] };
  if (numbering) fromNumbering(cols, numbering, out);
  const covered = new Set(out.relations.map((r) => r.target));
  fromRateHeaders(cols, out, covered);
  fromTotals(cols, out, covered);
  return out;
}
