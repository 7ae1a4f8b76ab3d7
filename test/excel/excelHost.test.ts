/// <reference types="office-js" />
/** excelHost (the pane's Host over Office.js) against the Excel stand-in, installed as globalThis.Excel. */
import { exampleTemplate } from "../../src/core/template/example";
import { excelHost } from "../../src/excel/excelHost";
import { installStandIn, uninstallStandIn } from "../../src/preview/standin/install";
import { StandInWorkbook } from "../../src/preview/standin/workbook";

let wb: StandInWorkbook;
beforeEach(() => {
  wb = StandInWorkbook.fromSpecs(exampleTemplate());
  installStandIn(wb);
});
afterEach(() => uninstallStandIn());

describe("validate", () => {
  test("the template has no findings; 1907 typed over D12 is a SUM_MISMATCH at D12", async () => {
    const progress: string[] = [];
    const ok = await excelHost.validate("vi", (_f, stage) => progress.push(stage));
    expect(ok.report.findings).toEqual([]);
    expect(ok.syncs).toBe(3);
    expect(progress[0]).toBe("read");
    expect(progress).toContain("check");
    expect(progress[progress.length - 1]).toBe("done");

    globalThis.__baocaoPreview!.setCell("Phụ lục I", "D12", 1907);
    const bad = await excelHost.validate("vi");
    const f = bad.report.findings.find((x) => x.code === "SUM_MISMATCH");
    expect(f).toMatchObject({ code: "SUM_MISMATCH", sheet: "Phụ lục I", cell: "D12", stated: 1907, computed: 1970 });
  });

  test("validation never writes: nothing asked, the workbook and the selection the same before and after", async () => {
    const dump = () => wb.sheetNames().map((n) => wb.dump(n));
    const before = dump();
    const sel = wb.selection();
    let changes = 0;
    wb.onChange(() => changes++);
    await excelHost.validate("en");
    expect(wb.log.syncs).toBe(3);
    expect(wb.log.writes).toEqual([]);
    expect(dump()).toEqual(before);
    expect(wb.selection()).toEqual(sel);
    expect(changes).toBe(0);
  });
});

describe("Excel's calculation mode, read with the workbook", () => {
  test("automatic by default, in the read's own syncs", async () => {
    const r = await excelHost.validate("vi");
    expect(r.calculation).toBe("automatic");
    expect(r.syncs).toBe(3);
    expect(wb.log.syncs).toBe(3);
  });

  test("manual: said in the result, still three syncs; the stale total it explains is found", async () => {
    wb.calculationMode = "Manual";
    globalThis.__baocaoPreview!.setCell("Phụ lục I", "D13", 220);
    const r = await excelHost.validate("vi");
    expect(r.calculation).toBe("manual");
    expect(wb.log.syncs).toBe(3);
    expect(wb.log.writes).toEqual([]);
    expect(r.report.findings.map((f) => f.code)).toContain("SUM_MISMATCH");

    // F9's worth: automatic again, the total recalculated, nothing to report.
    wb.calculationMode = "Automatic";
    const after = await excelHost.validate("vi");
    expect(after.calculation).toBe("automatic");
    expect(after.report.findings).toEqual([]);
  });

  test("read on an Excel with ExcelApi 1.7 only too (reading the mode is ExcelApi 1.1)", async () => {
    uninstallStandIn();
    wb = StandInWorkbook.fromSpecs(exampleTemplate(), { excelApi: "1.7" });
    wb.calculationMode = "Manual";
    installStandIn(wb);
    await expect(excelHost.validate("en")).resolves.toMatchObject({ calculation: "manual" });
  });

  test("the draft carries it to the pane", async () => {
    wb.calculationMode = "Manual";
    const d = await excelHost.draft("vi");
    expect(d).toMatchObject({ sheet: "Bản thảo", calculation: "manual" });
  });
});

describe("select", () => {
  test("looks at the sheet, then activates it and moves the selection (two syncs, two writes, recorded)", async () => {
    await expect(excelHost.select("Phụ lục II", "E24")).resolves.toEqual({ ok: true });
    expect(wb.log.syncs).toBe(2);
    expect(wb.log.writes).toEqual(["Worksheet.activate()", "Range.select()"]);
    expect(globalThis.__baocaoPreview!.selection()).toEqual({ sheet: "Phụ lục II", cell: "E24" });
    await expect(excelHost.select("Số liệu", "$C$7")).resolves.toEqual({ ok: true });
    expect(wb.selection()).toEqual({ sheet: "Số liệu", cell: "C7" });
  });

  test("the stand-in refuses, as Excel does, to activate a hidden sheet (why select looks first)", async () => {
    wb.sheet("Số liệu")!.visibility = "Hidden";
    const run = Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Số liệu").activate();
      await context.sync();
    });
    await expect(run).rejects.toMatchObject({ code: "InvalidOperation" });
    expect(wb.selection().sheet).toBe("Phụ lục I");
  });

  test.each([
    ["Hidden", "hidden"],
    ["VeryHidden", "veryHidden"],
  ] as const)("a %s sheet: nothing activated or selected, the reason given", async (visibility, reason) => {
    wb.select("Phụ lục I", "B3");
    wb.sheet("Phụ lục II")!.visibility = visibility;
    await expect(excelHost.select("Phụ lục II", "E24")).resolves.toEqual({ ok: false, reason });
    expect(wb.log.syncs).toBe(1);
    expect(wb.log.writes).toEqual([]);
    expect(wb.selection()).toEqual({ sheet: "Phụ lục I", cell: "B3" });
  });

  test("a sheet deleted since the check: missing, nothing selected", async () => {
    wb.select("Phụ lục I", "B3");
    await expect(excelHost.select("Phụ lục III", "D5")).resolves.toEqual({ ok: false, reason: "missing" });
    await expect(excelHost.select("", "D5")).resolves.toEqual({ ok: false, reason: "missing" });
    expect(wb.log.writes).toEqual([]);
    expect(wb.selection()).toEqual({ sheet: "Phụ lục I", cell: "B3" });
  });
});
