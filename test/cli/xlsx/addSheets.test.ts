/**
 * addSheets: the drafted sheets added into real workbooks (test/fixtures/packages: charts, drawings,
 * images, comments, data validation, defined names, pivot tables) — every other part kept byte for
 * byte, the four edited parts keeping every entry they had; the copy read back by our reader, by
 * ExcelJS and, where it is installed, by LibreOffice. Then the same over every public fixture, and
 * the odd packages: Strict OOXML, a namespace declared on the sheet, no styles part.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import { addSheets, type AddSheetsResult } from "../../../src/cli/xlsx/addSheets";
import { FormatError } from "../../../src/cli/xlsx/errors";
import { readXlsx } from "../../../src/cli/xlsx/readXlsx";
import { childNamed, childrenNamed, scanElements, type XmlSpan } from "../../../src/cli/xlsx/xmlEdit";
import { draftReport } from "../../../src/core/draft/draft";
import { draftToSheets } from "../../../src/core/draft/toSheet";
import { checkWorkbook } from "../../../src/core/engine";
import type { Grid } from "../../../src/core/grid/grid";
import { gridFromSpec } from "../../../src/core/grid/fromSpec";
import type { SheetSpec } from "../../../src/core/grid/spec";
import { exampleTemplate } from "../../../src/core/template/example";

const PACKAGES = join(__dirname, "..", "..", "fixtures", "packages");
const PUBLIC = join(__dirname, "..", "..", "fixtures", "public");
const FIXTURES = readdirSync(PACKAGES)
  .filter((f) => f.endsWith(".xlsx"))
  .sort();
const bytesOf = (dir: string, f: string) => new Uint8Array(readFileSync(join(dir, f)));

/** The example workbook's draft sheets, as the CLI writes them: "Bản thảo" and one per appendix. */
function draftSheets(): SheetSpec[] {
  const { model, report } = checkWorkbook(exampleTemplate().map(gridFromSpec));
  return draftToSheets(draftReport(model, report));
}

/** The main draft sheet. */
function draftSheet(): SheetSpec {
  return draftSheets()[0];
}

/** A sheet using every formatting a SheetSpec has; its name clashes with the draft's. */
const EXTRA: SheetSpec = {
  name: "bản thảo",
  columnWidths: [6, 40, 14],
  font: { name: "Times New Roman", size: 13 },
  cells: [
    { row: 0, col: 0, value: "PHỤ LỤC I", bold: true, align: "center", size: 14 },
    {
      row: 1,
      col: 0,
      value: 'Kết quả & <tiến độ> "2023"',
      italic: true,
      underline: true,
      wrap: true,
      verticalAlign: "middle",
      align: "justify",
    },
    { row: 2, col: 0, value: "TT", border: true, bold: true },
    { row: 2, col: 1, value: "Nội dung", border: true },
    { row: 2, col: 2, value: 8962.46, numberFormat: "#,##0.00", border: true, color: "C00000" },
    { row: 3, col: 0, value: "=1+2", forceText: true },
    { row: 3, col: 1, value: "- 100% UBND các xã", forceText: true },
    { row: 3, col: 2, value: 17924.92, formula: "=C3*2", numberFormat: "#,##0.00" },
    { row: 4, col: 0, value: true },
    { row: 4, col: 1, value: { error: "#N/A" } },
    { row: 4, col: 2, value: 0.9475, numberFormat: "0.0%" },
    { row: 5, col: 0, value: "a_x000D_b\r\nc\u0001" },
  ],
  merges: [{ top: 0, left: 0, bottom: 0, right: 2 }],
  rowHeights: { 1: 40 },
  printTitleRows: { first: 2, last: 2 },
  page: { orientation: "landscape", paperSize: "A4", fitToWidth: true },
  rowBreaks: [4],
};

const EDITED = ["[Content_Types].xml", "xl/_rels/workbook.xml.rels", "xl/styles.xml", "xl/workbook.xml"];

const same = (a: Uint8Array, b: Uint8Array) => Buffer.from(a).equals(Buffer.from(b));

/** The values of a grid, row by row (what a reader shows). */
const values = (g: Grid) => g.rows.map((r) => (r ?? []).map((c) => c?.value ?? null));

async function readWithExcelJS(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(bytes) as unknown as Parameters<ExcelJS.Xlsx["load"]>[0]);
  return wb;
}

/**
 * Every entry of the original part is in the copy at its place: the root's start tag, each child
 * (unless one we append to), each grandchild of the containers at the same index.
 */
function expectEntriesKept(part: string, orig: string, copy: string): void {
  const o = scanElements(orig, part, 2);
  const c = scanElements(copy, part, 2);
  expect(copy.slice(c.start, c.tagClose)).toBe(orig.slice(o.start, o.tagClose));
  expect(c.children.length).toBeGreaterThanOrEqual(o.children.length);
  const text = (xml: string, s: XmlSpan) => xml.slice(s.start, s.end);
  // New containers may come in between (definedNames): match the original children in order.
  let j = 0;
  for (const oc of o.children) {
    while (j < c.children.length && c.children[j].local !== oc.local) j++;
    expect(j).toBeLessThan(c.children.length);
    const cc = c.children[j++];
    if (oc.children.length > 0 || oc.selfClosing) {
      expect(cc.children.slice(0, oc.children.length).map((g) => text(copy, g))).toEqual(oc.children.map((g) => text(orig, g)));
    } else {
      expect(text(copy, cc)).toBe(text(orig, oc));
    }
  }
}

describe.each(FIXTURES)("%s", (file) => {
  let src: Uint8Array;
  let result: AddSheetsResult;
  let a: Record<string, Uint8Array>;
  let b: Record<string, Uint8Array>;
  beforeAll(() => {
    src = bytesOf(PACKAGES, file);
    result = addSheets(src, [draftSheet(), EXTRA]);
    a = unzipSync(src);
    b = unzipSync(result.bytes);
  });

  test("the fixture has the parts a copy must keep", () => {
    const names = Object.keys(a);
    expect(names.some((n) => /^xl\/(charts|drawings|media)\//.test(n))).toBe(true);
    const sheets = names.filter((n) => /^xl\/worksheets\/sheet\d+\.xml$/.test(n)).map((n) => strFromU8(a[n]));
    expect(sheets.some((x) => x.includes("<dataValidations"))).toBe(true);
    expect(strFromU8(a["xl/workbook.xml"])).toContain("<definedName ");
  });

  test("every part of the source is in the copy, byte for byte, but the four edited ones; two parts are new", () => {
    const changed = Object.keys(a).filter((n) => !(n in b) || !same(a[n], b[n]));
    expect(changed.sort()).toEqual(EDITED);
    const added = Object.keys(b).filter((n) => !(n in a));
    expect(added).toHaveLength(2);
    for (const n of added) expect(n).toMatch(/^xl\/worksheets\/sheet\d+\.xml$/);
    // docProps/app.xml is left alone (Excel and LibreOffice do not read it when opening).
    if (a["docProps/app.xml"]) expect(same(a["docProps/app.xml"], b["docProps/app.xml"])).toBe(true);
  });

  test("the edited parts keep every entry they had, and list the new sheets", () => {
    for (const part of EDITED) expectEntriesKept(part, strFromU8(a[part]), strFromU8(b[part]));
    const wb = strFromU8(b["xl/workbook.xml"]);
    const root = scanElements(wb, "wb", 2);
    const sheets = childrenNamed(childNamed(root, "sheets"), "sheet").map((s) => wb.slice(s.start, s.end));
    const ids = sheets.map((s) => /sheetId="(\d+)"/.exec(s)![1]);
    expect(new Set(ids).size).toBe(ids.length);
    const added = sheets.slice(-2);
    expect(added.map((s) => /name="([^"]*)"/.exec(s)![1])).toEqual(["Bản thảo", "bản thảo (2)"]);
    expect(result.names).toEqual(["Bản thảo", "bản thảo (2)"]);
    // Each new sheet's relationship leads to its new part, which has its content type.
    const rels = strFromU8(b["xl/_rels/workbook.xml.rels"]);
    const types = strFromU8(b["[Content_Types].xml"]);
    for (const s of added) {
      const rid = /:id="([^"]+)"/.exec(s)![1];
      const target = new RegExp(`<Relationship Id="${rid}" Type="[^"]+/worksheet" Target="([^"]+)"/>`).exec(rels)![1];
      expect(b[`xl/${target}`]).toBeInstanceOf(Uint8Array);
      expect(types).toContain(
        `<Override PartName="/xl/${target}" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`,
      );
    }
    // The print titles of the second new sheet, local to it (its index among all sheets).
    expect(wb).toContain(
      `<definedName name="_xlnm.Print_Titles" localSheetId="${sheets.length - 1}">'bản thảo (2)'!$3:$3</definedName>`,
    );
    // styles.xml: every list's count is its length.
    const styles = strFromU8(b["xl/styles.xml"]);
    const sr = scanElements(styles, "styles", 2);
    for (const list of ["numFmts", "fonts", "borders", "cellXfs"]) {
      const el = childNamed(sr, list)!;
      expect(/count="(\d+)"/.exec(styles.slice(el.start, el.tagClose))![1]).toBe(String(el.children.length));
    }
  });

  test("our reader: the old sheets exactly as before, the new ones with their texts and merges", () => {
    const before = readXlsx(src);
    const after = readXlsx(result.bytes);
    expect(after.slice(0, before.length)).toEqual(before);
    expect(after.map((g) => g.name)).toEqual([...before.map((g) => g.name), "Bản thảo", "bản thảo (2)"]);
    const [drafted, extra] = after.slice(before.length);
    expect(values(drafted)).toEqual(values(gridFromSpec(draftSheet())));
    expect(drafted.rows.flat().some((c) => typeof c?.value === "string" && c.value.includes("8.962,46"))).toBe(true);
    expect(drafted.merges).toEqual(draftSheet().merges);
    expect(values(extra)).toEqual([
      ["PHỤ LỤC I"],
      ['Kết quả & <tiến độ> "2023"'],
      ["TT", "Nội dung", 8962.46],
      ["=1+2", "- 100% UBND các xã", 17924.92],
      [true, { error: "#N/A" }, 0.9475],
      ["a_x000D_b\r\nc\u0001"],
    ]);
    expect(extra.rows[3]![0]!.formula).toBeUndefined();
    expect(extra.rows[3]![2]!.formula).toBe("=C3*2");
    expect(extra.rows[4]![2]!.numberFormat).toBe("0.0%");
  });

  test("ExcelJS: fonts, alignment, borders, number formats, widths, heights, page setup, print titles", async () => {
    const wb = await readWithExcelJS(result.bytes);
    const d = wb.getWorksheet("Bản thảo")!;
    // A1: the agency, bold, 13 pt (Decree 30).
    expect(d.getCell("A1").font).toMatchObject({ name: "Times New Roman", size: 13, bold: true });
    expect(d.pageSetup).toMatchObject({ paperSize: 9, orientation: "portrait" });
    const ws = wb.getWorksheet("bản thảo (2)")!;
    expect(ws.getCell("A1").font).toMatchObject({ name: "Times New Roman", size: 14, bold: true });
    expect(ws.getCell("A1").alignment).toMatchObject({ horizontal: "center" });
    expect(ws.getCell("A2").font).toMatchObject({ name: "Times New Roman", size: 13, italic: true, underline: true });
    expect(ws.getCell("A2").alignment).toMatchObject({ horizontal: "justify", vertical: "middle", wrapText: true });
    expect(ws.getCell("C3").numFmt).toBe("#,##0.00");
    expect(ws.getCell("C3").font.color).toEqual({ argb: "FFC00000" });
    expect(ws.getCell("C3").border).toMatchObject({
      top: { style: "thin" },
      left: { style: "thin" },
      bottom: { style: "thin" },
      right: { style: "thin" },
    });
    expect(ws.getCell("A4").value).toBe("=1+2");
    expect(ws.getCell("A4").type).toBe(ExcelJS.ValueType.String);
    expect(ws.getCell("A4").numFmt).toBe("@");
    expect(ws.getCell("C5").numFmt).toBe("0.0%");
    expect(ws.getColumn(2).width).toBe(40);
    expect(ws.getRow(2).height).toBe(40);
    expect(ws.getCell("B1").master.address).toBe("A1");
    expect(ws.pageSetup).toMatchObject({
      paperSize: 9,
      orientation: "landscape",
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      printTitlesRow: "3:3",
    });
    const part = Object.keys(b)
      .filter((n) => !(n in a))
      .sort((x, y) => x.localeCompare(y, "en", { numeric: true }))[1];
    expect(strFromU8(b[part])).toContain(
      `<rowBreaks count="1" manualBreakCount="1"><brk id="4" max="16383" man="1"/></rowBreaks>`,
    );
  });

  test("adding again to the copy gives the next free name", () => {
    expect(addSheets(result.bytes, [draftSheet()]).names).toEqual(["Bản thảo (3)"]);
    // All the draft's sheets at once: the appendix sheets follow their main sheet's number.
    expect(addSheets(result.bytes, draftSheets()).names).toEqual([
      "Bản thảo (3)",
      "Bản thảo (3) - Phụ lục I",
      "Bản thảo (3) - Phụ lục II",
    ]);
  });
});

describe("LibreOffice opens the copies", () => {
  test("each copy converts (soffice --convert-to xlsx) with the new sheets in it", () => {
    const soffice = spawnSync("soffice", ["--version"], { encoding: "utf8" });
    if (soffice.error) {
      console.log("LibreOffice (soffice) is not on PATH: the copies were not opened in LibreOffice.");
      return;
    }
    const dir = mkdtempSync(join(tmpdir(), "baocao-lo-"));
    try {
      const inputs = FIXTURES.map((f, i) => {
        const p = join(dir, `copy${i}.xlsx`);
        writeFileSync(p, addSheets(bytesOf(PACKAGES, f), [draftSheet(), EXTRA]).bytes);
        return p;
      });
      execFileSync(
        "soffice",
        [
          "--headless",
          "--norestore",
          `-env:UserInstallation=file://${join(dir, "profile")}`,
          "--convert-to",
          "xlsx",
          "--outdir",
          join(dir, "out"),
          ...inputs,
        ],
        { stdio: "pipe", timeout: 300_000 },
      );
      FIXTURES.forEach((f, i) => {
        const grids = readXlsx(new Uint8Array(readFileSync(join(dir, "out", `copy${i}.xlsx`))));
        const before = readXlsx(bytesOf(PACKAGES, f));
        expect(grids.map((g) => g.name)).toEqual([...before.map((g) => g.name), "Bản thảo", "bản thảo (2)"]);
        const texts = grids[before.length].rows.flat().map((c) => c?.value);
        expect(texts).toContain("BÁO CÁO");
        expect(grids[before.length + 1].rows[2]).toEqual(
          expect.arrayContaining([expect.objectContaining({ value: "Nội dung" })]),
        );
      });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 600_000);
});

describe("every public fixture", () => {
  const files = readdirSync(PUBLIC)
    .filter((f) => /\.xls[xm]$/.test(f))
    .sort();
  test.each(files)("%s: parts kept, the sheet added and read back", (file) => {
    const src = bytesOf(PUBLIC, file);
    const { bytes, names } = addSheets(src, [EXTRA]);
    // The reader normalises "\" in part names to "/", and so does the copy.
    const norm = (o: Record<string, Uint8Array>) => new Map(Object.entries(o).map(([k, v]) => [k.replace(/\\/g, "/"), v]));
    const a = norm(unzipSync(src));
    const b = norm(unzipSync(bytes));
    const changed = [...a.keys()].filter((n) => !b.has(n) || !same(a.get(n)!, b.get(n)!));
    for (const n of changed)
      expect(n).toMatch(/(^|\/)(workbook\.xml|workbook\.xml\.rels|\[Content_Types\]\.xml|[^/]*styles?[^/]*\.xml)$/i);
    const before = readXlsx(src);
    const after = readXlsx(bytes);
    expect(after.slice(0, before.length)).toEqual(before);
    expect(after.map((g) => g.name).slice(before.length)).toEqual(names);
    expect(values(after[before.length])[0]).toEqual(["PHỤ LỤC I"]);
  });
});

describe("odd packages", () => {
  test("Strict OOXML: the new sheet in the strict namespaces", () => {
    const src = bytesOf(PUBLIC, "NPOI__test__test-data__spreadsheet__SimpleStrict.xlsx");
    const b = unzipSync(addSheets(src, [EXTRA]).bytes);
    const rels = strFromU8(b["xl/_rels/workbook.xml.rels"]);
    const part =
      /Type="http:\/\/purl\.oclc\.org\/ooxml\/officeDocument\/relationships\/worksheet" Target="(worksheets\/sheet\d+\.xml)"\/>$/.exec(
        rels.replace(/<\/Relationships>\s*$/, ""),
      )![1];
    expect(strFromU8(b[`xl/${part}`])).toContain(`<worksheet xmlns="http://purl.oclc.org/ooxml/spreadsheetml/main">`);
    expect(values(readXlsx(addSheets(src, [EXTRA]).bytes).at(-1)!)[2]).toEqual(["TT", "Nội dung", 8962.46]);
  });

  test("relationships namespace declared on the sheet, not the root: declared on the new sheet too; <definedNames/> opened", () => {
    const src = bytesOf(PUBLIC, "calamine__tests__nonstandard-xml-ns-prefix.xlsx");
    const { bytes } = addSheets(src, [EXTRA]);
    const wb = strFromU8(unzipSync(bytes)["xl/workbook.xml"]);
    expect(wb).toMatch(
      /<sheet name="bản thảo" sheetId="2" xmlns:r="http:\/\/schemas\.openxmlformats\.org\/officeDocument\/2006\/relationships" r:id="rId\d+"\/><\/sheets>/,
    );
    expect(wb).toContain(
      `<definedNames><definedName name="_xlnm.Print_Titles" localSheetId="1">'bản thảo'!$3:$3</definedName></definedNames>`,
    );
    // (ExcelJS cannot be asked: it skips the source's sheet, whose r:id has another prefix.)
    expect(readXlsx(bytes).map((g) => g.name)).toEqual(["Sheet1", "bản thảo"]);
  });

  test("a package without styles gets a styles part, its relationship and content type", async () => {
    const files = unzipSync(bytesOf(PUBLIC, "calamine__tests__nonstandard-xml-ns-prefix.xlsx"));
    delete files["xl/styles.xml"];
    const drop = (name: string, re: RegExp) => {
      files[name] = strToU8(strFromU8(files[name]).replace(re, ""));
    };
    drop("xl/_rels/workbook.xml.rels", /<Relationship [^>]*Target="styles\.xml"[^>]*\/>/);
    drop("[Content_Types].xml", /<Override PartName="\/xl\/styles\.xml"[^>]*\/>/);
    const src = zipSync(files);
    expect(strFromU8(unzipSync(src)["xl/_rels/workbook.xml.rels"])).not.toContain("styles");
    const { bytes } = addSheets(src, [EXTRA]);
    const b = unzipSync(bytes);
    expect(strFromU8(b["xl/_rels/workbook.xml.rels"])).toMatch(/Type="[^"]+\/styles" Target="styles\.xml"/);
    expect(strFromU8(b["[Content_Types].xml"])).toContain(
      `<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>`,
    );
    const ws = (await readWithExcelJS(bytes)).getWorksheet("bản thảo")!;
    expect(ws.getCell("A1").font).toMatchObject({ name: "Times New Roman", size: 14, bold: true });
    expect(ws.getCell("C3").numFmt).toBe("#,##0.00");
  });

  test("what is not a workbook is refused with the reader's error", () => {
    const docx = zipSync({ "[Content_Types].xml": strToU8("<Types/>"), "word/document.xml": strToU8("<w:document/>") });
    const codeOf = (bytes: Uint8Array) => {
      try {
        addSheets(bytes, [EXTRA]);
        return "none";
      } catch (e) {
        return e instanceof FormatError ? e.code : String(e);
      }
    };
    expect(codeOf(docx)).toBe("docx");
    expect(codeOf(strToU8("STT,Nội dung\n1,2\n"))).toBe("csv");
  });
});
