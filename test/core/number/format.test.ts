import { formatInfo, formatNumber, formatNumberVN, formatPercentVN, shownDecimals } from "../../../src/core/number";

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
  ])("%p %j -> %s", (v, o, s) => expect(formatNumberVN(v, o)).toBe(s));

  test("percentages and English notation", () => {
    expect(formatPercentVN(61.403508, 1)).toBe("61,4%");
    expect(formatNumber(8962.46, "en")).toBe("8,962.46");
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
