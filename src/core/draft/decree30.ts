/**
 * The fixed parts of an administrative document under Decree 30/2020/NĐ-CP (Phụ lục I), shared by
 * every rendering of a draft (.docx, the clipboard HTML, the Bản thảo sheet, plain text): the fixed
 * texts, the page, the font sizes, and the header block's layout (how wide the agency column is so
 * that no name breaks, how long the lines under the agency, the tiêu ngữ and the trích yếu are).
 */
import { textWidthPt } from "../text/fontMetrics";
import type { DraftMeta } from "./types";

/** Quốc hiệu and tiêu ngữ. */
export const NATIONAL_TITLE = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM";
export const MOTTO = "Độc lập - Tự do - Hạnh phúc";
export const DOCUMENT_KIND = "BÁO CÁO";
export const RECIPIENTS_LABEL = "Nơi nhận:";

/** A4 and the margins (mm): top and bottom 20–25, left 30–35, right 15–20; the page number 10 mm from the top edge. */
export const PAGE_MM = { width: 210, height: 297, top: 20, bottom: 20, left: 30, right: 15, header: 10 } as const;
const PT_PER_MM = 72 / 25.4;
/** The width of the text on a portrait page, in points (165 mm). */
export const TEXT_WIDTH_PT = (PAGE_MM.width - PAGE_MM.left - PAGE_MM.right) * PT_PER_MM;

/** Font sizes in points (Phụ lục I, Mục II: each within the range the decree gives). */
export const SIZE = {
  /** Body text, headings, "BÁO CÁO" and the trích yếu, the signature. */
  body: 14,
  /** Cơ quan chủ quản and cơ quan ban hành (12–13). */
  agency: 13,
  /** Quốc hiệu (12–13). */
  nationalTitle: 12,
  /** Tiêu ngữ (13–14). */
  motto: 13,
  /** "Số: …" (13). */
  number: 13,
  /** Địa danh and date (13–14, italic). */
  dateLine: 14,
  /** The page number (13–14). */
  pageNumber: 14,
  /** "Nơi nhận:" (12, bold italic) and its lines (11). */
  recipientsLabel: 12,
  recipients: 11,
  /** The appendix tables. */
  table: 12,
  /** "Đơn vị tính: …". */
  unit: 12,
} as const;

/** Left and right padding of a header cell, points, in every renderer. */
export const HEADER_CELL_PAD_PT = 3;

/** A horizontal line centred in a box: its width and the indent on each side, points. */
export interface Rule {
  width: number;
  indent: number;
}

/** A line of `width` centred in a box `box` points wide. */
function rule(width: number, box: number): Rule {
  const w = Math.min(width, box);
  return { width: w, indent: (box - w) / 2 };
}

/** Share of a name's width the line under the agency and under the trích yếu take (1/3–1/2). */
const RULE_SHARE = 0.4;

export interface HeaderLayout {
  /** Cơ quan chủ quản, in capitals, not bold: one line, or two when it cannot fit on one. */
  parentLines: string[];
  /** Cơ quan ban hành, in capitals, bold, each line kept on one line. */
  agencyLines: string[];
  /** Font size of the agency block (13 pt, 12 pt when a line fits only so). */
  agencySize: number;
  /** Font size of the place and date (14 pt, 13 pt when it fits on one line only so). */
  dateSize: number;
  /** Widths of the two columns, points. */
  leftWidth: number;
  rightWidth: number;
  /**
   * How far the table reaches into the left margin, points: 0, unless the names need more than the
   * text's width; then the table is widened by up to 12 mm, two thirds into the left margin (30 mm)
   * and a third into the right (15 mm), as offices do with a long name.
   */
  outdent: number;
  /** The line under the agency, centred in the left column's text (inside the padding). */
  agencyRule: Rule;
  /** The line under the tiêu ngữ, as long as it, centred in the right column's text. */
  mottoRule: Rule;
}

/** Where a governing body's name may be cut in two: before its kind of area ("ỦY BAN NHÂN DÂN / TỈNH QUẢNG NGÃI"). */
const AREA_WORD = /\s(?=(?:TỈNH|THÀNH PHỐ|THỊ XÃ|HUYỆN|QUẬN|XÃ|PHƯỜNG|THỊ TRẤN|ĐẶC KHU)(?:\s|$))/u;

/** A name in two lines without cutting a place name: before its area word, else at the most even word boundary. */
function splitName(name: string): string[] {
  const m = AREA_WORD.exec(name);
  if (m && m.index > 0) return [name.slice(0, m.index), name.slice(m.index + 1)];
  const words = name.split(" ");
  if (words.length < 2) return [name];
  let best = 1;
  let bestDiff = Infinity;
  for (let i = 1; i < words.length; i++) {
    const diff = Math.abs(textWidthPt(words.slice(0, i).join(" "), 13) - textWidthPt(words.slice(i).join(" "), 13));
    if (diff < bestDiff) [best, bestDiff] = [i, diff];
  }
  return [words.slice(0, best).join(" "), words.slice(best).join(" ")];
}

const upper = (s: string) => s.toLocaleUpperCase("vi");
/** The most the header table may be widened into the margins, points (12 mm). */
const MAX_SPILL = 12 * PT_PER_MM;

/**
 * The header block's layout, with the text `width` points wide (a portrait page's by default).
 * The agency column is as wide as its longest line needs (at least 40 % of the width); the Quốc
 * hiệu column keeps the rest, never less than the Quốc hiệu and tiêu ngữ need, and as much as the
 * place and date need where the agency leaves the room. When the names need more than the width,
 * the table reaches into the margins (`outdent`); a governing body too long even so goes on two
 * lines, the agency is set at 12 pt rather than 13 and the date at 13 pt rather than 14 when a
 * line fits only so.
 */
export function headerLayout(m: DraftMeta, width = TEXT_WIDTH_PT): HeaderLayout {
  const pad = 2 * HEADER_CELL_PAD_PT + 2; // both paddings and a little room
  const most = width + MAX_SPILL;
  const rightMin = Math.max(textWidthPt(NATIONAL_TITLE, SIZE.nationalTitle, true), textWidthPt(MOTTO, SIZE.motto, true)) + pad;
  const agencyLines = m.agencyLines.map(upper);
  const parent = m.parentAgency ? upper(m.parentAgency) : "";
  const need = (parentLines: string[], size: number) =>
    Math.max(
      ...parentLines.map((l) => textWidthPt(l, size)),
      ...agencyLines.map((l) => textWidthPt(l, size, true)),
      textWidthPt(m.documentNumber, SIZE.number),
    ) + pad;
  let parentLines = parent ? [parent] : [];
  if (parent && need(parentLines, 12) > most - rightMin) parentLines = splitName(parent);
  const agencySize = need(parentLines, SIZE.agency) <= most - rightMin ? SIZE.agency : 12;
  const leftNeed = need(parentLines, agencySize);
  // The date is measured upright: italic letters are no wider, so a date that fits so fits.
  const dateNeed = (size: number) => textWidthPt(m.dateLine, size) + pad;
  const dateSize = leftNeed + dateNeed(SIZE.dateLine) <= most ? SIZE.dateLine : 13;
  const rightNeed = Math.max(rightMin, dateNeed(dateSize));
  const total = Math.min(Math.max(width, leftNeed + rightNeed), most);
  const leftWidth =
    total > width
      ? Math.min(leftNeed, total - rightMin)
      : Math.max(Math.min(Math.max(leftNeed, 0.4 * width), width - rightNeed), Math.min(leftNeed, width - rightMin));
  const rightWidth = total - leftWidth;
  const agencyWidth = Math.max(0, ...agencyLines.map((l) => textWidthPt(l, agencySize, true)));
  return {
    parentLines,
    agencyLines,
    agencySize,
    dateSize,
    leftWidth,
    rightWidth,
    outdent: ((total - width) * 2) / 3,
    agencyRule: rule(RULE_SHARE * agencyWidth, leftWidth - 2 * HEADER_CELL_PAD_PT),
    mottoRule: rule(textWidthPt(MOTTO, SIZE.motto, true), rightWidth - 2 * HEADER_CELL_PAD_PT),
  };
}

/** The line under the trích yếu: 2/5 of the title's width (of the text width when it takes more than a line), centred. */
export function titleRule(m: DraftMeta, width = TEXT_WIDTH_PT): Rule {
  return rule(RULE_SHARE * Math.min(textWidthPt(m.title, SIZE.body, true), width), width);
}

/** The caption under an appendix's title: "(Kèm theo Báo cáo số 125/BC-UBND ngày … của UBND thị xã Đức Phổ)". */
export function appendixCaption(m: DraftMeta): string {
  const number = m.documentNumber.replace(/^Số:\s?/u, ""); // the blank of "Số:      /BC-UBND" kept
  const date = m.dateLine.replace(/^[^,]*,\s*/u, "");
  return `(Kèm theo Báo cáo số ${number} ${date} của ${m.agencyShort})`;
}

/** The "Nơi nhận" lines as printed: each with its leading "- ". */
export function recipientLines(m: DraftMeta): string[] {
  return m.recipients.map((r) => `- ${r}`);
}
