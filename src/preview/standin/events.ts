/**
 * The worksheet collection's events in the stand-in's API, as Office.js has them:
 * `context.workbook.worksheets.onChanged.add(handler)` (and onAdded, onDeleted) registers the
 * handler at the next sync and returns an EventHandlerResult whose `remove()` unregisters it at the
 * sync after. The workbook raises them for every change, whoever made it — a person typing
 * (setCell, typeCell), or the add-in's own writes through the API (as Excel does) — after the
 * batch, asynchronously (Excel delivers events after the change, never inside the call).
 *
 * The arguments are Office.js's: `{type, source, worksheetId}` and, for onChanged, `address` and
 * `changeType` ("RangeEdited"; "" address when only the sheet itself changed, renamed or hidden).
 */
import type { RequestContext } from "./context";
import type { SheetEvents, StandInWorkbook } from "./workbook";

export type SheetEventKind = "changed" | "added" | "deleted";

export interface WorksheetEventArgs {
  type: "WorksheetChanged" | "WorksheetAdded" | "WorksheetDeleted";
  source: "Local";
  worksheetId: string;
  /** onChanged only. */
  address?: string;
  /** onChanged only. */
  changeType?: "RangeEdited";
}

type Handler = (args: WorksheetEventArgs) => unknown;

/** The Office.js events of one batch, in Excel's order: added, deleted, changed. */
function argsOf(kind: SheetEventKind, e: SheetEvents): WorksheetEventArgs[] {
  if (kind === "added") return e.added.map((s) => ({ type: "WorksheetAdded", source: "Local", worksheetId: s.id }));
  if (kind === "deleted") return e.deleted.map((s) => ({ type: "WorksheetDeleted", source: "Local", worksheetId: s.id }));
  return e.changed.map((s) => ({
    type: "WorksheetChanged",
    source: "Local",
    worksheetId: s.id,
    address: s.address,
    changeType: "RangeEdited",
  }));
}

/** Registers a handler on the workbook; the returned function unregisters it. */
function listen(wb: StandInWorkbook, kind: SheetEventKind, handler: Handler): () => void {
  return wb.onSheetEvents((e) => {
    for (const args of argsOf(kind, e)) {
      // After the change, not inside it; a handler's failure is its own (Excel ignores it too).
      void Promise.resolve()
        .then(() => handler(args))
        .catch(() => undefined);
    }
  });
}

export interface EventHandlerResultApi {
  readonly context: RequestContext;
  remove(): void;
}

/** One event of the collection (OfficeExtension.EventHandlers): add(handler) → {remove()}. */
export class EventHandlersApi {
  constructor(
    private readonly ctx: RequestContext,
    private readonly kind: SheetEventKind,
  ) {}

  add(handler: Handler): EventHandlerResultApi {
    const ctx = this.ctx;
    let off: (() => void) | undefined;
    ctx._queue(() => {
      off = listen(ctx._wb, this.kind, handler);
    });
    return {
      context: ctx,
      remove: () => {
        ctx._queue(() => {
          off?.();
          off = undefined;
        });
      },
    };
  }
}
