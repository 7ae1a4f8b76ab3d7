/**
 * Exact decimal arithmetic for money and counts.
 *
 * A Dec is m / 10^s with m a BigInt, so 6.100 + 892,46 + 1.970 is exactly 8.962,46 and
 * amounts up to 10^15 đồng (and beyond) keep every digit. Sums of many cells go through
 * DecSum, which stays in plain doubles while that is exact and moves to BigInt only when needed.
 */

export interface Dec {
  /** Unscaled integer. */
  m: bigint;
  /** Number of decimals (>= 0). */
  s: number;
}

const POW10_BIG: bigint[] = [];
for (let i = 0, p = 1n; i <= 40; i++, p *= 10n) POW10_BIG.push(p);
const POW10: number[] = [];
for (let i = 0, p = 1; i <= 22; i++, p *= 10) POW10.push(p);

function pow10big(n: number): bigint {
  return n < POW10_BIG.length ? POW10_BIG[n] : 10n ** BigInt(n);
}

/**
 * The decimal digits of a double as its shortest round-trip representation (what JavaScript
 * prints): 892.46 -> {m: 89246, s: 2}; 1e21 -> {m: 10^21, s: 0}; 1.5e-7 -> {m: 15, s: 8}.
 */
export function decFromNumber(v: number): Dec {
  if (!Number.isFinite(v)) throw new RangeError(`not a finite number: ${v}`);
  if (Number.isInteger(v) && Math.abs(v) <= Number.MAX_SAFE_INTEGER) return { m: BigInt(v), s: 0 };
  return decFromString(String(v));
}

/**
 * The double as Excel keeps it: rounded to 15 significant digits, so binary noise of a sum or a
 * product is gone (4.35 * 100 = 434.99999999999994 -> 435, 1234.56 + 5757.9 -> 6992.46,
 * 0.1 + 0.2 -> 0.3). NaN and infinities come back unchanged.
 */
export function excelDigits(v: number): number {
  return Number(v.toPrecision(15));
}

/** Parses a plain decimal string: "-123.456", "1e-7", "+5", ".5". Throws on anything else. */
export function decFromString(str: string): Dec {
  const m = /^([+-]?)(\d*)(?:\.(\d*))?(?:[eE]([+-]?\d+))?$/.exec(str.trim());
  if (!m || (m[2] === "" && (m[3] === undefined || m[3] === ""))) {
    throw new SyntaxError(`not a decimal number: ${JSON.stringify(str)}`);
  }
  const intPart = m[2] || "0";
  const frac = m[3] ?? "";
  const exp = m[4] ? Number(m[4]) : 0;
  let digits = intPart + frac;
  let scale = frac.length - exp;
  if (scale < 0) {
    digits += "0".repeat(-scale);
    scale = 0;
  }
  let mant = BigInt(digits);
  if (m[1] === "-") mant = -mant;
  return normalize({ m: mant, s: scale });
}

/** Drops trailing zeros of the fraction: 1.50 -> 1.5 (value unchanged). */
export function normalize(d: Dec): Dec {
  let { m, s } = d;
  if (m === 0n) return { m: 0n, s: 0 };
  while (s > 0 && m % 10n === 0n) {
    m /= 10n;
    s--;
  }
  return { m, s };
}

function align(a: Dec, b: Dec): [bigint, bigint, number] {
  if (a.s === b.s) return [a.m, b.m, a.s];
  if (a.s > b.s) return [a.m, b.m * pow10big(a.s - b.s), a.s];
  return [a.m * pow10big(b.s - a.s), b.m, b.s];
}

export function decSub(a: Dec, b: Dec): Dec {
  const [x, y, s] = align(a, b);
  return { m: x - y, s };
}

export function decNeg(a: Dec): Dec {
  return { m: -a.m, s: a.s };
}

export function decAbs(a: Dec): Dec {
  return a.m < 0n ? { m: -a.m, s: a.s } : a;
}

export function decCmp(a: Dec, b: Dec): number {
  const [x, y] = align(a, b);
  return x < y ? -1 : x > y ? 1 : 0;
}

/** Multiplies by 10^k (k may be negative): moves the decimal point, exactly. */
export function decShift(a: Dec, k: number): Dec {
  if (k >= 0) return a.s >= k ? { m: a.m, s: a.s - k } : { m: a.m * pow10big(k - a.s), s: 0 };
  return { m: a.m, s: a.s - k };
}

/** Rounds half away from zero to `decimals` decimals. */
export function decRound(a: Dec, decimals: number): Dec {
  if (a.s <= decimals) return a;
  const div = pow10big(a.s - decimals);
  const neg = a.m < 0n;
  const abs = neg ? -a.m : a.m;
  let q = abs / div;
  const r = abs % div;
  if (r * 2n >= div) q += 1n;
  return { m: neg ? -q : q, s: decimals };
}

/** The nearest double. Exact for every value a double can hold. */
export function decToNumber(a: Dec): number {
  if (a.s === 0) return Number(a.m);
  return Number(decToString(a));
}

/** Plain decimal string with "." as the decimal mark and no grouping: "-8962.46". */
export function decToString(a: Dec): string {
  const neg = a.m < 0n;
  let digits = (neg ? -a.m : a.m).toString();
  if (a.s > 0) {
    if (digits.length <= a.s) digits = "0".repeat(a.s - digits.length + 1) + digits;
    digits = digits.slice(0, digits.length - a.s) + "." + digits.slice(digits.length - a.s);
  }
  return (neg ? "-" : "") + digits;
}

/** Number of decimals in the shortest representation of a double: 892.46 -> 2, 6100 -> 0. */
export function decimalsOf(v: number): number {
  if (Number.isInteger(v)) return 0;
  const str = String(v);
  const dot = str.indexOf(".");
  if (dot >= 0 && str.indexOf("e") < 0) return str.length - dot - 1;
  return normalize(decFromNumber(v)).s;
}

/**
 * True when `stated` is `computed` within the rounding of `shownDecimals` decimals:
 * |stated - computed| <= 0.5 * 10^-shownDecimals.
 */
export function withinRounding(stated: Dec, computed: Dec, shownDecimals: number): boolean {
  // |a - b| * 10^(d+1) <= 5
  const diff = decAbs(decSub(stated, computed));
  const scaled = decShift(diff, shownDecimals + 1);
  return decCmp(scaled, { m: 5n, s: 0 }) <= 0;
}

/**
 * True when a stated rate (percent units) is numerator / denominator * 100 within the rounding
 * of its shown decimals, compared exactly: |stated*den - 100*num| <= 0.5 * 10^-d * |den|.
 */
export function rateWithin(stated: Dec, num: Dec, den: Dec, shownDecimals: number): boolean {
  if (den.m === 0n) return false;
  // Bring everything to integers: stated = sm/10^ss, num = nm/10^ns, den = dm/10^ds.
  // Over the common denominator 10^(ss+ds+ns):
  // |sm*dm*10^ns - 100*nm*10^(ss+ds)| * 10^(d+1) <= 5 * |dm| * 10^(ss+ns)
  const lhs = stated.m * den.m * pow10big(num.s) - 100n * num.m * pow10big(stated.s + den.s);
  const absL = lhs < 0n ? -lhs : lhs;
  const absD = den.m < 0n ? -den.m : den.m;
  return absL * pow10big(shownDecimals + 1) <= 5n * absD * pow10big(stated.s + num.s);
}

const SAFE = Number.MAX_SAFE_INTEGER;

/**
 * Exact running sum of doubles and Decs. Integers stay in a double accumulator while it is exact;
 * decimals are scaled to the largest scale seen; overflow moves to BigInt.
 */
export class DecSum {
  private small = 0; // exact integer, scaled by 10^scale
  private big = 0n; // scaled by 10^scale
  private scale = 0;
  count = 0;

  /**
   * Adds a double. Small enough to be inlined into a caller's loop, so the common cases (whole
   * numbers; numbers with no more decimals than seen so far) neither box the double nor leave the loop.
   */
  addNumber(v: number): void {
    const k = this.scale;
    if (k === 0) {
      if (Number.isInteger(v)) {
        const t = this.small + v;
        if (t <= SAFE && t >= -SAFE) {
          this.small = t;
          this.count++;
          return;
        }
      }
    } else if (k <= 6) {
      const scaled = Math.round(v * POW10[k]);
      if (scaled / POW10[k] === v) {
        const t = this.small + scaled;
        if (t <= SAFE && t >= -SAFE) {
          this.small = t;
          this.count++;
          return;
        }
      }
    }
    this.add(v);
  }

  add(v: number | Dec): void {
    this.count++;
    if (typeof v === "number") {
      if (Number.isInteger(v) && this.scale === 0) {
        const t = this.small + v;
        if (t <= SAFE && t >= -SAFE && v <= SAFE && v >= -SAFE) {
          this.small = t;
          return;
        }
      }
      if (!Number.isFinite(v)) throw new RangeError(`not a finite number: ${v}`);
      // Fast path for ordinary decimals (892.46): the fewest decimals k for which an integer
      // m gives m / 10^k === v is the shortest representation's; m is then exact.
      for (let k = 1; k <= 6; k++) {
        const scaled = Math.round(v * POW10[k]);
        if (scaled / POW10[k] === v) {
          if (Math.abs(scaled) > SAFE) break;
          this.addScaled(scaled, k);
          return;
        }
      }
      this.addDec(decFromNumber(v));
      return;
    }
    this.addDec(v);
  }

  private addScaled(n: number, k: number): void {
    if (k > this.scale) this.rescale(k);
    if (k < this.scale) {
      const t = n * POW10[this.scale - k];
      if (this.scale - k >= POW10.length || !(Math.abs(t) <= SAFE)) {
        this.addDec({ m: BigInt(n), s: k });
        return;
      }
      n = t;
    }
    const t = this.small + n;
    if (t <= SAFE && t >= -SAFE) this.small = t;
    else this.big += BigInt(n);
  }

  private addDec(d: Dec): void {
    if (d.s > this.scale) this.rescale(d.s);
    let mm = d.m;
    if (d.s < this.scale) mm *= pow10big(this.scale - d.s);
    if (mm <= BigInt(SAFE) && mm >= -BigInt(SAFE)) {
      const n = Number(mm);
      const t = this.small + n;
      if (t <= SAFE && t >= -SAFE) {
        this.small = t;
        return;
      }
    }
    this.big += mm;
  }

  private rescale(s: number): void {
    const k = s - this.scale;
    const f = k < POW10.length ? POW10[k] : Infinity;
    const t = this.small * f;
    const p = pow10big(k);
    this.big *= p;
    if (Number.isFinite(t) && Math.abs(t) <= SAFE) {
      this.small = t;
    } else {
      this.big += BigInt(this.small) * p;
      this.small = 0;
    }
    this.scale = s;
  }

  result(): Dec {
    return normalize({ m: this.big + BigInt(this.small), s: this.scale });
  }

  /** Starts again from zero (one accumulator serves many sums). */
  reset(): void {
    this.small = 0;
    this.big = 0n;
    this.scale = 0;
    this.count = 0;
  }

  /** The sum as a double: exact-to-the-double while it fits the plain accumulator. */
  approx(): number {
    if (this.big === 0n && this.scale < POW10.length) return this.small / POW10[this.scale];
    return decToNumber(this.result());
  }
}

/**
 * True when a stated number agrees with a sum within the rounding of its shown decimals. Decided in
 * doubles when that is safe by a wide margin, exactly otherwise.
 */
export function sumAgrees(stated: number, statedExact: Dec | undefined, sum: DecSum, shownDecimals: number): boolean {
  if (statedExact === undefined) {
    const a = sum.approx();
    const diff = Math.abs(stated - a);
    const tol = 0.5 * 10 ** -shownDecimals;
    const margin = (Math.abs(stated) + Math.abs(a)) * 4e-16 + 1e-300;
    if (diff <= tol - margin) return true;
    if (diff > tol + margin) return false;
  }
  return withinRounding(statedExact ?? decFromNumber(stated), sum.result(), shownDecimals);
}

/** Exact sum of a list. */
export function decSum(values: Iterable<number | Dec>): Dec {
  const s = new DecSum();
  for (const v of values) s.add(v);
  return s.result();
}
