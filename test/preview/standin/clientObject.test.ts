/// <reference types="office-js" />
/**
 * The stand-in's API objects (src/preview/standin/clientObject.ts) keep the Excel API's contract:
 * no reading before load() and a sync; null objects known after a sync; changes recorded when asked
 * and applied at the sync, in order.
 */
import { exampleTemplate } from "../../../src/core/template/example";
import { installStandIn, uninstallStandIn } from "../../../src/preview/standin/install";
import { StandInWorkbook } from "../../../src/preview/standin/workbook";

let wb: StandInWorkbook;
beforeEach(() => {
  wb = StandInWorkbook.fromSpecs(exampleTemplate());
  installStandIn(wb);
});
afterEach(() => uninstallStandIn());

test("no reading before load and sync, and only what was loaded", async () => {
  await Excel.run(async (context) => {
    const r = context.workbook.worksheets.getItem("Phụ lục I").getRange("D6");
    expect(() => r.values).toThrow(/not available/);
    r.load("values");
    expect(() => r.values).toThrow(/not available/);
    await context.sync();
    expect(r.values).toEqual([[6992.46]]);
    expect(() => r.formulas).toThrow(/not available/);
  });
});

test("an unknown property cannot be loaded", () => {
  return Excel.run((context) => {
    const r = context.workbook.worksheets.getItem("Phụ lục I").getRange("D6");
    expect(() => r.load("colour")).toThrow(expect.objectContaining({ code: "PropertyNotFound" }));
    return Promise.resolve();
  });
});

test("isNullObject is known after a sync", async () => {
  const found = await Excel.run(async (context) => {
    const none = context.workbook.worksheets.getItem("Phụ lục I").getRange("Z100").getMergedAreasOrNullObject();
    const title = context.workbook.worksheets.getItem("Phụ lục I").getRange("A1").getMergedAreasOrNullObject();
    expect(() => none.isNullObject).toThrow(/not available/);
    await context.sync();
    return [none.isNullObject, title.isNullObject];
  });
  expect(found).toEqual([true, false]);
});

test("a change is recorded when asked, applied at the sync; on a null object it changes nothing", async () => {
  await Excel.run(async (context) => {
    const ws = context.workbook.worksheets.getItem("Phụ lục I");
    ws.getRange("D7").values = [[6000]];
    expect(wb.log.writes).toEqual(["Range.values="]);
    expect(wb.getCell("Phụ lục I", "D7")?.value).toBe(6100);
    await context.sync();
    expect(wb.getCell("Phụ lục I", "D6")?.value).toBe(6892.46);
  });
  const before = wb.sheetNames().map((n) => wb.dump(n));
  await Excel.run(async (context) => {
    context.workbook.worksheets.add("Trống");
    await context.sync();
    context.workbook.worksheets.getItem("Trống").getUsedRangeOrNullObject(true).clear();
    await context.sync();
  });
  expect(wb.log.writes).toEqual(["Range.values=", "WorksheetCollection.add()", "Range.clear()"]);
  expect(
    wb
      .sheetNames()
      .filter((n) => n !== "Trống")
      .map((n) => wb.dump(n)),
  ).toEqual(before);
});
