/// <reference types="office-js" />
/**
 * The workbook's change events for the pane (Host.onWorkbookChanged): the worksheet collection's
 * onChanged (ExcelApi 1.9), onAdded and onDeleted (1.7), turned into sheet names. Events name a
 * sheet by its id: the names are loaded once with the handlers and kept up to date as sheets come
 * and go; an id not known (a sheet added meanwhile) is looked up. A renamed sheet is still heard
 * under its old name — the re-read then finds the new name missing from the previous read and
 * reads it whole.
 *
 * Excel raises these events for every change, the add-in's own writes included: the template's
 * new sheets are a change (results no longer cover the workbook); the draft's "Bản thảo" sheet is
 * one too, which the pane ignores (the checks never read "Bản thảo" sheets).
 */
import type { WorkbookChange } from "../host/host";
import { isSetSupported } from "./requirements";

/** Registers the handlers; resolves to the function that removes them, or null without ExcelApi 1.9. */
export async function listenToWorkbook(listener: (e: WorkbookChange) => void): Promise<(() => void) | null> {
  if (!isSetSupported("ExcelApi", "1.9")) return null;
  const names = new Map<string, string>();
  const lookUp = async (id: string): Promise<string | undefined> => {
    const known = names.get(id);
    if (known !== undefined) return known;
    return Excel.run(async (context) => {
      const ws = context.workbook.worksheets.getItemOrNullObject(id);
      ws.load("name");
      await context.sync();
      if (ws.isNullObject) return undefined;
      names.set(id, ws.name);
      return ws.name;
    });
  };
  const tell = (kind: WorkbookChange["kind"], name: string | undefined) => {
    if (name !== undefined) listener({ kind, sheets: [name] });
  };
  return Excel.run(async (context) => {
    const collection = context.workbook.worksheets;
    collection.load("items/id,items/name");
    const handlers = [
      collection.onChanged.add(async (e) => tell("changed", await lookUp(e.worksheetId))),
      collection.onAdded.add(async (e) => tell("added", await lookUp(e.worksheetId))),
      collection.onDeleted.add((e) => {
        const name = names.get(e.worksheetId);
        names.delete(e.worksheetId);
        tell("deleted", name);
        return Promise.resolve();
      }),
    ];
    await context.sync();
    for (const ws of collection.items) names.set(ws.id, ws.name);
    return () => {
      void Excel.run(handlers[0].context, async (ctx) => {
        for (const h of handlers) h.remove();
        await ctx.sync();
      }).catch(() => undefined);
    };
  });
}
