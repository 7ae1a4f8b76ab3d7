/**
 * readXlsx: an .xlsx (or .xlsm) file's bytes → one {@link Grid} per worksheet, in workbook order.
 *
 * A fast, low-memory reader written for the CLI (ExcelJS is far too slow and memory hungry for
 * 100 000-row workbooks). This file only puts the steps together, one concept a file:
 * - package.ts: the bytes sniffed (sniff.ts: an .xls, an encrypted workbook, a CSV, a Word file...
 *   get the right error code instead of a parser error), the ZIP opened (zip.ts: only the parts
 *   we need are inflated, with zip-bomb limits and CRC checks), the workbook part and its
 *   relationships → the worksheets in `<sheets>` order with their names and hidden states;
 * - styles.ts: styles.xml (optional) → the number format code of each cell style, built-in ids
 *   included; `numberFormat` is set only when it is not "General";
 * - sharedStrings.ts: sharedStrings.xml (optional; rich text runs concatenated, phonetic `<rPh>`
 *   ignored, spaces kept);
 * - sheetScanner.ts: each worksheet scanned chunk by chunk (scanPart.ts) into a Grid — values,
 *   formulas (shared ones computed when read, sharedFormula.ts), merges, hidden rows;
 * - budget.ts: the memory budgets (cells, formula text) of the whole workbook, `too-large` over them;
 * - xml.ts: the XML scanning primitives and the small-part parser under all of them.
 *
 * A sheet listed without a part (a VBA module sheet with an empty `r:id`, a relationship or part
 * left out) is skipped; a workbook none of whose listed sheets has a part is `corrupt`.
 *
 * Dates stay serial numbers (their `numberFormat` tells they are dates), t="d" cells (ISO 8601
 * text) included; a workbook in the 1904 date system marks each Grid `date1904`, its serials
 * left as stored. `merges` and `hiddenRows` are present only when non-empty, `hidden` only
 * when true. Every failure is thrown as an InputError (errors.ts).
 */
import type { Grid } from "../../core/grid/grid";
import { DEFAULT_MAX_CELLS, DEFAULT_MAX_FORMULA_CHARS, ReadBudget } from "./budget";
import { FormatError, toInputError } from "./errors";
import { openPackage } from "./package";
import { readSharedStrings } from "./sharedStrings";
import { readSheet } from "./sheetScanner";
import { parseStyles } from "./styles";
import type { ZipLimits } from "./zip";

export interface ReadXlsxOptions {
  /** Name used in error messages (default "workbook.xlsx"). */
  fileName?: string;
  /** ZIP limits (zip-bomb protection); see {@link ZipLimits}. */
  limits?: Partial<ZipLimits>;
  /** Cell budget, all sheets together (default {@link DEFAULT_MAX_CELLS}); over it: `too-large`. See budget.ts. */
  maxCells?: number;
  /** Formula-text budget in characters (default {@link DEFAULT_MAX_FORMULA_CHARS}); over it: `too-large`. See budget.ts. */
  maxFormulaChars?: number;
  /**
   * When given, receives the names of the sheets the workbook lists but the file holds no data
   * for (a VBA module sheet with an empty r:id, a part left out): they are not read, and a report
   * must say so.
   */
  unread?: string[];
}

/**
 * Reads an .xlsx workbook from memory.
 * @throws InputError (and nothing else) for any byte sequence that is not a readable workbook.
 */
export function readXlsx(bytes: Uint8Array, options: ReadXlsxOptions = {}): Grid[] {
  const fileName = options.fileName ?? "workbook.xlsx";
  try {
    const budget = new ReadBudget(options.maxCells ?? DEFAULT_MAX_CELLS, options.maxFormulaChars ?? DEFAULT_MAX_FORMULA_CHARS);
    return readUnchecked(bytes, options.limits, budget, options.unread);
  } catch (e) {
    throw toInputError(e, fileName);
  }
}

function readUnchecked(
  bytes: Uint8Array,
  limits: Partial<ZipLimits> | undefined,
  budget: ReadBudget,
  unread: string[] | undefined,
): Grid[] {
  const pkg = openPackage(bytes, limits);
  const { zip } = pkg;
  const wb = pkg.readWorkbook(pkg.findWorkbook());
  const { stylesPath, sharedStringsPath } = wb;
  const formats = stylesPath ? parseStyles(pkg.text(stylesPath)!, stylesPath) : [];
  const sst = sharedStringsPath ? readSharedStrings(zip, zip.get(sharedStringsPath)!) : [];

  const grids: Grid[] = [];
  const missing: string[] = [];
  for (const sheet of wb.sheets) {
    if (!sheet.entry) {
      missing.push(sheet.name); // a VBA module sheet (empty r:id) or a part left out: nothing to read
      continue;
    }
    const grid = readSheet(zip, sheet.entry, sheet.name, sst, formats, wb.date1904, budget);
    if (sheet.hidden) grid.hidden = true;
    if (wb.date1904) grid.date1904 = true;
    grids.push(grid);
  }
  if (grids.length === 0 && missing.length > 0) {
    const names = missing.map((n) => `"${n}"`).join(", ");
    throw new FormatError("corrupt", {
      vi: `không có trang tính nào đọc được: thiếu phần dữ liệu của ${names}`,
      en: `no worksheet can be read: the part of ${names} is missing`,
    });
  }
  unread?.push(...missing);
  return grids;
}
