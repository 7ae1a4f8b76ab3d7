/**
 * What the task pane needs from its host (Excel, or the in-browser preview workbook). The pane
 * only talks to this interface; src/excel implements it with Office.js.
 */
import type { Lang, Report } from "../core/findings";
import type { Model } from "../core/tables/model";
import type { Draft } from "../core/draft/types";
import type { CellLook } from "../core/report/figures";
import type { SheetSpec } from "../core/grid/spec";

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
  /** Sheets taken from the previous read without reading them again (a re-check after edits). */
  reused?: string[];
}

/**
 * Where a long task stands, for the progress text: the sheets the next read request brings (1-based
 * `index`..`lastIndex` among the `count` sheets read), the sheet whose tables are being recognised,
 * or the check being run.
 */
export type ProgressDetail =
  | { stage: "read"; first: string; last: string; index: number; lastIndex: number; count: number }
  | { stage: "recognize"; sheet: string; index: number; count: number }
  | { stage: "check"; code: string; index: number; count: number };

/** Progress of a task: 0..1, a stage id ("read", "check", "write", "done"), and where it stands. */
export type Progress = (fraction: number, stage: string, detail?: ProgressDetail) => void;

export interface RunOptions {
  /** Stops the task between two requests to Excel (or two steps of the checks): it rejects with an AbortError. */
  signal?: AbortSignal;
  /**
   * Sheets changed since the last check (as onWorkbookChanged told): only these are read again
   * (and those whose formulas refer to other sheets), the rest taken from the previous read.
   * Without it, every sheet is read.
   */
  changed?: readonly string[];
}

/** A change in the workbook: cells of these sheets changed, or the sheets were added or deleted. */
export interface WorkbookChange {
  sheets: string[];
  kind: "changed" | "added" | "deleted";
}

/** True for the rejection of a task stopped through its signal. */
export function isAbortError(e: unknown): boolean {
  return !!e && typeof e === "object" && (e as { name?: unknown }).name === "AbortError";
}

export interface DraftResult {
  /** The new sheet the draft was written to ("Bản thảo", or "Bản thảo (2)" when taken). */
  sheet: string;
  /** Every sheet written: the main one, then one per appendix ("Bản thảo - Phụ lục I", …). */
  sheets: string[];
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

/** Which template to write: the blank form or the worked example (Đức Phổ 2023). */
export interface TemplateOptions {
  kind?: "blank" | "example";
}

export interface Host {
  /** Reads every sheet (or those changed: options) and runs the checks. Never writes to the workbook. */
  validate(lang: Lang, onProgress?: Progress, opts?: RunOptions): Promise<ValidationResult>;
  /** Activates the sheet and selects the cell, unless the sheet is hidden or gone (then says which). */
  select(sheet: string, cell: string): Promise<SelectResult>;
  /**
   * Writes the template sheets (new names when taken): the worked example (default) or the blank
   * form (same sheets, headers and formulas, no figures); resolves to the names used. All or
   * nothing: on failure it rejects with a SheetWriteError.
   */
  createTemplate(options?: TemplateOptions): Promise<string[]>;
  /**
   * Reads the workbook, checks it and writes the drafted report to a NEW sheet "Bản thảo" and its
   * appendices to new sheets "Bản thảo - Phụ lục I"… (an existing sheet is never overwritten: the
   * new ones get new names, the appendices following their main sheet's). The write is all or
   * nothing, as createTemplate's.
   */
  draft(lang: Lang, onProgress?: Progress, opts?: Pick<RunOptions, "signal">): Promise<DraftResult>;
  /**
   * Listens to changes of the workbook — cells edited, sheets added or deleted, by anyone, the
   * add-in's own writes included — until the returned function is called. Resolves to null when
   * this Excel cannot tell (without ExcelApi 1.9): then results hold as of their check's time.
   */
  onWorkbookChanged?(listener: (e: WorkbookChange) => void): Promise<(() => void) | null>;
  /**
   * Writes a check's findings to a NEW sheet "Kết quả kiểm tra" ("Kết quả kiểm tra (2)" when the
   * name is taken: an existing sheet is never written over); resolves to the name used. `cells`
   * (the cells as the check read them) gives each number its cell's decimals and targets as typed.
   * All or nothing, as createTemplate's.
   */
  exportFindings(report: Report, lang: Lang, cells?: (sheet: string, cell: string) => CellLook | undefined): Promise<string>;
  /**
   * Writes sheets made elsewhere (the consolidated form, "Chi tiết", "Kết quả kiểm tra" of
   * "Tổng hợp") as NEW sheets — a taken name becomes "Name (2)", and formulas follow the renames —;
   * resolves to the names used, in order. All or nothing, as createTemplate's.
   */
  addSheets(specs: SheetSpec[]): Promise<string[]>;
}
