/**
 * The draft as a Word document in the layout of Decree 30/2020/NĐ-CP, Phụ lục I (administrative
 * documents): A4; margins top/bottom 20 mm, left 30 mm, right 15 mm; Times New Roman; document
 * language Vietnamese; body 14 pt, justified, first line indented 1,27 cm, headings kept with the
 * paragraph after them. The header block is a borderless table of two rows: the governing body and
 * the issuing agency in bold capitals with a line under it | the Quốc hiệu and the tiêu ngữ with
 * its line; then "Số: …" | the place and date on the same line. Then "BÁO CÁO", the trích yếu with
 * its line, the sections, the closing, "Nơi nhận" and the signature. Page numbers are centred in
 * the top margin from page 2 on; each appendix is a landscape section numbered on its own, with its
 * label, title, caption, unit and table (the header row repeated on each page, rows never split,
 * a cell whose number failed a check in red).
 *
 * Pure use of the `docx` package: the CLI packs it to a Buffer, the task pane to a Blob.
 */
import {
  AlignmentType,
  BorderStyle,
  Document,
  Header,
  LineRuleType,
  PageNumber,
  PageOrientation,
  Paragraph,
  type ParagraphChild,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlign,
  VerticalAlignTable,
  WidthType,
  type ISectionOptions,
} from "docx";
import {
  DOCUMENT_KIND,
  HEADER_CELL_PAD_PT,
  MOTTO,
  NATIONAL_TITLE,
  PAGE_MM,
  RECIPIENTS_LABEL,
  type Rule,
  SIZE,
  TEXT_WIDTH_PT,
  appendixCaption,
  headerLayout,
  recipientLines,
  titleRule,
} from "../core/draft/decree30";
import { type Block, type Draft, type TableBlock, splitMarkers, unverifiedMarker } from "../core/draft/types";

/** Re-exported so that a lazy import of this module brings the packer in the same chunk. */
export { Packer } from "docx";

const FONT = "Times New Roman";
const LANGUAGE = "vi-VN";
const RED = "C00000";
/** Twips (1/20 pt; 1 mm = 56.7 twips). */
const tw = (pt: number) => Math.round(pt * 20);
const MM = 56.7;
/** A4 in twips, as Word writes it. */
const PAGE = {
  width: 11906,
  height: 16838,
  margin: {
    top: Math.round(PAGE_MM.top * MM),
    bottom: Math.round(PAGE_MM.bottom * MM),
    left: Math.round(PAGE_MM.left * MM),
    right: Math.round(PAGE_MM.right * MM),
    header: Math.round(PAGE_MM.header * MM),
  },
};
const FIRST_LINE = 720; // 1,27 cm
const NONE = { style: BorderStyle.NONE, size: 0, color: "FFFFFF" };
const NO_BORDERS = { top: NONE, bottom: NONE, left: NONE, right: NONE, insideHorizontal: NONE, insideVertical: NONE };
const THIN = { style: BorderStyle.SINGLE, size: 4, color: "000000" };
const GRID = { top: THIN, bottom: THIN, left: THIN, right: THIN, insideHorizontal: THIN, insideVertical: THIN };
type Align = (typeof AlignmentType)[keyof typeof AlignmentType];

interface RunStyle {
  bold?: boolean;
  italics?: boolean;
  /** Points (14 by default). */
  size?: number;
  color?: string;
}

function run(text: string, s: RunStyle = {}): TextRun {
  return new TextRun({ text, font: FONT, size: 2 * (s.size ?? SIZE.body), bold: s.bold, italics: s.italics, color: s.color });
}

interface ParaStyle {
  align?: Align;
  /** First-line indent of 1,27 cm. */
  indent?: boolean;
  /** Space before and after, in points (0 and 6 by default). */
  before?: number;
  after?: number;
  /** Kept on the page of the next paragraph (headings, the lines before a table). */
  keepNext?: boolean;
}

function para(children: ParagraphChild[], s: ParaStyle = {}): Paragraph {
  return new Paragraph({
    children,
    alignment: s.align ?? AlignmentType.JUSTIFIED,
    indent: s.indent ? { firstLine: FIRST_LINE } : undefined,
    spacing: { before: tw(s.before ?? 0), after: tw(s.after ?? 6), line: 288 },
    keepNext: s.keepNext,
    keepLines: s.keepNext,
  });
}

/** A centred line of the header and signature blocks: no space around it, single spacing. */
function line(text: string, s: RunStyle, before = 0): Paragraph {
  return new Paragraph({ children: [run(text, s)], alignment: AlignmentType.CENTER, spacing: { before: tw(before), after: 0 } });
}

/**
 * A horizontal line: the bottom border of an empty paragraph `height` points high (the gap under
 * the text above), between indents `r.indent` in from each side of its box.
 */
function ruleParagraph(r: Rule, height: number, after = 0): Paragraph {
  return new Paragraph({
    children: [],
    indent: { left: tw(r.indent), right: tw(r.indent) },
    spacing: { before: 0, after: tw(after), line: tw(height), lineRule: LineRuleType.EXACT },
    border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: "000000", space: 0 } },
  });
}

/** A block's text as runs, its markers (right after their numbers) in bold red so they cannot be missed. */
function runs(text: string, s: RunStyle = {}): TextRun[] {
  return splitMarkers(text).map((r) => (r.marker ? run(r.text, { ...s, bold: true, color: RED }) : run(r.text, s)));
}

function blockParagraphs(b: Block): (Paragraph | Table)[] {
  switch (b.kind) {
    case "heading":
      return [para(runs(b.text, { bold: true }), { indent: b.level > 1, before: b.level === 1 ? 6 : 3, keepNext: true })];
    case "bullet":
      return [para(runs(b.text), { indent: true })];
    case "paragraph":
      return [para(runs(b.text, { italics: b.italic, bold: b.bold }), { indent: true })];
    case "table":
      return appendixTable(b);
  }
}

interface CellStyle {
  bold?: boolean;
  align?: Align;
  /** A number in it failed a check: bold red. */
  marked?: boolean;
  /** Kept on the page of what follows the table (its last row, above the note). */
  keepNext?: boolean;
}

function cell(text: string, widthPct: number, opts: CellStyle = {}): TableCell {
  const style: RunStyle = opts.marked ? { bold: true, color: RED, size: SIZE.table } : { bold: opts.bold, size: SIZE.table };
  return new TableCell({
    width: { size: widthPct, type: WidthType.PERCENTAGE },
    verticalAlign: VerticalAlign.CENTER,
    margins: { left: 60, right: 60, top: 30, bottom: 30 },
    children: [
      new Paragraph({
        children: runs(text, style),
        alignment: opts.align ?? AlignmentType.LEFT,
        spacing: { before: 0, after: 0 },
        keepNext: opts.keepNext,
      }),
    ],
  });
}

/**
 * A table of the draft: title, unit, the bordered table (its header row repeated on each page, no
 * row split across pages, a cell whose number failed a check in bold red), the note naming the
 * unverified cells. `caption` (an appendix's "(Kèm theo …)") goes under the title.
 */
function appendixTable(t: TableBlock, caption?: string): (Paragraph | Table)[] {
  const total = t.widths.reduce((a, b) => a + b, 0);
  const pct = t.widths.map((w) => (w / total) * 100);
  const align = (i: number) => (i === t.amountCol ? AlignmentType.RIGHT : i === 0 ? AlignmentType.CENTER : AlignmentType.LEFT);
  const note = unverifiedMarker(t.unverified).trim();
  const last = t.rows.length - 1;
  const rows = [
    new TableRow({
      tableHeader: true,
      cantSplit: true,
      children: t.header.map((h, i) => cell(h, pct[i], { bold: true, align: AlignmentType.CENTER })),
    }),
    ...t.rows.map(
      (r, at) =>
        new TableRow({
          cantSplit: true,
          children: r.cells.map((c, i) =>
            cell(c, pct[i], {
              bold: r.role !== "item",
              align: align(i),
              marked: r.marked?.[i] === true,
              keepNext: note !== "" && at === last,
            }),
          ),
        }),
    ),
  ];
  const center = AlignmentType.CENTER;
  const out: (Paragraph | Table)[] = [para([run(t.title, { bold: true })], { align: center, after: 3, keepNext: true })];
  if (caption) out.push(para([run(caption, { italics: true })], { align: center, after: 6, keepNext: true }));
  if (t.unit)
    out.push(
      para([run(`Đơn vị tính: ${t.unit}`, { italics: true, size: SIZE.unit })], {
        align: AlignmentType.RIGHT,
        after: 3,
        keepNext: true,
      }),
    );
  out.push(new Table({ rows, width: { size: 100, type: WidthType.PERCENTAGE }, borders: GRID, layout: TableLayoutType.FIXED }));
  if (note) out.push(para([run(note, { bold: true, color: RED })], { before: 3 }));
  return out;
}

/**
 * A borderless layout table of fixed column widths (points), its cells padded as the header layout
 * assumes, `outdent` points into the left margin.
 */
function layoutTable(
  rows: { cells: Paragraph[][]; align?: (typeof VerticalAlignTable)[keyof typeof VerticalAlignTable] }[],
  widths: number[],
  outdent = 0,
): Table {
  const pad = tw(HEADER_CELL_PAD_PT);
  return new Table({
    rows: rows.map(
      (r) =>
        new TableRow({
          cantSplit: true,
          children: r.cells.map(
            (children, i) =>
              new TableCell({
                children,
                width: { size: tw(widths[i]), type: WidthType.DXA },
                borders: NO_BORDERS,
                verticalAlign: r.align ?? VerticalAlignTable.TOP,
                margins: { left: pad, right: pad, top: 0, bottom: 0 },
              }),
          ),
        }),
    ),
    width: { size: tw(widths.reduce((a, b) => a + b, 0)), type: WidthType.DXA },
    columnWidths: widths.map(tw),
    ...(outdent > 0 ? { indent: { size: -tw(outdent), type: WidthType.DXA } } : {}),
    borders: NO_BORDERS,
    layout: TableLayoutType.FIXED,
  });
}

/**
 * The header block: row 1, the agency (governing body, then the issuing body in bold capitals, a
 * line under it) | Quốc hiệu and tiêu ngữ with its line; row 2, "Số: …" | place and date (italic),
 * on one line. The agency column is as wide as its longest line (decree30.ts, headerLayout).
 */
function headerBlock(d: Draft): Table {
  const m = d.meta;
  const h = headerLayout(m);
  const left = [
    ...h.parentLines.map((l) => line(l, { size: h.agencySize })),
    ...h.agencyLines.map((l) => line(l, { bold: true, size: h.agencySize })),
    ruleParagraph(h.agencyRule, 4),
  ];
  const right = [
    line(NATIONAL_TITLE, { bold: true, size: SIZE.nationalTitle }),
    line(MOTTO, { bold: true, size: SIZE.motto }),
    ruleParagraph(h.mottoRule, 4),
  ];
  return layoutTable(
    [
      { cells: [left, right] },
      {
        cells: [[line(m.documentNumber, { size: SIZE.number }, 6)], [line(m.dateLine, { italics: true, size: h.dateSize }, 6)]],
        align: VerticalAlignTable.BOTTOM,
      },
    ],
    [h.leftWidth, h.rightWidth],
    h.outdent,
  );
}

/** "BÁO CÁO", the trích yếu (bold), the subtitle if any, and the short line under them. */
function titleBlock(d: Draft): Paragraph[] {
  const m = d.meta;
  const center = AlignmentType.CENTER;
  return [
    para([run(DOCUMENT_KIND, { bold: true })], { align: center, before: 18, after: 0, keepNext: true }),
    para([run(m.title, { bold: true })], { align: center, after: 0, keepNext: true }),
    ...(m.subtitle ? [para([run(m.subtitle, { italics: true })], { align: center, after: 0, keepNext: true })] : []),
    ruleParagraph(titleRule(m), 6, 12),
  ];
}

/** "Nơi nhận" on the left, the signature on the right: the signing authority and title, room to sign, the name. */
function signatureBlock(d: Draft): Table {
  const m = d.meta;
  const left = (text: string, s: RunStyle) => new Paragraph({ children: [run(text, s)], spacing: { after: 0 } });
  const recipients = [
    left(RECIPIENTS_LABEL, { bold: true, italics: true, size: SIZE.recipientsLabel }),
    ...recipientLines(m).map((r) => left(r, { size: SIZE.recipients })),
  ];
  const sign = [
    ...m.signerTitleLines.map((l) => line(l, { bold: true })),
    // Room for the signature and the seal; the name under it, or nothing (never dots) when none was given.
    line(m.signer, { bold: true }, 84),
  ];
  const width = TEXT_WIDTH_PT;
  return layoutTable([{ cells: [recipients, sign] }], [0.45 * width, 0.55 * width]);
}

/** The header of every page but a section's first: the page number, centred, in the top margin. */
function pageNumberHeader(): Header {
  return new Header({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [new TextRun({ children: [PageNumber.CURRENT], font: FONT, size: 2 * SIZE.pageNumber })],
      }),
    ],
  });
}

/**
 * A section: portrait (the report) or landscape (an appendix); no number on its first page
 * (`titlePage` with an empty first-page header); an appendix numbered from 1 on its own.
 */
function section(children: (Paragraph | Table)[], appendix: boolean): ISectionOptions {
  return {
    properties: {
      titlePage: true,
      page: {
        size: {
          width: PAGE.width,
          height: PAGE.height,
          orientation: appendix ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT,
        },
        margin: PAGE.margin,
        ...(appendix ? { pageNumbers: { start: 1 } } : {}),
      },
    },
    headers: { default: pageNumberHeader(), first: new Header({ children: [] }) },
    children,
  };
}

/** An appendix: its label ("PHỤ LỤC I"), then its blocks, each table with the appendix's caption under its title. */
function appendixSection(d: Draft, appendix: Block[]): ISectionOptions {
  const [heading, ...rest] = appendix;
  const label = heading.kind === "heading" ? heading.text : "PHỤ LỤC";
  const caption = appendixCaption(d.meta);
  return section(
    [
      para(runs(label, { bold: true }), { align: AlignmentType.CENTER, after: 0, keepNext: true }),
      ...rest.flatMap((b) => (b.kind === "table" ? appendixTable(b, caption) : blockParagraphs(b))),
    ],
    true,
  );
}

/** Builds the Word document of a draft. */
export function buildDocx(d: Draft): Document {
  const m = d.meta;
  const body: (Paragraph | Table)[] = [
    headerBlock(d),
    ...titleBlock(d),
    ...d.body.flatMap(blockParagraphs),
    ...(m.closing ? [para([run(m.closing)], { indent: true, before: 6, after: 12, keepNext: true })] : []),
    signatureBlock(d),
  ];
  const language = { value: LANGUAGE };
  return new Document({
    creator: m.agencyShort,
    title: m.title,
    styles: {
      default: { document: { run: { font: FONT, size: 2 * SIZE.body, language } } },
      paragraphStyles: [{ id: "Normal", name: "Normal", run: { font: FONT, size: 2 * SIZE.body, language } }],
    },
    sections: [section(body, false), ...d.appendices.map((a) => appendixSection(d, a))],
  });
}
