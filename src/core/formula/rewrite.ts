/**
 * The formula rewriter: moves a formula as Excel does when it is copied or filled
 * ({@link shiftFormula}), and follows a sheet's new name ({@link renameSheet}). Both work on the
 * lexer's tokens (tokens.ts), so string literals ("A1", "Sheet1!A1"), function names (LOG10),
 * defined names, structured references and error literals are never touched, and everything not
 * rewritten (spaces, case, quoting) stays as written.
 *
 * Moving: relative parts move, "$"-anchored parts stay; whole columns (B:B) move only across,
 * whole rows (5:5) only down. A reference that leaves the sheet becomes #REF! (a range as soon as
 * either end leaves), keeping its sheet prefix (Sheet1!#REF!), as Excel writes it.
 */
import { type Area, areaToA1, type CellRef, MAX_COLS, MAX_ROWS, quoteSheetName } from "../grid/address";
import { sheetNameKey } from "../grid/sheetNames";
import { tokenize, type Token } from "./tokens";

/** One end of a reference moved by (dRow, dCol): the same object when nothing moves, undefined off the sheet. */
export function shiftRef<R extends CellRef>(r: R, dRow: number, dCol: number): R | undefined {
  const row = r.rowAbs ? r.row : r.row + dRow;
  const col = r.colAbs ? r.col : r.col + dCol;
  if (row === r.row && col === r.col) return r;
  if (row < 0 || row >= MAX_ROWS || col < 0 || col >= MAX_COLS) return undefined;
  return { ...r, row, col };
}

/** A reference moved by (dRow, dCol): the same object when nothing moves, undefined when it leaves the sheet. */
function shiftArea(a: Area, dRow: number, dCol: number): Area | undefined {
  const from = shiftRef(a.from, dRow, dCol);
  if (!from) return undefined;
  if (a.kind === "cell") return from === a.from ? a : { kind: "cell", from, to: from };
  const to = shiftRef(a.to, dRow, dCol);
  if (!to) return undefined;
  return from === a.from && to === a.to ? a : { kind: a.kind, from, to };
}

/** {@link shiftFormula} on a formula already split by tokenize() (tokens.ts): tokenize once, move many times. */
export function shiftTokens(toks: readonly Token[], dRow: number, dCol: number): string {
  let out = "";
  for (const t of toks) {
    if (t.k !== "ref") {
      out += t.text;
      continue;
    }
    const moved = shiftArea(t.area, dRow, dCol);
    if (moved === t.area) out += t.text;
    else out += (t.prefix?.text ?? "") + (moved ? areaToA1(moved) : "#REF!");
  }
  return out;
}

/**
 * The formula as Excel writes it when copied `dRow` rows down and `dCol` columns across
 * (negative: up, left). A leading "=" is kept if present.
 */
export function shiftFormula(formula: string, dRow: number, dCol: number): string {
  if (dRow === 0 && dCol === 0) return formula;
  return shiftTokens(tokenize(formula), dRow, dCol);
}

/**
 * The formula with the sheets `rename` gives a new name for (it answers undefined for the others)
 * referred to by that name, quoted as needed. All renames at once: A→B and B→A swap. Sheets of
 * other workbooks ([1]Sheet1!A1) are left alone.
 */
export function renameSheets(formula: string, rename: (sheet: string) => string | undefined): string {
  if (!formula.includes("!")) return formula;
  let out = "";
  for (const t of tokenize(formula)) {
    const p = t.k === "ref" || t.k === "name" || t.k === "err" ? t.prefix : undefined;
    const to = p && p.book === undefined ? rename(p.sheet) : undefined;
    out += p && to !== undefined ? quoteSheetName(to) + "!" + t.text.slice(p.text.length) : t.text;
  }
  return out;
}

/** The formula with references to sheet `from` (matched case-insensitively, as Excel does) made to `to`. */
export function renameSheet(formula: string, from: string, to: string): string {
  const key = sheetNameKey(from);
  return renameSheets(formula, (s) => (sheetNameKey(s) === key ? to : undefined));
}
