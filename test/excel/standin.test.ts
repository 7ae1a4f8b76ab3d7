/// <reference types="office-js" />
/**
 * The in-browser stand-in for Excel: its formula evaluator (table tests), its workbook model, and
 * the real Excel adapter (excelHost / readWorkbookGrids) running against it through Excel.run.
 */
import type { CellValue, Rect } from "../../src/core/grid/grid";
import { gridFromSpec } from "../../src/core/grid/fromSpec";
import { exampleTemplate } from "../../src/core/template/example";
import { excelHost } from "../../src/excel/excelHost";
import { readWorkbookGrids, resetReadMemory } from "../../src/excel/readGrids";
import { numberFormatFor } from "../../src/excel/writeSheets";
import { StandInError } from "../../src/preview/standin/errors";
import { evaluateFormula, type EvalContext } from "../../src/core/formula/evaluate";
import { installStandIn, uninstallStandIn } from "../../src/preview/standin/install";
import { StandInWorkbook } from "../../src/preview/standin/workbook";
import { fromA1 } from "../../src/core/grid/address";

/* ------------------------------------------------------------------------------------------ */
/* evaluate.ts                                                                                */
/* ------------------------------------------------------------------------------------------ */

const SHEETS: Record<string, Record<string, CellValue>> = {
  Sheet1: { A1: 1, A2: 2, A3: 3, B1: 10, B2: "x", B3: true, C1: { error: "#REF!" }, T1: "abc", N1: "5" },
  "Phụ lục I": { D6: 6992.46, D12: 1970 },
  Sheet2: { A1: 100 },
};

const ctx: EvalContext = {
  cell: (sheet, row, col) => {
    const s = SHEETS[sheet ?? "Sheet1"];
    if (!s) return { error: "#REF!" };
    for (const [addr, v] of Object.entries(s)) {
      const a = fromA1(addr)!;
      if (a.row === row && a.col === col) return v;
    }
    return null;
  },
  hasSheet: (name) => name in SHEETS,
};

const cases: [string, CellValue][] = [
  ["=1+2*3", 7],
  ["=(1+2)*3", 9],
  ["= 1 + 2 ", 3],
  ["=-A1", -1],
  ["=--A2", 2],
  ["=+A3", 3],
  ["=A1+A2*A3", 7],
  ["=$A$1+A$2+$A3", 6],
  ["=a1+b1", 11],
  ["=SUM(A1:A3)", 6],
  ["=SUM(A1:A3,10)", 16],
  ["=SUM(A1:B3)", 16], // text and booleans in a range are ignored
  ["=SUM(A3:A1)", 6],
  ["=sum(A1:A3)", 6],
  ["=SUM()", 0],
  ["=SUM(Z1:Z9)", 0],
  ["='Phụ lục I'!D6+'Phụ lục I'!D12", 8962.46],
  ["=SUM('Phụ lục I'!D6:D12)", 8962.46],
  ["=Sheet2!A1*2", 200],
  ["=Sheet2!$A$1/4", 25],
  ["=0.1+0.2", 0.3],
  ["=2^3", 8],
  ["=-2^2", 4],
  ["=50%", 0.5],
  ['=A1&"x"', "1x"],
  ['="a""b"', 'a"b'],
  ["=N1+1", 6], // numeric text is coerced
  ["=T1+1", { error: "#VALUE!" }],
  ["=A1/0", { error: "#DIV/0!" }],
  ["=1/(A1-A1)", { error: "#DIV/0!" }],
  ["=A1/Z99", { error: "#DIV/0!" }],
  ["=C1+1", { error: "#REF!" }],
  ["=SUM(A1:C1)", { error: "#REF!" }],
  ["=#N/A", { error: "#N/A" }],
  ["='Không có'!A1", { error: "#REF!" }],
  ["=NoSheet!A1", { error: "#REF!" }],
  ["=FOO(1)", { error: "#NAME?" }],
  ["=abc", { error: "#NAME?" }],
  ["=- abc", { error: "#NAME?" }],
  ["=A1+", { error: "#NAME?" }],
  ["=(1+2", { error: "#NAME?" }],
  ["=A1:A3", { error: "#VALUE!" }],
  ["=Z99", 0],
  ["=A1>0", true],
  ['=IF(A1>0,"có","không")', "có"],
  ["=IF(A1>5,1)", false],
  ["=ROUND(2.345,2)", 2.35],
  ["=ROUND(-2.5,0)", -3],
  ["=MAX(A1:A3)+MIN(A1:A3)", 4],
  ["=AVERAGE(A1:A3)", 2],
  ["=COUNT(A1:B3)", 4],
  ["=ABS(-A3)", 3],
  ["=TRUE+1", 2],
];

describe("evaluateFormula", () => {
  test.each(cases)("%s", (formula, expected) => {
    expect(evaluateFormula(formula, ctx)).toEqual(expected);
  });
});

describe("workbook recalculation", () => {
  test("formulas follow their inputs; a constant replaces a formula", () => {
    const wb = new StandInWorkbook();
    wb.addSheet("S");
    wb.setCell("S", "A1", 2);
    wb.setCell("S", "A2", 3);
    wb.setCell("S", "A3", { formula: "=SUM(A1:A2)" });
    wb.setCell("S", "A4", { formula: "A3*10" });
    expect(wb.getCell("S", "A4")?.value).toBe(50);
    wb.setCell("S", "A1", 7);
    expect(wb.getCell("S", "A3")?.value).toBe(10);
    expect(wb.getCell("S", "A4")?.value).toBe(100);
    wb.setCell("S", "A3", 1);
    expect(wb.getCell("S", "A3")).toEqual({ value: 1, format: {} });
    expect(wb.getCell("S", "A4")?.value).toBe(10);
  });

  test("circular references give #REF! without hanging", () => {
    const wb = new StandInWorkbook();
    wb.addSheet("S");
    wb.setCell("S", "A1", { formula: "=B1+1" });
    wb.setCell("S", "B1", { formula: "=A1+1" });
    wb.setCell("S", "C1", { formula: "=C1" });
    wb.setCell("S", "D1", { formula: "=SUM(D1:D3)" });
    wb.setCell("S", "E1", { formula: "=A1*2" });
    for (const a of ["A1", "B1", "C1", "D1", "E1"]) expect(wb.getCell("S", a)?.value).toEqual({ error: "#REF!" });
  });

  test("a long chain of formulas evaluates", () => {
    const wb = new StandInWorkbook();
    wb.addSheet("S");
    wb.setCell("S", "A1", 1);
    wb.batch(() => {
      for (let r = 2; r <= 3000; r++) wb.setCell("S", `A${r}`, { formula: `=A${r - 1}+1` });
    });
    expect(wb.getCell("S", "A3000")?.value).toBe(3000);
  });

  test("typing like Excel: '- abc' is a formula unless the cell is text; numbers become numbers", () => {
    const wb = new StandInWorkbook();
    const s = wb.addSheet("S");
    wb.typeCell("S", "A1", "- abc");
    expect(wb.getCell("S", "A1")).toMatchObject({ formula: "=- abc", value: { error: "#NAME?" } });
    s.ensure(1, 0).numberFormat = "@";
    wb.typeCell("S", "A2", "- abc");
    expect(wb.getCell("S", "A2")).toMatchObject({ value: "- abc", numberFormat: "@" });
    expect(wb.getCell("S", "A2")?.formula).toBeUndefined();
    wb.typeCell("S", "A3", "1907");
    expect(wb.getCell("S", "A3")?.value).toBe(1907);
    wb.typeCell("S", "A4", "95%");
    expect(wb.getCell("S", "A4")).toMatchObject({ value: 0.95, numberFormat: "0%" });
    wb.setCell("S", "A5", "=not a formula");
    expect(wb.getCell("S", "A5")).toMatchObject({ value: "=not a formula" });
  });

  test("listeners hear changes and selection moves", () => {
    const wb = StandInWorkbook.fromSpecs(exampleTemplate());
    const changes: string[][] = [];
    const sels: string[] = [];
    wb.onChange((e) => changes.push(e.sheets));
    wb.onSelectionChange((s) => sels.push(`${s.sheet}!${s.cell}`));
    wb.setCell("Phụ lục I", "D7", 6000);
    wb.select("Phụ lục II", "E24");
    expect(changes).toEqual([["Phụ lục I"]]);
    expect(sels).toEqual(["Phụ lục II!E24"]);
    expect(wb.getCell("Phụ lục I", "D6")?.value).toBe(6892.46);
  });
});

/* ------------------------------------------------------------------------------------------ */
/* The adapter against the stand-in                                                           */
/* ------------------------------------------------------------------------------------------ */

describe("Excel adapter over the stand-in", () => {
  let wb: StandInWorkbook;
  beforeEach(() => {
    resetReadMemory();
    wb = StandInWorkbook.fromSpecs(exampleTemplate());
    installStandIn(wb);
  });
  afterEach(() => uninstallStandIn());

  test("installs Excel, Office and __baocaoPreview", async () => {
    expect(typeof Excel.run).toBe("function");
    await expect(Office.onReady()).resolves.toEqual({ host: "Excel", platform: "PC" });
    expect(Office.context.requirements.isSetSupported("ExcelApi", "1.13")).toBe(true);
    const p = globalThis.__baocaoPreview!;
    expect(p.sheetNames()).toEqual(["Phụ lục I", "Phụ lục II", "Số liệu", "Chỉ tiêu 2024"]);
    expect(p.getCell("Phụ lục II", "E24")).toMatchObject({ value: 13570, formula: "=E7+E14+E17+E19+E21" });
  });

  test("reads Grids equal to the template's (text kept as text) in two syncs", async () => {
    const before = wb.syncCount;
    const read = await Excel.run((context) => readWorkbookGrids(context));
    expect(read.syncs).toBe(2);
    expect(wb.syncCount - before).toBe(2);
    expect(read.chunked).toBe(false);
    const expected = exampleTemplate().map((spec) => {
      const g = gridFromSpec(spec);
      for (const c of spec.cells) {
        const cell = g.rows[c.row]?.[c.col];
        const nf = numberFormatFor(c);
        if (cell && nf === "@") cell.numberFormat = "@";
        // Excel (and the stand-in) keep 15 significant digits of a result.
        if (cell?.formula && typeof cell.value === "number") cell.value = Number(cell.value.toPrecision(15));
      }
      g.merges = [...(g.merges ?? [])].sort((a: Rect, b: Rect) => a.top - b.top || a.left - b.left);
      return g;
    });
    expect(read.grids).toEqual(expected);
  });

  test("the template has no findings; 1907 typed over D12 is a SUM_MISMATCH at D12", async () => {
    const progress: string[] = [];
    const ok = await excelHost.validate("vi", (_f, stage) => progress.push(stage));
    expect(ok.report.findings).toEqual([]);
    expect(ok.syncs).toBe(2);
    expect(progress[0]).toBe("read");
    expect(progress).toContain("check");
    expect(progress[progress.length - 1]).toBe("done");

    globalThis.__baocaoPreview!.setCell("Phụ lục I", "D12", 1907);
    const bad = await excelHost.validate("vi");
    const f = bad.report.findings.find((x) => x.code === "SUM_MISMATCH");
    expect(f).toMatchObject({ code: "SUM_MISMATCH", sheet: "Phụ lục I", cell: "D12", stated: 1907, computed: 1970 });
  });

  test("validation never writes: the workbook is the same before and after", async () => {
    const dump = () => wb.sheetNames().map((n) => wb.dump(n));
    const before = dump();
    const sel = wb.selection();
    let changes = 0;
    wb.onChange(() => changes++);
    await excelHost.validate("en");
    expect(dump()).toEqual(before);
    expect(wb.selection()).toEqual(sel);
    expect(changes).toBe(0);
  });

  test("select() activates the sheet and moves the selection in one sync", async () => {
    const before = wb.syncCount;
    await excelHost.select("Phụ lục II", "E24");
    expect(wb.syncCount - before).toBe(1);
    expect(globalThis.__baocaoPreview!.selection()).toEqual({ sheet: "Phụ lục II", cell: "E24" });
    await excelHost.select("Số liệu", "$C$7");
    expect(wb.selection()).toEqual({ sheet: "Số liệu", cell: "C7" });
  });

  test("a workbook over the payload limit is read in blocks with the same Grids", async () => {
    const big = StandInWorkbook.fromSpecs(exampleTemplate(), { payloadLimitBytes: 6000 });
    installStandIn(big);
    const read = await Excel.run((context) => readWorkbookGrids(context, { maxResponseBytes: 5000 }));
    expect(read.chunked).toBe(true);
    expect(read.syncs).toBeGreaterThan(3);
    installStandIn(wb);
    const whole = await Excel.run((context) => readWorkbookGrids(context));
    expect(read.grids).toEqual(whole.grids);
  });

  test("an estimate that is too optimistic: failed blocks are retried smaller", async () => {
    const tight = StandInWorkbook.fromSpecs(exampleTemplate(), { payloadLimitBytes: 3000 });
    installStandIn(tight);
    const read = await Excel.run((context) => readWorkbookGrids(context, { maxResponseBytes: 8000 }));
    installStandIn(wb);
    const whole = await Excel.run((context) => readWorkbookGrids(context));
    expect(read.grids).toEqual(whole.grids);
  });

  test("a single row over the limit is a clear error, not a loop", async () => {
    const tiny = new StandInWorkbook({ payloadLimitBytes: 5000 });
    tiny.addSheet("S");
    tiny.setCell("S", "A1", "ngắn");
    tiny.setCell("S", "B2", "dài ".repeat(2000));
    installStandIn(tiny);
    const before = tiny.syncCount;
    await expect(Excel.run((context) => readWorkbookGrids(context, { maxResponseBytes: 4000 }))).rejects.toThrow(/quá lớn/);
    expect(tiny.syncCount - before).toBeLessThan(10);
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
    expect(wb.sheets.map((s) => s.name)).toContain("Bieu1");
  });

  test("the stand-in is honest: no reading before load+sync, missing sheets and taken names fail the sync", async () => {
    await Excel.run(async (context) => {
      const r = context.workbook.worksheets.getItem("Phụ lục I").getRange("D6");
      expect(() => r.values).toThrow(/not available/);
      r.load("values");
      expect(() => r.values).toThrow(/not available/);
      await context.sync();
      expect(r.values).toEqual([[6992.46]]);
      expect(() => r.formulas).toThrow(/not available/);
    });
    await expect(
      Excel.run(async (context) => {
        context.workbook.worksheets.getItem("Không có").getRange("A1").load("values");
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "ItemNotFound" });
    await expect(
      Excel.run(async (context) => {
        context.workbook.worksheets.add("phụ lục i");
        await context.sync();
      }),
    ).rejects.toBeInstanceOf(StandInError);
    const nothing = await Excel.run(async (context) => {
      const u = context.workbook.worksheets.getItem("Phụ lục I").getRange("Z100").getMergedAreasOrNullObject();
      await context.sync();
      return u.isNullObject;
    });
    expect(nothing).toBe(true);
  });
});
