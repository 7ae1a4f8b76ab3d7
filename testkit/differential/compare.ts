/**
 * The differential test of our .xlsx reader: one file read by `readXlsx` (src/cli/xlsx) and by
 * ExcelJS (exceljsView.ts), compared sheet by sheet — sheet names and order, hidden sheets, every
 * cell's value and formula, merges, hidden rows.
 *
 * Each difference found is then judged (mistakes.ts): explained by a named ExcelJS mistake (our
 * reader is right), explained by a named pending fix of our reader (our reader is wrong, a fix is
 * on its way), or real. A file's outcome:
 *
 * - `identical`: no difference at all;
 * - `ours-right`: every difference is explained by named ExcelJS mistakes;
 * - `differs`: some difference is not (`differences` lists them, pending fixes labelled);
 * - `refused`: our reader threw an InputError (its `code`): not a comparison;
 * - `crashed`: our reader threw anything else — always a bug of ours;
 * - `exceljs-failed`: ExcelJS cannot read the file (after ours could): not a comparison.
 *
 * Formulas: a shared formula's follower is compared with ExcelJS's translation of the master's
 * formula (`cell.formula`, its `slideFormula`), ours with core's shiftTokens; where ExcelJS's
 * translation is wrong the difference is the named mistake `exceljs-whole-column-shared-formula`
 * (or whichever applies), never silently skipped.
 */
import { toA1 } from "../../src/core/grid/address";
import { type Cell, type CellValue, type Grid, isCellError, type Rect } from "../../src/core/grid/grid";
import { InputError } from "../../src/cli/xlsx/errors";
import { readXlsx } from "../../src/cli/xlsx/readXlsx";
import { cellKey, readWithExcelJS, type ViewCell, type ViewSheet, type WorkbookView } from "./exceljsView";
import { judge, type Judgement } from "./mistakes";

type DiffKind = "sheets" | "hidden" | "value" | "formula" | "merge" | "hiddenRow";

/** One difference between the two readings. */
export interface Difference {
  kind: DiffKind;
  /** "Sheet1!B7", "Sheet1!A1:C1" (a merge), "Sheet1!row 12" (a hidden row), "Sheet1", "workbook". */
  where: string;
  /** What each reader says, for people. */
  ours: string;
  exceljs: string;
  /** The cells themselves (value and formula differences), for the mistakes' predicates. */
  oursCell?: Cell;
  exceljsCell?: ViewCell;
}

/** A difference with its judgement: which named ExcelJS mistake or pending reader fix explains it. */
interface JudgedDifference extends Difference {
  judgement: Judgement;
}

export type Outcome =
  | { status: "identical"; sheets: number; cells: number }
  | { status: "ours-right"; sheets: number; cells: number; explained: Record<string, number> }
  | {
      status: "differs";
      sheets: number;
      cells: number;
      explained: Record<string, number>;
      /** Of the differences no ExcelJS mistake explains: how many each pending reader fix explains. */
      pending: Record<string, number>;
      /** The differences no ExcelJS mistake explains (pending fixes labelled), at most {@link MAX_KEPT}. */
      differences: JudgedDifference[];
      /** How many such differences in all. */
      count: number;
    }
  | { status: "refused"; code: string; message: string }
  | { status: "crashed"; error: string }
  | { status: "exceljs-failed"; error: string };

export type Status = Outcome["status"];

/** How many unexplained differences an outcome keeps. */
const MAX_KEPT = 20;

/**
 * Reads `bytes` with both readers and compares them. Never throws. `oursDone` is called once our
 * reader has finished, before ExcelJS starts (scripts/test-corpus.ts tells by it which of the two
 * hung or ran out of memory).
 */
export async function compareReaders(bytes: Uint8Array, fileName: string, oursDone?: () => void): Promise<Outcome> {
  let ours: Grid[];
  try {
    ours = readXlsx(bytes, { fileName });
  } catch (e) {
    if (e instanceof InputError) return { status: "refused", code: e.code, message: e.en };
    return { status: "crashed", error: describe(e) };
  }
  oursDone?.();
  let theirs: WorkbookView;
  try {
    theirs = await readWithExcelJS(bytes);
  } catch (e) {
    return { status: "exceljs-failed", error: describe(e) };
  }
  const found = diffWorkbooks(ours, theirs);
  const explained: Record<string, number> = {};
  const pending: Record<string, number> = {};
  const unexplained: JudgedDifference[] = [];
  let count = 0;
  for (const d of found) {
    const judgement = judge(d, baseName(fileName));
    if (judgement.kind === "exceljs-mistake") explained[judgement.name] = (explained[judgement.name] ?? 0) + 1;
    else {
      if (judgement.kind === "pending-fix") pending[judgement.name] = (pending[judgement.name] ?? 0) + 1;
      count++;
      if (unexplained.length < MAX_KEPT) unexplained.push({ ...d, judgement });
    }
  }
  const sheets = ours.length;
  const cells = ours.reduce((n, g) => n + countCells(g), 0);
  if (found.length === 0) return { status: "identical", sheets, cells };
  if (count === 0) return { status: "ours-right", sheets, cells, explained };
  return { status: "differs", sheets, cells, explained, pending, differences: unexplained, count };
}

function describe(e: unknown): string {
  const s = e instanceof Error ? `${e.name}: ${e.message}` : String(e);
  return s.length > 300 ? s.slice(0, 299) + "…" : s;
}

function countCells(g: Grid): number {
  let n = 0;
  for (const row of g.rows) if (row) for (const c of row) if (c) n++;
  return n;
}

/** Every difference between our Grids and ExcelJS's view, in sheet order then row order. */
export function diffWorkbooks(ours: Grid[], theirs: WorkbookView): Difference[] {
  const out: Difference[] = [];
  const ourNames = ours.map((g) => g.name);
  const theirNames = theirs.sheets.map((s) => s.name);
  if (ourNames.join("\u0000") !== theirNames.join("\u0000")) {
    out.push({ kind: "sheets", where: "workbook", ours: JSON.stringify(ourNames), exceljs: JSON.stringify(theirNames) });
  }
  const byName = new Map(theirs.sheets.map((s) => [s.name, s]));
  for (const grid of ours) {
    const sheet = byName.get(grid.name);
    if (sheet) diffSheet(grid, sheet, out);
  }
  return out;
}

function diffSheet(grid: Grid, sheet: ViewSheet, out: Difference[]): void {
  const name = grid.name;
  if ((grid.hidden === true) !== sheet.hidden) {
    out.push({ kind: "hidden", where: name, ours: String(grid.hidden === true), exceljs: String(sheet.hidden) });
  }

  const keys = new Set<number>(sheet.cells.keys());
  grid.rows.forEach((row, r) => row?.forEach((c, col) => c && keys.add(cellKey(r, col))));
  for (const key of [...keys].sort((a, b) => a - b)) {
    const r = Math.floor(key / 16384);
    const c = key % 16384;
    const o = grid.rows[r]?.[c];
    const e = sheet.cells.get(key);
    const where = `${name}!${toA1(r, c)}`;
    const ov = o?.value ?? null;
    const ev = e?.value ?? null;
    if (!sameValue(ov, ev, e?.date === true)) {
      out.push({
        kind: "value",
        where,
        ours: show(ov),
        exceljs: e?.merged ? "(merged cell)" : show(ev),
        oursCell: o,
        exceljsCell: e,
      });
    }
    if ((o?.formula ?? "") !== (e?.formula ?? "")) {
      out.push({
        kind: "formula",
        where,
        ours: o?.formula ?? "(none)",
        exceljs: e?.formula ?? "(none)",
        oursCell: o,
        exceljsCell: e,
      });
    }
  }

  const ourMerges = new Set((grid.merges ?? []).map(rectA1));
  const theirMerges = new Set(sheet.merges.map(rectA1));
  for (const m of ourMerges)
    if (!theirMerges.has(m)) out.push({ kind: "merge", where: `${name}!${m}`, ours: "merged", exceljs: "not merged" });
  for (const m of theirMerges)
    if (!ourMerges.has(m)) out.push({ kind: "merge", where: `${name}!${m}`, ours: "not merged", exceljs: "merged" });

  const ourHidden = new Set(grid.hiddenRows ?? []);
  const theirHidden = new Set(sheet.hiddenRows);
  for (const r of ourHidden)
    if (!theirHidden.has(r)) out.push({ kind: "hiddenRow", where: `${name}!row ${r + 1}`, ours: "hidden", exceljs: "shown" });
  for (const r of theirHidden)
    if (!ourHidden.has(r)) out.push({ kind: "hiddenRow", where: `${name}!row ${r + 1}`, ours: "shown", exceljs: "hidden" });
}

const rectA1 = (r: Rect): string => `${toA1(r.top, r.left)}:${toA1(r.bottom, r.right)}`;

/** ExcelJS rounds a date to the millisecond (utils.excelToDate): a serial may move by half a millisecond. */
const DATE_TOLERANCE = 1e-8;

function sameValue(a: CellValue, b: CellValue, date: boolean): boolean {
  if (typeof a === "number" && typeof b === "number") {
    if (Object.is(a, b) || a === b) return true;
    return date && Math.abs(a - b) <= DATE_TOLERANCE;
  }
  if (isCellError(a) && isCellError(b)) return a.error === b.error;
  return a === b;
}

/** A value for people: strings quoted (JSON, cut at 60 characters), errors as Excel shows them. */
function show(v: CellValue): string {
  if (v === null) return "(empty)";
  if (isCellError(v)) return v.error;
  if (typeof v === "string") {
    const j = JSON.stringify(v);
    return j.length > 62 ? j.slice(0, 60) + '…"' : j;
  }
  return String(v);
}

const baseName = (f: string): string => f.slice(Math.max(f.lastIndexOf("/"), f.lastIndexOf("\\")) + 1);
