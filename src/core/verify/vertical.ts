/**
 * Relations down the outline, column by column: every group, section or item with parts states
 * the sum of its parts; every total and "Cộng" line the sum of what it closes; a row with a
 * formula in its label ("Bội chi (C = A − B)") what the formula gives; a "Trong đó" breakdown
 * never exceeds its parent. A row that states no number passes its parts' sum on upward.
 *
 * A parent that agrees with its parts once a failing part is taken at the value of its own parts
 * is not flagged again: one wrong number, one error.
 */
import { type Dec, DecSum, decFromNumber, decToNumber, sumAgrees, withinRounding } from "../number/decimal";
import { evalExact, exprRefs, linearTerms, ratToNumber, ratWithin } from "../tables/expr";
import type { Column } from "../tables/model";
import { HAS_PART, HAS_SUBSET, NOT_ADDITIVE, NodeKind, SUBSET } from "../tables/outline";
import { BAD, NUM } from "../tables/values";
import { closingWhat, partsOf, sumRelation, whatOf } from "./describe";
import type { TableState } from "./state";
import type { Failure, Term, Text } from "./types";

const NONE = 0;
/** The node contributes a number to its parent … */
const VAL = 1;
/** … or cannot be known (an error or a word where a number should be) … */
const UNREADABLE = 2;
/** … and states that number itself (its cell holds it; otherwise it is its parts' sum) … */
const STATED = 4;
/** … which is kept exactly in X (a parts' sum, a long text number). */
const EXACT = 8;

export function verifyColumnsDown(st: TableState): void {
  st.table.numeric.forEach((c, k) => {
    if (c.additive) verifyColumn(st, c, k);
  });
}

/** A list of nodes: childList[from..to) of a parent (skipping its breakdown), or a total's scope. */
interface Span {
  list: ArrayLike<number>;
  from: number;
  to: number;
  /** Skip children flagged SUBSET. */
  parts: boolean;
}

function verifyColumn(st: TableState, c: Column, k: number): void {
  const t = st.table;
  const o = t.outline;
  const n = o.n;
  const rd = st.rd;
  const col = c.col;
  const K = st.scratch.fill(0);
  /** The plain number a row states (valid where K has STATED and not EXACT). */
  const V = st.scratchValues;
  /** Contributions that are not a plain cell: parts' sums of rows that state nothing, exact text numbers. */
  const X = new Map<number, Dec>();
  /** Nodes whose stated number failed: what their parts give, and the failure. */
  const failed = new Map<number, Dec>();
  const failures = new Map<number, Failure>();
  const sum = new DecSum();
  const corr = new DecSum();
  const unitsDiffer = t.unitCol !== undefined;
  const span: Span = { list: o.childList, from: 0, to: 0, parts: true };
  const childrenOf = (i: number): Span => {
    span.list = o.childList;
    span.from = o.childStart[i];
    span.to = o.childStart[i + 1];
    span.parts = true;
    return span;
  };
  const listOf = (list: number[]): Span => {
    span.list = list;
    span.from = 0;
    span.to = list.length;
    span.parts = false;
    return span;
  };

  const add = (acc: DecSum, j: number) => {
    if (K[j] & EXACT) acc.add(X.get(j) as Dec);
    else acc.addNumber(V[j]);
  };
  const numberOf = (j: number): number => (K[j] & EXACT ? decToNumber(X.get(j) as Dec) : V[j]);
  const addCorrected = (acc: DecSum, j: number) => {
    const f = failed.get(j);
    if (f !== undefined) acc.add(f);
    else add(acc, j);
  };
  const markDown = (j: number) => {
    if (K[j] & STATED) {
      st.mark(j, col);
      return;
    }
    if ((K[j] & VAL) === 0) return;
    for (const p of o.partsOf(j)) markDown(p);
  };
  const termsOf = (parts: ArrayLike<number>, out: Term[] = []): Term[] => {
    for (let q = 0; q < parts.length; q++) {
      const j = parts[q];
      if ((K[j] & VAL) === 0) continue;
      if (K[j] & STATED) out.push({ row: o.row[j], col, coef: 1, value: numberOf(j) });
      else termsOf(o.partsOf(j), out);
    }
    return out;
  };
  let anyFailed = false;
  /** Sums the contributions of the span into `sum`: false when they cannot be added (or there are none). */
  const gather = (owner: number, sp: Span): boolean => {
    sum.reset();
    let any = false;
    anyFailed = false;
    const ownUnit = unitsDiffer && owner >= 0 ? st.unitOf(owner) : undefined;
    for (let q = sp.from; q < sp.to; q++) {
      const j = sp.list[q];
      const f = o.flags[j];
      if (sp.parts && f & SUBSET) continue;
      if (f & NOT_ADDITIVE) return false;
      if (ownUnit !== undefined) {
        const u = st.unitOf(j);
        if (u !== undefined && u !== ownUnit) return false;
      }
      const kj = K[j];
      if (kj & UNREADABLE) {
        st.blocked[k]++;
        return false;
      }
      if (kj & VAL) {
        add(sum, j);
        any = true;
        if (failed.size > 0 && failed.has(j)) anyFailed = true;
      }
    }
    return any;
  };
  /** Checks the stated number of node i (the cell rd read last) against `sum` over the span's parts. */
  const judge = (
    i: number,
    sp: Span,
    statedV: number,
    statedX: Dec | undefined,
    formula: string | undefined,
    what?: Text,
    partsText?: Text,
  ) => {
    const dec = rd.decimals();
    let ok = sumAgrees(statedV, statedX, sum, dec);
    if (ok && anyFailed) {
      // This total agrees with its parts as they are stated: a failing part's own figure is
      // confirmed from above, so its error is more likely among its items.
      for (let q = sp.from; q < sp.to; q++) {
        const f = failures.get(sp.list[q]);
        if (f) f.corroborated = true;
      }
    }
    const parts: number[] = [];
    if (!ok) for (let q = sp.from; q < sp.to; q++) if (!sp.parts || (o.flags[sp.list[q]] & SUBSET) === 0) parts.push(sp.list[q]);
    if (!ok && anyFailed) {
      corr.reset();
      for (const j of parts) if (K[j] & VAL) addCorrected(corr, j);
      ok = sumAgrees(statedV, statedX, corr, dec);
    }
    st.mark(i, col);
    for (let q = sp.from; q < sp.to; q++) if (!sp.parts || (o.flags[sp.list[q]] & SUBSET) === 0) markDown(sp.list[q]);
    st.countVertical(k, o.kind[i] === NodeKind.Total ? "totals" : "subtotals");
    if (ok) return;
    const computed = sum.result();
    failed.set(i, computed);
    const terms = termsOf(parts);
    const failure: Failure = {
      table: t,
      family: "sum",
      row: o.row[i],
      col,
      stated: statedX ?? decFromNumber(statedV),
      statedDecimals: dec,
      computed,
      terms,
      relation: sumRelation(o.row[i], col, terms),
      what: what ?? whatOf(t, i, c),
      parts: partsText ?? partsOf(t, i, parts.length),
      formula,
    };
    failures.set(i, failure);
    st.failures.push(failure);
  };

  for (let i = n - 1; i >= 0; i--) {
    const kind = o.kind[i];
    if (kind === NodeKind.Total || kind === NodeKind.Closing) continue;
    const s = rd.read(o.row[i], col);
    if (s === BAD) {
      K[i] = UNREADABLE;
      continue;
    }
    const f = o.flags[i];
    let has = false;
    let bad = false;
    if ((f & HAS_PART) !== 0 && (f & NOT_ADDITIVE) === 0 && !o.declared.has(i)) {
      has = gather(i, childrenOf(i));
      if (!has) for (let q = span.from; q < span.to; q++) if (K[span.list[q]] & UNREADABLE) bad = true;
    }
    if (s === NUM) {
      const statedV = rd.value;
      const statedX = rd.ref?.exact;
      if (has) judge(i, span, statedV, statedX, rd.formula());
      if (statedX !== undefined) {
        K[i] = VAL | STATED | EXACT;
        X.set(i, statedX);
      } else {
        K[i] = VAL | STATED;
        V[i] = statedV;
      }
    } else if (has) {
      K[i] = VAL | EXACT;
      X.set(i, sum.result());
    } else K[i] = bad ? UNREADABLE : NONE;
  }

  // Totals and "Cộng" lines.
  for (const [i, scope] of o.scope) {
    if (scope.length === 0) continue;
    const s = rd.read(o.row[i], col);
    if (s !== NUM) {
      if (s === BAD) K[i] = UNREADABLE;
      continue;
    }
    const statedV = rd.value;
    const statedX = rd.ref?.exact;
    const formula = rd.formula();
    K[i] = statedX !== undefined ? VAL | STATED | EXACT : VAL | STATED;
    if (statedX !== undefined) X.set(i, statedX);
    else V[i] = statedV;
    if (!gather(-1, listOf(scope))) continue;
    if (o.kind[i] === NodeKind.Closing) {
      const group = o.parent[scope[0]];
      judge(i, span, statedV, statedX, formula, closingWhat(t, group, c), partsOf(t, i, scope.length));
    } else {
      const groups = scope.every((j) => o.isGroup(j) || o.hasParts(j));
      judge(i, span, statedV, statedX, formula, whatOf(t, i, c), partsOf(t, i, scope.length, groups));
    }
  }

  // Formulas written in labels: "Bội chi (C = A − B)", "TỔNG THU (A+B)".
  for (const [i, d] of o.declared) {
    if (rd.read(o.row[i], col) !== NUM) continue;
    const statedX = rd.ref?.exact ?? decFromNumber(rd.value);
    const dec = rd.decimals();
    const formula = rd.formula();
    const refs = exprRefs(d.expr);
    if (!refs.every((name) => (K[d.refs.get(name) as number] & VAL) !== 0)) continue;
    const valueOf = (name: string) => {
      const j = d.refs.get(name) as number;
      return K[j] & EXACT ? (X.get(j) as Dec) : numberOf(j);
    };
    const r = evalExact(d.expr, valueOf);
    if (!r) continue;
    st.mark(i, col);
    for (const name of refs) markDown(d.refs.get(name) as number);
    st.countVertical(k, "labelFormulas");
    if (ratWithin(statedX, r, dec)) continue;
    const signs = new Map(linearTerms(d.expr).map((x) => [x.name, x.sign]));
    const terms: Term[] = refs.map((name) => {
      const j = d.refs.get(name) as number;
      return { row: o.row[j], col, coef: signs.get(name) ?? 0, value: numberOf(j) };
    });
    const computedNum = ratToNumber(r);
    st.failures.push({
      table: t,
      family: "sum",
      row: o.row[i],
      col,
      stated: statedX,
      statedDecimals: dec,
      computed: decFromNumber(computedNum),
      terms,
      relation: sumRelation(o.row[i], col, terms),
      what: whatOf(t, i, c),
      parts: { vi: `theo công thức ở tên dòng được`, en: `the formula in its label gives` },
      formula,
    });
  }

  // "Trong đó" breakdowns: never more than their parent (amounts and counts, not differences).
  for (let i = 0; i < n && !c.compare; i++) {
    if ((o.flags[i] & HAS_SUBSET) === 0 || (K[i] & STATED) === 0) continue;
    // Each "Trong đó:" head is a breakdown of its own; lines flagged one by one form one together.
    const subs = o.subsetOf(i);
    const loose = subs.filter((j) => o.kind[j] !== NodeKind.SubsetHead || (o.flags[j] & HAS_PART) === 0);
    const blocks = [...subs.filter((j) => !loose.includes(j)).map((j) => [j]), ...(loose.length ? [loose] : [])];
    for (const block of blocks) checkBreakdown(i, block);
  }

  function checkBreakdown(i: number, subs: number[]): void {
    if (!gather(-1, listOf(subs))) return;
    rd.read(o.row[i], col);
    const dec = rd.decimals();
    const statedX = rd.ref?.exact ?? decFromNumber(rd.value);
    const total = sum.result();
    if (rd.value < 0 || subs.some((j) => (K[j] & VAL) !== 0 && numberOf(j) < 0)) return;
    st.mark(i, col);
    for (const j of subs) markDown(j);
    st.countVertical(k, "breakdowns");
    if (withinRounding(statedX, total, dec) || decToNumber(total) <= decToNumber(statedX)) return;
    const terms = termsOf(subs);
    const single = terms.length === 1 ? terms[0] : undefined;
    st.failures.push({
      table: t,
      family: "subset",
      row: single ? single.row : o.row[i],
      col,
      stated: single ? decFromNumber(single.value) : statedX,
      statedDecimals: dec,
      computed: single ? statedX : total,
      terms: single ? [{ row: o.row[i], col, coef: 0, value: decToNumber(statedX) }] : terms,
      relation: `${sumRelation(o.row[i], col, terms).replace(" = ", " ≥ ")}`,
      what: whatOf(t, i, c),
      parts: { vi: `phần "Trong đó" cộng được`, en: `its "Trong đó" breakdown adds up to` },
      formula: rd.formula(),
    });
  }
}
