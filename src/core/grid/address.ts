/**
 * A1 addresses: the one module that reads and writes them — cells ("D7", "$D$7"), ranges
 * ("A1:B2"), whole columns ("B:D") and whole rows ("3:5"), sheet-qualified forms
 * ("'Phụ lục I'!A1", "'It''s'!A1", "Sheet1!A1") and area lists ("S!A1:B2, S!C3", as Office.js
 * returns them).
 *
 * One convention everywhere:
 * - in code, rows and columns are 0-based: row 0 is sheet row 1, column 0 is column A;
 * - MAX_ROWS and MAX_COLS are counts: the last row index is MAX_ROWS − 1 (sheet row 1048576),
 *   the last column index MAX_COLS − 1 (column XFD);
 * - A1 text is 1-based, as Excel shows it. Letters are read in any case and written in upper case;
 * - text outside the sheet ("XFE1", "A1048577", "A0") is not an address (Excel reads it as a name).
 *
 * A whole column "B:D" is the Rect of rows 0 … MAX_ROWS − 1, a whole row "3:5" the Rect of columns
 * 0 … MAX_COLS − 1; {@link rectToA1} writes such Rects back in the short form.
 */
import type { Rect } from "./grid";

/** Rows in a worksheet (the last row index is MAX_ROWS − 1). */
export const MAX_ROWS = 1_048_576;
/** Columns in a worksheet (the last column index is MAX_COLS − 1, column XFD). */
export const MAX_COLS = 16_384;

/** Is the 0-based (row, col) inside the sheet? */
export function inSheet(row: number, col: number): boolean {
  return row >= 0 && row < MAX_ROWS && col >= 0 && col < MAX_COLS;
}

/* ------------------------------------------------------------------------------------------ */
/* Columns                                                                                    */
/* ------------------------------------------------------------------------------------------ */

/** Letters of the first columns, computed once (formulas mostly refer to A … ZZ). */
const LETTERS: string[] = [];

function lettersOf(col: number): string {
  let s = "";
  let n = col + 1;
  while (n > 0) {
    const m = (n - 1) % 26;
    s = String.fromCharCode(65 + m) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}
for (let c = 0; c < 702; c++) LETTERS.push(lettersOf(c));

/** Column index (0-based) to letters: 0 → A, 25 → Z, 26 → AA, 16383 → XFD. */
export function colToLetters(col: number): string {
  return col >= 0 && col < 702 ? LETTERS[col] : lettersOf(col);
}

/** The column index (0-based) of letters in s[start, end), case-insensitive; -1 unless 1–3 letters within A … XFD. */
function colAt(s: string, start: number, end: number): number {
  if (end <= start || end - start > 3) return -1;
  let n = 0;
  for (let i = start; i < end; i++) {
    const c = s.charCodeAt(i) | 32;
    if (c < 97 || c > 122) return -1;
    n = n * 26 + (c - 96);
  }
  return n <= MAX_COLS ? n - 1 : -1;
}

/** Letters to column index (0-based): A → 0, AA → 26, case-insensitive; -1 unless 1–3 letters within A … XFD. */
export function lettersToCol(letters: string): number {
  return colAt(letters, 0, letters.length);
}

/* ------------------------------------------------------------------------------------------ */
/* Cells                                                                                      */
/* ------------------------------------------------------------------------------------------ */

export interface CellAddress {
  row: number;
  col: number;
}

/** A cell as written in a formula: "$D7" is col 3 absolute, row 6 relative. */
export interface CellRef extends CellAddress {
  rowAbs: boolean;
  colAbs: boolean;
}

/** 0-based (row, col) to an A1 address without "$" or sheet: (6, 3) → "D7". */
export function toA1(row: number, col: number): string {
  return colToLetters(col) + String(row + 1);
}

/** A cell with its "$" anchors: "$D7". */
function cellRefToA1(r: CellRef): string {
  return (r.colAbs ? "$" : "") + colToLetters(r.col) + (r.rowAbs ? "$" : "") + String(r.row + 1);
}

const isDigit = (c: number): boolean => c >= 48 && c <= 57;
const isLetter = (c: number): boolean => (c | 32) >= 97 && (c | 32) <= 122;

/** The row index (0-based) of the digits in s[start, end); -1 unless 1 … 1048576 (leading zeros allowed). */
function rowAt(s: string, start: number, end: number): number {
  if (end <= start || end - start > 7) return -1;
  let n = 0;
  for (let i = start; i < end; i++) {
    const c = s.charCodeAt(i);
    if (!isDigit(c)) return -1;
    n = n * 10 + (c - 48);
  }
  return n >= 1 && n <= MAX_ROWS ? n - 1 : -1;
}

/**
 * The hot path of the .xlsx reader: is s[start, end) exactly a cell address without "$" ("AB12")
 * inside the sheet? Writes it to `out` (0-based) and allocates nothing.
 */
export function readCellAt(s: string, start: number, end: number, out: CellAddress): boolean {
  // One pass, no helpers: this runs for every cell of every .xlsx the CLI reads.
  let i = start;
  let col = 0;
  while (i < end) {
    const c = s.charCodeAt(i) | 32;
    if (c < 97 || c > 122) break;
    col = col * 26 + (c - 96);
    i++;
  }
  if (i === start || i - start > 3 || col > MAX_COLS) return false;
  const d0 = i;
  let row = 0;
  while (i < end) {
    const c = s.charCodeAt(i);
    if (c < 48 || c > 57) return false;
    row = row * 10 + (c - 48);
    i++;
  }
  if (i === d0 || i - d0 > 7 || row === 0 || row > MAX_ROWS) return false;
  out.row = row - 1;
  out.col = col - 1;
  return true;
}

/** An A1 cell address ("D5", "$D$5", "d5", surrounding spaces allowed) to 0-based row/col, or undefined. */
export function fromA1(text: string): CellAddress | undefined {
  const a = parseArea(text);
  return a && a.kind === "cell" ? { row: a.from.row, col: a.from.col } : undefined;
}

/* ------------------------------------------------------------------------------------------ */
/* Areas: a cell, a range, whole columns, whole rows                                          */
/* ------------------------------------------------------------------------------------------ */

/**
 * A reference as written: `from` and `to` are its two ends as they stand in the text (not
 * sorted). A "cell" has `to` equal to `from`; "cols" (B:D) have rows 0 and MAX_ROWS − 1, marked
 * absolute (they never move); "rows" (3:5) have columns 0 and MAX_COLS − 1, marked absolute.
 */
export interface Area {
  kind: "cell" | "range" | "cols" | "rows";
  from: CellRef;
  to: CellRef;
}

/** One end of a reference at s[i]: "$D$7" (cell), "$D" (column) or "$7" (row); `end` is just after it. */
interface Part {
  kind: "cell" | "col" | "row";
  ref: CellRef;
  end: number;
}

function partAt(s: string, i: number, end: number): Part | undefined {
  let p = i;
  const lead = p < end && s.charCodeAt(p) === 36; /* $ */
  if (lead) p++;
  const l0 = p;
  while (p < end && p - l0 <= 3 && isLetter(s.charCodeAt(p))) p++;
  const l1 = p;
  if (l1 === l0) {
    // Only digits: a whole-row end ("$7", "7").
    const d0 = p;
    while (p < end && p - d0 <= 7 && isDigit(s.charCodeAt(p))) p++;
    const row = rowAt(s, d0, p);
    return row < 0 ? undefined : { kind: "row", ref: { row, col: 0, rowAbs: lead, colAbs: true }, end: p };
  }
  const col = colAt(s, l0, l1);
  if (col < 0) return undefined;
  const colAbs = lead;
  const rowAbs = p < end && s.charCodeAt(p) === 36;
  if (rowAbs) p++;
  const d0 = p;
  while (p < end && p - d0 <= 7 && isDigit(s.charCodeAt(p))) p++;
  if (p === d0) {
    // Only letters: a whole-column end ("$D", "D"); a "$" after the letters belongs to no column.
    return rowAbs ? undefined : { kind: "col", ref: { row: 0, col, rowAbs: true, colAbs }, end: l1 };
  }
  const row = rowAt(s, d0, p);
  return row < 0 ? undefined : { kind: "cell", ref: { row, col, rowAbs, colAbs }, end: p };
}

/**
 * The longest reference starting at s[i] (before `end`): "B2:C3", "B:C", "2:3" or "B2", with its
 * end index; undefined when none. It does not look past its own text: whether what follows
 * ("B2C", "LOG10(") makes it something else is the caller's business.
 */
export function scanArea(s: string, i: number, end = s.length): { area: Area; end: number } | undefined {
  const a = partAt(s, i, end);
  if (!a) return undefined;
  if (a.end < end && s.charCodeAt(a.end) === 58 /* : */) {
    const b = partAt(s, a.end + 1, end);
    if (b && b.kind === a.kind) {
      if (a.kind === "cell") return { area: { kind: "range", from: a.ref, to: b.ref }, end: b.end };
      if (a.kind === "col") return { area: { kind: "cols", from: a.ref, to: { ...b.ref, row: MAX_ROWS - 1 } }, end: b.end };
      return { area: { kind: "rows", from: a.ref, to: { ...b.ref, col: MAX_COLS - 1 } }, end: b.end };
    }
  }
  return a.kind === "cell" ? { area: { kind: "cell", from: a.ref, to: a.ref }, end: a.end } : undefined;
}

/** A whole text ("A1", "$A$1:B2", "B:D", "3:5"; surrounding spaces allowed) to an Area, or undefined. */
export function parseArea(text: string): Area | undefined {
  let i = 0;
  let e = text.length;
  while (i < e && text.charCodeAt(i) <= 32) i++;
  while (e > i && text.charCodeAt(e - 1) <= 32) e--;
  const m = scanArea(text, i, e);
  return m && m.end === e ? m.area : undefined;
}

/** An Area back in A1 text, with its "$" anchors: "$A$1:B2", "B:$D", "3:5". */
export function areaToA1(a: Area): string {
  switch (a.kind) {
    case "cell":
      return cellRefToA1(a.from);
    case "range":
      return `${cellRefToA1(a.from)}:${cellRefToA1(a.to)}`;
    case "cols":
      return `${a.from.colAbs ? "$" : ""}${colToLetters(a.from.col)}:${a.to.colAbs ? "$" : ""}${colToLetters(a.to.col)}`;
    case "rows":
      return `${a.from.rowAbs ? "$" : ""}${a.from.row + 1}:${a.to.rowAbs ? "$" : ""}${a.to.row + 1}`;
  }
}

/** The cells an Area covers, as a Rect (sorted: top ≤ bottom, left ≤ right). */
export function areaRect(a: Area): Rect {
  return {
    top: Math.min(a.from.row, a.to.row),
    left: Math.min(a.from.col, a.to.col),
    bottom: Math.max(a.from.row, a.to.row),
    right: Math.max(a.from.col, a.to.col),
  };
}

/** "A1:C3", "B2", "B:D", "3:5" ("$" allowed) to a Rect (0-based, inclusive), or undefined. */
export function rectFromA1(text: string): Rect | undefined {
  const a = parseArea(text);
  return a && areaRect(a);
}

/**
 * A Rect in A1 text without "$": "B2", "A1:C3"; full-height Rects as whole columns ("B:D"),
 * full-width ones as whole rows ("3:5"). The whole sheet is "A1:XFD1048576".
 */
export function rectToA1(r: Rect): string {
  const tall = r.top === 0 && r.bottom === MAX_ROWS - 1;
  const wide = r.left === 0 && r.right === MAX_COLS - 1;
  if (tall && !wide) return `${colToLetters(r.left)}:${colToLetters(r.right)}`;
  if (wide && !tall) return `${r.top + 1}:${r.bottom + 1}`;
  const a = toA1(r.top, r.left);
  return r.top === r.bottom && r.left === r.right ? a : `${a}:${toA1(r.bottom, r.right)}`;
}

/* ------------------------------------------------------------------------------------------ */
/* Sheet names                                                                                */
/* ------------------------------------------------------------------------------------------ */

/**
 * Can this character be part of an unquoted name (a sheet name before "!", a defined name, a
 * function)? Letters, digits, "_", ".", "\", "?" and anything beyond ASCII.
 */
export function isNameChar(c: number): boolean {
  return (
    (c >= 97 && c <= 122) ||
    (c >= 65 && c <= 90) ||
    (c >= 48 && c <= 57) ||
    c === 95 ||
    c === 46 ||
    c === 92 ||
    c === 63 ||
    c > 127
  );
}

/**
 * A sheet name as it appears before "!" in a reference: Sheet1 stays bare; a name with spaces,
 * punctuation or letters beyond ASCII, one starting with a digit, or one that reads as a cell
 * (A1, R1C1, R, C) is quoted, with its apostrophes doubled: 'Phụ lục I', 'It''s'.
 */
export function quoteSheetName(name: string): string {
  const bare = /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) && !/^[A-Za-z]{1,3}\d+$/.test(name) && !/^(R\d*C?\d*|C\d*)$/i.test(name);
  return bare ? name : `'${name.replace(/'/g, "''")}'`;
}

/** A sheet prefix at s[i]: "'Phụ lục I'!" or "Sheet1!"; `end` is just after the "!". */
export interface SheetPrefix {
  /** The sheet name, unquoted ("It's" for 'It''s'). */
  sheet: string;
  end: number;
}

/** The sheet prefix ("'It''s'!", "Sheet1!") at s[i], or undefined. */
export function scanSheetPrefix(s: string, i: number, end = s.length): SheetPrefix | undefined {
  if (i >= end) return undefined;
  if (s.charCodeAt(i) === 39 /* ' */) {
    let name = "";
    let j = i + 1;
    for (;;) {
      const k = s.indexOf("'", j);
      if (k < 0 || k >= end) return undefined;
      name += s.slice(j, k);
      if (s.charCodeAt(k + 1) === 39 && k + 1 < end) {
        name += "'";
        j = k + 2;
        continue;
      }
      return k + 1 < end && s.charCodeAt(k + 1) === 33 /* ! */ && name !== "" ? { sheet: name, end: k + 2 } : undefined;
    }
  }
  let j = i;
  while (j < end && isNameChar(s.charCodeAt(j))) j++;
  return j > i && j < end && s.charCodeAt(j) === 33 ? { sheet: s.slice(i, j), end: j + 1 } : undefined;
}

/* ------------------------------------------------------------------------------------------ */
/* Sheet-qualified addresses and area lists                                                   */
/* ------------------------------------------------------------------------------------------ */

/** An address with its sheet, when it names one. */
export interface SheetArea {
  sheet?: string;
  area: Area;
  rect: Rect;
}

/** "'Phụ lục I'!A1:B2", "Sheet1!B:D", "C3" (spaces around allowed) to its sheet and area, or undefined. */
export function parseAddress(text: string): SheetArea | undefined {
  let i = 0;
  while (i < text.length && text.charCodeAt(i) <= 32) i++;
  const p = scanSheetPrefix(text, i);
  const area = parseArea(p ? text.slice(p.end) : text);
  if (!area) return undefined;
  return p ? { sheet: p.sheet, area, rect: areaRect(area) } : { area, rect: areaRect(area) };
}

/** A Rect on a sheet as Office.js writes it: "'Phụ lục I'!A1:B2", "Sheet1!B:D". */
export function addressOf(sheet: string, r: Rect): string {
  return `${quoteSheetName(sheet)}!${rectToA1(r)}`;
}

/**
 * An area list ("'a,b'!A1:B2, 'a,b'!C3", as a RangeAreas address) to its addresses, in the order
 * written; undefined when a part is not an address.
 */
export function parseAreas(text: string): SheetArea[] | undefined {
  const out: SheetArea[] = [];
  let start = 0;
  let quoted = false;
  for (let i = 0; i <= text.length; i++) {
    const c = i < text.length ? text.charCodeAt(i) : 44;
    if (c === 39)
      quoted = !quoted; // a doubled '' toggles twice
    else if (c === 44 /* , */ && !quoted) {
      const part = text.slice(start, i);
      start = i + 1;
      if (part.trim() === "") continue;
      const a = parseAddress(part);
      if (!a) return undefined;
      out.push(a);
    }
  }
  return out;
}
