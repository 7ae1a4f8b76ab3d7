import { numberToWords } from "../../../src/core/number";

const w = (v: number | string, o = {}) => numberToWords(v, { capitalize: false, ...o });

describe("number to Vietnamese words", () => {
  test.each([
    [0, "không"],
    [5, "năm"],
    [10, "mười"],
    [11, "mười một"],
    [14, "mười bốn"],
    [15, "mười lăm"],
    [20, "hai mươi"],
    [21, "hai mươi mốt"],
    [24, "hai mươi bốn"],
    [25, "hai mươi lăm"],
    [101, "một trăm linh một"],
    [105, "một trăm linh năm"],
    [110, "một trăm mười"],
    [115, "một trăm mười lăm"],
    [1000, "một nghìn"],
    [1001, "một nghìn không trăm linh một"],
    [1050, "một nghìn không trăm năm mươi"],
    [1710, "một nghìn bảy trăm mười"],
    [13570, "mười ba nghìn năm trăm bảy mươi"],
    [1005000, "một triệu không trăm linh năm nghìn"],
    [1000005, "một triệu không trăm linh năm"],
    [1000000, "một triệu"],
    [1e9, "một tỷ"],
    [1e12, "một nghìn tỷ"],
    [1e15, "một triệu tỷ"],
    ["1000000000000000000", "một tỷ tỷ"],
    [5000000000001, "năm nghìn tỷ không trăm linh một"],
    [49634181598, "bốn mươi chín tỷ sáu trăm ba mươi bốn triệu một trăm tám mươi mốt nghìn năm trăm chín mươi tám"],
    [8962.46, "tám nghìn chín trăm sáu mươi hai phẩy bốn mươi sáu"],
    [0.05, "không phẩy không năm"],
    [-300, "âm ba trăm"],
    [61.4, "sáu mươi mốt phẩy bốn"],
  ])("%p -> %s", (v, s) => expect(w(v)).toBe(s));

  test("regional options: lẻ, ngàn, tư", () => {
    expect(w(105, { zeroTens: "lẻ" })).toBe("một trăm lẻ năm");
    expect(w(1005000, { zeroTens: "lẻ", thousand: "ngàn" })).toBe("một triệu không trăm lẻ năm ngàn");
    expect(w(24, { fourAfterTens: "tư" })).toBe("hai mươi tư");
    expect(w(14, { fourAfterTens: "tư" })).toBe("mười bốn");
    expect(w(1234, { fourAfterTens: "tư" })).toBe("một nghìn hai trăm ba mươi tư");
  });

  test("as on payment documents: capital first letter, the unit, đồng chẵn", () => {
    expect(numberToWords(13570)).toBe("Mười ba nghìn năm trăm bảy mươi");
    expect(numberToWords(13570, { scale: 6, unit: "đồng" })).toBe("Mười ba tỷ năm trăm bảy mươi triệu đồng");
    expect(numberToWords(8962.46, { scale: 6, unit: "đồng", even: true })).toBe(
      "Tám tỷ chín trăm sáu mươi hai triệu bốn trăm sáu mươi nghìn đồng chẵn",
    );
    expect(numberToWords(49634181598, { unit: "đồng" })).toBe(
      "Bốn mươi chín tỷ sáu trăm ba mươi bốn triệu một trăm tám mươi mốt nghìn năm trăm chín mươi tám đồng",
    );
  });
});
