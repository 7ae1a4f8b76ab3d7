import { toRoman } from "../../../testkit/roman";
import {
  MarkerSequence,
  Style,
  leadingMarker,
  markerCandidates,
  markerOfNumber,
  romanValue,
} from "../../../src/core/tables/markers";

const styleOf = (t: string) => markerCandidates(t)?.map((m) => m.style);

describe("marker styles", () => {
  test.each([
    ["1", [Style.Arabic]],
    ["12.", [Style.Arabic]],
    ["1.2", [Style.Decimal + 2]],
    ["1.2.3", [Style.Decimal + 3]],
    ["a)", [Style.Alpha]],
    ["đ)", [Style.Alpha]],
    ["-", [Style.Dash]],
    ["–", [Style.Dash]],
    ["+", [Style.Plus]],
    ["(3)", [Style.Paren]],
    ["A", [Style.Letter]],
    ["B.", [Style.Letter]],
    ["IV", [Style.Roman]],
    ["II.", [Style.Roman]],
    ["C", [Style.Letter, Style.Roman]],
    ["D", [Style.Letter, Style.Roman]],
    ["CDXCIX", [Style.Roman]],
  ])("%s", (t, want) => expect(styleOf(t)).toEqual(want));
  test("words and totals are no markers", () => {
    for (const t of ["Tổng cộng", "STT", "Nội dung", "2021-2022", "abc", ""]) expect(markerCandidates(t)).toBeUndefined();
  });
  test("Roman values", () => {
    expect([
      romanValue("IV"),
      romanValue("XCIX"),
      romanValue("CDXCIX"),
      romanValue("D"),
      romanValue("MMMCMXCIX"),
      romanValue("IIII"),
    ]).toEqual([4, 99, 499, 500, 3999, 0]);
  });
  test("a number typed in TT: 3 is item 3, 1.1 (Excel made it a number) is a part", () => {
    expect(markerOfNumber(3)).toMatchObject({ style: Style.Arabic, text: "3" });
    expect(markerOfNumber(1.1)).toMatchObject({ style: Style.Decimal + 2, text: "1.1" });
  });
  test("markers at the start of a label", () => {
    expect(leadingMarker("- Thuế giá trị gia tăng")).toEqual({ marker: "-", rest: "Thuế giá trị gia tăng" });
    expect(leadingMarker("1. Thu nội địa")?.marker).toBe("1.");
    expect(leadingMarker("II. Chi thường xuyên")?.marker).toBe("II.");
    expect(leadingMarker("a) Cấp xã")?.marker).toBe("a)");
    expect(leadingMarker("Hệ thống Hội nghị truyền hình 3 cấp - tỉnh huyện xã")).toBeUndefined();
  });
});

describe("letters and Roman numerals decided by their sequence", () => {
  function run(seq: string[], next: (i: number) => string | undefined = () => undefined): Style[] {
    const s = new MarkerSequence();
    return seq.map((t, i) => s.decide(markerCandidates(t)!, [], () => next(i)).style);
  }
  test('"C" after "B" is a letter; "D" after "C" too', () => {
    expect(run(["A", "B", "C", "D"])).toEqual([Style.Letter, Style.Letter, Style.Letter, Style.Letter]);
  });
  test('"D" after "CDXCIX" is the Roman 500, "C" after "XCIX" the Roman 100', () => {
    const romans = Array.from({ length: 501 }, (_, i) => toRoman(i + 1));
    const styles = run(romans);
    expect(styles.every((x) => x === Style.Roman)).toBe(true);
  });
  test("Roman groups I, II … V inside letter sections A, B, C", () => {
    expect(run(["A", "I", "II", "B", "I", "II", "III", "IV", "V", "C", "I"])).toEqual([
      Style.Letter,
      Style.Roman,
      Style.Roman,
      Style.Letter,
      Style.Roman,
      Style.Roman,
      Style.Roman,
      Style.Roman,
      Style.Roman,
      Style.Letter,
      Style.Roman,
    ]);
  });
  test('"I" after "H" is a letter, unless "II" follows', () => {
    const letters = ["A", "B", "C", "D", "E", "G", "H", "I", "K"];
    expect(run(letters).at(-2)).toBe(Style.Letter);
    const withRoman = ["A", "B", "C", "D", "E", "G", "H", "I", "II"];
    expect(run(withRoman, (i) => withRoman[i + 1]).at(-2)).toBe(Style.Roman);
  });
});
