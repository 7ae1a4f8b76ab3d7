import { displayText, formulaBarText, parseInput } from "../../src/preview/WorkbookView";

describe("preview cells show as Excel shows them, in Vietnamese notation", () => {
  test.each([
    [1970, "#,##0", "1.970"],
    [6992.46, "#,##0.00", "6.992,46"],
    [13570, "#,##0", "13.570"],
    [61.40350877, "0.0", "61,4"],
    [0.614, "0.0%", "61,4%"],
    [1234.5, undefined, "1234,5"],
    [2023, "@", "2023"],
  ])("%p with %p -> %p", (value, numberFormat, text) => {
    expect(displayText({ value, numberFormat })).toBe(text);
  });

  test("text, errors, booleans, empty", () => {
    expect(displayText({ value: "Năm 2023" })).toBe("Năm 2023");
    expect(displayText({ value: { error: "#REF!" } })).toBe("#REF!");
    expect(displayText({ value: true })).toBe("TRUE");
    expect(displayText({ value: null })).toBe("");
    expect(displayText(undefined)).toBe("");
  });

  test("formula bar", () => {
    expect(formulaBarText({ value: 1970, formula: "=SUM(D13:D17)" })).toBe("=SUM(D13:D17)");
    expect(formulaBarText({ value: 8962.46, numberFormat: "#,##0.00" })).toBe("8962,46");
  });

  test("typed input", () => {
    expect(parseInput("1907")).toBe(1907);
    expect(parseInput("1.907")).toBe(1907);
    expect(parseInput("8.962,46")).toBe(8962.46);
    expect(parseInput("=SUM(D7:D11)")).toEqual({ formula: "=SUM(D7:D11)" });
    expect(parseInput("61,4%")).toBeCloseTo(0.614, 10);
    expect(parseInput("")).toBeNull();
    expect(parseInput("hai trăm")).toBe("hai trăm");
  });
});
