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
