/**
 * `baocao tonghop` with its worker threads, end to end through the real bin (`node bin/baocao.js`,
 * build/ from `npm run build:cli`: a worker runs compiled JS only): the same stdout, the same JSON
 * and the same output sheets, byte for byte, as one input after the other (BAOCAO_WORKERS=0); the
 * inputs reported in the order given; an unreadable input and one that kills its worker reported,
 * the run going on.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { unzipSync } from "fflate";
import { writeXlsx } from "../../src/cli/writeXlsx";
import type { Row } from "../../src/core/grid/grid";
import { exampleTemplate } from "../../src/core/template/example";
import { gridsToXlsx } from "../../testkit/writeGrids";
import { scaled } from "../../testkit/scaled";

const ROOT = resolve(__dirname, "../..");
const BIN = join(ROOT, "bin", "baocao.js");
const dir = mkdtempSync(join(tmpdir(), "baocao-tonghop-workers-"));
// Child processes over a dozen workbooks: slow on a loaded machine, and nothing here is timed.
jest.setTimeout(120_000);

function baocao(args: string[], env: Record<string, string>, cwd: string) {
  const r = spawnSync(process.execPath, [BIN, ...args], { encoding: "utf8", cwd, env: { ...process.env, ...env } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** Every part of an .xlsx, its content (the ZIP's dates are the time of writing). */
function parts(path: string): Record<string, string> {
  const files = unzipSync(new Uint8Array(readFileSync(path)));
  const out: Record<string, string> = {};
  for (const [name, bytes] of Object.entries(files)) out[name] = Buffer.from(bytes).toString("hex");
  return out;
}

const communes: string[] = [];
beforeAll(async () => {
  if (!existsSync(join(ROOT, "build", "cli", "tonghopWorker.js")))
    throw new Error("build/cli/tonghopWorker.js is missing: run `npm run build:cli` first");
  for (let k = 1; k <= 12; k++) {
    const f = join(dir, `xa-${String(k).padStart(2, "0")}.xlsx`);
    writeFileSync(f, await writeXlsx(scaled(exampleTemplate(), k)));
    communes.push(f);
  }
});

/** Runs tonghop twice, in its own folder each (OUT named alike): with `workers`, and with BAOCAO_WORKERS=0. */
function both(inputs: string[], extra: string[], env: Record<string, string> = {}) {
  const runs = ["4", "0"].map((w) => {
    const cwd = join(dir, `run-${Math.random().toString(36).slice(2)}`);
    mkdirSync(cwd);
    return { cwd, ...baocao(["tonghop", ...inputs, "-o", "tong-hop.xlsx", ...extra], { ...env, BAOCAO_WORKERS: w }, cwd) };
  });
  return { par: runs[0], seq: runs[1] };
}

test("12 communes over 4 workers: the same stdout, JSON and sheets as one after the other", () => {
  // Given out of name order: they are reported as given.
  const inputs = [...communes.slice(6), ...communes.slice(0, 6)];
  const text = both(inputs, []);
  expect(text.par.code).toBe(0);
  expect(text.par.stdout).toBe(text.seq.stdout);
  expect(text.par.stderr).toBe(text.seq.stderr);
  expect(text.par.stdout.trim().split("\n")).toEqual(inputs.map((f) => `${f}: đã cộng`));
  expect(parts(join(text.par.cwd, "tong-hop.xlsx"))).toEqual(parts(join(text.seq.cwd, "tong-hop.xlsx")));

  const json = both(inputs, ["--json"]);
  expect(json.par.code).toBe(0);
  expect(json.par.stdout).toBe(json.seq.stdout);
  const j = JSON.parse(json.par.stdout) as { inputs: { file: string; checkedCells: number }[]; summary: { summed: number } };
  expect(j.inputs.map((x) => x.file)).toEqual(inputs);
  expect(j.summary.summed).toBe(12);
  expect(j.inputs.every((x) => x.checkedCells > 0)).toBe(true);
});

test("an unreadable first input, a duplicate and bad files among the communes: reported in order, the same both ways", () => {
  const torn = join(dir, "xa-hong.xlsx");
  writeFileSync(torn, readFileSync(communes[2]).subarray(0, 1500));
  const inputs = [torn, communes[0], communes[1], join(dir, "khong-co.xlsx"), communes[1], communes[2], torn, communes[3]];
  const r = both(inputs, ["--json"]);
  expect(r.par.code).toBe(1);
  expect(r.par.stdout).toBe(r.seq.stdout);
  expect(parts(join(r.par.cwd, "tong-hop.xlsx"))).toEqual(parts(join(r.seq.cwd, "tong-hop.xlsx")));
  const j = JSON.parse(r.par.stdout) as { inputs: { file: string; status: string }[] };
  expect(j.inputs.map((x) => [x.file, x.status])).toEqual([
    [torn, "unreadable"],
    [communes[0], "summed"],
    [communes[1], "summed"],
    [join(dir, "khong-co.xlsx"), "unreadable"],
    [communes[1], "duplicate"],
    [communes[2], "summed"],
    [torn, "unreadable"],
    [communes[3], "summed"],
  ]);
  // The form is the first input that reads.
  expect(r.par.stderr).toContain(`theo biểu mẫu của "${communes[0]}"`);
});

test("an input that kills its worker (out of the worker's memory) is that input's failure; the others are summed", async () => {
  const rows: Row[] = [[{ value: "TT" }, { value: "Nội dung" }, { value: "Kinh phí" }]];
  for (let i = 1; i <= 30_000; i++) rows.push([{ value: i }, { value: `Nhiệm vụ ${i}` }, { value: i * 1.25 }]);
  const big = join(dir, "xa-lon.xlsx");
  writeFileSync(big, await gridsToXlsx([{ name: "Phụ lục I", rows }]));
  const inputs = [communes[0], big, communes[1], communes[2]];
  const cwd = join(dir, "run-oom");
  mkdirSync(cwd);
  const r = baocao(["tonghop", ...inputs, "-o", "t.xlsx"], { BAOCAO_WORKERS: "2", BAOCAO_WORKER_MEMORY_MB: "32" }, cwd);
  expect(r.code).toBe(1);
  expect(r.stdout.trim().split("\n")).toEqual([
    `${communes[0]}: đã cộng`,
    `${big}: không đọc được — đọc và kiểm tra tệp này cần nhiều bộ nhớ hơn mức cho phép của một luồng; bỏ qua tệp này`,
    `${communes[1]}: đã cộng`,
    `${communes[2]}: đã cộng`,
  ]);
  expect(r.stderr).toContain("cộng 3/4 tệp");
  expect(existsSync(join(cwd, "t.xlsx"))).toBe(true);
});
