import ExcelJS from "exceljs";
import type { SheetSpec } from "../../src/core/grid/spec";
import { exampleTemplate } from "../../src/core/template/example";
import { uniqueSheetName } from "../../src/core/grid/sheetNames";
import { writeXlsx } from "../../src/cli/writeXlsx";
import { addSheets } from "../../src/cli/xlsx/addSheets";
import { strFromU8, unzipSync } from "fflate";
import { draftReport } from "../../src/core/draft/draft";
import { draftToSheets } from "../../src/core/draft/toSheet";
import { checkWorkbook } from "../../src/core/engine";
import { gridFromSpec } from "../../src/core/grid/fromSpec";
import { applyOverrides } from "../../testkit/reportGrids";

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

describe("the draft's sheets, written and read back", () => {
  const grids = exampleTemplate().map(gridFromSpec);
  applyOverrides(grids[0], { D12: 1907 });
  const { model, report } = checkWorkbook(grids);
  const draft = draftReport(model, report);
  let bytes: Buffer;
  let wb: ExcelJS.Workbook;
  beforeAll(async () => {
    bytes = Buffer.from(addSheets(await writeXlsx(exampleTemplate()), draftToSheets(draft)).bytes);
    wb = await read(bytes);
  });

  test("the main sheet and one per appendix, added after the workbook's own", () => {
    // The template's own sheets (asserted by name in "sheet names" above), then the draft's.
    expect(wb.worksheets.map((w) => w.name)).toEqual([
      ...exampleTemplate().map((x) => x.name),
      "Bản thảo",
      "Bản thảo - Phụ lục I",
      "Bản thảo - Phụ lục II",
    ]);
  });

  test("drafted again into that copy: the new sheets follow their main sheet's number", async () => {
    const again = await read(Buffer.from(addSheets(bytes, draftToSheets(draft)).bytes));
    expect(again.worksheets.map((w) => w.name).slice(-3)).toEqual([
      "Bản thảo (2)",
      "Bản thảo (2) - Phụ lục I",
      "Bản thảo (2) - Phụ lục II",
    ]);
  });

  test("A4, one page wide and as many tall as needed; the main sheet portrait, the appendices landscape", () => {
    for (const [name, orientation] of [
      ["Bản thảo", "portrait"],
      ["Bản thảo - Phụ lục I", "landscape"],
      ["Bản thảo - Phụ lục II", "landscape"],
    ]) {
      expect(wb.getWorksheet(name)!.pageSetup).toMatchObject({
        paperSize: 9,
        orientation,
        fitToPage: true,
        fitToWidth: 1,
        fitToHeight: 0,
      });
    }
    expect(wb.getWorksheet("Bản thảo - Phụ lục I")!.pageSetup.printTitlesRow).toBe("5:5");
  });

  test("the six columns keep their widths (9 included, which ExcelJS would leave out)", () => {
    const ws = wb.getWorksheet("Bản thảo")!;
    expect([1, 2, 3, 4, 5, 6].map((c) => Math.round(ws.getColumn(c).width! * 1000) / 1000)).toEqual([6, 30, 18, 11, 14, 9]);
  });

  test("the failed number's cell in red, bold; its neighbours black", () => {
    const ws = wb.getWorksheet("Bản thảo - Phụ lục I")!;
    const red: string[] = [];
    ws.eachRow((row) =>
      row.eachCell((c) => {
        // (ExcelJS gives the cells under a merge their master's value and style.)
        if (c.master.address === c.address && c.font?.color?.argb === "FFC00000") red.push(`${c.address}=${c.text}`);
      }),
    );
    const cell = red.find((r) => r.includes("=1.907"));
    expect(cell).toBeDefined();
    const address = cell!.split("=")[0];
    expect(ws.getCell(address).font.bold).toBe(true);
    // The note under the table is red too; nothing else.
    expect(red).toHaveLength(2);
    expect(red.some((r) => r.endsWith("=[CHƯA KHỚP — kiểm tra Phụ lục I!D12]"))).toBe(true);
  });

  test("manual row breaks: a break above each row that starts a page (none above the first)", async () => {
    const spec: SheetSpec = {
      name: "Ngắt trang",
      columnWidths: [10],
      merges: [],
      cells: Array.from({ length: 12 }, (_, r) => ({ row: r, col: 0, value: `dòng ${r + 1}` })),
      rowBreaks: [0, 3, 10],
    };
    const files = unzipSync(new Uint8Array(await writeXlsx([spec])));
    const xml = strFromU8(files["xl/worksheets/sheet1.xml"]);
    // OOXML: <brk id> is the 0-based row the break is above.
    expect(xml).toContain(
      '<rowBreaks count="2" manualBreakCount="2"><brk id="3" max="16383" man="1"/><brk id="10" max="16383" man="1"/></rowBreaks>',
    );
  });
});
