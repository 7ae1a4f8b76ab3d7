/**
 * The .docx against the rules of Decree 30/2020/NĐ-CP (Phụ lục I) an office checks before signing:
 * page numbers (centred in the top margin, 13–14 pt, none on the first page, each appendix numbered
 * on its own), the agency in full with the line under it, "Số" and the date on one line, the line
 * under the trích yếu, headings kept with the next paragraph, the document language, the signature
 * and "Nơi nhận", the appendices (landscape, caption, repeated header row, red marked cells). The
 * draft is the example workbook's; the package is unzipped and its XML read. Where LibreOffice
 * Writer and pdftotext are installed, the document is also rendered to PDF and its pages read.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, realpathSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { strFromU8, unzipSync } from "fflate";
import { appendixCaption, recipientLines } from "../../src/core/draft/decree30";
import { draftReport } from "../../src/core/draft/draft";
import { textWidthPt } from "../../src/core/text/fontMetrics";
import { type Draft, type DraftMeta, type TableBlock } from "../../src/core/draft/types";
import { checkWorkbook } from "../../src/core/engine";
import { buildDocx, Packer } from "../../src/docx/buildDocx";
import { type Plant, templateGrids } from "../../testkit/templateGrids";

function draftOf(meta: Partial<DraftMeta> = {}, plants: Record<string, Record<string, Plant>> = {}): Draft {
  const { model, report } = checkWorkbook(templateGrids(plants), { lang: "vi" });
  return draftReport(model, report, { meta });
}

async function pack(d: Draft): Promise<Uint8Array> {
  return new Uint8Array(await Packer.toBuffer(buildDocx(d)));
}

/** The package's XML parts as text. */
function parts(bytes: Uint8Array): Record<string, string> {
  const files = unzipSync(bytes);
  return Object.fromEntries(Object.entries(files).map(([k, v]) => [k, strFromU8(v)]));
}

/** Every match of `re` (global) in `xml`. */
const all = (xml: string, re: RegExp): string[] => [...xml.matchAll(re)].map((m) => m[0]);
const textOf = (xml: string) => [...xml.matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((t) => t[1]).join("");
const paragraphs = (xml: string) =>
  all(xml, /<w:p>[\s\S]*?<\/w:p>|<w:p [\s\S]*?<\/w:p>|<w:p\/>/g).map((x) => ({ xml: x, text: textOf(x) }));
const tables = (xml: string) => all(xml, /<w:tbl>[\s\S]*?<\/w:tbl>/g);
const rows = (tbl: string) => all(tbl, /<w:tr>[\s\S]*?<\/w:tr>/g);
const cells = (tr: string) => all(tr, /<w:tc>[\s\S]*?<\/w:tc>/g);
const attr = (xml: string, re: RegExp) => Number(re.exec(xml)?.[1] ?? NaN);
const sectionsOf = (doc: string) => all(doc, /<w:sectPr>[\s\S]*?<\/w:sectPr>/g);

/** The header part a section's reference of `type` points to. */
function header(p: Record<string, string>, sect: string, type: "default" | "first"): string {
  const id = new RegExp(`<w:headerReference w:type="${type}" r:id="([^"]+)"`).exec(sect)?.[1];
  if (!id) throw new Error(`no ${type} header`);
  const target = new RegExp(`Id="${id}"[^>]*Target="([^"]+)"|Target="([^"]+)"[^>]*Id="${id}"`).exec(
    p["word/_rels/document.xml.rels"],
  )!;
  return p[`word/${target[1] ?? target[2]}`];
}

/** The text width of a portrait page in twips (page width less the margins of the first section). */
function textWidthTw(doc: string): number {
  const s = sectionsOf(doc)[0];
  return attr(s, /<w:pgSz w:w="(\d+)"/) - attr(s, /w:left="(\d+)"/) - attr(s, /w:right="(\d+)"/);
}

/** The width of a line drawn as a paragraph's bottom border inside a box `box` twips wide. */
function ruleWidth(p: string, box: number): { width: number; left: number; right: number } {
  const left = attr(p, /<w:ind [^>]*w:left="(\d+)"/);
  const right = attr(p, /<w:ind [^>]*w:right="(\d+)"/);
  return { width: box - left - right, left, right };
}

/** The text width of a table cell in twips (its width less its left and right margins). */
function cellTextWidth(tc: string): number {
  const w = attr(tc, /<w:tcW w:type="dxa" w:w="(\d+)"/);
  const mar = /<w:tcMar>[\s\S]*?<\/w:tcMar>/.exec(tc)![0];
  return w - attr(mar, /<w:left w:type="dxa" w:w="(\d+)"/) - attr(mar, /<w:right w:type="dxa" w:w="(\d+)"/);
}

const bordered = (p: { xml: string }) => p.xml.includes("<w:pBdr><w:bottom ");
const isBold = (xml: string) => /<w:b\/>/.test(xml);

describe("the .docx of the example draft, read as Decree 30/2020/NĐ-CP asks", () => {
  let draft: Draft;
  let p: Record<string, string>;
  let doc: string;
  beforeAll(async () => {
    draft = draftOf({ parentAgency: "UBND TỈNH QUẢNG NGÃI" });
    p = parts(await pack(draft));
    doc = p["word/document.xml"];
  });

  test("page numbers: a PAGE field centred in the header at 13–14 pt; a section's first page has none", () => {
    const sects = sectionsOf(doc);
    expect(sects).toHaveLength(3);
    for (const s of sects) {
      expect(s).toContain("<w:titlePg/>");
      const numbered = header(p, s, "default");
      const para = paragraphs(numbered).find((x) => x.xml.includes("PAGE"))!;
      expect(para.xml).toMatch(/<w:instrText xml:space="preserve">PAGE<\/w:instrText>/);
      expect(para.xml).toMatch(/<w:fldChar w:fldCharType="begin"\/>/);
      expect(para.xml).toContain('<w:jc w:val="center"/>');
      const sizes = [...para.xml.matchAll(/<w:sz w:val="(\d+)"\/>/g)].map((m) => Number(m[1]) / 2);
      expect(sizes.length).toBeGreaterThan(0);
      for (const pt of sizes) expect([13, 14]).toContain(pt);
      expect([...para.xml.matchAll(/w:rFonts w:ascii="([^"]+)"/g)].map((m) => m[1])).toContain("Times New Roman");
      // The first page's header: no field, no text.
      const first = header(p, s, "first");
      expect(first).not.toContain("PAGE");
      expect(textOf(first)).toBe("");
    }
    // In the top margin: the header sits between the page's edge and the text.
    const s0 = sects[0];
    expect(attr(s0, /w:header="(\d+)"/)).toBeLessThan(attr(s0, /w:top="(\d+)"/));
    // One header for odd and even pages alike.
    expect(p["word/settings.xml"]).not.toMatch(/<w:evenAndOddHeaders(?: w:val="(?:true|1|on)")?\/>/);
  });

  test("the report is numbered from its first page on; each appendix, landscape, from 1 on its own", () => {
    const [report, ...appendices] = sectionsOf(doc);
    expect(report).toMatch(/w:orient="portrait"/);
    expect(report).not.toMatch(/<w:pgNumType [^>]*w:start=/);
    expect(appendices).toHaveLength(2);
    for (const s of appendices) {
      expect(s).toMatch(/w:orient="landscape"/);
      expect(s).toMatch(/<w:pgNumType [^>]*w:start="1"/);
      expect(s).toContain("<w:titlePg/>");
    }
  });

  test("the agency in full: the governing body not bold, then the issuing body in bold capitals, each line a paragraph", () => {
    const [left] = cells(rows(tables(doc)[0])[0]);
    const lines = paragraphs(left).filter((x) => x.text !== "");
    expect(lines.map((x) => x.text)).toEqual(["UBND TỈNH QUẢNG NGÃI", "ỦY BAN NHÂN DÂN", "THỊ XÃ ĐỨC PHỔ"]);
    expect(isBold(lines[0].xml)).toBe(false);
    for (const l of lines.slice(1)) expect(isBold(l.xml)).toBe(true);
    for (const l of lines) {
      expect(l.xml).toContain('<w:jc w:val="center"/>');
      expect(l.xml).toContain('<w:sz w:val="26"/>'); // 13 pt
    }
    // Each line fits its column (it is not broken inside a name).
    const room = cellTextWidth(left);
    expect(room).toBeGreaterThanOrEqual(textWidthPt("UBND TỈNH QUẢNG NGÃI", 13) * 20);
    expect(room).toBeGreaterThanOrEqual(textWidthPt("ỦY BAN NHÂN DÂN", 13, true) * 20);
  });

  test("a line under the agency, centred, 1/3 to 1/2 as long as its longest line", () => {
    const [left] = cells(rows(tables(doc)[0])[0]);
    const lines = paragraphs(left).filter(bordered);
    expect(lines).toHaveLength(1);
    const r = ruleWidth(lines[0].xml, cellTextWidth(left));
    expect(r.left).toBe(r.right);
    const longest = Math.max(...draft.meta.agencyLines.map((l) => textWidthPt(l, 13, true) * 20));
    expect(r.width / longest).toBeGreaterThanOrEqual(1 / 3);
    expect(r.width / longest).toBeLessThanOrEqual(1 / 2);
    // And under the tiêu ngữ, as long as it.
    const right = cells(rows(tables(doc)[0])[0])[1];
    expect(paragraphs(right).map((x) => x.text)).toEqual([
      "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
      "Độc lập - Tự do - Hạnh phúc",
      "",
    ]);
    const motto = ruleWidth(paragraphs(right).filter(bordered)[0].xml, cellTextWidth(right));
    expect(motto.left).toBe(motto.right);
    expect(Math.abs(motto.width - textWidthPt("Độc lập - Tự do - Hạnh phúc", 13, true) * 20)).toBeLessThan(20);
  });

  test('"Số" and the place and date on one line: the same row of the header table, the date in italics', () => {
    const row = rows(tables(doc)[0]).find((r) => textOf(r).includes("Số:"))!;
    const [num, date] = cells(row).map((c) => paragraphs(c).find((x) => x.text)!);
    expect(num.text).toBe("Số: 125/BC-UBND");
    expect(date.text).toBe("Đức Phổ, ngày 15 tháng 12 năm 2023");
    expect(date.xml).toContain("<w:i/>");
    expect(cells(row).every((c) => c.includes('<w:vAlign w:val="bottom"/>'))).toBe(true);
  });

  test('"BÁO CÁO", the trích yếu in bold and a line under it, centred, 1/3 to 1/2 of its width', () => {
    const ps = paragraphs(doc);
    const at = ps.findIndex((x) => x.text === "BÁO CÁO");
    expect(isBold(ps[at].xml)).toBe(true);
    expect(ps[at + 1].text).toBe(draft.meta.title);
    expect(isBold(ps[at + 1].xml)).toBe(true);
    expect(bordered(ps[at + 2])).toBe(true);
    const r = ruleWidth(ps[at + 2].xml, textWidthTw(doc));
    expect(r.left).toBe(r.right);
    const ratio = r.width / (textWidthPt(draft.meta.title, 14, true) * 20);
    expect(ratio).toBeGreaterThanOrEqual(1 / 3);
    expect(ratio).toBeLessThanOrEqual(1 / 2);
  });

  test("every heading is kept with the paragraph after it", () => {
    const headings = draft.body.filter((b) => b.kind === "heading").map((b) => b.text);
    expect(headings.length).toBeGreaterThan(5);
    const ps = paragraphs(doc);
    for (const h of headings) {
      const x = ps.find((q) => q.text === h)!;
      expect({ h, keepNext: x.xml.includes("<w:keepNext/>"), keepLines: x.xml.includes("<w:keepLines/>") }).toEqual({
        h,
        keepNext: true,
        keepLines: true,
      });
    }
    // The appendix label, title, caption and unit stay with their table.
    for (const t of ["PHỤ LỤC I", appendixCaption(draft.meta), "Đơn vị tính: triệu đồng"])
      expect(ps.find((q) => q.text === t)!.xml).toContain("<w:keepNext/>");
  });

  test("the document's language is Vietnamese (vi-VN), in the defaults and the Normal style", () => {
    const styles = p["word/styles.xml"];
    expect(/<w:rPrDefault>[\s\S]*?<\/w:rPrDefault>/.exec(styles)![0]).toContain('<w:lang w:val="vi-VN"/>');
    expect(/<w:style w:type="paragraph" w:styleId="Normal"[\s\S]*?<\/w:style>/.exec(styles)![0]).toContain(
      '<w:lang w:val="vi-VN"/>',
    );
    expect(styles).not.toMatch(/<w:lang w:val="en-US"/);
  });

  test('the closing, then "Nơi nhận" (12 pt bold italic, lines 11 pt) beside the signature', () => {
    const ps = paragraphs(doc);
    const closing = ps.findIndex((x) => x.text === "UBND thị xã Đức Phổ kính báo cáo./.");
    expect(closing).toBeGreaterThan(0);
    const sign = tables(doc).find((t) => textOf(t).includes("Nơi nhận:"))!;
    const [left, right] = cells(rows(sign)[0]);
    const lp = paragraphs(left);
    expect(lp.map((x) => x.text)).toEqual(["Nơi nhận:", ...recipientLines(draft.meta)]);
    expect(lp[0].xml).toMatch(/<w:b\/>[\s\S]*<w:i\/>[\s\S]*<w:sz w:val="24"\/>/);
    for (const x of lp.slice(1)) expect(x.xml).toContain('<w:sz w:val="22"/>');
    const rp = paragraphs(right);
    expect(rp.map((x) => x.text)).toEqual([...draft.meta.signerTitleLines, "Võ Thanh Hùng"]);
    for (const x of rp.slice(0, -1)) expect(isBold(x.xml)).toBe(true);
    // No signer given: the room is left, with no dots in it.
    expect(textOf(right)).not.toMatch(/\.{3}|…/);
    expect(attr(rp.at(-1)!.xml, /w:before="(\d+)"/)).toBeGreaterThanOrEqual(1200);
  });

  test("appendices: label, title, the caption of decree30.ts, the unit; header row repeated, rows not split", () => {
    const ps = paragraphs(doc);
    const label = ps.findIndex((x) => x.text === "PHỤ LỤC I");
    const t = draft.appendices[0].find((b): b is TableBlock => b.kind === "table")!;
    expect(ps.slice(label, label + 4).map((x) => x.text)).toEqual([
      "PHỤ LỤC I",
      t.title,
      appendixCaption(draft.meta),
      "Đơn vị tính: triệu đồng",
    ]);
    expect(appendixCaption(draft.meta)).toBe(
      "(Kèm theo Báo cáo số 125/BC-UBND ngày 15 tháng 12 năm 2023 của UBND thị xã Đức Phổ)",
    );
    const [l, title, caption, unit] = ps.slice(label, label + 4).map((x) => x.xml);
    for (const x of [l, title]) {
      expect(isBold(x)).toBe(true);
      expect(x).toContain('<w:jc w:val="center"/>');
    }
    expect(caption).toContain("<w:i/>");
    expect(caption).toContain('<w:jc w:val="center"/>');
    expect(unit).toContain("<w:i/>");
    expect(unit).toContain('<w:jc w:val="right"/>');
    const grid = tables(doc).filter((x) => x.includes('<w:tblBorders><w:top w:val="single"'));
    expect(grid).toHaveLength(2);
    for (const g of grid) {
      const [head, ...body] = rows(g);
      expect(head).toContain("<w:tblHeader/>");
      for (const r of body) expect(r).toContain("<w:cantSplit/>");
    }
  });
});

/** A department of a city: a governing body too long for one line, a long issuing body, a long place. */
const LONG: Partial<DraftMeta> = {
  parentAgency: "ỦY BAN NHÂN DÂN THÀNH PHỐ HỒ CHÍ MINH",
  agencyLines: ["SỞ KHOA HỌC VÀ CÔNG NGHỆ"],
  documentNumber: "Số: 125/BC-SKHCN",
  dateLine: "Thành phố Hồ Chí Minh, ngày 15 tháng 12 năm 2023",
  agencyShort: "Sở Khoa học và Công nghệ",
};

describe("a long agency and a signer", () => {
  test("the agency column keeps every line whole; a governing body too long for it goes on two lines at its area", async () => {
    const d = draftOf(LONG);
    const doc = parts(await pack(d))["word/document.xml"];
    const [left, right] = cells(rows(tables(doc)[0])[0]);
    const lines = paragraphs(left).filter((x) => x.text !== "");
    expect(lines.map((x) => x.text)).toEqual(["ỦY BAN NHÂN DÂN", "THÀNH PHỐ HỒ CHÍ MINH", "SỞ KHOA HỌC VÀ CÔNG NGHỆ"]);
    expect(lines.map((x) => isBold(x.xml))).toEqual([false, false, true]);
    const size = attr(lines[2].xml, /<w:sz w:val="(\d+)"\/>/) / 2;
    expect([12, 13]).toContain(size);
    for (const [l, bold] of [
      ["THÀNH PHỐ HỒ CHÍ MINH", false],
      ["SỞ KHOA HỌC VÀ CÔNG NGHỆ", true],
    ] as const)
      expect(cellTextWidth(left)).toBeGreaterThanOrEqual(textWidthPt(l, size, bold) * 20);
    // The Quốc hiệu keeps its line too, and so does the date (13–14 pt, measured upright: italics are no wider).
    expect(cellTextWidth(right)).toBeGreaterThanOrEqual(textWidthPt("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", 12, true) * 20);
    const date = paragraphs(doc).find((x) => x.text === LONG.dateLine)!;
    const dateSize = attr(date.xml, /<w:sz w:val="(\d+)"\/>/) / 2;
    expect([13, 14]).toContain(dateSize);
    expect(cellTextWidth(right)).toBeGreaterThanOrEqual(textWidthPt(LONG.dateLine!, dateSize) * 20);
    // For that the table reaches into the margins, by no more than 12 mm in all, most of it on the left.
    const header = tables(doc)[0];
    const outdent = -attr(header, /<w:tblInd w:type="dxa" w:w="(-?\d+)"\/>/);
    const spill = attr(header, /<w:tblW w:type="dxa" w:w="(\d+)"\/>/) - textWidthTw(doc);
    expect(outdent).toBeGreaterThan(0);
    expect(spill).toBeLessThanOrEqual(Math.round(12 * 56.7));
    expect(outdent).toBeLessThanOrEqual(spill);
    // The line under the agency is measured on the issuing body, not the governing body.
    const r = ruleWidth(paragraphs(left).filter(bordered)[0].xml, cellTextWidth(left));
    const ratio = r.width / (textWidthPt("SỞ KHOA HỌC VÀ CÔNG NGHỆ", size, true) * 20);
    expect(ratio).toBeGreaterThanOrEqual(1 / 3);
    expect(ratio).toBeLessThanOrEqual(1 / 2);
  });

  test("the signer's name, bold, under the room to sign; KT. and the title above", async () => {
    const d = draftOf({ signer: "Võ Thanh Hùng", signerTitleLines: ["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"] });
    const doc = parts(await pack(d))["word/document.xml"];
    const sign = tables(doc).find((t) => textOf(t).includes("Nơi nhận:"))!;
    const rp = paragraphs(cells(rows(sign)[0])[1]);
    expect(rp.map((x) => x.text)).toEqual(["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Võ Thanh Hùng"]);
    for (const x of rp) expect(isBold(x.xml)).toBe(true);
  });
});

test("a table cell whose number failed a check is red and bold; the note under the table too", async () => {
  const d = draftOf({}, { "Phụ lục I": { D12: 1907 } });
  const t = d.appendices[0].find((b): b is TableBlock => b.kind === "table")!;
  const row = t.rows.find((r) => r.cells[t.amountCol].startsWith("1.907"))!;
  row.marked = row.cells.map((_, i) => i === t.amountCol);
  const doc = parts(await pack(d))["word/document.xml"];
  const tr = rows(tables(doc).find((x) => textOf(x).includes("1.907"))!).find((r) => textOf(r).includes("1.907"))!;
  const tcs = cells(tr);
  const amount = tcs[t.amountCol];
  const firstRun = /<w:r>[\s\S]*?<\/w:r>/.exec(amount)![0];
  expect(textOf(firstRun)).toMatch(/^1\.907/);
  expect(firstRun).toContain('<w:color w:val="C00000"/>');
  expect(isBold(firstRun)).toBe(true);
  expect(tcs[1]).not.toContain("C00000");
  // The note under the table names the cell, in red.
  const note = paragraphs(doc).find((x) => x.text === "[CHƯA KHỚP — kiểm tra Phụ lục I!D12]")!;
  expect(note.xml).toContain('<w:color w:val="C00000"/>');
});

/** `name` on PATH, or undefined. */
function which(name: string): string | undefined {
  for (const dir of (process.env.PATH ?? "").split(":")) {
    const f = join(dir, name);
    if (dir && existsSync(f)) return f;
  }
  return undefined;
}

/** LibreOffice with its Writer module (soffice without it cannot open a .docx). */
function writerInstalled(soffice: string): boolean {
  const dir = dirname(realpathSync(soffice));
  return readdirSync(dir).some((f) => f.startsWith("libswlo."));
}

const soffice = which("soffice");
const pdftotext = which("pdftotext");
const missing = !soffice
  ? "LibreOffice not installed"
  : !writerInstalled(soffice)
    ? "LibreOffice Writer not installed"
    : !pdftotext
      ? "pdftotext (poppler-utils) not installed"
      : "";

if (missing) {
  describe(`rendering with LibreOffice — SKIPPED: ${missing}`, () => {
    test(`${missing}: render check skipped`, () => {
      console.log(`${missing}: render check skipped`);
    });
  });
} else {
  describe("rendering with LibreOffice: pages numbered from page 2, each appendix on its own, no name broken", () => {
    const dir = mkdtempSync(join(tmpdir(), "baocao-render-"));
    /** Each rendered document as pages of lines (pdftotext -layout). */
    const pages: Record<string, string[][]> = {};
    beforeAll(async () => {
      writeFileSync(join(dir, "example.docx"), await pack(draftOf()));
      writeFileSync(join(dir, "long.docx"), await pack(draftOf(LONG)));
      const profile = `file://${join(dir, "profile")}`;
      const r = spawnSync(
        soffice!,
        [
          `-env:UserInstallation=${profile}`,
          "--headless",
          "--convert-to",
          "pdf",
          "--outdir",
          dir,
          join(dir, "example.docx"),
          join(dir, "long.docx"),
        ],
        { encoding: "utf8", timeout: 110_000 },
      );
      if (r.status !== 0) throw new Error(`soffice failed (${r.status ?? r.signal}): ${r.stderr}`);
      for (const name of ["example", "long"]) {
        const t = spawnSync(pdftotext!, ["-layout", join(dir, `${name}.pdf`), "-"], { encoding: "utf8" });
        expect(t.status).toBe(0);
        pages[name] = t.stdout
          .split("\f")
          .filter((pg) => pg.trim() !== "")
          .map((pg) => pg.split("\n"));
      }
    }, 120_000);
    afterAll(() => rmSync(dir, { recursive: true, force: true }));

    const firstLine = (page: string[]) => page.find((l) => l.trim() !== "")!;

    test("at least 3 pages; page 1 has no number, page 2 begins with its number, centred", () => {
      const pg = pages.example;
      expect(pg.length).toBeGreaterThanOrEqual(3);
      expect(firstLine(pg[0])).toMatch(/ỦY BAN NHÂN DÂN/);
      expect(pg[0].some((l) => /^\s*\d+\s*$/.test(l))).toBe(false);
      const n = firstLine(pg[1]);
      expect(n.trim()).toBe("2");
      // Centred: about as far from the left as the page's longest line is long, halved.
      const width = Math.max(...pg[1].map((l) => l.trimEnd().length));
      const at = n.indexOf("2") / width;
      expect(at).toBeGreaterThan(0.35);
      expect(at).toBeLessThan(0.65);
    });

    test("the report's pages are numbered in turn; each appendix starts unnumbered and counts again from 1", () => {
      const first = pages.example.map((page) => firstLine(page).trim());
      // A section starts on page 1 and on each appendix's label; every other page begins with its number in its section.
      let n = 0;
      const want = first.map((line, i) => {
        const start = i === 0 || line.startsWith("PHỤ LỤC");
        n = start ? 1 : n + 1;
        return start ? line : String(n);
      });
      expect(first).toEqual(want);
      expect(first.filter((l) => l.startsWith("PHỤ LỤC"))).toEqual(["PHỤ LỤC I", "PHỤ LỤC II"]);
      // Phụ lục II runs onto a second page, numbered 2.
      expect(first.at(-1)).toBe("2");
      expect(first.at(-2)).toBe("PHỤ LỤC II");
    });

    test("a long agency, governing body and place are never broken inside a name", () => {
      const page1 = pages.long[0].join("\n");
      for (const name of [
        "ỦY BAN NHÂN DÂN",
        "THÀNH PHỐ HỒ CHÍ MINH",
        "SỞ KHOA HỌC VÀ CÔNG NGHỆ",
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
      ])
        expect(page1).toContain(name);
    });
  });
}
