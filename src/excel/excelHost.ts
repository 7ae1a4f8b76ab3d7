/// <reference types="office-js" />
/**
 * The task pane's Host over Office.js (Excel.run). Validation only reads: no write, no selection
 * change, no new sheet. Writes (the template, the draft, sheets given: addSheets) are all or nothing (writeSheets.ts).
 *
 * Long tasks report where they stand (the sheets being read, each sheet recognised, each check),
 * give way to the interface between steps (yieldToInterface.ts) and stop between them when their
 * signal is aborted. The Grids of the last read are kept, so that a re-check after edits reads
 * only the sheets changed (rereadSheets.ts).
 */
import { checkWorkbookSteps } from "../core/engine";
import type { Lang, Report } from "../core/findings";
import type { Grid } from "../core/grid/grid";
import type { SheetSpec } from "../core/grid/spec";
import type { Model } from "../core/tables/model";
import { blankTemplate } from "../core/template/blank";
import { exampleTemplate } from "../core/template/example";
import type { CellLook } from "../core/report/figures";
import { findingsToSheet } from "../core/report/toSheet";
import { rectFromA1, rectToA1 } from "../core/grid/address";
import type { DraftResult, Host, Progress, RunOptions, SelectResult, TemplateOptions, ValidationResult } from "../host/host";
import { readCalculationMode } from "./calculation";
import { readWorkbookGrids } from "./readGrids";
import { rereadSheets } from "./rereadSheets";
import { listenToWorkbook } from "./workbookEvents";
import { writeSheetSpecs } from "./writeSheets";
import { yieldToInterface } from "./yieldToInterface";

/** Share of the progress bar the read takes (the checks take the rest). */
const READ_SHARE = 0.7;

/** The Grids of the last read that went through: what a re-check of changed sheets starts from. */
let lastGrids: Grid[] | undefined;

/** Runs the engine's steps, reporting each and giving way to the interface between them. */
async function checkStepByStep(
  grids: Grid[],
  lang: Lang,
  onProgress: Progress | undefined,
  signal: AbortSignal | undefined,
): Promise<{ model: Model; report: Report }> {
  // Numbers in the workbook's notation in both languages of the pane (1.907, never 1,907).
  const steps = checkWorkbookSteps(grids, { lang, notation: "vi" });
  for (let s = steps.next(); ; s = steps.next()) {
    if (s.done) return s.value;
    const step = s.value;
    // Recognising takes most of the time: the first half of what is left after the read.
    const share = step.stage === "recognize" ? (step.index - 1) / step.count / 2 : 0.5 + (step.index - 1) / step.count / 2;
    onProgress?.(READ_SHARE + (1 - READ_SHARE) * share, "check", step);
    await yieldToInterface();
    signal?.throwIfAborted();
  }
}

export const excelHost: Host = {
  async validate(lang: Lang, onProgress?: Progress, opts: RunOptions = {}): Promise<ValidationResult> {
    const { signal, changed } = opts;
    signal?.throwIfAborted();
    onProgress?.(0, "read");
    const previous = changed ? lastGrids : undefined;
    const read = await Excel.run(async (context) => {
      // Queued before the read, it goes with the read's first sync: no round trip of its own.
      const calculation = readCalculationMode(context);
      const grids = await readWorkbookGrids(context, {
        onProgress: (f, at) => onProgress?.(f * READ_SHARE, "read", at && { stage: "read", ...at }),
        signal,
        pause: yieldToInterface,
        ...(previous && changed ? { previous, sheets: rereadSheets(previous, changed) } : {}),
      });
      return { ...grids, calculation: calculation() };
    });
    lastGrids = read.grids;
    onProgress?.(READ_SHARE, "check");
    const { model, report } = await checkStepByStep(read.grids, lang, onProgress, signal);
    onProgress?.(1, "done");
    const result: ValidationResult = { report, model, syncs: read.syncs, calculation: read.calculation };
    if (read.reused.length > 0) result.reused = read.reused;
    return result;
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

  async createTemplate(options?: TemplateOptions): Promise<string[]> {
    const specs = options?.kind === "blank" ? blankTemplate() : exampleTemplate();
    return Excel.run((context) => writeSheetSpecs(context, specs));
  },

  async draft(lang: Lang, onProgress?: Progress, opts: Pick<RunOptions, "signal"> = {}): Promise<DraftResult> {
    const { report, model, calculation } = await excelHost.validate(
      lang,
      (f, stage, detail) => onProgress?.(f * 0.8, stage === "done" ? "check" : stage, detail),
      { signal: opts.signal },
    );
    // The last moment to stop: the write itself is all or nothing and is not interrupted.
    opts.signal?.throwIfAborted();
    onProgress?.(0.8, "write");
    // The drafter loads on the first draft only: the pane opens faster without it.
    const [{ draftReport }, { draftToSheets }] = await Promise.all([
      import(/* webpackChunkName: "draft" */ "../core/draft/draft"),
      import(/* webpackChunkName: "draft" */ "../core/draft/toSheet"),
    ]);
    const draft = draftReport(model, report);
    const sheets = await Excel.run((context) => writeSheetSpecs(context, draftToSheets(draft)));
    onProgress?.(1, "done");
    return { sheet: sheets[0], sheets, draft, report, calculation };
  },

  onWorkbookChanged: listenToWorkbook,
  async exportFindings(
    report: Report,
    lang: Lang,
    cells?: (sheet: string, cell: string) => CellLook | undefined,
  ): Promise<string> {
    const spec = findingsToSheet(report, lang, cells);
    const [sheet] = await Excel.run((context) => writeSheetSpecs(context, [spec]));
    return sheet;
  },

  async addSheets(specs: SheetSpec[]): Promise<string[]> {
    return Excel.run((context) => writeSheetSpecs(context, specs));
  },
};
