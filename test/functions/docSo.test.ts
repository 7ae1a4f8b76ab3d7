/**
 * DOCSO on the numbers of the Đức Phổ 2023 report (docs/report-example.md): amounts read as on payment
 * documents, with units and spelling options; bad arguments give #VALUE! or #NUM!.
 */
import { FnError } from "../../src/functions";
import { docSo } from "../../src/functions/docSo";
import { kindOf } from "./kind";

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
    [1.5, "đồng", "chẵn", "Hai đồng chẵn"],
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

  test.each<[unknown, unknown, unknown, unknown, string]>([
    // Excel's 15 significant digits first, then the decimals the amount really has.
    [4.35 * 100, "nghìn đồng", "chẵn", null, "Bốn trăm ba mươi lăm nghìn đồng chẵn"],
    [0.1 + 0.2, null, null, null, "Không phẩy ba"],
    [1234.56 + 5757.9, null, null, null, "Sáu nghìn chín trăm chín mươi hai phẩy bốn mươi sáu"],
    [1234.56 + 5757.9, "nghìn đồng", null, null, "Sáu triệu chín trăm chín mươi hai nghìn bốn trăm sáu mươi đồng"],
    [6100 + 892.46 + 1970, "triệu đồng", "chẵn", null, "Tám tỷ chín trăm sáu mươi hai triệu bốn trăm sáu mươi nghìn đồng chẵn"],
    [1.1 * 1.1, "nghìn đồng", null, null, "Một nghìn hai trăm mười đồng"],
    // Amounts in đồng are read in whole đồng unless `sole` asks for decimals.
    [1005000.4, "đồng", null, null, "Một triệu không trăm linh năm nghìn đồng"],
    [1.5, "đồng", "chẵn", 1, "Một phẩy năm đồng"],
    [1234.5678, "VNĐ", null, 2, "Một nghìn hai trăm ba mươi bốn phẩy năm mươi bảy đồng"],
    // `sole` fixes the decimals of the number as given (before the unit's scale).
    [8962.46, null, null, 1, "Tám nghìn chín trăm sáu mươi hai phẩy năm"],
    [8962.46, "triệu đồng", null, 0, "Tám tỷ chín trăm sáu mươi hai triệu đồng"],
    [-0.25, null, null, 1, "Âm không phẩy ba"],
    [13570, null, null, null, "Mười ba nghìn năm trăm bảy mươi"],
    [13570, "triệu đồng", null, 3, "Mười ba tỷ năm trăm bảy mươi triệu đồng"],
  ])("DOCSO(%p, %p, %p, %p) = %p", (so, donvi, tuychon, sole, expected) => {
    expect(docSo(so, donvi, tuychon, sole)).toBe(expected);
  });

  test.each<[string, string]>([
    ["triệu VNĐ", "Tám tỷ chín trăm sáu mươi hai triệu bốn trăm sáu mươi nghìn đồng"],
    ["Triệu  vnđ", "Tám tỷ chín trăm sáu mươi hai triệu bốn trăm sáu mươi nghìn đồng"],
    ["Tr.đ", "Tám tỷ chín trăm sáu mươi hai triệu bốn trăm sáu mươi nghìn đồng"],
    ["trđ", "Tám tỷ chín trăm sáu mươi hai triệu bốn trăm sáu mươi nghìn đồng"],
    ["TR. Đ", "Tám tỷ chín trăm sáu mươi hai triệu bốn trăm sáu mươi nghìn đồng"],
    ["1.000.000 đồng", "Tám tỷ chín trăm sáu mươi hai triệu bốn trăm sáu mươi nghìn đồng"],
    ["nghìn VNĐ", "Tám triệu chín trăm sáu mươi hai nghìn bốn trăm sáu mươi đồng"],
    ["1.000 đồng", "Tám triệu chín trăm sáu mươi hai nghìn bốn trăm sáu mươi đồng"],
    ["ngàn đ", "Tám triệu chín trăm sáu mươi hai nghìn bốn trăm sáu mươi đồng"],
    ["ngan d", "Tám triệu chín trăm sáu mươi hai nghìn bốn trăm sáu mươi đồng"],
    ["tỷ VNĐ", "Tám nghìn chín trăm sáu mươi hai tỷ bốn trăm sáu mươi triệu đồng"],
    ["tỉ đ", "Tám nghìn chín trăm sáu mươi hai tỷ bốn trăm sáu mươi triệu đồng"],
    ["Ty dong", "Tám nghìn chín trăm sáu mươi hai tỷ bốn trăm sáu mươi triệu đồng"],
    ["VNĐ", "Tám nghìn chín trăm sáu mươi hai đồng"],
    ["đ", "Tám nghìn chín trăm sáu mươi hai đồng"],
  ])("DOCSO(8962.46, %p) = %p", (donvi, expected) => {
    expect(docSo(8962.46, donvi)).toBe(expected);
  });

  test.each<[unknown, unknown, string]>([
    [null, "chẵn", 'Tùy chọn "chẵn" chỉ dùng khi có đơn vị tiền (ví dụ "đồng"): "chẵn" đứng sau "đồng".'],
    ["đồng", "lẻ, linh", 'Tùy chọn "lẻ" và "linh" trái nhau; chỉ dùng một.'],
    [null, "ngàn; nghìn", 'Tùy chọn "ngàn" và "nghìn" trái nhau; chỉ dùng một.'],
    [null, "Thường, chữ hoa", 'Tùy chọn "Thường" và "chữ hoa" trái nhau; chỉ dùng một.'],
    [null, "tư, bốn", 'Tùy chọn "tư" và "bốn" trái nhau; chỉ dùng một.'],
    [null, "chan le", 'Tùy chọn "chan le" không có; dùng: lẻ, ngàn, tư, chẵn, thường (cách nhau bằng dấu phẩy).'],
    [
      "USD",
      null,
      'Đơn vị "USD" không đọc được; dùng "đồng" (VNĐ, đ), "nghìn đồng" (ngàn đ, 1.000 đồng), "triệu đồng" (Tr.đ) hoặc "tỷ đồng".',
    ],
    [
      "tr",
      null,
      'Đơn vị "tr" không đọc được; dùng "đồng" (VNĐ, đ), "nghìn đồng" (ngàn đ, 1.000 đồng), "triệu đồng" (Tr.đ) hoặc "tỷ đồng".',
    ],
  ])("DOCSO(1, %p, %p) is #VALUE! %p", (donvi, tuychon, message) => {
    const r = docSo(1, donvi, tuychon);
    expect(r).toBeInstanceOf(FnError);
    expect(r).toEqual(new FnError("value", message));
  });

  test("repeating an option is no contradiction", () => {
    expect(docSo(105, "đồng", "lẻ, lẻ, chẵn")).toBe("Một trăm lẻ năm đồng chẵn");
  });

  test.each<[unknown, "value" | "num"]>([
    ["2", "value"],
    [true, "value"],
    [1.5, "num"],
    [-1, "num"],
    [11, "num"],
  ])("DOCSO(1234.5, null, null, %p) is #%s", (sole, kind) => {
    expect(kindOf(docSo(1234.5, null, null, sole))).toBe(kind);
  });

  test("just below the limit is read; 15 significant digits are what Excel holds", () => {
    expect(docSo(999_999_999_999_999_000)).toBe(
      "Chín trăm chín mươi chín triệu chín trăm chín mươi chín nghìn chín trăm chín mươi chín tỷ chín trăm chín mươi chín triệu chín trăm chín mươi chín nghìn",
    );
    // 18 nines are 10^18 at 15 significant digits.
    expect(kindOf(docSo(999_999_999_999_999_900))).toBe("num");
  });
});
