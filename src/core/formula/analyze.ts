/**
 * What a formula refers to, its R1C1 shape, and its value where it is plain arithmetic.
 */
import { areaToA1, MAX_ROWS, quoteSheetName } from "../grid/address";
import { BINARY, type Node, ParseError, type RangeNode, type RefNode, parseFormula } from "./parse";
import { shiftRef } from "./rewrite";

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

/** Calls `fn` for every reference and range of a formula, left to right. */
export function forEachRef(node: Node, fn: (r: RefNode | RangeNode) => void): void {
  switch (node.type) {
    case "ref":
    case "range":
      fn(node);
      break;
    case "call":
      for (const a of node.args) forEachRef(a, fn);
      break;
    case "unary":
    case "percent":
      forEachRef(node.arg, fn);
      break;
    case "binary":
      forEachRef(node.left, fn);
      forEachRef(node.right, fn);
      break;
    default:
      break;
  }
}

/**
 * Every cell a formula refers to, ranges expanded (up to `limit` cells; whole columns are cut at
 * `maxRow`). `sheet` is the formula's own sheet.
 */
export function referencedCells(
  node: Node,
  sheet: string,
  opts: { limit?: number; maxRow?: number } = {},
): CellAddr[] | undefined {
  const limit = opts.limit ?? 200_000;
  const maxRow = opts.maxRow ?? MAX_ROWS - 1;
  const out: CellAddr[] = [];
  let over = false;
  forEachRef(node, (n) => {
    if (over) return;
    if (n.type === "ref") {
      out.push({ sheet: n.sheet ?? sheet, row: n.row, col: n.col });
      return;
    }
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
  });
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

/** The formula in R1C1 form relative to its cell: =C5/D5*100 in E5 is "=RC[-2]/RC[-1]*100" — one shape for the whole column. */
export function r1c1Shape(node: Node, row: number, col: number, sheet?: string): string {
  return printFormula(node, (r, first) => refR1C1(first ? r : { ...r, sheet: undefined }, row, col, sheet));
}

function refA1(r: RefNode, withSheet: boolean): string {
  return (withSheet && r.sheet ? `${quoteSheetName(r.sheet)}!` : "") + areaToA1({ kind: "cell", from: r, to: r });
}

/** Whole columns and rows in their own form ("B:D", "3:5"); undefined for a range of cells. */
function wholeA1(n: RangeNode): string | undefined {
  if (!n.whole) return undefined;
  return (n.sheet ? `${quoteSheetName(n.sheet)}!` : "") + areaToA1({ kind: n.whole, from: n.from, to: n.to });
}

/**
 * Prints a formula with the leading "=" (parentheses only where needed), references written by
 * `ref` (`first`: the reference itself, or the first end of a range; false for a range's end),
 * ranges by `range` when it says how.
 */
function printFormula(
  node: Node,
  ref: (r: RefNode, first: boolean) => string,
  range: (n: RangeNode) => string | undefined = () => undefined,
): string {
  const go = (n: Node, parentPrec: number, right: boolean): string => {
    switch (n.type) {
      case "num":
        return String(n.value);
      case "str":
        return `"${n.value.replace(/"/g, '""')}"`;
      case "bool":
        return n.value ? "TRUE" : "FALSE";
      case "err":
        return n.value;
      case "name":
        return n.name;
      case "ref":
        return ref(n, true);
      case "range":
        return range(n) ?? `${ref(n.from, true)}:${ref(n.to, false)}`;
      case "call":
        return `${n.name}(${n.args.map((a) => go(a, 0, false)).join(",")})`;
      case "unary":
        return `${n.op}${go(n.arg, 6, false)}`;
      case "percent":
        return `${go(n.arg, 6, false)}%`;
      case "binary": {
        const p = BINARY[n.op] ?? 0;
        const s = `${go(n.left, p, false)}${n.op}${go(n.right, p, true)}`;
        return p < parentPrec || (right && p === parentPrec) ? `(${s})` : s;
      }
    }
  };
  return "=" + go(node, 0, false);
}

/** The formula back in A1 notation, with the leading "=" (parentheses only where needed). */
export function formulaText(node: Node): string {
  return printFormula(node, refA1, wholeA1);
}

const REF_ERROR: Node = { type: "err", value: "#REF!" };

/**
 * The formula moved by (dRow, dCol), as Excel moves it when copied: relative references shift,
 * and one that leaves the sheet becomes #REF! (a range when either end leaves) — as shiftFormula
 * (rewrite.ts) does on the text.
 */
export function shiftNode(node: Node, dRow: number, dCol: number): Node {
  const go = (n: Node): Node => {
    switch (n.type) {
      case "ref":
        return shiftRef(n, dRow, dCol) ?? REF_ERROR;
      case "range": {
        const from = shiftRef(n.from, dRow, dCol);
        const to = shiftRef(n.to, dRow, dCol);
        return from && to ? { ...n, from, to } : REF_ERROR;
      }
      case "call":
        return { ...n, args: n.args.map(go) };
      case "unary":
      case "percent":
        return { ...n, arg: go(n.arg) };
      case "binary":
        return { ...n, left: go(n.left), right: go(n.right) };
      default:
        return n;
    }
  };
  return go(node);
}

/** Row offsets (relative to the formula's row) of every relative reference. */
export function rowOffsets(node: Node, row: number): number[] {
  const out: number[] = [];
  forEachRef(node, (n) => {
    if (n.type === "ref") {
      if (!n.rowAbs) out.push(n.row - row);
      return;
    }
    if (!n.from.rowAbs) out.push(n.from.row - row);
    if (!n.to.rowAbs) out.push(n.to.row - row);
  });
  return out;
}
