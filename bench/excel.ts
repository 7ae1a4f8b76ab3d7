/**
 * Excel adapter: context.sync() calls and bytes requested by a validation (excelHost.validate:
 * readWorkbookGrids + the checks) of a generated appendix of 10, 10^4 and 10^5 item rows, over
 * the Excel stand-in of the preview page (src/preview/standin, installed as globalThis.Excel): its
 * request log counts the syncs and measures each response on its own, and a request over Excel on
 * the web's 5 MB (or five million cells) is refused. The read counts every sheet's cells first,
 * then loads the data in requests of at most 4 MB by its own estimate.
 */
import { excelHost } from "../src/excel/excelHost";
import { DEFAULT_MAX_RESPONSE_BYTES } from "../src/excel/readGrids";
import { installStandIn, uninstallStandIn } from "../src/preview/standin/install";
import { usedRangeDataBytes } from "../src/preview/standin/range";
import { StandInWorkbook } from "../src/preview/standin/workbook";
import { generateAppendix } from "./generate";
import { now } from "./util";

export interface ExcelResult {
  rows: number;
  syncs: number;
  /** Bytes of every request that went through, and of the rejected ones. */
  bytes: number;
  rejected: number[];
  largest: number;
  /** The data of the used ranges (4 arrays) as one response would carry it. */
  dataBytes: number;
  /**
   * The budget: the sheets and their sizes, then one sync per 4 MB of data; a large workbook one more
   * to locate its values (a used range over 250 000 cells) and one for the estimate's first guess.
   */
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
    const grids = [generateAppendix(n)];
    const dataBytes = usedRangeDataBytes(StandInWorkbook.fromGrids(grids));
    const budgetSyncs = dataBytes <= DEFAULT_MAX_RESPONSE_BYTES ? 3 : 4 + Math.ceil(dataBytes / DEFAULT_MAX_RESPONSE_BYTES);
    {
      const wb = StandInWorkbook.fromGrids(grids);
      const { ms, findings } = await validate(wb);
      out.push({
        rows: n,
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
