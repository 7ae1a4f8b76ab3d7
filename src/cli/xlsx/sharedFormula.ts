/**
 * Shared formulas: an .xlsx stores the formula once on the "master" cell
 * (`<f t="shared" ref="E5:E20" si="0">C5/D5*100</f>`) and the other cells only say
 * `<f t="shared" si="0"/>`. Each follower's formula is the master's, with its RELATIVE references
 * moved by the follower's offset from the master ({@link shiftFormula}).
 *
 * What moves: `C5` (row and column), `C$5` (column only), `$C5` (row only), `$C$5` nothing;
 * also inside sheet-qualified references (`'Phụ lục I'!D6`, `Sheet1!D6`), ranges (`D6:D10`),
 * whole columns (`A:C`, `$A:C`) and whole rows (`5:7`). What never changes: string literals
 * ("D6"), quoted sheet names, function names (`LOG10(`), defined names, error literals,
 * structured references (`Table1[Col]`) and external-book prefixes (`[1]`). A reference moved
 * outside the sheet becomes `#REF!`, as Excel does.
 */

const MAX_ROW = 1048576; // 1-based
const MAX_COL = 16384; // 1-based (XFD)

function isIdentChar(c: number): boolean {
  return (
    (c >= 65 && c <= 90) || // A-Z
    (c >= 97 && c <= 122) || // a-z
    (c >= 48 && c <= 57) || // 0-9
    c === 95 || // _
    c === 46 || // .
    c === 36 || // $
    c === 92 || // \
    c === 63 || // ?
    c > 127
  );
}

function lettersToNum(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) n = n * 26 + ((s.charCodeAt(i) & ~32) - 64);
  return n;
}

function numToLetters(n: number): string {
  let s = "";
  while (n > 0) {
    const m = (n - 1) % 26;
    s = String.fromCharCode(65 + m) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

const CELL_RE = /^(\$?)([A-Za-z]{1,3})(\$?)([0-9]{1,7})$/;
const COL_RE = /^(\$?)([A-Za-z]{1,3})$/;
const ROW_RE = /^(\$?)([0-9]{1,7})$/;

function shiftCol(abs: string, letters: string, dCol: number): string | undefined {
  const c = lettersToNum(letters);
  if (c < 1 || c > MAX_COL) return undefined;
  if (abs) return abs + letters;
  const n = c + dCol;
  return n < 1 || n > MAX_COL ? "#REF!" : numToLetters(n);
}

function shiftRow(abs: string, digits: string, dRow: number): string | undefined {
  const r = Number(digits);
  if (r < 1 || r > MAX_ROW) return undefined;
  if (abs) return abs + digits;
  const n = r + dRow;
  return n < 1 || n > MAX_ROW ? "#REF!" : String(n);
}

/** A piece of a formula: an identifier-like token (maybe a reference) or verbatim text. */
export interface FormulaToken {
  text: string;
  ident: boolean;
}
type Tok = FormulaToken;

/**
 * Splits a formula into identifier-like tokens and verbatim pieces (for {@link shiftTokens};
 * tokenize a shared formula's master once, then shift it for every follower).
 */
export function tokenizeFormula(f: string): FormulaToken[] {
  const toks: Tok[] = [];
  const n = f.length;
  let i = 0;
  let other = "";
  const flush = () => {
    if (other) toks.push({ text: other, ident: false });
    other = "";
  };
  while (i < n) {
    const c = f.charCodeAt(i);
    let j = i + 1;
    if (c === 34 || c === 39) {
      // "string literal" or 'quoted sheet name'; a doubled quote is an escaped quote
      const q = c === 34 ? '"' : "'";
      for (;;) {
        const k = f.indexOf(q, j);
        if (k < 0) {
          j = n;
          break;
        }
        if (f.charCodeAt(k + 1) === c) j = k + 2;
        else {
          j = k + 1;
          break;
        }
      }
    } else if (c === 91) {
      // [structured reference] or [external book]: balanced brackets, ' escapes inside
      let depth = 0;
      for (j = i; j < n; j++) {
        const d = f.charCodeAt(j);
        if (d === 39) j++;
        else if (d === 91) depth++;
        else if (d === 93 && --depth === 0) {
          j++;
          break;
        }
      }
      j = Math.min(j, n);
    } else if (c === 35) {
      // error literal: #REF!, #DIV/0!, #N/A, #NULL!, #GETTING_DATA
      while (j < n && /[A-Za-z0-9/!?_]/.test(f[j])) j++;
    } else if (isIdentChar(c)) {
      while (j < n && isIdentChar(f.charCodeAt(j))) j++;
      flush();
      toks.push({ text: f.slice(i, j), ident: true });
      i = j;
      continue;
    }
    other += f.slice(i, j);
    i = j;
  }
  flush();
  return toks;
}

/** True when the identifier token k is a function, sheet or table name (never moved). */
function isName(toks: readonly Tok[], k: number): boolean {
  const next = toks[k + 1];
  if (!next || next.ident) return false;
  const t = next.text;
  const c = t.charCodeAt(0);
  if (c === 33 /* ! */ || c === 91 /* [ */) return true;
  return /^ *\(/.test(t);
}

/**
 * Moves the relative references of `formula` by `dRow` rows and `dCol` columns.
 * A leading "=" is kept if present.
 */
export function shiftFormula(formula: string, dRow: number, dCol: number): string {
  if (dRow === 0 && dCol === 0) return formula;
  return shiftTokens(tokenizeFormula(formula), dRow, dCol);
}

/** {@link shiftFormula} on an already tokenized formula. */
export function shiftTokens(toks: readonly FormulaToken[], dRow: number, dCol: number): string {
  let out = "";
  for (let k = 0; k < toks.length; k++) {
    const t = toks[k];
    if (!t.ident || isName(toks, k)) {
      out += t.text;
      continue;
    }
    const m = CELL_RE.exec(t.text);
    if (m) {
      const col = shiftCol(m[1], m[2], dCol);
      const row = shiftRow(m[3], m[4], dRow);
      if (col === undefined || row === undefined)
        out += t.text; // not a cell (e.g. beyond XFD)
      else out += col === "#REF!" || row === "#REF!" ? "#REF!" : col + row;
      continue;
    }
    // Whole columns "A:C" / whole rows "5:7": two tokens of the same kind around a ":".
    const colon = toks[k + 1];
    const other = toks[k + 2];
    if (colon && colon.text === ":" && other && other.ident && !isName(toks, k + 2)) {
      const mc1 = COL_RE.exec(t.text);
      const mc2 = COL_RE.exec(other.text);
      const mr1 = ROW_RE.exec(t.text);
      const mr2 = ROW_RE.exec(other.text);
      let a: string | undefined;
      let b: string | undefined;
      if (mc1 && mc2) {
        a = shiftCol(mc1[1], mc1[2], dCol);
        b = shiftCol(mc2[1], mc2[2], dCol);
      } else if (mr1 && mr2) {
        a = shiftRow(mr1[1], mr1[2], dRow);
        b = shiftRow(mr2[1], mr2[2], dRow);
      }
      if (a !== undefined && b !== undefined) {
        out += a === "#REF!" || b === "#REF!" ? "#REF!" : `${a}:${b}`;
        k += 2;
        continue;
      }
    }
    out += t.text;
  }
  return out;
}
