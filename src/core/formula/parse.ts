/**
 * A small parser for A1 formulas: enough to know which cells and ranges a total or a rate refers
 * to, to compare formulas by their R1C1 shape, and to evaluate the arithmetic ones.
 *
 * Handles numbers, strings, booleans, error literals, references (relative/absolute, same-sheet and
 * quoted other-sheet: 'Phụ lục I'!D6), ranges (D6:D10, A:A, 5:5), function calls (any name:
 * unknown functions parse fine and are simply not evaluated), + - * / ^ & comparisons, unary
 * minus/plus, postfix %, parentheses. Anything else gives a ParseError, never a crash. The tokens
 * are the lexer's (tokens.ts), references read by address.ts.
 */
import { type Area, type CellRef } from "../grid/address";
import { type Prefix, tokenize } from "./tokens";

export interface RefNode {
  type: "ref";
  sheet?: string;
  row: number;
  col: number;
  rowAbs: boolean;
  colAbs: boolean;
}

export interface RangeNode {
  type: "range";
  sheet?: string;
  /** Whole columns (A:A) have rows 0 … MAX_ROWS − 1 (absolute); whole rows (5:5) cols 0 … MAX_COLS − 1. */
  from: RefNode;
  to: RefNode;
  /** Set for whole columns ("cols") and whole rows ("rows"). */
  whole?: "cols" | "rows";
}

export type Node =
  | { type: "num"; value: number }
  | { type: "str"; value: string }
  | { type: "bool"; value: boolean }
  | { type: "err"; value: string }
  | { type: "name"; name: string }
  | RefNode
  | RangeNode
  | { type: "call"; name: string; args: Node[] }
  | { type: "unary"; op: "-" | "+"; arg: Node }
  | { type: "percent"; arg: Node }
  | { type: "binary"; op: string; left: Node; right: Node };

export class ParseError extends Error {}

type Tok =
  | { k: "num"; v: number }
  | { k: "str"; v: string }
  | { k: "err"; v: string }
  | { k: "ref"; v: string; area: Area; sheet?: string }
  | { k: "func"; v: string }
  | { k: "name"; v: string; sheet?: string }
  | { k: "op"; v: string }
  | { k: "("; v: "(" }
  | { k: ")"; v: ")" }
  | { k: ","; v: "," };

/** The sheet a prefix names, as the evaluator looks it up ("[1]Sheet1" for another workbook's). */
function sheetOf(p: Prefix | undefined): string | undefined {
  return p === undefined ? undefined : (p.book ?? "") + p.sheet;
}

/** The lexer's tokens (tokens.ts) as the parser reads them: no spaces, functions with their "(". */
function parserTokens(src: string): Tok[] {
  const out: Tok[] = [];
  const toks = tokenize(src);
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i];
    switch (t.k) {
      case "ws":
        break;
      case "str":
        if (!t.closed) throw new ParseError("unterminated string");
        out.push({ k: "str", v: t.value });
        break;
      case "num":
        out.push({ k: "num", v: t.value });
        break;
      case "err":
        out.push({ k: "err", v: t.value });
        break;
      case "ref":
        out.push({ k: "ref", v: t.text, area: t.area, sheet: sheetOf(t.prefix) });
        break;
      case "name": {
        const name = t.prefix ? t.text.slice(t.prefix.text.length) : t.text;
        if (name === "") throw new ParseError("expected a reference after the sheet name");
        out.push({ k: "name", v: name, sheet: sheetOf(t.prefix) });
        break;
      }
      case "func":
        out.push({ k: "func", v: t.text.toUpperCase() });
        while (toks[i + 1]?.k === "ws") i++;
        i++; // the "(" (the lexer calls a name a function only when one follows)
        break;
      case "op":
        out.push({ k: "op", v: t.text });
        break;
      case "(":
        out.push({ k: "(", v: "(" });
        break;
      case ")":
        out.push({ k: ")", v: ")" });
        break;
      case ",":
        out.push({ k: ",", v: "," });
        break;
      case "other":
        throw new ParseError(
          t.text.startsWith("'")
            ? "a quoted sheet name without its !"
            : t.text === "#"
              ? "unknown error literal"
              : `unexpected "${t.text}"`,
        );
    }
  }
  return out;
}

function refNode(r: CellRef, sheet: string | undefined): RefNode {
  return { type: "ref", sheet, row: r.row, col: r.col, rowAbs: r.rowAbs, colAbs: r.colAbs };
}

function refOrRange(a: Area, sheet: string | undefined): RefNode | RangeNode {
  if (a.kind === "cell") return refNode(a.from, sheet);
  const node: RangeNode = { type: "range", sheet, from: refNode(a.from, sheet), to: refNode(a.to, sheet) };
  if (a.kind !== "range") node.whole = a.kind;
  return node;
}

/** Binary operators and their precedence (1 binds loosest), as Excel has them. */
export const BINARY: Record<string, number> = {
  "=": 1,
  "<>": 1,
  "<": 1,
  ">": 1,
  "<=": 1,
  ">=": 1,
  "&": 2,
  "+": 3,
  "-": 3,
  "*": 4,
  "/": 4,
  "^": 5,
};

/** Parses a formula ("=SUM(D7:D11)" or without the "="). */
export function parseFormula(formula: string): Node {
  const src = formula.startsWith("=") ? formula.slice(1) : formula;
  if (src.length > 8192) throw new ParseError("formula too long");
  const toks = parserTokens(src);
  let p = 0;
  const peek = () => toks[p];
  const next = () => toks[p++];

  function primary(): Node {
    const t = next();
    if (!t) throw new ParseError("unexpected end");
    switch (t.k) {
      case "num":
        return { type: "num", value: t.v };
      case "str":
        return { type: "str", value: t.v };
      case "err":
        return { type: "err", value: t.v };
      case "ref": {
        const node: Node = refOrRange(t.area, t.sheet);
        // A1:B2 written as two refs around ":".
        if (peek()?.k === "op" && peek()?.v === ":") throw new ParseError("unexpected :");
        return node;
      }
      case "name":
        if (/^(TRUE|FALSE)$/i.test(t.v) && !t.sheet) return { type: "bool", value: t.v.toUpperCase() === "TRUE" };
        return { type: "name", name: t.sheet ? `${t.sheet}!${t.v}` : t.v };
      case "func": {
        const args: Node[] = [];
        if (peek()?.k === ")") {
          next();
          return { type: "call", name: t.v, args };
        }
        for (;;) {
          if (peek()?.k === "," || peek()?.k === ")") args.push({ type: "name", name: "" });
          else args.push(expr(1));
          const sep = next();
          if (!sep) throw new ParseError("unclosed function call");
          if (sep.k === ")") break;
          if (sep.k !== ",") throw new ParseError("expected , or )");
        }
        return { type: "call", name: t.v, args };
      }
      case "(": {
        const e = expr(1);
        if (next()?.k !== ")") throw new ParseError("expected )");
        return e;
      }
      case "op":
        if (t.v === "-" || t.v === "+") return { type: "unary", op: t.v, arg: unary() };
        throw new ParseError(`unexpected ${t.v}`);
      default:
        throw new ParseError(`unexpected ${t.v}`);
    }
  }

  function unary(): Node {
    let n = primary();
    while (peek()?.k === "op" && peek()?.v === "%") {
      next();
      n = { type: "percent", arg: n };
    }
    return n;
  }

  function expr(minPrec: number): Node {
    let left = unary();
    for (;;) {
      const t = peek();
      if (!t || t.k !== "op") break;
      const prec = BINARY[t.v];
      if (prec === undefined || prec < minPrec) break;
      next();
      // Every operator associates to the left, "^" included, as in Excel (=2^3^2 is 64).
      const right = expr(prec + 1);
      left = { type: "binary", op: t.v, left, right };
    }
    return left;
  }

  // The lexer reads "D6:D10" as one reference; a range written in two ("A1 : B2",
  // "Sheet1!A1:Sheet1!B2") is joined here.
  const joined: Tok[] = [];
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i];
    const b = toks[i + 2];
    if (
      t.k === "ref" &&
      t.area.kind === "cell" &&
      toks[i + 1]?.k === "op" &&
      toks[i + 1].v === ":" &&
      b?.k === "ref" &&
      b.area.kind === "cell"
    ) {
      joined.push({ k: "ref", v: `${t.v}:${b.v}`, area: { kind: "range", from: t.area.from, to: b.area.from }, sheet: t.sheet });
      i += 2;
      continue;
    }
    joined.push(t);
  }
  toks.splice(0, toks.length, ...joined);
  if (toks.length === 0) throw new ParseError("empty formula");
  const tree = expr(1);
  if (p !== toks.length) throw new ParseError(`unexpected ${toks[p].v}`);
  return rangeFix(tree);
}

/** Turns "D6:D10" ref tokens (joined above) into range nodes. */
function rangeFix(n: Node): Node {
  switch (n.type) {
    case "name":
    case "num":
    case "str":
    case "bool":
    case "err":
    case "ref":
    case "range":
      return n;
    case "call":
      return { ...n, args: n.args.map(rangeFix) };
    case "unary":
    case "percent":
      return { ...n, arg: rangeFix(n.arg) };
    case "binary":
      return { ...n, left: rangeFix(n.left), right: rangeFix(n.right) };
  }
}
