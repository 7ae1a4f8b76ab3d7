/**
 * TYLE on the report's rates: rounded half away from zero on the decimals the inputs show, checked
 * against BigInt arithmetic on random inputs.
 */
import fc from "fast-check";
import { decFromNumber } from "../../src/core/number/decimal";
import { formatNumberVNExact } from "../../src/core/number/format";
import { FnError } from "../../src/functions/args";
import { tyLe } from "../../src/functions/tyLe";
import { kindOf } from "./kind";

describe("TYLE — rates as the report writes them", () => {
  test.each<[unknown, unknown, unknown, string]>([
    [1050, 1710, null, "61,4%"],
    [310, 845, null, "36,7%"],
    [740, 865, null, "85,5%"],
    [18923, 46357, 2, "40,82%"],
    [11931, 37703, 2, "31,64%"],
    [6992, 8654, 2, "80,80%"], // 80,795008...
    [6992, 8654, 1, "80,8%"],
    [83, 134, 0, "62%"],
    [1, 8, 1, "12,5%"],
    [1, 16, 1, "6,3%"], // 6,25 rounds half away from zero
    [1229, 2000, 1, "61,5%"], // 61,45 exactly: the nearest double is below, the decimal is not
    [12.29, 20, 1, "61,5%"],
    [-1, 16, 1, "-6,3%"],
    [1, -3, 2, "-33,33%"],
    [0, 5, null, "0,0%"],
    [123456789, 1000, 0, "12.345.679%"],
    [2, 3, 10, "66,6666666667%"],
    [9007199254740991, 3, 1, "300.239.975.158.033.033,3%"],
  ])("TYLE(%p, %p, %p) = %p", (tuso, mauso, sole, expected) => {
    expect(tyLe(tuso, mauso, sole)).toBe(expected);
  });

  test.each<[unknown, unknown, unknown, "value" | "num"]>([
    [1, 0, null, "num"],
    [0, 0, null, "num"],
    [1, 2, -1, "num"],
    [1, 2, 0.5, "num"],
    [1, 2, 11, "num"],
    ["1050", 1710, null, "value"],
    [1050, "", null, "value"],
    [1050, null, null, "value"],
    [1050, 1710, "1", "value"],
    [Number.NaN, 1, null, "num"],
  ])("TYLE(%p, %p, %p) is #%s", (tuso, mauso, sole, kind) => {
    expect(kindOf(tyLe(tuso, mauso, sole))).toBe(kind);
  });

  test("the message says why", () => {
    const r = tyLe(1, 0);
    expect(r).toBeInstanceOf(FnError);
    expect((r as FnError).message).toMatch(/Mẫu số bằng 0/);
  });
});

describe("TYLE agrees with exact decimal arithmetic", () => {
  test("on random counts and amounts", () => {
    // Reference: round(|a/b| * 100 * 10^d) half away from zero, with BigInt.
    const reference = (num: number, den: number, d: number): string => {
      const a = decFromNumber(num);
      const b = decFromNumber(den);
      const abs = (x: bigint) => (x < 0n ? -x : x);
      const n = abs(a.m) * 10n ** BigInt(b.s + 2 + d);
      const D = abs(b.m) * 10n ** BigInt(a.s);
      let q = n / D;
      if ((n % D) * 2n >= D) q += 1n;
      const negative = num < 0 !== den < 0;
      return formatNumberVNExact({ m: negative ? -q : q, s: d }, { decimals: d }) + "%";
    };
    const values = fc.oneof(
      fc.integer({ min: -1e7, max: 1e7 }),
      fc.integer({ min: -1e9, max: 1e9 }).map((n) => n / 100),
      fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e12, max: 1e12 }),
      fc.constantFrom(1229, 2000, 6992, 8654, 0.1, 0.3, 1e15, 9007199254740991),
    );
    fc.assert(
      fc.property(values, values, fc.integer({ min: 0, max: 10 }), (num, den, d) => {
        fc.pre(den !== 0);
        expect(tyLe(num, den, d)).toBe(reference(num, den, d));
      }),
      { numRuns: 20000 },
    );
  });
});
