/**
 * What an Excel number format code says about how a number is shown: how many decimals, whether
 * it is a percentage (the cell holds a fraction: 0,614 shows 61,4%), whether the cell is text.
 */
import { decimalsOf } from "./decimal";

export interface FormatInfo {
  /** Decimals shown; undefined for General (the value's own decimals are shown). */
  decimals: number | undefined;
  percent: boolean;
  /** "@": the cell is formatted as text. */
  text: boolean;
  /** A date or time format. */
  date: boolean;
}

const GENERAL: FormatInfo = { decimals: undefined, percent: false, text: false, date: false };
const cache = new Map<string, FormatInfo>();

export function formatInfo(code: string | undefined): FormatInfo {
  if (code === undefined || code === "" || code === "General") return GENERAL;
  const hit = cache.get(code);
  if (hit) return hit;
  const info = analyse(code);
  if (cache.size < 10_000) cache.set(code, info);
  return info;
}

function analyse(code: string): FormatInfo {
  // The first section is the one for positive numbers.
  let section = "";
  let inQuote = false;
  for (let i = 0; i < code.length; i++) {
    const ch = code[i];
    if (ch === '"') inQuote = !inQuote;
    if (ch === ";" && !inQuote) break;
    section += ch;
  }
  // Drop quoted literals, escaped characters, and bracketed parts ([Red], [$-42A], [>=100]).
  const bare = section
    .replace(/"[^"]*"/g, "")
    .replace(/\\./g, "")
    .replace(/\[[^\]]*\]/g, "")
    .replace(/_./g, "")
    .replace(/\*./g, "");
  if (/^\s*general\s*$/i.test(bare)) return GENERAL;
  if (bare.trim() === "@") return { decimals: undefined, percent: false, text: true, date: false };
  const date = /[dmyhs]/i.test(bare.replace(/e[+-]/gi, "")) && !/[0#?]/.test(bare);
  const percent = bare.includes("%");
  const dot = bare.indexOf(".");
  let decimals = 0;
  if (dot >= 0) {
    for (let i = dot + 1; i < bare.length; i++) {
      const ch = bare[i];
      if (ch === "0" || ch === "#" || ch === "?") decimals++;
      else if (ch === "," || ch === " ") continue;
      else break;
    }
  }
  return { decimals, percent, text: false, date };
}

/**
 * Decimals a number shows under a format. For General, the value's own decimals, capped as
 * Excel's General display caps them (about 10 significant digits).
 */
export function shownDecimals(value: number, code: string | undefined): number {
  const info = formatInfo(code);
  if (info.decimals !== undefined) return info.decimals;
  if (Number.isInteger(value)) return 0;
  const intDigits = Math.max(1, Math.floor(Math.log10(Math.abs(value))) + 1);
  return Math.min(decimalsOf(value), Math.max(0, 10 - intDigits));
}
