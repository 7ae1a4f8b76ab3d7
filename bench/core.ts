/** Core engine throughput: item rows per second on generated appendices of 10^3 … 10^6 rows. */
import { checkWorkbook } from "../src/core/engine";
import { generateAppendix } from "./generate";

export interface CoreResult {
  rows: number;
  medianMs: number;
  rowsPerSecond: number;
  heapMB: number;
  findings: number;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

export function benchCore(sizes = [1e3, 1e4, 1e5, 1e6]): CoreResult[] {
  const out: CoreResult[] = [];
  for (const n of sizes) {
    const grid = generateAppendix(n);
    const runs = n >= 1e6 ? 5 : n >= 1e5 ? 7 : 15;
    const times: number[] = [];
    let findings = 0;
    let heap = 0;
    // Warm-up.
    checkWorkbook([grid]);
    for (let i = 0; i < runs; i++) {
      (globalThis as { gc?: () => void }).gc?.();
      const before = process.memoryUsage().heapUsed;
      const t0 = process.hrtime.bigint();
      const { report } = checkWorkbook([grid]);
      const t1 = process.hrtime.bigint();
      heap = Math.max(heap, process.memoryUsage().heapUsed - before);
      times.push(Number(t1 - t0) / 1e6);
      findings = report.findings.length;
    }
    const ms = median(times);
    out.push({ rows: n, medianMs: ms, rowsPerSecond: n / (ms / 1000), heapMB: heap / 2 ** 20, findings });
  }
  return out;
}
