/**
 * The request context of the stand-in: what the add-in queues (loads, property sets, method calls)
 * runs at context.sync(), in order, against the workbook model. Excel.run (runBatch) gives each
 * batch a fresh context and syncs what is left pending at its end.
 *
 * Each sync is recorded in the workbook's log (log.ts) with an estimate of its response: the UTF-8
 * length of the JSON of each property loaded on a range (address, sizes, values, formulas, number
 * formats, value types, text) or on merged areas (address) — what grows with the workbook. Sheet
 * names and visibility, formats and counts are a few bytes and are not counted (the estimate the
 * office-addin-mock based mock made before this stand-in replaced it, so that `npm run bench` stays
 * comparable). A sync whose estimate exceeds the workbook's payload limit (5 MB, like Excel on the
 * web) fails with the code RequestPayloadSizeLimitExceeded.
 */
import { StandInError } from "./errors";
import type { StandInWorkbook } from "./workbook";
import { WorkbookApi } from "./worksheet";

type Op = () => void;

interface SyncState {
  commits: (() => void)[];
  bytes: number;
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

  get hasPending(): boolean {
    return this.ops.length > 0;
  }

  async sync(): Promise<void> {
    const wb = this._wb;
    wb.log.syncs++;
    const ops = this.ops;
    this.ops = [];
    await Promise.resolve();
    const state: SyncState = { commits: [], bytes: 0 };
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
        "RequestPayloadSizeLimitExceeded",
        `The request payload size has exceeded the limit (${state.bytes} bytes > ${wb.payloadLimitBytes}).`,
      );
    }
    wb.log.requests.push(state.bytes);
    for (const c of state.commits) c();
  }

  /** No-op, for code that tracks objects across runs. */
  readonly trackedObjects = { add(): void {}, remove(): void {} };
}

/* ------------------------------------------------------------------------------------------ */
/* Excel.run                                                                                  */
/* ------------------------------------------------------------------------------------------ */

/** Excel.run(batch) or Excel.run(object, batch): a fresh context; pending commands sync at the end. */
export async function runBatch<T>(wb: StandInWorkbook, a: unknown, b?: unknown): Promise<T> {
  const batch = (typeof a === "function" ? a : b) as (ctx: RequestContext) => Promise<T>;
  if (typeof batch !== "function") throw new StandInError("InvalidArgument", "Excel.run needs a function.");
  const ctx = new RequestContext(wb);
  const result = await batch(ctx);
  if (ctx.hasPending) await ctx.sync();
  return result;
}
