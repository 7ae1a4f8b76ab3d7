/**
 * What the task pane needs from its host (Excel, or the in-browser preview workbook). The pane
 * only talks to this interface; src/excel implements it with Office.js.
 */
import type { Lang, Report } from "../core/findings";
import type { Model } from "../core/tables/model";
import type { Draft } from "../core/draft/types";
import type { CellLook } from "../core/report/figures";

/**
 * Excel's calculation mode when the workbook was read: "manual" means formula results may be out
 * of date (the pane says so); "unknown" when it could not be read.
 */
export type Calculation = "automatic" | "manual" | "unknown";

export interface ValidationResult {
  report: Report;
  model: Model;
  /** Number of context.sync() round trips the read took. */
  syncs: number;
  calculation: Calculation;
}

export interface DraftResult {
  /** The new sheet the draft was written to ("Bản thảo", or "Bản thảo (2)" when taken). */
  sheet: string;
  draft: Draft;
  report: Report;
  /** The calculation mode of the read the draft was made from. */
  calculation: Calculation;
}

/**
 * What selecting a finding's cell did: nothing when its sheet is hidden (Excel cannot activate a
 * hidden sheet; "veryHidden" sheets cannot even be unhidden from the sheet tabs) or no longer
 * there (deleted or renamed since the check). The pane tells the user what to do.
 */
export type SelectResult = { ok: true } | { ok: false; reason: "hidden" | "veryHidden" | "missing" };

/**
 * Writing new sheets (the template, the draft) failed. It is all or nothing: the sheets the call
 * had added were deleted again — unless `leftover` names some, which could not be deleted and may
 * be left half written: the user should delete them. `error` is Excel's error. The pane words it
 * in its language; the message is for logs.
 */
export class SheetWriteError extends Error {
  readonly code = "SheetWriteFailed";
  constructor(
    /** The names the call was writing. */
    readonly sheets: readonly string[],
    /** Sheets that may be left behind, half written (empty when the undo went through). */
    readonly leftover: readonly string[],
    readonly error: unknown,
  ) {
    const cause = error instanceof Error ? error.message : String(error);
    super(
      leftover.length > 0
        ? `Writing the sheets ${sheets.join(", ")} failed (${cause}); these may be left half written: ${leftover.join(", ")}.`
        : `Writing the sheets ${sheets.join(", ")} failed (${cause}); the sheets added were deleted.`,
    );
    this.name = "SheetWriteError";
  }
}

export interface Host {
  /** Reads every sheet and runs the checks. Never writes to the workbook. */
  validate(lang: Lang, onProgress?: (fraction: number, stage: string) => void): Promise<ValidationResult>;
  /** Activates the sheet and selects the cell, unless the sheet is hidden or gone (then says which). */
  select(sheet: string, cell: string): Promise<SelectResult>;
  /**
   * Writes the example template sheets (new names when taken); resolves to the names used. All or
   * nothing: on failure it rejects with a SheetWriteError.
   */
  createTemplate(): Promise<string[]>;
  /**
   * Reads the workbook, checks it and writes the drafted report to a NEW sheet "Bản thảo" (an
   * existing one is never overwritten: the new one gets a new name). The write is all or nothing,
   * as createTemplate's.
   */
  draft(lang: Lang, onProgress?: (fraction: number, stage: string) => void): Promise<DraftResult>;
  /**
   * Writes a check's findings to a NEW sheet "Kết quả kiểm tra" ("Kết quả kiểm tra (2)" when the
   * name is taken: an existing sheet is never written over); resolves to the name used. `cells`
   * (the cells as the check read them) gives each number its cell's decimals and targets as typed.
   * All or nothing, as createTemplate's.
   */
  exportFindings(report: Report, lang: Lang, cells?: (sheet: string, cell: string) => CellLook | undefined): Promise<string>;
}
