/**
 * KIEMTRATONG on the report's sums: exact addition of numbers and Vietnamese-notation texts,
 * compared within the rounding of the stated total's decimals.
 */
import { kiemTraTong } from "../../src/functions/kiemTraTong";
import { kindOf } from "./kind";

describe("KIEMTRATONG — a sum against its stated total", () => {
  const year2023 = [[120], [300], [700], [300], [550]];
  test.each<[unknown, unknown, string | RegExp]>([
    [year2023, 1970, "Khớp"],
    [year2023, 1907, "Lệch 63 (cộng được 1.970, ghi 1.907)"],
    [year2023, "1.970", "Khớp"],
    [year2023, "1.907", /^Lệch 63 /],
    [[[6100], [892.46], [1970]], 8962.46, "Khớp"],
    [[["6.100"], ["892,46"], ["1.970"]], "8.962,46", "Khớp"],
    [[[6100], [892.46], [1970]], 8962.45, "Lệch 0,01 (cộng được 8.962,46, ghi 8.962,45)"],
    [
      [
        [6100, null, ""],
        [892.46, "  ", 1970],
      ],
      8962.46,
      "Khớp",
    ],
    [[[0.1], [0.2]], 0.3, "Khớp"],
    [[[1000.4]], 1000, "Khớp"], // within the rounding of a total shown without decimals
    [[[1000.6]], 1000, /^Lệch 0,6 /],
    [[[]], 0, "Khớp"],
    [[1, 2, 3], 6, "Khớp"],
    [5, 5, "Khớp"],
    // Excel cell value objects (parameters typed "any").
    [
      [[{ type: "Double", basicValue: 1000 }], [{ type: "String", basicValue: "970" }]],
      { type: "Double", basicValue: 1970 },
      "Khớp",
    ],
  ])("KIEMTRATONG(%j, %p)", (cacso, tong, expected) => {
    const r = kiemTraTong(cacso, tong);
    expect(typeof r).toBe("string");
    if (expected instanceof RegExp) expect(r).toMatch(expected);
    else expect(r).toBe(expected);
  });

  test.each<[unknown, unknown, "value" | "num"]>([
    [year2023, null, "value"],
    [year2023, "", "value"],
    [year2023, "tổng", "value"],
    [year2023, true, "value"],
    [[["abc"]], 1, "value"],
    [[[true]], 1, "value"],
    [[[{ type: "Double" }]], 1, "value"],
    [[["61,4%"]], 1, "value"],
    [[[Number.NaN]], 1, "num"],
    [year2023, Number.POSITIVE_INFINITY, "num"],
  ])("KIEMTRATONG(%j, %p) is #%s", (cacso, tong, kind) => {
    expect(kindOf(kiemTraTong(cacso, tong))).toBe(kind);
  });
});
