/// <reference types="office-js" />
/** Ranges in the stand-in's API (src/preview/standin/range.ts). */
import { exampleTemplate } from "../../../src/core/template/example";
import { installStandIn, uninstallStandIn } from "../../../src/preview/standin/install";
import { usedRangeDataBytes } from "../../../src/preview/standin/range";
import { StandInWorkbook } from "../../../src/preview/standin/workbook";

let wb: StandInWorkbook;
beforeEach(() => {
  wb = StandInWorkbook.fromSpecs(exampleTemplate());
  installStandIn(wb);
});
afterEach(() => uninstallStandIn());

test("a sub-total's cells as Excel returns them: value, formula, number format, type", async () => {
  const got = await Excel.run(async (context) => {
    const r = context.workbook.worksheets.getItem("Phụ lục I").getRange("C12:D12");
    r.load("address,rowCount,columnCount,values,formulas,numberFormat,valueTypes");
    await context.sync();
    return { ...r.toJSON() };
  });
  expect(got).toEqual({
    address: "'Phụ lục I'!C12:D12",
    rowCount: 1,
    columnCount: 2,
    values: [["", 1970]],
    formulas: [["", "=SUM(D13:D17)"]],
    numberFormat: [["General", "#,##0"]],
    valueTypes: [["Empty", "Double"]],
  });
});

test("the merged areas of a range, or a null object", async () => {
  const got = await Excel.run(async (context) => {
    const ws = context.workbook.worksheets.getItem("Phụ lục I");
    const title = ws.getRange().getMergedAreasOrNullObject();
    title.load("address,areaCount");
    const none = ws.getRange("D6:D18").getMergedAreasOrNullObject();
    await context.sync();
    return { areas: title.areaCount, first: title.address.split(",")[0], none: none.isNullObject };
  });
  expect(got).toEqual({ areas: 4, first: "'Phụ lục I'!A1:E1", none: true });
});

test("the data of a whole sheet cannot be read at once, as in Excel", async () => {
  await expect(
    Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Phụ lục I").getRange().load("values");
      await context.sync();
    }),
  ).rejects.toMatchObject({ code: "RangeExceedsLimit" });
});

test("values written as typed: an array of the range's size, or one value for all; a wrong size fails", async () => {
  await Excel.run(async (context) => {
    const ws = context.workbook.worksheets.getItem("Phụ lục I");
    ws.getRange("D13:D14").values = [[100], ["200"]];
    ws.getRange("F1:F3").values = "x" as unknown as string[][];
    await context.sync();
  });
  expect(wb.getCell("Phụ lục I", "D12")?.value).toBe(1850);
  expect(["F1", "F2", "F3"].map((a) => wb.getCell("Phụ lục I", a)?.value)).toEqual(["x", "x", "x"]);
  await expect(
    Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Phụ lục I").getRange("D13:D14").values = [[1]];
      await context.sync();
    }),
  ).rejects.toMatchObject({ code: "InvalidArgument" });
  expect(wb.log.writes).toEqual(["Range.values=", "Range.values=", "Range.values="]);
});

test("usedRangeDataBytes: the four arrays of every used range, as one response would carry them", () => {
  const one = new StandInWorkbook();
  one.addSheet("S");
  one.addSheet("Trống");
  one.setCell("S", "B2", 1970);
  // [[1970]] + [[1970]] + [["General"]] + [["Double"]]
  expect(usedRangeDataBytes(one)).toBe(8 + 8 + 13 + 12);
});

test("where a range's values are: its own used range, its constants and its formulas (or null objects)", async () => {
  const got = await Excel.run(async (context) => {
    const ws = context.workbook.worksheets.getItem("Phụ lục I");
    const amounts = ws.getRange("D6:D18");
    const used = ws.getRange("C6:Z30").getUsedRangeOrNullObject(true);
    const empty = ws.getRange("H1:Z9").getUsedRangeOrNullObject(true);
    const formulas = amounts.getSpecialCellsOrNullObject("Formulas");
    const constants = amounts.getSpecialCellsOrNullObject("Constants");
    const none = ws.getRange("H1:Z9").getSpecialCellsOrNullObject("Constants");
    for (const x of [used, empty, formulas, constants, none]) x.load("address");
    await context.sync();
    return {
      used: used.address,
      empty: empty.isNullObject,
      formulas: formulas.address,
      constants: constants.address,
      none: none.isNullObject,
    };
  });
  // D6 = SUM(D7:D11), D12 = SUM(D13:D17), D18 = D6 + D12; the items typed in.
  expect(got).toEqual({
    used: "'Phụ lục I'!C6:E18",
    empty: true,
    formulas: "'Phụ lục I'!D6,'Phụ lục I'!D12,'Phụ lục I'!D18",
    constants: "'Phụ lục I'!D7:D11,'Phụ lục I'!D13:D17",
    none: true,
  });
  await expect(
    Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Phụ lục I").getRange("A1:B2").getSpecialCellsOrNullObject("Blanks").load("address");
      await context.sync();
    }),
  ).rejects.toMatchObject({ code: "InvalidArgument" });
});
