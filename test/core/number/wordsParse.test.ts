import { decToString, numberToWords, wordsToNumber, type WordsOptions } from "../../../src/core/number";
import { rng } from "../../../testkit/random";

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
    // Group names said once: nghìn tỷ 10^12, triệu tỷ 10^15, tỷ tỷ 10^18.
    ["một nghìn tỷ hai trăm tỷ", "1200000000000"],
    ["hai nghìn tỷ năm trăm triệu", "2000500000000"],
    ["ba triệu tỷ bốn trăm nghìn tỷ", "3400000000000000"],
    ["năm tỷ tỷ", "5000000000000000000"],
    ["một nghìn hai trăm tỷ", "1200000000000"],
    ["một tỷ hai trăm tỷ", "1000000200000000000"],
    // Fractions in groups of three.
    ["không phẩy không trăm ba mươi hai", "0.032"],
    ["không phẩy không trăm linh năm", "0.005"],
    ["một phẩy một trăm hai mươi ba", "1.123"],
    ["hai phẩy không trăm mười", "2.01"],
    // Without accents.
    ["Muoi ba ty nam tram bay muoi trieu dong", "13570000000"],
    ["tam nghin chin tram sau muoi hai phay bon muoi sau", "8962.46"],
    ["mot tram linh nam", "105"],
    ["hai muoi mot", "21"],
    ["muoi lam", "15"],
    ["Mot trieu khong tram le nam ngan dong chan", "1005000"],
    // Negatives.
    ["trừ ba trăm", "-300"],
    ["Trừ hai mươi mốt phẩy năm", "-21.5"],
    ["am mot phay hai", "-1.2"],
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
    // Out of order, or a group named twice.
    ["hai trăm tỷ một nghìn tỷ"],
    ["hai trăm tỷ mười nghìn tỷ"],
    ["một nghìn tỷ hai nghìn tỷ"],
    ["một triệu tỷ hai triệu tỷ"],
    ["năm trăm triệu hai tỷ"],
    ["một tỷ nghìn"],
    ["một nghìn triệu tỷ"],
    ["tỷ một"],
    ["trừ"],
    ["âm trừ năm"],
    ["muoi muoi"],
    ["mot muoi"],
    ["hai muoi muoi"],
    ["không phẩy không trăm"],
    ["ba trăm abc tỷ"],
  ])("%p is not a number", (text) => expect(wordsToNumber(text)).toBeUndefined());

  test("reads back what numberToWords writes", () => {
    for (const v of [0, 7, 15, 21, 105, 1005000, 13570, 8962.46, -61.4, 0.05, 49634181598]) {
      expect(read(numberToWords(v))).toBe(String(v));
      expect(read(numberToWords(v, { zeroTens: "lẻ", thousand: "ngàn", fourAfterTens: "tư", unit: "đồng", even: true }))).toBe(
        String(v),
      );
    }
  });

  const OPTIONS: WordsOptions[] = [{}, { zeroTens: "lẻ", thousand: "ngàn", fourAfterTens: "tư", unit: "đồng", even: true }];

  /** A random decimal string: up to 19 integer digits (below 10^18 and 10^18 itself), many zero groups. */
  function randomNumbers(seed: number, n: number): string[] {
    const rand = rng(seed);
    const out = ["1000000000000000000", "999999999999999999", "1000000000000", "1000001000000000000"];
    for (let i = 0; i < n; i++) {
      const groups = 1 + Math.floor(rand() * 6);
      let int = String(1 + Math.floor(rand() * 999));
      for (let g = 1; g < groups; g++) {
        const r = rand();
        int += String(r < 0.4 ? 0 : r < 0.6 ? Math.floor(rand() * 10) : Math.floor(rand() * 1000)).padStart(3, "0");
      }
      if (rand() < 0.15) int = String(Math.floor(rand() * 100));
      const places = Math.floor(rand() * 4);
      let frac = "";
      for (let p = 0; p < places; p++) frac += String(Math.floor(rand() * 10));
      frac = frac.replace(/0+$/, "");
      const neg = rand() < 0.25 && !(int === "0" && frac === "");
      out.push((neg ? "-" : "") + int + (frac ? "." + frac : ""));
    }
    return out;
  }

  test("round trip: wordsToNumber(numberToWords(x)) is x, for 2 000 numbers up to 10^18", () => {
    const numbers = randomNumbers(12, 2000);
    expect(numbers).toHaveLength(2004);
    let checked = 0;
    for (const x of numbers) {
      for (const opts of OPTIONS) {
        const words = numberToWords(x, opts);
        expect({ x, words, back: read(words) }).toEqual({ x, words, back: x });
        checked++;
      }
    }
    expect(checked).toBe(4008);
  });
});
