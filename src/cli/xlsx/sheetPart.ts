/**
 * A SheetSpec as a worksheet part (SpreadsheetML): values (texts as inline strings, so the
 * workbook's shared strings stay untouched), formulas with their cached results, each cell's style
 * from {@link NewStyles}, column widths (the columns styled in the sheet's font), row heights,
 * merges, A4 page setup (orientation, fit to one page wide), manual row breaks.
 *
 * The print titles are not here: they are a defined name of the workbook (addSheets.ts).
 */
import { isCellError, type CellValue } from "../../core/grid/grid";
import { rectToA1, toA1 } from "../../core/grid/address";
import type { SheetSpec, SpecCell } from "../../core/grid/spec";
import type { CellStyle, NewStyles } from "./newStyles";
import { escapeXmlText } from "./xmlEdit";

/** OOXML strings (ST_Xstring): characters XML 1.0 cannot hold, and CR, as `_xHHHH_`; a literal `_xHHHH_` kept literal. */
export function ooxmlString(s: string): string {
  return s.replace(/_(x[0-9A-Fa-f]{4}_)/g, "_x005F_$1").replace(
    // eslint-disable-next-line no-control-regex -- the control characters are what is escaped
    /[\0-\x08\x0b\x0c\r\x0e-\x1f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g,
    (c) => `_x${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}_`,
  );
}

function styleOf(c: SpecCell, font: { name: string; size: number }): CellStyle {
  return {
    font: {
      name: font.name,
      size: c.size ?? font.size,
      bold: c.bold,
      italic: c.italic,
      underline: c.underline,
      color: c.color,
    },
    numFmt: c.forceText ? "@" : c.numberFormat,
    border: c.border,
    align: c.align,
    vertical: c.verticalAlign,
    wrap: c.wrap,
  };
}

/** The `<c>` of one cell, or "" when there is nothing to write. */
function cellXml(c: SpecCell, s: number): string {
  const r = toA1(c.row, c.col);
  const v: CellValue = c.value;
  if (c.forceText) {
    const text = v === null ? "" : isCellError(v) ? v.error : String(v);
    return text === "" ? `<c r="${r}" s="${s}"/>` : inlineString(r, s, text);
  }
  if (c.formula !== undefined && c.formula !== "") {
    const f = `<f>${escapeXmlText(ooxmlString(c.formula.replace(/^=/, "")))}</f>`;
    if (v === null) return `<c r="${r}" s="${s}">${f}</c>`;
    if (typeof v === "number")
      return Number.isFinite(v) ? `<c r="${r}" s="${s}">${f}<v>${v}</v></c>` : `<c r="${r}" s="${s}">${f}</c>`;
    if (typeof v === "boolean") return `<c r="${r}" s="${s}" t="b">${f}<v>${v ? 1 : 0}</v></c>`;
    if (isCellError(v)) return `<c r="${r}" s="${s}" t="e">${f}<v>${escapeXmlText(v.error)}</v></c>`;
    return `<c r="${r}" s="${s}" t="str">${f}<v>${escapeXmlText(ooxmlString(v))}</v></c>`;
  }
  if (v === null || v === "") return `<c r="${r}" s="${s}"/>`;
  if (typeof v === "number")
    return Number.isFinite(v) ? `<c r="${r}" s="${s}"><v>${v}</v></c>` : `<c r="${r}" s="${s}" t="e"><v>#NUM!</v></c>`;
  if (typeof v === "boolean") return `<c r="${r}" s="${s}" t="b"><v>${v ? 1 : 0}</v></c>`;
  if (isCellError(v)) return `<c r="${r}" s="${s}" t="e"><v>${escapeXmlText(v.error)}</v></c>`;
  return inlineString(r, s, v);
}

function inlineString(r: string, s: number, text: string): string {
  return `<c r="${r}" s="${s}" t="inlineStr"><is><t xml:space="preserve">${escapeXmlText(ooxmlString(text))}</t></is></c>`;
}

/** The default row height of a font size (Excel's, for Calibri 11 and Times New Roman 13–14 alike). */
function defaultRowHeight(size: number): number {
  return Math.max(12.75, Math.round(size * 1.34 * 4) / 4);
}

/**
 * Text written as UTF-8 bytes a piece at a time: a sheet of 200 000 cells is never one JS string
 * (two bytes a character once a Vietnamese letter is in it) nor an array of 200 000 pieces.
 */
class Utf8Sink {
  private readonly chunks: Uint8Array[] = [];
  private pending: string[] = [];
  private size = 0;
  private readonly encoder = new TextEncoder();

  push(s: string): void {
    this.pending.push(s);
    this.size += s.length;
    if (this.size >= 1 << 16) this.flush();
  }

  private flush(): void {
    if (this.pending.length) this.chunks.push(this.encoder.encode(this.pending.join("")));
    this.pending = [];
    this.size = 0;
  }

  bytes(): Uint8Array {
    this.flush();
    const out = new Uint8Array(this.chunks.reduce((n, c) => n + c.length, 0));
    let at = 0;
    for (const c of this.chunks) {
      out.set(c, at);
      at += c.length;
    }
    return out;
  }
}

/** The worksheet XML of `spec`, as text (see {@link sheetPartBytes}). */
export function sheetPartXml(spec: SheetSpec, styles: NewStyles, mainNs: string): string {
  return new TextDecoder().decode(sheetPartBytes(spec, styles, mainNs));
}

/**
 * The worksheet part of `spec`, UTF-8 encoded.
 * @param mainNs the SpreadsheetML namespace of the package (transitional or strict). A spec
 *   without a font is written in the workbook's default font.
 */
export function sheetPartBytes(spec: SheetSpec, styles: NewStyles, mainNs: string): Uint8Array {
  const font = spec.font ?? styles.defaultFont;
  // In address order (a stable sort, skipped when they come in order), one cell per address: the last one given wins.
  const at = (c: SpecCell) => c.row * 16384 + c.col;
  const given = spec.cells.filter((c) => c.row >= 0 && c.col >= 0 && Number.isInteger(c.row) && Number.isInteger(c.col));
  if (given.some((c, i) => i > 0 && at(c) <= at(given[i - 1]))) given.sort((a, b) => at(a) - at(b));
  const cells = given.filter((c, i) => i + 1 === given.length || at(given[i + 1]) !== at(c));
  const heights = new Map<number, number>();
  for (const [r, h] of Object.entries(spec.rowHeights ?? {})) {
    const row = Number(r);
    if (Number.isInteger(row) && row >= 0 && h > 0) heights.set(row, h);
  }
  const rows = [...new Set([...cells.map((c) => c.row), ...heights.keys()])].sort((a, b) => a - b);

  let maxRow = 0;
  let maxCol = 0;
  for (const c of cells) {
    maxRow = Math.max(maxRow, c.row);
    maxCol = Math.max(maxCol, c.col);
  }
  for (const m of spec.merges) {
    maxRow = Math.max(maxRow, m.bottom);
    maxCol = Math.max(maxCol, m.right);
  }

  const out = new Utf8Sink();
  out.push(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n`);
  out.push(`<worksheet xmlns="${mainNs}">`);
  if (spec.page?.fitToWidth) out.push(`<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>`);
  out.push(`<dimension ref="${cells.length ? `A1:${toA1(maxRow, maxCol)}` : "A1"}"/>`);
  out.push(`<sheetViews><sheetView workbookViewId="0"/></sheetViews>`);
  out.push(`<sheetFormatPr defaultRowHeight="${defaultRowHeight(font.size)}"/>`);
  const cols: string[] = [];
  const plain = styles.xf({ font });
  spec.columnWidths.forEach((w, i) => {
    if (typeof w === "number" && w > 0)
      cols.push(`<col min="${i + 1}" max="${i + 1}" width="${w}" style="${plain}" customWidth="1"/>`);
  });
  if (cols.length) out.push(`<cols>${cols.join("")}</cols>`);

  out.push(`<sheetData>`);
  let i = 0;
  for (const r of rows) {
    const h = heights.get(r);
    out.push(`<row r="${r + 1}"${h !== undefined ? ` ht="${h}" customHeight="1"` : ""}>`);
    for (; i < cells.length && cells[i].row === r; i++) out.push(cellXml(cells[i], styles.xf(styleOf(cells[i], font))));
    out.push(`</row>`);
  }
  out.push(`</sheetData>`);

  const merges = spec.merges.filter((m) => m.bottom > m.top || m.right > m.left);
  if (merges.length) {
    out.push(`<mergeCells count="${merges.length}">`);
    for (const m of merges) out.push(`<mergeCell ref="${rectToA1(m)}"/>`);
    out.push(`</mergeCells>`);
  }
  out.push(`<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>`);
  if (spec.page) {
    const fit = spec.page.fitToWidth ? ` fitToWidth="1" fitToHeight="0"` : "";
    out.push(`<pageSetup paperSize="9" orientation="${spec.page.orientation}"${fit}/>`);
  }
  const breaks = [...new Set(spec.rowBreaks ?? [])].filter((r) => Number.isInteger(r) && r > 0).sort((a, b) => a - b);
  if (breaks.length) {
    out.push(`<rowBreaks count="${breaks.length}" manualBreakCount="${breaks.length}">`);
    // A break above 0-based row r is written after 1-based row r.
    for (const r of breaks) out.push(`<brk id="${r}" max="16383" man="1"/>`);
    out.push(`</rowBreaks>`);
  }
  out.push(`</worksheet>`);
  return out.bytes();
}
