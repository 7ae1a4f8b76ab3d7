/** sharedStrings.xml → the shared string table; rich text and phonetic runs; inline-string text. */
import { strToU8, zipSync } from "fflate";
import { FormatError } from "../../../src/cli/xlsx/errors";
import { collectText, readSharedStrings } from "../../../src/cli/xlsx/sharedStrings";
import { ZipReader } from "../../../src/cli/xlsx/zip";
import { thrown } from "../../helpers/thrown";

const NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"';
const PART = "xl/sharedStrings.xml";

/** The table read from a one-part ZIP. */
function read(xml: string | Uint8Array): string[] {
  const zip = new ZipReader(zipSync({ [PART]: typeof xml === "string" ? strToU8(xml) : xml }));
  return readSharedStrings(zip, zip.get(PART)!);
}

describe("readSharedStrings", () => {
  test("plain, rich-text and empty items, in order; spaces kept", () => {
    const sst =
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst ${NS} count="4" uniqueCount="4">` +
      '<si><t xml:space="preserve"> a </t></si>' +
      '<si><r><t>Phụ </t></r><r><rPr><b/><sz val="11"/></rPr><t>lục</t></r><r><t xml:space="preserve"> I</t></r></si>' +
      "<si/><si><t/></si></sst>";
    expect(read(sst)).toEqual([" a ", "Phụ lục I", "", ""]);
  });

  test("phonetic runs (<rPh>) and phoneticPr are skipped", () => {
    const sst =
      `<sst ${NS}><si><r><t>Phụ </t></r><r><rPr><i/></rPr><t>lục</t></r>` +
      '<rPh sb="0" eb="2"><t>ふりがな</t></rPh><phoneticPr fontId="1"/></si><si><t>Xã</t><rPh sb="0" eb="1"><t>x</t></rPh></si></sst>';
    expect(read(sst)).toEqual(["Phụ lục", "Xã"]);
  });

  test("entities, CDATA, comments and _xHHHH_ escapes", () => {
    const sst =
      `<sst ${NS}><si><t>a &amp; b &lt;c&gt; &#7889;</t></si><si><t><![CDATA[<i>&</i>]]><!-- n --> x</t></si>` +
      "<si><t>dòng 1_x000D__x000A_dòng 2 _x005F_x0041_</t></si></sst>";
    expect(read(sst)).toEqual(["a & b <c> ố", "<i>&</i> x", "dòng 1\r\ndòng 2 _x0041_"]);
  });

  test("literal line ends: CR LF and a lone CR read as LF (XML 1.0), escapes and &#13; still give CR", () => {
    const sst =
      `<sst ${NS}><si><t>Foo\r\nBar</t></si><si><r><t>a\rb</t></r><r><t>\r\nc</t></r></si>` +
      "<si><t>ABC_x000D_\r\nDEF</t></si><si><t>x&#13;\r\ny&#xD;</t></si><si><t><![CDATA[p\r\nq]]></t></si></sst>";
    expect(read(sst)).toEqual(["Foo\nBar", "a\nb\nc", "ABC\r\nDEF", "x\r\ny\r", "p\nq"]);
  });

  test("namespace prefixes; a self-closing <sst/>; UTF-16 with a BOM", () => {
    expect(read('<x:sst xmlns:x="ns"><x:si><x:r><x:t>Huyện </x:t></x:r><x:r><x:t>A</x:t></x:r></x:si></x:sst>')).toEqual([
      "Huyện A",
    ]);
    expect(read(`<sst ${NS}/>`)).toEqual([]);
    const text = `<sst ${NS}><si><t>Thị xã Đức Phổ</t></si></sst>`;
    const utf16 = new Uint8Array(2 + text.length * 2);
    utf16.set([0xff, 0xfe]);
    for (let i = 0; i < text.length; i++) utf16[2 + 2 * i] = text.charCodeAt(i) & 255;
    for (let i = 0; i < text.length; i++) utf16[3 + 2 * i] = text.charCodeAt(i) >> 8;
    expect(read(utf16)).toEqual(["Thị xã Đức Phổ"]);
  });

  test("a table of several megabytes: items cut by the chunk boundaries come back whole", () => {
    const N = 60000;
    const items: string[] = [];
    for (let i = 0; i < N; i++) items.push(`Xã số ${i} — ${"Đức Phổ ".repeat(i % 7)}`);
    const xml = `<sst ${NS}>${items.map((s, i) => (i % 3 ? `<si><t xml:space="preserve">${s}</t></si>` : `<si><r><t>${s}</t></r></si>`)).join("")}</sst>`;
    expect(xml.length).toBeGreaterThan(3 << 20);
    const got = read(xml);
    expect(got.length).toBe(N);
    expect(got).toEqual(items);
  });

  test("truncated or foreign XML → corrupt naming the part", () => {
    const cut = thrown(FormatError, () => read(`<sst ${NS}><si><t>a</t></si>`));
    expect(cut.code).toBe("corrupt");
    expect(cut.detail?.en).toBe(`${PART}: unexpected end of XML (</sst> missing)`);
    const open = thrown(FormatError, () => read(`<sst ${NS}><si><t>a</t>`));
    expect(open.detail?.en).toBe(`${PART}: unexpected end of XML`);
  });
});

describe("collectText (the text of <si> or <is>)", () => {
  test("runs concatenated, phonetic runs and formatting dropped, only xml[s, e) read", () => {
    const xml = "<is><r><rPr><b/></rPr><t>Tổng </t></r><rPh><t>ー</t></rPh><r><t>số</t></r></is><t>after</t>";
    expect(collectText(xml, 4, xml.indexOf("</is>"))).toBe("Tổng số");
    expect(collectText("<t>a_x000D_b</t>", 0, 16)).toBe("a\rb");
    expect(collectText("<t/>", 0, 4)).toBe("");
  });
});
