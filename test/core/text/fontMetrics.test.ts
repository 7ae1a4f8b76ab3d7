/**
 * Line widths in Times New Roman (src/core/text/fontMetrics.ts): the figures the header layout and
 * the lines of Decree 30 are sized with. Expected values are Liberation Serif's advance widths (the
 * metrics of Times New Roman), summed by hand.
 */
import { textWidthPt } from "../../../src/core/text/fontMetrics";

test("capitals, regular and bold, from the font's advance widths", () => {
  // H 722 + I 333 = 1055 thousandths; bold H 778 + I 389 = 1167.
  expect(textWidthPt("HI", 10)).toBeCloseTo(10.55, 5);
  expect(textWidthPt("HI", 10, true)).toBeCloseTo(11.67, 5);
  // A space is a quarter of an em.
  expect(textWidthPt(" ", 12)).toBeCloseTo(3, 5);
});

test("Vietnamese letters are as wide as their base letter, the horned ones wider", () => {
  expect(textWidthPt("ỦY BAN NHÂN DÂN", 13, true)).toBeCloseTo(textWidthPt("UY BAN NHAN DAN", 13, true), 5);
  expect(textWidthPt("Đ", 10)).toBeCloseTo(textWidthPt("D", 10), 5);
  expect(textWidthPt("Ư", 10)).toBeGreaterThan(textWidthPt("U", 10));
  expect(textWidthPt("ự", 10, true)).toBeCloseTo(6, 5); // bold ư: 600
  // The same text decomposed (NFD, as some sources write it) measures the same.
  const s = "THỊ XÃ ĐỨC PHỔ";
  expect(textWidthPt(s.normalize("NFD"), 13, true)).toBeCloseTo(textWidthPt(s, 13, true), 5);
});

test("the header's names: the Quốc hiệu at 12 pt is wider than the longest agency line of the example", () => {
  expect(textWidthPt("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", 12, true)).toBeCloseTo(250.3, 1);
  expect(textWidthPt("ỦY BAN NHÂN DÂN", 13, true)).toBeCloseTo(122.4, 1);
});

test("a character the tables do not know counts as a wide letter, never as nothing", () => {
  expect(textWidthPt("中", 10)).toBeCloseTo(7.22, 5);
});

describe("textWidthPt against Liberation Serif's measured widths", () => {
  // Widths measured with Liberation Serif (metric-compatible with Times New Roman).
  test.each([
    ["Tổng kinh phí chi cho công tác chuyển đổi số từ năm 2021 đến 2023 là: 8.962,46 triệu đồng", 14, false, 515.4],
    ["UBND thị xã Đức Phổ kính báo cáo./.", 14, false, 213.3],
    ["Người ứng dụng ưu tiên ở thị xã", 14, false, 181.1],
    ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", 12, true, 250.3],
    ["ỦY BAN NHÂN DÂN", 13, true, 122.4],
  ] as [string, number, boolean, number][])(
    "%s at %i pt (bold: %s) is %f pt: at most 3%% under, 6%% over (over is the safe side)",
    (text, size, bold, measured) => {
      const ratio = textWidthPt(text, size, bold) / measured;
      expect(ratio).toBeGreaterThan(0.97);
      expect(ratio).toBeLessThan(1.06);
    },
  );

  test("NFD text measures as its NFC form", () => {
    const s = "Đức Phổ kính báo cáo";
    expect(textWidthPt(s.normalize("NFD"), 14)).toBe(textWidthPt(s, 14));
  });
});
