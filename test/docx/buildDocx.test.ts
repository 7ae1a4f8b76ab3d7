/**
 * The draft as a .docx (src/docx/buildDocx.ts) follows Decree 30/2020/NĐ-CP on administrative
 * documents: page, margins, fonts, the header block, the sections, the appendices. The draft is
 * the example template's (the Đức Phổ 2023 report, docs/report-example.md), checked and drafted as
 * `baocao draft --docx` does.
 */
import { strFromU8, unzipSync } from "fflate";
import { buildDocx, Packer } from "../../src/docx/buildDocx";
import { draftReport } from "../../src/core/draft/draft";
import { checkWorkbook } from "../../src/core/engine";
import { templateGrids } from "../../testkit/templateGrids";

let docXml: string;

beforeAll(async () => {
  const { model, report } = checkWorkbook(templateGrids(), { lang: "vi" });
  expect(report.findings.filter((f) => f.severity === "error")).toEqual([]);
  const bytes = new Uint8Array(await Packer.toBuffer(buildDocx(draftReport(model, report))));
  docXml = strFromU8(unzipSync(bytes)["word/document.xml"]);
});

/** The text of every paragraph of the document, in order. */
function paragraphs(xml: string): string[] {
  return [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((m) =>
    [...m[0].matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((t) => t[1]).join(""),
  );
}

describe("the .docx follows Decree 30/2020/NĐ-CP", () => {
  test("A4 portrait body, margins top/bottom 20 mm, left 30 mm, right 15 mm", () => {
    const first = /<w:sectPr[\s\S]*?<\/w:sectPr>/.exec(docXml)![0];
    expect(first).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
    const mar = /<w:pgMar ([^>]*)\/>/.exec(first)![1];
    const v = (k: string) => Number(new RegExp(`w:${k}="(\\d+)"`).exec(mar)![1]) / 56.7;
    expect(v("top")).toBeGreaterThanOrEqual(20);
    expect(v("top")).toBeLessThanOrEqual(25);
    expect(v("bottom")).toBeGreaterThanOrEqual(20);
    expect(v("bottom")).toBeLessThanOrEqual(25);
    expect(v("left")).toBeGreaterThanOrEqual(30);
    expect(v("left")).toBeLessThanOrEqual(35);
    expect(v("right")).toBeGreaterThanOrEqual(15);
    expect(v("right")).toBeLessThanOrEqual(20);
  });
  test("the appendices on their own landscape pages", () => {
    const sections = docXml.match(/<w:sectPr[\s\S]*?<\/w:sectPr>/g)!;
    expect(sections).toHaveLength(3);
    for (const s of sections.slice(1)) expect(s).toMatch(/w:orient="landscape"/);
  });
  test("Times New Roman, body 14 pt, justified with a 1,27 cm first-line indent", () => {
    const fonts = [...docXml.matchAll(/w:rFonts w:ascii="([^"]+)"/g)].map((m) => m[1]);
    expect(fonts.length).toBeGreaterThan(50);
    expect(new Set(fonts)).toEqual(new Set(["Times New Roman"]));
    const body = docXml
      .match(/<w:p>[\s\S]*?<\/w:p>|<w:p [\s\S]*?<\/w:p>/g)!
      .find((p) => p.includes("Tổng kinh phí chi cho công tác chuyển đổi số"))!;
    expect(body).toMatch(/<w:jc w:val="both"\/>/);
    expect(body).toMatch(/<w:ind w:firstLine="720"\/>/);
    expect(body).toMatch(/<w:sz w:val="28"\/>/);
  });
  test("header block, title, sections, signature and Nơi nhận, in order", () => {
    const ps = paragraphs(docXml);
    const at = (s: string) => ps.findIndex((p) => p.includes(s));
    const order = [
      "ỦY BAN NHÂN DÂN",
      "THỊ XÃ ĐỨC PHỔ",
      "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
      "Độc lập - Tự do - Hạnh phúc",
      "Đức Phổ, ngày",
      "BÁO CÁO",
      "Kết quả thực hiện công tác chuyển đổi số trên địa bàn thị xã năm 2023",
      "II. KẾT QUẢ THỰC HIỆN",
      "Tổng kinh phí chi cho công tác chuyển đổi số từ năm 2021 đến 2023 là: 8.962,46 triệu đồng; trong đó: năm 2021: 6.100 triệu đồng, năm 2022: 892,46 triệu đồng, năm 2023: 1.970 triệu đồng.",
      "1. Mục tiêu",
      "Tổng kinh phí khoảng 13.570 triệu đồng",
      "Nơi nhận:",
      "PHỤ LỤC I",
      "PHỤ LỤC II",
    ];
    const idx = order.map(at);
    expect(idx.every((i) => i >= 0)).toBe(true);
    expect([...idx].sort((a, b) => a - b)).toEqual(idx);
    // The date line is italic (the lines under the agency, the tiêu ngữ and the title: decree30.test.ts).
    const date = docXml.match(/<w:r>(?:(?!<\/w:r>)[\s\S])*Đức Phổ, ngày/)![0];
    expect(date).toMatch(/<w:i\/>/);
  });
  test("the appendix tables carry their sub-totals and total", () => {
    const ps = paragraphs(docXml);
    for (const n of ["6.992,46", "1.970", "8.962,46", "4.420", "8.000", "13.570", "92,46"]) expect(ps).toContain(n);
  });
});
