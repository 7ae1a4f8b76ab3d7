/// <reference types="office-js" />
/**
 * excelHost.addSheets against the Excel stand-in: a consolidation's sheets (core/consolidate/run.ts)
 * go in as NEW sheets — taken names get "(2)", the sheets already
 * there are left as they were.
 */
import { Consolidation } from "../../src/core/consolidate/run";
import { gridFromSpec } from "../../src/core/grid/fromSpec";
import { exampleTemplate } from "../../src/core/template/example";
import { excelHost } from "../../src/excel/excelHost";
import { installStandIn, uninstallStandIn } from "../../src/preview/standin/install";
import { StandInWorkbook } from "../../src/preview/standin/workbook";
import { scaled } from "../../testkit/scaled";

let wb: StandInWorkbook;
beforeEach(() => {
  wb = StandInWorkbook.fromSpecs(exampleTemplate());
  installStandIn(wb);
});
afterEach(() => uninstallStandIn());

test("the consolidated sheets are added under new names; the workbook's own are untouched", async () => {
  const run = new Consolidation();
  run.add("xa-a.xlsx", exampleTemplate().map(gridFromSpec));
  run.add("xa-b.xlsx", scaled(exampleTemplate(), 2).map(gridFromSpec));
  const { sheets } = run.finish();
  const before = wb.sheetNames().map((n) => wb.dump(n));
  const names = await excelHost.addSheets(sheets!);
  expect(names).toEqual([...exampleTemplate().map((s) => `${s.name} (2)`), "Chi tiết", "Kết quả kiểm tra"]);
  expect(
    wb
      .sheetNames()
      .slice(0, before.length)
      .map((n) => wb.dump(n)),
  ).toEqual(before);
  // Tổng cộng of Phụ lục I: 8.962,46 × 3, and the workbook's own still 8.962,46.
  expect(wb.getCell("Phụ lục I (2)", "D18")?.value).toBe(26887.38);
  expect(wb.getCell("Phụ lục I", "D18")?.value).toBe(8962.46);

  const again = await excelHost.addSheets(sheets!);
  expect(again.slice(-2)).toEqual(["Chi tiết (2)", "Kết quả kiểm tra (2)"]);
});
