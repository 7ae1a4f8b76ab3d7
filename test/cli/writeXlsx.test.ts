import { promises as fs } from "fs";
import os from "os";
import path from "path";
import ExcelJS from "exceljs";
import type { SheetSpec } from "../../src/core/grid/spec";
import { exampleTemplate } from "../../src/core/template/example";
import { uniqueSheetName } from "../../src/core/grid/sheetNames";
import { writeXlsx, writeXlsxFile } from "../../src/cli/writeXlsx";

async function read(bytes: Buffer): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as Parameters<ExcelJS.Xlsx["load"]>[0]);
  return wb;
}

const formulaOf = (c: ExcelJS.Cell) => (c.value as ExcelJS.CellFormulaValue).formula;
const resultOf = (c: ExcelJS.Cell) => (c.value as ExcelJS.CellFormulaValue).result;

describe("writeXlsx(exampleTemplate())", () => {
  let wb: ExcelJS.Workbook;
  beforeAll(async () => {
    wb = await read(await writeXlsx(exampleTemplate()));
  });

  test("sheet names", () => {
    expect(wb.worksheets.map((w) => w.name)).toEqual([
      "Phụ lục I",
      "Phụ lục II",
      "Số liệu",
      "Chỉ tiêu 2024",
      "Thông tin văn bản",
    ]);
  });

  test("formulas with their cached results", () => {
    const ws = wb.getWorksheet("Phụ lục I")!;
    expect(formulaOf(ws.getCell("D6"))).toBe("SUM(D7:D11)");
    expect(resultOf(ws.getCell("D6"))).toBe(6992.46);
    expect(ws.getCell("D6").numFmt).toBe("#,##0.00");
    expect(formulaOf(ws.getCell("D18"))).toBe("D6+D12");
    expect(resultOf(ws.getCell("D18"))).toBe(8962.46);
    expect(ws.getCell("D7").value).toBe(6100);
    expect(ws.getCell("C7").value).toBe("2021");

    const p2 = wb.getWorksheet("Phụ lục II")!;
    expect(formulaOf(p2.getCell("E24"))).toBe("E7+E14+E17+E19+E21");
    expect(resultOf(p2.getCell("E24"))).toBe(13570);

    const f = wb.getWorksheet("Số liệu")!;
    expect(formulaOf(f.getCell("E6"))).toBe("C6/D6*100");
    expect(resultOf(f.getCell("E6"))).toBeCloseTo(61.4035, 4);
    expect(f.getCell("E6").numFmt).toBe("0.0");
  });

  test("two-row header merges, print titles, page setup", () => {
    const p2 = wb.getWorksheet("Phụ lục II")!;
    const merges = (p2.model as unknown as { merges: string[] }).merges;
    for (const m of ["A5:A6", "B5:B6", "C5:C6", "D5:D6", "E5:F5", "G5:G6", "A24:D24"]) expect(merges).toContain(m);
    expect(p2.getCell("F5").isMerged).toBe(true);
    expect(p2.getCell("F5").master.address).toBe("E5");
    expect(p2.getCell("E6").value).toBe("Kinh phí");
    expect(p2.pageSetup.printTitlesRow).toBe("5:6");
    expect(p2.pageSetup.paperSize).toBe(9);
    expect(p2.pageSetup.orientation).toBe("landscape");
    expect(p2.getColumn(4).width).toBeGreaterThan(20);
  });

  test("fonts, borders, alignment", () => {
    for (const ws of wb.worksheets) {
      ws.eachRow((row) =>
        row.eachCell((cell) => {
          expect(cell.font?.name).toBe("Times New Roman");
        }),
      );
    }
    const ws = wb.getWorksheet("Phụ lục I")!;
    expect(ws.getCell("A5").font).toMatchObject({ name: "Times New Roman", size: 13, bold: true });
    expect(ws.getCell("A5").alignment).toMatchObject({ horizontal: "center", wrapText: true });
    expect(ws.getCell("D7").border?.top?.style).toBe("thin");
    expect(ws.getCell("D7").alignment?.horizontal).toBe("right");
    expect(ws.getCell("A3").font?.italic).toBe(true);
  });

  test("targets are text", () => {
    const ws = wb.getWorksheet("Chỉ tiêu 2024")!;
    const goals: unknown[] = [];
    ws.getColumn(4).eachCell((c, r) => {
      if (r > 5) goals.push(c.value);
    });
    expect(goals).toContain("10 đến 15");
    expect(goals).toContain("nhóm 3/13");
    expect(goals.every((v) => v === null || typeof v === "string")).toBe(true);
  });
});

describe("writeXlsx details", () => {
  test("forceText keeps '- abc' and '=1+2' as strings", async () => {
    const spec: SheetSpec = {
      name: "T",
      columnWidths: [20],
      merges: [],
      font: { name: "Times New Roman", size: 13 },
      cells: [
        { row: 0, col: 0, value: "- abc", forceText: true },
        { row: 1, col: 0, value: "=1+2", forceText: true },
        { row: 2, col: 0, value: { error: "#REF!" } },
        { row: 3, col: 0, value: true },
      ],
    };
    const ws = (await read(await writeXlsx([spec]))).getWorksheet("T")!;
    expect(ws.getCell("A1").value).toBe("- abc");
    expect(ws.getCell("A1").type).toBe(ExcelJS.ValueType.String);
    expect(ws.getCell("A1").numFmt).toBe("@");
    expect(ws.getCell("A2").value).toBe("=1+2");
    expect(ws.getCell("A2").type).toBe(ExcelJS.ValueType.String);
    expect(ws.getCell("A3").value).toEqual({ error: "#REF!" });
    expect(ws.getCell("A4").value).toBe(true);
  });

  test("adds to a base workbook without touching its sheets", async () => {
    const base = new ExcelJS.Workbook();
    const orig = base.addWorksheet("Phụ lục I");
    orig.getCell("A1").value = "gốc";
    orig.getCell("B2").value = 42;
    orig.getCell("C3").value = { formula: "B2*2", result: 84 };
    orig.getCell("D4").value = 92.46;
    orig.getCell("D4").numFmt = "#,##0.00";
    base.addWorksheet("Khác").getCell("A1").value = "x";
    const baseBytes = Buffer.from(await base.xlsx.writeBuffer());

    const dir = await fs.mkdtemp(path.join(os.tmpdir(), "baocao-writexlsx-"));
    try {
      const out = path.join(dir, "out.xlsx");
      await writeXlsxFile(out, exampleTemplate(), { base: baseBytes });
      const wb = await read(await fs.readFile(out));
      expect(wb.worksheets.map((w) => w.name)).toEqual([
        "Phụ lục I",
        "Khác",
        "Phụ lục I (2)",
        "Phụ lục II",
        "Số liệu",
        "Chỉ tiêu 2024",
        "Thông tin văn bản",
      ]);
      const o = wb.getWorksheet("Phụ lục I")!;
      expect(o.getCell("A1").value).toBe("gốc");
      expect(o.getCell("B2").value).toBe(42);
      expect(o.getCell("C3").value).toMatchObject({ formula: "B2*2", result: 84 });
      expect(o.getCell("D4").value).toBe(92.46);
      expect(o.getCell("D4").numFmt).toBe("#,##0.00");
      expect(o.rowCount).toBe(4);
      expect(o.getCell("D6").value).toBeNull();
      expect(wb.getWorksheet("Khác")!.getCell("A1").value).toBe("x");
      const added = wb.getWorksheet("Phụ lục I (2)")!;
      expect(formulaOf(added.getCell("D6"))).toBe("SUM(D7:D11)");
      expect(resultOf(added.getCell("D6"))).toBe(6992.46);
      expect(added.pageSetup.printTitlesRow).toBe("5:5");
    } finally {
      await fs.rm(dir, { recursive: true, force: true });
    }
  });

  test("name clashes: (2), (3), case-insensitive, 31 characters", () => {
    expect(uniqueSheetName("Phụ lục I", ["Phụ lục I"])).toBe("Phụ lục I (2)");
    expect(uniqueSheetName("Phụ lục I", ["phụ lục i", "Phụ lục I (2)"])).toBe("Phụ lục I (3)");
    expect(uniqueSheetName("Số liệu", ["Phụ lục I"])).toBe("Số liệu");
    const long = "x".repeat(40);
    expect(uniqueSheetName(long, [])).toHaveLength(31);
    const second = uniqueSheetName(long, ["x".repeat(31)]);
    expect(second).toHaveLength(31);
    expect(second.endsWith(" (2)")).toBe(true);
    expect(uniqueSheetName("a/b:c", [])).toBe("a_b_c");
  });
});
