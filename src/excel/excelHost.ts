/// <reference types="office-js" />
/**
 * The task pane's Host over Office.js (Excel.run). Validation only reads: no write, no selection
 * change, no new sheet. Writes (the template, the draft) are all or nothing (writeSheets.ts).
 */
import { checkWorkbook } from "../core/engine";
import type { Lang, Report } from "../core/findings";
import { exampleTemplate } from "../core/template/example";
import { draftReport } from "../core/draft/draft";
import { draftToSheet } from "../core/draft/toSheet";
import type { CellLook } from "../core/report/figures";
import { findingsToSheet } from "../core/report/toSheet";
import { rectFromA1, rectToA1 } from "../core/grid/address";
import type { DraftResult, Host, SelectResult, ValidationResult } from "../host/host";
import { readCalculationMode } from "./calculation";
import { readWorkbookGrids } from "./readGrids";
import { writeSheetSpecs } from "./writeSheets";

/** Share of the progress bar the read takes (the checks take the rest). */
const READ_SHARE = 0.7;

export const excelHost: Host = {
  async validate(lang: Lang, onProgress?: (fraction: number, stage: string) => void): Promise<ValidationResult> {
    onProgress?.(0, "read");
    const read = await Excel.run(async (context) => {
      // Queued before the read, it goes with the read's first sync: no round trip of its own.
      const calculation = readCalculationMode(context);
      const grids = await readWorkbookGrids(context, { onProgress: (f) => onProgress?.(f * READ_SHARE, "read") });
      return { ...grids, calculation: calculation() };
    });
    onProgress?.(READ_SHARE, "check");
    const { model, report } = checkWorkbook(read.grids, { lang });
    onProgress?.(1, "done");
    return { report, model, syncs: read.syncs, calculation: read.calculation };
  },

  async select(sheet: string, cell: string): Promise<SelectResult> {
    if (!sheet) return { ok: false, reason: "missing" };
    return Excel.run(async (context): Promise<SelectResult> => {
      // Excel refuses to activate a hidden sheet: look first, and leave it to the user to unhide it.
      const ws = context.workbook.worksheets.getItemOrNullObject(sheet);
      ws.load("visibility");
      await context.sync();
      if (ws.isNullObject) return { ok: false, reason: "missing" };
      if (ws.visibility === "Hidden") return { ok: false, reason: "hidden" };
      if (ws.visibility === "VeryHidden") return { ok: false, reason: "veryHidden" };
      ws.activate();
      const at = cell ? rectFromA1(cell) : undefined;
      if (at) ws.getRange(rectToA1(at)).select();
      await context.sync();
      return { ok: true };
    });
  },

  async createTemplate(): Promise<string[]> {
    return Excel.run((context) => writeSheetSpecs(context, exampleTemplate()));
  },

  async draft(lang: Lang, onProgress?: (fraction: number, stage: string) => void): Promise<DraftResult> {
    const { report, model, calculation } = await excelHost.validate(lang, (f, stage) =>
      onProgress?.(f * 0.8, stage === "done" ? "check" : stage),
    );
    onProgress?.(0.8, "write");
    const draft = draftReport(model, report);
    const [sheet] = await Excel.run((context) => writeSheetSpecs(context, [draftToSheet(draft)]));
    onProgress?.(1, "done");
    return { sheet, draft, report, calculation };
  },

  async exportFindings(
    report: Report,
    lang: Lang,
    cells?: (sheet: string, cell: string) => CellLook | undefined,
  ): Promise<string> {
    const spec = findingsToSheet(report, lang, cells);
    const [sheet] = await Excel.run((context) => writeSheetSpecs(context, [spec]));
    return sheet;
  },
};
