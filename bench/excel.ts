/**
 * Excel adapter: context.sync() calls and bytes requested by a validation (excelHost.validate:
 * readWorkbookGrids + the checks) of a generated appendix of 10, 10^4 and 10^5 item rows, over
 * the Excel stand-in of the preview page (src/preview/standin, installed as globalThis.Excel): its
 * request log counts the syncs and estimates each response, and a request over Excel on the web's
 * 5 MB is rejected. 10^5 rows is validated twice in one session: the first validation tries the
 * one-request read and falls back to blocks, the repeat goes to blocks directly (the adapter
 * remembers the workbook was large).
 */
import { excelHost } from "../src/excel/excelHost";
import { resetReadMemory } from "../src/excel/readGrids";
import { installStandIn, uninstallStandIn } from "../src/preview/standin/install";
import { usedRangeDataBytes } from "../src/preview/standin/range";
import { PAYLOAD_LIMIT_BYTES, StandInWorkbook } from "../src/preview/standin/workbook";
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

async function validate(wb: StandInWorkbook): Promise<{ ms: number; findings: number }> {
  installStandIn(wb);
  try {
    const t0 = now();
    const { report } = await excelHost.validate("vi");
    return { ms: now() - t0, findings: report.findings.length };
  } finally {
    uninstallStandIn();
  }
}

export async function benchExcel(sizes = [10, 1e4, 1e5]): Promise<ExcelResult[]> {
  const out: ExcelResult[] = [];
  for (const n of sizes) {
    resetReadMemory();
    const grids = [generateAppendix(n)];
    const dataBytes = usedRangeDataBytes(StandInWorkbook.fromGrids(grids));
    const budgetSyncs = dataBytes < PAYLOAD_LIMIT_BYTES ? 2 : 2 + Math.ceil(dataBytes / PAYLOAD_LIMIT_BYTES);
    for (const run of n >= 1e5 ? (["first", "repeat"] as const) : (["first"] as const)) {
      const wb = StandInWorkbook.fromGrids(grids);
      const { ms, findings } = await validate(wb);
      out.push({
        rows: n,
        run,
        syncs: wb.log.syncs,
        bytes: wb.log.bytes,
        rejected: [...wb.log.rejected],
        largest: wb.log.largestRequest,
        dataBytes,
        budgetSyncs,
        ms,
        writes: wb.log.writes.length,
        findings,
      });
    }
  }
  return out;
}
