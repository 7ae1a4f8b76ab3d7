/**
 * The request context of the stand-in: what the add-in queues (loads, property sets, method calls)
 * runs at context.sync(), in order, against the workbook model. Excel.run (runBatch) gives each
 * batch a fresh context and syncs what is left pending at its end.
 *
 * A workbook given a latency (StandInWorkbook.latencyMs) waits that long at each sync, as a slow
 * Excel on the web does: what a browser test needs to see the progress move and press "Dừng".
 *
 * Each sync is recorded in the workbook's log (log.ts) with the size of its response, as the stand-in
 * measures it on its own (wire.ts: the ASCII-only JSON of every loaded property of every object) and
 * the number of cells it read. Like Excel, a sync fails when its response would exceed the payload
 * limit (5 000 000 bytes, Excel on the web's: code ResponsePayloadSizeLimitExceeded) or when it
 * reads more than five million cells (code RangeExceedsLimit); on a platform that answers an
 * oversized range with `null` values instead (StandInOptions.oversizeReads), such a range's cell
 * arrays come back null.
 */
import { StandInError } from "./errors";
import type { StandInWorkbook } from "./workbook";
import { WorkbookApi } from "./worksheet";

type Op = () => void;

interface SyncState {
  commits: (() => void)[];
  bytes: number;
  cells: number;
}

export class RequestContext {
  readonly workbook: WorkbookApi;
  /** @internal */ readonly _wb: StandInWorkbook;
  private ops: Op[] = [];
  private state: SyncState | undefined;

  constructor(wb: StandInWorkbook) {
    this._wb = wb;
    this.workbook = new WorkbookApi(this);
  }

  /** @internal */ _queue(op: Op): void {
    this.ops.push(op);
  }

  /** @internal Called by ops while a sync runs: make a loaded value visible once it succeeds. */
  _commit(fn: () => void, bytes = 0): void {
    if (!this.state) throw new Error("stand-in: commit outside sync");
    this.state.commits.push(fn);
    this.state.bytes += bytes;
  }

  /**
   * @internal Called by ops while a sync runs: a load reads `n` cells. Over Excel's limit the sync
   * fails, unless the workbook answers oversized reads with null values (then: false, read nothing).
   */
  _countCells(n: number): boolean {
    if (!this.state) throw new Error("stand-in: cells counted outside sync");
    const limit = this._wb.requestCellLimit;
    if (this.state.cells + n > limit) {
      if (this._wb.oversizeReads === "null") return false;
      throw new StandInError(
        "RangeExceedsLimit",
        `The request reads ${this.state.cells + n} cells, more than the ${limit} Excel allows at once.`,
      );
    }
    this.state.cells += n;
    return true;
  }

  get hasPending(): boolean {
    return this.ops.length > 0;
  }

  async sync(): Promise<void> {
    const wb = this._wb;
    wb.log.syncs++;
    const ops = this.ops;
    this.ops = [];
    if (wb.latencyMs > 0) await new Promise((ok) => setTimeout(ok, wb.latencyMs));
    else await Promise.resolve();
    const state: SyncState = { commits: [], bytes: 0, cells: 0 };
    this.state = state;
    try {
      wb.batch(() => {
        for (const op of ops) op();
      });
    } finally {
      this.state = undefined;
    }
    if (wb.payloadLimitBytes > 0 && state.bytes > wb.payloadLimitBytes) {
      wb.log.rejected.push(state.bytes);
      throw new StandInError(
        "ResponsePayloadSizeLimitExceeded",
        `The response payload size has exceeded the limit (${state.bytes} bytes > ${wb.payloadLimitBytes}).`,
      );
    }
    wb.log.requests.push(state.bytes);
    wb.log.requestCells.push(state.cells);
    for (const c of state.commits) c();
  }

  /** No-op, for code that tracks objects across runs. */
  readonly trackedObjects = { add(): void {}, remove(): void {} };
}

/* ------------------------------------------------------------------------------------------ */
/* Excel.run                                                                                  */
/* ------------------------------------------------------------------------------------------ */

/**
 * Excel.run(batch) or Excel.run(object, batch): a fresh context — or, as Office.js does, the
 * context given (an event handler's, to remove it); pending commands sync at the end.
 */
export async function runBatch<T>(wb: StandInWorkbook, a: unknown, b?: unknown): Promise<T> {
  const batch = (typeof a === "function" ? a : b) as (ctx: RequestContext) => Promise<T>;
  if (typeof batch !== "function") throw new StandInError("InvalidArgument", "Excel.run needs a function.");
  const ctx = a instanceof RequestContext && a._wb === wb ? a : new RequestContext(wb);
  const result = await batch(ctx);
  if (ctx.hasPending) await ctx.sync();
  return result;
}
