/**
 * The custom functions' logic on the numbers of the Đức Phổ 2023 report (reference/), as tables.
 * An error result has a kind ("value" = #VALUE!, "num" = #NUM!) and a Vietnamese message; no
 * argument, however bad, makes a function throw.
 */
import fc from "fast-check";
import { decFromNumber } from "../../src/core/number/decimal";
import { formatNumberVNExact } from "../../src/core/number/format";
import { datChiTieu, docSo, FnError, type FnResult, kiemTraTong, soVN, tyLe } from "../../src/functions/impl";

function kindOf(r: FnResult): "value" | "num" | "text" {
  return r instanceof FnError ? r.kind : "text";
}

describe("DOCSO — number to words", () => {
  test.each<[unknown, unknown, unknown, string]>([
    [13570, null, null, "Mười ba nghìn năm trăm bảy mươi"],
    [13570, "triệu đồng", null, "Mười ba tỷ năm trăm bảy mươi triệu đồng"],
    [13570, "Triệu đồng", undefined, "Mười ba tỷ năm trăm bảy mươi triệu đồng"],
    [13570, "trieu dong", "", "Mười ba tỷ năm trăm bảy mươi triệu đồng"],
    [8962.46, "triệu đồng", null, "Tám tỷ chín trăm sáu mươi hai triệu bốn trăm sáu mươi nghìn đồng"],
    [892.46, "triệu đồng", null, "Tám trăm chín mươi hai triệu bốn trăm sáu mươi nghìn đồng"],
    [1970, "nghìn đồng", null, "Một triệu chín trăm bảy mươi nghìn đồng"],
    [1005000, "đồng", null, "Một triệu không trăm linh năm nghìn đồng"],
    [1005000, "đồng", "lẻ", "Một triệu không trăm lẻ năm nghìn đồng"],
    [1005000, "đồng", "le, ngàn", "Một triệu không trăm lẻ năm ngàn đồng"],
    [24, null, "tư", "Hai mươi tư"],
    [13570, "triệu đồng", "chẵn", "Mười ba tỷ năm trăm bảy mươi triệu đồng chẵn"],
    [13570, null, "thường", "mười ba nghìn năm trăm bảy mươi"],
    [13570, "triệu đồng", "lẻ; chẵn; thường", "mười ba tỷ năm trăm bảy mươi triệu đồng chẵn"],
    [1.5, "đồng", "chẵn", "Một phẩy năm đồng"],
    [-21, null, null, "Âm hai mươi mốt"],
    [0, null, null, "Không"],
    [1e12, "đồng", null, "Một nghìn tỷ đồng"],
  ])("DOCSO(%p, %p, %p) = %p", (so, donvi, tuychon, expected) => {
    expect(docSo(so, donvi, tuychon)).toBe(expected);
  });

  test.each<[unknown, unknown, unknown, "value" | "num"]>([
    ["13570", null, null, "value"],
    ["abc", null, null, "value"],
    [null, null, null, "value"],
    [undefined, null, null, "value"],
    [true, null, null, "value"],
    [[[1]], null, null, "value"],
    [1e18, null, null, "num"],
    [-1e18, null, null, "num"],
    [Number.NaN, null, null, "num"],
    [Number.POSITIVE_INFINITY, null, null, "num"],
    [1, "USD", null, "value"],
    [1, 5, null, "value"],
    [1, null, "hoa mỹ", "value"],
    [1, null, 7, "value"],
  ])("DOCSO(%p, %p, %p) is #%s", (so, donvi, tuychon, kind) => {
    expect(kindOf(docSo(so, donvi, tuychon))).toBe(kind);
  });

  test("just below the limit is read", () => {
    expect(kindOf(docSo(999_999_999_999_999_900))).toBe("text");
  });
});

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

describe("DATCHITIEU — target attainment", () => {
  test.each<[unknown, unknown, unknown, string]>([
    // Section III.1 targets of the report.
    [0.97, "95%", null, "Đạt"], // a fraction from a percent-formatted cell
    [97, "95%", null, "Đạt"],
    [0.93, "95%", null, "Chưa đạt (thiếu 2 điểm %)"],
    [85, "80% trở lên", null, "Đạt"],
    [0.771, "80% trở lên", null, "Chưa đạt (thiếu 2,9 điểm %)"],
    [77, "≥ 80%", null, "Chưa đạt (thiếu 3 điểm %)"],
    [51, "trên 50%", null, "Đạt"],
    [50, "trên 50%", null, "Chưa đạt (cần trên 50%, thực hiện 50%)"],
    [0.5, "> 50%", null, "Chưa đạt (cần trên 50%, thực hiện 50%)"],
    [40, "30% - 50%", null, "Đạt"],
    [0.4, "30% đến 50%", null, "Đạt"],
    [25, "30% - 50%", null, "Chưa đạt (thiếu 5 điểm %)"],
    [3, "nhóm 3/13", null, "Đạt"],
    [1, "nhóm 3/13", null, "Đạt"],
    [5, "nhóm 3/13", null, "Chưa đạt (xếp thứ 5, chỉ tiêu nhóm 3/13)"],
    [12, "10 - 15", "lượt", "Đạt"],
    [8, "10 - 15", "lượt", "Chưa đạt (thiếu 2 lượt)"],
    [4, "tối đa 3", null, "Chưa đạt (vượt 1)"],
    [2, "dưới 3", null, "Đạt"],
    // With donvi "%", the actual is already in percent units.
    [97, "95", "%", "Đạt"],
    [0.97, "95", "%", "Chưa đạt (thiếu 94,03 điểm %)"],
    [96, 95, "%", "Đạt"],
    // A text actual with "%" is in percent units.
    ["96,5%", "95%", null, "Đạt"],
    ["94,5%", "95%", null, "Chưa đạt (thiếu 0,5 điểm %)"],
    [{ type: "FormattedNumber", basicValue: 0.97, numberFormat: "0%" }, { type: "String", basicValue: "95%" }, null, "Đạt"],
  ])("DATCHITIEU(%p, %p, %p) = %p", (thuchien, muctieu, donvi, expected) => {
    expect(datChiTieu(thuchien, muctieu, donvi)).toBe(expected);
  });

  test.each<[unknown, unknown, unknown, "value" | "num"]>([
    [90, "Phổ cập dịch vụ 4G/5G", null, "value"],
    [90, "", null, "value"],
    [90, null, null, "value"],
    [90, true, null, "value"],
    [null, "95%", null, "value"],
    ["nhiều", "95%", null, "value"],
    [[[1]], "95%", null, "value"],
    [90, "95%", 3, "value"],
    [90, "120%", null, "num"], // a percentage above 100
    [90, "50% - 30%", null, "num"], // lower end above upper end
    [2.5, "nhóm 3/13", null, "num"], // a rank is a whole number from 1
    [0, "nhóm 3/13", null, "num"],
    [Number.NaN, "95%", null, "num"],
  ])("DATCHITIEU(%p, %p, %p) is #%s", (thuchien, muctieu, donvi, kind) => {
    expect(kindOf(datChiTieu(thuchien, muctieu, donvi))).toBe(kind);
  });

  test("an unparseable target says so", () => {
    const r = datChiTieu(90, "Phổ cập dịch vụ 4G/5G");
    expect((r as FnError).message).toMatch(/^Không xác định được chỉ tiêu/);
  });
});

describe("no argument makes a function throw", () => {
  const odd: unknown[] = [
    undefined,
    null,
    "",
    " ",
    "abc",
    "1.2.3,4,5",
    "92,460",
    0,
    -0,
    -1,
    1e300,
    -1e-300,
    Number.NaN,
    Number.NEGATIVE_INFINITY,
    true,
    false,
    [],
    [[]],
    [[null]],
    [["x", 1]],
    {},
    { type: "Error", errorType: "Ref" },
    Symbol("s"),
    10n,
    () => 1,
  ];
  const fns: [string, (...a: unknown[]) => FnResult][] = [
    ["DOCSO", docSo],
    ["SOVN", soVN],
    ["TYLE", tyLe],
    ["KIEMTRATONG", kiemTraTong],
    ["DATCHITIEU", datChiTieu],
  ];
  test.each(fns)("%s", (_name, f) => {
    for (const a of odd) {
      for (const b of odd) {
        for (const c of [undefined, null, "%", "lẻ", 2, -1]) {
          let r: FnResult | undefined;
          expect(() => {
            r = f(a, b, c);
          }).not.toThrow();
          expect(typeof r === "string" || r instanceof FnError).toBe(true);
        }
      }
    }
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
