/**
 * Excel adapter: context.sync() calls and bytes requested by a validation (excelHost.validate:
 * readWorkbookGrids + the checks) of a generated appendix of 10, 10^4 and 10^5 item rows, over
 * the office-addin-mock based mock of testkit/mockExcel.ts (a counting sync that rejects a
 * request over Excel on the web's 5 MB). 10^5 rows is validated twice in one session: the first
 * validation tries the one-request read and falls back to blocks, the repeat goes to blocks
 * directly (the adapter remembers the workbook was large).
 */
import { excelHost } from "../src/excel/excelHost";
import { resetReadMemory } from "../src/excel/readGrids";
import { LIMIT, MockExcel } from "../testkit/mockExcel";
import { generateAppendix } from "./generate";
import { now } from "./util";

export interface ExcelResult {
  rows: number;
  /** "first" validation of a session, or the "repeat". */
  run: "first" | "repeat";
  syncs: number;
  /** Bytes of every request that went through, and of the rejected ones. */
  bytes: number;
  rejected: number[];
  largest: number;
  /** The data of the used ranges (4 arrays) as one response would carry it. */
  dataBytes: number;
  /** The budget: 2 syncs, plus one per 5 MB of data beyond one request. */
  budgetSyncs: number;
  ms: number;
  writes: number;
  findings: number;
}

async function validate(mock: MockExcel): Promise<{ ms: number; findings: number }> {
  (globalThis as { Excel?: unknown }).Excel = {
    run: <T>(fn: (ctx: Excel.RequestContext) => Promise<T>) => fn(mock.ctx),
  };
  const t0 = now();
  const { report } = await excelHost.validate("vi");
  return { ms: now() - t0, findings: report.findings.length };
}

export async function benchExcel(sizes = [10, 1e4, 1e5]): Promise<ExcelResult[]> {
  const out: ExcelResult[] = [];
  for (const n of sizes) {
    resetReadMemory();
    const grids = [generateAppendix(n)];
    const dataBytes = new MockExcel(grids).totalDataBytes();
    const budgetSyncs = dataBytes < LIMIT ? 2 : 2 + Math.ceil(dataBytes / LIMIT);
    for (const run of n >= 1e5 ? (["first", "repeat"] as const) : (["first"] as const)) {
      const mock = new MockExcel(grids);
      const { ms, findings } = await validate(mock);
      out.push({
        rows: n,
        run,
        syncs: mock.syncCount,
        bytes: mock.requests.reduce((a, b) => a + b, 0),
        rejected: [...mock.rejected],
        largest: mock.largestRequest,
        dataBytes,
        budgetSyncs,
        ms,
        writes: mock.writes.length,
        findings,
      });
    }
  }
  return out;
}
