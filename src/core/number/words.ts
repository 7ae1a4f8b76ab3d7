/**
 * Đọc số thành chữ — number to Vietnamese words, as written on payment documents:
 * 13570 -> "Mười ba nghìn năm trăm bảy mươi"; 1.005.000 -> "một triệu không trăm linh năm nghìn";
 * 21 "hai mươi mốt", 15 "mười lăm", 25 "hai mươi lăm", 105 "một trăm linh năm", 10^12 "một nghìn tỷ".
 */
import { type Dec, decFromNumber, decFromString, decShift, normalize } from "./decimal";
import { upperFirst } from "../text/case";

export interface WordsOptions {
  /** Word for a zero tens digit: 105 "một trăm linh năm" (default) or "một trăm lẻ năm". */
  zeroTens?: "linh" | "lẻ";
  /** 10^3: "nghìn" (default) or "ngàn" (southern usage). */
  thousand?: "nghìn" | "ngàn";
  /** 4 after "mươi": 24 "hai mươi bốn" (default) or "hai mươi tư". */
  fourAfterTens?: "bốn" | "tư";
  /** Unit appended at the end, e.g. "đồng". */
  unit?: string;
  /** Append "chẵn" after the unit when the amount has no decimals ("... đồng chẵn"). */
  even?: boolean;
  /** Capital first letter (default true). */
  capitalize?: boolean;
  /** Multiply by 10^scale first: 6 reads an amount in triệu đồng as đồng. */
  scale?: number;
}

const DIGITS = ["không", "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín"];

interface Ctx {
  zeroTens: string;
  thousand: string;
  four: string;
}

function triple(t: number, full: boolean, ctx: Ctx, out: string[]): void {
  const h = Math.floor(t / 100);
  const te = Math.floor(t / 10) % 10;
  const u = t % 10;
  const readHundreds = full || h > 0;
  if (readHundreds) out.push(DIGITS[h], "trăm");
  if (te === 0) {
    if (u > 0) {
      if (readHundreds) out.push(ctx.zeroTens);
      out.push(DIGITS[u]);
    }
  } else if (te === 1) {
    out.push("mười");
    if (u === 5) out.push("lăm");
    else if (u > 0) out.push(DIGITS[u]);
  } else {
    out.push(DIGITS[te], "mươi");
    if (u === 1) out.push("mốt");
    else if (u === 4) out.push(ctx.four);
    else if (u === 5) out.push("lăm");
    else if (u > 0) out.push(DIGITS[u]);
  }
}

/** n < 10^9. `full`: a higher group was already read, so leading zeros are spoken. */
function below1e9(n: number, full: boolean, ctx: Ctx, out: string[]): void {
  const groups = [Math.floor(n / 1e6), Math.floor(n / 1e3) % 1000, n % 1000];
  const names = ["triệu", ctx.thousand, ""];
  let started = full;
  for (let i = 0; i < 3; i++) {
    const g = groups[i];
    if (g === 0) continue;
    triple(g, started, ctx, out);
    if (names[i]) out.push(names[i]);
    started = true;
  }
}

const BILLION = 1_000_000_000n;

function integerWords(n: bigint, full: boolean, ctx: Ctx, out: string[]): void {
  if (n >= BILLION) {
    integerWords(n / BILLION, full, ctx, out);
    out.push("tỷ");
    const lo = n % BILLION;
    if (lo > 0n) below1e9(Number(lo), true, ctx, out);
    return;
  }
  below1e9(Number(n), full, ctx, out);
}

function toDec(v: number | Dec | string): Dec {
  if (typeof v === "number") return decFromNumber(v);
  if (typeof v === "string") return decFromString(v);
  return v;
}

/**
 * Reads a number in Vietnamese words. Accepts a double, an exact Dec, or a plain decimal
 * string ("13570000000", "-8962.46") for amounts beyond double precision.
 */
export function numberToWords(value: number | Dec | string, opts: WordsOptions = {}): string {
  let d = normalize(toDec(value));
  if (opts.scale) d = normalize(decShift(d, opts.scale));
  const ctx: Ctx = {
    zeroTens: opts.zeroTens ?? "linh",
    thousand: opts.thousand ?? "nghìn",
    four: opts.fourAfterTens ?? "bốn",
  };
  const out: string[] = [];
  const neg = d.m < 0n;
  const abs = neg ? -d.m : d.m;
  const pow = 10n ** BigInt(d.s);
  const int = abs / pow;
  const frac = abs % pow;
  if (neg && abs !== 0n) out.push("âm");
  if (int === 0n) out.push("không");
  else integerWords(int, false, ctx, out);
  if (d.s > 0 && frac > 0n) {
    out.push("phẩy");
    const fracDigits = frac.toString().padStart(d.s, "0");
    let i = 0;
    while (i < fracDigits.length - 1 && fracDigits[i] === "0") {
      out.push("không");
      i++;
    }
    integerWords(BigInt(fracDigits.slice(i)), false, ctx, out);
  }
  if (opts.unit) {
    out.push(opts.unit);
    if (opts.even && (d.s === 0 || frac === 0n)) out.push("chẵn");
  }
  let s = out.join(" ");
  if (opts.capitalize !== false) s = upperFirst(s);
  return s;
}
