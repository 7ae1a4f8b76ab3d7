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
import { NOT_ADDITIVE, NodeKind, SUBSET } from "../tables/outline";
import { BAD, EMPTY, NUM } from "../tables/values";
import { closingWhat, partsOf, headsGroup, sumRelation, whatOf } from "./describe";
import type { TableState } from "./state";
import type { Term } from "./types";

const NONE = 0;
const VAL = 1;
const UNREADABLE = 2;

export function verifyColumnsDown(st: TableState): void {
  st.table.numeric.forEach((c, k) => {
    if (c.additive) verifyColumn(st, c, k);
  });
}

function verifyColumn(st: TableState, c: Column, k: number): void {
  const t = st.table;
  const o = t.outline;
  const n = o.n;
  const rd = st.rd;
  const col = c.col;
  const K = new Uint8Array(n);
  const V = new Float64Array(n);
  const X = new Map<number, Dec>();
  const S = new Uint8Array(n);
  /** Nodes whose stated number failed: what their parts give. */
  const failed = new Map<number, Dec>();
  const sum = new DecSum();
  const corr = new DecSum();
  const unitsDiffer = t.unitCol !== undefined;

  const add = (acc: DecSum, j: number) => {
    const x = X.get(j);
    if (x !== undefined) acc.add(x);
    else acc.add(V[j]);
  };
  const addCorrected = (acc: DecSum, j: number) => {
    const f = failed.get(j);
    if (f !== undefined) acc.add(f);
    else add(acc, j);
  };
  const markDown = (j: number) => {
    if (S[j]) {
      st.mark(j, col);
      return;
    }
    if (K[j] !== VAL) return;
    for (const p of o.partsOf(j)) markDown(p);
  };
  const termsOf = (parts: ArrayLike<number>, out: Term[] = []): Term[] => {
    for (let q = 0; q < parts.length; q++) {
      const j = parts[q];
      if (K[j] !== VAL) continue;
      if (S[j]) out.push({ row: o.row[j], col, coef: 1, value: V[j] });
      else termsOf(o.partsOf(j), out);
    }
    return out;
  };
  /** Sums the contributions of `parts` into `sum`; undefined when they cannot be added. */
  const gather = (owner: number, parts: ArrayLike<number>): { any: boolean; anyFailed: boolean } | undefined => {
    sum.reset();
    let any = false;
    let anyFailed = false;
    const ownUnit = unitsDiffer && owner >= 0 ? st.unitOf(owner) : undefined;
    for (let q = 0; q < parts.length; q++) {
      const j = parts[q];
      if (o.flags[j] & NOT_ADDITIVE) return undefined;
      if (ownUnit !== undefined) {
        const u = st.unitOf(j);
        if (u !== undefined && u !== ownUnit) return undefined;
      }
      const kj = K[j];
      if (kj === UNREADABLE) return undefined;
      if (kj === VAL) {
        add(sum, j);
        any = true;
        if (failed.has(j)) anyFailed = true;
      }
    }
    return any ? { any, anyFailed } : undefined;
  };
  /** Checks the stated number of node i (the cell rd read last) against `sum` over `parts`. */
  const judge = (i: number, parts: ArrayLike<number>, g: { anyFailed: boolean }, statedV: number, statedX: Dec | undefined, formula: string | undefined, what = whatOf(t, i, c), partsText = partsOf(t, i, parts.length)) => {
    const dec = rd.decimals();
    let ok = sumAgrees(statedV, statedX, sum, dec);
    if (!ok && g.anyFailed) {
      corr.reset();
      for (let q = 0; q < parts.length; q++) if (K[parts[q]] === VAL) addCorrected(corr, parts[q]);
      ok = sumAgrees(statedV, statedX, corr, dec);
    }
    st.mark(i, col);
    for (let q = 0; q < parts.length; q++) markDown(parts[q]);
    st.verticalCount[k]++;
    if (ok) return;
    const computed = sum.result();
    failed.set(i, computed);
    const terms = termsOf(parts);
    st.failures.push({
      table: t,
      family: "sum",
      row: o.row[i],
      col,
      stated: statedX ?? decFromNumber(statedV),
      statedDecimals: dec,
      computed,
      terms,
      relation: sumRelation(o.row[i], col, terms),
      what,
      parts: partsText,
      formula,
    });
  };

  for (let i = n - 1; i >= 0; i--) {
    const kind = o.kind[i];
    if (kind === NodeKind.Total || kind === NodeKind.Closing) continue;
    const s = rd.read(o.row[i], col);
    let statedV = NaN;
    let statedX: Dec | undefined;
    let formula: string | undefined;
    if (s === NUM) {
      statedV = rd.value;
      statedX = rd.ref?.exact;
      formula = rd.formula();
      S[i] = 1;
    }
    const start = o.childStart[i];
    const end = o.childStart[i + 1];
    let g: { any: boolean; anyFailed: boolean } | undefined;
    let parts: number[] | undefined;
    let bad = false;
    if (end > start && !o.declared.has(i) && (o.flags[i] & NOT_ADDITIVE) === 0) {
      parts = o.partsOf(i);
      if (parts.length > 0) {
        g = gather(i, parts);
        bad = parts.some((j) => K[j] === UNREADABLE);
      }
    }
    if (s === NUM) {
      if (g && parts) judge(i, parts, g, statedV, statedX, formula);
      K[i] = VAL;
      V[i] = statedV;
      if (statedX !== undefined) X.set(i, statedX);
    } else if (s === EMPTY) {
      if (g) {
        const r = sum.result();
        K[i] = VAL;
        X.set(i, r);
        V[i] = decToNumber(r);
      } else if (bad) K[i] = UNREADABLE;
      else K[i] = NONE;
    } else if (s === BAD) K[i] = UNREADABLE;
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
    S[i] = 1;
    K[i] = VAL;
    V[i] = statedV;
    if (statedX !== undefined) X.set(i, statedX);
    const g = gather(-1, scope);
    if (!g) continue;
    if (o.kind[i] === NodeKind.Closing) {
      const group = o.parent[scope[0]];
      judge(i, scope, g, statedV, statedX, formula, closingWhat(t, i, group, c), partsOf(t, i, scope.length));
    } else {
      const groups = scope.every((j) => headsGroup(t, j) || o.partsOf(j).length > 0);
      judge(i, scope, g, statedV, statedX, formula, whatOf(t, i, c), partsOf(t, i, scope.length, groups));
    }
  }

  // Formulas written in labels: "Bội chi (C = A − B)", "TỔNG THU (A+B)".
  for (const [i, d] of o.declared) {
    if (rd.read(o.row[i], col) !== NUM) continue;
    const statedX = rd.ref?.exact ?? decFromNumber(rd.value);
    const dec = rd.decimals();
    const formula = rd.formula();
    const refs = exprRefs(d.expr);
    if (!refs.every((name) => K[d.refs.get(name) as number] === VAL)) continue;
    const valueOf = (name: string) => {
      const j = d.refs.get(name) as number;
      return X.get(j) ?? V[j];
    };
    const r = evalExact(d.expr, valueOf);
    if (!r) continue;
    st.mark(i, col);
    for (const name of refs) markDown(d.refs.get(name) as number);
    st.verticalCount[k]++;
    if (ratWithin(statedX, r, dec)) continue;
    const signs = new Map(linearTerms(d.expr).map((x) => [x.name, x.sign]));
    const terms: Term[] = refs.map((name) => {
      const j = d.refs.get(name) as number;
      return { row: o.row[j], col, coef: signs.get(name) ?? 0, value: V[j] };
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
    if (K[i] !== VAL || !S[i]) continue;
    const start = o.childStart[i];
    const end = o.childStart[i + 1];
    let has = false;
    for (let q = start; q < end; q++) if (o.flags[o.childList[q]] & SUBSET) has = true;
    if (!has) continue;
    const subs = o.subsetOf(i);
    const g = gather(-1, subs);
    if (!g) continue;
    rd.read(o.row[i], col);
    const dec = rd.decimals();
    const statedX = rd.ref?.exact ?? decFromNumber(rd.value);
    const total = sum.result();
    if (rd.value < 0 || subs.some((j) => K[j] === VAL && V[j] < 0)) continue;
    st.mark(i, col);
    for (const j of subs) markDown(j);
    st.verticalCount[k]++;
    if (withinRounding(statedX, total, dec) || decToNumber(total) <= decToNumber(statedX)) continue;
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
