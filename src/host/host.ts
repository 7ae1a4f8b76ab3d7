/**
 * What the task pane needs from its host (Excel, or the in-browser preview workbook). The pane
 * only talks to this interface; src/excel implements it with Office.js.
 */
import type { Lang, Report } from "../core/findings";
import type { Model } from "../core/tables/model";
import type { Draft } from "../core/draft/types";

export interface ValidationResult {
  report: Report;
  model: Model;
  /** Number of context.sync() round trips the read took. */
  syncs: number;
}

export interface DraftResult {
  /** The new sheet the draft was written to ("Bản thảo", or "Bản thảo (2)" when taken). */
  sheet: string;
  draft: Draft;
  report: Report;
}

export interface Host {
  /** Reads every sheet and runs the checks. Never writes to the workbook. */
  validate(lang: Lang, onProgress?: (fraction: number, stage: string) => void): Promise<ValidationResult>;
  /** Activates the sheet and selects the cell. */
  select(sheet: string, cell: string): Promise<void>;
  /** Writes the example template sheets (new names when taken); resolves to the names used. */
  createTemplate(): Promise<string[]>;
  /**
   * Reads the workbook, checks it and writes the drafted report to a NEW sheet "Bản thảo" (an
   * existing one is never overwritten: the new one gets a new name).
   */
  draft(lang: Lang, onProgress?: (fraction: number, stage: string) => void): Promise<DraftResult>;
}
