/**
 * ExcelJS's reading of a workbook, put in the shape of our Grid so the two readers can be compared
 * cell by cell (compare.ts). Only what ExcelJS and the Grid legitimately write differently is
 * normalised here:
 *
 * - a date: ExcelJS turns a number whose style is a date format into a `Date`; it is turned back
 *   into the Excel serial number (1900 or 1904 date system, as the workbook says), which is what
 *   our reader keeps;
 * - rich text (`{richText: [{text}…]}`) → the runs' text concatenated; a hyperlink
 *   (`{text, hyperlink}`) → its text; a formula (`{formula | sharedFormula, result}`) → its result
 *   as the value and the formula text with "=" (a shared formula's follower gets ExcelJS's own
 *   translation of its master, `cell.formula`); a data-table formula (`t="dataTable"`, no text)
 *   is not a formula for either reader;
 * - a merged area's other cells: ExcelJS makes them "merge" cells that show the master's value;
 *   they are taken as empty (`merged: true`), as the file has them.
 *
 * Nothing else is forgiven here: what remains different is judged by compare.ts, against the named
 * ExcelJS mistakes (mistakes.ts).
 */
import ExcelJS from "exceljs";
import type { CellValue, Rect } from "../../src/core/grid/grid";

/** One cell as ExcelJS read it, in Grid terms. */
export interface ViewCell {
  value: CellValue;
  /** With "=". */
  formula?: string;
  /** The cell is a merged area's follower (ExcelJS shows the master's value there). */
  merged?: boolean;
  /** ExcelJS gave a hyperlink value (`{text, hyperlink}`). */
  hyperlink?: boolean;
  /** ExcelJS gave a Date (turned back into a serial number, to the millisecond). */
  date?: boolean;
  /** A shared formula's follower: `formula` is ExcelJS's translation of its master's. */
  sharedFollower?: boolean;
}

export interface ViewSheet {
  name: string;
  hidden: boolean;
  /** Key `row * 16384 + col` (0-based). */
  cells: Map<number, ViewCell>;
  merges: Rect[];
  hiddenRows: number[];
}

export interface WorkbookView {
  date1904: boolean;
  sheets: ViewSheet[];
}

/** Key of a cell in {@link ViewSheet.cells}. */
export const cellKey = (row: number, col: number): number => row * 16384 + col;

const MS_PER_DAY = 24 * 3600 * 1000;

/** A Date from ExcelJS → the Excel serial number (ExcelJS's own utils.dateToExcel, inverted exactly). */
function dateToSerial(d: Date, date1904: boolean): number {
  return 25569 + d.getTime() / MS_PER_DAY - (date1904 ? 1462 : 0);
}

interface RichTextLike {
  richText: { text?: unknown }[];
}
const isRichText = (v: object): v is RichTextLike => Array.isArray((v as Partial<RichTextLike>).richText);

/** ExcelJS's value (or formula result) → a Grid value. */
function normaliseValue(v: unknown, date1904: boolean): CellValue {
  if (v === null || v === undefined) return null;
  if (typeof v === "number" || typeof v === "string" || typeof v === "boolean") return v;
  if (v instanceof Date) return dateToSerial(v, date1904);
  if (typeof v === "object") {
    if (isRichText(v)) return v.richText.map((r) => (typeof r.text === "string" ? r.text : "")).join("");
    const o = v as { error?: unknown; text?: unknown; hyperlink?: unknown };
    if (typeof o.error === "string") return { error: o.error };
    if ("hyperlink" in o) return normaliseValue(o.text ?? null, date1904);
  }
  // Anything else ExcelJS might give: shown as JSON, so that it differs visibly from our value.
  return JSON.stringify(v) ?? typeof v;
}

/** A sheet's private parts that ExcelJS does not type. */
interface WorksheetInternals {
  _merges: Record<string, { model: { top: number; left: number; bottom: number; right: number } }>;
  _rows: (ExcelJS.Row | undefined)[];
}

/** Reads `bytes` with ExcelJS. @throws whatever ExcelJS throws (the caller reports "ExcelJS cannot read it"). */
export async function readWithExcelJS(bytes: Uint8Array): Promise<WorkbookView> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as unknown as ExcelJS.Buffer);
  const date1904 = (wb.properties as { date1904?: boolean }).date1904 === true;
  const sheets = wb.worksheets.map((ws) => viewSheet(ws, date1904));
  return { date1904, sheets };
}

function viewSheet(ws: ExcelJS.Worksheet, date1904: boolean): ViewSheet {
  const internals = ws as unknown as WorksheetInternals;
  const cells = new Map<number, ViewCell>();
  const hiddenRows: number[] = [];
  const rows = internals._rows;
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i];
    if (!row) continue;
    if (row.hidden) hiddenRows.push(i);
    row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
      const key = cellKey(i, colNumber - 1);
      if (cell.type === ExcelJS.ValueType.Merge) {
        cells.set(key, { value: null, merged: true });
        return;
      }
      const raw = cell.value as unknown;
      if (cell.type === ExcelJS.ValueType.Formula) {
        // cell.result, not cell.value.result: the formula value leaves out a result 0, "" or false.
        const result = cell.result as unknown;
        const text = cell.formula as string | undefined;
        const out: ViewCell = { value: normaliseValue(result, date1904) };
        if (result instanceof Date) out.date = true;
        if (text !== undefined && text !== "") out.formula = "=" + text;
        if (cell.formulaType === ExcelJS.FormulaType.Shared) out.sharedFollower = true;
        cells.set(key, out);
        return;
      }
      const out: ViewCell = { value: normaliseValue(raw, date1904) };
      if (raw instanceof Date) out.date = true;
      if (cell.type === ExcelJS.ValueType.Hyperlink) out.hyperlink = true;
      cells.set(key, out);
    });
  }
  const merges = Object.values(internals._merges).map(({ model: m }) => ({
    top: m.top - 1,
    left: m.left - 1,
    bottom: m.bottom - 1,
    right: m.right - 1,
  }));
  // ExcelJS keeps the attribute as written: "hidden", "veryHidden", "visible" — or "show", which
  // some writers put and Excel shows.
  const state = ws.state as string;
  return { name: ws.name, hidden: state === "hidden" || state === "veryHidden", cells, merges, hiddenRows };
}
