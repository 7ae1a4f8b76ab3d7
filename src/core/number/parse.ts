/**
 * Reading numbers typed or pasted as text.
 *
 * Vietnamese notation groups thousands with "." and marks decimals with ",": "8.962,46", "1.050",
 * "61,4%". English notation is the reverse. A single separator followed by exactly three digits
 * ("92,460", "1.050") reads differently in the two notations; the notation is therefore decided
 * per column (or sheet) from the unambiguous texts around it, Vietnamese by default.
 */
import { type Dec, decFromString, normalize } from "./decimal";

export type Notation = "vi" | "en";

/** What a text tells about its notation on its own. */
export type Evidence = "vi" | "en" | "ambiguous" | "none";

export interface ParsedNumber {
  /** The nearest double. */
  value: number;
  /** The exact value. */
  exact: Dec;
  /** Decimals as typed ("92,460" -> 3, "1.050" -> 0): the rounding the text shows. */
  decimals: number;
  /** The text ended with "%": the value is in percent units. */
  percent: boolean;
  /** The notation the text was read in. */
  notation: Notation;
  /**
   * The text reads differently in the other notation and was read with its separator as the
   * decimal mark ("92,460" in a Vietnamese column): `alt` is the other reading.
   */
  ambiguous: boolean;
  alt?: number;
}

// Spaces people paste: regular, no-break, narrow no-break, thin, figure.
const SPACES = /[\s\u00a0\u202f\u2009\u2007]+/g;

interface Cleaned {
  sign: 1 | -1;
  body: string;
  percent: boolean;
}

function clean(text: string): Cleaned | undefined {
  let s = text.replace(SPACES, " ").trim();
  if (s === "") return undefined;
  let sign: 1 | -1 = 1;
  let percent = false;
  if (s.startsWith("(") && s.endsWith(")")) {
    sign = -1;
    s = s.slice(1, -1).trim();
  }
  if (s.endsWith("%")) {
    percent = true;
    s = s.slice(0, -1).trim();
  }
  const c0 = s.charCodeAt(0);
  if (c0 === 45 /* - */ || c0 === 0x2212 /* − */ || c0 === 0x2013 /* – */) {
    sign = sign === 1 ? -1 : 1;
    s = s.slice(1).trim();
  } else if (c0 === 43 /* + */) {
    s = s.slice(1).trim();
  }
  // Digit groups separated by single spaces: "1 050 000".
  if (s.includes(" ")) {
    if (!/^\d{1,3}( \d{3})+([.,]\d+)?$/.test(s)) return undefined;
    s = s.replace(/ /g, "");
  }
  if (!/^[\d.,]+$/.test(s) || !/\d/.test(s)) return undefined;
  return { sign, body: s, percent };
}

const VI_GROUPED = /^\d{1,3}(\.\d{3})+(,\d+)?$/;
const VI_PLAIN = /^\d+(,\d+)?$/;
const EN_GROUPED = /^\d{1,3}(,\d{3})+(\.\d+)?$/;
const EN_PLAIN = /^\d+(\.\d+)?$/;
const ONE_SEP_THREE = /^[1-9]\d{0,2}[.,]\d{3}$/;

function validIn(body: string, n: Notation): boolean {
  return n === "vi" ? VI_GROUPED.test(body) || VI_PLAIN.test(body) : EN_GROUPED.test(body) || EN_PLAIN.test(body);
}

/** What a text says about its notation by itself. */
export function notationEvidence(text: string): Evidence {
  const c = clean(text);
  if (!c) return "none";
  const b = c.body;
  const hasDot = b.includes(".");
  const hasComma = b.includes(",");
  if (!hasDot && !hasComma) return "none";
  if (ONE_SEP_THREE.test(b)) return "ambiguous";
  const vi = validIn(b, "vi");
  const en = validIn(b, "en");
  if (vi && !en) return "vi";
  if (en && !vi) return "en";
  return "none";
}

/**
 * The notation of a set of texts (a column, a sheet): English only when the unambiguous English
 * texts outnumber the Vietnamese ones; Vietnamese otherwise.
 */
export function decideNotation(texts: Iterable<string>): Notation {
  let vi = 0;
  let en = 0;
  for (const t of texts) {
    const e = notationEvidence(t);
    if (e === "vi") vi++;
    else if (e === "en") en++;
  }
  return en > vi ? "en" : "vi";
}

function read(body: string, n: Notation): { exact: Dec; decimals: number } {
  const group = n === "vi" ? "." : ",";
  const mark = n === "vi" ? "," : ".";
  const plain = body.split(group).join("");
  const i = plain.indexOf(mark);
  const decimals = i < 0 ? 0 : plain.length - i - 1;
  const canonical = i < 0 ? plain : plain.slice(0, i) + "." + plain.slice(i + 1);
  return { exact: decFromString(canonical), decimals };
}

/**
 * Reads a number typed as text, in the given notation (falling back to the other one when the
 * text is only valid there, e.g. "12.5" in a Vietnamese column). Undefined when the text is not a
 * number ("hai trăm", "1.2.3,4,5", "").
 */
export function parseNumberText(text: string, notation: Notation = "vi"): ParsedNumber | undefined {
  const c = clean(text);
  if (!c) return undefined;
  let used: Notation = notation;
  if (!validIn(c.body, notation)) {
    const other: Notation = notation === "vi" ? "en" : "vi";
    if (!validIn(c.body, other)) return undefined;
    used = other;
  }
  const r = read(c.body, used);
  let exact = normalize(r.exact);
  if (c.sign < 0) exact = { m: -exact.m, s: exact.s };
  const value = Number((c.sign < 0 ? "-" : "") + r.exact.m.toString() + "e-" + r.exact.s);
  const out: ParsedNumber = { value, exact, decimals: r.decimals, percent: c.percent, notation: used, ambiguous: false };
  if (ONE_SEP_THREE.test(c.body)) {
    const sepIsDecimal = (used === "vi" && c.body.includes(",")) || (used === "en" && c.body.includes("."));
    if (sepIsDecimal) {
      const altN: Notation = used === "vi" ? "en" : "vi";
      const alt = read(c.body, altN);
      out.ambiguous = true;
      out.alt = c.sign * Number(alt.exact.m.toString() + "e-" + alt.exact.s);
    }
  }
  return out;
}
