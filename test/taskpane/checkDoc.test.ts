import { docSection, parseBlocks, parseInline, sectionLines } from "../../src/taskpane/checkDoc";

const md = [
  "# X — Tên (Name)",
  "",
  "## Tiếng Việt",
  "",
  "### Ý nghĩa",
  "",
  "Một dòng",
  "nối tiếp.",
  "",
  "> Thông báo `=C10/D11*100` như **trong ngăn**.",
  "",
  "```",
  "## not a heading",
  "D12   1.907",
  "```",
  "",
  "1. Bước một",
  "   còn tiếp",
  "2. Bước hai",
  "- một mục",
  "",
  "## English",
  "",
  "### What it means",
  "",
  "One line.",
].join("\n");

describe("the docs of the checks, as the pane reads them", () => {
  test("a section ends at the next ## heading, not at one inside a code block", () => {
    expect(sectionLines(md, "Tiếng Việt")).toContain("## not a heading");
    expect(sectionLines(md, "Tiếng Việt")).not.toContain("One line.");
    expect(sectionLines(md, "Nope")).toEqual([]);
  });

  test("headings, paragraphs, quotes, code, ordered and unordered lists", () => {
    expect(docSection(md, "vi")).toEqual([
      { kind: "heading", text: "Ý nghĩa" },
      { kind: "paragraph", text: "Một dòng nối tiếp." },
      { kind: "quote", text: "Thông báo `=C10/D11*100` như **trong ngăn**." },
      { kind: "code", text: "## not a heading\nD12   1.907" },
      { kind: "list", ordered: true, items: ["Bước một còn tiếp", "Bước hai"] },
      { kind: "list", ordered: false, items: ["một mục"] },
    ]);
    expect(docSection(md, "en")).toEqual([
      { kind: "heading", text: "What it means" },
      { kind: "paragraph", text: "One line." },
    ]);
  });

  test("inline code and bold; an asterisk in a formula is text", () => {
    expect(parseInline("Bấm **Kiểm tra**, công thức `=C4/D4*100` hay C4*2")).toEqual([
      { kind: "text", text: "Bấm " },
      { kind: "strong", text: "Kiểm tra" },
      { kind: "text", text: ", công thức " },
      { kind: "code", text: "=C4/D4*100" },
      { kind: "text", text: " hay C4*2" },
    ]);
    expect(parseBlocks([])).toEqual([]);
  });
});
