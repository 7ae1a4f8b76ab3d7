import { decToString, numberToWords, wordsToNumber } from "../../../src/core/number";

const read = (text: string): string | undefined => {
  const d = wordsToNumber(text);
  return d === undefined ? undefined : decToString(d);
};

describe("Vietnamese words back to numbers (Số tiền bằng chữ)", () => {
  test.each([
    // The report's numbers, as on payment documents.
    ["Mười ba nghìn năm trăm bảy mươi", "13570"],
    ["Mười ba tỷ năm trăm bảy mươi triệu đồng", "13570000000"],
    ["Bốn mươi chín tỷ sáu trăm ba mươi bốn triệu một trăm tám mươi mốt nghìn năm trăm chín mươi tám đồng", "49634181598"],
    ["Tám nghìn chín trăm sáu mươi hai phẩy bốn mươi sáu", "8962.46"],
    ["Tám tỷ chín trăm sáu mươi hai triệu bốn trăm sáu mươi nghìn đồng chẵn", "8962460000"],
    ["một triệu không trăm linh năm nghìn", "1005000"],
    ["Sáu mươi mốt phẩy bốn", "61.4"],
    // Small numbers: mười/mươi, mốt, lăm, linh.
    ["không", "0"],
    ["năm", "5"],
    ["mười", "10"],
    ["mười một", "11"],
    ["mười lăm", "15"],
    ["hai mươi", "20"],
    ["hai mươi mốt", "21"],
    ["hai mươi lăm", "25"],
    ["một trăm linh một", "101"],
    ["một trăm linh năm", "105"],
    ["một trăm mười lăm", "115"],
    ["một nghìn không trăm linh một", "1001"],
    ["một nghìn không trăm năm mươi", "1050"],
    ["một triệu không trăm linh năm", "1000005"],
    // tỷ repeats beyond 10^12.
    ["một tỷ", "1000000000"],
    ["một nghìn tỷ", "1000000000000"],
    ["một triệu tỷ", "1000000000000000"],
    ["một tỷ tỷ", "1000000000000000000"],
    ["năm nghìn tỷ không trăm linh một", "5000000000001"],
    ["một tỷ không trăm linh một tỷ", "1000000001000000000"],
    // Decimals, negatives.
    ["không phẩy không năm", "0.05"],
    ["không phẩy năm", "0.5"],
    ["ba phẩy một bốn", "3.14"],
    ["âm ba trăm", "-300"],
    ["Âm một phẩy không không hai", "-1.002"],
  ])("%s -> %s", (text, value) => expect(read(text)).toBe(value));

  test.each([
    // Southern and regional variants.
    ["một trăm lẻ năm", "105"],
    ["Một triệu không trăm lẻ năm ngàn đồng", "1005000"],
    ["hai mươi tư", "24"],
    ["một nghìn hai trăm ba mươi tư", "1234"],
    ["một trăm linh tư", "104"],
    ["hai mươi năm", "25"],
    ["hai mươi một", "21"],
    ["mười tư", "14"],
    ["bẩy trăm", "700"],
    ["Mười ba tỉ năm trăm bảy mươi triệu đồng chẵn./.", "13570000000"],
    ["Mười ba nghìn, năm trăm bảy mươi đồng.", "13570"],
    ["năm triệu chẵn", "5000000"],
    ["một nghìn linh năm", "1005"],
    ["MƯỜI BA NGHÌN NĂM TRĂM BẢY MƯƠI", "13570"],
    ["  mười   ba  nghìn ", "13000"],
    // Decomposed Unicode (NFD), as some keyboards and PDFs produce.
    ["Mười ba nghìn năm trăm bảy mươi".normalize("NFD"), "13570"],
  ])("%s -> %s", (text, value) => expect(read(text)).toBe(value));

  test.each([
    [""],
    ["đồng"],
    ["chẵn"],
    ["âm"],
    ["hai trăm abc"],
    ["Số tiền bằng chữ"],
    ["13570"],
    ["trăm"],
    ["tỷ"],
    ["mươi"],
    ["một một"],
    ["mười mười"],
    ["một mươi"],
    ["hai mươi mươi"],
    ["hai mươi không"],
    ["mười mốt"],
    ["năm lăm"],
    ["linh năm"],
    ["không trăm"],
    ["một triệu không trăm nghìn"],
    ["một trăm năm"], // 150 in speech: ambiguous, not 105
    ["một tỷ năm"], // 1,5 tỷ in speech
    ["một nghìn triệu"],
    ["năm nghìn nghìn"],
    ["hai triệu triệu"],
    ["tỷ tỷ"],
    ["một phẩy"],
    ["phẩy năm"],
    ["một phẩy hai phẩy ba"],
    ["một phẩy hai abc"],
    ["đồng một trăm"],
  ])("%p is not a number", (text) => expect(wordsToNumber(text)).toBeUndefined());

  test("reads back what numberToWords writes", () => {
    for (const v of [0, 7, 15, 21, 105, 1005000, 13570, 8962.46, -61.4, 0.05, 49634181598]) {
      expect(read(numberToWords(v))).toBe(String(v));
      expect(read(numberToWords(v, { zeroTens: "lẻ", thousand: "ngàn", fourAfterTens: "tư", unit: "đồng", even: true }))).toBe(
        String(v),
      );
    }
  });
});
