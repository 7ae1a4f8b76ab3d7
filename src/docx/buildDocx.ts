/**
 * The draft as a Word document in the layout of Decree 30/2020/NĐ-CP, Phụ lục I (administrative
 * documents): A4; margins top/bottom 20 mm, left 30 mm, right 15 mm; Times New Roman; body 14 pt,
 * justified, first line indented 1,27 cm; the header block (agency, Quốc hiệu, tiêu ngữ, số/ký
 * hiệu, place and date), title, sections, closing, "Nơi nhận" and signature; the appendices on
 * their own landscape pages with their tables.
 *
 * Pure use of the `docx` package: the CLI packs it to a Buffer, the task pane to a Blob.
 */
import {
  AlignmentType,
  BorderStyle,
  Document,
  PageOrientation,
  Paragraph,
  type ParagraphChild,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  UnderlineType,
  VerticalAlign,
  WidthType,
  type ISectionOptions,
} from "docx";
import { type Block, type Draft, type TableBlock, splitMarkers, unverifiedMarker } from "../core/draft/types";

/** Re-exported so that a lazy import of this module brings the packer in the same chunk. */
export { Packer } from "docx";

const FONT = "Times New Roman";
/** Half-points. */
const BODY = 28; // 14 pt
const SMALL = 24; // 12 pt
const TABLE = 24; // 12 pt
/** Twips (1/1440 inch; 1 mm = 56.7 twips). */
const MM = 56.7;
export const PAGE = {
  width: 11906, // 210 mm
  height: 16838, // 297 mm
  margin: { top: Math.round(20 * MM), bottom: Math.round(20 * MM), left: Math.round(30 * MM), right: Math.round(15 * MM) },
};
const FIRST_LINE = 720; // 1,27 cm
const NONE = { style: BorderStyle.NONE, size: 0, color: "FFFFFF" };
const NO_BORDERS = { top: NONE, bottom: NONE, left: NONE, right: NONE, insideHorizontal: NONE, insideVertical: NONE };
const THIN = { style: BorderStyle.SINGLE, size: 4, color: "000000" };
const GRID = { top: THIN, bottom: THIN, left: THIN, right: THIN, insideHorizontal: THIN, insideVertical: THIN };

interface RunStyle {
  bold?: boolean;
  italics?: boolean;
  underline?: boolean;
  size?: number;
  color?: string;
}

function run(text: string, s: RunStyle = {}): TextRun {
  return new TextRun({
    text,
    font: FONT,
    size: s.size ?? BODY,
    bold: s.bold,
    italics: s.italics,
    color: s.color,
    underline: s.underline ? { type: UnderlineType.SINGLE } : undefined,
  });
}

function para(
  children: ParagraphChild[],
  opts: { align?: (typeof AlignmentType)[keyof typeof AlignmentType]; indent?: boolean; before?: number; after?: number } = {},
): Paragraph {
  return new Paragraph({
    children,
    alignment: opts.align ?? AlignmentType.JUSTIFIED,
    indent: opts.indent ? { firstLine: FIRST_LINE } : undefined,
    spacing: { before: opts.before ?? 0, after: opts.after ?? 120, line: 288 },
  });
}

/** A block's text as runs, its markers (right after their numbers) in bold red so they cannot be missed. */
function runs(text: string, s: RunStyle = {}): TextRun[] {
  return splitMarkers(text).map((r) => (r.marker ? run(r.text, { ...s, bold: true, color: "C00000" }) : run(r.text, s)));
}

/** The note under a table naming its unverified cells. */
function marker(b: Block): TextRun[] {
  const m = unverifiedMarker(b.unverified).trim();
  return m ? [run(m, { bold: true, color: "C00000" })] : [];
}

function blockParagraphs(b: Block): (Paragraph | Table)[] {
  switch (b.kind) {
    case "heading":
      return [para(runs(b.text, { bold: true }), { indent: b.level > 1, before: b.level === 1 ? 120 : 60 })];
    case "bullet":
      return [para(runs(b.text), { indent: true })];
    case "paragraph":
      return [para(runs(b.text, { italics: b.italic, bold: b.bold }), { indent: true })];
    case "table":
      return appendixTable(b);
  }
}

function cell(
  text: string,
  widthPct: number,
  opts: { bold?: boolean; align?: (typeof AlignmentType)[keyof typeof AlignmentType] } = {},
): TableCell {
  return new TableCell({
    width: { size: widthPct, type: WidthType.PERCENTAGE },
    verticalAlign: VerticalAlign.CENTER,
    margins: { left: 60, right: 60, top: 30, bottom: 30 },
    children: [
      new Paragraph({
        children: [run(text, { bold: opts.bold, size: TABLE })],
        alignment: opts.align ?? AlignmentType.LEFT,
        spacing: { before: 0, after: 0 },
      }),
    ],
  });
}

function appendixTable(t: TableBlock): (Paragraph | Table)[] {
  const total = t.widths.reduce((a, b) => a + b, 0);
  const pct = t.widths.map((w) => (w / total) * 100);
  const align = (i: number) => (i === t.amountCol ? AlignmentType.RIGHT : i === 0 ? AlignmentType.CENTER : AlignmentType.LEFT);
  const rows = [
    new TableRow({
      tableHeader: true,
      children: t.header.map((h, i) => cell(h, pct[i], { bold: true, align: AlignmentType.CENTER })),
    }),
    ...t.rows.map(
      (r) =>
        new TableRow({
          cantSplit: true,
          children: r.cells.map((c, i) => cell(c, pct[i], { bold: r.role !== "item", align: align(i) })),
        }),
    ),
  ];
  const out: (Paragraph | Table)[] = [para([run(t.title, { bold: true })], { align: AlignmentType.CENTER, after: 60 })];
  if (t.unit)
    out.push(para([run(`Đơn vị tính: ${t.unit}`, { italics: true, size: SMALL })], { align: AlignmentType.RIGHT, after: 60 }));
  out.push(new Table({ rows, width: { size: 100, type: WidthType.PERCENTAGE }, borders: GRID, layout: TableLayoutType.FIXED }));
  const m = marker(t);
  if (m.length) out.push(para(m, { before: 60 }));
  return out;
}

/** Two columns without borders: agency on the left, Quốc hiệu and tiêu ngữ on the right. */
function headerBlock(d: Draft): Table {
  const m = d.meta;
  const center = AlignmentType.CENTER;
  const p = (children: ParagraphChild[], after = 0) => new Paragraph({ children, alignment: center, spacing: { after } });
  const left = [
    ...(m.parentAgency ? [p([run(m.parentAgency, { size: 26 })])] : []),
    p([run(m.agency, { bold: true, size: 26 })]),
    p([run("_______", { size: 20 })], 120),
    p([run(m.documentNumber, { size: 26 })]),
  ];
  const right = [
    p([run("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", { bold: true, size: 24 })]),
    p([run("Độc lập - Tự do - Hạnh phúc", { bold: true, underline: true, size: 26 })], 240),
    p([run(`${m.place}, ngày      tháng      năm ${m.year}`, { italics: true, size: BODY })]),
  ];
  const col = (children: Paragraph[], w: number) =>
    new TableCell({ children, width: { size: w, type: WidthType.PERCENTAGE }, borders: NO_BORDERS });
  return new Table({
    rows: [new TableRow({ children: [col(left, 40), col(right, 60)] })],
    width: { size: 100, type: WidthType.PERCENTAGE },
    borders: NO_BORDERS,
    layout: TableLayoutType.FIXED,
  });
}

/** "Nơi nhận" on the left, the signature on the right. */
function signatureBlock(d: Draft): Table {
  const m = d.meta;
  const recipients = [
    new Paragraph({ children: [run("Nơi nhận:", { bold: true, italics: true, size: SMALL })], spacing: { after: 0 } }),
    ...m.recipients.map((r) => new Paragraph({ children: [run(`- ${r}`, { size: 22 })], spacing: { after: 0 } })),
  ];
  const sign = [
    ...m.signerTitleLines.map(
      (l) => new Paragraph({ children: [run(l, { bold: true })], alignment: AlignmentType.CENTER, spacing: { after: 0 } }),
    ),
    new Paragraph({ children: [run("")], spacing: { after: 1200 } }),
    new Paragraph({ children: [run(m.signer, { bold: true })], alignment: AlignmentType.CENTER }),
  ];
  const col = (children: Paragraph[], w: number) =>
    new TableCell({ children, width: { size: w, type: WidthType.PERCENTAGE }, borders: NO_BORDERS });
  return new Table({
    rows: [new TableRow({ children: [col(recipients, 50), col(sign, 50)] })],
    width: { size: 100, type: WidthType.PERCENTAGE },
    borders: NO_BORDERS,
    layout: TableLayoutType.FIXED,
  });
}

function section(children: (Paragraph | Table)[], landscape: boolean): ISectionOptions {
  return {
    properties: {
      page: {
        size: {
          width: PAGE.width,
          height: PAGE.height,
          orientation: landscape ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT,
        },
        margin: PAGE.margin,
      },
    },
    children,
  };
}

/** Builds the Word document of a draft. */
export function buildDocx(d: Draft): Document {
  const m = d.meta;
  const body: (Paragraph | Table)[] = [
    headerBlock(d),
    para([run("BÁO CÁO", { bold: true })], { align: AlignmentType.CENTER, before: 240, after: 0 }),
    para([run(m.title, { bold: true })], { align: AlignmentType.CENTER, after: m.subtitle ? 0 : 240 }),
    ...(m.subtitle ? [para([run(m.subtitle, { italics: true })], { align: AlignmentType.CENTER, after: 240 })] : []),
    ...d.body.flatMap(blockParagraphs),
    ...(m.closing ? [para([run(m.closing)], { indent: true, before: 120 })] : []),
    signatureBlock(d),
  ];
  const sections: ISectionOptions[] = [section(body, false)];
  for (const appendix of d.appendices) {
    const [heading, ...rest] = appendix;
    const caption = `(Kèm theo Báo cáo số      /BC-UBND ngày      tháng      năm ${m.year} của ${m.agencyShort})`;
    const label = heading.kind === "heading" ? heading.text : "PHỤ LỤC";
    sections.push(
      section(
        [
          para([run(label, { bold: true })], { align: AlignmentType.CENTER, after: 0 }),
          ...rest.flatMap((b) => {
            if (b.kind !== "table") return blockParagraphs(b);
            const [title, ...table] = appendixTable(b);
            return [
              title,
              para([run(caption, { italics: true, size: 26 })], { align: AlignmentType.CENTER, after: 120 }),
              ...table,
            ];
          }),
        ],
        true,
      ),
    );
  }
  return new Document({
    creator: m.agencyShort,
    title: m.title,
    styles: { default: { document: { run: { font: FONT, size: BODY } } } },
    sections,
  });
}
