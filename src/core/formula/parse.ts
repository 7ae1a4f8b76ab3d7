/**
 * A small parser for A1 formulas: enough to know which cells and ranges a total or a rate refers
 * to, to compare formulas by their R1C1 shape, and to evaluate the arithmetic ones.
 *
 * Handles numbers, strings, booleans, error literals, references (relative/absolute, same-sheet and
 * quoted other-sheet: 'Phụ lục I'!D6), ranges (D6:D10, A:A, 5:5), function calls (any name:
 * unknown functions parse fine and are simply not evaluated), + - * / ^ & comparisons, unary
 * minus/plus, postfix %, parentheses. Anything else gives a ParseError, never a crash.
 */
import { lettersToCol } from "../grid/grid";

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
  /** Whole columns (A:A) have rows 0..MAX; whole rows (5:5) have cols 0..MAX. */
  from: RefNode;
  to: RefNode;
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

const MAX_ROW = 1_048_575;
const MAX_COL = 16_383;

type Tok =
  | { k: "num"; v: number }
  | { k: "str"; v: string }
  | { k: "err"; v: string }
  | { k: "ref"; v: string; sheet?: string }
  | { k: "func"; v: string }
  | { k: "name"; v: string; sheet?: string }
  | { k: "op"; v: string }
  | { k: "("; v: "(" }
  | { k: ")"; v: ")" }
  | { k: ","; v: "," };

const ERRORS = ["#NULL!", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#N/A", "#GETTING_DATA", "#SPILL!", "#CALC!"];

/**
 * Reads a text quoted by `q` starting at `start` (a doubled quote stands for one): its content, and
 * the index just after the closing quote.
 */
function readQuoted(s: string, start: number, q: string, unterminated: string): [string, number] {
  let j = start + 1;
  let v = "";
  for (;;) {
    if (j >= s.length) throw new ParseError(unterminated);
    if (s[j] === q) {
      if (s[j + 1] === q) {
        v += q;
        j += 2;
        continue;
      }
      return [v, j + 1];
    }
    v += s[j++];
  }
}

function tokenize(src: string): Tok[] {
  const out: Tok[] = [];
  let i = 0;
  const s = src;
  while (i < s.length) {
    const c = s[i];
    if (c === " " || c === "\n" || c === "\r" || c === "\t") {
      i++;
      continue;
    }
    if (c === '"') {
      const [v, end] = readQuoted(s, i, '"', "unterminated string");
      out.push({ k: "str", v });
      i = end;
      continue;
    }
    if (c === "#") {
      const e = ERRORS.find((x) => s.startsWith(x, i) || s.toUpperCase().startsWith(x, i));
      if (!e) throw new ParseError(`unknown error literal at ${i}`);
      out.push({ k: "err", v: e });
      i += e.length;
      continue;
    }
    // Sheet prefix: 'quoted name'! or bare name!
    let sheet: string | undefined;
    if (c === "'") {
      const [v, j] = readQuoted(s, i, "'", "unterminated sheet name");
      if (s[j] !== "!") throw new ParseError("expected ! after a sheet name");
      sheet = v;
      i = j + 1;
    } else {
      const m = /^([^\s!'"(),:;+\-*/^&=<>%{}[\]]+)!/u.exec(s.slice(i));
      if (m) {
        sheet = m[1];
        i += m[0].length;
      }
    }
    const rest = s.slice(i);
    // A cell, a whole-column (A:A) or whole-row (5:5) range.
    const ref = /^(\$?[A-Za-z]{1,3}\$?\d{1,7}|\$?[A-Za-z]{1,3}:\$?[A-Za-z]{1,3}(?![\w(])|\$?\d{1,7}:\$?\d{1,7})(?![\w(.])/.exec(
      rest,
    );
    if (ref && !/^(TRUE|FALSE)\b/i.test(rest)) {
      out.push({ k: "ref", v: ref[1], sheet });
      i += ref[1].length;
      continue;
    }
    if (sheet !== undefined) {
      const nm = /^[A-Za-z_\\][\w.\\]*/.exec(rest);
      if (!nm) throw new ParseError("expected a reference after the sheet name");
      out.push({ k: "name", v: nm[0], sheet });
      i += nm[0].length;
      continue;
    }
    const num = /^(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?/.exec(rest);
    if (num) {
      out.push({ k: "num", v: Number(num[0]) });
      i += num[0].length;
      continue;
    }
    const fn = /^([A-Za-z_][\w.]*)\s*\(/.exec(rest);
    if (fn) {
      out.push({ k: "func", v: fn[1].toUpperCase() });
      i += fn[0].length;
      continue;
    }
    const name = /^[A-Za-z_\\][\w.\\]*/.exec(rest);
    if (name) {
      out.push({ k: "name", v: name[0] });
      i += name[0].length;
      continue;
    }
    const op = /^(<=|>=|<>|[-+*/^&=<>%:])/.exec(rest);
    if (op) {
      out.push({ k: "op", v: op[1] });
      i += op[1].length;
      continue;
    }
    if (c === "(" || c === ")") {
      out.push({ k: c, v: c } as Tok);
      i++;
      continue;
    }
    if (c === "," || c === ";") {
      out.push({ k: ",", v: "," });
      i++;
      continue;
    }
    throw new ParseError(`unexpected "${c}" at ${i}`);
  }
  return out;
}

function cellRef(text: string, sheet: string | undefined): RefNode {
  const m = /^(\$?)([A-Za-z]{1,3})(\$?)(\d{1,7})$/.exec(text);
  if (!m) throw new ParseError(`bad reference ${text}`);
  return {
    type: "ref",
    sheet,
    col: lettersToCol(m[2].toUpperCase()),
    colAbs: m[1] === "$",
    row: Number(m[4]) - 1,
    rowAbs: m[3] === "$",
  };
}

function refOrRange(text: string, sheet: string | undefined): RefNode | RangeNode {
  const cols = /^(\$?)([A-Za-z]{1,3}):(\$?)([A-Za-z]{1,3})$/.exec(text);
  if (cols) {
    const a = lettersToCol(cols[2].toUpperCase());
    const b = lettersToCol(cols[4].toUpperCase());
    return {
      type: "range",
      sheet,
      from: { type: "ref", sheet, col: a, colAbs: cols[1] === "$", row: 0, rowAbs: true },
      to: { type: "ref", sheet, col: b, colAbs: cols[3] === "$", row: MAX_ROW, rowAbs: true },
    };
  }
  const rows = /^(\$?)(\d{1,7}):(\$?)(\d{1,7})$/.exec(text);
  if (rows) {
    return {
      type: "range",
      sheet,
      from: { type: "ref", sheet, col: 0, colAbs: true, row: Number(rows[2]) - 1, rowAbs: rows[1] === "$" },
      to: { type: "ref", sheet, col: MAX_COL, colAbs: true, row: Number(rows[4]) - 1, rowAbs: rows[3] === "$" },
    };
  }
  const cells = /^([$A-Za-z]+[$\d]+):([$A-Za-z]+[$\d]+)$/.exec(text);
  if (cells) return { type: "range", sheet, from: cellRef(cells[1], sheet), to: cellRef(cells[2], sheet) };
  return cellRef(text, sheet);
}

const BINARY: Record<string, number> = {
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
  const toks = tokenize(src);
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
        const node: Node = refOrRange(t.v, t.sheet);
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

  // Ranges given as REF:REF tokens are matched by the tokenizer only for whole rows/columns; join
  // cell:cell here by a pre-pass.
  const joined: Tok[] = [];
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i];
    if (t.k === "ref" && toks[i + 1]?.k === "op" && toks[i + 1].v === ":" && toks[i + 2]?.k === "ref") {
      joined.push({ k: "ref", v: `${t.v}:${(toks[i + 2] as { v: string }).v}`, sheet: t.sheet });
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
