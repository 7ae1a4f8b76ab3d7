/**
 * The consolidated workbook as SheetSpecs: every sheet of the form with the same cells, texts and
 * formulas, each number cell of its tables the sum over the inputs summed (a rate worked out
 * again), its document details emptied for the province ({@link formEdits}: what a writer that
 * keeps the form's own package changes in it); then "Chi tiết" (each number of the form, input by
 * input, with the cell it came from) and "Kết quả kiểm tra" (each input: its status, findings,
 * coverage, why it was not summed).
 */
import { detailValueCells, isDetailsSheet } from "../draft/detailsSheet";
import { toA1 } from "../grid/address";
import type { Grid } from "../grid/grid";
import { uniqueSheetNames } from "../grid/sheetNames";
import type { SheetSpec, SpecCell } from "../grid/spec";
import { type Dec, decShift, decToNumber } from "../number/decimal";
import { formatInfo } from "../number/numberFormat";
import type { Note } from "../tables/model";
import { CONSOLIDATION_DETAIL_HEADER } from "../tables/recognize";
import type { FormCell } from "./form";
import type { InputValues } from "./match";
import { type InputStatus, STATUS_TEXT } from "./status";

export const DETAIL_SHEET = "Chi tiết";
export const RESULT_SHEET = "Kết quả kiểm tra";

export interface InputOutcome {
  file: string;
  status: InputStatus;
  errors: number;
  warnings: number;
  checkedCells: number;
  numericCells: number;
  /** Why it was not summed, or what to look at. */
  why: Note[];
  /** Its values at the form's cells (inputs that were read and matched the form, summed or not). */
  values?: InputValues;
}

const HEAD: Partial<SpecCell> = { bold: true, align: "center", verticalAlign: "middle", wrap: true, border: true };
const BOX: Partial<SpecCell> = { border: true, verticalAlign: "middle" };

/** The value to store: percent-formatted cells of percent columns hold fractions (61,4 → 0,614). */
function stored(d: Dec, numberFormat: string | undefined): number {
  return decToNumber(formatInfo(numberFormat).percent ? decShift(d, -2) : d);
}

/** The cells of the form's sheets the total changes, sheet by sheet: row × 16384 + col → the new value (null: empty). */
export type FormEdits = Map<string, Map<number, number | null>>;

/**
 * What the total changes in the form's sheets: each number cell of its tables (the sum, a rate
 * worked out again, or empty), and the details of its "Thông tin văn bản" (the first commune's
 * agency, number, signer) emptied: the total is the province's document, and a draft from it must
 * ask for the province's details, never carry a commune's. Nothing else of the form changes.
 */
function formEdits(grids: readonly Grid[], cells: readonly FormCell[], sums: readonly (Dec | undefined)[]): FormEdits {
  const out: FormEdits = new Map();
  const put = (sheet: string, row: number, col: number, v: number | null) => {
    let m = out.get(sheet);
    if (!m) out.set(sheet, (m = new Map<number, number | null>()));
    m.set(row * 16384 + col, v);
  };
  const byName = new Map(grids.map((g) => [g.name, g]));
  cells.forEach((fc, i) => {
    const cell = byName.get(fc.sheet)?.rows[fc.row]?.[fc.col];
    const d = sums[i];
    if (cell || d !== undefined) put(fc.sheet, fc.row, fc.col, d === undefined ? null : stored(d, cell?.numberFormat));
  });
  for (const g of grids) if (isDetailsSheet(g)) for (const c of detailValueCells(g)) put(g.name, c.row, c.col, null);
  return out;
}

/** The form's sheets with the edits: every other cell, formula, number format and merge as in the form. */
function formSheets(grids: readonly Grid[], edits: FormEdits): SheetSpec[] {
  return grids.map((g) => {
    const e = edits.get(g.name);
    const out: SpecCell[] = [];
    g.rows.forEach((row, r) => {
      row?.forEach((cell, c) => {
        if (!cell) return;
        const spec: SpecCell = { row: r, col: c, value: cell.value };
        if (cell.formula !== undefined) spec.formula = cell.formula;
        if (cell.numberFormat !== undefined) spec.numberFormat = cell.numberFormat;
        const k = r * 16384 + c;
        if (e?.has(k)) spec.value = e.get(k) ?? null;
        else if (typeof cell.value === "string" && cell.formula === undefined && /^[=+\-@]/.test(cell.value))
          spec.forceText = true;
        out.push(spec);
      });
    });
    // Cells the form leaves empty where inputs have numbers.
    e?.forEach((v, k) => {
      const row = Math.floor(k / 16384);
      const col = k % 16384;
      if (v !== null && !g.rows[row]?.[col]) out.push({ row, col, value: v });
    });
    return { name: g.name, columnWidths: [], cells: out, merges: (g.merges ?? []).map((m) => ({ ...m })) };
  });
}

function detailSheet(
  name: string,
  cells: readonly FormCell[],
  sums: readonly (Dec | undefined)[],
  inputs: readonly InputOutcome[],
): SheetSpec {
  const shown = inputs.filter((x) => x.values);
  const out: SpecCell[] = [];
  const merges: SheetSpec["merges"] = [];
  CONSOLIDATION_DETAIL_HEADER.forEach((h, c) => {
    out.push({ row: 0, col: c, value: h, ...HEAD });
    out.push({ row: 1, col: c, value: null, ...HEAD });
    merges.push({ top: 0, left: c, bottom: 1, right: c });
  });
  shown.forEach((x, k) => {
    const col = 4 + 2 * k;
    out.push({ row: 0, col, value: `${x.file} (${STATUS_TEXT[x.status].vi})`, ...HEAD });
    out.push({ row: 0, col: col + 1, value: null, ...HEAD });
    merges.push({ top: 0, left: col, bottom: 0, right: col + 1 });
    out.push({ row: 1, col, value: "Giá trị", ...HEAD });
    out.push({ row: 1, col: col + 1, value: "Ô nguồn", ...HEAD });
  });
  cells.forEach((fc, i) => {
    const r = 2 + i;
    out.push({ row: r, col: 0, value: fc.sheet, ...BOX });
    out.push({ row: r, col: 1, value: toA1(fc.row, fc.col), ...BOX });
    out.push({ row: r, col: 2, value: fc.label, ...BOX, wrap: true });
    const s = sums[i];
    out.push({ row: r, col: 3, value: s === undefined ? null : decToNumber(s), ...BOX, numberFormat: "#,##0.##" });
    shown.forEach((x, k) => {
      const v = x.values as InputValues;
      const val = v.values[i];
      const col = 4 + 2 * k;
      out.push({
        row: r,
        col,
        value: val === undefined ? null : typeof val === "number" ? val : decToNumber(val),
        ...BOX,
        numberFormat: "#,##0.##",
      });
      out.push({ row: r, col: col + 1, value: v.rows[i] < 0 ? null : `${v.sheets[i]}!${toA1(v.rows[i], v.cols[i])}`, ...BOX });
    });
  });
  return {
    name,
    columnWidths: [16, 8, 50, 16, ...shown.flatMap(() => [16, 18])],
    cells: out,
    merges,
    printTitleRows: { first: 0, last: 1 },
  };
}

function resultSheet(name: string, inputs: readonly InputOutcome[]): SheetSpec {
  const head = ["TT", "Tệp", "Trạng thái", "Lỗi", "Cảnh báo", "Ô số đã kiểm tra", "Ô số", "Lý do không cộng / cần xem"];
  const out: SpecCell[] = head.map((h, c) => ({ row: 0, col: c, value: h, ...HEAD }));
  inputs.forEach((x, i) => {
    const r = i + 1;
    const row: (string | number | null)[] = [
      i + 1,
      x.file,
      STATUS_TEXT[x.status].vi,
      x.errors,
      x.warnings,
      x.checkedCells,
      x.numericCells,
      x.why.map((w) => w.vi).join("; ") || null,
    ];
    row.forEach((value, c) => out.push({ row: r, col: c, value, ...BOX, wrap: c === 7 }));
  });
  return { name, columnWidths: [5, 40, 22, 8, 10, 14, 10, 70], cells: out, merges: [], printTitleRows: { first: 0, last: 0 } };
}

/** The sheets a consolidation adds after the form's: "Chi tiết" and "Kết quả kiểm tra" (renamed if the form has such sheets). */
function addedSheets(
  formGrids: readonly Grid[],
  cells: readonly FormCell[],
  sums: readonly (Dec | undefined)[],
  inputs: readonly InputOutcome[],
): SheetSpec[] {
  const [detail, result] = uniqueSheetNames(
    [DETAIL_SHEET, RESULT_SHEET],
    formGrids.map((g) => g.name),
  );
  return [detailSheet(detail, cells, sums, inputs), resultSheet(result, inputs)];
}

/** The consolidated workbook: the form's sheets with the edits, then the {@link addedSheets}; the edits and the added sheets apart too. */
export function consolidatedSheets(
  formGrids: readonly Grid[],
  cells: readonly FormCell[],
  sums: readonly (Dec | undefined)[],
  inputs: readonly InputOutcome[],
): { sheets: SheetSpec[]; edits: FormEdits; added: SheetSpec[] } {
  const edits = formEdits(formGrids, cells, sums);
  const added = addedSheets(formGrids, cells, sums, inputs);
  return { sheets: [...formSheets(formGrids, edits), ...added], edits, added };
}
