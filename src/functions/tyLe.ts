/** TYLE: a rate num / den * 100, rounded exactly as the report writes it. */
import { type Dec, decFromNumber, formatPercentVN, formatScaledVN } from "../core/number";
import { decimalsArg, FnError, type FnResult, numberArg } from "./args";

const MAX_SAFE = Number.MAX_SAFE_INTEGER;
const POW10: number[] = [];
for (let i = 0, p = 1; i <= 22; i++, p *= 10) POW10.push(p);
const POW10_BIG: bigint[] = [];
for (let i = 0, p = 1n; i <= 40; i++, p *= 10n) POW10_BIG.push(p);
function pow10big(n: number): bigint {
  return n < POW10_BIG.length ? POW10_BIG[n] : 10n ** BigInt(n);
}

/**
 * The fewest decimals k (0..6) for which v is an integer over 10^k that is exact in a double
 * (892.46 -> 2), as core's DecSum finds them; -1 when there is none.
 */
function scaleOf(v: number): number {
  if (Number.isInteger(v)) return v <= MAX_SAFE && v >= -MAX_SAFE ? 0 : -1;
  for (let k = 1; k <= 6; k++) {
    const m = Math.round(v * POW10[k]);
    if (m / POW10[k] === v) return m <= MAX_SAFE && m >= -MAX_SAFE ? k : -1;
  }
  return -1;
}

/**
 * round(num / den * 100, d) exactly (half away from zero), as Vietnamese text with a "%":
 * 1050 / 1710 -> "61,4%". Inputs are compared as the decimals they show, so 1229 / 2000 with one
 * decimal is 61,5% (61,45 rounded), not 61,4% as the nearest double 61.449999... would give.
 */
function exactRate(num: number, den: number, d: number): string {
  const negative = num < 0 !== den < 0;
  // Fast path in doubles: both as integers over powers of ten (892.46 = 89246 / 10^2).
  const ka = scaleOf(num);
  const kb = ka < 0 ? -1 : scaleOf(den);
  if (kb >= 0 && kb + 2 + d < POW10.length) {
    const n = Math.round((num < 0 ? -num : num) * POW10[ka]) * POW10[kb + 2 + d];
    const D = Math.round((den < 0 ? -den : den) * POW10[kb]) * POW10[ka];
    if (n <= MAX_SAFE && D <= MAX_SAFE && 2 * n + D <= MAX_SAFE) {
      // q = floor((2n + D) / 2D), computed exactly: the remainder of doubles is exact.
      const top = 2 * n + D;
      const twoD = 2 * D;
      const q = (top - (top % twoD)) / twoD;
      return formatScaledVN(negative ? -q : q, d) + "%";
    }
  }
  const a = decFromNumber(num);
  const b = decFromNumber(den);
  const am = a.m < 0n ? -a.m : a.m;
  const bm = b.m < 0n ? -b.m : b.m;
  // num / den * 100 * 10^d = am * 10^(b.s + 2 + d) / (bm * 10^a.s)
  const N = am * pow10big(b.s + 2 + d);
  const D = bm * pow10big(a.s);
  const q = (2n * N + D) / (2n * D);
  const dec: Dec = { m: negative ? -q : q, s: d };
  return formatPercentVN(dec, d);
}

/** TYLE(tuso, mauso, [sole]): tuso / mauso as a percentage, 1 decimal by default: "61,4%". */
export function tyLe(tuso: unknown, mauso: unknown, sole?: unknown): FnResult {
  const num = numberArg(tuso, "Tử số");
  if (typeof num !== "number") return num;
  const den = numberArg(mauso, "Mẫu số");
  if (typeof den !== "number") return den;
  const d = decimalsArg(sole, 1);
  if (d instanceof FnError) return d;
  if (den === 0) return new FnError("num", "Mẫu số bằng 0: không tính được tỷ lệ.");
  try {
    return exactRate(num, den, d as number);
  } catch (e) {
    return new FnError("value", `Không tính được tỷ lệ: ${(e as Error).message}`);
  }
}
