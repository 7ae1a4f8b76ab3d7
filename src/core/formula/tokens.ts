/**
 * The formula lexer, shared by the parser (parse.ts) and the rewriter (rewrite.ts): a formula's
 * text → tokens whose texts, joined, give the formula back exactly (spaces included).
 *
 * It knows string literals ("a""b"), error literals (#REF!, #DIV/0!…), numbers, function names
 * (a name followed by "("), names (defined names, TRUE, table names), operators, and references
 * as address.ts reads them — cells, ranges, whole columns and rows, "$" anchors — with their sheet
 * prefix when there is one (Sheet1!A1, 'Phụ lục I'!D6:D10, Sheet1!#REF!, [1]Sheet1!A1 for another
 * workbook). A cell-like text followed by "(" or by more name characters is no reference (LOG10(,
 * A1B), nor is one outside the sheet (XFE1: a name). Structured references (Bang1[Cột A]) are a
 * name and an "other" token; anything the lexer does not know is an "other" token of its own.
 * Not handled: 3-D references (Sheet1:Sheet3!A1 reads as a name, ":", a reference on Sheet3).
 */
import { type Area, isNameChar, scanArea, scanSheetPrefix } from "../grid/address";

/** Excel's error literals. */
const ERRORS = ["#NULL!", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#N/A", "#GETTING_DATA", "#SPILL!", "#CALC!"];

/** The sheet a reference names, as written before it. */
export interface Prefix {
  /** The prefix as written, through the "!": "'Phụ lục I'!", "Sheet1!", "[1]Sheet1!". */
  text: string;
  /** The sheet name, unquoted. */
  sheet: string;
  /** "[1]", "[Book.xlsx]": the sheet is in another workbook. */
  book?: string;
}

export type Token =
  | { k: "ws" | "op" | "(" | ")" | "," | "other"; text: string }
  /** A string literal; `value` is unescaped; `closed` is false when the text ends inside it. */
  | { k: "str"; text: string; value: string; closed: boolean }
  | { k: "num"; text: string; value: number }
  /** A function name; the "(" is the next token but for spaces. */
  | { k: "func"; text: string }
  /** A name (after its prefix, if any: `text` is the prefix and the name; the name may be empty after a lone prefix). */
  | { k: "name"; text: string; prefix?: Prefix }
  /** An error literal; `value` in upper case. */
  | { k: "err"; text: string; value: string; prefix?: Prefix }
  /** A reference (`text` includes the prefix). */
  | { k: "ref"; text: string; area: Area; prefix?: Prefix };

const isSpace = (c: number): boolean => c === 32 || c === 10 || c === 13 || c === 9;
const isDigit = (c: number): boolean => c >= 48 && c <= 57;
/** Can a name start with this character (letters, "_", "\", beyond ASCII)? */
const isNameStart = (c: number): boolean => ((c | 32) >= 97 && (c | 32) <= 122) || c === 95 || c === 92 || c > 127;

/** The index just after the quoted text starting at s[i] (a doubled quote is one quote); s.length if unterminated. */
function quotedEnd(s: string, i: number, q: number): { end: number; closed: boolean } {
  let j = i + 1;
  for (;;) {
    const k = s.indexOf(q === 34 ? '"' : "'", j);
    if (k < 0) return { end: s.length, closed: false };
    if (s.charCodeAt(k + 1) === q) j = k + 2;
    else return { end: k + 1, closed: true };
  }
}

/** The index just after the balanced "[…]" starting at s[i] ("'" escapes the next character). */
function bracketEnd(s: string, i: number): number {
  let depth = 0;
  for (let j = i; j < s.length; j++) {
    const d = s.charCodeAt(j);
    if (d === 39) j++;
    else if (d === 91) depth++;
    else if (d === 93 && --depth === 0) return j + 1;
  }
  return s.length;
}

/** The error literal at s[i] ("#REF!", case-insensitive), or undefined. */
function errorAt(s: string, i: number): string | undefined {
  for (const e of ERRORS) if (s.length - i >= e.length && s.slice(i, i + e.length).toUpperCase() === e) return e;
  return undefined;
}

/** A number at s[i]: 12, 1.5, .5, 2E5, 1.5E+10; the index after it. */
function numberEnd(s: string, i: number): number {
  let j = i;
  while (isDigit(s.charCodeAt(j))) j++;
  if (s.charCodeAt(j) === 46) {
    j++;
    while (isDigit(s.charCodeAt(j))) j++;
  }
  if ((s.charCodeAt(j) | 32) === 101) {
    let k = j + 1;
    if (s.charCodeAt(k) === 43 || s.charCodeAt(k) === 45) k++;
    if (isDigit(s.charCodeAt(k))) {
      while (isDigit(s.charCodeAt(k))) k++;
      j = k;
    }
  }
  return j;
}

/** The prefix at s[i] ("Sheet1!", "'It''s'!", "[1]Sheet1!", "[1]!") and the index after it, or undefined. */
function prefixAt(s: string, i: number): { prefix: Prefix; end: number } | undefined {
  if (s.charCodeAt(i) === 91 /* [ */) {
    const close = bracketEnd(s, i);
    const book = s.slice(i, close);
    if (s.charCodeAt(close) === 33) return { prefix: { text: s.slice(i, close + 1), sheet: "", book }, end: close + 1 };
    const p = scanSheetPrefix(s, close);
    return p ? { prefix: { text: s.slice(i, p.end), sheet: p.sheet, book }, end: p.end } : undefined;
  }
  const p = scanSheetPrefix(s, i);
  if (!p) return undefined;
  const text = s.slice(i, p.end);
  // '[Book.xlsx]Sheet1'!A1: another workbook's sheet.
  const close = p.sheet.startsWith("[") ? p.sheet.indexOf("]") : -1;
  if (close > 0) return { prefix: { text, sheet: p.sheet.slice(close + 1), book: p.sheet.slice(0, close + 1) }, end: p.end };
  return { prefix: { text, sheet: p.sheet }, end: p.end };
}

/** Splits a formula (with or without its "=") into tokens; never throws. */
export function tokenize(s: string): Token[] {
  const out: Token[] = [];
  const n = s.length;
  let i = 0;
  while (i < n) {
    const c = s.charCodeAt(i);
    if (isSpace(c)) {
      let j = i + 1;
      while (j < n && isSpace(s.charCodeAt(j))) j++;
      out.push({ k: "ws", text: s.slice(i, j) });
      i = j;
      continue;
    }
    if (c === 34 /* " */) {
      const { end, closed } = quotedEnd(s, i, 34);
      const text = s.slice(i, end);
      out.push({ k: "str", text, value: text.slice(1, closed ? -1 : undefined).replace(/""/g, '"'), closed });
      i = end;
      continue;
    }
    if (c === 35 /* # */) {
      const e = errorAt(s, i);
      out.push(e ? { k: "err", text: s.slice(i, i + e.length), value: e } : { k: "other", text: "#" });
      i += e ? e.length : 1;
      continue;
    }

    // A reference, a name, an error literal, maybe after a sheet prefix.
    const at = prefixAt(s, i);
    const p = at ? at.end : i;
    const pre = at?.prefix;
    const ref = scanArea(s, p, n);
    if (ref) {
      const d = s.charCodeAt(ref.end);
      if (!(isNameChar(d) || d === 36 /* $ */ || d === 40 /* ( */)) {
        const text = s.slice(i, ref.end);
        out.push(pre ? { k: "ref", text, area: ref.area, prefix: pre } : { k: "ref", text, area: ref.area });
        i = ref.end;
        continue;
      }
    }
    if (pre) {
      const e = s.charCodeAt(p) === 35 ? errorAt(s, p) : undefined;
      if (e) {
        out.push({ k: "err", text: s.slice(i, p + e.length), value: e, prefix: pre });
        i = p + e.length;
      } else {
        let j = p;
        while (j < n && isNameChar(s.charCodeAt(j))) j++;
        out.push({ k: "name", text: s.slice(i, j), prefix: pre });
        i = j;
      }
      continue;
    }
    if (isDigit(c) || (c === 46 && isDigit(s.charCodeAt(i + 1)))) {
      const j = numberEnd(s, i);
      const text = s.slice(i, j);
      out.push({ k: "num", text, value: Number(text) });
      i = j;
      continue;
    }
    if (isNameStart(c)) {
      let j = i + 1;
      while (j < n && isNameChar(s.charCodeAt(j))) j++;
      let k = j;
      while (k < n && isSpace(s.charCodeAt(k))) k++;
      out.push({ k: s.charCodeAt(k) === 40 ? "func" : "name", text: s.slice(i, j) });
      i = j;
      continue;
    }
    if (c === 39 /* ' */ || c === 91 /* [ */) {
      // A quoted text that starts no sheet prefix, a structured reference: kept whole.
      const end = c === 39 ? quotedEnd(s, i, 39).end : bracketEnd(s, i);
      out.push({ k: "other", text: s.slice(i, end) });
      i = end;
      continue;
    }
    const two = s.slice(i, i + 2);
    if (two === "<=" || two === ">=" || two === "<>") {
      out.push({ k: "op", text: two });
      i += 2;
      continue;
    }
    const ch = s[i];
    if ("+-*/^&=<>%:".includes(ch)) out.push({ k: "op", text: ch });
    else if (ch === "(" || ch === ")") out.push({ k: ch, text: ch });
    else if (ch === "," || ch === ";") out.push({ k: ",", text: ch });
    else out.push({ k: "other", text: ch });
    i++;
  }
  return out;
}
