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
