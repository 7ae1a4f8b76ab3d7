/**
 * CLI: `baocao check FILE --json` on a generated 100 000-item-row workbook against a bare ExcelJS
 * read of the same file, in the same bench run. Each run is its own child process (plain node, no
 * tsx): bench/run-cli.js (`check FILE --json`) and bench/run-exceljs-read.js, alternated; wall time is the
 * runner's own (process start to end of work: module loading included), peak memory the process's
 * maxRSS (process.resourceUsage()). The workbook (one Phụ lục I sheet: groups of 250 items with
 * =SUM sub-totals and a =D…+D… grand total, cached results, #,##0.00 amounts) is written once per
 * run into a temp dir with the tests' ExcelJS writer (testkit/writeGrids.ts).
 * `build` makes another workbook instead (bench/strings.ts: the string-heavy one).
 * build/ is compiled first (`npm run build:cli`) when missing or older than src/.
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gridsToXlsx } from "../testkit/writeGrids";
import { generateAppendix } from "./generate";
import { median, progress } from "./util";

interface ProcRun {
  ms: number;
  maxRSS: number;
}

export interface CliResult {
  rows: number;
  fileBytes: number;
  cli: ProcRun[];
  exceljs: ProcRun[];
  cliMs: number;
  exceljsMs: number;
  cliRSS: number;
  exceljsRSS: number;
  summary: unknown;
  rebuilt: boolean;
}

function newestMtime(dir: string): number {
  let t = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    t = Math.max(t, e.isDirectory() ? newestMtime(p) : statSync(p).mtimeMs);
  }
  return t;
}

/** Compiles the CLI when build/cli/main.js is missing or older than its sources. */
export function ensureCliBuild(root: string): boolean {
  const main = join(root, "build", "cli", "main.js");
  const src = Math.max(...["src/core", "src/cli", "src/docx"].map((d) => newestMtime(join(root, d))));
  if (existsSync(main) && statSync(main).mtimeMs >= src) return false;
  progress("build/ missing or older than src/: npm run build:cli");
  execFileSync("npm", ["run", "build:cli"], { cwd: root, stdio: ["ignore", "ignore", "inherit"] });
  return true;
}

/** One run of a bench runner script (bench/run-cli.js …) in its own node process: its last JSON line. */
export function runChild(args: string[]): ProcRun & Record<string, unknown> {
  const out = execFileSync(process.execPath, args, {
    encoding: "utf8",
    stdio: ["ignore", "pipe", "inherit"],
    maxBuffer: 1 << 24,
  });
  const last = out.trim().split("\n").pop() ?? "";
  return JSON.parse(last) as ProcRun & Record<string, unknown>;
}

export async function benchCli(
  root: string,
  rows = 100_000,
  runs = 3,
  build: (rows: number) => Promise<Uint8Array> | Uint8Array = (n) =>
    gridsToXlsx([generateAppendix(n, "Phụ lục I", 1, { groupSize: 250, formulas: true })]),
): Promise<CliResult> {
  const rebuilt = ensureCliBuild(root);
  const dir = mkdtempSync(join(tmpdir(), "baocao-bench-"));
  try {
    const file = join(dir, `bench-${rows}.xlsx`);
    const bytes = await build(rows);
    writeFileSync(file, bytes);
    const cli: ProcRun[] = [];
    const exceljs: ProcRun[] = [];
    let summary: unknown;
    for (let i = 0; i < runs; i++) {
      const c = runChild([join(__dirname, "run-cli.js"), "check", file, "--json"]);
      if (c.exit !== 0 && c.exit !== 1) throw new Error(`baocao check exited ${String(c.exit)}`);
      summary = c.summary;
      cli.push({ ms: c.ms, maxRSS: c.maxRSS });
      const e = runChild([join(__dirname, "run-exceljs-read.js"), file]);
      exceljs.push({ ms: e.ms, maxRSS: e.maxRSS });
    }
    return {
      rows,
      fileBytes: bytes.length,
      cli,
      exceljs,
      cliMs: median(cli.map((r) => r.ms)),
      exceljsMs: median(exceljs.map((r) => r.ms)),
      cliRSS: median(cli.map((r) => r.maxRSS)),
      exceljsRSS: median(exceljs.map((r) => r.maxRSS)),
      summary,
      rebuilt,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
