/**
 * Đọc chữ thành số — Vietnamese number words back to an exact decimal, as written on payment
 * documents ("Số tiền bằng chữ"): "Mười ba tỷ năm trăm bảy mươi triệu đồng" -> 13570000000,
 * "Tám nghìn chín trăm sáu mươi hai phẩy bốn mươi sáu" -> 8962.46. The inverse of numberToWords,
 * with the usual variants: mốt/một, lăm/năm, tư/bốn after mươi, linh/lẻ, nghìn/ngàn, tỷ/tỉ,
 * bảy/bẩy, "âm" for negatives, "đồng", "đồng chẵn" or "chẵn" (and a closing "./.") at the end.
 *
 * Grammar (words lower-cased; unaccented text is read too: "muoi" is mươi after a digit, else mười):
 *   number   = [("âm"|"trừ")] integer ["phẩy" fraction] ["đồng"] ["chẵn"]
 *   integer  = "không" | flat | integer "tỷ" below1e9   -- the last "tỷ" splits, so tỷ repeats:
 *                                                      -- "một nghìn hai trăm tỷ" 1 200 × 10^9
 *   flat     = {triple group} [triple]                 -- groups named once, decreasing:
 *   group    = ("nghìn"|"ngàn"|"triệu"|"tỷ") {"tỷ"}     -- "một nghìn tỷ hai trăm tỷ" 1,2 × 10^12
 *   below1e9 = [triple "triệu"] [triple ("nghìn"|"ngàn")] [triple]
 *   triple   = digit "trăm" [tens] | tens               -- "không trăm" inside a number
 *   tens     = ("linh"|"lẻ") digit | "mười" [unit] | digit "mươi" [unit] | digit
 *   fraction = {"không"} integer                        -- "không phẩy không năm" 0,05; in groups of
 *                                                      -- three: "không trăm linh năm" 0,005
 *            | digit {digit}                            -- digit by digit: "ba phẩy một bốn" 3,14
 * Anything else (other words, "một trăm năm" which reads 150 colloquially, "mười mười", groups out
 * of order) is not a number: undefined, never a guess.
 */
import { fold } from "../text/normalize";
import { type Dec, normalize } from "./decimal";

const DIGIT: Record<string, number> = {
  không: 0,
  một: 1,
  hai: 2,
  ba: 3,
  bốn: 4,
  năm: 5,
  sáu: 6,
  bảy: 7,
  bẩy: 7,
  tám: 8,
  chín: 9,
};

/** Words allowed as the units digit after mươi (and mười, linh where noted). */
function unitAfter(word: string, after: "mươi" | "mười" | "linh"): number | undefined {
  if (word === "không") return undefined;
  if (word === "tư") return 4;
  if (word === "lăm") return after === "linh" ? undefined : 5;
  if (word === "mốt") return after === "mươi" ? 1 : undefined;
  return DIGIT[word];
}

const BILLION = 1_000_000_000n;

/** A group 0..999; `inner`: a higher group precedes, so "linh" may come without "trăm". */
function parseTriple(w: string[], inner: boolean): number | undefined {
  let i = 0;
  let value = 0;
  let hundreds = false;
  if (w.length >= 2 && w[1] === "trăm") {
    const h = DIGIT[w[0]];
    if (h === undefined) return undefined;
    value = h * 100;
    hundreds = true;
    i = 2;
  }
  const rest = w.slice(i);
  if (rest.length === 0) {
    // "không trăm" alone is no group.
    return hundreds && value > 0 ? value : undefined;
  }
  const [a, b, c] = rest;
  if (a === "linh" || a === "lẻ") {
    if (rest.length !== 2 || !(hundreds || inner)) return undefined;
    const u = unitAfter(b, "linh");
    return u === undefined ? undefined : value + u;
  }
  if (a === "mười") {
    if (rest.length === 1) return value + 10;
    if (rest.length !== 2) return undefined;
    const u = unitAfter(b, "mười");
    return u === undefined ? undefined : value + 10 + u;
  }
  if (b === "mươi") {
    const t = DIGIT[a];
    if (t === undefined || t < 2 || rest.length > 3) return undefined;
    if (rest.length === 2) return value + t * 10;
    const u = unitAfter(c, "mươi");
    return u === undefined ? undefined : value + t * 10 + u;
  }
  // A lone digit: only leading the number ("một trăm năm" is 150 in speech, "một tỷ năm" 1,5 tỷ).
  if (rest.length !== 1 || hundreds || inner) return undefined;
  const u = DIGIT[a];
  return u === undefined || u === 0 ? undefined : u;
}

/** 1..999 999 999 written with triệu and nghìn; `inner` as for parseTriple. */
function parseBelow1e9(w: string[], inner: boolean): number | undefined {
  let total = 0;
  let start = 0;
  let last = Infinity; // multiplier of the previous group, which must be larger
  for (let i = 0; i <= w.length; i++) {
    const word = w[i];
    let mult: number | undefined;
    if (i === w.length) mult = 1;
    else if (word === "triệu") mult = 1e6;
    else if (word === "nghìn" || word === "ngàn") mult = 1e3;
    if (mult === undefined) continue;
    if (mult >= last) return undefined;
    if (i === start) {
      if (i === w.length && total > 0) break; // nothing after the last multiplier
      return undefined;
    }
    const g = parseTriple(w.slice(start, i), inner || total > 0);
    if (g === undefined) return undefined;
    total += g * mult;
    last = mult;
    start = i + 1;
  }
  return total > 0 ? total : undefined;
}

const GROUP_HEAD: Record<string, number> = { nghìn: 3, ngàn: 3, triệu: 6 };

function isGroupWord(word: string): boolean {
  return word === "tỷ" || GROUP_HEAD[word] !== undefined;
}

/**
 * A whole number as groups each named once, largest first: triple + group name, the name one of
 * nghìn, triệu or tỷ followed by any number of "tỷ" ("nghìn tỷ" 10^12, "triệu tỷ" 10^15, "tỷ tỷ"
 * 10^18): "một nghìn tỷ hai trăm tỷ" 1 200 000 000 000. Undefined when the names do not decrease.
 */
function parseFlat(w: string[], inner: boolean): bigint | undefined {
  let total = 0n;
  let lastExp = Infinity;
  let i = 0;
  while (i < w.length) {
    let j = i;
    while (j < w.length && !isGroupWord(w[j])) j++;
    if (j === i) return undefined; // a group name without its number
    const t = parseTriple(w.slice(i, j), inner || i > 0);
    if (t === undefined) return undefined;
    let exp = 0;
    let k = j;
    if (k < w.length && GROUP_HEAD[w[k]] !== undefined) exp += GROUP_HEAD[w[k++]];
    while (k < w.length && w[k] === "tỷ") {
      exp += 9;
      k++;
    }
    if (exp >= lastExp) return undefined;
    total += BigInt(t) * 10n ** BigInt(exp);
    lastExp = exp;
    i = k;
  }
  return total;
}

/**
 * A whole number: groups named once (parseFlat), or as numberToWords writes from 10^12 on, the
 * last "tỷ" splitting it into (number) tỷ + below 10^9: "một nghìn hai trăm tỷ" 1 200 × 10^9,
 * "một tỷ không trăm linh một tỷ" 1 000 000 001 × 10^9. Where the number before that "tỷ" has a
 * "tỷ" of its own, what follows that one is written in full ("không trăm linh một", not "một").
 */
function parseInteger(w: string[], inner = false): bigint | undefined {
  if (w.length === 0) return undefined;
  if (w.length === 1 && w[0] === "không") return 0n;
  const flat = parseFlat(w, inner);
  if (flat !== undefined) return flat;
  const k = w.lastIndexOf("tỷ");
  if (k < 0) return undefined;
  const hiWords = w.slice(0, k);
  const hi = parseInteger(hiWords, inner);
  if (hi === undefined || hi === 0n) return undefined;
  const k2 = hiWords.lastIndexOf("tỷ");
  if (k2 >= 0 && k2 < hiWords.length - 1 && hiWords[k2 + 2] !== "trăm") return undefined;
  if (k === w.length - 1) return hi * BILLION;
  const lo = parseBelow1e9(w.slice(k + 1), true);
  return lo === undefined ? undefined : hi * BILLION + BigInt(lo);
}

/**
 * The digits after "phẩy". A fraction written in groups of three ("không trăm ba mươi hai" 032,
 * "không trăm linh năm" 005) has all the digits of its groups.
 */
function parseFraction(w: string[]): string | undefined {
  if (w.length === 0) return undefined;
  let zeros = 0;
  while (zeros < w.length && w[zeros] === "không" && w[zeros + 1] !== "trăm") zeros++;
  const rest = w.slice(zeros);
  if (rest.length === 0) return "0".repeat(zeros);
  const n = parseInteger(rest);
  if (n !== undefined) {
    let digits = n.toString();
    if (rest[1] === "trăm") digits = digits.padStart(Math.ceil(digits.length / 3) * 3, "0");
    return "0".repeat(zeros) + digits;
  }
  // Digit by digit: "một bốn" 14.
  let digits = "0".repeat(zeros);
  for (const word of rest) {
    const d = DIGIT[word];
    if (d === undefined) return undefined;
    digits += d;
  }
  return digits;
}

/** The words, folded (no accents), to the number words they can only be. "muoi" is decided by its place. */
const UNACCENTED: Record<string, string> = {};
for (const word of [
  ...Object.keys(DIGIT),
  "mốt",
  "lăm",
  "tư",
  "linh",
  "lẻ",
  "trăm",
  "nghìn",
  "ngàn",
  "triệu",
  "tỷ",
  "phẩy",
  "đồng",
  "chẵn",
  "âm",
  "trừ",
]) {
  const f = fold(word);
  if (UNACCENTED[f] === undefined) UNACCENTED[f] = word;
}
UNACCENTED.mot = "một";
UNACCENTED.ti = "tỷ";

const TENS_DIGIT = new Set(["hai", "ba", "bốn", "năm", "sáu", "bảy", "bẩy", "tám", "chín"]);

function tokens(text: string): string[] {
  let s = text.normalize("NFC").toLowerCase();
  // Commas between words, a closing "./." or "." as on payment documents.
  s = s.replace(/[,;]/g, " ").replace(/[\s./]+$/, "");
  const w = s.split(/\s+/).filter((x) => x !== "");
  const out: string[] = [];
  for (const x of w) {
    if (x === "tỉ") out.push("tỷ");
    else if (x === "muoi") out.push(out.length > 0 && TENS_DIGIT.has(out[out.length - 1]) ? "mươi" : "mười");
    else out.push(UNACCENTED[x] ?? x);
  }
  return out;
}

/**
 * Reads Vietnamese number words into an exact decimal: "Mười ba nghìn năm trăm bảy mươi" ->
 * 13570, "âm ba trăm" -> -300, "không phẩy không năm" -> 0.05. Undefined when the text is not
 * number words.
 */
export function wordsToNumber(text: string): Dec | undefined {
  const w = tokens(text);
  let end = w.length;
  if (end > 0 && w[end - 1] === "chẵn") end--;
  if (end > 0 && w[end - 1] === "đồng") end--;
  let start = 0;
  let neg = false;
  if (w[0] === "âm" || w[0] === "trừ") {
    neg = true;
    start = 1;
  }
  const body = w.slice(start, end);
  if (body.length === 0) return undefined;
  const p = body.indexOf("phẩy");
  const int = parseInteger(p < 0 ? body : body.slice(0, p));
  if (int === undefined) return undefined;
  let m = int;
  let s = 0;
  if (p >= 0) {
    const digits = parseFraction(body.slice(p + 1));
    if (digits === undefined) return undefined;
    s = digits.length;
    m = int * 10n ** BigInt(s) + BigInt(digits);
  }
  return normalize({ m: neg ? -m : m, s });
}
