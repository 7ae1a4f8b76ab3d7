/**
 * Core engine throughput: item rows per second on generated appendices of 10^3 … 10^6 rows, and
 * checked cells per second on a six-column plan table with row relations; the peak heap of a run.
 *
 * The engine measured is the compiled one in build/ (tsc, as `baocao` runs it and as webpack's
 * ts-loader emits it for the add-in), recompiled first when older than src/. Under tsx every
 * cross-module constant is read through an esbuild getter, which is not the shipped code.
 *
 * Peak heap: one extra (untimed) run per size under v8.GCProfiler, which records the heap used
 * just before and after every garbage collection of the run. The heap is highest right before a
 * collection, so the peak of the run is the largest "used before GC" (or the heap at the end when
 * that is higher). It is reported over the heap at the start of the run (after a full GC), i.e.
 * over the input Grid, whose own size is reported beside it.
 */
import { join } from "node:path";
import { GCProfiler } from "node:v8";
import type { Grid } from "../src/core/grid/grid";
import type { Model } from "../src/core/tables/model";
import type { Report } from "../src/core/findings";
import { ensureCliBuild } from "./cli";
import { generateAppendix, generateFundingTable } from "./generate";
import { gc, median, now } from "./util";

type CheckWorkbook = (grids: Grid[]) => { model: Model; report: Report };

/** The compiled engine (build/core/engine.js). */
function engine(): CheckWorkbook {
  const root = join(__dirname, "..");
  ensureCliBuild(root);
  // The compiled output, not the TypeScript source: a path computed at run time, so require().
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return (require(join(root, "build", "core", "engine.js")) as { checkWorkbook: CheckWorkbook }).checkWorkbook;
}

export interface CoreResult {
  rows: number;
  medianMs: number;
  rowsPerSecond: number;
  /** Peak heap of a run above the heap at its start (MB). */
  peakHeapMB: number;
  /** Time spent in garbage collection during the measured run (ms). */
  gcMs: number;
  /** Heap taken by the generated input Grid (MB). */
  inputMB: number;
  findings: number;
  /** Number cells the checks verified (and read), per run. */
  checkedCells: number;
  numericCells: number;
}

/** Peak heap used during fn(), over the heap when it starts (bytes), and the GC time in it (ms). */
function peakHeapDuring(fn: () => void): { bytes: number; gcMs: number } {
  gc();
  const before = process.memoryUsage().heapUsed;
  const profiler = new GCProfiler();
  profiler.start();
  fn();
  const end = process.memoryUsage().heapUsed;
  const stats = profiler.stop();
  let peak = end;
  let gcMs = 0;
  for (const s of stats?.statistics ?? []) {
    peak = Math.max(peak, s.beforeGC.heapStatistics.usedHeapSize);
    gcMs += s.cost / 1000;
  }
  return { bytes: Math.max(0, peak - before), gcMs };
}

/** One size, in its own call: nothing of the previous size stays reachable from the stack. */
function benchSize(checkWorkbook: CheckWorkbook, n: number, generate: (n: number) => Grid): CoreResult {
  gc();
  const heap0 = process.memoryUsage().heapUsed;
  const grid = generate(n);
  gc();
  const inputBytes = process.memoryUsage().heapUsed - heap0;
  const runs = n >= 1e6 ? 7 : 15;
  const times: number[] = [];
  let findings = 0;
  let checkedCells = 0;
  let numericCells = 0;
  // Warm-up: the engine's code is compiled by the JIT over the first runs (three at up to 10^5 rows).
  for (let w = 0; w < (n >= 1e6 ? 1 : 3); w++) checkWorkbook([grid]);
  // Steady state: no forced GC between timed runs (a full GC shrinks the young generation, and
  // the next run would pay for growing it again: ~2× at 10^5 rows). Each run's own GC counts.
  for (let i = 0; i < runs; i++) {
    const t0 = now();
    const { report } = checkWorkbook([grid]);
    times.push(now() - t0);
    findings = report.findings.length;
    checkedCells = report.summary.checkedCells;
    numericCells = report.summary.numericCells;
  }
  // The peak-heap run starts after a full GC: its GC time is an upper bound for a timed run.
  const peak = peakHeapDuring(() => void checkWorkbook([grid]));
  const ms = median(times);
  return {
    rows: n,
    medianMs: ms,
    rowsPerSecond: n / (ms / 1000),
    peakHeapMB: peak.bytes / 2 ** 20,
    gcMs: peak.gcMs,
    inputMB: inputBytes / 2 ** 20,
    findings,
    checkedCells,
    numericCells,
  };
}

/** One-column appendices of each size (item rows per second). */
export function benchCore(sizes = [1e3, 1e4, 1e5, 1e6]): CoreResult[] {
  const check = engine();
  return sizes.map((n) => benchSize(check, n, generateAppendix));
}

/** Six number columns with row relations (Tổng = Σ sources, a rate), checked cells per second. */
export function benchWideTable(sizes = [1e5, 1e6]): CoreResult[] {
  const check = engine();
  return sizes.map((n) => benchSize(check, n, generateFundingTable));
}
