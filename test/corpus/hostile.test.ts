/**
 * The hostile corpus (scripts/make-hostile.ts, cases in testkit/hostile/cases.ts): built afresh into a temporary folder, then
 * `baocao check FILE --json` runs in-process over every file: the exit code, the finding codes
 * present and absent (and where), valid JSON for exit 0/1, and for exit 2 an empty stdout and one
 * line on stderr naming the file, never a stack trace. Every call must simply return: no timed
 * assertions, a hang shows up as the test's timeout.
 *
 * Also: the committed files in test/fixtures/hostile are byte for byte what the script writes now.
 */
import { promises as fs } from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import ExcelJS from "exceljs";
import { main } from "../../src/cli/main";
import { readWorkbookFile } from "../../src/cli/readWorkbookFile";
import { InputError } from "../../src/cli/xlsx/errors";
import type { Finding, Report } from "../../src/core/findings";
import { buildHostileCorpus } from "../../testkit/hostile/build";
import { HOSTILE_CASES, HOSTILE_FILES, type HostileCase } from "../../testkit/hostile/cases";
import { outcomeText } from "../../testkit/hostile/docs";

const FIXTURES = path.join(__dirname, "..", "fixtures", "hostile");

let dir: string;
let built: HostileCase[];

beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), "baocao-hostile-"));
  built = await buildHostileCorpus(dir);
}, 120_000);

afterAll(async () => {
  if (dir) await fs.rm(dir, { recursive: true, force: true });
});

async function run(argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = "";
  let stderr = "";
  const code = await main(argv, { stdout: (s) => (stdout += s), stderr: (s) => (stderr += s) });
  return { code, stdout, stderr };
}

function expectOneLine(stderr: string, file: string): void {
  expect(stderr.endsWith("\n")).toBe(true);
  const body = stderr.slice(0, -1);
  expect(body).not.toMatch(/[\r\n]/);
  expect(body).toMatch(/^baocao: /);
  expect(body).toContain(file);
  expect(body).not.toMatch(/\bat .+:\d+:\d+|Error:|unexpected error|lỗi không mong đợi/);
}

test("the script builds the cases it declares", () => {
  expect(built.map((c) => c.file)).toEqual(HOSTILE_CASES.map((c) => c.file));
  expect(new Set(HOSTILE_FILES).size).toBe(HOSTILE_FILES.length);
});

describe.each(HOSTILE_CASES.map((c) => [c.file, c] as const))("%s", (file, c) => {
  const { expect: want } = c;

  test(`check --json: ${outcomeText(want)}`, async () => {
    const p = path.join(dir, file);
    const { code, stdout, stderr } = await run(["check", p, "--json"]);
    if (want.exit === 2) {
      expect({ code, stdout }).toEqual({ code: 2, stdout: "" });
      expectOneLine(stderr, file);
      let err: unknown;
      await readWorkbookFile(p).catch((e) => (err = e));
      expect(err).toBeInstanceOf(InputError);
      expect((err as InputError).code).toBe(want.inputError);
      return;
    }
    expect(stderr).toBe("");
    const report = JSON.parse(stdout) as Report;
    const findings: Finding[] = report.findings;
    const codes = new Set<string>(findings.map((f) => f.code));
    const summary = `${file}: ${findings.map((f) => `${f.code}@${f.sheet}!${f.cell}`).join(", ") || "no findings"}`;
    expect({ summary, code }).toEqual({ summary, code: want.exit });
    expect(report.summary.errors > 0).toBe(want.exit === 1);
    for (const k of want.codes ?? [])
      expect({ summary, has: k, present: codes.has(k) }).toEqual({ summary, has: k, present: true });
    for (const k of want.absent ?? [])
      expect({ summary, hasNot: k, present: codes.has(k) }).toEqual({ summary, hasNot: k, present: false });
    if (want.at && want.at.length > 0) {
      const first = (await readWorkbookFile(p))[0].name;
      for (const a of want.at) {
        const sheet = a.sheet ?? first;
        const hit = findings.some((f) => f.code === a.code && f.cell === a.cell && f.sheet === sheet);
        expect({ summary, want: `${a.code}@${sheet}!${a.cell}`, hit }).toEqual({
          summary,
          want: `${a.code}@${sheet}!${a.cell}`,
          hit: true,
        });
      }
    }
    for (const f of findings) {
      expect(f.cell).toMatch(/^[A-Z]{1,3}[1-9]\d*$/);
      expect(typeof f.message).toBe("string");
    }
  }, 60_000);

  test("the text output and --lang en agree on the exit code", async () => {
    const p = path.join(dir, file);
    const text = await run(["check", p]);
    expect(text.code).toBe(want.exit);
    const en = await run(["check", p, "--lang", "en"]);
    expect(en.code).toBe(want.exit);
    if (want.exit === 2) {
      expect(text.stdout).toBe("");
      expectOneLine(text.stderr, file);
      expectOneLine(en.stderr, file);
      expect(en.stderr).not.toBe(text.stderr);
    } else {
      expect(text.stdout.length).toBeGreaterThan(0);
      expect(text.stderr).toBe("");
    }
  }, 60_000);

  if (want.exit !== 2) {
    test("an independent reader (ExcelJS) opens it: a genuine workbook", async () => {
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load((await fs.readFile(path.join(dir, file))) as unknown as ArrayBuffer);
      expect(wb.worksheets.length).toBeGreaterThan(0);
    }, 60_000);
  }
});

describe("what the reader hands the engine", () => {
  const read = (file: string) => readWorkbookFile(path.join(dir, file));

  test("hidden rows and the hidden sheet survive", async () => {
    const [visible, hidden] = await read("04-hidden-rows-and-sheet.xlsx");
    expect(visible.hiddenRows).toEqual([9, 10, 19]);
    expect(visible.hidden).toBeUndefined();
    expect(hidden.name).toBe("Dữ liệu ẩn");
    expect(hidden.hidden).toBe(true);
  });

  test("the vertical merge of amounts", async () => {
    const [g] = await read("03-merged-amounts.xlsx");
    expect(g.merges).toContainEqual({ top: 9, left: 3, bottom: 10, right: 3 });
  });

  test("error values keep their error and formula", async () => {
    const [g] = await read("01-error-values.xlsx");
    expect(g.rows[8]?.[3]).toEqual({ value: { error: "#REF!" }, formula: "=#REF!" });
    expect(g.rows[10]?.[3]).toEqual({ value: { error: "#DIV/0!" }, formula: "=480/0" });
    expect(g.rows[15]?.[3]).toEqual({ value: { error: "#N/A" } });
  });

  test("10 000 cells on one row", async () => {
    const [g] = await read("05-ten-thousand-columns.xlsx");
    expect(g.rows[0]?.length).toBe(10000);
    expect(g.rows[0]?.[9999]).toEqual({ value: 9999 });
  });

  test("formulas without results come as null values with their formula", async () => {
    const [g] = await read("08a-formulas-no-cache.xlsx");
    expect(g.rows[5]?.[3]).toMatchObject({ value: null, formula: "=SUM(D7:D11)" });
    expect(g.rows[17]?.[3]).toMatchObject({ value: null, formula: "=D6+D12" });
  });

  test("literal CR LF / CR read as LF; the _x000D_ escape gives the CR (XML 1.0 line ends)", async () => {
    const [g] = await read("30-crlf-text.xlsx");
    expect(g.rows[4]?.[1]?.value).toBe("Nội dung/Nhiệm vụ/\nDự án");
    expect(g.rows[4]?.[2]?.value).toBe("Kết quả, tiến độ\nthực hiện");
    expect(g.rows[6]?.[1]?.value).toBe(
      "Hệ thống Hội nghị truyền hình 3 cấp\n- tỉnh huyện xã; đảm bảo kết nối 4 cấp theo yêu cầu của Chính phủ",
    );
    expect(g.rows[6]?.[4]?.value).toBe("(Nguồn vốn ngân sách thị xã\r\nvà ngân sách tỉnh hỗ trợ)");
    expect(g.rows[17]?.[3]).toEqual({ value: 8962.46, formula: "=D6\n+D12", numberFormat: "#,##0.00" });
  });

  test("sheets listed without a part are skipped; a ZIP after a stub reads as without it", async () => {
    const vba = await read("31-vba-module-sheet.xlsx");
    expect(vba.map((g) => g.name)).toEqual(["Phụ lục I"]);
    const [stub] = await read("33-zip-with-prefix.xlsx");
    expect(stub.rows).toEqual(vba[0].rows);
    expect(stub.rows[8]?.[3]).toEqual({ value: 480, numberFormat: "#,##0" });
  });

  test("comments holding </row> and CDATA in rows lose no cell", async () => {
    const [g] = await read("34-row-comments-cdata.xlsx");
    const [plain] = await read("31-vba-module-sheet.xlsx");
    expect(g.rows[11]?.[1]?.value).toBe("Năm 2023");
    expect(g.rows[17]?.[1]?.value).toBe("Tổng cộng");
    expect(g.rows).toEqual(plain.rows);
  });

  test('the 1904 date system is reported, and a t="d" cell is its serial in that system', async () => {
    const [g] = await read("35-dates-1904.xlsx");
    expect(g.date1904).toBe(true);
    expect(g.rows[2]?.[4]).toEqual({ value: 45291 - 1462 + (8 * 3600 + 30 * 60) / 86400 });
  });

  test("NFD text and TCVN3 text are kept as written (matching is the engine's job)", async () => {
    const [nfd] = await read("09-nfd-headers.xlsx");
    expect(nfd.name).toBe("Phụ lục I".normalize("NFD"));
    expect(nfd.rows[4]?.[3]?.value).toBe("Kinh phí".normalize("NFD"));
    const [tcvn] = await read("10a-tcvn3-headers.xlsx");
    expect(tcvn.rows[6]?.map((c) => c?.value)).toEqual([
      "TT",
      "Néi dung/NhiÖm vô/Dù ¸n",
      "KÕt qu¶, tiÕn ®é thùc hiÖn",
      "Kinh phÝ",
      "Ghi chó",
    ]);
    expect(tcvn.rows[13]?.[1]?.value).toBe("N¨m 2023");
    expect(tcvn.rows[21]?.[1]?.value).toBe("Tæng céng");
  });
});

test("several hostile files in one run: exit 2 wins, every readable file still gets its report", async () => {
  const files = HOSTILE_CASES.map((c) => path.join(dir, c.file));
  const { code, stdout, stderr } = await run(["check", ...files, "--json"]);
  expect(code).toBe(2);
  const out = JSON.parse(stdout) as { files: { file: string; findings?: Finding[]; error?: { code: string } }[] };
  expect(out.files.map((f) => path.basename(f.file))).toEqual(HOSTILE_CASES.map((c) => c.file));
  out.files.forEach((f, i) => {
    const want = HOSTILE_CASES[i].expect;
    if (want.exit === 2) expect(f.error?.code).toBe(want.inputError);
    else expect(Array.isArray(f.findings)).toBe(true);
  });
  const lines = stderr.trimEnd().split("\n");
  expect(lines).toHaveLength(HOSTILE_CASES.filter((c) => c.expect.exit === 2).length);
}, 120_000);

describe("the committed corpus (test/fixtures/hostile) is what the script writes now", () => {
  test("same file names", async () => {
    const committed = (await fs.readdir(FIXTURES)).sort();
    const fresh = (await fs.readdir(dir)).sort();
    expect(fresh).toEqual([...HOSTILE_FILES].sort());
    expect(committed).toEqual(fresh);
  });

  test.each([...HOSTILE_FILES])("%s: same bytes (else run `npm run hostile`)", async (file) => {
    const [a, b] = await Promise.all([fs.readFile(path.join(FIXTURES, file)), fs.readFile(path.join(dir, file))]);
    expect(a.length).toBe(b.length);
    expect(a.equals(b)).toBe(true);
  });

  test("the folder stays small (the bomb is small; the 200 000-row sheet, the 300 000 shared formulas and the 32 million cells are ≈ 1 MB each)", async () => {
    let total = 0;
    for (const f of await fs.readdir(FIXTURES)) total += (await fs.stat(path.join(FIXTURES, f))).size;
    expect(total).toBeLessThan(4 * 1024 * 1024);
  });
});
