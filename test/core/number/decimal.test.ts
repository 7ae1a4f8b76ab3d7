import {
  DecSum,
  decFromNumber,
  decFromString,
  decSum,
  decToNumber,
  decToString,
  decimalsOf,
  excelDigits,
  rateWithin,
  withinRounding,
} from "../../../src/core/number";

const d = decFromString;

describe("exact sums on the report's numbers", () => {
  test("8.962,46 = 6.100 + 892,46 + 1.970 with no floating-point drift", () => {
    expect(decToString(decSum([6100, 892.46, 1970]))).toBe("8962.46");
    // 2023's 1.970 as the total less the other two years: added as doubles this is
    // 1969.999999999999, which a check at 0 decimals would still pass but a drafted text or a
    // check at more decimals would not. The exact sum is 1970, through both ways of adding.
    expect(decToString(decSum([8962.46, -6100, -892.46]))).toBe("1970");
    const added = new DecSum();
    const inlined = new DecSum();
    for (const v of [8962.46, -6100, -892.46]) {
      added.add(v);
      inlined.addNumber(v);
    }
    expect([decToString(added.result()), added.approx()]).toEqual(["1970", 1970]);
    expect([decToString(inlined.result()), inlined.approx()]).toEqual(["1970", 1970]);
    expect(decToString(decSum([0.1, 0.2]))).toBe("0.3");
    expect(decToNumber(decSum([0.1, 0.2]))).toBe(0.3);
  });
  test("6.992,46 = 6.100 + 92,46 + 480 + 120 + 200; 1.970 = 120 + 300 + 700 + 300 + 550", () => {
    expect(decToString(decSum([6100, 92.46, 480, 120, 200]))).toBe("6992.46");
    expect(decToString(decSum([120, 300, 700, 300, 550]))).toBe("1970");
  });
  test("13.570 = the groups I–V of Phụ lục II", () => {
    expect(decToString(decSum([120 + 100 + 2000 + 1000 + 200 + 1000, 150 + 100, 750, 150, 4000 + 4000]))).toBe("13570");
  });
  test("amounts up to 10^15 đồng and beyond keep every digit", () => {
    expect(decToString(decSum([d("999999999999999.99"), d("0.01")]))).toBe("1000000000000000");
    expect(decToString(decSum([49634181598, 1e15]))).toBe("1000049634181598");
    expect(decToString(decSum([9007199254740991, 2]))).toBe("9007199254740993");
    const s = new DecSum();
    for (let i = 0; i < 1000; i++) s.add(0.01);
    expect(decToString(s.result())).toBe("10");
  });
  test("mixing scales and signs", () => {
    expect(decToString(decSum([1.5, -0.25, 3, d("0.125")]))).toBe("4.375");
    expect(decToString(decSum([]))).toBe("0");
  });
});

describe("decimal conversions", () => {
  test.each([
    [892.46, "892.46", 2],
    [6100, "6100", 0],
    [1e21, "1000000000000000000000", 0],
    [1.5e-7, "0.00000015", 8],
    [-0.5, "-0.5", 1],
  ])("%p -> %s (%i decimals)", (v, s, k) => {
    expect(decToString(decFromNumber(v))).toBe(s);
    expect(decimalsOf(v)).toBe(k);
    expect(decToNumber(decFromNumber(v))).toBe(v);
  });
  test.each([
    [4.35 * 100, 435],
    [1234.56 + 5757.9, 6992.46],
    [0.1 + 0.2, 0.3],
    [6100 + 892.46 + 1970, 8962.46],
    [123_456_789_012_345_680, 123_456_789_012_346_000],
    [-0.1 - 0.2, -0.3],
    [0, 0],
  ])("Excel keeps 15 significant digits: %p -> %p", (v, kept) => {
    expect(excelDigits(v)).toBe(kept);
  });
  test("rejects what is not a decimal", () => {
    expect(() => d("1,5")).toThrow();
    expect(() => d("")).toThrow();
    expect(() => decFromNumber(NaN)).toThrow();
  });
});

describe("tolerance is the rounding of the decimals shown", () => {
  test.each([
    // stated, num, den, shown decimals, ok
    ["61.4", 1050, 1710, 1, true],
    ["40.82", 18923, 46357, 2, true],
    ["64.1", 1050, 1710, 1, false],
    ["61.40", 1050, 1710, 2, true],
    ["61.41", 1050, 1710, 2, false],
    ["61", 1050, 1710, 0, true],
    ["62", 1050, 1710, 0, false],
    ["36.69", 310, 845, 2, true],
    ["85.55", 740, 865, 2, true],
    ["40.8", 18923, 46357, 1, true],
    ["40.9", 18923, 46357, 1, false],
  ])("rate %s%% for %i/%i with %i decimals: %p", (stated, n, den, k, ok) => {
    expect(rateWithin(d(stated), decFromNumber(n), decFromNumber(den), k)).toBe(ok);
  });
  test("a zero denominator never matches", () => {
    expect(rateWithin(d("0"), decFromNumber(0), decFromNumber(0), 1)).toBe(false);
  });
  test.each([
    ["6992", "6992.46", 0, true],
    ["6992.46", "6992.46", 2, true],
    ["6992.4", "6992.46", 1, false],
    ["1907", "1970", 0, false],
    ["8962.5", "8962.46", 1, true],
  ])("sum %s vs %s with %i decimals: %p", (s, c, k, ok) => {
    expect(withinRounding(d(s), d(c), k)).toBe(ok);
  });
});
