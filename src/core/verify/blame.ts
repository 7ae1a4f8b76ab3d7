/**
 * Blaming the right cell. A wrong number breaks every relation it is in: an item typed wrong in a
 * table with row totals breaks its row's total and its column's sub-total. A cell that sits in
 * two or more failing relations, and for which one value would mend them all, is the cell to
 * look at: one finding there, naming every relation, instead of one per relation at the totals.
 * Failures no such cell explains are reported at their stated cell (the total, the rate).
 */
import { decToNumber } from "../number/decimal";
import type { Table } from "../tables/model";
import type { Failure } from "./types";

export interface Blame {
  table: Table;
  row: number;
  col: number;
  /** What the cell states. */
  value: number;
  /** What every failing relation it is in says it should be. */
  required: number;
  failures: Failure[];
}

export interface Resolved {
  blames: Blame[];
  /** Failures explained by no blamed cell: reported at their stated cell. */
  singles: Failure[];
}

const MAX_TERMS = 5000;

/** The values the cell (row, col) may take for failure f to hold, or undefined if it cannot mend f. */
function interval(f: Failure, row: number, col: number): [number, number] | undefined {
  const h = 0.5 * 10 ** -f.statedDecimals;
  const S = decToNumber(f.stated);
  const C = decToNumber(f.computed);
  const eps = (Math.abs(S) + Math.abs(C)) * 1e-9 + 1e-9;
  if (row === f.row && col === f.col) return [C - h - eps, C + h + eps];
  if (f.family === "sum") {
    const t = f.terms.find((x) => x.row === row && x.col === col);
    if (!t || t.coef === 0) return undefined;
    return t.coef > 0
      ? [S - h - C + t.value - eps, S + h - C + t.value + eps]
      : [C + t.value - S - h - eps, C + t.value - S + h + eps];
  }
  if (f.family === "rate" && f.rate) {
    const { num, den, numCell, denCell } = f.rate;
    if (numCell[0] === row && numCell[1] === col) {
      const a = ((S - h) * den) / 100;
      const b = ((S + h) * den) / 100;
      return [Math.min(a, b) - eps, Math.max(a, b) + eps];
    }
    if (denCell[0] === row && denCell[1] === col && S - h > 0 && num !== 0) {
      const a = (100 * num) / (S + h);
      const b = (100 * num) / (S - h);
      return [Math.min(a, b) - eps, Math.max(a, b) + eps];
    }
  }
  return undefined;
}

/** The value the cell should have for f (a point inside its interval), for the message. */
function requiredBy(f: Failure, row: number, col: number): number {
  const S = decToNumber(f.stated);
  const C = decToNumber(f.computed);
  if (row === f.row && col === f.col) return C;
  const t = f.terms.find((x) => x.row === row && x.col === col);
  if (f.family === "sum" && t) return t.coef > 0 ? S - C + t.value : C + t.value - S;
  if (f.rate) {
    if (f.rate.numCell[0] === row && f.rate.numCell[1] === col) return (S * f.rate.den) / 100;
    if (S !== 0) return (100 * f.rate.num) / S;
  }
  return NaN;
}

export function resolveBlame(failures: Failure[]): Resolved {
  const eq = failures.filter((f) => f.family !== "subset");
  const ids = new Map<Table, number>();
  const byCell = new Map<string, number[]>();
  const cellOf = new Map<string, { table: Table; row: number; col: number; value: number }>();
  const put = (fi: number, table: Table, row: number, col: number, value: number) => {
    let id = ids.get(table);
    if (id === undefined) ids.set(table, (id = ids.size));
    const key = `${id}:${row}:${col}`;
    const list = byCell.get(key);
    if (list) {
      if (list[list.length - 1] !== fi) list.push(fi);
    } else {
      byCell.set(key, [fi]);
      cellOf.set(key, { table, row, col, value });
    }
  };
  eq.forEach((f, fi) => {
    put(fi, f.table, f.row, f.col, decToNumber(f.stated));
    if (f.terms.length <= MAX_TERMS) for (const x of f.terms) put(fi, f.table, x.row, x.col, x.value);
  });
  const candidates: { key: string; fis: number[]; required: number }[] = [];
  for (const [key, fis] of byCell) {
    if (fis.length < 2) continue;
    const c = cellOf.get(key)!;
    let lo = -Infinity;
    let hi = Infinity;
    let ok = true;
    for (const fi of fis) {
      const iv = interval(eq[fi], c.row, c.col);
      if (!iv) {
        ok = false;
        break;
      }
      lo = Math.max(lo, iv[0]);
      hi = Math.min(hi, iv[1]);
    }
    if (!ok || lo > hi) continue;
    const own = fis.find((fi) => eq[fi].row === c.row && eq[fi].col === c.col);
    candidates.push({ key, fis, required: requiredBy(eq[own ?? fis[0]], c.row, c.col) });
  }
  candidates.sort((a, b) => {
    if (b.fis.length !== a.fis.length) return b.fis.length - a.fis.length;
    const ca = cellOf.get(a.key)!;
    const cb = cellOf.get(b.key)!;
    return ca.row - cb.row || ca.col - cb.col;
  });
  const explained = new Set<number>();
  const blames: Blame[] = [];
  for (const cand of candidates) {
    if (cand.fis.some((fi) => explained.has(fi))) continue;
    const c = cellOf.get(cand.key)!;
    for (const fi of cand.fis) explained.add(fi);
    blames.push({
      table: c.table,
      row: c.row,
      col: c.col,
      value: c.value,
      required: cand.required,
      failures: cand.fis.map((fi) => eq[fi]),
    });
  }
  return { blames, singles: eq.filter((_, fi) => !explained.has(fi)) };
}
