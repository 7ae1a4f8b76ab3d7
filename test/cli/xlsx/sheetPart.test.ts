/** A SheetSpec as worksheet XML: values by kind, OOXML escapes, rows in order, page setup, breaks. */
import { NewStyles } from "../../../src/cli/xlsx/newStyles";
import { ooxmlString, sheetPartXml } from "../../../src/cli/xlsx/sheetPart";
import type { SheetSpec } from "../../../src/core/grid/spec";

const NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

test("ooxmlString: CR and control characters as _xHHHH_, a literal _xHHHH_ kept literal", () => {
  expect(ooxmlString("a\r\nb\tc\u0001")).toBe("a_x000D_\nb\tc_x0001_");
  expect(ooxmlString("_x000D_")).toBe("_x005F_x000D_");
  expect(ooxmlString("Phụ lục \ud83d\ude00")).toBe("Phụ lục \ud83d\ude00");
  expect(ooxmlString("\ud800")).toBe("_xD800_");
});

test("cells by kind, rows in order whatever the spec's order, the last of two cells at one address wins", () => {
  const spec: SheetSpec = {
    name: "T",
    columnWidths: [10],
    merges: [{ top: 0, left: 0, bottom: 0, right: 1 }],
    font: { name: "Times New Roman", size: 14 },
    rowHeights: { 4: 30 },
    cells: [
      { row: 2, col: 1, value: 5, formula: "=B1+1" },
      { row: 0, col: 0, value: "x" },
      { row: 0, col: 0, value: "- a & b", forceText: true },
      { row: 1, col: 0, value: false },
      { row: 1, col: 1, value: { error: "#DIV/0!" } },
      { row: 2, col: 0, value: "text", formula: "=A1" },
      { row: 3, col: 0, value: null, border: true },
    ],
    page: { orientation: "portrait", paperSize: "A4" },
    rowBreaks: [3, 3, 0],
  };
  const xml = sheetPartXml(spec, new NewStyles(undefined), NS);
  const rows = [...xml.matchAll(/<row r="(\d+)"/g)].map((m) => Number(m[1]));
  expect(rows).toEqual([1, 2, 3, 4, 5]);
  expect(xml).toMatch(/<c r="A1" s="\d+" t="inlineStr"><is><t xml:space="preserve">- a &amp; b<\/t><\/is><\/c><\/row>/);
  expect(xml).toMatch(/<c r="A2" s="\d+" t="b"><v>0<\/v><\/c><c r="B2" s="\d+" t="e"><v>#DIV\/0!<\/v><\/c>/);
  expect(xml).toMatch(/<c r="A3" s="\d+" t="str"><f>A1<\/f><v>text<\/v><\/c><c r="B3" s="\d+"><f>B1\+1<\/f><v>5<\/v><\/c>/);
  expect(xml).toMatch(/<c r="A4" s="\d+"\/>/);
  expect(xml).toContain(`<row r="5" ht="30" customHeight="1"></row>`);
  expect(xml).toContain(`<dimension ref="A1:B4"/>`);
  expect(xml).toContain(`<mergeCells count="1"><mergeCell ref="A1:B1"/></mergeCells>`);
  expect(xml).toContain(`<pageSetup paperSize="9" orientation="portrait"/>`);
  expect(xml).not.toContain("fitToPage");
  // Row 0 cannot have a break above it; a repeated break is one.
  expect(xml).toContain(`<rowBreaks count="1" manualBreakCount="1"><brk id="3" max="16383" man="1"/></rowBreaks>`);
  expect(xml).toContain(`<sheetFormatPr defaultRowHeight="18.75"/>`);
});
