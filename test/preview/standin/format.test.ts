/// <reference types="office-js" />
/** Formats in the stand-in's API (src/preview/standin/format.ts): read at the top-left cell, set over the range. */
import { exampleTemplate } from "../../../src/core/template/example";
import { installStandIn, uninstallStandIn } from "../../../src/preview/standin/install";
import { StandInWorkbook } from "../../../src/preview/standin/workbook";

let wb: StandInWorkbook;
beforeEach(() => {
  wb = StandInWorkbook.fromSpecs(exampleTemplate());
  installStandIn(wb);
});
afterEach(() => uninstallStandIn());

test("the template's header cell: Times New Roman 13 bold, centred, wrapped, bordered", async () => {
  const got = await Excel.run(async (context) => {
    const r = context.workbook.worksheets.getItem("Phụ lục I").getRange("D5");
    r.load("format/horizontalAlignment,format/wrapText,format/font/name,format/font/size,format/font/bold");
    const bottom = r.format.borders.getItem("EdgeBottom");
    bottom.load("style");
    await context.sync();
    return [
      r.format.horizontalAlignment,
      r.format.wrapText,
      r.format.font.name,
      r.format.font.size,
      r.format.font.bold,
      bottom.style,
    ];
  });
  expect(got).toEqual(["Center", true, "Times New Roman", 13, true, "Continuous"]);
});

test("set over a range, each change recorded", async () => {
  await Excel.run(async (context) => {
    const r = context.workbook.worksheets.getItem("Phụ lục I").getRange("B13:D14");
    r.format.font.italic = true;
    r.format.borders.getItem("InsideHorizontal").style = "Continuous";
    r.format.columnWidth = 60;
    await context.sync();
  });
  expect(["B13", "D14"].map((a) => wb.getCell("Phụ lục I", a)?.format.italic)).toEqual([true, true]);
  expect(wb.getCell("Phụ lục I", "C13")?.format.borders?.bottom).toBe("Continuous");
  expect(wb.getCell("Phụ lục I", "C14")?.format.borders?.top).toBe("Continuous");
  expect(wb.sheet("Phụ lục I")?.columnWidths.slice(1, 4)).toEqual([60, 60, 60]);
  expect(wb.log.writes).toEqual(["RangeFont.italic=", "RangeBorder.style=", "RangeFormat.columnWidth="]);
});
