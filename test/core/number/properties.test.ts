/**
 * Property-based tests of the number core (fast-check, 10^5 cases each): writing then reading
 * round-trips exactly, sums are exact and order-independent, and the rounding tolerances agree
 * with a slow reference in BigInt rationals.
 */
import fc from "fast-check";
import {
  type Dec,
  DecSum,
  type WordsOptions,
  decCmp,
  decFromNumber,
  decShift,
  decToString,
  formatNumber,
  formatNumberVN,
  normalize,
  numberToWords,
  parseNumberText,
  rateWithin,
  withinRounding,
  wordsToNumber,
} from "../../../src/core/number";

const RUNS = { numRuns: 100_000 };
const E18 = 10n ** 18n;

// Mantissas up to 10^18: uniform ones, and digit strings rich in 0, 1, 4, 5 (the digits with
// special words: không trăm, linh, mốt, tư, lăm, mười) and in zero groups.
const DIGITS = "0000000111234555566789";
const digitsMantissa = fc.array(fc.integer({ min: 0, max: DIGITS.length - 1 }), { minLength: 1, maxLength: 19 }).map((ix) => {
  const v = BigInt(ix.map((i) => DIGITS[i]).join(""));
  return v > E18 ? E18 : v;
});
const mantissa = fc
  .tuple(fc.oneof(fc.bigInt({ min: 0n, max: E18 }), digitsMantissa), fc.boolean())
  .map(([m, neg]) => (neg ? -m : m));
const decArb: fc.Arbitrary<Dec> = fc.record({ m: mantissa, s: fc.integer({ min: 0, max: 6 }) });

const same = (a: Dec | undefined, b: Dec): boolean => a !== undefined && decCmp(a, b) === 0;

describe("writing then reading numbers round-trips exactly", () => {
  test("Vietnamese notation: parseNumberText(formatNumberVN(d), 'vi') = d", () => {
    fc.assert(
      fc.property(decArb, (d) => same(parseNumberText(formatNumberVN(d), "vi")?.exact, d)),
      RUNS,
    );
  });

  test("English notation: parseNumberText(formatNumber(d, 'en'), 'en') = d", () => {
    fc.assert(
      fc.property(decArb, (d) => same(parseNumberText(formatNumber(d, "en"), "en")?.exact, d)),
      RUNS,
    );
  });
});

describe("number to words round-trips", () => {
  test("wordsToNumber(numberToWords(d)) = d", () => {
    fc.assert(
      fc.property(decArb, (d) => same(wordsToNumber(numberToWords(d)), d)),
      RUNS,
    );
  });

  // Every combination of the regional options and the unit, for every number.
  const combos: WordsOptions[] = [];
  for (const zeroTens of ["linh", "lẻ"] as const)
    for (const thousand of ["nghìn", "ngàn"] as const)
      for (const fourAfterTens of ["bốn", "tư"] as const)
        for (const unit of [{}, { unit: "đồng", even: true }]) combos.push({ zeroTens, thousand, fourAfterTens, ...unit });

  test("with every option combination (lẻ, ngàn, tư, đồng chẵn)", () => {
    // One combination per case (about 6 000 cases each): looping over all 16 per case costs 20 s.
    // Also capitalised or not, and with `scale` (an amount in triệu đồng read as đồng).
    const opts = fc
      .tuple(fc.constantFrom(...combos), fc.boolean(), fc.constantFrom(0, 0, 3, 6))
      .map(([o, capitalize, scale]): WordsOptions => ({ ...o, capitalize, scale }));
    fc.assert(
      fc.property(decArb, opts, (d, o) => same(wordsToNumber(numberToWords(d, o)), decShift(d, o.scale ?? 0))),
      RUNS,
    );
  });
});

describe("exact sums", () => {
  // Doubles with at most 2 decimals, as cells hold them: cents/100 with up to 15 significant
  // digits (so the double's shortest form is that decimal), and whole numbers up to 2^53 - 1.
  const MAX_CENTS = 10n ** 15n - 1n;
  const SAFE = BigInt(Number.MAX_SAFE_INTEGER);
  const cell = fc.oneof(
    fc.bigInt({ min: -MAX_CENTS, max: MAX_CENTS }).map((c) => ({ v: Number(c) / 100, cents: c })),
    fc.bigInt({ min: -9999n, max: 9999n }).map((c) => ({ v: Number(c) / 100, cents: c })),
    fc.bigInt({ min: -SAFE, max: SAFE }).map((n) => ({ v: Number(n), cents: n * 100n })),
  );
  // Each cell carries a random key: sorting by it gives a random permutation.
  const cells = fc.array(fc.tuple(cell, fc.integer()), { maxLength: 12 });

  const sumOf = (vs: number[]): Dec => {
    const s = new DecSum();
    for (const v of vs) s.add(v);
    return s.result();
  };

  test("DecSum of doubles with ≤ 2 decimals = the BigInt sum of their cents, in any order", () => {
    fc.assert(
      fc.property(cells, (cs) => {
        const cents = cs.reduce((a, [c]) => a + c.cents, 0n);
        const expected = normalize({ m: cents, s: 2 });
        const vs = cs.map(([c]) => c.v);
        const shuffled = [...cs].sort((a, b) => a[1] - b[1]).map(([c]) => c.v);
        return (
          decCmp(sumOf(vs), expected) === 0 &&
          decCmp(sumOf(shuffled), expected) === 0 &&
          decCmp(sumOf([...vs].reverse()), expected) === 0
        );
      }),
      RUNS,
    );
  });

  test("DecSum of any finite doubles and Decs = the sum of their exact decimals", () => {
    const value: fc.Arbitrary<number | Dec> = fc.oneof(
      fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e300, max: 1e300 }),
      fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e16, max: 1e16 }),
      fc.integer({ min: -1e6, max: 1e6 }).map((n) => n / 1000),
      decArb,
    );
    const sumOfAny = (vs: (number | Dec)[]): Dec => {
      const s = new DecSum();
      for (const v of vs) s.add(v);
      return s.result();
    };
    fc.assert(
      fc.property(fc.array(value, { maxLength: 8 }), (vs) => {
        let m = 0n;
        let s = 0;
        for (const v of vs) {
          const d = typeof v === "number" ? decFromNumber(v) : v;
          const k = Math.max(s, d.s);
          m = m * 10n ** BigInt(k - s) + d.m * 10n ** BigInt(k - d.s);
          s = k;
        }
        return decCmp(sumOfAny(vs), { m, s }) === 0 && decCmp(sumOfAny([...vs].reverse()), { m, s }) === 0;
      }),
      RUNS,
    );
  });
});

describe("rounding tolerances agree with a BigInt-rational reference", () => {
  // A rational n/d with d > 0.
  type Rat = { n: bigint; d: bigint };
  const rat = (x: Dec): Rat => ({ n: x.m, d: 10n ** BigInt(x.s) });
  const sub = (a: Rat, b: Rat): Rat => ({ n: a.n * b.d - b.n * a.d, d: a.d * b.d });
  const abs = (x: bigint) => (x < 0n ? -x : x);
  /** |x| <= 1/2 * 10^-k */
  const withinHalfUlp = (x: Rat, k: number) => 2n * 10n ** BigInt(k) * abs(x.n) <= x.d;

  const refWithin = (stated: Dec, computed: Dec, k: number) => withinHalfUlp(sub(rat(stated), rat(computed)), k);
  const refRate = (stated: Dec, num: Dec, den: Dec, k: number) => {
    if (den.m === 0n) return false;
    // 100 * num / den, the denominator made positive.
    const n = 100n * num.m * 10n ** BigInt(den.s);
    const d = den.m * 10n ** BigInt(num.s);
    const rate: Rat = d < 0n ? { n: -n, d: -d } : { n, d };
    return withinHalfUlp(sub(rat(stated), rate), k);
  };

  const shown = fc.integer({ min: 0, max: 6 });
  const smallDec = (maxM: bigint, maxS: number): fc.Arbitrary<Dec> =>
    fc.record({ m: fc.bigInt({ min: -maxM, max: maxM }), s: fc.integer({ min: 0, max: maxS }) });
  // Offsets around the tolerance ±0.5·10^-k, to land on its boundary and either side of it.
  const offset = (k: number): fc.Arbitrary<Dec> =>
    fc.oneof(
      fc.bigInt({ min: -7n, max: 7n }).map((m) => ({ m, s: k + 1 })),
      fc.bigInt({ min: -60n, max: 60n }).map((m) => ({ m, s: k + 2 })),
      smallDec(10n ** 9n, 8),
    );
  const plus = (a: Dec, b: Dec): Dec => {
    const s = Math.max(a.s, b.s);
    return { m: a.m * 10n ** BigInt(s - a.s) + b.m * 10n ** BigInt(s - b.s), s };
  };

  test("withinRounding(stated, computed, k) = |stated - computed| <= 0.5·10^-k", () => {
    const arb = fc
      .tuple(smallDec(10n ** 16n, 6), shown)
      .chain(([computed, k]) => offset(k).map((o) => [plus(computed, o), computed, k] as const));
    fc.assert(
      fc.property(arb, ([stated, computed, k]) => withinRounding(stated, computed, k) === refWithin(stated, computed, k)),
      RUNS,
    );
  });

  test("rateWithin(stated, num, den, k) = |stated - 100·num/den| <= 0.5·10^-k", () => {
    const den = fc.oneof(
      smallDec(10n ** 12n, 4),
      fc.constantFrom(1n, 2n, 4n, 5n, 8n, 10n, 16n, 20n, 25n, 40n, 0n, -4n).map((m) => ({ m, s: 0 })),
    );
    const arb = fc.tuple(smallDec(10n ** 12n, 4), den, shown, fc.integer({ min: 1, max: 2 })).chain(([num, den, k, e]) => {
      // The rate truncated to k + e decimals, then moved by a few units of the last decimal.
      let base: Dec = { m: 0n, s: 0 };
      if (den.m !== 0n) {
        const r = refScaled(num, den, k + e);
        base = { m: r, s: k + e };
      }
      return fc
        .oneof(
          fc.bigInt({ min: -7n, max: 7n }).map((j) => plus(base, { m: j, s: k + e })),
          offset(k).map((o) => plus(base, o)),
          smallDec(10n ** 6n, 4),
        )
        .map((stated) => [stated, num, den, k] as const);
    });
    fc.assert(
      fc.property(arb, ([stated, num, den, k]) => rateWithin(stated, num, den, k) === refRate(stated, num, den, k)),
      RUNS,
    );
  });

  /** floor-ish (truncated) 100·num/den·10^q as a BigInt. */
  function refScaled(num: Dec, den: Dec, q: number): bigint {
    return (100n * num.m * 10n ** BigInt(den.s + q)) / (den.m * 10n ** BigInt(num.s));
  }

  test("the report's rates as a sanity check of the reference", () => {
    const d = (s: string) => normalize({ m: BigInt(s.replace(".", "")), s: s.includes(".") ? s.length - s.indexOf(".") - 1 : 0 });
    expect(refRate(d("61.4"), d("1050"), d("1710"), 1)).toBe(true);
    expect(refRate(d("61.41"), d("1050"), d("1710"), 2)).toBe(false);
    expect(refWithin(d("8962.5"), d("8962.46"), 1)).toBe(true);
    expect(decToString(d("8962.46"))).toBe("8962.46");
  });
});
