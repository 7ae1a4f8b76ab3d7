/// <reference types="office-js" />
/**
 * writeSheetSpecs / excelHost.createTemplate against the stand-in workbook, which can be made to
 * fail a write as Excel does (failNext: what ran before the failing command stays applied).
 */
import type { SheetSpec } from "../../src/core/grid/spec";
import { exampleTemplate } from "../../src/core/template/example";
import { excelHost } from "../../src/excel/excelHost";
import { readWorkbookGrids } from "../../src/excel/readGrids";
import { uniqueSheetName } from "../../src/core/grid/sheetNames";
import { charsToPoints, numberFormatFor, renameSheetRefs, writeSheetSpecs } from "../../src/excel/writeSheets";
import { installStandIn, uninstallStandIn } from "../../src/preview/standin/install";
import { StandInWorkbook } from "../../src/preview/standin/workbook";
import { checkWorkbook } from "../../src/core/engine";
import { SheetWriteError } from "../../src/host/host";
import { draftToSheets } from "../../src/core/draft/toSheet";

const TEMPLATE_NAMES = ["Phụ lục I", "Phụ lục II", "Số liệu", "Chỉ tiêu 2024", "Thông tin văn bản"];
const DRAFT_NAMES = ["Bản thảo", "Bản thảo - Phụ lục I", "Bản thảo - Phụ lục II"];

describe("sheet names", () => {
  test.each([
    ["Phụ lục I", [], "Phụ lục I"],
    ["Phụ lục I", ["Phụ lục I"], "Phụ lục I (2)"],
    ["Phụ lục I", ["PHỤ LỤC I", "phụ lục i (2)"], "Phụ lục I (3)"],
    ["A".repeat(31), ["A".repeat(31)], "A".repeat(27) + " (2)"],
    ["a/b:c", [], "a_b_c"],
  ] as [string, string[], string][])("%s among %j -> %s", (wanted, taken, expected) => {
    const got = uniqueSheetName(wanted, taken);
    expect(got).toBe(expected);
    expect(got.length).toBeLessThanOrEqual(31);
  });

  test("formula references follow a renamed sheet", () => {
    const renamed = new Map([["phụ lục i", "Phụ lục I (2)"]]);
    expect(renameSheetRefs("='Phụ lục I'!D6+'Phụ lục II'!E7+D5", renamed)).toBe("='Phụ lục I (2)'!D6+'Phụ lục II'!E7+D5");
    expect(renameSheetRefs("=Data!A1", new Map([["data", "Data (2)"]]))).toBe("='Data (2)'!A1");
    expect(renameSheetRefs("=SUM(D7:D11)", renamed)).toBe("=SUM(D7:D11)");
    // Not inside string literals.
    expect(renameSheetRefs('="Data!A1 là "&Data!A1', new Map([["data", "Data (2)"]]))).toBe("=\"Data!A1 là \"&'Data (2)'!A1");
  });

  test("text that Excel would turn into a formula or a number gets the text format", () => {
    const c = (value: string, extra = {}) => numberFormatFor({ row: 0, col: 0, value, ...extra });
    expect(c("- abc")).toBe("@");
    expect(c("=x")).toBe("@");
    expect(c("+84 123")).toBe("@");
    expect(c("@home")).toBe("@");
    expect(c("1.050")).toBe("@");
    expect(c("61,4%")).toBe("@");
    expect(c("abc")).toBe("General");
    expect(c("2021", { numberFormat: "@" })).toBe("@");
    expect(numberFormatFor({ row: 0, col: 0, value: 5, formula: "=2+3", numberFormat: "#,##0" })).toBe("#,##0");
  });
});

describe("writeSheetSpecs on the stand-in", () => {
  let wb: StandInWorkbook;
  beforeEach(() => {
    wb = new StandInWorkbook();
    wb.addSheet("Sheet1");
    wb.setCell("Sheet1", "A1", "giữ nguyên");
    wb.setCell("Sheet1", "B2", { formula: "=2*21" });
    installStandIn(wb);
  });
  afterEach(() => uninstallStandIn());

  const dump = (names: string[]) => names.map((n) => wb.dump(n));

  test("the template twice: new names the second time, nothing existing touched, 3 syncs each", async () => {
    const sheet1 = dump(["Sheet1"]);
    let before = wb.log.syncs;
    const first = await excelHost.createTemplate();
    expect(wb.log.syncs - before).toBe(3);
    expect(first).toEqual(TEMPLATE_NAMES);
    const firstDump = dump(first);

    before = wb.log.syncs;
    const second = await excelHost.createTemplate();
    expect(wb.log.syncs - before).toBe(3);
    expect(second).toEqual(TEMPLATE_NAMES.map((n) => `${n} (2)`));
    expect(wb.sheetNames()).toEqual(["Sheet1", ...first, ...second]);

    expect(dump(["Sheet1"])).toEqual(sheet1);
    expect(dump(first)).toEqual(firstDump);
    expect(dump(second)).toEqual(firstDump);
    // The first new sheet is active.
    expect(wb.selection()).toEqual({ sheet: "Phụ lục I (2)", cell: "A1" });
  });

  test("formulas evaluate: Phụ lục II total = 13570, Phụ lục I = 8962.46", async () => {
    await excelHost.createTemplate();
    expect(wb.getCell("Phụ lục II", "E24")).toMatchObject({
      value: 13570,
      formula: "=E7+E14+E17+E19+E21",
      numberFormat: "#,##0",
    });
    expect(wb.getCell("Phụ lục I", "D18")?.value).toBe(8962.46);
    expect(wb.getCell("Phụ lục I", "D6")?.value).toBe(6992.46);
  });

  test("layout: merges, widths, fonts, borders, print titles, page", async () => {
    await excelHost.createTemplate();
    const spec = exampleTemplate()[0];
    const sh = wb.sheet("Phụ lục I")!;
    expect([...sh.merges].sort((a, b) => a.top - b.top)).toEqual([...spec.merges].sort((a, b) => a.top - b.top));
    expect(sh.columnWidths.slice(0, 5)).toEqual(spec.columnWidths.map(charsToPoints));
    expect(sh.printTitleRows).toBe("$5:$5");
    expect(sh.orientation).toBe("Landscape");
    expect(sh.paperSize).toBe("A4");
    const header = wb.getCell("Phụ lục I", "D5")!;
    expect(header.format).toMatchObject({
      fontName: "Times New Roman",
      fontSize: 13,
      bold: true,
      horizontalAlignment: "Center",
      verticalAlignment: "Center",
      wrapText: true,
      borders: { top: "Continuous", bottom: "Continuous", left: "Continuous", right: "Continuous" },
    });
    expect(wb.getCell("Phụ lục I", "A2")!.format.fontSize).toBe(12);
    expect(wb.getCell("Phụ lục I", "A3")!.format.italic).toBe(true);
  });

  test('"- abc" and other formula-like text stays text', async () => {
    const spec: SheetSpec = {
      name: "Sheet1",
      columnWidths: [40],
      merges: [],
      cells: [
        { row: 0, col: 0, value: "- abc" },
        { row: 1, col: 0, value: "+84 912 345 678" },
        { row: 2, col: 0, value: "=không phải công thức", forceText: true },
        { row: 3, col: 0, value: "@ghi chú" },
        { row: 4, col: 0, value: "1.050" },
        { row: 5, col: 0, value: 1050, numberFormat: "#,##0" },
      ],
    };
    const before = wb.log.syncs;
    const names = await Excel.run((context) => writeSheetSpecs(context, [spec]));
    // The names, the writes, then the activation (no page layout in this spec).
    expect(wb.log.syncs - before).toBe(3);
    expect(names).toEqual(["Sheet1 (2)"]);
    for (const [addr, v] of [
      ["A1", "- abc"],
      ["A2", "+84 912 345 678"],
      ["A3", "=không phải công thức"],
      ["A4", "@ghi chú"],
      ["A5", "1.050"],
    ]) {
      const c = wb.getCell("Sheet1 (2)", addr)!;
      expect(c.value).toBe(v);
      expect(c.formula).toBeUndefined();
      expect(c.numberFormat).toBe("@");
    }
    expect(wb.getCell("Sheet1 (2)", "A6")).toMatchObject({ value: 1050, numberFormat: "#,##0" });
  });

  test("the written template reads back and checks clean", async () => {
    await excelHost.createTemplate();
    const read = await Excel.run((context) => readWorkbookGrids(context));
    const { report } = checkWorkbook(read.grids.filter((g) => TEMPLATE_NAMES.includes(g.name)));
    expect(report.findings).toEqual([]);
    expect(report.summary.tables).toBe(4);
  });
});

describe("writes complete or leave nothing behind", () => {
  let wb: StandInWorkbook;
  beforeEach(async () => {
    wb = new StandInWorkbook();
    wb.addSheet("Sheet1");
    wb.setCell("Sheet1", "A1", "giữ nguyên");
    installStandIn(wb);
    // The template written once: the failures below happen beside it.
    await excelHost.createTemplate();
    wb.select("Sheet1", "B2");
  });
  afterEach(() => uninstallStandIn());

  /** Every sheet's name, cells, merges and formats, and the selection. */
  const state = () => ({
    sheets: wb.sheets.map((sh) => ({
      name: sh.name,
      cells: wb.dump(sh.name),
      merges: sh.merges,
      formats: [...sh.cells()].map(([r, c]) => [r, c, sh.formatAt(r, c)]),
      printTitleRows: sh.printTitleRows,
    })),
    selection: wb.selection(),
  });
  const deletes = () => wb.log.writes.filter((w) => w === "Worksheet.delete()").length;

  let adds = 0;
  const thirdAdd = (label: string) => label === "WorksheetCollection.add()" && ++adds === 3;

  test.each([
    ["a merge", "Range.merge()", 1],
    ["a cell format", "RangeFormat.wrapText=", 1],
    ["the cells", "Range.formulas=", 1],
    ["the third sheet's add", thirdAdd, 2],
  ] as [string, string | ((l: string) => boolean), number][])(
    "Excel refusing %s: the sheets it had added are deleted, the workbook as before",
    async (_what, fault, added) => {
      adds = 0;
      const before = state();
      expect(before.sheets.map((s) => s.name)).toEqual(["Sheet1", ...TEMPLATE_NAMES]);
      wb.failNext(fault);
      const err = await excelHost.createTemplate().catch((e: unknown) => e);
      expect(err).toBeInstanceOf(SheetWriteError);
      expect(err).toMatchObject({
        code: "SheetWriteFailed",
        sheets: TEMPLATE_NAMES.map((n) => `${n} (2)`),
        leftover: [],
        error: { code: "GeneralException" },
      });
      // Sheets had been added (and written in part) before the refused command: they were deleted.
      expect(deletes()).toBe(added);
      expect(state()).toEqual(before);
    },
  );

  test.each([
    ["a merge of the main sheet", "Range.merge()", 1],
    ["a red cell's colour, in Phụ lục I", "RangeFont.color=", 2],
    ["the last appendix's add", (l: string) => l === "WorksheetCollection.add()" && ++adds === 3, 2],
  ] as [string, string | ((l: string) => boolean), number][])(
    "the draft too (%s refused): no half-written Bản thảo, none of its appendices",
    async (_what, fault, added) => {
      adds = 0;
      // A sub-total typed over its formula: the draft has a red cell.
      wb.setCell("Phụ lục I", "D12", 1907);
      const before = state();
      wb.failNext(fault);
      await expect(excelHost.draft("vi")).rejects.toMatchObject({ code: "SheetWriteFailed", sheets: DRAFT_NAMES, leftover: [] });
      expect(deletes()).toBe(added);
      expect(state()).toEqual(before);
    },
  );

  test("a page break Excel refuses: the draft's sheets stay, complete and active", async () => {
    wb.failNext("PageBreakCollection.add()");
    const specs: SheetSpec[] = [
      { name: "Ngắt", columnWidths: [10], merges: [], cells: [{ row: 5, col: 0, value: "x" }], rowBreaks: [3] },
    ];
    await expect(Excel.run((context) => writeSheetSpecs(context, specs))).resolves.toEqual(["Ngắt"]);
    expect(wb.getCell("Ngắt", "A6")?.value).toBe("x");
    expect(wb.sheet("Ngắt")!.rowBreaks).toEqual([]);
    expect(wb.selection()).toEqual({ sheet: "Ngắt", cell: "A1" });
    expect(deletes()).toBe(0);
  });

  test("when the deletion fails too, the error names the sheets that may be left", async () => {
    wb.failNext("Range.merge()");
    wb.failNext("Worksheet.delete()");
    const err = (await excelHost.createTemplate().catch((e: unknown) => e)) as SheetWriteError;
    expect(err).toBeInstanceOf(SheetWriteError);
    expect(err.leftover).toEqual(["Phụ lục I (2)"]);
    expect(err.message).toContain("Phụ lục I (2)");
    expect(wb.sheetNames()).toEqual(["Sheet1", ...TEMPLATE_NAMES, "Phụ lục I (2)"]);
  });

  test("a page layout Excel refuses: the sheets stay, complete and active, only the layout missing", async () => {
    uninstallStandIn();
    wb = new StandInWorkbook();
    wb.addSheet("Sheet1");
    installStandIn(wb);
    wb.failNext("PageLayout.setPrintTitleRows()");
    await expect(excelHost.createTemplate()).resolves.toEqual(TEMPLATE_NAMES);

    const expected = StandInWorkbook.fromSpecs(exampleTemplate());
    for (const name of TEMPLATE_NAMES) {
      const sh = wb.sheet(name)!;
      const ex = expected.sheet(name)!;
      // Same cells (dump's order is the order cells were made in).
      expect(wb.dump(name).split("\n").sort()).toEqual(expected.dump(name).split("\n").sort());
      expect([...sh.merges].sort((a, b) => a.top - b.top || a.left - b.left)).toEqual(
        [...ex.merges].sort((a, b) => a.top - b.top || a.left - b.left),
      );
      for (const [r, c] of ex.cells()) expect([r, c, sh.formatAt(r, c)]).toEqual([r, c, ex.formatAt(r, c)]);
    }
    expect(wb.selection()).toEqual({ sheet: "Phụ lục I", cell: "A1" });
    // The first sheet's orientation ran before the refused command; nothing after it did.
    expect(wb.sheet("Phụ lục I")).toMatchObject({ orientation: "Landscape", printTitleRows: undefined });
    expect(wb.sheets.map((sh) => sh.printTitleRows)).toEqual([undefined, undefined, undefined, undefined, undefined]);
    expect(deletes()).toBe(0);
  });
});

describe("the draft's sheets through Office.js", () => {
  let wb: StandInWorkbook;
  const start = (excelApi?: string) => {
    wb = new StandInWorkbook(excelApi ? { excelApi } : {});
    wb.addSheet("Sheet1");
    installStandIn(wb);
  };
  afterEach(() => uninstallStandIn());

  test("the main sheet and one per appendix; drafted again, all three follow the main sheet's number", async () => {
    start();
    await excelHost.createTemplate();
    const first = await excelHost.draft("vi");
    expect({ sheet: first.sheet, sheets: first.sheets }).toEqual({ sheet: "Bản thảo", sheets: DRAFT_NAMES });
    expect(wb.selection()).toEqual({ sheet: "Bản thảo", cell: "A1" });
    const second = await excelHost.draft("vi");
    expect(second.sheets).toEqual(["Bản thảo (2)", "Bản thảo (2) - Phụ lục I", "Bản thảo (2) - Phụ lục II"]);
    expect(wb.sheetNames()).toEqual(["Sheet1", ...TEMPLATE_NAMES, ...first.sheets, ...second.sheets]);
  });

  test("written as the specs say: page layout, fit to one page wide, print titles, the failed number in red", async () => {
    start();
    await excelHost.createTemplate();
    wb.setCell("Phụ lục I", "D12", 1907);
    const { sheets, draft } = await excelHost.draft("vi");
    for (const name of sheets)
      expect(wb.sheet(name)).toMatchObject({ paperSize: "A4", zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 } });
    expect(wb.sheet("Bản thảo")!.orientation).toBe("Portrait");
    expect(wb.sheet("Bản thảo - Phụ lục I")).toMatchObject({ orientation: "Landscape", printTitleRows: "$5:$5" });
    const pl1 = wb.sheet("Bản thảo - Phụ lục I")!;
    const red = [...pl1.cells()].filter(([r, c]) => pl1.formatAt(r, c).fontColor === "#C00000").map(([, , cell]) => cell.value);
    expect(red).toEqual(["1.907", "[CHƯA KHỚP — kiểm tra Phụ lục I!D12]"]);
    // Cell for cell, format for format, what the specs give.
    const expected = StandInWorkbook.fromSpecs(draftToSheets(draft));
    for (const name of sheets) {
      const sh = wb.sheet(name)!;
      const ex = expected.sheet(name)!;
      // (An empty text cell is empty once written through the API.)
      const lines = (dump: string) =>
        dump
          .split("\n")
          .filter((l) => !l.endsWith('\t""'))
          .sort();
      expect(lines(wb.dump(name))).toEqual(lines(expected.dump(name)));
      for (const [r, c] of ex.cells()) expect([r, c, sh.formatAt(r, c)]).toEqual([r, c, ex.formatAt(r, c)]);
      expect(sh.merges.length).toBe(ex.merges.length);
    }
  });

  const withBreaks: SheetSpec = {
    name: "Ngắt trang",
    columnWidths: [10],
    merges: [],
    cells: [
      ...Array.from({ length: 12 }, (_, r) => ({ row: r, col: 0, value: `dòng ${r + 1}` })),
      { row: 0, col: 1, value: "đỏ", color: "C00000" },
    ],
    page: { orientation: "portrait", paperSize: "A4", fitToWidth: true },
    rowBreaks: [0, 3, 10],
  };

  test("manual page breaks: one above each row that starts a page, none above the first", async () => {
    start();
    await expect(Excel.run((context) => writeSheetSpecs(context, [withBreaks]))).resolves.toEqual(["Ngắt trang"]);
    expect(wb.sheet("Ngắt trang")!.rowBreaks).toEqual([3, 10]);
    expect(wb.log.writes.filter((w) => w === "PageBreakCollection.add()")).toHaveLength(2);
  });

  test("without ExcelApi 1.9: the sheets and their colours, no page layout, no zoom, no page breaks (never asked)", async () => {
    start("1.8");
    await expect(Excel.run((context) => writeSheetSpecs(context, [withBreaks]))).resolves.toEqual(["Ngắt trang"]);
    const sh = wb.sheet("Ngắt trang")!;
    expect({ rowBreaks: sh.rowBreaks, zoom: sh.zoom, orientation: sh.orientation }).toEqual({
      rowBreaks: [],
      zoom: undefined,
      orientation: undefined,
    });
    expect(sh.formatAt(0, 1).fontColor).toBe("#C00000");
    expect(wb.getCell("Ngắt trang", "A12")?.value).toBe("dòng 12");
    expect(wb.log.writes.filter((w) => w.startsWith("PageLayout") || w.startsWith("PageBreak"))).toEqual([]);
  });
});
