/// <reference types="office-js" />
/**
 * readCalculationMode against the Excel stand-in, and the stand-in's manual calculation (why the
 * mode matters: in Manual a total keeps its old value when a part changes, until F9).
 */
import { exampleTemplate } from "../../src/core/template/example";
import { readCalculationMode } from "../../src/excel/calculation";
import { installStandIn, uninstallStandIn } from "../../src/preview/standin/install";
import { type CalculationMode, StandInWorkbook } from "../../src/preview/standin/workbook";

let wb: StandInWorkbook;
beforeEach(() => {
  wb = StandInWorkbook.fromSpecs(exampleTemplate());
  installStandIn(wb);
});
afterEach(() => uninstallStandIn());

const value = (addr: string) => wb.getCell("Phụ lục I", addr)?.value;

describe("readCalculationMode", () => {
  test.each([
    ["Automatic", "automatic"],
    ["AutomaticExceptTables", "automatic"],
    ["Manual", "manual"],
  ] as [CalculationMode, string][])("%s -> %s, in the sync it is queued into (no write)", async (mode, expected) => {
    wb.calculationMode = mode;
    const got = await Excel.run(async (context) => {
      const read = readCalculationMode(context);
      await context.sync();
      return read();
    });
    expect(got).toBe(expected);
    expect(wb.log.syncs).toBe(1);
    expect(wb.log.writes).toEqual([]);
  });

  test("unknown when the sync it went with failed", async () => {
    wb.calculationMode = "Manual";
    wb.failNext("Worksheet.activate()");
    const got = await Excel.run(async (context) => {
      const read = readCalculationMode(context);
      context.workbook.worksheets.getItem("Số liệu").activate();
      await expect(context.sync()).rejects.toMatchObject({ code: "GeneralException" });
      return read();
    });
    expect(got).toBe("unknown");
  });
});

describe("the stand-in's manual calculation", () => {
  test("a changed part leaves its total as it was until calculate(); Automatic by default", async () => {
    expect(wb.calculationMode).toBe("Automatic");
    wb.setCell("Phụ lục I", "D13", 220);
    expect(value("D12")).toBe(2070);

    wb.calculationMode = "Manual";
    wb.setCell("Phụ lục I", "D13", 320);
    expect(value("D12")).toBe(2070);
    expect(value("D18")).toBe(9062.46);
    // A formula entered is calculated (from the values as they stand).
    wb.setCell("Phụ lục I", "F12", { formula: "=D12+D13" });
    expect(value("F12")).toBe(2390);

    // Application.calculate(), as F9.
    await Excel.run(async (context) => {
      context.workbook.application.calculate("Full");
      await context.sync();
    });
    expect(value("D12")).toBe(2170);
    expect(value("D18")).toBe(9162.46);
    expect(value("F12")).toBe(2490);
    expect(wb.calculationMode).toBe("Manual");
  });

  test("going back to Automatic recalculates", () => {
    wb.calculationMode = "Manual";
    wb.setCell("Phụ lục I", "D17", 650);
    expect(value("D12")).toBe(1970);
    wb.calculationMode = "Automatic";
    expect(value("D12")).toBe(2070);
    expect(value("D18")).toBe(9062.46);
  });
});
