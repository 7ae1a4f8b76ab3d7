/**
 * The package level of the .xlsx reader: relationship targets, the workbook part found through
 * `_rels/.rels` (or its fallbacks), the worksheets listed by workbook.xml with their hidden states,
 * and the styles and shared strings parts — on hand-built ZIPs.
 */
import { strToU8, zipSync } from "fflate";
import { FormatError } from "../../../src/cli/xlsx/errors";
import { openPackage, resolveTarget, type Package } from "../../../src/cli/xlsx/package";
import { thrown } from "../../helpers/thrown";

const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships";
const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

function open(files: Record<string, string>): Package {
  const z: Record<string, Uint8Array> = {};
  for (const [name, text] of Object.entries(files)) z[name] = strToU8(text);
  return openPackage(zipSync(z));
}

function rels(...list: [id: string, type: string, target: string, mode?: string][]): string {
  const items = list.map(
    ([id, type, target, mode]) =>
      `<Relationship Id="${id}" Type="${REL}/${type}" Target="${target}"${mode ? ` TargetMode="${mode}"` : ""}/>`,
  );
  return `<Relationships xmlns="${PKG_REL}">${items.join("")}</Relationships>`;
}

function workbook(sheets: string): string {
  return `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="${MAIN}" xmlns:r="${REL}"><sheets>${sheets}</sheets></workbook>`;
}

const SHEET = `<worksheet xmlns="${MAIN}"><sheetData/></worksheet>`;

describe("resolveTarget", () => {
  test.each([
    ["xl/", "worksheets/sheet1.xml", "xl/worksheets/sheet1.xml"],
    ["xl/", "/xl/worksheets/sheet1.xml", "xl/worksheets/sheet1.xml"],
    ["xl/", "../xl/worksheets/sheet1.xml", "xl/worksheets/sheet1.xml"],
    ["xl/worksheets/", "../sharedStrings.xml", "xl/sharedStrings.xml"],
    ["xl/", "../../../customXml/item1.xml", "customXml/item1.xml"], // cannot climb above the root
    ["xl/", "./worksheets//sheet1.xml", "xl/worksheets/sheet1.xml"],
    ["xl/", "worksheets\\sheet1.xml", "xl/worksheets/sheet1.xml"],
    ["xl/", "worksheets/Trang%20t%C3%ADnh%201.xml", "xl/worksheets/Trang tính 1.xml"],
    ["xl/", "worksheets/sheet%E0%A4.xml", "xl/worksheets/sheet%E0%A4.xml"], // bad escape: kept as written
    ["xl/", "worksheets/sheet1.xml#A1", "xl/worksheets/sheet1.xml"],
    ["", "xl/workbook.xml", "xl/workbook.xml"],
  ])("%s + %s → %s", (base, target, want) => {
    expect(resolveTarget(base, target)).toBe(want);
  });
});

describe("Package", () => {
  test("rels: targets resolved against the part's folder, external ones left out, missing part → none", () => {
    const pkg = open({
      "xl/workbook.xml": workbook(""),
      "xl/_rels/workbook.xml.rels": rels(
        ["rId1", "worksheet", "worksheets/sheet1.xml"],
        ["rId2", "worksheet", "/xl/worksheets/sheet2.xml"],
        ["rId3", "hyperlink", "https://duckpho.quangngai.gov.vn/", "External"],
        ["rId4", "externalLink", "../ngoai.xlsx", "external"],
      ),
    });
    expect([...pkg.rels("xl/workbook.xml").entries()]).toEqual([
      ["rId1", { type: `${REL}/worksheet`, target: "xl/worksheets/sheet1.xml" }],
      ["rId2", { type: `${REL}/worksheet`, target: "xl/worksheets/sheet2.xml" }],
    ]);
    expect(pkg.rels("xl/worksheets/sheet1.xml").size).toBe(0);
  });

  test("findWorkbook: through _rels/.rels (absolute or relative), then [Content_Types].xml, then xl/workbook.xml", () => {
    const wb = workbook("");
    const ct = (part: string) =>
      `<Types><Override PartName="${part}" ContentType="application/vnd.ms-excel.sheet.macroEnabled.main+xml"/></Types>`;
    expect(
      open({ "_rels/.rels": rels(["r1", "officeDocument", "/xl/workbook2.xml"]), "xl/workbook2.xml": wb }).findWorkbook(),
    ).toBe("xl/workbook2.xml");
    expect(open({ "[Content_Types].xml": ct("/xl/workbook3.xml"), "xl/workbook3.xml": wb }).findWorkbook()).toBe(
      "xl/workbook3.xml",
    );
    // a relationship to a part that is not there: the content types, then the usual name
    expect(open({ "_rels/.rels": rels(["r1", "officeDocument", "xl/missing.xml"]), "xl/workbook.xml": wb }).findWorkbook()).toBe(
      "xl/workbook.xml",
    );
  });

  test("findWorkbook: other ZIP packages get their own errors", () => {
    const err = (files: Record<string, string>) => thrown(FormatError, () => open(files).findWorkbook()).code;
    expect(err({ "word/document.xml": "<w:document/>", "[Content_Types].xml": "<Types/>" })).toBe("docx");
    expect(err({ "ppt/presentation.xml": "<p:presentation/>", "[Content_Types].xml": "<Types/>" })).toBe("pptx");
    expect(err({ mimetype: "application/vnd.oasis.opendocument.spreadsheet", "content.xml": "<x/>" })).toBe("not-xlsx");
    expect(err({ "anh/so-lieu.csv": "a;b" })).toBe("zip");
  });

  test("readWorkbook: worksheets in <sheets> order with hidden states; chartsheets left out; styles and shared strings", () => {
    const pkg = open({
      "xl/workbook.xml": workbook(
        '<sheet name="Phụ lục I" sheetId="1" r:id="rId1"/><sheet name="Biểu đồ" sheetId="2" r:id="rId2"/>' +
          '<sheet name="Ẩn" sheetId="3" state="hidden" r:id="rId3"/><sheet name="Rất ẩn" sheetId="4" state="veryHidden" r:id="rId4"/>' +
          '<sheet name="Hiện" sheetId="5" state="visible" r:id="rId5"/>',
      ),
      "xl/_rels/workbook.xml.rels": rels(
        ["rId1", "worksheet", "worksheets/sheet1.xml"],
        ["rId2", "chartsheet", "chartsheets/sheet1.xml"],
        ["rId3", "worksheet", "../xl/worksheets/an.xml"],
        ["rId4", "worksheet", "/xl/worksheets/rat-an.xml"],
        ["rId5", "worksheet", "worksheets/missing.xml"],
        ["rId8", "styles", "theme/../styles.xml"],
        ["rId9", "sharedStrings", "/xl/sst.xml"],
      ),
      "xl/worksheets/sheet1.xml": SHEET,
      "xl/chartsheets/sheet1.xml": "<chartsheet/>",
      "xl/worksheets/an.xml": SHEET,
      "xl/worksheets/rat-an.xml": SHEET,
      "xl/styles.xml": "<styleSheet/>",
      "xl/sst.xml": "<sst/>",
    });
    const wb = pkg.readWorkbook("xl/workbook.xml");
    expect(wb.sheets.map((s) => [s.name, s.hidden, s.entry?.name])).toEqual([
      ["Phụ lục I", false, "xl/worksheets/sheet1.xml"],
      ["Ẩn", true, "xl/worksheets/an.xml"],
      ["Rất ẩn", true, "xl/worksheets/rat-an.xml"],
      ["Hiện", false, undefined], // listed, but its part is missing
    ]);
    expect([wb.stylesPath, wb.sharedStringsPath]).toEqual(["xl/styles.xml", "xl/sst.xml"]);
  });

  test("readWorkbook: no relationships part → corrupt, naming it (which part is which sheet would be a guess)", () => {
    const pkg = open({
      "xl/workbook.xml": workbook('<sheet name="Một" sheetId="1" r:id="rId1"/><sheet sheetId="2" r:id="rId2"/>'),
      "xl/worksheets/sheet1.xml": SHEET,
      "xl/worksheets/sheet2.xml": SHEET,
      "xl/sharedStrings.xml": "<sst/>",
    });
    const e = thrown(FormatError, () => pkg.readWorkbook("xl/workbook.xml"));
    expect([e.code, e.detail]).toEqual([
      "corrupt",
      { vi: "thiếu xl/_rels/workbook.xml.rels", en: "missing xl/_rels/workbook.xml.rels" },
    ]);
  });

  test("readWorkbook: an empty r:id (a VBA module sheet) or an unknown one → no entry, never a guessed part (sheet2.xml is there)", () => {
    const listed =
      '<sheet name="Một" sheetId="1" r:id="rId1"/><sheet name="Module" sheetId="2" r:id=""/><sheet name="X" sheetId="3" r:id="rId7"/>';
    const withRels = open({
      "xl/workbook.xml": workbook(listed),
      "xl/_rels/workbook.xml.rels": rels(["rId1", "worksheet", "worksheets/sheet1.xml"]),
      "xl/worksheets/sheet1.xml": SHEET,
      "xl/worksheets/sheet2.xml": SHEET,
      "xl/worksheets/sheet3.xml": SHEET,
    }).readWorkbook("xl/workbook.xml");
    expect(withRels.sheets.map((s) => [s.name, s.entry?.name])).toEqual([
      ["Một", "xl/worksheets/sheet1.xml"],
      ["Module", undefined],
      ["X", undefined],
    ]);
  });

  test("readWorkbook: a missing or foreign workbook part → corrupt (zip when the package has no xl/workbook.xml)", () => {
    const missing = thrown(FormatError, () => open({ "xl/other.xml": "<x/>" }).readWorkbook("xl/workbook.xml"));
    expect([missing.code, missing.detail?.en]).toEqual(["corrupt", "missing xl/workbook.xml"]);
    const foreign = thrown(FormatError, () => open({ "xl/workbook.xml": "<document/>" }).readWorkbook("xl/workbook.xml"));
    expect([foreign.code, foreign.detail?.en]).toEqual(["corrupt", "xl/workbook.xml is not a workbook"]);
    expect(thrown(FormatError, () => open({ "data/wb.xml": "<document/>" }).readWorkbook("data/wb.xml")).code).toBe("zip");
  });
});

describe("openPackage", () => {
  test("bytes that are not a ZIP say what they are", () => {
    const code = (b: Uint8Array) => thrown(FormatError, () => openPackage(b)).code;
    expect(code(new Uint8Array(0))).toBe("empty-file");
    expect(code(strToU8("STT;Chỉ tiêu;Số lượng\n1;Dân số;155000\n"))).toBe("csv");
    expect(code(strToU8("%PDF-1.7\n"))).toBe("not-xlsx");
    expect(code(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Array<number>(504).fill(0)]))).toBe("xls");
    expect(code(zipSync({ "a.txt": strToU8("a") }).subarray(0, 20))).toBe("truncated");
  });

  test("a ZIP after other bytes (a self-extracting stub) is opened; stubs, text and random bytes alone are not", () => {
    const zip = zipSync({
      "xl/workbook.xml": strToU8(workbook('<sheet name="Một" sheetId="1" r:id="rId1"/>')),
      "xl/_rels/workbook.xml.rels": strToU8(rels(["rId1", "worksheet", "worksheets/sheet1.xml"])),
      "xl/worksheets/sheet1.xml": strToU8(SHEET),
    });
    const stub = new Uint8Array(4096);
    stub.set(strToU8("MZ\x90\x00This program cannot be run in DOS mode."));
    for (let i = 100; i < stub.length; i++) stub[i] = (i * 7919) & 255;
    const withStub = new Uint8Array(stub.length + zip.length);
    withStub.set(stub);
    withStub.set(zip, stub.length);
    const pkg = openPackage(withStub);
    expect(pkg.readWorkbook(pkg.findWorkbook()).sheets.map((s) => [s.name, s.entry?.name])).toEqual([
      ["Một", "xl/worksheets/sheet1.xml"],
    ]);
    const withText = new Uint8Array([...strToU8("một dòng chữ\r\n"), ...zip]);
    expect(openPackage(withText).findWorkbook()).toBe("xl/workbook.xml");
    const code = (b: Uint8Array) => thrown(FormatError, () => openPackage(b)).code;
    expect(code(stub)).toBe("not-xlsx");
    const xls = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Array<number>(504).fill(0), ...zip]);
    expect(code(xls)).toBe("xls"); // an OLE file stays what it is, whatever its tail
    // An end record with no directory before it is not a ZIP: these bytes stay unknown, not an empty archive.
    expect(code(new Uint8Array([...stub, 0x50, 0x4b, 5, 6, ...new Array<number>(18).fill(0)]))).toBe("not-xlsx");
  });
});
