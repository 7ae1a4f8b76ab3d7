/** SOVN: Vietnamese notation by core's formatter, at most 10 decimals or exactly `sole`. */
import fc from "fast-check";
import { formatNumberVNExact } from "../../src/core/number/format";
import { soVN } from "../../src/functions/soVN";
import { kindOf } from "./kind";

describe("SOVN — Vietnamese notation", () => {
  test.each<[unknown, unknown, string]>([
    [8962.46, null, "8.962,46"],
    [13570, null, "13.570"],
    [13570, 2, "13.570,00"],
    [8962.46, 0, "8.962"],
    [8962.46, 1, "8.962,5"],
    [892.46, 3, "892,460"],
    [0.1 + 0.2, null, "0,3"],
    [-1234567.891, 2, "-1.234.567,89"],
    [1.005, 2, "1,01"],
    [2.5, 0, "3"],
    [-2.5, 0, "-3"],
    [1e21, null, "1.000.000.000.000.000.000.000"],
    [0.000001234, null, "0,000001234"],
    [61.4035087719, 1, "61,4"],
    [-0.004, 2, "0,00"],
  ])("SOVN(%p, %p) = %p", (so, sole, expected) => {
    expect(soVN(so, sole)).toBe(expected);
  });

  test.each<[unknown, unknown, "value" | "num"]>([
    ["8962,46", null, "value"],
    [null, null, "value"],
    [1, -1, "num"],
    [1, 1.5, "num"],
    [1, 11, "num"],
    [1, "2", "value"],
    [Number.NaN, null, "num"],
  ])("SOVN(%p, %p) is #%s", (so, sole, kind) => {
    expect(kindOf(soVN(so, sole))).toBe(kind);
  });
});

describe("SOVN is core's formatter", () => {
  test("agrees with the exact decimal path on random numbers and decimals", () => {
    const numbers = fc.oneof(
      fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e20, max: 1e20 }),
      fc.integer({ min: -1e9, max: 1e9 }).map((n) => n / 1000),
      fc.integer({ min: -1e6, max: 1e6 }).map((n) => n / 8),
      fc.constantFrom(0.5, 1.005, 2.675, 999.995, 9.9999999999, 0.000001, 1e-7, 123456789.9876543, -0.0000049),
    );
    const decimals = fc.option(fc.integer({ min: 0, max: 10 }), { nil: undefined });
    fc.assert(
      fc.property(numbers, decimals, (v, d) => {
        const expected = d === undefined ? formatNumberVNExact(v, { maxDecimals: 10 }) : formatNumberVNExact(v, { decimals: d });
        expect(soVN(v, d ?? null)).toBe(expected);
      }),
      { numRuns: 5000 },
    );
  });
});
