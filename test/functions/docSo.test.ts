/**
 * DOCSO on the numbers of the Đức Phổ 2023 report (docs/report-example.md): amounts read as on payment
 * documents, with units and spelling options; bad arguments give #VALUE! or #NUM!.
 */
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
