import fc from "fast-check";
import { formatInfo, formatNumber, formatNumberVN, formatPercentVN, shownDecimals } from "../../../src/core/number";
import { type FormatOptions, formatNumberVNExact, formatScaledVN } from "../../../src/core/number/format";

describe("Vietnamese notation whatever the locale", () => {
  test.each([
    [8962.46, {}, "8.962,46"],
    [13570, {}, "13.570"],
    [6100, {}, "6.100"],
    [892.46, {}, "892,46"],
    [49634181598, {}, "49.634.181.598"],
    [61.403508, { decimals: 1 }, "61,4"],
    [40.820156, { decimals: 2 }, "40,82"],
    [-1234567.891, { decimals: 2 }, "-1.234.567,89"],
    [0.5, { decimals: 0 }, "1"],
    [-0.001, { decimals: 2 }, "0,00"],
    [100, { decimals: 2 }, "100,00"],
    [1.005, { maxDecimals: 2 }, "1,01"],
    [2.675, { decimals: 2 }, "2,68"],
    [-0, { decimals: 2 }, "0,00"],
    [0.1 + 0.2, {}, "0,30000000000000004"],
    [1e21, {}, "1.000.000.000.000.000.000.000"],
    [1.5e-7, { maxDecimals: 10 }, "0,00000015"],
    [1234567.5, { decimals: 0, group: false }, "1234568"],
    [{ m: 896246n, s: 2 }, {}, "8.962,46"],
    [{ m: 150n, s: 2 }, { decimals: 3 }, "1,500"],
  ])("%p %j -> %s", (v, o, s) => expect(formatNumberVN(v, o)).toBe(s));

  test("percentages and English notation", () => {
    expect(formatPercentVN(61.403508, 1)).toBe("61,4%");
    expect(formatNumber(8962.46, "en")).toBe("8,962.46");
  });
});

describe("one formatter: the fast paths write what the exact decimal path writes", () => {
  const optionsArb: fc.Arbitrary<FormatOptions> = fc.record(
    {
      decimals: fc.integer({ min: 0, max: 10 }),
      maxDecimals: fc.integer({ min: 0, max: 10 }),
      group: fc.boolean(),
    },
    { requiredKeys: [] },
  );
  const doubles = fc.oneof(
    fc.double({ noNaN: true, noDefaultInfinity: true }),
    fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e20, max: 1e20 }),
    fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e-3, max: 1e-3 }),
    // Report-like amounts: integers over 10^k.
    fc.tuple(fc.integer({ min: -(2 ** 31), max: 2 ** 31 }), fc.integer({ min: 0, max: 12 })).map(([n, k]) => n / 10 ** k),
    fc.tuple(fc.maxSafeInteger(), fc.integer({ min: 0, max: 22 })).map(([n, k]) => n / 10 ** k),
    // Halves at the rounding digit, whose nearest double is below or above them.
    fc.tuple(fc.integer({ min: -1e9, max: 1e9 }), fc.integer({ min: 1, max: 10 })).map(([n, k]) => (n * 10 + 5) / 10 ** (k + 1)),
    fc.constantFrom(
      0,
      -0,
      0.5,
      -0.5,
      1.005,
      2.675,
      1.0049999999999999,
      999.995,
      9.9999999999,
      0.1 + 0.2,
      1e-6,
      1e-7,
      5e-324,
      Number.MAX_VALUE,
      Number.MAX_SAFE_INTEGER,
      2 ** 50 + 0.5,
      2 ** 52 - 0.5,
      2 ** 53,
      1e21,
      999999999999999.9,
      123456789.9876543,
      -0.0000049,
    ),
  );

  test("on random doubles, 0–10 decimals, huge and tiny magnitudes", () => {
    fc.assert(
      fc.property(doubles, optionsArb, (v, o) => {
        expect(formatNumberVN(v, o)).toBe(formatNumberVNExact(v, o));
      }),
      { numRuns: 50_000 },
    );
  });

  test("on random decimals (Dec), normalized or not", () => {
    const decs = fc.record({
      m: fc.oneof(fc.bigInt({ min: -(2n ** 64n), max: 2n ** 64n }), fc.bigInt({ min: -(2n ** 53n), max: 2n ** 53n })),
      s: fc.integer({ min: 0, max: 30 }),
    });
    fc.assert(
      fc.property(decs, optionsArb, (d, o) => {
        expect(formatNumberVN(d, o)).toBe(formatNumberVNExact(d, o));
      }),
      { numRuns: 20_000 },
    );
  });

  test("with options only the exact path takes, and non-finite numbers", () => {
    // What a call gives: its text, or the error it throws (the exact path throws for some options).
    const outcome = (f: () => string): string => {
      try {
        return f();
      } catch (e) {
        return `${(e as Error).name}: ${(e as Error).message}`;
      }
    };
    const odd: FormatOptions[] = [
      { decimals: 25 },
      { maxDecimals: 21 },
      { decimals: 1.5 },
      { maxDecimals: 0.5 },
      { maxDecimals: -1 },
      { decimals: -2 },
      { decimals: Number.NaN },
    ];
    for (const v of [0, 8962.46, -1234567.891, 1.005, 1e-7, 1e21, 0.1 + 0.2]) {
      for (const o of odd) expect(outcome(() => formatNumberVN(v, o))).toBe(outcome(() => formatNumberVNExact(v, o)));
    }
    for (const v of [Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY]) {
      expect(formatNumberVN(v, { decimals: 2 })).toBe(String(v));
    }
  });

  test("fixed-point units", () => {
    expect(formatScaledVN(896246, 2)).toBe("8.962,46");
    expect(formatScaledVN(-3, 1)).toBe("-0,3");
    expect(formatScaledVN(0, 1)).toBe("0,0");
    expect(formatScaledVN(-0, 0)).toBe("0");
    expect(formatScaledVN(614, 1)).toBe("61,4");
    expect(formatScaledVN(2 ** 60, 3)).toBe(formatNumberVNExact({ m: 2n ** 60n, s: 3 }, { decimals: 3 }));
    fc.assert(
      fc.property(fc.maxSafeInteger(), fc.integer({ min: 0, max: 20 }), (n, d) => {
        expect(formatScaledVN(n, d)).toBe(formatNumberVNExact({ m: BigInt(n), s: d }, { decimals: d }));
      }),
    );
  });
});

describe("what a number format shows", () => {
  test.each([
    ["0.0%", 1, true],
    ["0.00%", 2, true],
    ["0%", 0, true],
    ["#,##0", 0, false],
    ["#,##0.00", 2, false],
    ['#,##0.00 "đ";[Red]-#,##0.00', 2, false],
    ["[$-42A]#,##0.0", 1, false],
    ["0.0", 1, false],
  ])("%p: %i decimals, percent %p", (code, dec, pct) => {
    expect(formatInfo(code).decimals).toBe(dec);
    expect(formatInfo(code).percent).toBe(pct);
  });
  test("General shows the value's own decimals, capped like Excel", () => {
    expect(shownDecimals(892.46, undefined)).toBe(2);
    expect(shownDecimals(6100, "General")).toBe(0);
    expect(shownDecimals(61.40350877192982, undefined)).toBe(8);
    expect(formatInfo("@").text).toBe(true);
    expect(formatInfo("dd/mm/yyyy").date).toBe(true);
  });
});
