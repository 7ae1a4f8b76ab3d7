/**
 * Numbering markers of an outline, as Vietnamese forms write them in the TT/STT column or at the
 * start of a label: A, B, C … (sections); I, II, III … (Roman groups); 1, 2 …; 1.1, 1.1.1 …
 * (parts); a), b) …; "-" and "+" bullets; (1), (2) ….
 *
 * A marker's style decides its level in the outline (see outline.ts). Seven letters are also Roman
 * numerals (C, D, I, L, M, V, X): the sequence they stand in decides — "D" after "CDXCIX" is the
 * Roman 500, "C" after "B" is a letter, "I" after "H" is a letter unless "II" follows.
 */

export const enum Style {
  None = 0,
  Letter = 1,
  Roman = 2,
  Arabic = 3,
  Alpha = 4,
  Dash = 5,
  Plus = 6,
  Star = 7,
  Paren = 8,
  /** An unnumbered headline row (capitals, a period label, or the start of a numbered list). */
  Headline = 9,
  /** Decimal parts: Decimal + depth (1.1 -> Decimal + 2, 1.1.1 -> Decimal + 3 …). */
  Decimal = 16,
}

export interface Marker {
  style: Style;
  /** The marker as shown, without its trailing "." ")" ":" ("1.2", "IV", "a", "-"). */
  text: string;
  /** Its place in its sequence: 1 for "1", "I", "A", "a"; 0 for bullets. */
  ordinal: number;
}

const ROMAN_RE = /^(?=[IVXLCDM])M{0,3}(C[MD]|D?C{0,3})(X[CL]|L?X{0,3})(I[XV]|V?I{0,3})$/;
const ROMAN_VALUES: Record<string, number> = { I: 1, V: 5, X: 10, L: 50, C: 100, D: 500, M: 1000 };

export function romanValue(s: string): number {
  if (!ROMAN_RE.test(s)) return 0;
  let v = 0;
  for (let i = 0; i < s.length; i++) {
    const a = ROMAN_VALUES[s[i]];
    const b = i + 1 < s.length ? ROMAN_VALUES[s[i + 1]] : 0;
    v += a < b ? -a : a;
  }
  return v;
}

/** Letters that follow `c` in a list: the Latin alphabet and the Vietnamese one (no F, J, W; Đ after D). */
const NEXT_LETTERS: Record<string, string> = {
  A: "B",
  B: "C",
  C: "D",
  D: "ĐE",
  Đ: "E",
  E: "FG",
  F: "G",
  G: "H",
  H: "I",
  I: "JK",
  J: "K",
  K: "L",
  L: "M",
  M: "N",
  N: "O",
  O: "P",
  P: "Q",
  Q: "R",
  R: "S",
  S: "T",
  T: "U",
  U: "V",
  V: "WX",
  W: "X",
  X: "Y",
  Y: "Z",
};

function isNextLetter(prev: string, c: string): boolean {
  return (NEXT_LETTERS[prev] ?? "").includes(c);
}

const LETTER_RE = /^[A-ZĐ]$/;
const ARABIC_RE = /^\d{1,5}$/;
const DECIMAL_RE = /^\d{1,5}(\.\d{1,4}){1,5}$/;
const ALPHA_RE = /^[a-zđ]$/;

/**
 * Splits a raw TT text into marker text and trailing punctuation: "1." -> "1", "a)" -> "a",
 * "(1)" -> "1" (paren), "II." -> "II", "1/" -> "1".
 */
function bare(t: string): { text: string; paren: boolean; closing: string } {
  let s = t.trim();
  let paren = false;
  if (s.length > 2 && s.startsWith("(") && s.endsWith(")")) {
    paren = true;
    s = s.slice(1, -1).trim();
  }
  let closing = "";
  const m = /[.):/]+$/.exec(s);
  if (m && m.index > 0) {
    closing = m[0];
    s = s.slice(0, m.index);
  }
  return { text: s, paren, closing };
}

const BULLETS: Record<string, Style> = {
  "-": Style.Dash,
  "–": Style.Dash,
  "—": Style.Dash,
  "•": Style.Dash,
  "+": Style.Plus,
  "*": Style.Star,
};

/**
 * The candidate readings of a TT text, before the sequence decides between a letter and a Roman
 * numeral. Undefined when the text is not a marker ("Tổng cộng", a long number, a word).
 */
export function markerCandidates(raw: string): Marker[] | undefined {
  const t = raw.trim();
  if (t === "" || t.length > 16) return undefined;
  const bullet = BULLETS[t] ?? (t.length === 2 && t[1] === " " ? BULLETS[t[0]] : undefined);
  if (bullet !== undefined) return [{ style: bullet, text: t[0], ordinal: 0 }];
  const b = bare(t);
  const s = b.text;
  if (b.paren) {
    if (ARABIC_RE.test(s)) return [{ style: Style.Paren, text: s, ordinal: Number(s) }];
    if (ALPHA_RE.test(s)) return [{ style: Style.Alpha, text: s, ordinal: s.charCodeAt(0) - 96 }];
    return undefined;
  }
  if (ARABIC_RE.test(s)) return [{ style: Style.Arabic, text: String(Number(s)), ordinal: Number(s) }];
  if (DECIMAL_RE.test(s)) {
    const depth = s.split(".").length;
    return [{ style: Style.Decimal + depth, text: s, ordinal: Number(s.slice(s.lastIndexOf(".") + 1)) }];
  }
  if (ALPHA_RE.test(s) && (b.closing.includes(")") || b.closing.includes(".") || b.closing.includes("/"))) {
    return [{ style: Style.Alpha, text: s, ordinal: s === "đ" ? 4.5 : s.charCodeAt(0) - 96 }];
  }
  const up = s.toUpperCase() === s;
  if (!up) return undefined;
  const out: Marker[] = [];
  if (LETTER_RE.test(s)) out.push({ style: Style.Letter, text: s, ordinal: s === "Đ" ? 4.5 : s.charCodeAt(0) - 64 });
  const rv = romanValue(s);
  if (rv > 0) out.push({ style: Style.Roman, text: s, ordinal: rv });
  return out.length ? out : undefined;
}

/** A number typed into the TT cell: 3 is item 3; 1.1 (Excel turned "1.1" into a number) is part 1.1. */
export function markerOfNumber(v: number): Marker | undefined {
  if (!Number.isFinite(v) || v < 0) return undefined;
  if (Number.isInteger(v)) return v <= 99999 ? { style: Style.Arabic, text: String(v), ordinal: v } : undefined;
  const s = String(v);
  if (!DECIMAL_RE.test(s)) return undefined;
  return { style: (Style.Decimal + 2) as Style, text: s, ordinal: Number(s.slice(s.indexOf(".") + 1)) };
}

/** A marker at the start of a label, when the TT column holds none: "1. Thu nội địa", "- Thuế GTGT", "a) …". */
export function leadingMarker(label: string): { marker: string; rest: string } | undefined {
  const m =
    /^\s*((?:[-–—•+*])|(?:\d{1,3}(?:\.\d{1,3}){0,4}[.)/])|(?:[IVXLC]{1,6}[.)/])|(?:[A-ZĐ][.)/])|(?:[a-zđ][).])|(?:\(\d{1,2}\)))\s+(\S.*)$/u.exec(
      label,
    );
  if (!m) return undefined;
  return { marker: m[1], rest: m[2] };
}

/**
 * The sequence context of one outline: the last letter, Roman numeral and whether each style is
 * open. It resolves C, D, I, L, M, V, X.
 */
export class MarkerSequence {
  private lastLetter: string | undefined;
  private lastRoman = 0;

  /**
   * Picks one reading. `openStyles` are the styles currently open in the outline (innermost last);
   * `next` lazily gives the following marker texts in the column, for the "I after H" case.
   */
  decide(cands: Marker[], openStyles: readonly Style[], next: () => string | undefined): Marker {
    let pick = cands[0];
    if (cands.length > 1) {
      const letter = cands.find((c) => c.style === Style.Letter) as Marker;
      const roman = cands.find((c) => c.style === Style.Roman) as Marker;
      const letterCont = this.lastLetter !== undefined && isNextLetter(this.lastLetter, letter.text);
      const romanCont = this.lastRoman > 0 && roman.ordinal === this.lastRoman + 1;
      if (letterCont && !romanCont) pick = letter;
      else if (romanCont && !letterCont) pick = roman;
      else if (letterCont && romanCont) {
        // Both continue: the innermost open style wins.
        pick = openStyles.lastIndexOf(Style.Roman) > openStyles.lastIndexOf(Style.Letter) ? roman : letter;
      } else if (roman.ordinal === 1) {
        pick = roman; // "I" starts Roman groups
      } else {
        pick = openStyles.includes(Style.Letter) ? letter : roman;
      }
      // "I" after "H" is a letter unless "II" follows (then it opened Roman groups under H).
      if (pick === letter && letter.text === "I") {
        const n = next();
        if (n !== undefined && bare(n).text === "II") pick = roman;
      }
    }
    if (pick.style === Style.Letter) this.lastLetter = pick.text;
    else if (pick.style === Style.Roman) this.lastRoman = pick.ordinal;
    return pick;
  }
}
