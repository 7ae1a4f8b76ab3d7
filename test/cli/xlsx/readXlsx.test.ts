/**
 * readXlsx, the whole package read: on real workbooks written by ExcelJS, and on hand-built
 * packages (fflate zipSync) with what ExcelJS does not write: namespace prefixes, absolute
 * relationship targets, chartsheets, no relationships part... The parts have their own tests
 * (package, styles, sharedStrings, sheetScanner, xml, zip .test.ts beside this one).
 */
import ExcelJS from "exceljs";
import { strToU8, zipSync, type Zippable } from "fflate";
import type { Grid } from "../../../src/core/grid/grid";
import { InputError } from "../../../src/cli/xlsx/errors";
import { readXlsx } from "../../../src/cli/xlsx/readXlsx";
import { plainCell } from "../../helpers/plainCells";
import { at, countCells } from "../../helpers/gridCells";

async function buildReport(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Phụ lục I");
  ws.getCell("A1").value = "BÁO CÁO CHUYỂN ĐỔI SỐ";
  ws.mergeCells("A1:E1");
  ws.getCell("A3").value = "Nhóm";
  ws.mergeCells("A3:A6"); // vertical merge
  ws.getCell("B5").value = "92,460";
  ws.getCell("C5").value = "6.992,46";
  ws.getCell("D7").value = 892.46;
  ws.getCell("D8").value = 6100;
  ws.getCell("D8").numFmt = "#,##0.00";
  ws.getCell("D12").value = { formula: "SUM(D7:D11)", result: 6992.46 };
  ws.getCell("D13").value = { formula: "D7*2" };
  ws.getCell("D14").value = { error: "#REF!" };
  ws.getCell("D15").value = true;
  ws.getCell("D16").value = false;
  ws.getCell("F5").value = 0.614;
  ws.getCell("F5").numFmt = "0.0%";
  ws.getCell("E5").value = { richText: [{ text: "Tổng ", font: { bold: true } }, { text: "cộng" }] };
  ws.getCell("AAA3").value = "xa";
  ws.getCell("XFD20").value = 1;
  ws.getCell("B20").value = 'x & <y> "z"';
  ws.getRow(12).hidden = true;
  // Formatted but empty cells must not produce Cell objects.
  for (let r = 30; r < 40; r++) ws.getCell(`B${r}`).numFmt = "0.00";
  const ws2 = wb.addWorksheet("Chỉ tiêu 2024");
  ws2.getCell("A1").value = 1;
  ws2.getCell("G5").value = {
    formula: "C5/D5*100",
    shareType: "shared",
    ref: "G5:G7",
    result: 1,
  } as unknown as ExcelJS.CellFormulaValue;
  ws2.getCell("G6").value = { sharedFormula: "G5", result: 2 };
  ws2.getCell("G7").value = { sharedFormula: "G5", result: 3 };
  const hidden = wb.addWorksheet("Ẩn", { state: "hidden" });
  hidden.getCell("A1").value = "bí mật";
  const vh = wb.addWorksheet("Rất ẩn", { state: "veryHidden" });
  vh.getCell("A1").value = 2;
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

describe("readXlsx on an ExcelJS workbook", () => {
  let grids: Grid[];
  beforeAll(async () => {
    grids = readXlsx(await buildReport(), { fileName: "bao-cao.xlsx" });
  });

  test("sheets in order, Vietnamese names, hidden states", () => {
    expect(grids.map((g) => g.name)).toEqual(["Phụ lục I", "Chỉ tiêu 2024", "Ẩn", "Rất ẩn"]);
    expect(grids.map((g) => g.hidden === true)).toEqual([false, false, true, true]);
    expect(grids[0].hidden).toBeUndefined();
  });

  test("values", () => {
    const g = grids[0];
    expect(at(g, "A1")).toEqual({ value: "BÁO CÁO CHUYỂN ĐỔI SỐ" });
    expect(at(g, "D7")).toEqual({ value: 892.46 });
    expect(at(g, "B5")).toEqual({ value: "92,460" });
    expect(at(g, "C5")).toEqual({ value: "6.992,46" });
    expect(at(g, "D14")).toEqual({ value: { error: "#REF!" } });
    expect(at(g, "D15")).toEqual({ value: true });
    expect(at(g, "D16")).toEqual({ value: false });
    expect(at(g, "E5")).toEqual({ value: "Tổng cộng" });
    expect(at(g, "AAA3")).toEqual({ value: "xa" });
    expect(at(g, "XFD20")).toEqual({ value: 1 });
    expect(at(g, "B20")).toEqual({ value: 'x & <y> "z"' });
  });

  test("formulas", () => {
    const g = grids[0];
    expect(at(g, "D12")).toEqual({ value: 6992.46, formula: "=SUM(D7:D11)" });
    expect(at(g, "D13")).toEqual({ value: null, formula: "=D7*2" });
    const g2 = grids[1];
    expect(at(g2, "G5")).toEqual({ value: 1, formula: "=C5/D5*100" });
    expect(plainCell(at(g2, "G6"))).toEqual({ value: 2, formula: "=C6/D6*100" });
    expect(plainCell(at(g2, "G7"))).toEqual({ value: 3, formula: "=C7/D7*100" });
  });

  test("number formats (only when not General)", () => {
    const g = grids[0];
    expect(at(g, "F5")).toEqual({ value: 0.614, numberFormat: "0.0%" });
    expect(at(g, "D8")).toEqual({ value: 6100, numberFormat: "#,##0.00" });
    expect(at(g, "D7")!.numberFormat).toBeUndefined();
  });

  test("merges, hidden rows, no cells for formatted-but-empty", () => {
    const g = grids[0];
    expect(g.merges).toEqual(
      expect.arrayContaining([
        { top: 0, left: 0, bottom: 0, right: 4 },
        { top: 2, left: 0, bottom: 5, right: 0 },
      ]),
    );
    expect(g.merges).toHaveLength(2);
    expect(g.hiddenRows).toEqual([11]);
    expect(at(g, "B1")).toBeUndefined(); // inside the merge: ExcelJS writes <c r="B1"/>
    expect(g.rows.slice(29, 40).every((r) => r === undefined)).toBe(true);
    expect(countCells(g)).toBe(16);
    expect(grids[1].merges).toBeUndefined();
    expect(grids[1].hiddenRows).toBeUndefined();
  });
});

// ---------------------------------------------------------------------------------------------
// Hand-built packages

const NS =
  'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

interface PkgOptions {
  sheets: { name: string; xml: string; state?: string; type?: string }[];
  sst?: string;
  styles?: string;
  /** Use absolute targets ("/xl/worksheets/sheet1.xml"). */
  absolute?: boolean;
  prefix?: string;
}

function buildPackage(o: PkgOptions): Uint8Array {
  const files: Zippable = {};
  const p = o.prefix ?? "";
  const x = (s: string) => strToU8(s);
  files["[Content_Types].xml"] = x(
    '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
      '<Default Extension="xml" ContentType="application/xml"/>' +
      '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/></Types>',
  );
  files["_rels/.rels"] = x(
    `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
  );
  const rels: string[] = [];
  const sheets: string[] = [];
  o.sheets.forEach((s, i) => {
    const type = s.type ?? "worksheet";
    const folder = type === "chartsheet" ? "chartsheets" : "worksheets";
    const target = `${o.absolute ? "/xl/" : ""}${folder}/sheet${i + 1}.xml`;
    rels.push(`<Relationship Id="rId${i + 10}" Type="${REL}/${type}" Target="${target}"/>`);
    sheets.push(`<${p}sheet name="${s.name}" sheetId="${i + 1}"${s.state ? ` state="${s.state}"` : ""} r:id="rId${i + 10}"/>`);
    files[`xl/${folder}/sheet${i + 1}.xml`] = x(s.xml);
  });
  if (o.sst !== undefined) {
    rels.push(`<Relationship Id="rId2" Type="${REL}/sharedStrings" Target="${o.absolute ? "/xl/" : ""}sharedStrings.xml"/>`);
    files["xl/sharedStrings.xml"] = x(o.sst);
  }
  if (o.styles !== undefined) {
    rels.push(`<Relationship Id="rId3" Type="${REL}/styles" Target="styles.xml"/>`);
    files["xl/styles.xml"] = x(o.styles);
  }
  files["xl/_rels/workbook.xml.rels"] = x(
    `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels.join("")}</Relationships>`,
  );
  const xmlnsP = p
    ? ` xmlns:${p.slice(0, -1)}="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="${REL}"`
    : ` ${NS}`;
  files["xl/workbook.xml"] = x(
    `<?xml version="1.0"?><${p}workbook${xmlnsP}><${p}sheets>${sheets.join("")}</${p}sheets></${p}workbook>`,
  );
  return zipSync(files);
}

describe("readXlsx on hand-built packages", () => {
  test("namespace prefixes, absolute targets, styles, shared strings, chartsheets skipped", () => {
    const xml =
      '<x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:sheetData>' +
      '<x:row r="2" hidden="1"><x:c r="B2" s="1"><x:v>0.5</x:v></x:c><x:c r="C2" s="2"><x:v>45000</x:v></x:c><x:c r="D2" s="3"><x:v>3</x:v></x:c>' +
      '<x:c r="E2" s="4" t="e"><x:f>1/0</x:f><x:v>#DIV/0!</x:v></x:c><x:c r="F2" s="0"/><x:c r="G2" t="s"><x:v>1</x:v></x:c></x:row>' +
      '</x:sheetData><x:mergeCells count="1"><x:mergeCell ref="B4:C5"/></x:mergeCells></x:worksheet>';
    const styles =
      '<x:styleSheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
      '<x:numFmts count="1"><x:numFmt numFmtId="164" formatCode="#,##0.0&quot;đ&quot;"/></x:numFmts>' +
      '<x:cellStyleXfs count="1"><x:xf numFmtId="3"/></x:cellStyleXfs>' +
      '<x:cellXfs count="5"><x:xf numFmtId="0"/><x:xf numFmtId="9"/><x:xf numFmtId="14"/><x:xf numFmtId="164"/><x:xf numFmtId="38"/></x:cellXfs></x:styleSheet>';
    const grids = readXlsx(
      buildPackage({
        prefix: "x:",
        absolute: true,
        styles,
        sst: '<x:sst xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:si><x:t>a</x:t></x:si><x:si><x:t>Xã</x:t></x:si></x:sst>',
        sheets: [
          { name: "Chart", xml: "<chartsheet/>", type: "chartsheet" },
          { name: "A &amp; B", xml },
        ],
      }),
    );
    expect(grids).toHaveLength(1);
    const g = grids[0];
    expect(g.name).toBe("A & B");
    expect(at(g, "B2")).toEqual({ value: 0.5, numberFormat: "0%" });
    expect(at(g, "C2")).toEqual({ value: 45000, numberFormat: "mm-dd-yy" });
    expect(at(g, "D2")).toEqual({ value: 3, numberFormat: '#,##0.0"đ"' });
    expect(at(g, "E2")).toEqual({ value: { error: "#DIV/0!" }, formula: "=1/0", numberFormat: "#,##0 ;[Red](#,##0)" });
    expect(at(g, "F2")).toBeUndefined();
    expect(at(g, "G2")).toEqual({ value: "Xã" });
    expect(g.hiddenRows).toEqual([1]);
    expect(g.merges).toEqual([{ top: 3, left: 1, bottom: 4, right: 2 }]);
  });

  test("no sharedStrings / styles parts, empty sheet → one empty Grid; the workbook's relationships missing → corrupt", () => {
    const files: Record<string, Uint8Array> = {
      "[Content_Types].xml": strToU8("<Types/>"),
      "xl/workbook.xml": strToU8(`<workbook ${NS}><sheets><sheet name="Một" sheetId="1" r:id="rId1"/></sheets></workbook>`),
      "xl/_rels/workbook.xml.rels": strToU8(
        `<Relationships><Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`,
      ),
      "xl/worksheets/sheet1.xml": strToU8(`<worksheet ${NS}><sheetData/></worksheet>`),
    };
    expect(readXlsx(zipSync(files))).toEqual([{ name: "Một", rows: [] }]);
    delete files["xl/_rels/workbook.xml.rels"];
    expect(() => readXlsx(zipSync(files))).toThrow(expect.objectContaining({ code: "corrupt" }));
  });
  test("sheets listed without a part (VBA module sheets: empty r:id, as Excel 16 and LibreOffice write) are skipped", () => {
    const files: Record<string, Uint8Array> = {
      "xl/workbook.xml": strToU8(
        `<workbook ${NS}><sheets><sheet name="Module" sheetId="1" r:id=""/><sheet name="Một" sheetId="2" r:id="rId1"/>` +
          `<sheet name="Mất" sheetId="3" r:id="rId2"/><sheet name="Lạ" sheetId="4" r:id="rId9"/></sheets></workbook>`,
      ),
      "xl/_rels/workbook.xml.rels": strToU8(
        `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
          `<Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/>` +
          `<Relationship Id="rId2" Type="${REL}/worksheet" Target="worksheets/gone.xml"/></Relationships>`,
      ),
      "xl/worksheets/sheet1.xml": strToU8(
        `<worksheet ${NS}><sheetData><row r="1"><c r="A1"><v>5</v></c></row></sheetData></worksheet>`,
      ),
    };
    expect(readXlsx(zipSync(files))).toEqual([{ name: "Một", rows: [[{ value: 5 }]] }]);
  });

  test('the 1904 date system is reported on every Grid, serials left as stored; t="d" cells counted from 1904', () => {
    const sheet = (v: string) =>
      strToU8(
        `<worksheet ${NS}><sheetData><row r="1"><c r="A1"><v>${v}</v></c><c r="B1" t="d"><v>1904-01-02</v></c></row></sheetData></worksheet>`,
      );
    const book = (pr: string) =>
      zipSync({
        "xl/workbook.xml": strToU8(
          `<workbook ${NS}>${pr}<sheets><sheet name="A" sheetId="1" r:id="rId1"/><sheet name="B" sheetId="2" r:id="rId2"/></sheets></workbook>`,
        ),
        "xl/_rels/workbook.xml.rels": strToU8(
          `<Relationships><Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/>` +
            `<Relationship Id="rId2" Type="${REL}/worksheet" Target="worksheets/sheet2.xml"/></Relationships>`,
        ),
        "xl/worksheets/sheet1.xml": sheet("45000"),
        "xl/worksheets/sheet2.xml": sheet("1"),
      });
    for (const pr of ['<workbookPr date1904="1"/>', '<workbookPr date1904="true" defaultThemeVersion="164011"/>']) {
      const grids = readXlsx(book(pr));
      expect(grids.map((g) => [g.name, g.date1904, g.rows[0]?.map((c) => c?.value)])).toEqual([
        ["A", true, [45000, 1]],
        ["B", true, [1, 1]],
      ]);
    }
    for (const pr of ["", '<workbookPr date1904="0"/>', '<workbookPr date1904="false"/>', "<workbookPr/>"]) {
      const grids = readXlsx(book(pr));
      expect(grids.map((g) => ["date1904" in g, g.rows[0]?.[1]?.value])).toEqual([
        [false, 1463],
        [false, 1463],
      ]);
    }
  });

  test("a workbook none of whose listed sheets has a part is corrupt, naming them", () => {
    const files: Record<string, Uint8Array> = {
      "xl/workbook.xml": strToU8(
        `<workbook ${NS}><sheets><sheet name="Module" sheetId="1" r:id=""/><sheet name="Một" sheetId="2" r:id="rId1"/></sheets></workbook>`,
      ),
      "xl/_rels/workbook.xml.rels": strToU8(
        `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
          `<Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`,
      ),
    };
    let err: unknown;
    try {
      readXlsx(zipSync(files), { fileName: "bc.xlsx" });
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(InputError);
    expect((err as InputError).code).toBe("corrupt");
    expect((err as InputError).en).toContain('(no worksheet can be read: the part of "Module", "Một" is missing)');
    expect((err as InputError).vi).toContain('không có trang tính nào đọc được: thiếu phần dữ liệu của "Module", "Một"');
  });
});
