/**
 * Writing numbers in Vietnamese notation whatever the machine's locale:
 * 8962.46 -> "8.962,46", 13570 -> "13.570", 61.4 -> "61,4%".
 *
 * One formatter, exact in every case and fast in the common one. A double is written from the
 * digits of its shortest representation (what JavaScript prints: 1.005 is 1,005, so 2 decimals
 * give "1,01"), rounded half away from zero; a Dec from its exact digits. Three paths give the
 * same text (test/core/number/format.test.ts compares them on random inputs):
 *
 * - scaled: the value is m / 10^k with m an integer in doubles — a Dec whose m is a safe integer;
 *   a safe integer; a double that is m / 10^k for k <= FAST_DECIMALS and m <= SCALED_LIMIT, found
 *   with a few multiplications. Rounding is integer arithmetic on m, exact in doubles.
 * - shortest: any other double JavaScript prints without an exponent (0.1 + 0.2, 61.40350877192982,
 *   integers beyond 2^53 below 10^21): rounding on the digits of String(v).
 * - exact (formatNumberVNExact): everything else — exponents, options the fast paths do not take —
 *   through decimal.ts's BigInt decimals.
 */
import { type Dec, decFromNumber, decRound, decToString, normalize } from "./decimal";

export interface FormatOptions {
  /** Exactly this many decimals (rounded half away from zero, zeros kept). */
  decimals?: number;
  /** At most this many decimals (trailing zeros dropped). */
  maxDecimals?: number;
  /** Group thousands with "." (default true). */
  group?: boolean;
}

const POW10: number[] = [];
for (let i = 0, p = 1; i <= 22; i++, p *= 10) POW10.push(p);
const MAX_SAFE = Number.MAX_SAFE_INTEGER;

/** The scaled path looks for a double's digits among k = 1..FAST_DECIMALS decimals. */
const FAST_DECIMALS = 10;
/**
 * Up to this m, a double x with m / 10^k === x (the division rounds as reading the decimal does, so
 * m / 10^k reads back as x) has that value for its shortest representation: x's ulp, at most
 * x * 2^-52, is at most a quarter of 10^-k, so no other number of k decimals reads back as x, and the
 * shortest representation has k decimals or fewer. Math.round(x * 10^k) finds m: the product is
 * within 1/4 of it.
 */
const SCALED_LIMIT = 2 ** 50;
/** `decimals` / `maxDecimals` the fast paths take; others (negative, fractional, huge) go exact. */
const MAX_OPTION_DECIMALS = 20;

function groupThousands(int: string, sep: string): string {
  if (int.length <= 3) return int;
  let out = "";
  let i = int.length % 3 || 3;
  out = int.slice(0, i);
  for (; i < int.length; i += 3) out += sep + int.slice(i, i + 3);
  return out;
}

/** `max` when the options ask for every digit: more than any number has. */
const ALL = 1000;

/** Whether `decimals` / `maxDecimals` is one the fast paths take. */
function fastDecimals(d: number): boolean {
  return Number.isInteger(d) && d >= 0 && d <= MAX_OPTION_DECIMALS;
}

const ZEROS = "0".repeat(MAX_OPTION_DECIMALS + 23);

/**
 * q / 10^k (q a non-negative safe integer, k <= 22) rounded half away from zero to `max` decimals,
 * then padded with zeros to `fixed` decimals (fixed >= 0, max = fixed) or with its trailing zeros
 * dropped (fixed = -1). Exact: every step is on integers in doubles.
 */
function formatScaled(q: number, k: number, fixed: number, max: number, group: boolean, negative: boolean): string {
  if (k > max) {
    const p = POW10[k - max];
    const r = q % p;
    q = (q - r) / p;
    if (2 * r >= p) q += 1;
    k = max;
  }
  if (fixed < 0) {
    while (k > 0 && q % 10 === 0) {
      q /= 10;
      k--;
    }
  }
  let s = String(q);
  let body: string;
  if (k === 0) body = group ? groupThousands(s, ".") : s;
  else {
    if (s.length <= k) s = ZEROS.slice(0, k - s.length + 1) + s;
    const int = s.slice(0, s.length - k);
    body = (group ? groupThousands(int, ".") : int) + "," + s.slice(s.length - k);
  }
  if (fixed > k) body += (k === 0 ? "," : "") + ZEROS.slice(0, fixed - k);
  return negative && q !== 0 ? "-" + body : body;
}

/** "0099" + 1 -> "0100": adds one to a string of decimal digits. */
function incrementDigits(digits: string): string {
  let i = digits.length - 1;
  while (i >= 0 && digits.charCodeAt(i) === 57 /* 9 */) i--;
  if (i < 0) return "1" + "0".repeat(digits.length);
  return digits.slice(0, i) + String.fromCharCode(digits.charCodeAt(i) + 1) + "0".repeat(digits.length - i - 1);
}

/**
 * a (>= 0) as formatScaled writes it, from the digits of String(a), rounded half away from zero
 * with string operations. Undefined when JavaScript prints a with an exponent (below 10^-6 or from 10^21).
 */
function formatShortest(a: number, fixed: number, max: number, group: boolean, negative: boolean): string | undefined {
  const str = String(a);
  if (str.indexOf("e") >= 0) return undefined;
  const dot = str.indexOf(".");
  let int = dot < 0 ? str : str.slice(0, dot);
  let frac = dot < 0 ? "" : str.slice(dot + 1);
  if (frac.length > max) {
    let digits = int + frac.slice(0, max);
    if (frac.charCodeAt(max) >= 53 /* 5 */) digits = incrementDigits(digits);
    int = digits.slice(0, digits.length - max);
    frac = digits.slice(digits.length - max);
  }
  if (fixed < 0) {
    let end = frac.length;
    while (end > 0 && frac.charCodeAt(end - 1) === 48 /* 0 */) end--;
    frac = frac.slice(0, end);
  } else if (frac.length < fixed) {
    frac += ZEROS.slice(0, fixed - frac.length);
  }
  let zero = true;
  for (let i = 0; i < int.length && zero; i++) if (int.charCodeAt(i) !== 48) zero = false;
  for (let i = 0; i < frac.length && zero; i++) if (frac.charCodeAt(i) !== 48) zero = false;
  const body = (group ? groupThousands(int, ".") : int) + (frac.length > 0 ? "," + frac : "");
  return negative && !zero ? "-" + body : body;
}

/** A finite double by the scaled or shortest path; undefined when only the exact path will do. */
function formatDouble(v: number, fixed: number, max: number, group: boolean): string | undefined {
  const negative = v < 0;
  const a = negative ? -v : v;
  if (Number.isInteger(a)) {
    if (a <= MAX_SAFE) return formatScaled(a, 0, fixed, max, group, negative);
  } else {
    for (let k = 1; k <= FAST_DECIMALS; k++) {
      const m = Math.round(a * POW10[k]);
      if (m > SCALED_LIMIT) break;
      if (m / POW10[k] === a) return formatScaled(m, k, fixed, max, group, negative);
    }
  }
  return formatShortest(a, fixed, max, group, negative);
}

const MAX_SAFE_BIG = BigInt(MAX_SAFE);
const NO_OPTIONS: FormatOptions = {};

/** Formats a number (double or exact decimal) in Vietnamese notation. */
export function formatNumberVN(v: number | Dec, opts: FormatOptions = NO_OPTIONS): string {
  let fixed = -1;
  let max = ALL;
  if (opts.decimals !== undefined) {
    if (!fastDecimals(opts.decimals)) return formatNumberVNExact(v, opts);
    fixed = max = opts.decimals;
  } else if (opts.maxDecimals !== undefined) {
    if (!fastDecimals(opts.maxDecimals)) return formatNumberVNExact(v, opts);
    max = opts.maxDecimals;
  }
  const group = opts.group !== false;
  if (typeof v === "number") {
    if (Number.isFinite(v)) {
      const s = formatDouble(v, fixed, max, group);
      if (s !== undefined) return s;
    }
  } else if (Number.isInteger(v.s) && v.s >= 0 && v.s <= 22 && v.m <= MAX_SAFE_BIG && v.m >= -MAX_SAFE_BIG) {
    const m = Number(v.m);
    return formatScaled(m < 0 ? -m : m, v.s, fixed, max, group, m < 0);
  }
  return formatNumberVNExact(v, opts);
}

/**
 * formatNumberVN through decimal.ts only (BigInt): the reference the fast paths agree with, and
 * the path for what they do not take.
 */
export function formatNumberVNExact(v: number | Dec, opts: FormatOptions = NO_OPTIONS): string {
  if (typeof v === "number" && !Number.isFinite(v)) return String(v);
  let d = typeof v === "number" ? decFromNumber(v) : v;
  if (opts.decimals !== undefined) d = decRound(d, opts.decimals);
  else if (opts.maxDecimals !== undefined) d = normalize(decRound(d, opts.maxDecimals));
  else d = normalize(d);
  let s = decToString(d);
  let neg = false;
  if (s.startsWith("-")) {
    neg = true;
    s = s.slice(1);
  }
  const [int, fracPart = ""] = s.split(".");
  let frac = fracPart;
  if (opts.decimals !== undefined && frac.length < opts.decimals) frac = frac.padEnd(opts.decimals, "0");
  const isZero = /^0*$/.test(int) && /^0*$/.test(frac);
  const body = (opts.group === false ? int : groupThousands(int, ".")) + (frac ? "," + frac : "");
  return (neg && !isZero ? "-" : "") + body;
}

/**
 * units / 10^decimals with exactly `decimals` decimals, grouped: (896246, 2) -> "8.962,46",
 * (-3, 1) -> "-0,3", (0, 1) -> "0,0". For fixed-point results computed in doubles (TYLE's rates);
 * `units` is an integer, exact up to 2^53.
 */
export function formatScaledVN(units: number, decimals: number): string {
  if (Number.isSafeInteger(units) && Number.isInteger(decimals) && decimals >= 0 && decimals <= MAX_OPTION_DECIMALS) {
    return formatScaled(units < 0 ? -units : units, decimals, decimals, decimals, true, units < 0);
  }
  return formatNumberVN({ m: BigInt(units), s: decimals }, { decimals });
}

/** A percentage in percent units: 61.4035 with 1 decimal -> "61,4%". */
export function formatPercentVN(percentUnits: number | Dec, decimals?: number): string {
  const opts: FormatOptions = decimals === undefined ? { maxDecimals: 2 } : { decimals };
  return formatNumberVN(percentUnits, opts) + "%";
}

/** Formats in the notation of the user's language: Vietnamese "8.962,46", English "8,962.46". */
export function formatNumber(v: number | Dec, lang: "vi" | "en", opts: FormatOptions = {}): string {
  const vi = formatNumberVN(v, opts);
  if (lang === "vi") return vi;
  return vi.replace(/[.,]/g, (ch) => (ch === "." ? "," : "."));
}
