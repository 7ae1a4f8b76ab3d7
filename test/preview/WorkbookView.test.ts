import { displayText, formulaBarText, parseInput, rowsToDraw } from "../../src/preview/WorkbookView";

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

describe("rowsToDraw: the rows around the viewport, merged areas whole", () => {
  const range = (startIndex: number, endIndex: number) => ({ startIndex, endIndex, overscan: 2, count: 10000 });

  test("without merges: the visible rows and the overscan", () => {
    expect(rowsToDraw(range(100, 104), [])).toEqual([98, 99, 100, 101, 102, 103, 104, 105, 106]);
    expect(rowsToDraw(range(0, 3), [])).toEqual([0, 1, 2, 3, 4, 5]);
    expect(rowsToDraw(range(9995, 9999), [])).toEqual([9993, 9994, 9995, 9996, 9997, 9998, 9999]);
  });

  test("a merged area cut by the window is drawn whole, above and below, and areas chained through it too", () => {
    const merges = [
      { top: 90, left: 0, bottom: 99, right: 0 }, // cut at the top of 98..106
      { top: 106, left: 1, bottom: 110, right: 2 }, // cut at the bottom
      { top: 110, left: 3, bottom: 112, right: 3 }, // reached only through the one above
      { top: 500, left: 0, bottom: 510, right: 0 }, // far away
    ];
    const rows = rowsToDraw(range(100, 104), merges);
    expect(rows[0]).toBe(90);
    expect(rows[rows.length - 1]).toBe(112);
    expect(rows).toHaveLength(112 - 90 + 1);
  });

  test("a merged area running past the last row stops at it", () => {
    expect(
      rowsToDraw({ startIndex: 20, endIndex: 24, overscan: 0, count: 25 }, [{ top: 22, left: 0, bottom: 40, right: 1 }]),
    ).toEqual([20, 21, 22, 23, 24]);
  });
});
