/** The XML helpers of the .xlsx reader: entities, OOXML escapes, scanner primitives, parseXml. */
import {
  decodeEntities,
  decodeXmlBytes,
  decodeOoxmlEscapes,
  findClose,
  getAttr,
  normalizeLineEnds,
  own,
  parseXml,
  readText,
  skipSpecial,
  type TextEnd,
} from "../../../src/cli/xlsx/xml";

describe("xml helpers", () => {
  test("entities and OOXML escapes", () => {
    expect(decodeEntities("a &amp; b &lt;c&gt; &quot;d&quot; &apos;e&apos; &#65;&#x42; &unknown; &#xD800;")).toBe(
      "a & b <c> \"d\" 'e' AB &unknown; &#xD800;",
    );
    expect(decodeOoxmlEscapes("a_x000D_b_x005F_x000D_c_xZZZZ_")).toBe("a\rb_x000D_c_xZZZZ_");
  });

  test("attributes ignore prefixes, xmlns declarations and quotes", () => {
    const tag = `<sheet xmlns:r="ns" name='A "B"' r:id="rId1" state = "hidden" />`;
    expect(getAttr(tag, 6, tag.length - 2, "r")).toBeUndefined();
    expect(getAttr(tag, 6, tag.length - 2, "name")).toBe('A "B"');
    expect(getAttr(tag, 6, tag.length - 2, "id")).toBe("rId1");
    expect(getAttr(tag, 6, tag.length - 2, "state")).toBe("hidden");
  });

  test("parseXml", () => {
    const root = parseXml('<?xml version="1.0"?><!-- c --><a:r xmlns:a="x"><a:b k="1&amp;2">t<![CDATA[<x>]]></a:b><c/></a:r>');
    expect(root.name).toBe("r");
    expect(root.children.map((c) => c.name)).toEqual(["b", "c"]);
    expect(root.children[0].attrs).toEqual({ k: "1&2" });
    expect(root.children[0].text).toBe("t<x>");
    expect(() => parseXml("<a><b></a>")).toThrow(/malformed/);
    expect(() => parseXml("<a>")).toThrow(/not closed/);
  });
});

describe("line ends (XML 1.0 §2.11 and §3.3.3)", () => {
  test("normalizeLineEnds: CR LF and a lone CR become LF; LF alone and text without CR are untouched", () => {
    expect(normalizeLineEnds("a\r\nb\rc\nd\r\r\n")).toBe("a\nb\nc\nd\n\n");
    const plain = "no carriage return\n";
    expect(normalizeLineEnds(plain)).toBe(plain);
  });

  test("readText: literal CR LF / CR → LF in text and CDATA, before entities: &#13; and &#xD; stay CR", () => {
    const xml = "<t>Foo\r\nBar\rBaz&#13;&#xD;\r\n<![CDATA[x\r\ny\r]]>\r\nend</t>";
    const out: TextEnd = { end: -1 };
    expect(readText(xml, 3, out)).toBe("Foo\nBar\nBaz\r\r\nx\ny\n\nend");
    expect(xml.startsWith("</t>", out.end)).toBe(true);
  });

  test("the escape gives the CR, the literal CR LF one LF: ABC_x000D_\\r\\nDEF → ABC\\r\\nDEF", () => {
    const xml = "<v>ABC_x000D_\r\nDEF</v>";
    expect(decodeOoxmlEscapes(readText(xml, 3, { end: 0 }))).toBe("ABC\r\nDEF");
  });

  test("attribute values: a literal tab, LF, CR or CR LF is one space; character references are kept", () => {
    const tag = '<sheet name="A\r\nB\rC\tD\nE&#13;&#10;F"/>';
    expect(getAttr(tag, 6, tag.length - 2, "name")).toBe("A B C D E\r\nF");
    expect(parseXml(tag).attrs.name).toBe("A B C D E\r\nF");
  });

  test("parseXml: element text and CDATA normalised the same way", () => {
    const root = parseXml("<a>x\r\ny<![CDATA[\r\n]]>&#13;z\r</a>");
    expect(root.text).toBe("x\ny\n\rz\n");
  });
});

describe("scanner primitives", () => {
  test("readText: entities decoded, CDATA kept, comments skipped; end at the next tag", () => {
    const xml = "<v>1 &lt; 2<![CDATA[ & <3>]]><!-- x -->!</v>";
    const out: TextEnd = { end: -1 };
    expect(readText(xml, 3, out)).toBe("1 < 2 & <3>!");
    expect(xml.startsWith("</v>", out.end)).toBe(true);
  });

  test("findClose: the end tag followed by '>' or a space, not a longer name", () => {
    const xml = "<si><t>a</t></si ><siX></siX></si>";
    expect(findClose(xml, 4, "si")).toBe(12);
    expect(findClose(xml, 13, "si")).toBe(xml.length - 5);
    expect(findClose("<x:row r='1'></x:row>", 0, "x:row")).toBe(13);
    expect(findClose("<row></rows></row", 0, "row")).toBe(-1); // only "</rows>", and an incomplete "</row"
  });

  test("skipSpecial: past a declaration, comment, CDATA, DOCTYPE or end tag; -1 when incomplete", () => {
    for (const special of ['<?xml version="1.0"?>', "<!-- a > b -->", "<![CDATA[ <c> ]]>", "<!DOCTYPE x>", "</row>"]) {
      const xml = "ab" + special + "<c/>";
      expect(skipSpecial(xml, 2)).toBe(2 + special.length);
      expect(skipSpecial(xml.slice(0, 2 + special.length - 1), 2)).toBe(-1);
    }
  });

  test("own: a copy with the same text", () => {
    const big = "<v>" + "7".repeat(100) + "</v>";
    for (const s of [big.slice(3, 8), big.slice(3, 103), ""]) expect(own(s)).toBe(s);
  });
});

describe("decodeXmlBytes: the encoding of a part", () => {
  const text = '<?xml version="1.0"?><a>Đức Phổ 8.962,46</a>';
  const utf16 = (le: boolean, bom: boolean): Uint8Array => {
    const out: number[] = bom ? (le ? [0xff, 0xfe] : [0xfe, 0xff]) : [];
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      out.push(...(le ? [c & 255, c >> 8] : [c >> 8, c & 255]));
    }
    return Uint8Array.from(out);
  };
  test.each([
    ["UTF-16BE with a BOM", utf16(false, true)],
    ["UTF-16LE with a BOM", utf16(true, true)],
    ["UTF-16BE without a BOM (XML 1.0 Appendix F: 00 3C)", utf16(false, false)],
    ["UTF-16LE without a BOM (3C 00)", utf16(true, false)],
    ["UTF-8", new TextEncoder().encode(text)],
  ])("%s", (_name, bytes) => {
    expect(decodeXmlBytes(bytes)).toBe(text);
  });
});
