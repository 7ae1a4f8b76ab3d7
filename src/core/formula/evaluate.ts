/**
 * A small formula evaluator (used by the in-browser stand-in workbook, and by the checks for
 * formulas saved without their values): enough for the formulas the
 * template writes and a person typing a few more. Supported: numbers, strings, TRUE/FALSE, error
 * literals, cell references (relative or absolute, same sheet or `Sheet!A1` / `'Phụ lục I'!D6`),
 * ranges as function arguments, + - * / ^ & = <> < > <= >=, unary minus/plus, %, parentheses, and
 * SUM, MIN, MAX, AVERAGE, COUNT, ROUND, ABS, IF. Anything else gives #NAME? (unknown name or
 * syntax) or #REF! (a reference it cannot resolve). Division by zero gives #DIV/0!.
 */
import { inSheet } from "../grid/address";
import { isCellError, type CellError, type CellValue, type Rect } from "../grid/grid";
import { excelDigits } from "../number/decimal";
import { type Node as ParsedNode, parseFormula } from "./parse";

/** Largest range read cell by cell when the context cannot list a range's values itself. */
const MAX_CELLS_BY_CELL = 1_000_000;

export interface EvalContext {
  /** The value of one cell; `sheet` undefined means the formula's own sheet. */
  cell(sheet: string | undefined, row: number, col: number): CellValue;
  /** Does a sheet of that name exist? (default: yes) */
  hasSheet?(sheet: string): boolean;
  /** The non-empty values inside a rectangle (faster than asking cell by cell). */
  valuesIn?(sheet: string | undefined, rect: Rect): CellValue[];
}

export const ERR = {
  ref: { error: "#REF!" },
  name: { error: "#NAME?" },
  value: { error: "#VALUE!" },
  div0: { error: "#DIV/0!" },
  num: { error: "#NUM!" },
  na: { error: "#N/A" },
};

/* ------------------------------------------------------------------------------------------ */
/* Syntax tree                                                                                */
/* ------------------------------------------------------------------------------------------ */

type Node =
  | { k: "lit"; v: CellValue }
  | { k: "ref"; sheet?: string; row: number; col: number }
  | { k: "range"; sheet?: string; rect: Rect }
  | { k: "neg"; a: Node }
  | { k: "pct"; a: Node }
  | { k: "bin"; op: string; a: Node; b: Node }
  | { k: "call"; name: string; args: Node[] }
  | { k: "bad"; err: CellError };

/* ------------------------------------------------------------------------------------------ */
/* Evaluation                                                                                 */
/* ------------------------------------------------------------------------------------------ */

interface RangeVal {
  range: true;
  sheet?: string;
  rect: Rect;
}
type Val = CellValue | RangeVal;

/** An error result (not an array of values). */
function isErr(x: unknown): x is CellError {
  return !Array.isArray(x) && isCellError(x as CellValue);
}

function isRange(v: Val): v is RangeVal {
  return typeof v === "object" && v !== null && (v as RangeVal).range === true;
}

/** Excel keeps 15 significant digits. */
function tidy(n: number): CellValue {
  if (!Number.isFinite(n)) return ERR.num;
  if (n === 0) return 0;
  return excelDigits(n);
}

function toNumber(v: CellValue): number | CellError {
  if (isCellError(v)) return v;
  if (typeof v === "number") return v;
  if (v === null) return 0;
  if (typeof v === "boolean") return v ? 1 : 0;
  const s = v.trim();
  if (s === "") return ERR.value;
  const pct = s.endsWith("%");
  const n = Number((pct ? s.slice(0, -1) : s).replace(/,/g, ""));
  if (!Number.isFinite(n)) return ERR.value;
  return pct ? n / 100 : n;
}

function toText(v: CellValue): string | CellError {
  if (isCellError(v)) return v;
  if (v === null) return "";
  if (typeof v === "boolean") return v ? "TRUE" : "FALSE";
  return String(v);
}

class Evaluator {
  constructor(private readonly ctx: EvalContext) {}

  private sheetOk(sheet: string | undefined): boolean {
    return sheet === undefined || !this.ctx.hasSheet || this.ctx.hasSheet(sheet);
  }

  /** The values of a range (non-empty only when the context can say so). */
  private rangeValues(r: RangeVal): CellValue[] | CellError {
    if (!this.sheetOk(r.sheet)) return ERR.ref;
    if (this.ctx.valuesIn) return this.ctx.valuesIn(r.sheet, r.rect);
    // Cell by cell only for ranges of sane size (a whole sheet is 17 billion cells).
    if ((r.rect.bottom - r.rect.top + 1) * (r.rect.right - r.rect.left + 1) > MAX_CELLS_BY_CELL) return ERR.num;
    const out: CellValue[] = [];
    for (let row = r.rect.top; row <= r.rect.bottom; row++)
      for (let col = r.rect.left; col <= r.rect.right; col++) out.push(this.ctx.cell(r.sheet, row, col));
    return out;
  }

  /** A value for scalar use: a 1×1 range is its cell, a bigger one is #VALUE!. */
  private scalar(v: Val): CellValue {
    if (!isRange(v)) return v;
    const { rect } = v;
    if (rect.top === rect.bottom && rect.left === rect.right) {
      if (!this.sheetOk(v.sheet)) return ERR.ref;
      return this.ctx.cell(v.sheet, rect.top, rect.left);
    }
    return ERR.value;
  }

  eval(n: Node): Val {
    switch (n.k) {
      case "lit":
        return n.v;
      case "bad":
        return n.err;
      case "ref":
        if (!inSheet(n.row, n.col) || !this.sheetOk(n.sheet)) return ERR.ref;
        return { range: true, sheet: n.sheet, rect: { top: n.row, left: n.col, bottom: n.row, right: n.col } };
      case "range":
        if (!inSheet(n.rect.bottom, n.rect.right) || !this.sheetOk(n.sheet)) return ERR.ref;
        return { range: true, sheet: n.sheet, rect: n.rect };
      case "neg": {
        const x = toNumber(this.scalar(this.eval(n.a)));
        return isCellError(x) ? x : tidy(-x);
      }
      case "pct": {
        const x = toNumber(this.scalar(this.eval(n.a)));
        return isCellError(x) ? x : tidy(x / 100);
      }
      case "bin":
        return this.binary(n.op, this.scalar(this.eval(n.a)), this.scalar(this.eval(n.b)));
      case "call":
        return this.call(n.name, n.args);
    }
  }

  private binary(op: string, a: CellValue, b: CellValue): CellValue {
    if (isCellError(a)) return a;
    if (isCellError(b)) return b;
    if (op === "&") return (toText(a) as string) + (toText(b) as string);
    if (op === "=" || op === "<>" || op === "<" || op === ">" || op === "<=" || op === ">=") {
      const c = compare(a, b);
      switch (op) {
        case "=":
          return c === 0;
        case "<>":
          return c !== 0;
        case "<":
          return c < 0;
        case ">":
          return c > 0;
        case "<=":
          return c <= 0;
        default:
          return c >= 0;
      }
    }
    const x = toNumber(a);
    if (isCellError(x)) return x;
    const y = toNumber(b);
    if (isCellError(y)) return y;
    switch (op) {
      case "+":
        return tidy(x + y);
      case "-":
        return tidy(x - y);
      case "*":
        return tidy(x * y);
      case "/":
        return y === 0 ? ERR.div0 : tidy(x / y);
      case "^":
        if (x === 0 && y === 0) return ERR.num;
        return tidy(Math.pow(x, y));
      default:
        return ERR.name;
    }
  }

  /** The numbers of aggregate arguments: ranges give their numbers only; scalars are coerced. */
  private numbers(args: Node[]): number[] | CellError {
    const out: number[] = [];
    for (const a of args) {
      const v = this.eval(a);
      if (isRange(v)) {
        const vals = this.rangeValues(v);
        if (isErr(vals)) return vals;
        for (const x of vals) {
          if (isCellError(x)) return x;
          if (typeof x === "number") out.push(x);
        }
      } else {
        const x = toNumber(v);
        if (isCellError(x)) return x;
        out.push(x);
      }
    }
    return out;
  }

  private call(name: string, args: Node[]): CellValue {
    switch (name) {
      case "SUM": {
        const ns = this.numbers(args);
        if (isErr(ns)) return ns;
        let s = 0;
        for (const x of ns) s += x;
        return tidy(s);
      }
      case "MIN":
      case "MAX": {
        const ns = this.numbers(args);
        if (isErr(ns)) return ns;
        if (ns.length === 0) return 0;
        return name === "MIN" ? Math.min(...ns) : Math.max(...ns);
      }
      case "AVERAGE": {
        const ns = this.numbers(args);
        if (isErr(ns)) return ns;
        if (ns.length === 0) return ERR.div0;
        return tidy(ns.reduce((s, x) => s + x, 0) / ns.length);
      }
      case "COUNT": {
        let n = 0;
        for (const a of args) {
          const v = this.eval(a);
          if (isRange(v)) {
            const vals = this.rangeValues(v);
            if (!isErr(vals)) n += vals.filter((x) => typeof x === "number").length;
          } else if (!isCellError(toNumber(v))) n++;
        }
        return n;
      }
      case "ABS": {
        if (args.length !== 1) return ERR.value;
        const x = toNumber(this.scalar(this.eval(args[0])));
        return isCellError(x) ? x : Math.abs(x);
      }
      case "ROUND": {
        if (args.length !== 2) return ERR.value;
        const x = toNumber(this.scalar(this.eval(args[0])));
        if (isCellError(x)) return x;
        const d = toNumber(this.scalar(this.eval(args[1])));
        if (isCellError(d)) return d;
        const f = 10 ** Math.trunc(d);
        return tidy((Math.sign(x) * Math.round(Math.abs(x) * f + 1e-9)) / f);
      }
      case "IF": {
        if (args.length < 2 || args.length > 3) return ERR.value;
        const c = this.scalar(this.eval(args[0]));
        if (isCellError(c)) return c;
        const t = typeof c === "string" ? ERR.value : toNumber(c);
        if (isCellError(t)) return t;
        if (t !== 0) return this.scalar(this.eval(args[1]));
        return args.length === 3 ? this.scalar(this.eval(args[2])) : false;
      }
      default:
        return ERR.name;
    }
  }
}

function compare(a: CellValue, b: CellValue): number {
  const rank = (v: CellValue) => (typeof v === "number" || v === null ? 0 : typeof v === "string" ? 1 : 2);
  const ra = rank(a);
  const rb = rank(b);
  if (ra !== rb) {
    // Empty compares as 0 or "" depending on the other side.
    if (a === null) return compare(typeof b === "string" ? "" : 0, b);
    if (b === null) return compare(a, typeof a === "string" ? "" : 0);
    return ra - rb;
  }
  if (ra === 0) return ((a as number) ?? 0) - ((b as number) ?? 0);
  if (ra === 1) {
    const x = (a as string).toLowerCase();
    const y = (b as string).toLowerCase();
    return x < y ? -1 : x > y ? 1 : 0;
  }
  return Number(a) - Number(b);
}

/** The evaluator's tree from the parser's (src/core/formula/parse.ts: one parser for the project). */
function toNode(n: ParsedNode): Node {
  switch (n.type) {
    case "num":
    case "str":
    case "bool":
      return { k: "lit", v: n.value };
    case "err":
      return { k: "lit", v: { error: n.value } };
    case "name":
      return { k: "bad", err: ERR.name };
    case "ref":
      return { k: "ref", sheet: n.sheet, row: n.row, col: n.col };
    case "range":
      return {
        k: "range",
        sheet: n.sheet,
        rect: {
          top: Math.min(n.from.row, n.to.row),
          left: Math.min(n.from.col, n.to.col),
          bottom: Math.max(n.from.row, n.to.row),
          right: Math.max(n.from.col, n.to.col),
        },
      };
    case "unary":
      return n.op === "-" ? { k: "neg", a: toNode(n.arg) } : toNode(n.arg);
    case "percent":
      return { k: "pct", a: toNode(n.arg) };
    case "binary":
      return { k: "bin", op: n.op, a: toNode(n.left), b: toNode(n.right) };
    case "call":
      return { k: "call", name: n.name, args: n.args.map(toNode) };
  }
}

/** Evaluates a formula (leading "=" optional) to a value; errors come back as {error}. */
export function evaluateFormula(formula: string, ctx: EvalContext): CellValue {
  let tree: Node;
  try {
    tree = toNode(parseFormula(formula));
  } catch {
    return ERR.name;
  }
  const ev = new Evaluator(ctx);
  const v = ev.eval(tree);
  if (!isRange(v)) return v;
  const { rect } = v;
  if (rect.top === rect.bottom && rect.left === rect.right) {
    const x = ctx.cell(v.sheet, rect.top, rect.left);
    // A reference to an empty cell shows 0.
    return x === null ? 0 : x;
  }
  return ERR.value;
}
