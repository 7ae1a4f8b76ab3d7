/**
 * `baocao draft`: the Word document it writes (its layout is tested in test/docx/buildDocx.test.ts) and the
 * workbook copy with the "Bản thảo" sheet; the source workbook is never touched.
 */
import { createHash } from "node:crypto";
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
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
  test("adds the sheet and one per appendix, keeps the others, bullets stored as text", () => {
    const grids = readXlsx(new Uint8Array(readFileSync(xlsxPath)));
    expect(grids.map((g) => g.name)).toEqual([
      ...exampleTemplate().map((x) => x.name),
      "Bản thảo",
      "Bản thảo - Phụ lục I",
      "Bản thảo - Phụ lục II",
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
          "Tổng kinh phí khoảng 13.570 triệu đồng (theo Phụ lục II đính kèm); trong đó: nhóm phát triển chính quyền số: 4.420 triệu đồng; nhóm phát triển kinh tế số, xã hội số: 250 triệu đồng; đảm bảo an toàn, an ninh mạng: 750 triệu đồng; nhóm chuyển đổi nhận thức: 150 triệu đồng; đô thị thông minh: 8.000 triệu đồng.",
      ),
    ).toBe(true);
  });
  test("drafting the copy again adds Bản thảo (2) and its appendices, never overwriting", async () => {
    const again = join(dir, "again.xlsx");
    expect((await run(["draft", xlsxPath, "--xlsx", again])).code).toBe(0);
    expect(
      readXlsx(new Uint8Array(readFileSync(again)))
        .map((g) => g.name)
        .slice(-4),
    ).toEqual(["Bản thảo - Phụ lục II", "Bản thảo (2)", "Bản thảo (2) - Phụ lục I", "Bản thảo (2) - Phụ lục II"]);
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

/** No error code ("ENOENT", "EACCES"…) and no stack trace reaches the user. */
function expectWords(stderr: string): void {
  expect(stderr).not.toMatch(/\bE[A-Z]{3,}\b|\n\s+at |Error:/);
}

describe("outputs: checked before anything is written, then both or neither", () => {
  test("a missing folder: named in a sentence, exit 2, the other output not written", async () => {
    const d = mkdtempSync(join(dir, "missing-"));
    const docx = join(d, "bao-cao.docx");
    const missing = join(d, "chua-tao");
    const vi = await run(["draft", source, "--docx", docx, "--xlsx", join(missing, "bao-cao.xlsx")]);
    expect({ code: vi.code, stdout: vi.stdout }).toEqual({ code: 2, stdout: "" });
    expect(vi.stderr).toBe(`baocao: Thư mục "${missing}" không tồn tại — tạo thư mục trước hoặc chọn nơi khác.\n`);
    const en = await run(["draft", source, "--docx", docx, "--xlsx", join(missing, "bao-cao.xlsx"), "--lang", "en"]);
    expect(en.stderr).toBe(`baocao: The folder "${missing}" does not exist — create it first or choose another place.\n`);
    expect(readdirSync(d)).toEqual([]);
  });

  test("a folder that cannot be written (chmod 500; as root, where chmod does not stop anyone, a path under a file)", async () => {
    const d = mkdtempSync(join(dir, "locked-"));
    const docx = join(d, "bao-cao.docx");
    let target: string;
    let message: string;
    if (process.getuid?.() !== 0) {
      const locked = join(d, "locked");
      mkdirSync(locked);
      chmodSync(locked, 0o500);
      target = join(locked, "bao-cao.xlsx");
      message = `baocao: Không có quyền ghi vào thư mục "${locked}" — chọn nơi khác hoặc xin quyền ghi.\n`;
    } else {
      console.log(
        "Running as root: chmod 500 does not stop root; a path under a file stands for the folder that cannot be written.",
      );
      target = join(source, "bao-cao.xlsx");
      message = `baocao: "${source}" là một tệp, không phải thư mục — không thể ghi "${target}" vào đó.\n`;
    }
    const r = await run(["draft", source, "--docx", docx, "--xlsx", target]);
    expect({ code: r.code, stdout: r.stdout, stderr: r.stderr }).toEqual({ code: 2, stdout: "", stderr: message });
    expect(existsSync(docx)).toBe(false);
    expectWords(r.stderr);
  });

  test("--docx and --xlsx naming one file: refused, nothing written", async () => {
    const d = mkdtempSync(join(dir, "same-"));
    const out = join(d, "ra.xlsx");
    const r = await run(["draft", source, "--docx", out, "--xlsx", join(d, ".", "ra.xlsx")]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      `baocao: Hai tệp ra "${out}" và "${join(d, ".", "ra.xlsx")}" là cùng một tệp; hãy cho hai tên tệp khác nhau.\n`,
    );
    expect(readdirSync(d)).toEqual([]);
  });

  test("the source reached through a symbolic link is never written, even with --force", async () => {
    const link = join(dir, "link-to-source.xlsx");
    symlinkSync(source, link);
    const before = sha(source);
    const r = await run(["draft", source, "--xlsx", link, "--force", "--lang", "en"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      `baocao: Will not write over the source "${source}" ("${link}" is that very file); choose another output name.\n`,
    );
    expect(sha(source)).toBe(before);
  });

  test("several problems: one line each, in the order of the outputs", async () => {
    const r = await run(["draft", source, "--docx", docxPath, "--xlsx", join(dir, "nowhere", "x.xlsx")]);
    expect(r.code).toBe(2);
    expect(r.stderr.split("\n")).toEqual([
      `baocao: Tệp "${docxPath}" đã có; không ghi đè. Chọn tên khác hoặc thêm --force.`,
      `baocao: Thư mục "${join(dir, "nowhere")}" không tồn tại — tạo thư mục trước hoặc chọn nơi khác.`,
      "",
    ]);
  });

  test("--force writes both over the old ones, leaving no temporary file", async () => {
    const d = mkdtempSync(join(dir, "force-"));
    const docx = join(d, "bao-cao.docx");
    const xlsx = join(d, "bao-cao.xlsx");
    writeFileSync(docx, "old docx");
    writeFileSync(xlsx, "old xlsx");
    const r = await run(["draft", source, "--docx", docx, "--xlsx", xlsx, "--force"]);
    expect(r.code).toBe(0);
    expect(readdirSync(d).sort()).toEqual(["bao-cao.docx", "bao-cao.xlsx"]);
    expect(readXlsx(new Uint8Array(readFileSync(xlsx))).map((g) => g.name)).toContain("Bản thảo");
    expect(paragraphs(strFromU8(unzipSync(new Uint8Array(readFileSync(docx)))["word/document.xml"]))).toContain("BÁO CÁO");
  });

  test("the --xlsx copy is the source package with the sheet added: every other part byte for byte", () => {
    const a = unzipSync(new Uint8Array(readFileSync(source)));
    const b = unzipSync(new Uint8Array(readFileSync(xlsxPath)));
    const changed = Object.keys(a).filter((n) => !(n in b) || !Buffer.from(a[n]).equals(Buffer.from(b[n])));
    expect(changed.sort()).toEqual(["[Content_Types].xml", "xl/_rels/workbook.xml.rels", "xl/styles.xml", "xl/workbook.xml"]);
    expect(Object.keys(b).filter((n) => !(n in a))).toEqual([
      "xl/worksheets/sheet6.xml",
      "xl/worksheets/sheet7.xml",
      "xl/worksheets/sheet8.xml",
    ]);
  });
});

describe("unverified and unchecked numbers: counted on stderr; --strict exits 1", () => {
  let typo: string;
  beforeAll(async () => {
    const specs = exampleTemplate();
    const d12 = specs[0].cells.find((c) => c.row === 11 && c.col === 3)!;
    delete d12.formula;
    d12.value = 1907;
    typo = join(dir, "typo-strict.xlsx");
    writeFileSync(typo, await writeXlsx(specs));
  });

  test("a planted error: the count and the cell; exit 1 with --strict (the outputs still written), 0 without", async () => {
    const d = mkdtempSync(join(dir, "strict-"));
    const docx = join(d, "bao-cao.docx");
    const r = await run(["draft", typo, "--docx", docx, "--strict"]);
    expect(r.code).toBe(1);
    expect(r.stderr.split("\n")).toEqual([
      `baocao: Đã ghi "${docx}".`,
      'baocao: Bản thảo có 8 phần không có số liệu trong sổ, để đơn vị tự viết — tìm "[Đơn vị bổ sung:" trong bản thảo.',
      "baocao: 1 số trong bản thảo chưa khớp: Phụ lục I!D12 — chỗ dùng chúng có đánh dấu [CHƯA KHỚP].",
      "baocao: 6 số trong bản thảo lấy từ ô chưa được kiểm tra (không có tổng hay tỷ lệ nào để đối chiếu): Số liệu!E28, Số liệu!E29, Số liệu!E30, Số liệu!E31, Số liệu!C26, Số liệu!C27.",
      "baocao: --strict: mã thoát 1 vì bản thảo dùng 1 số chưa khớp và 6 số chưa được kiểm tra.",
      "",
    ]);
    expect(existsSync(docx)).toBe(true);
    const en = await run(["draft", typo, "--strict", "--lang", "en"]);
    expect(en.code).toBe(1);
    expect(en.stderr).toContain(
      "baocao: 1 number of the draft did not check out: Phụ lục I!D12 — marked [CHƯA KHỚP] where used.\n",
    );
    expect(en.stderr).toContain(
      "baocao: --strict: exit 1, the draft uses 1 number that did not check out and 6 that no check verified.\n",
    );
    expect((await run(["draft", typo])).code).toBe(0);
  });

  test("the clean example: its 6 rates and payments stand alone (as `check --strict` says), so --strict exits 1; the appendices alone exit 0", async () => {
    const r = await run(["draft", source, "--strict"]);
    expect(r.code).toBe(1);
    expect(r.stderr).not.toContain("chưa khớp:");
    expect(r.stderr).toContain("baocao: --strict: mã thoát 1 vì bản thảo dùng 0 số chưa khớp và 6 số chưa được kiểm tra.\n");
    // Phụ lục I and II only: every amount is verified by its sub-total and total.
    const file = join(dir, "appendices-only.xlsx");
    writeFileSync(file, await writeXlsx(exampleTemplate().filter((s) => s.name.startsWith("Phụ lục"))));
    const clean = await run(["draft", file, "--strict"]);
    expect(clean.code).toBe(0);
    expect(clean.stderr).not.toMatch(/chưa khớp|chưa được kiểm tra/);
  });

  test("numbers no check verified: counted and named; --strict exits 1", async () => {
    // "Số liệu" without its rate column and breakdown rows: C6 and D6 are checked by nothing.
    const specs = exampleTemplate();
    const figures = specs.find((s) => s.name === "Số liệu")!;
    figures.cells = figures.cells.filter((c) => c.col !== 4 && !(c.row > 5 && c.row < 12));
    for (const c of figures.cells) delete c.formula;
    const file = join(dir, "unchecked.xlsx");
    writeFileSync(file, await writeXlsx(specs));
    const r = await run(["draft", file, "--strict"]);
    expect(r.code).toBe(1);
    const m =
      /baocao: (\d+) số trong bản thảo lấy từ ô chưa được kiểm tra \(không có tổng hay tỷ lệ nào để đối chiếu\): ([^\n]*)\.\n/.exec(
        r.stderr,
      )!;
    expect(m[2].split(", ")).toEqual(expect.arrayContaining(["Số liệu!C6", "Số liệu!D6"]));
    expect(Number(m[1])).toBe(m[2].split(", ").length);
    expect(r.stderr).toContain(
      `baocao: --strict: mã thoát 1 vì bản thảo dùng 0 số chưa khớp và ${m[1]} số chưa được kiểm tra.\n`,
    );
    expect((await run(["draft", file])).code).toBe(0);
  });
});
