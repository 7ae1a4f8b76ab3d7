/**
 * What a formula refers to, its R1C1 shape, and its value where it is plain arithmetic.
 */
import { colToLetters } from "../grid/grid";
import { type Node, ParseError, type RefNode, parseFormula } from "./parse";

export interface CellAddr {
  sheet: string;
  row: number;
  col: number;
}

/** Parses, or undefined for a formula the parser cannot read (never throws). */
export function tryParse(formula: string): Node | undefined {
  try {
    return parseFormula(formula);
  } catch (e) {
    if (e instanceof ParseError || e instanceof RangeError) return undefined;
    throw e;
  }
}

/**
 * Every cell a formula refers to, ranges expanded (up to `limit` cells; whole columns are cut at
 * `maxRow`). `sheet` is the formula's own sheet.
 */
export function referencedCells(node: Node, sheet: string, opts: { limit?: number; maxRow?: number } = {}): CellAddr[] | undefined {
  const limit = opts.limit ?? 200_000;
  const maxRow = opts.maxRow ?? 1_048_575;
  const out: CellAddr[] = [];
  let over = false;
  const visit = (n: Node): void => {
    if (over) return;
    switch (n.type) {
      case "ref":
        out.push({ sheet: n.sheet ?? sheet, row: n.row, col: n.col });
        break;
      case "range": {
        const s = n.sheet ?? sheet;
        const r0 = Math.min(n.from.row, n.to.row);
        const r1 = Math.min(Math.max(n.from.row, n.to.row), maxRow);
        const c0 = Math.min(n.from.col, n.to.col);
        const c1 = Math.max(n.from.col, n.to.col);
        if ((r1 - r0 + 1) * (c1 - c0 + 1) + out.length > limit) {
          over = true;
          return;
        }
        for (let r = r0; r <= r1; r++) for (let c = c0; c <= c1; c++) out.push({ sheet: s, row: r, col: c });
        break;
      }
      case "call":
        n.args.forEach(visit);
        break;
      case "unary":
      case "percent":
        visit(n.arg);
        break;
      case "binary":
        visit(n.left);
        visit(n.right);
        break;
      default:
        break;
    }
  };
  visit(node);
  return over ? undefined : out;
}

/** True when the formula only adds cells: =SUM(...), =A1+A2, =SUM(A1:A3)+A5. */
export function isPlainSum(node: Node): boolean {
  switch (node.type) {
    case "ref":
    case "range":
      return true;
    case "call":
      return node.name === "SUM" && node.args.every(isPlainSum);
    case "binary":
      return node.op === "+" && isPlainSum(node.left) && isPlainSum(node.right);
    default:
      return false;
  }
}

function refR1C1(r: RefNode, row: number, col: number, sameSheet: string | undefined): string {
  const rr = r.rowAbs ? `R${r.row + 1}` : r.row === row ? "R" : `R[${r.row - row}]`;
  const cc = r.colAbs ? `C${r.col + 1}` : r.col === col ? "C" : `C[${r.col - col}]`;
  return (r.sheet && r.sheet !== sameSheet ? `'${r.sheet}'!` : "") + rr + cc;
}

/** The formula in R1C1 form relative to its cell: =C5/D5*100 in E5 is "R[0]C[-2]/..." — one shape for the whole column. */
export function r1c1Shape(node: Node, row: number, col: number, sheet?: string): string {
  const go = (n: Node): string => {
    switch (n.type) {
      case "num":
        return String(n.value);
      case "str":
        return JSON.stringify(n.value);
      case "bool":
        return n.value ? "TRUE" : "FALSE";
      case "err":
        return n.value;
      case "name":
        return n.name;
      case "ref":
        return refR1C1(n, row, col, sheet);
      case "range":
        return `${refR1C1(n.from, row, col, sheet)}:${refR1C1({ ...n.to, sheet: undefined }, row, col, sheet)}`;
      case "call":
        return `${n.name}(${n.args.map(go).join(",")})`;
      case "unary":
        return `${n.op}${go(n.arg)}`;
      case "percent":
        return `${go(n.arg)}%`;
      case "binary":
        return `(${go(n.left)}${n.op}${go(n.right)})`;
    }
  };
  return "=" + go(node);
}

/** A1 text of a cell address, for messages: "D7", or "'Phụ lục I'!D7" on another sheet. */
export function addrA1(a: CellAddr, sheet?: string): string {
  const cell = `${colToLetters(a.col)}${a.row + 1}`;
  return a.sheet === sheet ? cell : `'${a.sheet}'!${cell}`;
}

export type Value = number | string | boolean | { error: string } | null;

/**
 * Evaluates arithmetic formulas (numbers, refs, + - * / ^ %, SUM, ROUND, ABS, MIN, MAX, AVERAGE,
 * COUNT, IF with comparisons). Undefined for anything else (unknown functions, names).
 */
export function evaluate(node: Node, sheet: string, get: (a: CellAddr) => Value | undefined): Value | undefined {
  const num = (v: Value | undefined): number | { error: string } | undefined => {
    if (v === null || v === undefined || v === "") return 0;
    if (typeof v === "number") return v;
    if (typeof v === "boolean") return v ? 1 : 0;
    if (typeof v === "object") return v;
    return { error: "#VALUE!" };
  };
  const values = (n: Node): (Value | undefined)[] | undefined => {
    if (n.type === "range") {
      const cells = referencedCells(n, sheet, { limit: 100_000 });
      return cells?.map(get);
    }
    const v = ev(n);
    return v === undefined ? undefined : [v];
  };
  const ev = (n: Node): Value | undefined => {
    switch (n.type) {
      case "num":
      case "str":
      case "bool":
        return n.value;
      case "err":
        return { error: n.value };
      case "ref":
        return get({ sheet: n.sheet ?? sheet, row: n.row, col: n.col }) ?? null;
      case "range":
      case "name":
        return undefined;
      case "unary": {
        const v = num(ev(n.arg));
        if (v === undefined || typeof v === "object") return v;
        return n.op === "-" ? -v : v;
      }
      case "percent": {
        const v = num(ev(n.arg));
        return v === undefined || typeof v === "object" ? v : v / 100;
      }
      case "binary": {
        const lv = ev(n.left);
        const rv = ev(n.right);
        if (lv === undefined || rv === undefined) return undefined;
        if (n.op === "&") return `${lv ?? ""}${rv ?? ""}`;
        const a = num(lv);
        const b = num(rv);
        if (a === undefined || b === undefined) return undefined;
        if (typeof a === "object") return a;
        if (typeof b === "object") return b;
        switch (n.op) {
          case "+":
            return a + b;
          case "-":
            return a - b;
          case "*":
            return a * b;
          case "/":
            return b === 0 ? { error: "#DIV/0!" } : a / b;
          case "^":
            return a ** b;
          case "=":
            return a === b;
          case "<>":
            return a !== b;
          case "<":
            return a < b;
          case ">":
            return a > b;
          case "<=":
            return a <= b;
          case ">=":
            return a >= b;
        }
        return undefined;
      }
      case "call": {
        const name = n.name;
        if (name === "IF") {
          const c = ev(n.args[0]);
          if (c === undefined || (typeof c === "object" && c !== null)) return c;
          return ev(n.args[c ? 1 : 2] ?? { type: "bool", value: false });
        }
        if (name === "ROUND" || name === "ABS") {
          const v = num(ev(n.args[0]));
          if (v === undefined || typeof v === "object") return v;
          if (name === "ABS") return Math.abs(v);
          const d = num(ev(n.args[1] ?? { type: "num", value: 0 }));
          if (d === undefined || typeof d === "object") return d;
          const f = 10 ** d;
          return (Math.sign(v) * Math.round(Math.abs(v) * f + 1e-9)) / f;
        }
        if (!["SUM", "MIN", "MAX", "AVERAGE", "COUNT"].includes(name)) return undefined;
        const nums: number[] = [];
        for (const a of n.args) {
          const vs = values(a);
          if (!vs) return undefined;
          for (const v of vs) {
            if (v === undefined) return undefined;
            if (typeof v === "object" && v !== null) return v;
            if (typeof v === "number") nums.push(v);
          }
        }
        switch (name) {
          case "SUM":
            return nums.reduce((x, y) => x + y, 0);
          case "MIN":
            return nums.length ? Math.min(...nums) : 0;
          case "MAX":
            return nums.length ? Math.max(...nums) : 0;
          case "AVERAGE":
            return nums.length ? nums.reduce((x, y) => x + y, 0) / nums.length : { error: "#DIV/0!" };
          case "COUNT":
            return nums.length;
        }
        return undefined;
      }
    }
  };
  return ev(node);
}
