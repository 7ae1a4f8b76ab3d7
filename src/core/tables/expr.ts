/**
 * The small arithmetic that forms write in words of columns and rows: "3=1+2", "(3)=(1)-(2)",
 * "5=4/3*100%", "C = A − B", "(I+II+III)". Parsed into an expression over named references
 * (column labels, row markers) and evaluated exactly, as rationals over BigInt, so a difference
 * of two amounts or a rate is compared with the stated cell to the last đồng.
 */
import { type Dec, decFromNumber } from "../number/decimal";

export type Expr =
  | { op: "ref"; name: string }
  | { op: "const"; value: number; percent: boolean }
  | { op: "+" | "-" | "*" | "/"; a: Expr; b: Expr }
  | { op: "neg"; a: Expr };

type Tok =
  | { t: "num"; v: number; pct: boolean; raw: string }
  | { t: "name"; v: string }
  | { t: "op"; v: string }
  | { t: "(" }
  | { t: ")" };

function tokenize(s: string): Tok[] | undefined {
  const out: Tok[] = [];
  let i = 0;
  while (i < s.length) {
    const c = s[i];
    if (/\s/.test(c)) {
      i++;
      continue;
    }
    if (c === "(" || c === ")") {
      out.push({ t: c });
      i++;
      continue;
    }
    if ("+-−–*×x/:÷".includes(c)) {
      // A lower-case x is "times" only between operands.
      if (c === "x" && (out.length === 0 || out[out.length - 1].t === "op" || out[out.length - 1].t === "(")) return undefined;
      const v = c === "−" || c === "–" ? "-" : c === "×" || c === "x" ? "*" : c === ":" || c === "÷" ? "/" : c;
      out.push({ t: "op", v });
      i++;
      continue;
    }
    const num = /^\d+(?:[.,]\d+)?/.exec(s.slice(i));
    if (num) {
      i += num[0].length;
      let pct = false;
      if (s[i] === "%") {
        pct = true;
        i++;
      }
      out.push({ t: "num", v: Number(num[0].replace(",", ".")), pct, raw: num[0] });
      continue;
    }
    const name = /^[A-ZĐ]{1,6}/u.exec(s.slice(i));
    if (name) {
      out.push({ t: "name", v: name[0] });
      i += name[0].length;
      continue;
    }
    return undefined;
  }
  return out;
}

/**
 * Parses an expression. `isRef(token)` says whether a number token ("1", "12") names a column
 * (or row) rather than being a constant such as 100; names in capitals are always references.
 */
export function parseExpr(text: string, isRef: (token: string) => boolean): Expr | undefined {
  const found = tokenize(text);
  if (!found || found.length === 0) return undefined;
  const toks: Tok[] = found;
  let p = 0;
  const peek = () => toks[p];
  function primary(): Expr | undefined {
    const k = toks[p++];
    if (!k) return undefined;
    if (k.t === "(") {
      const e = sum();
      if (!e || toks[p]?.t !== ")") return undefined;
      p++;
      return e;
    }
    if (k.t === "op" && k.v === "-") {
      const a = primary();
      return a ? { op: "neg", a } : undefined;
    }
    if (k.t === "name") return { op: "ref", name: k.v };
    if (k.t === "num") {
      if (!k.pct && isRef(k.raw)) return { op: "ref", name: k.raw };
      return { op: "const", value: k.v, percent: k.pct };
    }
    return undefined;
  }
  function product(): Expr | undefined {
    let a = primary();
    while (a) {
      const k = peek();
      if (!k || k.t !== "op" || (k.v !== "*" && k.v !== "/")) break;
      p++;
      const b = primary();
      if (!b) return undefined;
      a = { op: k.v, a, b };
    }
    return a;
  }
  function sum(): Expr | undefined {
    let a = product();
    while (a) {
      const k = peek();
      if (!k || k.t !== "op" || (k.v !== "+" && k.v !== "-")) break;
      p++;
      const b = product();
      if (!b) return undefined;
      a = { op: k.v, a, b };
    }
    return a;
  }
  const e = sum();
  return e && p === toks.length ? e : undefined;
}

/** The references an expression uses, in order of appearance (no repeats). */
export function exprRefs(e: Expr, out: string[] = []): string[] {
  if (e.op === "ref") {
    if (!out.includes(e.name)) out.push(e.name);
  } else if (e.op === "neg") exprRefs(e.a, out);
  else if (e.op !== "const") {
    exprRefs(e.a, out);
    exprRefs(e.b, out);
  }
  return out;
}

/** True when the expression divides (a rate or a ratio). */
export function exprDivides(e: Expr): boolean {
  if (e.op === "/") return true;
  if (e.op === "ref" || e.op === "const") return false;
  if (e.op === "neg") return exprDivides(e.a);
  return exprDivides(e.a) || exprDivides(e.b);
}

/** True when the expression multiplies by a plain 100 (so its value is already in percent units). */
export function exprTimes100(e: Expr): boolean {
  if (e.op === "const") return e.value === 100 && !e.percent;
  if (e.op === "ref") return false;
  if (e.op === "neg") return exprTimes100(e.a);
  return exprTimes100(e.a) || exprTimes100(e.b);
}

/** True when every operator is + or − (a sum or a difference of references). */
export function exprIsLinear(e: Expr): boolean {
  if (e.op === "ref") return true;
  if (e.op === "const") return false;
  if (e.op === "neg") return exprIsLinear(e.a);
  return (e.op === "+" || e.op === "-") && exprIsLinear(e.a) && exprIsLinear(e.b);
}

/** The coefficient (+1 / −1) of each reference of a linear expression. */
export function linearTerms(e: Expr, sign = 1, out: { name: string; sign: number }[] = []): { name: string; sign: number }[] {
  if (e.op === "ref") out.push({ name: e.name, sign });
  else if (e.op === "neg") linearTerms(e.a, -sign, out);
  else if (e.op === "+" || e.op === "-") {
    linearTerms(e.a, sign, out);
    linearTerms(e.b, e.op === "-" ? -sign : sign, out);
  }
  return out;
}

const OP_TEXT: Record<string, string> = { "+": "+", "-": "−", "*": "×", "/": "/" };

/** "1 + 2", "C / D × 100", with `name` mapping references (to column letters, say). */
export function exprText(e: Expr, name: (ref: string) => string = (r) => r): string {
  const go = (x: Expr, parentPrec: number): string => {
    switch (x.op) {
      case "ref":
        return name(x.name);
      case "const":
        return String(x.value).replace(".", ",") + (x.percent ? "%" : "");
      case "neg":
        return "−" + go(x.a, 3);
      default: {
        const prec = x.op === "+" || x.op === "-" ? 1 : 2;
        const s = `${go(x.a, prec)} ${OP_TEXT[x.op]} ${go(x.b, prec + (x.op === "-" || x.op === "/" ? 1 : 0))}`;
        return prec < parentPrec ? `(${s})` : s;
      }
    }
  };
  return go(e, 0);
}

/* ------------------------------------------------------------------------------------------ */
/* Exact evaluation                                                                           */
/* ------------------------------------------------------------------------------------------ */

/** A rational n/d with d > 0. */
export interface Rat {
  n: bigint;
  d: bigint;
}

const P10: bigint[] = [];
for (let i = 0, p = 1n; i <= 30; i++, p *= 10n) P10.push(p);
const pow10 = (k: number) => (k < P10.length ? P10[k] : 10n ** BigInt(k));

function ratOf(v: number | Dec): Rat {
  const d = typeof v === "number" ? decFromNumber(v) : v;
  return { n: d.m, d: pow10(d.s) };
}

function ratOp(op: "+" | "-" | "*" | "/", a: Rat, b: Rat): Rat | undefined {
  switch (op) {
    case "+":
      return { n: a.n * b.d + b.n * a.d, d: a.d * b.d };
    case "-":
      return { n: a.n * b.d - b.n * a.d, d: a.d * b.d };
    case "*":
      return { n: a.n * b.n, d: a.d * b.d };
    case "/":
      if (b.n === 0n) return undefined;
      return b.n < 0n ? { n: -a.n * b.d, d: a.d * -b.n } : { n: a.n * b.d, d: a.d * b.n };
  }
}

/** Exact value of an expression; undefined on a division by zero or an unknown reference. */
export function evalExact(e: Expr, get: (ref: string) => number | Dec | undefined): Rat | undefined {
  switch (e.op) {
    case "ref": {
      const v = get(e.name);
      return v === undefined ? undefined : ratOf(v);
    }
    case "const":
      return e.percent ? { n: BigInt(Math.round(e.value * 1e6)), d: 100_000_000n } : ratOf(e.value);
    case "neg": {
      const a = evalExact(e.a, get);
      return a ? { n: -a.n, d: a.d } : undefined;
    }
    default: {
      const a = evalExact(e.a, get);
      const b = a && evalExact(e.b, get);
      return a && b ? ratOp(e.op, a, b) : undefined;
    }
  }
}

/** Value of an expression in doubles (NaN on a division by zero or an unknown reference). */
export function evalNumber(e: Expr, get: (ref: string) => number): number {
  switch (e.op) {
    case "ref":
      return get(e.name);
    case "const":
      return e.percent ? e.value / 100 : e.value;
    case "neg":
      return -evalNumber(e.a, get);
    case "+":
      return evalNumber(e.a, get) + evalNumber(e.b, get);
    case "-":
      return evalNumber(e.a, get) - evalNumber(e.b, get);
    case "*":
      return evalNumber(e.a, get) * evalNumber(e.b, get);
    case "/": {
      const b = evalNumber(e.b, get);
      return b === 0 ? NaN : evalNumber(e.a, get) / b;
    }
  }
}

/** r × k for an integer k (× 100 for percent units). */
export function ratScale(r: Rat, k: bigint): Rat {
  return { n: r.n * k, d: r.d };
}

/** True when |stated − r| ≤ 0.5 × 10^−decimals, exactly. */
export function ratWithin(stated: Dec, r: Rat, decimals: number): boolean {
  // |sm/10^ss − n/d| ≤ 5/10^(dec+1)  ⇔  |sm·d − n·10^ss| · 10^(dec+1) ≤ 5 · d · 10^ss
  const lhs = stated.m * r.d - r.n * pow10(stated.s);
  const abs = lhs < 0n ? -lhs : lhs;
  return abs * pow10(decimals + 1) <= 5n * r.d * pow10(stated.s);
}

/** The nearest double of a rational. */
export function ratToNumber(r: Rat): number {
  if (r.d === 1n) return Number(r.n);
  // Scale to keep 17 significant digits.
  const q = (r.n * 10n ** 18n) / r.d;
  return Number(q) / 1e18;
}
