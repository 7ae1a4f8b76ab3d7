/**
 * The draft as a Word-ready sheet ("Bản thảo"): one paragraph a row, Times New Roman 14, wrapped
 * across a block of columns as wide as an A4 text block (160 mm), headings bold, bullets kept as
 * text, the appendices as bordered tables. Copy the rows and paste them into Word.
 */
import type { SheetSpec, SpecCell } from "../grid/spec";
import type { Rect } from "../grid/grid";
import { type Block, type Draft, type TableBlock, unverifiedMarker } from "./types";

const DRAFT_SHEET_NAME = "Bản thảo";

/** Six columns whose widths (Excel character units) add up to an A4 text block at 14 pt. */
const COLUMNS = [6, 30, 18, 11, 14, 9];
const WIDTH = COLUMNS.reduce((a, b) => a + b, 0);
const FONT = { name: "Times New Roman", size: 14 };
/** Points per line at 14 pt, and characters per line across the block (Times is narrower than the unit). */
const LINE = 19;
const CHARS_PER_UNIT = 0.82;

function linesFor(text: string, widthUnits: number): number {
  const perLine = Math.max(4, Math.floor(widthUnits * CHARS_PER_UNIT));
  return Math.max(
    1,
    text.split("\n").reduce((n, part) => n + Math.ceil(Math.max(1, part.length) / perLine), 0),
  );
}

/** Spreads a table of `n` columns over the six sheet columns: the last table column takes the rest. */
function spans(n: number): [number, number][] {
  const out: [number, number][] = [];
  for (let i = 0; i < n; i++) out.push(i < n - 1 ? [i, i] : [i, COLUMNS.length - 1]);
  return out;
}

export function draftToSheet(draft: Draft, name = DRAFT_SHEET_NAME): SheetSpec {
  const cells: SpecCell[] = [];
  const merges: Rect[] = [];
  const rowHeights: Record<number, number> = {};
  let r = 0;
  const para = (text: string, style: Partial<SpecCell> = {}) => {
    cells.push({
      row: r,
      col: 0,
      value: text,
      wrap: true,
      verticalAlign: "top",
      align: "justify",
      forceText: /^[=+\-@]/.test(text),
      ...style,
    });
    merges.push({ top: r, left: 0, bottom: r, right: COLUMNS.length - 1 });
    rowHeights[r] = linesFor(text, WIDTH) * LINE + 4;
    r++;
  };
  const blank = () => {
    rowHeights[r] = LINE / 2;
    r++;
  };
  const block = (b: Block) => {
    if (b.kind === "table") return table(b);
    const text = b.text;
    if (b.kind === "heading") para(text, { bold: true, align: b.level === 1 ? "left" : "justify" });
    else if (b.kind === "bullet") para(text, { forceText: true });
    else para(text, { italic: b.italic, bold: b.bold, align: b.align ?? "justify" });
  };
  const table = (t: TableBlock) => {
    para(t.title, { bold: true, align: "center" });
    if (t.unit) para(`Đơn vị tính: ${t.unit}`, { italic: true, align: "right" });
    const cols = spans(t.header.length);
    const row = (values: string[], style: Partial<SpecCell>) => {
      let lines = 1;
      values.forEach((v, i) => {
        const [a, b] = cols[i];
        const width = COLUMNS.slice(a, b + 1).reduce((x, y) => x + y, 0);
        const isAmount = i === t.amountCol;
        cells.push({
          row: r,
          col: a,
          value: v,
          wrap: true,
          border: true,
          verticalAlign: "middle",
          align: isAmount ? "right" : i === 0 ? "center" : "left",
          forceText: true,
          size: 13,
          ...style,
        });
        // Bordered, empty cells under the merge so the border shows all round.
        for (let c = a + 1; c <= b; c++) cells.push({ row: r, col: c, value: null, border: true });
        if (b > a) merges.push({ top: r, left: a, bottom: r, right: b });
        lines = Math.max(lines, linesFor(v, width));
      });
      rowHeights[r] = lines * 17 + 4;
      r++;
    };
    row(t.header, { bold: true, align: "center" });
    for (const x of t.rows) row(x.cells, x.role === "item" ? {} : { bold: true });
    if (t.unverified.length) para(unverifiedMarker(t.unverified).trim(), { italic: true });
  };

  const m = draft.meta;
  para(m.agency, { bold: true, align: "left" });
  para(m.documentNumber, { align: "left" });
  para("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", { bold: true, align: "center" });
  para("Độc lập - Tự do - Hạnh phúc", { bold: true, align: "center", underline: true });
  para(`${m.place}, ngày      tháng      năm ${m.year}`, { italic: true, align: "right" });
  blank();
  para("BÁO CÁO", { bold: true, align: "center" });
  para(m.title, { bold: true, align: "center" });
  if (m.subtitle) para(m.subtitle, { italic: true, align: "center" });
  blank();
  for (const b of draft.body) block(b);
  blank();
  for (const appendix of draft.appendices) {
    blank();
    for (const b of appendix) block(b);
  }
  return {
    name,
    columnWidths: COLUMNS,
    cells,
    merges,
    rowHeights,
    font: FONT,
    page: { orientation: "portrait", paperSize: "A4" },
  };
}
