/**
 * The `baocao` command as a user meets it: real .xlsx files written in the test, the JSON and text
 * outputs, exit codes, and bad input. Most cases run main() in-process; one spawns the real bin.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync, existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { main } from "../../src/cli/main";
import type { Report } from "../../src/core/findings";
import type { Grid } from "../../src/core/grid/grid";
import { figuresSheet, pastedAppendixI, pastedAppendixII, targetsSheet } from "../../testkit/reportGrids";
import { gridsToXlsx } from "../../testkit/writeGrids";

const dir = mkdtempSync(join(tmpdir(), "baocao-cli-"));
const ROOT = join(__dirname, "..", "..");

async function run(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = "";
  let stderr = "";
  const code = await main(args, { stdout: (s) => (stdout += s), stderr: (s) => (stderr += s) });
  return { code, stdout, stderr };
}

async function file(name: string, grids: Grid[]): Promise<string> {
  const p = join(dir, name);
  writeFileSync(p, await gridsToXlsx(grids));
  return p;
}

async function checkJson(path: string): Promise<{ code: number; report: Report }> {
  const r = await run(["check", path, "--json"]);
  return { code: r.code, report: JSON.parse(r.stdout) as Report };
}

const errors = (rep: Report) => rep.findings.filter((f) => f.severity === "error");

describe("the contract example", () => {
  test("example-subtotal-typo.xlsx: SUM_MISMATCH at Phụ lục I!D5, 1907 vs 1970, exit 1", async () => {
    const expected = JSON.parse(readFileSync(join(ROOT, "test/fixtures/contract/expected.json"), "utf8"));
    const { code, report } = await checkJson(join(ROOT, "test/fixtures/contract/example-subtotal-typo.xlsx"));
    expect(code).toBe(expected.exit);
    for (const want of expected.must_contain) expect(report.findings).toContainEqual(expect.objectContaining(want));
    // Nothing else but the text-number warnings for D5:D10.
    const others = report.findings.filter((f) => !(f.code === "SUM_MISMATCH" && f.cell === "D5"));
    expect(others.map((f) => `${f.code} ${f.cell}`)).toEqual(
      ["D5", "D6", "D7", "D8", "D9", "D10"].map((c) => `NUMBER_AS_TEXT ${c}`),
    );
  });
});

describe("template then check", () => {
  test("the template workbook checks with zero findings and exit 0", async () => {
    const out = join(dir, "mau.xlsx");
    const t = await run(["template", "-o", out]);
    expect(t.code).toBe(0);
    expect(existsSync(out)).toBe(true);
    const { code, report } = await checkJson(out);
    expect(code).toBe(0);
    expect(report.findings).toEqual([]);
    expect(report.summary).toMatchObject({ errors: 0, sheets: 5, tables: 4 });
  });

  test("an existing file is not overwritten without --force: its bytes stay, and the message says why", async () => {
    const out = join(dir, "keep.xlsx");
    const precious = Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0xff, ...Buffer.from("sổ của huyện")]);
    writeFileSync(out, precious);
    const vi = await run(["template", "-o", out]);
    expect({ code: vi.code, stdout: vi.stdout }).toEqual({ code: 2, stdout: "" });
    expect(vi.stderr).toBe(`baocao: Tệp "${out}" đã có; không ghi đè. Chọn tên khác hoặc thêm --force.\n`);
    expect(readFileSync(out).equals(precious)).toBe(true);
    const en = await run(["template", "-o", out, "--lang", "en"]);
    expect({ code: en.code, stdout: en.stdout }).toEqual({ code: 2, stdout: "" });
    expect(en.stderr).toBe(`baocao: "${out}" already exists; not overwritten. Choose another name or add --force.\n`);
    expect(readFileSync(out).equals(precious)).toBe(true);
  });

  test("--force writes over it, and an empty file (nothing to lose) is written without --force", async () => {
    const out = join(dir, "forced.xlsx");
    writeFileSync(out, "precious");
    const forced = await run(["template", "-o", out, "--force"]);
    expect(forced).toEqual({ code: 0, stdout: "", stderr: `baocao: Đã ghi sổ làm việc mẫu vào "${out}".\n` });
    expect((await checkJson(out)).report.summary).toMatchObject({ errors: 0, sheets: 5, tables: 4 });
    const empty = join(dir, "empty-target.xlsx");
    writeFileSync(empty, "");
    expect((await run(["template", "-o", empty])).code).toBe(0);
    expect((await checkJson(empty)).report.summary).toMatchObject({ errors: 0, sheets: 5, tables: 4 });
  });

  test("a folder is never written over, even with --force", async () => {
    const r = await run(["template", "-o", dir, "--force"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`baocao: "${dir}" là một thư mục; hãy cho một tên tệp.\n`);
  });
});

describe("workbooks shaped like the report: clean, or with a single planted error", () => {
  const all = () => [pastedAppendixI(), pastedAppendixII(), figuresSheet(), targetsSheet()];

  test("the report's own tables, pasted from Word: no error, exit 0", async () => {
    const { code, report } = await checkJson(await file("report.xlsx", all()));
    expect(code).toBe(0);
    expect(errors(report)).toEqual([]);
    expect(report.summary.tables).toBe(4);
  });

  const planted: [string, () => Grid[], object][] = [
    [
      "a sub-total typo in Phụ lục I",
      () => [pastedAppendixI({ D14: "1.907" }), pastedAppendixII()],
      { code: "SUM_MISMATCH", sheet: "Phụ lục I", cell: "D14", stated: 1907, computed: 1970 },
    ],
    [
      "the total of Phụ lục II",
      () => [pastedAppendixI(), pastedAppendixII({ E36: "13.750" })],
      { code: "SUM_MISMATCH", sheet: "Phụ lục II", cell: "E36", stated: 13750, computed: 13570 },
    ],
    [
      "an item of Phụ lục II changed",
      () => [pastedAppendixII({ E34: "4.100" })],
      { code: "SUM_MISMATCH", sheet: "Phụ lục II", cell: "E36", stated: 13570, computed: 13670 },
    ],
    [
      "a rate 64,1% for 1.050/1.710",
      () => [figuresSheet({ E4: 64.1 })],
      { code: "RATE_MISMATCH", sheet: "Số liệu", cell: "E4", stated: 64.1 },
    ],
    [
      "a part-sum 134 ≠ 83 + 52",
      () => [figuresSheet({ C12: 52 })],
      { code: "SUM_MISMATCH", sheet: "Số liệu", cell: "C10", stated: 134, computed: 135 },
    ],
    [
      "a target of 120%",
      () => [targetsSheet({ D4: "120%" })],
      { code: "TARGET_OUT_OF_RANGE", sheet: "Chỉ tiêu 2024", cell: "D4", stated: 120 },
    ],
    [
      "#REF! in an amount",
      () => [pastedAppendixI({ D16: { error: "#REF!" } })],
      { code: "BAD_VALUE", sheet: "Phụ lục I", cell: "D16" },
    ],
    [
      "words in an amount",
      () => [pastedAppendixII({ E27: "bảy trăm năm mươi" })],
      { code: "BAD_VALUE", sheet: "Phụ lục II", cell: "E27" },
    ],
  ];
  test.each(planted)("%s is found, alone, at the right cell", async (name, grids, want) => {
    const { code, report } = await checkJson(await file(`${name.replace(/\W+/g, "-")}.xlsx`, grids()));
    expect(code).toBe(1);
    const errs = errors(report);
    expect(errs).toHaveLength(1);
    expect(errs[0]).toMatchObject(want);
  });

  test("live formulas written by Excel (cached results) are read as numbers", async () => {
    const g = figuresSheet();
    g.rows[3]![4] = { value: (1050 / 1710) * 100, formula: "=C4/D4*100", numberFormat: "0.0" };
    const { code, report } = await checkJson(await file("formulas.xlsx", [g]));
    expect(code).toBe(0);
    expect(report.findings).toEqual([]);
  });
});

describe("text report", () => {
  test("grouped by sheet, in Vietnamese, with the cell, severity and message", async () => {
    const r = await run(["check", await file("typo.xlsx", [pastedAppendixI({ D14: "1.907" }), figuresSheet({ E4: 64.1 })])]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('Trang tính "Phụ lục I" — 1 lỗi, 13 cảnh báo');
    expect(r.stdout).toContain('Trang tính "Số liệu" — 1 lỗi, 0 cảnh báo');
    expect(r.stdout).toMatch(/D14\s+LỖI\s+SUM_MISMATCH: Tổng của nhóm "Năm 2023" ghi 1\.907/);
    expect(r.stdout).toContain("Tổng kết: 2 lỗi, 13 cảnh báo");
  });
  test("--lang en speaks English, in the JSON too", async () => {
    const p = await file("typo-en.xlsx", [pastedAppendixI({ D14: "1.907" })]);
    const r = await run(["check", p, "--lang", "en"]);
    expect(r.stdout).toContain('Sheet "Phụ lục I" — 1 error, 13 warnings');
    const j = JSON.parse((await run(["check", p, "--json", "--lang", "en"])).stdout) as Report;
    expect(j.findings.find((f) => f.code === "SUM_MISMATCH")!.message).toMatch(/^The sub-total of group "Năm 2023" states 1,907/);
  });
  test("several files in one go: a province checking its districts", async () => {
    const a = await file("d1.xlsx", [pastedAppendixI()]);
    const b = await file("d2.xlsx", [pastedAppendixI({ D14: "1.907" })]);
    const r = await run(["check", a, b, "--json"]);
    expect(r.code).toBe(1);
    const j = JSON.parse(r.stdout);
    expect(j.files.map((f: { file: string; summary: { errors: number } }) => [f.file, f.summary.errors])).toEqual([
      [a, 0],
      [b, 1],
    ]);
  });
});

describe("bad input: exit 2 and one line on stderr, never a stack trace", () => {
  const oneLine = (s: string) => {
    expect(s.trim().split("\n")).toHaveLength(1);
    expect(s).not.toMatch(/\bat .*\(.*:\d+:\d+\)|Error:/);
  };
  test.each([
    ["missing file", () => join(dir, "nope.xlsx"), /Không tìm thấy tệp/],
    [
      "random bytes",
      () => {
        const p = join(dir, "random.xlsx");
        writeFileSync(p, Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919 + 13) % 256)));
        return p;
      },
      /không phải là sổ làm việc/,
    ],
    [
      "a CSV renamed",
      () => {
        const p = join(dir, "csv.xlsx");
        writeFileSync(p, "TT,Nội dung,Kinh phí\n1,A,100\n");
        return p;
      },
      /CSV/,
    ],
    ["a directory", () => dir, /thư mục/],
  ])("%s", async (_n, mk, re) => {
    const r = await run(["check", mk()]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toMatch(re);
    oneLine(r.stderr);
  });
  test("a truncated xlsx", async () => {
    const whole = await gridsToXlsx([pastedAppendixI()]);
    for (const cut of [0.1, 0.5, 0.9]) {
      const p = join(dir, `cut-${cut}.xlsx`);
      writeFileSync(p, whole.subarray(0, Math.floor(whole.length * cut)));
      const r = await run(["check", p]);
      expect(r.code).toBe(2);
      oneLine(r.stderr);
    }
  });
  test("a readable workbook with nothing recognisable: NO_TABLES, exit 1", async () => {
    const { code, report } = await checkJson(await file("blank.xlsx", [{ name: "Sheet1", rows: [] }]));
    expect(code).toBe(1);
    expect(report.findings).toEqual([expect.objectContaining({ code: "NO_TABLES", severity: "error", sheet: "Sheet1" })]);
  });
  test("wrong command lines", async () => {
    expect((await run(["check"])).code).toBe(2);
    expect((await run(["frobnicate"])).code).toBe(2);
    expect((await run(["check", "x.xlsx", "--bogus"])).code).toBe(2);
    expect((await run(["--help"])).code).toBe(0);
  });
});

describe("the installed command", () => {
  test("`node bin/baocao.js check` spawns, prints JSON and exits 1 on the contract example", () => {
    const bin = join(ROOT, "bin", "baocao.js");
    const r = spawnSync(
      process.execPath,
      [bin, "check", join(ROOT, "test/fixtures/contract/example-subtotal-typo.xlsx"), "--json"],
      { encoding: "utf8" },
    );
    expect(r.status).toBe(1);
    expect(JSON.parse(r.stdout).findings[0]).toMatchObject({ code: "SUM_MISMATCH", cell: "D5" });
    expect(execFileSync(process.execPath, [bin, "--version"], { encoding: "utf8" })).toMatch(/^baocao \d/);
  });
});

describe("sheets the workbook lists but the file holds no data for", () => {
  const vba = join(ROOT, "test/fixtures/hostile/31-vba-module-sheet.xlsx");

  test("are named in the JSON summary and under “Chưa kiểm tra”, and fail --strict", async () => {
    const json = await run(["check", vba, "--json"]);
    expect(json.code).toBe(0);
    expect((JSON.parse(json.stdout) as Report).summary.unreadSheets).toEqual(["Module1", "Cũ"]);

    const text = await run(["check", vba]);
    expect(text.stdout).toContain(
      '  - trang tính "Cũ": có trong sổ nhưng tệp không chứa dữ liệu của nó (thường là trang mô-đun VBA) nên không đọc được',
    );

    const strict = await run(["check", vba, "--strict", "--lang", "en"]);
    expect(strict.code).toBe(1);
    expect(strict.stderr).toContain('has sheets that could not be read: "Module1", "Cũ".');
  });

  test("a workbook whose sheets are all read has no unreadSheets", async () => {
    const ok = await run(["check", join(ROOT, "test/fixtures/contract/example-subtotal-typo.xlsx"), "--json"]);
    expect((JSON.parse(ok.stdout) as Report).summary).not.toHaveProperty("unreadSheets");
  });
});

test("draft says which listed sheets it could not read", async () => {
  const r = await run(["draft", join(ROOT, "test/fixtures/hostile/31-vba-module-sheet.xlsx")]);
  expect(r.stderr).toContain(
    'Lưu ý: trang tính "Module1", "Cũ" có trong sổ nhưng tệp không chứa dữ liệu của chúng, nên bản thảo không dùng gì từ đó.',
  );
});
