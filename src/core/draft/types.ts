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

export interface DraftMeta {
  /** Superior agency line ("UBND TỈNH QUẢNG NGÃI"), if any. */
  parentAgency?: string;
  /** Issuing agency ("UBND THỊ XÃ ĐỨC PHỔ"). */
  agency: string;
  /** "UBND thị xã Đức Phổ" in running text. */
  agencyShort: string;
  place: string;
  /** Report year (2023) and plan year (2024). */
  year: number;
  planYear: number;
  documentNumber: string;
  title: string;
  subtitle?: string;
  signerTitleLines: string[];
  signer: string;
  recipients: string[];
  closing: string;
}

export interface Draft {
  meta: DraftMeta;
  /** The narrative sections built from numbers. */
  body: Block[];
  /** Phụ lục I and II, each a heading block and a table, on their own pages. */
  appendices: Block[][];
  /** Every unverified cell, for the task pane. */
  unverified: Unverified[];
}

/** The marker a paragraph carries when numbers behind it failed a check. */
export function unverifiedMarker(u: Unverified[], lang: "vi" | "en" = "vi"): string {
  if (u.length === 0) return "";
  const cells = [...new Set(u.map((x) => `${x.sheet}!${x.cell}`))].join(", ");
  return lang === "vi" ? ` [CHƯA KHỚP — kiểm tra ${cells}]` : ` [NOT VERIFIED — check ${cells}]`;
}
