/// <reference types="office-js" />
/** Worksheets in the stand-in's API (src/preview/standin/worksheet.ts). */
import { exampleTemplate } from "../../../src/core/template/example";
import { installStandIn, uninstallStandIn } from "../../../src/preview/standin/install";
import { StandInError } from "../../../src/preview/standin/errors";
import { StandInWorkbook } from "../../../src/preview/standin/workbook";

let wb: StandInWorkbook;
beforeEach(() => {
  wb = StandInWorkbook.fromSpecs(exampleTemplate());
  installStandIn(wb);
});
afterEach(() => uninstallStandIn());

test("the collection's items with their names and visibility", async () => {
  const items = await Excel.run(async (context) => {
    const sheets = context.workbook.worksheets;
    sheets.load("items/name,items/visibility");
    await context.sync();
    return sheets.items.map((s) => `${s.name}: ${s.visibility}`);
  });
  expect(items).toEqual([
    "Phụ lục I: Visible",
    "Phụ lục II: Visible",
    "Số liệu: Visible",
    "Chỉ tiêu 2024: Visible",
    "Thông tin văn bản: Visible",
  ]);
});

test("a missing sheet fails the sync with ItemNotFound; a taken name (any case) with ItemAlreadyExists", async () => {
  await expect(
    Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Không có").getRange("A1").load("values");
      await context.sync();
    }),
  ).rejects.toMatchObject({ code: "ItemNotFound" });
  const taken = Excel.run(async (context) => {
    context.workbook.worksheets.add("phụ lục i");
    await context.sync();
  });
  await expect(taken).rejects.toBeInstanceOf(StandInError);
  await expect(taken).rejects.toMatchObject({ code: "ItemAlreadyExists" });
});

test("renaming a sheet: formulas that refer to it follow, string literals do not", async () => {
  wb.setCell("Số liệu", "H1", { formula: "=\"'Phụ lục I'!D6 = \"&'Phụ lục I'!D6" });
  await Excel.run(async (context) => {
    context.workbook.worksheets.getItem("Phụ lục I").name = "Bieu1";
    await context.sync();
  });
  expect(wb.getCell("Số liệu", "H1")).toMatchObject({
    formula: "=\"'Phụ lục I'!D6 = \"&Bieu1!D6",
    value: "'Phụ lục I'!D6 = 6992.46",
  });
  expect(wb.sheetNames()).toEqual(["Bieu1", "Phụ lục II", "Số liệu", "Chỉ tiêu 2024", "Thông tin văn bản"]);
  expect(wb.log.writes).toEqual(["Worksheet.name="]);
});

describe("the used range", () => {
  /** A1 holds a value; C5 is only bold. */
  async function used(valuesOnly: boolean | undefined, strict = false): Promise<string> {
    const w = new StandInWorkbook({ strict });
    const s = w.addSheet("S");
    w.setCell("S", "A1", "Kinh phí");
    s.applyFormat({ top: 4, left: 2, bottom: 4, right: 2 }, { bold: true });
    installStandIn(w);
    return Excel.run(async (context) => {
      const r = context.workbook.worksheets.getItem("S").getUsedRange(valuesOnly);
      r.load("address");
      await context.sync();
      return r.address;
    });
  }

  test("values only, or every used cell (formatted ones too) as Excel does", async () => {
    await expect(used(true)).resolves.toBe("S!A1");
    await expect(used(false)).resolves.toBe("S!A1:C5");
    await expect(used(undefined)).resolves.toBe("S!A1:C5");
  });

  test("strict: a used range not asked for values only fails at the call", async () => {
    await expect(used(true, true)).resolves.toBe("S!A1");
    await expect(used(false, true)).rejects.toMatchObject({ code: "StandInStrict" });
    await expect(used(undefined, true)).rejects.toMatchObject({ code: "StandInStrict" });
  });

  test("an empty sheet's: a null object, or A1", async () => {
    const got = await Excel.run(async (context) => {
      const ws = context.workbook.worksheets.add("Trống");
      const none = ws.getUsedRangeOrNullObject(true);
      const a1 = ws.getUsedRange(true);
      a1.load("address");
      await context.sync();
      return [none.isNullObject, a1.address];
    });
    expect(got).toEqual([true, "'Trống'!A1"]);
  });
});

describe("the page layout's zoom and the manual page breaks (ExcelApi 1.9)", () => {
  test("fit to one page wide, a break above rows 4 and 11, a font colour: recorded and read back", async () => {
    const read = await Excel.run(async (context) => {
      const ws = context.workbook.worksheets.getItem("Phụ lục I");
      ws.pageLayout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
      ws.horizontalPageBreaks.add("A4");
      ws.horizontalPageBreaks.add(ws.getRange("B11:C12"));
      // Twice the same break is one break.
      ws.horizontalPageBreaks.add("A4");
      ws.getRange("D12").format.font.color = "#c00000";
      ws.pageLayout.load("zoom");
      const font = ws.getRange("D12").format.font;
      font.load("color");
      await context.sync();
      return { zoom: ws.pageLayout.zoom, color: font.color };
    });
    expect(read).toEqual({ zoom: { scale: 100, horizontalFitToPages: 1, verticalFitToPages: 0 }, color: "#C00000" });
    const sh = wb.sheet("Phụ lục I")!;
    expect(sh.rowBreaks).toEqual([3, 10]);
    expect(sh.zoom).toEqual({ horizontalFitToPages: 1, verticalFitToPages: 0 });
    expect(sh.formatAt(11, 3).fontColor).toBe("#C00000");
    expect(wb.log.writes.filter((w) => w === "PageBreakCollection.add()")).toHaveLength(3);
  });

  test("an Excel without ExcelApi 1.9 refuses them at the sync (ApiNotFound); the font colour (1.1) goes through", async () => {
    uninstallStandIn();
    wb = StandInWorkbook.fromSpecs(exampleTemplate(), { excelApi: "1.8" });
    installStandIn(wb);
    const sh = wb.sheet("Số liệu")!;
    const orientation = sh.orientation;
    expect(orientation).not.toBe("Landscape");
    for (const queue of [
      (ws: Excel.Worksheet) => ws.horizontalPageBreaks.add("A4"),
      (ws: Excel.Worksheet) => (ws.pageLayout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 }),
      (ws: Excel.Worksheet) => (ws.pageLayout.orientation = "Landscape"),
    ]) {
      await expect(
        Excel.run(async (context) => {
          queue(context.workbook.worksheets.getItem("Số liệu"));
          await context.sync();
        }),
      ).rejects.toMatchObject({ code: "ApiNotFound" });
    }
    expect({ rowBreaks: sh.rowBreaks, zoom: sh.zoom, orientation: sh.orientation }).toEqual({
      rowBreaks: [],
      zoom: undefined,
      orientation,
    });
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Số liệu").getRange("A1").format.font.color = "#C00000";
      await context.sync();
    });
    expect(sh.formatAt(0, 0).fontColor).toBe("#C00000");
  });

  test("a print scale outside 10–400 is refused", async () => {
    await expect(
      Excel.run(async (context) => {
        context.workbook.worksheets.getItem("Số liệu").pageLayout.zoom = { scale: 5 };
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "InvalidArgument" });
  });
});
