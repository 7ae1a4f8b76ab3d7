/**
 * One input of `baocao tonghop`, read and checked: what the consolidation keeps of it and nothing
 * more — its identity (real path, hash of its bytes), its findings' counts, how it matches the form
 * and its values at the form's number cells. Never its grids: the result is small and plain, so a
 * worker thread can send it back (tonghopWorker.ts) and a thousand of them fit in memory.
 */
import { createHash } from "node:crypto";
import { promises as fs } from "node:fs";
import { resolve } from "node:path";
import { checkWorkbook } from "../core/engine";
import type { Lang } from "../core/findings";
import type { Grid } from "../core/grid/grid";
import type { Note } from "../core/tables/model";
import { formSignature, tableShape, type CellPlace, type TableShape, type TableSignature } from "../core/consolidate/form";
import { inputValues, matchForm, type InputValues, type MatchResult } from "../core/consolidate/match";
import { readWorkbookFile } from "./readWorkbookFile";
import { InputError } from "./xlsx/errors";
import type { ReadXlsxOptions } from "./xlsx/readXlsx";

/** What an input is matched against: the form's tables (without their grids) and its number cells' places. */
export interface FormShape {
  tables: TableShape[];
  cells: CellPlace[];
}

export interface ExamineOptions {
  read: ReadXlsxOptions;
  lang: Lang;
}

/** An input read and checked (or why it could not be). */
export type Examined =
  | { read: false; why: Note }
  | {
      read: true;
      /** Same real path, or the same bytes: a file given twice. */
      id: { path: string; hash: string };
      counts: { errors: number; warnings: number; checkedCells: number; numericCells: number };
      /** Its tables found (0: nothing to match). */
      tables: number;
      /** Against the form (when one was given): the match, without its row maps, and the values read through it. */
      match?: Pick<MatchResult, "status" | "why" | "missingRows" | "extraRows">;
      values?: InputValues;
    };

/** An input that was read. */
export type ReadInput = Extract<Examined, { read: true }>;

async function identityOf(file: string, bytes: Uint8Array): Promise<{ path: string; hash: string }> {
  let path = resolve(file);
  try {
    path = await fs.realpath(file);
  } catch {
    // kept as resolved
  }
  return { path, hash: createHash("sha256").update(bytes).digest("hex") };
}

/**
 * Reads and checks one input; matches it to `form` when given. `keep` receives the grids and the
 * signature (in the main thread, for the input that becomes the form).
 * Throws only what is not an InputError (a bug): the caller reports it as this input's failure.
 */
export async function examineInput(
  file: string,
  o: ExamineOptions,
  form: FormShape | undefined,
  keep?: { grids?: Grid[]; sig?: TableSignature[] },
): Promise<Examined> {
  const source: { bytes?: Uint8Array } = {};
  let grids: Grid[];
  try {
    grids = await readWorkbookFile(file, { ...o.read, source });
  } catch (e) {
    if (!(e instanceof InputError)) throw e;
    return { read: false, why: { vi: e.vi, en: e.en } };
  }
  const id = await identityOf(file, source.bytes as Uint8Array);
  source.bytes = undefined;
  const { model, report } = checkWorkbook(grids, { lang: o.lang });
  const s = report.summary;
  const sig = formSignature(model);
  if (keep) Object.assign(keep, { grids, sig });
  const out: Examined = {
    read: true,
    id,
    counts: { errors: s.errors, warnings: s.warnings, checkedCells: s.checkedCells, numericCells: s.numericCells },
    tables: sig.length,
  };
  return form ? matchInput(out, sig, form) : out;
}

/** An input's match to the form, and its values at the form's cells when it is of the form. */
export function matchInput(x: ReadInput, sig: readonly TableSignature[], form: FormShape): ReadInput {
  const m = matchForm(form.tables, sig);
  const match = { status: m.status, why: m.why, missingRows: m.missingRows, extraRows: m.extraRows };
  return m.status === "other-form" ? { ...x, match } : { ...x, match, values: inputValues(form.cells, form.tables, sig, m) };
}

/** The form's shape, from its signature and cells. */
export function formShape(sig: readonly TableSignature[], cells: readonly CellPlace[]): FormShape {
  return { tables: sig.map(tableShape), cells: cells.map((c) => ({ table: c.table, col: c.col, rowIndex: c.rowIndex })) };
}
