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

describe("onWorkbookChanged: the workbook's change events, by sheet name", () => {
  const delivered = () => new Promise((ok) => setTimeout(ok, 0));

  test("a typed cell, a sheet added and one deleted are heard by name; stop() ends it", async () => {
    const heard: string[] = [];
    const stop = await excelHost.onWorkbookChanged!((e) => heard.push(`${e.kind} ${e.sheets.join(",")}`));
    expect(stop).toBeInstanceOf(Function);
    globalThis.__baocaoPreview!.setCell("Số liệu", "D7", 5);
    await delivered();
    await delivered();
    await excelHost.createTemplate();
    await delivered();
    await delivered();
    wb.removeSheet(wb.sheet("Phụ lục II")!);
    await delivered();
    expect(heard[0]).toBe("changed Số liệu");
    // The template's own sheets are a change (written by the add-in: Excel raises them too).
    expect(heard).toContain("added Phụ lục I (2)");
    expect(heard[heard.length - 1]).toBe("deleted Phụ lục II");
    stop!();
    await delivered();
    heard.length = 0;
    wb.setCell("Số liệu", "D7", 6);
    await delivered();
    expect(heard).toEqual([]);
  });

  test("without ExcelApi 1.9 (Excel 2016): null, nothing registered", async () => {
    uninstallStandIn();
    wb = StandInWorkbook.fromSpecs(exampleTemplate(), { excelApi: "1.8" });
    installStandIn(wb);
    await expect(excelHost.onWorkbookChanged!(() => undefined)).resolves.toBeNull();
    expect(wb.log.syncs).toBe(0);
  });
});

describe("a re-check of the sheets changed, progress, and stopping", () => {
  test("changed: only that sheet is read again, the result the same as a full check's", async () => {
    await excelHost.validate("vi");
    wb.setCell("Phụ lục I", "D12", 1907);
    const before = { syncs: wb.log.syncs, bytes: wb.log.bytes };
    const partial = await excelHost.validate("vi", undefined, { changed: ["Phụ lục I"] });
    const partialBytes = wb.log.bytes - before.bytes;
    expect(partial.reused).toEqual(["Phụ lục II", "Số liệu", "Chỉ tiêu 2024", "Thông tin văn bản"]);
    const full = await excelHost.validate("vi");
    expect(full.reused).toBeUndefined();
    expect(partial.report).toEqual(full.report);
    expect(partial.report.findings.map((f) => `${f.code} ${f.cell}`)).toContain("SUM_MISMATCH D12");
    expect(partialBytes).toBeLessThan((wb.log.bytes - before.bytes - partialBytes) / 2);
  });

  test("progress names the sheets read, each sheet recognised and each check", async () => {
    const lines: string[] = [];
    await excelHost.validate("vi", (_f, stage, d) => {
      if (!d) lines.push(stage);
      else if (d.stage === "read") lines.push(`read ${d.first}..${d.last} ${d.index}-${d.lastIndex}/${d.count}`);
      else if (d.stage === "recognize") lines.push(`recognize ${d.sheet} ${d.index}/${d.count}`);
      else lines.push(`check ${d.code} ${d.index}/${d.count}`);
    });
    // Five sheets read; the document's details are not recognised as tables.
    expect(lines).toContain("read Phụ lục I..Thông tin văn bản 1-5/5");
    expect(lines.filter((l) => l.startsWith("recognize"))).toEqual([
      "recognize Phụ lục I 1/4",
      "recognize Phụ lục II 2/4",
      "recognize Số liệu 3/4",
      "recognize Chỉ tiêu 2024 4/4",
    ]);
    expect(lines).toContain("check SUM_MISMATCH 3/12");
    expect(lines[lines.length - 1]).toBe("done");
  });

  test("a signal aborted during the checks stops the check: AbortError, no result; the draft writes nothing", async () => {
    const abort = new AbortController();
    const run = excelHost.validate(
      "vi",
      (_f, _stage, d) => {
        if (d?.stage === "recognize" && d.index === 2) abort.abort();
      },
      { signal: abort.signal },
    );
    await expect(run).rejects.toMatchObject({ name: "AbortError" });

    const stop = new AbortController();
    const draft = excelHost.draft("vi", (_f, stage) => stage === "check" && stop.abort(), { signal: stop.signal });
    await expect(draft).rejects.toMatchObject({ name: "AbortError" });
    expect(wb.log.writes).toEqual([]);
    expect(wb.sheetNames()).not.toContain("Bản thảo");
  });
});
