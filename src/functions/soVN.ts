/** SOVN: a number as Vietnamese-notation text, by core's formatter. */
import { formatNumberVN, type FormatOptions } from "../core/number";
import { decimalsArg, FnError, type FnResult, MAX_DECIMALS, numberArg } from "./args";

const AS_IS: FormatOptions = { maxDecimals: MAX_DECIMALS };
const FIXED: FormatOptions[] = Array.from({ length: MAX_DECIMALS + 1 }, (_, d) => ({ decimals: d }));

/**
 * SOVN(so, [sole]): a number as Vietnamese-notation text, 8962.46 -> "8.962,46". With `sole`,
 * exactly that many decimals (rounded half away from zero); without, as many as the number has
 * (at most 10).
 */
export function soVN(so: unknown, sole?: unknown): FnResult {
  const v = numberArg(so, "Số");
  if (typeof v !== "number") return v;
  const d = decimalsArg(sole, undefined);
  if (d instanceof FnError) return d;
  try {
    return formatNumberVN(v, d === undefined ? AS_IS : FIXED[d]);
  } catch (e) {
    return new FnError("value", `Không định dạng được số ${v}: ${(e as Error).message}`);
  }
}
