/** Editing small XML parts in place: positions of elements, edits applied at once, the rest untouched. */
import { FormatError } from "../../../src/cli/xlsx/errors";
import {
  Edits,
  attrOf,
  childNamed,
  childrenNamed,
  escapeXmlAttr,
  escapeXmlText,
  namespacesOf,
  scanElements,
} from "../../../src/cli/xlsx/xmlEdit";
import { thrown } from "../../helpers/thrown";

const WB = `<?xml version="1.0" encoding="UTF-8"?>
<!-- <sheets> in a comment is not an element -->
<x:workbook xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><x:sheets><x:sheet name="A &amp; B" sheetId="3" r:id="rId1"/><x:sheet name='a>b' sheetId="1" r:id="rId2"><![CDATA[</x:sheets>]]></x:sheet></x:sheets><x:calcPr/></x:workbook>`;

describe("scanElements", () => {
  test("the tree of positions: prefixes, attributes, comments and CDATA stepped over", () => {
    const root = scanElements(WB, "wb");
    expect(root.local).toBe("workbook");
    expect(root.prefix).toBe("x:");
    expect(root.children.map((c) => c.local)).toEqual(["sheets", "calcPr"]);
    const sheets = childrenNamed(childNamed(root, "sheets"), "sheet");
    expect(sheets.map((s) => attrOf(WB, s, "name"))).toEqual(["A & B", "a>b"]);
    expect(namespacesOf(WB, root).get("r")).toBe("http://schemas.openxmlformats.org/officeDocument/2006/relationships");
    expect(WB.slice(sheets[0].start, sheets[0].end)).toBe(`<x:sheet name="A &amp; B" sheetId="3" r:id="rId1"/>`);
  });

  test("mismatched, unclosed or doubled roots are corrupt", () => {
    for (const bad of ["<a><b></a></b>", "<a><b>", "<a/><b/>", ""]) {
      expect(thrown(FormatError, () => scanElements(bad, "p")).code).toBe("corrupt");
    }
  });
});

describe("Edits", () => {
  test("appends (opening a self-closing element, twice), sets and adds attributes, places a child by the schema's order", () => {
    const xml = `<root a="1"><first/><list count="1"><i/></list><empty/><last/></root>`;
    const root = scanElements(xml, "p");
    const e = new Edits(xml);
    e.append(childNamed(root, "list")!, "<i/>");
    e.setAttr(childNamed(root, "list")!, "count", "2");
    e.append(childNamed(root, "empty")!, "<j>1</j>");
    e.append(childNamed(root, "empty")!, "<j>2</j>");
    e.setAttr(root, "b", 'x"y');
    e.insertInOrder(root, "middle", ["first", "list", "middle", "last"], "<middle/>");
    expect(e.apply()).toBe(
      `<root b="x&quot;y" a="1"><first/><list count="2"><i/><i/></list><middle/><empty><j>1</j><j>2</j></empty><last/></root>`,
    );
  });

  test("a child with no predecessor present goes first; into a self-closing root too", () => {
    const xml = `<root/>`;
    const e = new Edits(xml);
    e.insertInOrder(scanElements(xml, "p"), "a", ["a", "b"], "<a/>");
    expect(e.apply()).toBe("<root><a/></root>");
    const xml2 = `<root><b/></root>`;
    const e2 = new Edits(xml2);
    e2.insertInOrder(scanElements(xml2, "p"), "a", ["a", "b"], "<a/>");
    expect(e2.apply()).toBe("<root><a/><b/></root>");
  });

  test("escaping", () => {
    expect(escapeXmlText(`a & <b> "c"`)).toBe(`a &amp; &lt;b&gt; "c"`);
    expect(escapeXmlAttr(`a & "b"\n`)).toBe(`a &amp; &quot;b&quot;&#10;`);
  });
});
