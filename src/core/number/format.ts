/**
 * Writing numbers in Vietnamese notation whatever the machine's locale:
 * 8962.46 -> "8.962,46", 13570 -> "13.570", 61.4 -> "61,4%".
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

function groupThousands(int: string, sep: string): string {
  if (int.length <= 3) return int;
  let out = "";
  let i = int.length % 3 || 3;
  out = int.slice(0, i);
  for (; i < int.length; i += 3) out += sep + int.slice(i, i + 3);
  return out;
}

/** Formats a number (double or exact decimal) in Vietnamese notation. */
export function formatNumberVN(v: number | Dec, opts: FormatOptions = {}): string {
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
