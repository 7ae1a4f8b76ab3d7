/**
 * A drafted report: blocks of text whose every number is traced back to the workbook.
 */

/** Where a number in the draft comes from. */
export type NumberSource =
  | { kind: "cell"; sheet: string; cell: string }
  /** A sum the drafter computed (e.g. spending per year) over these cells. */
  | { kind: "sum"; cells: { sheet: string; cell: string }[] }
  /** A number inside a target text ("80% trở lên") of this cell. */
  | { kind: "target"; sheet: string; cell: string };

export interface NumberUse {
  /** The number as written in the text ("8.962,46", "61,4%"). */
  text: string;
  /** Its value (percent units for rates). */
  value: number;
  source: NumberSource;
}

/** A cell whose numbers the checks did not confirm, with the reason. */
export interface Unverified {
  sheet: string;
  cell: string;
  message: string;
}

/**
 * Every block's `text` (and every table cell) carries the markers of its unverified numbers inline,
 * right after the number: "1.907 [CHƯA KHỚP — kiểm tra Phụ lục I!D12]"; a failed cell behind the
 * block that is not one of its numbers is marked at the block's end. Renderers show the markers as
 * they find them (`splitMarkers`), never add one.
 */
interface BlockBase {
  /** Numbers written into this block, in order. */
  numbers: NumberUse[];
  /** Texts of the workbook copied verbatim (labels, titles): they may hold digits of their own. */
  quoted: string[];
  /** Cells behind this block that failed a check: the block carries a visible marker. */
  unverified: Unverified[];
}

interface HeadingBlock extends BlockBase {
  kind: "heading";
  /** 1: section (I., II.), 2: sub-section (1., 1.2.), 3: item (a), b)). */
  level: 1 | 2 | 3;
  text: string;
}

interface ParagraphBlock extends BlockBase {
  kind: "paragraph";
  text: string;
  italic?: boolean;
  bold?: boolean;
  align?: "left" | "center" | "right" | "justify";
}

/** A bullet line; its text starts with "- " or "+ " as in the report. */
interface BulletBlock extends BlockBase {
  kind: "bullet";
  text: string;
}

interface TableRowDraft {
  cells: string[];
  role: "group" | "item" | "total";
  /** Per cell: true when a number in it failed a check (shown in red; the note under the table names it). */
  marked?: boolean[];
}

export interface TableBlock extends BlockBase {
  kind: "table";
  /** "Phụ lục I" / "Phụ lục II". */
  label: string;
  title: string;
  unit?: string;
  header: string[];
  /** Relative column widths. */
  widths: number[];
  /** Index of the amount column (right-aligned). */
  amountCol: number;
  rows: TableRowDraft[];
}

export type Block = HeadingBlock | ParagraphBlock | BulletBlock | TableBlock;

/** Who signs: on behalf of the collective body (TM.), for the head (KT.), or the head in person (""). */
export type SigningAuthority = "TM" | "KT" | "";

/**
 * The document's own details — what the workbook's tables do not hold: read from the "Thông tin văn
 * bản" sheet when there is one, or given on the command line (--co-quan, --so-ky-hieu …). Every field
 * is optional: what is not given is taken from the tables' captions or left as a visible blank and
 * named in `DraftMeta.missing`.
 */
export interface DocumentDetails {
  /** Cơ quan, tổ chức chủ quản (the line above the issuing body): "UBND tỉnh Quảng Ngãi". */
  governingBody?: string;
  /** Cơ quan ban hành, in full or short: "Ủy ban nhân dân thị xã Đức Phổ", "UBND phường Nghĩa Lộ", "Sở Tài chính". */
  issuingBody?: string;
  /** Số, ký hiệu: "125/BC-UBND" (with or without "Số:"). */
  documentNumber?: string;
  /** Địa danh of the date line: "Đức Phổ". */
  place?: string;
  /** The date: "15/12/2023", "2023-12-15" or "15 tháng 12 năm 2023". */
  date?: string;
  /** Người ký: "Võ Thanh Hùng". */
  signer?: string;
  /** Chức vụ of the signer: "Phó Chủ tịch". */
  signerTitle?: string;
  /** Thẩm quyền ký: TM (thay mặt), KT (ký thay) or "" (the head signs). */
  authority?: SigningAuthority;
  /** Nơi nhận, each without its leading "- " ("Sở Khoa học và Công nghệ (b/c)"). "Lưu: VT, …" is added. */
  recipients?: string[];
  /** Đơn vị soạn thảo, abbreviated as in "Lưu: VT, VHTT.": "VHTT". */
  draftingUnit?: string;
}

/** A document detail the draft needed and nobody gave: the draft shows a blank and says so. */
export interface MissingDetail {
  /** The CLI option that gives it ("nguoi-ky"); its row on "Thông tin văn bản" is DETAIL_ROWS' (detailsSheet.ts). */
  key: string;
  /** What it is, in Vietnamese ("người ký") and English ("signer"). */
  vi: string;
  en: string;
}

export interface DraftMeta {
  /** Cơ quan chủ quản line, in capitals, not bold ("UBND TỈNH QUẢNG NGÃI"), if any. */
  parentAgency?: string;
  /** Issuing agency on one line ("UBND THỊ XÃ ĐỨC PHỔ"). */
  agency: string;
  /**
   * Issuing agency in full, in capitals, as the header shows it: ["ỦY BAN NHÂN DÂN", "THỊ XÃ ĐỨC PHỔ"],
   * ["SỞ TÀI CHÍNH"]. The issuing body only: the governing body's line above it is `parentAgency`.
   */
  agencyLines: string[];
  /** "UBND thị xã Đức Phổ" in running text. */
  agencyShort: string;
  /** The agency's kind of area in running text ("thị xã", "xã", "phường", "tỉnh"), "" when unknown. */
  areaKind: string;
  place: string;
  /** "Đức Phổ, ngày 15 tháng 12 năm 2023", or with blanks ("ngày      tháng      năm 2023"). */
  dateLine: string;
  /** Report year (2023) and plan year (2024). */
  year: number;
  planYear: number;
  /** "Số: 125/BC-UBND", or with a blank ("Số:      /BC-UBND"). */
  documentNumber: string;
  title: string;
  subtitle?: string;
  /** "TM. ỦY BAN NHÂN DÂN" / "KT. CHỦ TỊCH", then the title ("PHÓ CHỦ TỊCH"). */
  signerTitleLines: string[];
  signer: string;
  /** Nơi nhận lines without "- ", the last "Lưu: VT, <unit>.". */
  recipients: string[];
  closing: string;
  /** Details nobody gave (signer, number, date …), in the order the document needs them. */
  missing: MissingDetail[];
}

export interface Draft {
  meta: DraftMeta;
  /** The narrative sections built from numbers. */
  body: Block[];
  /** Phụ lục I and II, each a heading block and a table, on their own pages. */
  appendices: Block[][];
  /** Every unverified cell, for the task pane. */
  unverified: Unverified[];
  /** What the sections left as "[Đơn vị bổ sung: …]" need, in order (the workbook holds no numbers for them). */
  placeholders: string[];
}

/** The marker of unverified numbers, written right after the number (or a block's end). */
export const MARKER_PATTERN = /\[(?:CHƯA KHỚP — kiểm tra|NOT VERIFIED — check) [^\]]*\]/gu;

/** A text cut into plain runs and marker runs, so that a renderer can show the markers in red. */
export function splitMarkers(text: string): { text: string; marker: boolean }[] {
  const out: { text: string; marker: boolean }[] = [];
  let at = 0;
  for (const m of text.matchAll(MARKER_PATTERN)) {
    if (m.index > at) out.push({ text: text.slice(at, m.index), marker: false });
    out.push({ text: m[0], marker: true });
    at = m.index + m[0].length;
  }
  if (at < text.length || out.length === 0) out.push({ text: text.slice(at), marker: false });
  return out;
}

/** The marker a paragraph carries when numbers behind it failed a check. */
export function unverifiedMarker(u: Unverified[], lang: "vi" | "en" = "vi"): string {
  if (u.length === 0) return "";
  const cells = [...new Set(u.map((x) => `${x.sheet}!${x.cell}`))].join(", ");
  return lang === "vi" ? ` [CHƯA KHỚP — kiểm tra ${cells}]` : ` [NOT VERIFIED — check ${cells}]`;
}
