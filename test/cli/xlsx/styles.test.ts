/** styles.xml → the number format code of each cell style (cellXfs index), built-in ids included. */
import { FormatError } from "../../../src/cli/xlsx/errors";
import { parseStyles } from "../../../src/cli/xlsx/styles";

const NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"';

function styles(numFmts: string, cellXfs: string, extra = ""): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<styleSheet ${NS}>${numFmts}${extra}<cellXfs>${cellXfs}</cellXfs></styleSheet>`;
}

describe("parseStyles", () => {
  test("built-in formats by id: 14 is the built-in date, 3 and 4 the thousands formats, 9/10 percents", () => {
    const formats = parseStyles(
      styles(
        "",
        '<xf numFmtId="14"/><xf numFmtId="3"/><xf numFmtId="4"/><xf numFmtId="9"/><xf numFmtId="10"/><xf numFmtId="49"/>',
      ),
    );
    expect(formats).toEqual(["mm-dd-yy", "#,##0", "#,##0.00", "0%", "0.00%", "@"]);
  });

  test("General — id 0, no numFmtId, a custom 'General' in any case, an empty code — is undefined", () => {
    const formats = parseStyles(
      styles(
        '<numFmts count="2"><numFmt numFmtId="164" formatCode="GENERAL"/><numFmt numFmtId="165" formatCode=""/></numFmts>',
        '<xf numFmtId="0"/><xf fontId="1"/><xf numFmtId="164"/><xf numFmtId="165"/><xf numFmtId="3"/>',
      ),
    );
    expect(formats).toEqual([undefined, undefined, undefined, undefined, "#,##0"]);
  });

  test("custom formats (entities decoded), a custom id overriding a built-in one; unknown ids are General", () => {
    const formats = parseStyles(
      styles(
        '<numFmts count="2"><numFmt numFmtId="164" formatCode="#,##0.0&quot;đ&quot;"/><numFmt numFmtId="14" formatCode="dd/mm/yyyy"/></numFmts>',
        // 27–36 and 50–81 are locale-dependent built-ins (East Asian dates): not in the table
        '<xf numFmtId="164"/><xf numFmtId="14"/><xf numFmtId="27"/><xf numFmtId="999"/><xf numFmtId="x"/>',
      ),
    );
    expect(formats).toEqual(['#,##0.0"đ"', "dd/mm/yyyy", undefined, undefined, undefined]);
  });

  test("cellStyleXfs (named styles) are not cell styles; prefixes are ignored", () => {
    const xml =
      '<x:styleSheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
      '<x:cellStyleXfs count="1"><x:xf numFmtId="3"/></x:cellStyleXfs>' +
      '<x:cellXfs count="2"><x:xf numFmtId="0"/><x:xf numFmtId="38"/></x:cellXfs></x:styleSheet>';
    expect(parseStyles(xml)).toEqual([undefined, "#,##0 ;[Red](#,##0)"]);
  });

  test("no cellXfs → no formats; malformed XML → corrupt naming the part", () => {
    expect(parseStyles(`<styleSheet ${NS}><fonts/></styleSheet>`)).toEqual([]);
    let err: unknown;
    try {
      parseStyles(`<styleSheet ${NS}><cellXfs>`, "xl/styles.xml");
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(FormatError);
    expect((err as FormatError).code).toBe("corrupt");
    expect((err as FormatError).detail?.en).toMatch(/^xl\/styles\.xml: malformed XML/);
  });
});
