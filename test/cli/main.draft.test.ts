/**
 * `baocao draft`: the Word document it writes (its layout is tested in test/docx/buildDocx.test.ts) and the
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

describe("--docx", () => {
  test("writes the draft as a Word document (its layout: test/docx/buildDocx.test.ts)", () => {
    const ps = paragraphs(docXml);
    expect(ps).toContain("BÁO CÁO");
    expect(ps.some((p) => p.includes("8.962,46 triệu đồng"))).toBe(true);
  });
});

describe("the workbook copy with a Bản thảo sheet", () => {
  test("adds the sheet, keeps the others, bullets stored as text", () => {
    const grids = readXlsx(new Uint8Array(readFileSync(xlsxPath)));
    expect(grids.map((g) => g.name)).toEqual([
      "Phụ lục I",
      "Phụ lục II",
      "Số liệu",
      "Chỉ tiêu 2024",
      "Thông tin văn bản",
      "Bản thảo",
    ]);
    const sheet = grids[5];
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
