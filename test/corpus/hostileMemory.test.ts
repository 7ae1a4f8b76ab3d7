/**
 * The hostile corpus under a 512 MB heap: the built command (`node --max-old-space-size=512
 * bin/baocao.js check FILE --json`, build/ from `npm run build:cli`) runs in a child process over
 * every file of test/fixtures/hostile and must end by itself with exit 0, 1 or 2 — never killed by
 * V8's out-of-memory abort (exit 134 / a signal) — and with the exit its case expects. The memory
 * cases 40–43 (testkit/hostile/memory.ts) are small files that are huge in memory: before the
 * reader's budgets (src/cli/xlsx/budget.ts), lazy shared formulas and bounded small-part trees,
 * each of them ran out of memory here. No timed assertion: the 60 s per file is the hang guard.
 */
import { spawn } from "node:child_process";
import { readdirSync } from "node:fs";
import * as path from "node:path";
import { HOSTILE_CASES } from "../../testkit/hostile/cases";

const ROOT = path.join(__dirname, "..", "..");
const FIXTURES = path.join(ROOT, "test", "fixtures", "hostile");
const BIN = path.join(ROOT, "bin", "baocao.js");

function run(file: string): Promise<{ code: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--max-old-space-size=512", BIN, "check", file, "--json"], {
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (s: string) => (stdout += s));
    child.stderr.setEncoding("utf8").on("data", (s: string) => (stderr += s));
    child.on("error", reject);
    child.on("close", (code, signal) => resolve({ code, signal, stdout, stderr }));
  });
}

const files = readdirSync(FIXTURES)
  .filter((f) => f.endsWith(".xlsx"))
  .sort();

test("every case of the corpus is a file here, and the memory cases are among them", () => {
  expect(files).toEqual(expect.arrayContaining(HOSTILE_CASES.map((c) => c.file)));
  expect(files.filter((f) => /^4\d-/.test(f)).length).toBeGreaterThanOrEqual(4);
});

describe.each(files)("%s under node --max-old-space-size=512", (file) => {
  test("ends by itself with exit 0, 1 or 2, the one its case expects", async () => {
    const r = await run(path.join(FIXTURES, file));
    const want = HOSTILE_CASES.find((c) => c.file === file)?.expect.exit;
    const tail = r.stderr.slice(-300);
    expect({ file, signal: r.signal, code: r.code, tail }).toEqual({
      file,
      signal: null,
      code: want ?? expect.any(Number),
      tail: expect.not.stringMatching(/heap out of memory|Allocation failed|unexpected error|lỗi không mong đợi/),
    });
    expect([0, 1, 2]).toContain(r.code);
    if (r.code === 2) expect(r.stdout).toBe("");
    else expect(() => JSON.parse(r.stdout) as unknown).not.toThrow();
  }, 60_000);
});
