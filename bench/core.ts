/**
 * Core engine throughput: item rows per second on generated appendices of 10^3 … 10^6 rows, and
 * the peak heap of a run.
 *
 * Peak heap: one extra (untimed) run per size under v8.GCProfiler, which records the heap used
 * just before and after every garbage collection of the run. The heap is highest right before a
 * collection, so the peak of the run is the largest "used before GC" (or the heap at the end when
 * that is higher). It is reported over the heap at the start of the run (after a full GC), i.e.
 * over the input Grid, whose own size is reported beside it.
 */
import { GCProfiler } from "node:v8";
import { checkWorkbook } from "../src/core/engine";
import { generateAppendix } from "./generate";
import { gc, median, now } from "./util";

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
}

/** Peak heap used during fn(), over the heap when it starts (bytes), and the GC time in it (ms). */
export function peakHeapDuring(fn: () => void): { bytes: number; gcMs: number } {
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
function benchSize(n: number): CoreResult {
  gc();
  const heap0 = process.memoryUsage().heapUsed;
  const grid = generateAppendix(n);
  gc();
  const inputBytes = process.memoryUsage().heapUsed - heap0;
  const runs = n >= 1e6 ? 7 : 15;
  const times: number[] = [];
  let findings = 0;
  // Warm-up.
  checkWorkbook([grid]);
  // Steady state: no forced GC between timed runs (a full GC shrinks the young generation, and
  // the next run would pay for growing it again: ~2× at 10^5 rows). Each run's own GC counts.
  for (let i = 0; i < runs; i++) {
    const t0 = now();
    const { report } = checkWorkbook([grid]);
    times.push(now() - t0);
    findings = report.findings.length;
  }
  // The peak-heap run starts after a full GC: its GC time is an upper bound for a timed run.
  const peak = peakHeapDuring(() => void checkWorkbook([grid]));
  const ms = median(times);
  return { rows: n, medianMs: ms, rowsPerSecond: n / (ms / 1000), peakHeapMB: peak.bytes / 2 ** 20, gcMs: peak.gcMs, inputMB: inputBytes / 2 ** 20, findings };
}

export function benchCore(sizes = [1e3, 1e4, 1e5, 1e6]): CoreResult[] {
  return sizes.map(benchSize);
}
