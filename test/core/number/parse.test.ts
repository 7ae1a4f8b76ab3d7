import { decToString, decideNotation, notationEvidence, parseNumberText } from "../../../src/core/number";

describe("reading Vietnamese-notation text numbers", () => {
  test.each([
    ["1.050", 1050, 0],
    ["6.992,46", 6992.46, 2],
    ["8.962,46", 8962.46, 2],
    ["13.570", 13570, 0],
    ["892,46", 892.46, 2],
    ["61,4", 61.4, 1],
    ["49.634.181.598", 49634181598, 0],
    ["  1.970\u00a0", 1970, 0],
    ["1 050 000", 1050000, 0],
    ["-1.234,5", -1234.5, 1],
    ["(1.000)", -1000, 0],
    ["−300", -300, 0],
    ["0,614", 0.614, 3],
    ["120", 120, 0],
  ])("%p reads %p with %i decimals", (text, value, decimals) => {
    const p = parseNumberText(text, "vi");
    expect(p).toBeDefined();
    expect(p!.value).toBe(value);
    expect(p!.decimals).toBe(decimals);
    expect(p!.ambiguous).toBe(false);
  });

  test('"92,460" is 92,46 in a Vietnamese sheet and is flagged as ambiguous', () => {
    const p = parseNumberText("92,460", "vi")!;
    expect(p.value).toBe(92.46);
    expect(p.ambiguous).toBe(true);
    expect(p.alt).toBe(92460);
    expect(p.decimals).toBe(3);
  });

  test('"92,460" is 92460 in an English column, and "1.050" is then 1,05 and ambiguous', () => {
    expect(parseNumberText("92,460", "en")!.value).toBe(92460);
    expect(parseNumberText("92,460", "en")!.ambiguous).toBe(false);
    const p = parseNumberText("1.050", "en")!;
    expect(p.value).toBe(1.05);
    expect(p.ambiguous).toBe(true);
  });

  test("percent texts", () => {
    const p = parseNumberText("61,4%", "vi")!;
    expect(p).toMatchObject({ value: 61.4, percent: true, decimals: 1 });
    expect(parseNumberText("40,82 %")!.value).toBe(40.82);
  });

  test("a text only valid in the other notation is read in it", () => {
    expect(parseNumberText("12.5", "vi")).toMatchObject({ value: 12.5, notation: "en" });
    expect(parseNumberText("1,234,567.5", "vi")).toMatchObject({ value: 1234567.5, notation: "en" });
  });

  test("beyond double precision the exact value is kept", () => {
    expect(decToString(parseNumberText("1.000.000.000.000.000,05")!.exact)).toBe("1000000000000000.05");
  });

  test.each(["hai trăm", "", "   ", "1.2.3,4,5", "12a", "%", "1.05.000", ",", "1..2"])("%p is not a number", (t) => {
    expect(parseNumberText(t, "vi")).toBeUndefined();
  });
});

describe("deciding the notation of a column", () => {
  test.each([
    ["6.992,46", "vi"],
    ["1.234.567", "vi"],
    ["12,5", "vi"],
    ["6,992.46", "en"],
    ["1,234,567", "en"],
    ["12.5", "en"],
    ["92,460", "ambiguous"],
    ["1.050", "ambiguous"],
    ["120", "none"],
    ["hai", "none"],
  ])("%p says %p", (t, e) => expect(notationEvidence(t)).toBe(e));

  test("Vietnamese unless English texts outnumber Vietnamese ones", () => {
    expect(decideNotation(["92,460", "6.100", "480"])).toBe("vi");
    expect(decideNotation(["6.992,46", "1,234.5"])).toBe("vi");
    expect(decideNotation(["1,234.5", "12.25", "6.992,46"])).toBe("en");
    expect(decideNotation([])).toBe("vi");
  });
});
