/**
 * The document's own details on the command line of `baocao draft` (src/cli/draftDetails.ts), end to
 * end through the real bin (`node bin/baocao.js`, build/ from `npm run build:cli`): the options reach
 * the .docx, override the "Thông tin văn bản" sheet, and the details nobody gave are named on stderr;
 * `baocao template` writes the sheet.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { strFromU8, unzipSync } from "fflate";
import { detailOptionsUsage, missingDetailsMessage, readDetailOption } from "../../src/cli/draftDetails";
import { readXlsx } from "../../src/cli/xlsx/readXlsx";
import { DETAILS_SHEET, DETAIL_ROWS, readDetailsSheet } from "../../src/core/draft/detailsSheet";
import type { DocumentDetails } from "../../src/core/draft/types";
import { EXAMPLE_DETAILS } from "../../src/core/template/example";
import { templateGrids } from "../../testkit/templateGrids";
import { gridsToXlsx } from "../../testkit/writeGrids";

const ROOT = resolve(__dirname, "../..");
const BIN = join(ROOT, "bin", "baocao.js");
const dir = mkdtempSync(join(tmpdir(), "baocao-details-"));

function baocao(...args: string[]) {
  const r = spawnSync(process.execPath, [BIN, ...args], { encoding: "utf8", cwd: dir });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** The text of every paragraph of a .docx, in order. */
function docxParagraphs(path: string): string[] {
  const xml = strFromU8(unzipSync(new Uint8Array(readFileSync(path)))["word/document.xml"]);
  return [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((m) =>
    [...m[0].matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((t) => t[1]).join(""),
  );
}

/** The stderr line naming the missing details, or "" when there is none. */
const missingLine = (stderr: string) =>
  stderr.split("\n").find((l) => l.startsWith("baocao: Chưa có thông tin") || l.startsWith("baocao: Details missing")) ?? "";

let withSheet: string;
let withoutSheet: string;

beforeAll(async () => {
  if (!existsSync(join(ROOT, "build", "cli", "main.js"))) throw new Error("build/ is missing: run `npm run build:cli` first");
  withSheet = join(dir, "mau.xlsx");
  expect(baocao("template", "-o", withSheet).code).toBe(0);
  withoutSheet = join(dir, "khong-thong-tin.xlsx");
  writeFileSync(withoutSheet, await gridsToXlsx(templateGrids().filter((g) => g.name !== DETAILS_SHEET)));
});

describe("baocao template", () => {
  test("writes the 'Thông tin văn bản' sheet with the example's details, read back through the .xlsx", () => {
    const grids = readXlsx(new Uint8Array(readFileSync(withSheet)));
    const sheet = grids.find((g) => g.name === DETAILS_SHEET);
    expect(grids.map((g) => g.name)).toEqual(["Phụ lục I", "Phụ lục II", "Số liệu", "Chỉ tiêu 2024", DETAILS_SHEET]);
    expect(readDetailsSheet(sheet!)).toEqual(EXAMPLE_DETAILS);
  });
});

describe("baocao draft with the details", () => {
  test("a workbook without the sheet: the draft is written, and stderr names each missing detail with its option", () => {
    const out = join(dir, "thieu.docx");
    const r = baocao("draft", withoutSheet, "--docx", out);
    expect(r.code).toBe(0);
    expect(missingLine(r.stderr)).toBe(
      "baocao: Chưa có thông tin: số, ký hiệu (điền khi ban hành) (--so-ky-hieu); ngày ban hành (điền khi ban hành) (--ngay); " +
        'người ký (--nguoi-ky); đơn vị soạn thảo (--don-vi-soan-thao). Bản thảo để trống các chỗ này — điền vào trang "Thông tin văn bản" ' +
        "của sổ (baocao template có trang này) hoặc dùng các tùy chọn trên.",
    );
    const ps = docxParagraphs(out);
    expect(ps).toContain("TM. ỦY BAN NHÂN DÂN");
    expect(ps).toContain("- Sở Khoa học và Công nghệ (b/c);");
    expect(ps).toContain("- Lưu: VT.");
  });

  test("the options reach the .docx, and the missing list shrinks to what is still not given", () => {
    const out = join(dir, "co-nguoi-ky.docx");
    const r = baocao(
      "draft",
      withoutSheet,
      "--docx",
      out,
      "--nguoi-ky",
      "Nguyễn Văn A",
      "--tham-quyen=KT",
      "--so-ky-hieu",
      "7/BC-UBND",
      "--noi-nhan",
      "Sở Tài chính (b/c)",
      "--noi-nhan=UBND tỉnh Quảng Ngãi (b/c)",
    );
    expect(r.code).toBe(0);
    expect(missingLine(r.stderr)).toBe(
      "baocao: Chưa có thông tin: ngày ban hành (điền khi ban hành) (--ngay); đơn vị soạn thảo (--don-vi-soan-thao). " +
        'Bản thảo để trống các chỗ này — điền vào trang "Thông tin văn bản" của sổ (baocao template có trang này) hoặc dùng các tùy chọn trên.',
    );
    const ps = docxParagraphs(out);
    for (const text of [
      "Nguyễn Văn A",
      "KT. CHỦ TỊCH",
      "PHÓ CHỦ TỊCH",
      "Số: 7/BC-UBND",
      "- Sở Tài chính (b/c);",
      "- UBND tỉnh Quảng Ngãi (b/c);",
    ])
      expect({ text, found: ps.includes(text) }).toEqual({ text, found: true });
    expect(ps).not.toContain("- Sở Khoa học và Công nghệ (b/c);");
  });

  test("every detail given: nothing named missing, in English too", () => {
    const all = ["--ngay", "05/02/2024", "--nguoi-ky", "Nguyễn Văn A", "--so-ky-hieu", "7", "--don-vi-soan-thao", "VHTT"];
    const vi = baocao("draft", withoutSheet, "--docx", join(dir, "du.docx"), ...all);
    expect(vi.code).toBe(0);
    expect(missingLine(vi.stderr)).toBe("");
    const en = baocao("draft", withoutSheet, "--docx", join(dir, "du-en.docx"), "--nguoi-ky", "Nguyễn Văn A", "--lang", "en");
    expect(missingLine(en.stderr)).toBe(
      "baocao: Details missing: document number (filled in at issue) (--so-ky-hieu); date (filled in at issue) (--ngay); drafting unit (--don-vi-soan-thao). " +
        'The draft leaves them blank — fill in the workbook\'s "Thông tin văn bản" sheet (baocao template writes one) or give the options above.',
    );
  });

  test("the template's sheet: nothing missing; an option wins over the sheet's row", () => {
    const sheetOnly = baocao("draft", withSheet, "--docx", join(dir, "mau.docx"));
    expect(sheetOnly.code).toBe(0);
    expect(missingLine(sheetOnly.stderr)).toBe("");
    expect(docxParagraphs(join(dir, "mau.docx"))).toContain("Võ Thanh Hùng");

    const out = join(dir, "ghi-de.docx");
    expect(baocao("draft", withSheet, "--docx", out, "--nguoi-ky", "Nguyễn Văn A").code).toBe(0);
    const ps = docxParagraphs(out);
    expect(ps).toContain("Nguyễn Văn A");
    expect(ps).not.toContain("Võ Thanh Hùng");
    // The rest still from the sheet.
    expect(ps).toContain("- Lưu: VT, VHTT.");
  });
});

describe("wrong values: exit 2 with a message, nothing written", () => {
  test.each<[string[], string]>([
    [
      ["--ngay", "32/13/2023"],
      'baocao: --ngay cần một ngày có thật, dạng ngày/tháng/năm như 15/12/2023 (nhận được "32/13/2023").',
    ],
    [["--ngay=29/02/2023"], 'baocao: --ngay cần một ngày có thật, dạng ngày/tháng/năm như 15/12/2023 (nhận được "29/02/2023").'],
    [
      ["--tham-quyen", "PT"],
      'baocao: --tham-quyen nhận TM (thay mặt tập thể) hoặc KT (ký thay người đứng đầu) (nhận được "PT").',
    ],
    [["--nguoi-ky"], "baocao: --nguoi-ky cần một giá trị."],
    [["--nguoi-ky", "--force"], "baocao: --nguoi-ky cần một giá trị."],
    [["--co-quan="], "baocao: --co-quan cần một giá trị."],
  ])("%j", (args, message) => {
    const out = join(dir, "khong-ghi.docx");
    const r = baocao("draft", withoutSheet, "--docx", out, ...args);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(message + "\n");
    expect(existsSync(out)).toBe(false);
  });

  test("in English with --lang en", () => {
    const r = baocao("draft", withoutSheet, "--lang", "en", "--tham-quyen", "X");
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      'baocao: --tham-quyen takes TM (on behalf of the collective body) or KT (signing for the head) (got "X").\n',
    );
  });
});

describe("the help lists every option", () => {
  test.each(["vi", "en"])("%s", (lang) => {
    const r = baocao("--help", "--lang", lang);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(detailOptionsUsage(lang as "vi" | "en"));
    for (const row of DETAIL_ROWS) expect(r.stdout).toContain(`--${row.option} `);
  });
});

describe("readDetailOption (in process)", () => {
  const fail = (vi: string) => new Error(vi);

  test("'--opt value' and '--opt=value'; --noi-nhan repeated adds; another word is not an option of its", () => {
    const argv = ["--co-quan", "UBND xã Bình Sơn", "--noi-nhan=A", "--noi-nhan", "B", "--tham-quyen", "tm", "--json"];
    const d: DocumentDetails = {};
    const ends: (number | undefined)[] = [];
    for (let i = 0; i < argv.length; i++) {
      const end = readDetailOption(argv, i, d, fail);
      ends.push(end);
      if (end !== undefined) i = end;
    }
    expect(ends).toEqual([1, 2, 4, 6, undefined]);
    expect(d).toEqual({ issuingBody: "UBND xã Bình Sơn", recipients: ["A", "B"], authority: "TM" });
  });

  test("the date is kept as dd/mm/yyyy", () => {
    const d: DocumentDetails = {};
    readDetailOption(["--ngay", "2024-02-05"], 0, d, fail);
    expect(d.date).toBe("05/02/2024");
  });

  test("no message when nothing is missing", () => {
    expect(missingDetailsMessage([])).toBeUndefined();
  });
});
