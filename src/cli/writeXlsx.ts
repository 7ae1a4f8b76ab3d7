/**
 * Writes SheetSpecs to a new workbook's .xlsx bytes with ExcelJS (`baocao template`, the form
 * corpus). Sheets are ADDED to an existing workbook by xlsx/addSheets.ts, which keeps every part of
 * it — ExcelJS would rewrite the whole package and drop what it does not know (charts…).
 */
import ExcelJS from "exceljs";
import { isCellError, type CellValue } from "../core/grid/grid";
import type { SheetSpec, SpecCell } from "../core/grid/spec";

const THIN: Partial<ExcelJS.Border> = { style: "thin" };
const A4 = 9 as ExcelJS.PaperSize;
const EXCELJS_DEFAULT_WIDTH = 9;
/** The last column (0-based) a manual row break spans, as Excel writes it. */
const LAST_COLUMN = 16383;

function toExcelValue(v: CellValue): ExcelJS.CellValue {
  if (v === null) return null;
  if (isCellError(v)) return { error: v.error } as ExcelJS.CellErrorValue;
  return v;
}

function writeCell(ws: ExcelJS.Worksheet, c: SpecCell, sheetFont: SheetSpec["font"]): void {
  const cell = ws.getCell(c.row + 1, c.col + 1);

  if (c.formula !== undefined && c.formula !== "" && !c.forceText) {
    const formula = c.formula.replace(/^=/, "");
    const result = toExcelValue(c.value);
    cell.value = result === null ? { formula } : ({ formula, result } as ExcelJS.CellFormulaValue);
  } else if (c.forceText) {
    cell.value = c.value === null ? "" : isCellError(c.value) ? c.value.error : String(c.value);
  } else if (c.value !== null && c.value !== "") {
    cell.value = toExcelValue(c.value);
  }

  const font: Partial<ExcelJS.Font> = {};
  if (sheetFont) {
    font.name = sheetFont.name;
    font.size = sheetFont.size;
  }
  if (c.size !== undefined) font.size = c.size;
  if (c.bold) font.bold = true;
  if (c.italic) font.italic = true;
  if (c.underline) font.underline = true;
  if (c.color) font.color = { argb: `FF${c.color.toUpperCase()}` };
  if (Object.keys(font).length > 0) cell.font = font;

  const alignment: Partial<ExcelJS.Alignment> = {};
  if (c.align) alignment.horizontal = c.align;
  if (c.verticalAlign) alignment.vertical = c.verticalAlign;
  if (c.wrap) alignment.wrapText = true;
  if (Object.keys(alignment).length > 0) cell.alignment = alignment;

  if (c.border) cell.border = { top: THIN, left: THIN, bottom: THIN, right: THIN };

  const numFmt = c.forceText ? "@" : c.numberFormat;
  if (numFmt) cell.numFmt = numFmt;
}

function addSheet(wb: ExcelJS.Workbook, spec: SheetSpec, name: string): void {
  const pageSetup: Partial<ExcelJS.PageSetup> = {};
  if (spec.page) {
    pageSetup.paperSize = A4;
    pageSetup.orientation = spec.page.orientation;
    if (spec.page.fitToWidth) {
      // One page wide, as many tall as the rows need (fitToHeight 0: "automatic").
      pageSetup.fitToPage = true;
      pageSetup.fitToWidth = 1;
      pageSetup.fitToHeight = 0;
    }
  }
  if (spec.printTitleRows) {
    pageSetup.printTitlesRow = `${spec.printTitleRows.first + 1}:${spec.printTitleRows.last + 1}`;
  }
  const ws = wb.addWorksheet(name, { pageSetup });

  spec.columnWidths.forEach((w, i) => {
    // ExcelJS leaves out a width of exactly 9 (its own default), and Excel would then use 8.43.
    if (typeof w === "number" && w > 0) ws.getColumn(i + 1).width = w === EXCELJS_DEFAULT_WIDTH ? w + 1e-6 : w;
  });
  for (const c of spec.cells) writeCell(ws, c, spec.font);
  for (const [r, h] of Object.entries(spec.rowHeights ?? {})) ws.getRow(Number(r) + 1).height = h;
  for (const m of spec.merges) {
    if (m.top === m.bottom && m.left === m.right) continue;
    ws.mergeCells(m.top + 1, m.left + 1, m.bottom + 1, m.right + 1);
  }
  // ExcelJS puts a row's break below it: the break above 0-based row r is below 1-based row r.
  for (const r of spec.rowBreaks ?? []) if (r > 0) ws.getRow(r).addPageBreak(1, LAST_COLUMN + 1);
}

/** The sheets as the bytes of a new .xlsx workbook. */
export async function writeXlsx(sheets: SheetSpec[]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  for (const s of sheets) addSheet(wb, s, s.name);
  const out = await wb.xlsx.writeBuffer();
  return Buffer.isBuffer(out) ? out : Buffer.from(out);
}
