/**
 * The draft as HTML for the clipboard (src/core/draft/toHtml.ts), on the example template (the Đức
 * Phổ 2023 report, docs/report-example.md), checked and drafted as the pane does.
 */
import { DETAILS_SHEET } from "../../../src/core/draft/detailsSheet";
import { draftReport } from "../../../src/core/draft/draft";
import { blockText } from "../../../src/core/draft/text";
import { draftToHtml, draftToPlainText } from "../../../src/core/draft/toHtml";
import { type Draft, type DraftMeta, MARKER_PATTERN, type TableBlock } from "../../../src/core/draft/types";
import { checkWorkbook } from "../../../src/core/engine";
import { type Plant, templateGrids } from "../../../testkit/templateGrids";

function draftOf(plants: Record<string, Record<string, Plant>> = {}, meta: Partial<DraftMeta> = {}): Draft {
  const { model, report } = checkWorkbook(templateGrids(plants), { lang: "vi" });
  return draftReport(model, report, { meta });
}

/** The text a reader sees: tags dropped, entities read back. */
function textOf(html: string): string {
  return html
    .replace(/<br>/g, "\n")
    .replace(/<[^>]*>/g, "")
    .replace(/&nbsp;/g, " ")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, "&");
}

/** The bordered tables of the HTML, each as rows of cell texts. */
function tables(html: string): string[][][] {
  return [...html.matchAll(/<table border="1"[\s\S]*?<\/table>/g)].map((t) =>
    [...t[0].matchAll(/<tr>([\s\S]*?)<\/tr>/g)].map((r) =>
      [...r[1].matchAll(/<td[^>]*>([\s\S]*?)<\/td>/g)].map((c) => textOf(c[1])),
    ),
  );
}

const allBlocks = (d: Draft) => [...d.body, ...d.appendices.flat()];

describe("the example draft as HTML", () => {
  const draft = draftOf();
  const html = draftToHtml(draft);
  const text = textOf(html);

  test("carries the report's numbers exactly as the draft writes them", () => {
    expect(text).toContain(
      "Tổng kinh phí chi cho công tác chuyển đổi số từ năm 2021 đến 2023 là: 8.962,46 triệu đồng; trong đó: năm 2021: 6.100 triệu đồng, năm 2022: 892,46 triệu đồng, năm 2023: 1.970 triệu đồng.",
    );
    expect(text).toContain("Tổng kinh phí khoảng 13.570 triệu đồng (theo Phụ lục II đính kèm)");
    expect(text).toContain("chiếm tỷ lệ 61,4% (mức độ 3 là 310/845, mức độ 4 là 740/865)");
    // Every number the drafter wrote, in its own notation.
    const numbers = allBlocks(draft).flatMap((b) => b.numbers.map((n) => n.text));
    expect(numbers.length).toBeGreaterThan(50);
    for (const n of numbers) expect({ n, found: text.includes(n) }).toEqual({ n, found: true });
  });

  test("every paragraph, heading and bullet of the draft, in order", () => {
    const lines = allBlocks(draft)
      .filter((b) => b.kind !== "table")
      .flatMap(blockText);
    expect(lines.length).toBeGreaterThan(40);
    let at = 0;
    for (const line of lines) {
      const i = text.indexOf(line, at);
      expect({ line, found: i >= 0 }).toEqual({ line, found: true });
      at = i + line.length;
    }
  });

  test("the header block, title, closing and signature of an administrative report", () => {
    for (const s of [
      "ỦY BAN NHÂN DÂN",
      "THỊ XÃ ĐỨC PHỔ",
      "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
      "Độc lập - Tự do - Hạnh phúc",
      "BÁO CÁO",
      "Kết quả thực hiện công tác chuyển đổi số trên địa bàn thị xã năm 2023",
      "UBND thị xã Đức Phổ kính báo cáo./.",
      "Nơi nhận:",
      "- Sở Khoa học và Công nghệ tỉnh Quảng Ngãi (b/c);",
      // The example's "Thông tin văn bản" sheet: a vice-chair signs for the chair.
      "KT. CHỦ TỊCH",
      "PHÓ CHỦ TỊCH",
      "Võ Thanh Hùng",
      "Đức Phổ, ngày 15 tháng 12 năm 2023",
    ])
      expect(text).toContain(s);
    // The agency in full, bold, one paragraph a line, as in the .docx.
    for (const l of ["ỦY BAN NHÂN DÂN", "THỊ XÃ ĐỨC PHỔ"])
      expect(html).toMatch(new RegExp(`<p style="[^"]*font-weight:bold">${l}</p>`));
    // "Số" and the place and date share a row of the header table.
    const rows = [...html.matchAll(/<tr>([\s\S]*?)<\/tr>/g)].map((r) => textOf(r[1]));
    expect(rows.some((r) => r.includes("Số:") && r.includes("Đức Phổ, ngày"))).toBe(true);
    // The line under the agency and under the trích yếu: a bordered empty paragraph between margins.
    expect(
      html.match(/<p style="margin:0 [\d.]+pt 0pt [\d.]+pt;border-bottom:0.75pt solid #000000;[^"]*">&nbsp;<\/p>/g),
    ).toHaveLength(2);
    expect(html.match(/border-bottom:0.75pt solid #000000/g)).toHaveLength(3);

    expect(html).toContain(`<title>${draft.meta.title}</title>`);
    // Headings stay with the paragraph after them.
    expect(html).toMatch(/<p style="[^"]*page-break-after:avoid"><span style="font-weight:bold">II\. KẾT QUẢ THỰC HIỆN<\/span>/);
  });

  test("the governing body's line above the agency, not bold", () => {
    const d = draftOf({}, { parentAgency: "UBND TỈNH QUẢNG NGÃI" });
    const h = draftToHtml(d);
    expect(h).toMatch(/<p style="[^"]*font-size:13pt">UBND TỈNH QUẢNG NGÃI<\/p>/);
    expect(textOf(h).indexOf("UBND TỈNH QUẢNG NGÃI")).toBeLessThan(textOf(h).indexOf("ỦY BAN NHÂN DÂN"));
    expect(draftToPlainText(d).split("\n").slice(0, 3)).toEqual(["UBND TỈNH QUẢNG NGÃI", "ỦY BAN NHÂN DÂN", "THỊ XÃ ĐỨC PHỔ"]);
  });

  test("without the details sheet: the blanks left for the date and the number are kept, not collapsed by HTML", () => {
    const { model, report } = checkWorkbook(
      templateGrids().filter((g) => g.name !== DETAILS_SHEET),
      { lang: "vi" },
    );
    const bare = draftToHtml(draftReport(model, report));
    expect(bare).toContain("Đức Phổ, ngày &nbsp;&nbsp;&nbsp;&nbsp;&nbsp;tháng");
    expect(bare).toContain("Số: &nbsp;&nbsp;&nbsp;&nbsp;&nbsp;/BC-UBND");
    expect(textOf(bare)).toContain("TM. ỦY BAN NHÂN DÂN");
  });

  test("the appendices as bordered tables with the draft's rows, each from a new page", () => {
    const drafted = draft.appendices.flat().filter((b): b is TableBlock => b.kind === "table");
    const found = tables(html);
    expect(drafted).toHaveLength(2);
    expect(found).toHaveLength(2);
    found.forEach((rows, i) => expect(rows).toEqual([drafted[i].header, ...drafted[i].rows.map((r) => r.cells)]));
    expect(found[0].at(-1)).toEqual(["", "Tổng cộng", "", "8.962,46", ""]);
    expect(found[1].at(-1)).toEqual(["", "Tổng cộng", "", "13.570", "", ""]);
    expect(found[0][1]).toEqual(["", "Từ năm 2021-2022", "", "6.992,46", ""]);
    expect(html.match(/page-break-before:always/g)).toHaveLength(2);
    expect(text).toContain("(Kèm theo Báo cáo số 125/BC-UBND ngày 15 tháng 12 năm 2023 của UBND thị xã Đức Phổ)");
    expect(text).toContain("Đơn vị tính: triệu đồng");
    // Every cell bordered; amounts right-aligned, totals bold.
    const cells = [...html.matchAll(/<table border="1"[\s\S]*?<\/table>/g)].flatMap((t) => [
      ...t[0].matchAll(/<td style="([^"]*)"/g),
    ]);
    expect(cells.length).toBe(drafted.reduce((n, t) => n + (t.rows.length + 1) * t.header.length, 0));
    for (const c of cells) expect(c[1]).toContain("border:1px solid #000000");
    expect(html).toMatch(/<td style="[^"]*text-align:right;font-weight:bold">(<p[^>]*>)13\.570</);
  });

  test("Times New Roman: body 14 pt justified with a first-line indent, tables 13 pt", () => {
    const para = (start: string) => {
      const m = new RegExp(`<p style="([^"]*)">${start}`).exec(html);
      if (!m) throw new Error(`no paragraph starts ${start}`);
      return m[1];
    };
    const body = para("Tổng kinh phí chi cho");
    expect(body).toContain("font-family:'Times New Roman'");
    expect(body).toContain("font-size:14pt");
    expect(body).toContain("text-align:justify");
    expect(body).toContain("text-indent:1.27cm");
    expect(para("- Tổng số dịch vụ công")).toContain("font-size:14pt");
    const cell = /<td style="([^"]*)"><p[^>]*>8\.962,46</.exec(html)![1];
    expect(cell).toContain("font-family:'Times New Roman'");
    expect(cell).toContain("font-size:13pt");
    expect(html).toContain('<span style="font-weight:bold">II. KẾT QUẢ THỰC HIỆN</span>');
  });

  test("a clean draft carries no unverified marker", () => {
    expect(draft.unverified).toEqual([]);
    expect(text).not.toContain("CHƯA KHỚP");
    expect(html).not.toContain("#C00000");
  });

  test("the plain-text alternative: the same text, table cells tab-separated", () => {
    const plain = draftToPlainText(draft);
    expect(plain).toContain("8.962,46 triệu đồng; trong đó: năm 2021: 6.100 triệu đồng");
    expect(plain).toContain("\tTổng cộng\t\t13.570\t\t");
    expect(plain).toContain("TT\tNội dung/Nhiệm vụ/Dự án\tKết quả, tiến độ thực hiện\tKinh phí\tGhi chú");
    expect(plain.split("\n").slice(0, 6)).toEqual([
      "ỦY BAN NHÂN DÂN",
      "THỊ XÃ ĐỨC PHỔ",
      "Số: 125/BC-UBND",
      "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
      "Độc lập - Tự do - Hạnh phúc",
      "Đức Phổ, ngày 15 tháng 12 năm 2023",
    ]);
    expect(plain).toContain(
      "Nơi nhận:\n- Sở Khoa học và Công nghệ tỉnh Quảng Ngãi (b/c);\n- CT, các PCT UBND thị xã;\n- VP: CVP, PCVP, CV Thường;\n- Phòng VHTT thị xã;\n- CV Dung-VHTT;\n- Lưu: VT, VHTT.\n\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nVõ Thanh Hùng",
    );
    expect(plain).not.toMatch(/<[a-z]/);
  });
});

test("every text is escaped: a label with markup stays text", () => {
  const draft = draftOf({ "Phụ lục I": { B8: `Trung tâm <IOC> & "R&D" 'x' <script>alert(1)</script>` } });
  const html = draftToHtml(draft);
  expect(html).toContain("Trung tâm &lt;IOC&gt; &amp; &quot;R&amp;D&quot; &#39;x&#39; &lt;script&gt;alert(1)&lt;/script&gt;");
  expect(html).not.toContain("<IOC>");
  expect(html).not.toContain("<script>");
  expect(tables(html)[0][3][1]).toBe(`Trung tâm <IOC> & "R&D" 'x' <script>alert(1)</script>`);
});

test("a number that failed its check keeps its marker, in bold red, as in the .docx and the sheet", () => {
  const draft = draftOf({ "Phụ lục I": { D12: 1907 } });
  expect(draft.unverified).toEqual([expect.objectContaining({ sheet: "Phụ lục I", cell: "D12" })]);
  const html = draftToHtml(draft);
  const marker = "[CHƯA KHỚP — kiểm tra Phụ lục I!D12]";
  // The spending paragraph: its text, then the marker in red.
  expect(html).toMatch(
    /<p style="[^"]*">Tổng kinh phí chi cho [^<]* <span style="color:#C00000;font-weight:bold">\[CHƯA KHỚP — kiểm tra Phụ lục I!D12\]<\/span><\/p>/,
  );
  // Every marker the draft carries (in texts and cells), and the note under a table with unverified
  // numbers, shown once each, in red.
  const texts = allBlocks(draft).flatMap((b) => (b.kind === "table" ? b.rows.flatMap((r) => r.cells) : [b.text]));
  const inline = texts.reduce((n, t) => n + (t.match(MARKER_PATTERN)?.length ?? 0), 0);
  const notes = allBlocks(draft).filter((b) => b.kind === "table" && b.unverified.length > 0).length;
  expect(inline).toBeGreaterThanOrEqual(1);
  expect(notes).toBe(1);
  expect(html.split(marker).length - 1).toBe(inline + notes);
  expect(html.split(`<span style="color:#C00000;font-weight:bold">${marker}</span>`).length - 1).toBe(inline + notes);
  expect(draftToPlainText(draft).split(marker).length - 1).toBe(inline + notes);
  // The typed-over number is shown as drafted, not corrected.
  expect(textOf(html)).toContain("1.907");
});

test("a table cell marked as unverified is red and bold", () => {
  const draft = draftOf({ "Phụ lục I": { D12: 1907 } });
  const table = draft.appendices[0].find((b): b is TableBlock => b.kind === "table")!;
  const row = table.rows.find((r) => r.cells[table.amountCol].startsWith("1.907"))!;
  row.marked = row.cells.map((_, i) => i === table.amountCol);
  const html = draftToHtml(draft);
  const cell = /<td style="([^"]*)"><p[^>]*>1\.907/.exec(html)![1];
  expect(cell).toContain("color:#C00000;font-weight:bold");
  // Its neighbours are not.
  const other = /<td style="([^"]*)"><p[^>]*>6\.100</.exec(html)![1];
  expect(other).not.toContain("#C00000");
});
