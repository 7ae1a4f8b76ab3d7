/** DATCHITIEU on the targets of section III.1 of the report: percentages, ranges, ranks, units. */
import type { FnError } from "../../src/functions/args";
import { datChiTieu } from "../../src/functions/datChiTieu";
import { kindOf } from "./kind";

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
