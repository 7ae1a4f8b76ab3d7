/**
 * The draft as Word-ready sheets, laid out as the signed report (Decree 30/2020/NĐ-CP): the main
 * sheet ("Bản thảo") with the two-column header, the body one paragraph a row, the closing, Nơi nhận
 * and the signature; then one sheet per appendix ("Bản thảo - Phụ lục I"), landscape, because Excel
 * sets the orientation per sheet. Times New Roman; every row as tall as its wrapped text; printed
 * A4, one page wide. Copy the rows and paste them into Word.
 */
import type { SheetSpec, SpecCell } from "../grid/spec";
import type { Rect } from "../grid/grid";
import { POINTS_PER_UNIT, wrapLines } from "../grid/wrapLines";
import { textWidthPt as textWidth } from "../text/fontMetrics";
import { appendixCaption, DOCUMENT_KIND, MOTTO, NATIONAL_TITLE, RECIPIENTS_LABEL, recipientLines } from "./decree30";
import { type Block, type Draft, type DraftMeta, type TableBlock, splitMarkers, unverifiedMarker } from "./types";

const DRAFT_SHEET_NAME = "Bản thảo";

/** Six columns whose widths (Excel character units) add up to an A4 portrait text block at 14 pt. */
const COLUMNS = [6, 30, 18, 11, 14, 9];
/** The header's and the signature block's two columns: A:B on the left, C:F on the right. */
const LEFT: [number, number] = [0, 1];
const RIGHT: [number, number] = [2, 5];
/** An appendix table's columns together, in units: an A4 landscape text block. */
const LANDSCAPE_WIDTH = 134;
const FONT = { name: "Times New Roman", size: 14 };
/** Text sizes of Decree 30's header and signature block. */
const SIZE = { nationalTitle: 12, motto: 13, agency: 13, number: 13, recipientsLabel: 12, recipients: 11, table: 13 };
/** Red: a number that failed a check. */
const MARKED = "C00000";
/** Room to sign and stamp between the signer's title and name, in points (about 3 cm). */
const SIGNING_HEIGHT = 85;
/** The short line under the agency and under the trích yếu, as a share of its text's width. */
const RULE_SHARE = 0.4;
const RULE = "─";

/** Points a line of text takes at a font size (Excel's row height for one line, Times New Roman). */
function lineHeight(size: number): number {
  return Math.ceil(size * 1.34);
}

/** A short centred line, RULE_SHARE of the widest of `texts` (bold, at `size`). */
function rule(texts: string[], size: number, maxWidth: number): string {
  const widest = Math.min(maxWidth, Math.max(0, ...texts.map((t) => textWidth(t, size, true))));
  return RULE.repeat(Math.max(3, Math.round((widest * RULE_SHARE) / textWidth(RULE, size))));
}

type Style = Partial<Omit<SpecCell, "row" | "col" | "value">>;
interface Line {
  text: string;
  style?: Style;
}

/** Rows of one sheet, written top to bottom: cells, merges and heights that fit the text. */
class SheetRows {
  readonly cells: SpecCell[] = [];
  readonly merges: Rect[] = [];
  readonly rowHeights: Record<number, number> = {};
  row = 0;
  constructor(readonly columns: number[]) {}

  private width([a, b]: [number, number]): number {
    return this.columns.slice(a, b + 1).reduce((x, y) => x + y, 0);
  }

  /** The height a text needs in columns a..b (its style's size and weight). */
  need(text: string, span: [number, number], style: Style = {}): number {
    const size = style.size ?? FONT.size;
    const lines = style.wrap === false ? text.split("\n").length : wrapLines(text, this.width(span), size, style.bold === true);
    return lines * lineHeight(size) + 4;
  }

  /**
   * Puts a text in columns a..b of the current row and `down` rows below it (merged when wider
   * than a cell); resolves to the height it needs.
   */
  put(text: string, span: [number, number], style: Style = {}, down = 0): number {
    const [a, b] = span;
    this.cells.push({
      row: this.row,
      col: a,
      value: text,
      wrap: true,
      verticalAlign: "top",
      forceText: /^[=+\-@]/.test(text),
      ...style,
    });
    if (style.border) for (let c = a + 1; c <= b; c++) this.cells.push({ row: this.row, col: c, value: null, border: true });
    if (b > a || down > 0) this.merges.push({ top: this.row, left: a, bottom: this.row + down, right: b });
    return this.need(text, span, style);
  }

  /** Ends the current row at `height` points (at least one line). */
  next(height = lineHeight(FONT.size) + 4): void {
    this.rowHeights[this.row] = Math.max(height, lineHeight(FONT.size) / 2);
    this.row++;
  }

  /** One text across the whole width. */
  para(text: string, style: Style = {}): void {
    this.next(this.put(text, [0, this.columns.length - 1], { align: "justify", ...style }));
  }

  blank(height = lineHeight(FONT.size) / 2): void {
    this.next(height);
  }

  /** Two columns side by side, row by row (the header). */
  twoColumns(left: (Line | undefined)[], right: (Line | undefined)[]): void {
    for (let i = 0; i < Math.max(left.length, right.length); i++) {
      let h = 0;
      const l = left[i];
      const r = right[i];
      if (l && l.text !== "") h = Math.max(h, this.put(l.text, LEFT, { align: "center", ...l.style }));
      if (r && r.text !== "") h = Math.max(h, this.put(r.text, RIGHT, { align: "center", ...r.style }));
      this.next(h || undefined);
    }
  }

  /** A bordered table row over these column spans; cells of `marked` in red. */
  tableRow(values: string[], spans: [number, number][], style: (i: number) => Style): void {
    let h = 0;
    values.forEach((v, i) => {
      h = Math.max(
        h,
        this.put(v, spans[i], { border: true, verticalAlign: "middle", forceText: true, size: SIZE.table, ...style(i) }),
      );
    });
    this.next(h);
  }

  spec(name: string, page: SheetSpec["page"], more: Partial<SheetSpec> = {}): SheetSpec {
    return {
      name,
      columnWidths: this.columns,
      cells: this.cells,
      merges: this.merges,
      rowHeights: this.rowHeights,
      font: FONT,
      page,
      ...more,
    };
  }
}

/** The style of a table cell: the amount column right-aligned, totals bold, failed numbers red. */
function cellStyle(t: TableBlock, role: "header" | "group" | "item" | "total", marked: boolean, i: number): Style {
  if (role === "header") return { bold: true, align: "center" };
  const s: Style = { align: i === t.amountCol ? "right" : i === 0 ? "center" : "left" };
  if (role !== "item") s.bold = true;
  if (marked) {
    s.bold = true;
    s.color = MARKED;
  }
  return s;
}

const isMarked = (t: TableBlock, r: number, i: number): boolean => {
  const row = t.rows[r];
  return row.marked?.[i] === true || splitMarkers(row.cells[i] ?? "").some((r) => r.marker);
};

/** A table inside the main sheet: its columns spread over the six (the last takes the rest). */
function bodyTable(out: SheetRows, t: TableBlock): void {
  out.para(t.title, { bold: true, align: "center" });
  if (t.unit) out.para(`Đơn vị tính: ${t.unit}`, { italic: true, align: "right" });
  const n = t.header.length;
  const spans = t.header.map((_, i): [number, number] => (i < n - 1 ? [i, i] : [i, COLUMNS.length - 1]));
  out.tableRow(t.header, spans, (i) => cellStyle(t, "header", false, i));
  t.rows.forEach((row, r) => out.tableRow(row.cells, spans, (i) => cellStyle(t, row.role, isMarked(t, r, i), i)));
  if (t.unverified.length) out.para(unverifiedMarker(t.unverified).trim(), { italic: true, color: MARKED });
}

function block(out: SheetRows, b: Block): void {
  if (b.kind === "table") return bodyTable(out, b);
  if (b.kind === "heading") out.para(b.text, { bold: true, align: b.level === 1 ? "left" : "justify" });
  else if (b.kind === "bullet") out.para(b.text, { forceText: true });
  else out.para(b.text, { italic: b.italic, bold: b.bold, align: b.align ?? "justify" });
}

/**
 * Nơi nhận on the left, the signature on the right: "Nơi nhận:" on the row of the signer's
 * authority (TM. / KT.), the recipients under it in one cell (at 11 pt, as tight as in the .docx,
 * whatever the rows beside them), the title, room to sign and stamp, the signer's name.
 */
function signature(out: SheetRows, m: DraftMeta): void {
  const right: (Line | undefined)[] = [
    ...m.signerTitleLines.map((text) => ({ text, style: { bold: true } })),
    undefined,
    { text: m.signer, style: { bold: true } },
  ];
  const gap = right.length - 2;
  const heights = right.map((l) => (l ? out.need(l.text, RIGHT, l.style) : SIGNING_HEIGHT));
  const label: Style = { bold: true, italic: true, size: SIZE.recipientsLabel, align: "left" };
  heights[0] = Math.max(heights[0], out.need(RECIPIENTS_LABEL, LEFT, label));
  const list = recipientLines(m).join("\n");
  const listStyle: Style = { size: SIZE.recipients, align: "left" };
  const short = out.need(list, LEFT, listStyle) - heights.slice(1).reduce((a, b) => a + b, 0);
  if (short > 0) heights[gap] += short;
  right.forEach((l, i) => {
    if (i === 0) out.put(RECIPIENTS_LABEL, LEFT, label);
    if (i === 1 && list !== "") out.put(list, LEFT, listStyle, right.length - 2);
    if (l && l.text !== "") out.put(l.text, RIGHT, { align: "center", ...l.style });
    out.next(heights[i]);
  });
}

function mainSheet(draft: Draft, name: string): SheetSpec {
  const m = draft.meta;
  const out = new SheetRows(COLUMNS);
  const leftWidth = (COLUMNS[0] + COLUMNS[1]) * POINTS_PER_UNIT;

  // The header: the agency on the left, quốc hiệu and tiêu ngữ on the right; Số and the date on one row.
  const agency: Line[] = [
    ...(m.parentAgency ? [{ text: m.parentAgency, style: { size: SIZE.agency } }] : []),
    ...m.agencyLines.map((text) => ({ text, style: { bold: true, size: SIZE.agency } })),
    { text: rule(m.agencyLines, SIZE.agency, leftWidth), style: { size: SIZE.agency } },
  ];
  // Quốc hiệu and tiêu ngữ fit the right column on one line: never wrapped.
  out.twoColumns(agency, [
    { text: NATIONAL_TITLE, style: { bold: true, size: SIZE.nationalTitle, wrap: false } },
    { text: MOTTO, style: { bold: true, underline: true, size: SIZE.motto, wrap: false } },
  ]);
  out.twoColumns([{ text: m.documentNumber, style: { size: SIZE.number } }], [{ text: m.dateLine, style: { italic: true } }]);
  out.blank(lineHeight(FONT.size));

  // The kind of document and its trích yếu, with the short line under it.
  out.para(DOCUMENT_KIND, { bold: true, align: "center" });
  out.para(m.title, { bold: true, align: "center" });
  if (m.subtitle) out.para(m.subtitle, { italic: true, align: "center" });
  const body = COLUMNS.reduce((a, b) => a + b, 0) * POINTS_PER_UNIT;
  out.para(rule([m.title], FONT.size, body), { align: "center" });
  out.blank();

  for (const b of draft.body) block(out, b);

  out.para(m.closing, { align: "justify" });
  out.blank();
  signature(out, m);

  return out.spec(name, { orientation: "portrait", paperSize: "A4", fitToWidth: true });
}

/** An appendix's own sheet: label, title, caption, unit, the table (header repeated on each page), the note. */
function appendixSheet(draft: Draft, blocks: Block[], name: string): SheetSpec {
  const table = blocks.find((b): b is TableBlock => b.kind === "table");
  const relative = table?.widths ?? [1];
  const sum = relative.reduce((a, b) => a + b, 0) || 1;
  const columns = relative.map((w) => Math.max(5, Math.round((w / sum) * LANDSCAPE_WIDTH)));
  const out = new SheetRows(columns);
  const all: [number, number] = [0, columns.length - 1];
  let printTitleRows: SheetSpec["printTitleRows"];
  let captioned = false;
  for (const b of blocks) {
    if (b.kind === "heading" && b.level === 1) {
      out.para(b.text, { bold: true, align: "center" });
      continue;
    }
    if (b.kind !== "table") {
      block(out, b);
      continue;
    }
    out.para(b.title, { bold: true, align: "center" });
    if (!captioned) out.para(appendixCaption(draft.meta), { italic: true, align: "center" });
    captioned = true;
    if (b.unit) out.para(`Đơn vị tính: ${b.unit}`, { italic: true, align: "right" });
    const spans = b.header.map((_, i): [number, number] => (i < columns.length - 1 ? [i, i] : [i, all[1]]));
    printTitleRows ??= { first: out.row, last: out.row };
    out.tableRow(b.header, spans, (i) => cellStyle(b, "header", false, i));
    b.rows.forEach((row, r) => out.tableRow(row.cells, spans, (i) => cellStyle(b, row.role, isMarked(b, r, i), i)));
    if (b.unverified.length) out.para(unverifiedMarker(b.unverified).trim(), { italic: true, color: MARKED });
  }
  return out.spec(
    name,
    { orientation: "landscape", paperSize: "A4", fitToWidth: true },
    printTitleRows ? { printTitleRows } : {},
  );
}

/** "Phụ lục I" of an appendix: its table's label, or its heading in the case the sheet names use. */
function appendixLabel(blocks: Block[], index: number): string {
  const t = blocks.find((b): b is TableBlock => b.kind === "table");
  if (t?.label) return t.label;
  const h = blocks.find((b) => b.kind === "heading");
  if (h && h.kind === "heading") return h.text.charAt(0) + h.text.slice(1).toLocaleLowerCase("vi");
  return `Phụ lục ${index + 1}`;
}

/** The sheet of an appendix, named after its main sheet: "Bản thảo - Phụ lục I", "Bản thảo (2) - Phụ lục I". */
function appendixSheetName(mainName: string, label: string): string {
  return `${mainName} - ${label}`;
}

/** The draft's sheets: the main one first, then one per appendix. */
export function draftToSheets(draft: Draft, mainName = DRAFT_SHEET_NAME): SheetSpec[] {
  return [
    mainSheet(draft, mainName),
    ...draft.appendices.map((a, i) => appendixSheet(draft, a, appendixSheetName(mainName, appendixLabel(a, i)))),
  ];
}
