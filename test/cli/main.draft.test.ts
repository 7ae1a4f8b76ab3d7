/**
 * `baocao draft`: the Word document (unzipped and read: page, margins, fonts, paragraphs) and the
 * workbook copy with the "Bản thảo" sheet; the source workbook is never touched.
 */
import { createHash } from "node:crypto";
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { strFromU8, unzipSync } from "fflate";
import { main } from "../../src/cli/main";
import { readXlsx } from "../../src/cli/xlsx/readXlsx";
import { writeXlsx } from "../../src/cli/writeXlsx";
import { exampleTemplate } from "../../src/core/template/example";

const dir = mkdtempSync(join(tmpdir(), "baocao-draft-"));

async function run(args: string[]) {
  let stdout = "";
  let stderr = "";
  const code = await main(args, { stdout: (s) => (stdout += s), stderr: (s) => (stderr += s) });
  return { code, stdout, stderr };
}

const sha = (p: string) => createHash("sha256").update(readFileSync(p)).digest("hex");

let source: string;
let docXml: string;
let docxPath: string;
let xlsxPath: string;

beforeAll(async () => {
  source = join(dir, "mau.xlsx");
  writeFileSync(source, await writeXlsx(exampleTemplate()));
  const before = sha(source);
  docxPath = join(dir, "bao-cao.docx");
  xlsxPath = join(dir, "bao-cao.xlsx");
  const r = await run(["draft", source, "--docx", docxPath, "--xlsx", xlsxPath]);
  expect(r.code).toBe(0);
  expect(sha(source)).toBe(before);
  docXml = strFromU8(unzipSync(new Uint8Array(readFileSync(docxPath)))["word/document.xml"]);
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
      "UBND THỊ XÃ ĐỨC PHỔ",
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
    // The tiêu ngữ is underlined; the date line is italic.
    const motto = docXml.match(/<w:r>(?:(?!<\/w:r>)[\s\S])*Độc lập - Tự do - Hạnh phúc/)![0];
    expect(motto).toMatch(/<w:u w:val="single"\/>/);
    const date = docXml.match(/<w:r>(?:(?!<\/w:r>)[\s\S])*Đức Phổ, ngày/)![0];
    expect(date).toMatch(/<w:i\/>/);
  });
  test("the appendix tables carry their sub-totals and total", () => {
    const ps = paragraphs(docXml);
    for (const n of ["6.992,46", "1.970", "8.962,46", "4.420", "8.000", "13.570", "92,46"]) expect(ps).toContain(n);
  });
});

describe("the workbook copy with a Bản thảo sheet", () => {
  test("adds the sheet, keeps the others, bullets stored as text", () => {
    const grids = readXlsx(new Uint8Array(readFileSync(xlsxPath)));
    expect(grids.map((g) => g.name)).toEqual(["Phụ lục I", "Phụ lục II", "Số liệu", "Chỉ tiêu 2024", "Bản thảo"]);
    const sheet = grids[4];
    const cells = sheet.rows.flatMap((r) => (r ?? []).filter(Boolean));
    const bullets = cells.filter((c) => typeof c!.value === "string" && c!.value.startsWith("- "));
    expect(bullets.length).toBeGreaterThan(30);
    for (const b of bullets) expect(b!.formula).toBeUndefined();
    expect(
      cells.some(
        (c) =>
          c!.value ===
          "Tổng kinh phí khoảng 13.570 triệu đồng (theo Phụ lục II đính kèm); trong đó: Nhóm phát triển chính quyền số: 4.420 triệu đồng; Nhóm phát triển kinh tế số, xã hội số: 250 triệu đồng; Đảm bảo an toàn, an ninh mạng: 750 triệu đồng; Nhóm chuyển đổi nhận thức: 150 triệu đồng; Đô thị thông minh: 8.000 triệu đồng.",
      ),
    ).toBe(true);
  });
  test("drafting the copy again adds Bản thảo (2), never overwriting", async () => {
    const again = join(dir, "again.xlsx");
    expect((await run(["draft", xlsxPath, "--xlsx", again])).code).toBe(0);
    expect(
      readXlsx(new Uint8Array(readFileSync(again)))
        .map((g) => g.name)
        .slice(-2),
    ).toEqual(["Bản thảo", "Bản thảo (2)"]);
  });
});

describe("never touching FILE", () => {
  test("an output named like the source is refused", async () => {
    const before = sha(source);
    const r = await run(["draft", source, "--docx", source]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/Không ghi đè tệp nguồn/);
    expect(sha(source)).toBe(before);
  });
  test("an existing output is kept unless --force: same bytes, nothing else written, and the message says why", async () => {
    const docxBefore = sha(docxPath);
    const fresh = join(dir, "not-written.xlsx");
    const vi = await run(["draft", source, "--xlsx", fresh, "--docx", docxPath]);
    expect({ code: vi.code, stdout: vi.stdout }).toEqual({ code: 2, stdout: "" });
    expect(vi.stderr).toBe(`baocao: Tệp "${docxPath}" đã có; không ghi đè. Chọn tên khác hoặc thêm --force.\n`);
    expect(sha(docxPath)).toBe(docxBefore);
    // One refused output stops the run before anything is written.
    expect(existsSync(fresh)).toBe(false);
    const xlsxBefore = sha(xlsxPath);
    const en = await run(["draft", source, "--xlsx", xlsxPath, "--lang", "en"]);
    expect({ code: en.code, stdout: en.stdout }).toEqual({ code: 2, stdout: "" });
    expect(en.stderr).toBe(`baocao: "${xlsxPath}" already exists; not overwritten. Choose another name or add --force.\n`);
    expect(sha(xlsxPath)).toBe(xlsxBefore);
  });
  test("--force writes the output over the old one", async () => {
    const old = join(dir, "old.docx");
    writeFileSync(old, "an older draft");
    const r = await run(["draft", source, "--docx", old, "--force"]);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain(`Đã ghi "${old}".`);
    const xml = strFromU8(unzipSync(new Uint8Array(readFileSync(old)))["word/document.xml"]);
    expect(paragraphs(xml)).toContain("8.962,46");
  });
  test("without outputs the draft is printed", async () => {
    const r = await run(["draft", source]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("năm 2023: 1.970 triệu đồng.");
  });
  test("a failed check still drafts, and says which numbers are unverified", async () => {
    const specs = exampleTemplate();
    const d12 = specs[0].cells.find((c) => c.row === 11 && c.col === 3)!;
    delete d12.formula;
    d12.value = 1907;
    const bad = join(dir, "typo.xlsx");
    writeFileSync(bad, await writeXlsx(specs));
    const r = await run(["draft", bad]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("[CHƯA KHỚP — kiểm tra Phụ lục I!D12]");
    expect(r.stderr).toMatch(/Phụ lục I!D12/);
  });
});
