/**
 * The consolidated numbers: each number cell of the form added up exactly over the inputs summed
 * (DecSum: 6.100 + 892,46 is 6.992,46, never a float's 6992.459999); a rate is never added nor
 * averaged — it is worked out again from the summed numerator and denominator of its row.
 */
import { type Dec, DecSum, decRound, normalize } from "../number/decimal";
import { evalExact, ratScale, type Rat } from "../tables/expr";
import type { FormCell } from "./form";
import type { InputValues } from "./match";

/** A rational as a Dec, rounded half away from zero to `decimals` decimals. */
function ratToDec(r: Rat, decimals: number): Dec {
  const scale = 10n ** BigInt(decimals + 1);
  const q = (r.n * scale) / r.d; // truncated, one digit more
  return decRound({ m: q, s: decimals + 1 }, decimals);
}

/** Decimals kept for a recomputed rate (Excel shows fewer; the cell's format decides). */
const RATE_DECIMALS = 10;

/**
 * The consolidated value of every form cell (undefined: no input has a number there, or a rate
 * whose denominator sums to zero, or a percentage with no rule).
 */
export function consolidate(cells: readonly FormCell[], inputs: readonly InputValues[]): (Dec | undefined)[] {
  const out = new Array<Dec | undefined>(cells.length);
  const acc = new DecSum();
  cells.forEach((c, i) => {
    if (c.rule.kind !== "sum") return;
    acc.reset();
    for (const inp of inputs) {
      const v = inp.values[i];
      if (v !== undefined) acc.add(v);
    }
    out[i] = acc.count > 0 ? acc.result() : undefined;
  });
  cells.forEach((c, i) => {
    const rule = c.rule;
    if (rule.kind !== "rate") return;
    let missing = false;
    const r = evalExact(rule.expr, (name) => {
      const at = rule.refs.get(name);
      const v = at === undefined ? undefined : out[at];
      if (v === undefined) missing = true;
      return v;
    });
    if (!r || missing) return;
    const rat = rule.percent ? ratScale(r, 100n) : r;
    const d = ratToDec(rat, RATE_DECIMALS);
    out[i] = normalize(d); // 61,4 not 61,4000000000
  });
  return out;
}
