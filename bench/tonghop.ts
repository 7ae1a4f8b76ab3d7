/**
 * `baocao tonghop` at a province's scale: 100 commune workbooks consolidated against `baocao check`
 * over the same 100 files (one process each, the files in one command line), then 1 000 communes
 * for the peak memory. Each run is its own child process (plain node, build/cli/):
 * bench/run-cli.js (`tonghop FOLDER -o OUT --json --force`, `check FILE… --json`); wall time is the runner's own (process start
 * to end of work), peak memory the process's maxRSS (its worker threads included).
 * The communes: the example template (src/core/template/example.ts) with its amounts times k for
 * 20 values of k, written by the CLI's own writer; the others are copies of these with a custom XML
 * part of their own (distinct files, not duplicates, read and checked in full like the rest).
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { strToU8, unzipSync, zipSync } from "fflate";
import { writeXlsx } from "../src/cli/writeXlsx";
import { exampleTemplate } from "../src/core/template/example";
import { scaled } from "../testkit/scaled";
import { ensureCliBuild, runChild } from "./cli";
import { median, progress } from "./util";

interface TonghopRun {
  ms: number;
  maxRSS: number;
  exit: number;
  summary?: { summed?: number; inputs?: number };
}

export interface TonghopResult {
  communes: number;
  tonghopMs: number;
  checkMs: number;
  tonghopRSS: number;
  summed: number;
  big: { communes: number; ms: number; maxRSS: number; summed: number };
}

const DISTINCT = 20;

/** n commune workbooks in `dir`, xa-0001.xlsx …; returns their paths. */
async function communes(dir: string, n: number): Promise<string[]> {
  mkdirSync(dir, { recursive: true });
  const bases: Uint8Array[] = [];
  for (let k = 1; k <= Math.min(DISTINCT, n); k++) bases.push(new Uint8Array(await writeXlsx(scaled(exampleTemplate(), k))));
  const parts = bases.map((b) => unzipSync(b));
  const files: string[] = [];
  for (let i = 0; i < n; i++) {
    const f = join(dir, `xa-${String(i + 1).padStart(4, "0")}.xlsx`);
    const p = parts[i % parts.length];
    // A copy differs from its base by one custom XML part of its own (its commune's name): a
    // distinct file, not a duplicate, read and checked in full like the rest.
    const bytes =
      i < parts.length
        ? bases[i]
        : zipSync({ ...p, [`customXml/item-bench.xml`]: strToU8(`<?xml version="1.0"?><xa>Xã ${i + 1}</xa>`) });
    writeFileSync(f, bytes);
    files.push(f);
  }
  return files;
}

/** A runner's run that must have exited 0. */
function runOk(args: string[]): TonghopRun {
  const r = runChild(args) as unknown as TonghopRun;
  if (r.exit !== 0) throw new Error(`${args.slice(1, 2).join(" ")} exited ${String(r.exit)}`);
  return r;
}

export async function benchTonghop(root: string, n = 100, big = 1000, runs = 3): Promise<TonghopResult> {
  ensureCliBuild(root);
  const dir = mkdtempSync(join(tmpdir(), "baocao-bench-tonghop-"));
  try {
    progress(`tonghop: writing ${big} commune workbooks`);
    const all = await communes(join(dir, "xa"), big);
    const few = join(dir, `xa-${n}`);
    mkdirSync(few);
    const some = await communes(few, n);
    const tonghop = (folder: string, i: number) =>
      runOk([
        join(__dirname, "run-cli.js"),
        "tonghop",
        folder,
        "-o",
        join(dir, `tong-hop-${folder === few ? n : big}-${i}.xlsx`),
        "--json",
        "--force",
      ]);
    const t: TonghopRun[] = [];
    const c: TonghopRun[] = [];
    for (let i = 0; i < runs; i++) {
      progress(`tonghop: ${n} communes, run ${i + 1}/${runs} (tonghop, then check)`);
      t.push(tonghop(few, i));
      c.push(runOk([join(__dirname, "run-cli.js"), "check", ...some, "--json"]));
    }
    progress(`tonghop: ${big} communes, one run`);
    const b = tonghop(join(dir, "xa"), 0);
    return {
      communes: n,
      tonghopMs: median(t.map((r) => r.ms)),
      checkMs: median(c.map((r) => r.ms)),
      tonghopRSS: median(t.map((r) => r.maxRSS)),
      summed: t[0].summary?.summed ?? 0,
      big: { communes: all.length, ms: b.ms, maxRSS: b.maxRSS, summed: b.summary?.summed ?? 0 },
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
