/**
 * Relations across a row, verified on every row of the table: "3 = 1 + 2", "Tổng số = NS tỉnh +
 * NS xã", "Tổng số ≥ Trong đó …", "Tỷ lệ = TH / KH × 100". Empty cells count as 0 in a sum; a row
 * whose parts are all empty, or that reads an unreadable cell, is not verified (and not counted
 * as checked).
 */
import { colToLetters } from "../grid/address";
import { type Dec, DecSum, decCmp, decFromNumber, decNeg, excelDigits, sumAgrees } from "../number/decimal";
import { type Expr, evalExact, evalNumber, linearTerms, ratScale, ratToNumber, ratWithin } from "../tables/expr";
import type { Column, RowRelation, Table } from "../tables/model";
import { BAD, NUM } from "../tables/values";
import { nodeName } from "./describe";
import type { TableState } from "./state";
import type { Term, Text } from "./types";

/** A / B × 100 (or A / B in a percent column): its numerator and denominator columns. */
function simpleRate(rel: RowRelation): { num: number; den: number } | undefined {
  let e: Expr = rel.expr;
  if (e.op === "*" && e.b.op === "const" && e.b.value === 100 && !e.b.percent) e = e.a;
  else if (!rel.percent) return undefined;
  if (e.op === "/" && e.a.op === "ref" && e.b.op === "ref") return { num: rel.operands[0], den: rel.operands[1] };
  return undefined;
}

function whatOfRow(t: Table, node: number, target: Column, rel: RowRelation): Text {
  const name = nodeName(t, node);
  if (rel.kind === "rate" && t.kind === "figures") return { vi: `Tỷ lệ của chỉ số ${name}`, en: `The rate of ${name}` };
  return { vi: `Cột "${target.header}" của dòng ${name}`, en: `Column "${target.header}" of row ${name}` };
}

export function verifyRows(st: TableState): void {
  const t = st.table;
  t.relations.forEach((rel, ri) => verifyRelation(st, rel, ri));
}

function verifyRelation(st: TableState, rel: RowRelation, ri: number): void {
  const t = st.table;
  const o = t.outline;
  const rd = st.rd;
  const target = t.numeric.find((c) => c.col === rel.target) as Column;
  const ops = rel.operands;
  const names = ops.map(colToLetters);
  const linear = rel.kind === "sum" || rel.kind === "subset";
  const signs = linear ? ops.map((_, q) => linearTerms(rel.expr).find((x) => x.name === names[q])?.sign ?? 1) : [];
  const vals = new Float64Array(ops.length);
  const exacts = new Array<Dec | undefined>(ops.length);
  const present = new Uint8Array(ops.length);
  const get = (name: string) => vals[names.indexOf(name)];
  const sum = new DecSum();
  const rate = rel.kind === "rate" ? simpleRate(rel) : undefined;

  for (let i = 0; i < o.n; i++) {
    const row = o.row[i];
    if (rd.read(row, rel.target) !== NUM) continue;
    const statedV = rd.value;
    const statedX = rd.ref?.exact;
    const dec = rd.decimals();
    const formula = rd.formula();
    let any = false;
    let bad = false;
    for (let q = 0; q < ops.length; q++) {
      const s = rd.read(row, ops[q]);
      if (s === BAD) {
        bad = true;
        break;
      }
      present[q] = s === NUM ? 1 : 0;
      vals[q] = s === NUM ? rd.value : 0;
      exacts[q] = s === NUM ? rd.ref?.exact : undefined;
      if (s === NUM) any = true;
    }
    if (bad) {
      st.blocked[st.colIndex[rel.target]]++;
      for (const c of ops) st.blocked[st.colIndex[c]]++;
      continue;
    }
    if (!any) continue;
    let ok: boolean;
    /** The value (a rate's, in doubles) the relation gives; exact sums are taken from `sum` on a failure. */
    let v = NaN;
    if (linear) {
      sum.reset();
      for (let q = 0; q < ops.length; q++) {
        if (!present[q]) continue;
        const x = exacts[q];
        if (x !== undefined) sum.add(signs[q] >= 0 ? x : decNeg(x));
        else sum.addNumber(signs[q] >= 0 ? vals[q] : -vals[q]);
      }
      if (rel.kind === "subset") {
        const a = sum.approx();
        ok =
          a <= statedV || sumAgrees(statedV, statedX, sum, dec) || decCmp(sum.result(), statedX ?? decFromNumber(statedV)) <= 0;
      } else ok = sumAgrees(statedV, statedX, sum, dec);
    } else {
      v = evalNumber(rel.expr, get);
      if (rel.percent) v *= 100;
      if (!Number.isFinite(v)) continue;
      const tol = 0.5 * 10 ** -dec;
      const diff = Math.abs(statedV - v);
      const margin = (Math.abs(statedV) + Math.abs(v)) * 1e-12;
      if (statedX === undefined && diff <= tol - margin) ok = true;
      else if (statedX === undefined && diff > tol + margin) ok = false;
      else {
        let r = evalExact(rel.expr, (n) => {
          const q = names.indexOf(n);
          return exacts[q] ?? vals[q];
        });
        if (!r) continue;
        if (rel.percent) r = ratScale(r, 100n);
        ok = ratWithin(statedX ?? decFromNumber(statedV), r, dec);
        v = ratToNumber(r);
      }
    }
    st.mark(i, rel.target);
    for (let q = 0; q < ops.length; q++) if (present[q]) st.mark(i, ops[q]);
    st.rowCount[ri]++;
    if (ok) continue;
    const computed: Dec = linear ? sum.result() : decFromNumber(excelDigits(v));
    const terms: Term[] = [];
    for (let q = 0; q < ops.length; q++)
      if (present[q] || !linear) terms.push({ row, col: ops[q], coef: linear ? signs[q] : 0, value: vals[q] });
    st.failures.push({
      table: t,
      family: rel.kind === "rate" ? "rate" : rel.kind === "subset" ? "subset" : "sum",
      row,
      col: rel.target,
      stated: statedX ?? decFromNumber(statedV),
      statedDecimals: dec,
      computed,
      terms,
      rate: rate
        ? {
            num: vals[ops.indexOf(rate.num)],
            den: vals[ops.indexOf(rate.den)],
            numCell: [row, rate.num],
            denCell: [row, rate.den],
          }
        : undefined,
      relation: rel.text,
      inferred: rel.source === "inferred",
      fit: rel.fit,
      what: whatOfRow(t, i, target, rel),
      parts:
        rel.kind === "subset"
          ? { vi: `các cột "Trong đó" cộng được`, en: `its "Trong đó" columns add up to` }
          : { vi: `theo ${rel.text}`, en: `${rel.text} gives` },
      formula,
    });
  }
}
