/**
 * The stand-in workbook's model (src/preview/standin/workbook.ts): recalculation, typing like
 * Excel, listeners, and workbooks built from Grids. The evaluator itself is tested in
 * test/core/formula/evaluate.test.ts; here, what the workbook gives it (cells, other sheets, ranges).
 */
import type { CellValue, Grid } from "../../../src/core/grid/grid";
import { exampleTemplate } from "../../../src/core/template/example";
import { StandInWorkbook } from "../../../src/preview/standin/workbook";
import { parseInput as read } from "../../../src/preview/WorkbookView";

describe("recalculation", () => {
  test("formulas follow their inputs; a constant replaces a formula", () => {
    const wb = new StandInWorkbook();
    wb.addSheet("S");
    wb.setCell("S", "A1", 2);
    wb.setCell("S", "A2", 3);
    wb.setCell("S", "A3", { formula: "=SUM(A1:A2)" });
    wb.setCell("S", "A4", { formula: "A3*10" });
    expect(wb.getCell("S", "A4")?.value).toBe(50);
    wb.setCell("S", "A1", 7);
    expect(wb.getCell("S", "A3")?.value).toBe(10);
    expect(wb.getCell("S", "A4")?.value).toBe(100);
    wb.setCell("S", "A3", 1);
    expect(wb.getCell("S", "A3")).toEqual({ value: 1, format: {} });
    expect(wb.getCell("S", "A4")?.value).toBe(10);
  });

  /** Sheet1: A1:A3 = 1, 2, 3, N1 = "5" (text); Sheet2: A1 = 100; Phụ lục I: D6 = 6992.46, D12 = 1970. */
  function cells(): StandInWorkbook {
    const wb = new StandInWorkbook();
    wb.addSheet("Sheet1");
    wb.addSheet("Sheet2");
    wb.addSheet("Phụ lục I");
    wb.batch(() => {
      wb.setCell("Sheet1", "A1", 1);
      wb.setCell("Sheet1", "A2", 2);
      wb.setCell("Sheet1", "A3", 3);
      wb.setCell("Sheet1", "N1", "5");
      wb.setCell("Sheet2", "A1", 100);
      wb.setCell("Phụ lục I", "D6", 6992.46);
      wb.setCell("Phụ lục I", "D12", 1970);
    });
    return wb;
  }

  test.each<[string, CellValue]>([
    ["=--A2", 2],
    ["=+A3", 3],
    ["=SUM(A3:A1)", 6],
    ["=N1+1", 6], // numeric text in a cell is coerced
    ["=SUM('Phụ lục I'!D6:D12)", 8962.46], // a range on another sheet
    ["=Sheet2!A1*2", 200],
    ["=Sheet2!$A$1/4", 25],
    ["=sheet2!A1", 100], // sheet names match without case, as in Excel
    ["='Không có'!A1", { error: "#REF!" }],
  ])("%s over the workbook's cells = %p", (formula, expected) => {
    const wb = cells();
    wb.setCell("Sheet1", "Z1", { formula });
    expect(wb.getCell("Sheet1", "Z1")?.value).toEqual(expected);
  });

  test("circular references give #REF! without hanging", () => {
    const wb = new StandInWorkbook();
    wb.addSheet("S");
    wb.setCell("S", "A1", { formula: "=B1+1" });
    wb.setCell("S", "B1", { formula: "=A1+1" });
    wb.setCell("S", "C1", { formula: "=C1" });
    wb.setCell("S", "D1", { formula: "=SUM(D1:D3)" });
    wb.setCell("S", "E1", { formula: "=A1*2" });
    for (const a of ["A1", "B1", "C1", "D1", "E1"]) expect(wb.getCell("S", a)?.value).toEqual({ error: "#REF!" });
  });

  test("a long chain of formulas evaluates", () => {
    const wb = new StandInWorkbook();
    wb.addSheet("S");
    wb.setCell("S", "A1", 1);
    wb.batch(() => {
      for (let r = 2; r <= 3000; r++) wb.setCell("S", `A${r}`, { formula: `=A${r - 1}+1` });
    });
    expect(wb.getCell("S", "A3000")?.value).toBe(3000);
  });
});

describe("typing and listening", () => {
  test("typing like Excel: '- abc' is a formula unless the cell is text; numbers become numbers", () => {
    const wb = new StandInWorkbook();
    const s = wb.addSheet("S");
    wb.typeCell("S", "A1", "- abc");
    expect(wb.getCell("S", "A1")).toMatchObject({ formula: "=- abc", value: { error: "#NAME?" } });
    s.ensure(1, 0).numberFormat = "@";
    wb.typeCell("S", "A2", "- abc");
    expect(wb.getCell("S", "A2")).toMatchObject({ value: "- abc", numberFormat: "@" });
    expect(wb.getCell("S", "A2")?.formula).toBeUndefined();
    wb.typeCell("S", "A3", "1907");
    expect(wb.getCell("S", "A3")?.value).toBe(1907);
    wb.typeCell("S", "A4", "95%");
    expect(wb.getCell("S", "A4")).toMatchObject({ value: 0.95, numberFormat: "0%" });
    wb.setCell("S", "A5", "=not a formula");
    expect(wb.getCell("S", "A5")).toMatchObject({ value: "=not a formula" });
  });

  test('a cell formatted as text ("@") keeps what is typed as text, as Excel does', () => {
    const wb = new StandInWorkbook();
    const s = wb.addSheet("S");
    s.ensure(0, 0).numberFormat = "@";
    s.ensure(1, 0).numberFormat = "@";
    s.ensure(2, 0).numberFormat = "@";
    wb.typeCell("S", "A1", "150%");
    wb.typeCell("S", "A2", "1.907");
    wb.typeCell("S", "A3", "=SUM(D7:D11)");
    expect(wb.getCell("S", "A1")).toEqual({ value: "150%", numberFormat: "@", format: {} });
    expect(wb.getCell("S", "A2")).toEqual({ value: "1.907", numberFormat: "@", format: {} });
    expect(wb.getCell("S", "A3")).toEqual({ value: "=SUM(D7:D11)", numberFormat: "@", format: {} });
    // A whole column formatted as text (a format layer, no cell yet) too.
    s.formatLayers.push({ rect: { top: 0, left: 1, bottom: 99, right: 1 }, format: {}, numberFormat: "@" });
    wb.typeCell("S", "B5", "150%");
    expect(wb.getCell("S", "B5")).toEqual({ value: "150%", numberFormat: "@", format: {} });
    // The same text in a General cell is a number.
    wb.typeCell("S", "C1", "150%");
    expect(wb.getCell("S", "C1")).toMatchObject({ value: 1.5, numberFormat: "0%" });
  });

  test("typing with the Excel's own reading (the preview: Vietnamese notation), text cells still text", () => {
    const wb = new StandInWorkbook();
    const s = wb.addSheet("S");
    s.ensure(0, 0).numberFormat = "@";
    for (const [addr, typed] of [
      ["A1", "150%"],
      ["A1", "1.907"],
      ["A1", "=SUM(B1:B2)"],
    ] as const) {
      wb.typeCell("S", addr, typed, read);
      expect(wb.getCell("S", addr)).toEqual({ value: typed, numberFormat: "@", format: {} });
    }
    wb.typeCell("S", "B1", "1.907", read);
    wb.typeCell("S", "B2", "63", read);
    wb.typeCell("S", "B3", "=SUM(B1:B2)", read);
    wb.typeCell("S", "B4", "150%", read);
    wb.typeCell("S", "B5", "61,4%", read);
    wb.typeCell("S", "B6", "hai trăm", read);
    expect(wb.getCell("S", "B1")?.value).toBe(1907);
    expect(wb.getCell("S", "B3")).toMatchObject({ formula: "=SUM(B1:B2)", value: 1970 });
    expect(wb.getCell("S", "B4")).toMatchObject({ value: 1.5, numberFormat: "0%" });
    expect(wb.getCell("S", "B5")?.value).toBeCloseTo(0.614, 12);
    expect(wb.getCell("S", "B5")?.numberFormat).toBe("0.00%");
    expect(wb.getCell("S", "B6")?.value).toBe("hai trăm");
    // Typing nothing empties the cell, text-formatted or not (the format stays).
    wb.typeCell("S", "A1", "", read);
    expect(wb.getCell("S", "A1")).toEqual({ value: null, numberFormat: "@", format: {} });
  });

  test("listeners hear changes and selection moves", () => {
    const wb = StandInWorkbook.fromSpecs(exampleTemplate());
    const changes: string[][] = [];
    const sels: string[] = [];
    wb.onChange((e) => changes.push(e.sheets));
    wb.onSelectionChange((s) => sels.push(`${s.sheet}!${s.cell}`));
    wb.setCell("Phụ lục I", "D7", 6000);
    wb.select("Phụ lục II", "E24");
    expect(changes).toEqual([["Phụ lục I"]]);
    expect(sels).toEqual(["Phụ lục II!E24"]);
    expect(wb.getCell("Phụ lục I", "D6")?.value).toBe(6892.46);
  });
});

describe("fromGrids: a workbook as a saved file holds it", () => {
  /** Phụ lục I's first group, its sub-total saved with a stale result; a hidden sheet; an empty text cell. */
  function grids(): Grid[] {
    return [
      {
        name: "Phụ lục I",
        rows: [
          [{ value: "PHỤ LỤC I" }],
          [undefined, { value: "Tổng" }, undefined, { value: 1900, formula: "=SUM(D3:D4)", numberFormat: "#,##0" }],
          [undefined, { value: "a" }, undefined, { value: 1450 }],
          [undefined, { value: "b" }, undefined, { value: 520 }, { value: null, numberFormat: "@" }],
        ],
        merges: [{ top: 0, left: 0, bottom: 0, right: 4 }],
      },
      { name: "Ẩn", rows: [[{ value: 1 }]], hidden: true },
    ];
  }

  test("values (a formula's cached result), formulas, number formats, merges, hidden sheets; the first sheet active", () => {
    const wb = StandInWorkbook.fromGrids(grids());
    expect(wb.sheetNames()).toEqual(["Phụ lục I", "Ẩn"]);
    expect(wb.selection()).toEqual({ sheet: "Phụ lục I", cell: "A1" });
    expect(wb.sheet("Ẩn")?.visibility).toBe("Hidden");
    expect(wb.sheet("Phụ lục I")?.merges).toEqual([{ top: 0, left: 0, bottom: 0, right: 4 }]);
    expect(wb.getCell("Phụ lục I", "D2")).toMatchObject({ value: 1900, formula: "=SUM(D3:D4)", numberFormat: "#,##0" });
    // An empty cell keeps its number format, as Excel reports it.
    expect(wb.getCell("Phụ lục I", "E4")).toEqual({ value: null, numberFormat: "@", format: {} });
    expect(wb.log.syncs).toBe(0);
  });

  test("nothing is recalculated until a change: then the stale result follows its inputs", () => {
    const wb = StandInWorkbook.fromGrids(grids());
    let heard = 0;
    wb.onChange(() => heard++);
    expect(wb.getCell("Phụ lục I", "D2")?.value).toBe(1900);
    wb.setCell("Phụ lục I", "D4", 530);
    expect(wb.getCell("Phụ lục I", "D2")?.value).toBe(1980);
    expect(heard).toBe(1);
  });
});
