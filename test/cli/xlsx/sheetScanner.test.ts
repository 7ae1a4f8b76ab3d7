/**
 * The worksheet scanner: a worksheet part → a Grid (values, formulas, number formats, merges,
 * hidden rows), on hand-written sheet XML: shared formulas, cells/rows without `r`, inline
 * strings, prefixes, escapes, and sheets cut at any point between two chunks of text.
 */
import { strToU8, zipSync } from "fflate";
import type { Grid } from "../../../src/core/grid/grid";
import { FormatError } from "../../../src/cli/xlsx/errors";
import { readSheet, SheetScanner } from "../../../src/cli/xlsx/sheetScanner";
import { ZipReader } from "../../../src/cli/xlsx/zip";
import { plainCell, plainRows } from "../../helpers/plainCells";
import { at, countCells } from "../../helpers/gridCells";
import { thrown } from "../../helpers/thrown";

const NS =
  'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';
const PART = "xl/worksheets/sheet1.xml";

function sheetXml(data: string, extra = ""): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet ${NS}><sheetData>${data}</sheetData>${extra}</worksheet>`;
}

/** The sheet read from a one-part ZIP (deflated at `level`). */
function read(xml: string, sst: string[] = [], formats: (string | undefined)[] = [], level: 0 | 1 | 6 = 6): Grid {
  const zip = new ZipReader(zipSync({ [PART]: [strToU8(xml), { level }] }));
  return readSheet(zip, zip.get(PART)!, "S", sst, formats);
}

describe("readSheet", () => {
  test("shared formulas (master + followers), cells and rows without r", () => {
    const xml = sheetXml(
      '<row r="5"><c r="C5"><v>10</v></c><c r="D5"><v>4</v></c>' +
        '<c r="E5"><f t="shared" ref="E5:F7" si="0">C5/$D$5*100+SUM(D$5:D5)+\'Phụ lục I\'!D6+LOG10(C5)+LEN("C5")</f><v>250</v></c>' +
        '<c r="F5"><f t="shared" si="0"/><v>1</v></c></row>' +
        '<row r="6"><c r="E6"><f t="shared" si="0"/><v>2</v></c><c><f t="shared" si="0"/><v>3</v></c></row>' +
        // a row without r (→ row 7) whose cells have no r (→ A7, B7), then one with r
        '<row><c><v>7</v></c><c t="str"><f>A7&amp;"x"</f><v>7x</v></c><c r="E7"><f t="shared" si="0"/></c></row>' +
        // an array formula; a shared follower whose master is unknown keeps its value only
        '<row r="9"><c r="H9"><f t="array" ref="H9">SUM(C5:C6*D5:D6)</f><v>56</v></c><c r="I9"><f t="shared" si="7"/><v>5</v></c></row>',
    );
    const g = read(xml);
    expect(at(g, "E5")!.formula).toBe("=C5/$D$5*100+SUM(D$5:D5)+'Phụ lục I'!D6+LOG10(C5)+LEN(\"C5\")");
    expect(at(g, "F5")!.formula).toBe("=D5/$D$5*100+SUM(E$5:E5)+'Phụ lục I'!E6+LOG10(D5)+LEN(\"C5\")");
    expect(plainCell(at(g, "E6"))).toEqual({
      value: 2,
      formula: "=C6/$D$5*100+SUM(D$5:D6)+'Phụ lục I'!D7+LOG10(C6)+LEN(\"C5\")",
    });
    expect(plainCell(at(g, "F6"))).toEqual({
      value: 3,
      formula: "=D6/$D$5*100+SUM(E$5:E6)+'Phụ lục I'!E7+LOG10(D6)+LEN(\"C5\")",
    });
    expect(at(g, "A7")).toEqual({ value: 7 });
    expect(at(g, "B7")).toEqual({ value: "7x", formula: '=A7&"x"' });
    expect(plainCell(at(g, "E7"))).toEqual({
      value: null,
      formula: "=C7/$D$5*100+SUM(D$5:D7)+'Phụ lục I'!D8+LOG10(C7)+LEN(\"C5\")",
    });
    expect(at(g, "H9")).toEqual({ value: 56, formula: "=SUM(C5:C6*D5:D6)" });
    expect(at(g, "I9")).toEqual({ value: 5 });
  });

  test("inline strings, rich inline text, phonetic runs, shared strings, _xHHHH_ escapes, entities", () => {
    const xml = sheetXml(
      '<row r="1"><c r="A1" t="inlineStr"><is><t>Huyện A</t></is></c>' +
        '<c r="B1" t="inlineStr"><is><r><t xml:space="preserve">  Tổng </t></r><r><rPr><b/></rPr><t>số</t></r><rPh sb="0" eb="1"><t>フリ</t></rPh></is></c>' +
        '<c r="C1" t="inlineStr"><is><t>dòng 1_x000D__x000A_dòng 2 _x005F_x0041_</t></is></c>' +
        '<c r="D1" t="s"><v>0</v></c><c r="E1" t="s"><v>1</v></c><c r="F1" t="s"><v>2</v></c>' +
        '<c r="G1" t="d"><v>2024-06-30T00:00:00Z</v></c><c r="H1" t="inlineStr"><is><t>&#7889;&#x1EA1;&lt;&amp;</t></is></c>' +
        '<c r="I1" t="inlineStr"><is><t/></is></c></row>',
    );
    const g = read(xml, [" a ", "Phụ lục", ""]);
    expect(at(g, "A1")!.value).toBe("Huyện A");
    expect(at(g, "B1")!.value).toBe("  Tổng số");
    expect(at(g, "C1")!.value).toBe("dòng 1\r\ndòng 2 _x0041_");
    expect(at(g, "D1")!.value).toBe(" a ");
    expect(at(g, "E1")!.value).toBe("Phụ lục");
    expect(at(g, "F1")!.value).toBe("");
    expect(at(g, "G1")!.value).toBe(45473); // t="d": the serial number
    expect(at(g, "H1")!.value).toBe("ốạ<&");
    expect(at(g, "I1")!.value).toBe("");
  });

  test("literal line ends in cell text and formulas read as LF (XML 1.0 §2.11); _x000D_ and &#13; give CR", () => {
    const xml = sheetXml(
      '<row r="1"><c r="A1" t="inlineStr"><is><t>Foo\r\nBar</t></is></c>' +
        '<c r="B1"><f>SUBTOTAL(109,Table1[Purchase\r\n price])</f><v>12</v></c>' +
        '<c r="C1" t="str"><f>"ABC"&amp;CHAR(13)&amp;CHAR(10)&amp;"DEF"</f><v>ABC_x000D_\r\nDEF</v></c>' +
        '<c r="D1" t="inlineStr"><is><t>x&#13;\ry&#xD;</t></is></c><c r="E1" t="s"><v>0</v></c>' +
        '<c r="F1" t="inlineStr"><is><r><t>l1\r</t></r><r><t>\nl2</t></r></is></c></row>',
    );
    const g = read(xml, ["already\nLF"]);
    expect(at(g, "A1")).toEqual({ value: "Foo\nBar" });
    expect(at(g, "B1")).toEqual({ value: 12, formula: "=SUBTOTAL(109,Table1[Purchase\n price])" });
    expect(at(g, "C1")).toEqual({ value: "ABC\r\nDEF", formula: '="ABC"&CHAR(13)&CHAR(10)&"DEF"' });
    expect(at(g, "D1")).toEqual({ value: "x\r\ny\r" });
    expect(at(g, "E1")).toEqual({ value: "already\nLF" });
    expect(at(g, "F1")).toEqual({ value: "l1\n\nl2" }); // two runs: the CR and the LF are not one line end
  });

  test("value types: numbers, booleans, errors, formula strings; empty values make no cell", () => {
    const xml = sheetXml(
      '<row r="1"><c r="A1" t="n"><v>892.46</v></c><c r="B1"><v> 6100 </v></c><c r="C1"><v>1.5E-3</v></c><c r="D1"><v>abc </v></c>' +
        '<c r="E1" t="b"><v>1</v></c><c r="F1" t="b"><v>0</v></c><c r="G1" t="b"><v> TRUE</v></c>' +
        '<c r="H1" t="e"><v>#N/A</v></c><c r="I1" t="str"><f>"a_x000D_b"</f><v>a_x000D_b</v></c>' +
        '<c r="J1"><v/></c><c r="K1"><v></v></c><c r="L1" t="d"><v/></c><c r="M1" t="s"><v/></c><c r="N1" t="e"><v></v></c>' +
        '<c r="O1" t="s"><f>X1</f></c><c r="P1" t="weird"><v>?</v></c></row>',
    );
    const g = read(xml, ["Xã"]);
    expect(g.rows[0]).toEqual([
      { value: 892.46 },
      { value: 6100 },
      { value: 0.0015 },
      { value: "abc" },
      { value: true },
      { value: false },
      { value: true },
      { value: { error: "#N/A" } },
      { value: "a\rb", formula: '="a_x000D_b"' },
      ...Array<undefined>(5),
      { value: null, formula: "=X1" },
      { value: "?" },
    ]);
    expect(countCells(g)).toBe(11);
  });

  test('t="d" cells: ISO 8601 text → the serial number (1900 or 1904 system), time kept; other text kept', () => {
    const xml = sheetXml(
      '<row r="1"><c r="A1" t="d" s="1"><v>2023-01-01T12:00:00</v></c><c r="B1" t="d"><v>2023-01-01</v></c>' +
        '<c r="C1" t="d"><v>1899-12-31T06:00:00Z</v></c><c r="D1" t="d"><v>ngày 1/1/2023</v></c><c r="E1" t="d"><v>2023-02-30</v></c></row>',
    );
    const g = read(xml, [], [undefined, "dd/mm/yyyy hh:mm"]);
    expect(g.rows[0]).toEqual([
      { value: 44927.5, numberFormat: "dd/mm/yyyy hh:mm" },
      { value: 44927 },
      { value: 0.25 },
      { value: "ngày 1/1/2023" },
      { value: "2023-02-30" },
    ]);
    const zip = new ZipReader(zipSync({ [PART]: strToU8(xml) }));
    const g1904 = readSheet(zip, zip.get(PART)!, "S", [], [], true);
    expect(g1904.rows[0]?.map((c) => c?.value)).toEqual([43465.5, 43465, "1899-12-31T06:00:00Z", "ngày 1/1/2023", "2023-02-30"]);
  });

  test("a shared-string index outside the table, or not an index, makes the part corrupt, naming the cell", () => {
    const one = (v: string) => sheetXml(`<row r="3"><c r="A3" t="s"><v>0</v></c><c r="B3" t="s"><v>${v}</v></c></row>`);
    const err = (v: string) => thrown(FormatError, () => read(one(v), ["Xã"]));
    expect(at(read(one("0"), ["Xã"]), "B3")).toEqual({ value: "Xã" });
    const out = err("1");
    expect(out.code).toBe("corrupt");
    expect(out.detail?.en).toBe(`${PART}: cell B3 refers to shared string 1, not in the table (1 strings)`);
    expect(out.detail?.vi).toBe(`${PART}: ô B3 trỏ tới chuỗi dùng chung số 1, không có trong bảng (1 chuỗi)`);
    for (const v of ["-1", "0.5", "abc", "1e9"])
      expect([v, err(v).detail?.en]).toEqual([v, expect.stringContaining("cell B3 refers")]);
  });

  test("number formats by style index: out of range, General or not a number → none", () => {
    const xml = sheetXml(
      '<row r="1"><c r="A1" s="1"><v>45000</v></c><c r="B1" s="2"><v>0.5</v></c><c r="C1" s="0"><v>3</v></c>' +
        '<c r="D1" s="7"><v>4</v></c><c r="E1" s="x"><v>5</v></c><c r="F1" s="2"/></row>',
    );
    const g = read(xml, [], [undefined, "mm-dd-yy", "0.0%"]);
    expect(g.rows[0]).toEqual([
      { value: 45000, numberFormat: "mm-dd-yy" },
      { value: 0.5, numberFormat: "0.0%" },
      { value: 3 },
      { value: 4 },
      { value: 5 },
    ]);
  });

  test("formulas: data tables and empty texts give none; a blank shared master is a follower", () => {
    const xml = sheetXml(
      '<row r="1"><c r="A1"><f t="shared" ref="A1:A3" si="0">B1*2</f><v>2</v></c></row>' +
        '<row r="2"><c r="A2"><f t="shared" si="0"> </f><v>4</v></c><c r="B2"><f t="dataTable" ref="B2:C3" dt2D="1" r1="A1"/><v>8</v></c>' +
        '<c r="C2"><f></f><v>9</v></c><c r="D2"><f/></c></row>',
    );
    const g = read(xml);
    expect(plainCell(at(g, "A2"))).toEqual({ value: 4, formula: "=B2*2" });
    expect(at(g, "B2")).toEqual({ value: 8 });
    expect(at(g, "C2")).toEqual({ value: 9 });
    expect(at(g, "D2")).toBeUndefined();
  });

  test("positions: an invalid r is inferred; rows without r or with r=0 follow the previous row", () => {
    const xml = sheetXml(
      '<row r="3"><c r="C3"><v>1</v></c><c r="XFE3"><v>2</v></c><c r="A0"><v>3</v></c></row>' +
        '<row><c r="F9"><v>4</v></c><c><v>5</v></c></row><row r="0"><c><v>6</v></c></row>',
    );
    const g = read(xml);
    expect(at(g, "C3")).toEqual({ value: 1 });
    expect(at(g, "D3")).toEqual({ value: 2 });
    expect(at(g, "E3")).toEqual({ value: 3 });
    expect(at(g, "F9")).toEqual({ value: 4 }); // a cell's own r wins over its row's
    expect(at(g, "G4")).toEqual({ value: 5 });
    expect(at(g, "A5")).toEqual({ value: 6 });
    expect(countCells(g)).toBe(6);
  });

  test("hidden rows, merges (bad references skipped), cells past the sheet's last row dropped", () => {
    const xml = sheetXml(
      '<row r="2" hidden="1"><c r="A2"><v>1</v></c></row><row r="4" hidden="true"/><row r="5" hidden="0"/>' +
        '<row r="1048576" hidden="1"><c r="XFD1048576"><v>2</v></c></row><row hidden="1"><c><v>3</v></c></row>',
      '<mergeCells count="3"><mergeCell ref="A1:E1"/><mergeCell ref="ZZZZ1:A2"/><mergeCell ref="B4:C5"/></mergeCells>',
    );
    const g = read(xml);
    expect(g.hiddenRows).toEqual([1, 3, 1048575]);
    expect(g.merges).toEqual([
      { top: 0, left: 0, bottom: 0, right: 4 },
      { top: 3, left: 1, bottom: 4, right: 2 },
    ]);
    expect(at(g, "XFD1048576")).toEqual({ value: 2 });
    expect(countCells(g)).toBe(2);
    const plain = read(sheetXml('<row r="1"><c r="A1"><v>1</v></c></row>'));
    expect(Object.keys(plain)).toEqual(["name", "rows"]); // merges and hiddenRows only when non-empty
    expect(plain.rows).toEqual([[{ value: 1 }]]);
  });

  test("namespace prefixes on every element and attribute", () => {
    const xml =
      '<x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:sheetData>' +
      '<x:row x:r="2"><x:c x:r="B2" x:s="1" x:t="e"><x:f>1/0</x:f><x:v>#DIV/0!</x:v></x:c><x:c r="C2" t="inlineStr"><x:is><x:t>Xã</x:t></x:is></x:c></x:row>' +
      '</x:sheetData><x:mergeCells count="1"><x:mergeCell ref="B4:C5"/></x:mergeCells></x:worksheet>';
    const g = read(xml, [], [undefined, "0%"]);
    expect(at(g, "B2")).toEqual({ value: { error: "#DIV/0!" }, formula: "=1/0", numberFormat: "0%" });
    expect(at(g, "C2")).toEqual({ value: "Xã" });
    expect(g.merges).toEqual([{ top: 3, left: 1, bottom: 4, right: 2 }]);
  });

  test("not a worksheet, no root, cut short, unclosed cells → corrupt naming the part", () => {
    const cases: [string, string][] = [
      ["<chartsheet/>", "not a worksheet"],
      ['<?xml version="1.0"?>', "no <worksheet> element"],
      [`<worksheet ${NS}><sheetData>`, "unexpected end of XML (</worksheet> missing)"],
      [`<worksheet ${NS}><sheetData><row r="1"><c r="A1"><v>1</v>`, "unexpected end of XML"],
      [sheetXml('<row r="1"><c r="A1"><v>1</v></row>'), "unclosed <c> element"],
      [sheetXml('<row r="1"><c r="A1" t="inlineStr"><is><t>a</t></c></row>'), "unclosed <is> element"],
      [sheetXml('<row r="1"><c r="A1" s="1></row>'), "unterminated tag in a row"],
    ];
    for (const [xml, what] of cases) {
      const e = thrown(FormatError, () => read(xml));
      expect([e.code, e.detail?.en]).toEqual(["corrupt", `${PART}: ${what}`]);
    }
  });

  test("200 000 formatted-but-empty rows read into an empty grid", () => {
    const parts: string[] = [];
    for (let r = 1; r <= 200000; r++)
      parts.push(
        `<row r="${r}" spans="1:5" s="3" customFormat="1"><c r="A${r}" s="1"/><c r="B${r}" s="1"/><c r="C${r}" s="1"/></row>`,
      );
    // No time limit (one failed on a loaded machine): speed is npm run bench's, which lacks this case yet.
    const g = read(sheetXml(parts.join("")), [], [undefined, "0.00"], 1);
    expect(countCells(g)).toBe(0);
    expect(g.rows.length).toBe(0);
  });

  test("a larger sheet (several chunks of text): every value read back exactly", () => {
    const parts: string[] = [];
    const N = 20000;
    for (let r = 1; r <= N; r++) {
      parts.push(
        `<row r="${r}"><c r="A${r}"><v>${r * 1.01}</v></c><c r="B${r}" t="inlineStr"><is><t>Xã ${r}</t></is></c><c r="C${r}"><f>A${r}*2</f><v>${r * 2.02}</v></c></row>`,
      );
    }
    const xml = sheetXml(parts.join(""));
    expect(xml.length).toBeGreaterThan(2 << 20);
    const g = read(xml, [], [], 1);
    expect(countCells(g)).toBe(3 * N);
    for (const r of [1, 777, 9000, N]) {
      expect(at(g, `A${r}`)).toEqual({ value: r * 1.01 });
      expect(at(g, `B${r}`)).toEqual({ value: `Xã ${r}` });
      expect(at(g, `C${r}`)).toEqual({ value: r * 2.02, formula: `=A${r}*2` });
    }
  });
});

describe("SheetScanner fed in pieces", () => {
  /** Scans `xml` as two pieces cut at `cut`, as scanPart hands text over (the unconsumed rest first). */
  function scanCut(xml: string, cut: number): SheetScanner {
    const s = new SheetScanner(PART, ["Xã"], [undefined, "#,##0"]);
    const used = s.scan(xml.slice(0, cut), false);
    expect(used).toBeLessThanOrEqual(cut);
    expect(s.scan(xml.slice(used), true)).toBe(xml.length - used);
    s.finish();
    return s;
  }

  test("a cut anywhere — inside a tag, an attribute, a value, an end tag — gives the same sheet", () => {
    const xml = sheetXml(
      '<row r="1" hidden="1"><c r="A1" t="s"><v>0</v></c><c r="B1" s="1"><v>6100</v></c><!-- c --></row>' +
        '<row r="2"><c r="A2" t="inlineStr"><is><r><t>Tổng </t></r><r><t>số</t></r></is></c>' +
        '<c r="B2"><f t="shared" ref="B2:B3" si="0">B1*2</f><v>12200</v></c></row>' +
        '<row r="3"><c r="B3"><f t="shared" si="0"/><v>24400</v></c><c><v>&lt;3</v></c></row>',
      '<mergeCells count="1"><mergeCell ref="A1:A2"/></mergeCells>',
    );
    const whole = scanCut(xml, xml.length);
    expect(plainRows(whole.rows)).toEqual([
      [{ value: "Xã" }, { value: 6100, numberFormat: "#,##0" }],
      [{ value: "Tổng số" }, { value: 12200, formula: "=B1*2" }],
      [undefined, { value: 24400, formula: "=B2*2" }, { value: "<3" }],
    ]);
    expect(whole.hiddenRows).toEqual([0]);
    expect(whole.merges).toEqual([{ top: 0, left: 0, bottom: 1, right: 0 }]);
    for (let cut = 0; cut < xml.length; cut++) {
      const s = scanCut(xml, cut);
      expect([cut, plainRows(s.rows), s.merges, s.hiddenRows]).toEqual([
        cut,
        plainRows(whole.rows),
        whole.merges,
        whole.hiddenRows,
      ]);
    }
  });
  test("an end tag inside a comment or CDATA ends nothing: the row and the cells after it are read, at any cut", () => {
    const xml = sheetXml(
      '<row r="1"><!-- </row> --><c r="A1"><v>5</v></c></row>' +
        '<row r="2"><c r="A2" t="inlineStr"><is><t><![CDATA[a</row>b]]></t></is></c><c r="B2"><v>7</v></c></row>' +
        '<row r="3"><c r="A3" t="inlineStr"><is><t><![CDATA[x</is>y]]></t><!-- </is> --></is></c>' +
        '<c r="B3"><!-- </c></row> --><v><![CDATA[8]]></v></c></row><row r="4"><c r="A4"><v>9</v></c></row>',
    );
    const whole = scanCut(xml, xml.length);
    expect(whole.rows).toEqual([
      [{ value: 5 }],
      [{ value: "a</row>b" }, { value: 7 }],
      [{ value: "x</is>y" }, { value: 8 }],
      [{ value: 9 }],
    ]);
    for (let cut = 0; cut < xml.length; cut++) expect([cut, scanCut(xml, cut).rows]).toEqual([cut, whole.rows]);
  });

  test("a comment in a row that is never closed: corrupt at the end, not a cell lost", () => {
    const s = new SheetScanner(PART, [], []);
    const xml = sheetXml('<row r="1"><!-- </row> <c r="A1"><v>5</v></c></row>');
    expect(() => s.scan(xml, true)).toThrow(/unexpected end of XML/);
  });
});
