/** The styles of added sheets appended to styles.xml: existing indexes keep their meaning, equal styles are shared. */
import { NewStyles } from "../../../src/cli/xlsx/newStyles";
import { parseStyles } from "../../../src/cli/xlsx/styles";

const STYLES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><numFmts count="1"><numFmt numFmtId="164" formatCode="0.0"/></numFmts><fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border/></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>`;

const TNR = { name: "Times New Roman", size: 14 };

test("new cell formats come after the existing ones; equal styles share one; existing number formats are reused", () => {
  const s = new NewStyles(STYLES);
  expect(s.defaultFont).toEqual({ name: "Calibri", size: 11 });
  const plain = s.xf({ font: TNR });
  const bold = s.xf({ font: { ...TNR, bold: true }, border: true, align: "center", vertical: "middle", wrap: true });
  expect([plain, bold]).toEqual([2, 3]);
  expect(s.xf({ font: TNR })).toBe(2);
  const oneDecimal = s.xf({ font: TNR, numFmt: "0.0" });
  const money = s.xf({ font: TNR, numFmt: "#,##0.00" });
  const custom = s.xf({ font: TNR, numFmt: '#,##0 "đồng"' });
  const xml = s.apply();
  // The reader's view: the old formats where they were, the new ones after.
  expect(parseStyles(xml)).toEqual([undefined, "0.0", undefined, undefined, "0.0", "#,##0.00", '#,##0 "đồng"']);
  expect([oneDecimal, money, custom]).toEqual([4, 5, 6]);
  expect(xml).toContain(
    `<numFmts count="2"><numFmt numFmtId="164" formatCode="0.0"/><numFmt numFmtId="165" formatCode="#,##0 &quot;đồng&quot;"/></numFmts>`,
  );
  expect(xml).toContain(
    `<fonts count="3"><font><sz val="11"/><name val="Calibri"/></font><font><sz val="14"/><name val="Times New Roman"/></font><font><b/><sz val="14"/><name val="Times New Roman"/></font></fonts>`,
  );
  expect(xml).toContain(`<borders count="2"><border/><border><left style="thin">`);
  expect(xml).toContain(
    `<xf numFmtId="0" fontId="2" fillId="0" borderId="1" xfId="0" applyFont="1" applyBorder="1" applyAlignment="1"><alignment horizontal="center" vertical="center" wrapText="1"/></xf>`,
  );
  // Everything before the first edit is the source's text.
  expect(xml.startsWith(STYLES.slice(0, STYLES.indexOf(`<numFmts count=`) + 8))).toBe(true);
});

test("a package without styles gets a whole styles part: a default font and format first, then ours", () => {
  const s = new NewStyles(undefined);
  expect(s.xf({ font: { ...TNR, color: "C00000" } })).toBe(1);
  const xml = s.apply();
  expect(xml).toContain(
    `<fonts count="2"><font><sz val="11"/><name val="Calibri"/></font><font><sz val="14"/><color rgb="FFC00000"/><name val="Times New Roman"/></font></fonts>`,
  );
  expect(xml).toContain(
    `<cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="0" fontId="1"`,
  );
  expect(parseStyles(xml)).toEqual([undefined, undefined]);
});
