/**
 * The "Thông tin văn bản" sheet: the document's own details that no table holds (issuing body,
 * number, place and date, signer, recipients, drafting unit), one row a detail:
 *
 *   Thông tin           | Nội dung                        | Ghi chú / ví dụ
 *   Cơ quan ban hành    | UBND phường Nghĩa Lộ            | …
 *   Người ký            | Nguyễn Văn A                    | …
 *   Nơi nhận            | Sở Khoa học và Công nghệ (b/c)  | (one row a recipient, or several lines in one cell)
 *
 * Written by the template (Tạo mẫu, `baocao template`), read by the drafter. The sheet is found by
 * its header ("Thông tin" | "Nội dung") and its labels, not only by its name, and read tolerantly:
 * blank rows, labels written another way ("Số, ký hiệu", "Số ký hiệu"), numbers and dates as Excel
 * stores them (a date serial in Ngày ban hành is a date). The labels match the CLI options
 * (`--nguoi-ky` …: src/cli/draftDetails.ts).
 */
import { type Cell, type Grid, isCellError } from "../grid/grid";
import type { SheetSpec, SpecCell } from "../grid/spec";
import { fold, tidy } from "../text/normalize";
import { formatDateDMY, parseIssueDate, serialToDate } from "./issueDate";
import type { DocumentDetails, SigningAuthority } from "./types";

export const DETAILS_SHEET = "Thông tin văn bản";

/** One row of the sheet: a detail, its CLI option, and the names a message gives it. */
export interface DetailRow {
  /** The CLI option without its "--" ("nguoi-ky"), also `MissingDetail.key`. */
  option: string;
  field: keyof DocumentDetails;
  /** The label in the sheet's first column. */
  label: string;
  /** What it is in a message: Vietnamese (lower case) and English. */
  vi: string;
  en: string;
  /** Other ways a person may write the label, folded (fold(), no punctuation). */
  aliases: string[];
  /** The "Ghi chú / ví dụ" column. */
  hint: string;
}

/** The rows, in the sheet's order (the document's order: header, number, date line, signature, recipients). */
export const DETAIL_ROWS: readonly DetailRow[] = [
  {
    option: "co-quan-chu-quan",
    field: "governingBody",
    label: "Cơ quan chủ quản",
    vi: "cơ quan chủ quản",
    en: "governing body",
    aliases: ["co quan chu quan", "co quan to chuc chu quan", "chu quan"],
    hint: "Dòng trên tên cơ quan ban hành, nếu có: với một Sở, ví dụ UBND tỉnh Quảng Ngãi. Văn bản của UBND các cấp để trống.",
  },
  {
    option: "co-quan",
    field: "issuingBody",
    label: "Cơ quan ban hành",
    vi: "cơ quan ban hành",
    en: "issuing body",
    aliases: ["co quan ban hanh", "don vi ban hanh", "ten co quan", "co quan"],
    hint: "Ví dụ: UBND phường Nghĩa Lộ; UBND xã Bình Sơn; Sở Tài chính. Để trống: lấy theo chú thích các bảng (“… của UBND …”).",
  },
  {
    option: "so-ky-hieu",
    field: "documentNumber",
    label: "Số, ký hiệu",
    vi: "số, ký hiệu (điền khi ban hành)",
    en: "document number (filled in at issue)",
    aliases: ["so ky hieu", "so va ky hieu", "so hieu", "so van ban", "so"],
    hint: "Điền khi ban hành, ví dụ 125/BC-UBND. Để trống: “Số:      /BC-UBND”.",
  },
  {
    option: "dia-danh",
    field: "place",
    label: "Địa danh",
    vi: "địa danh",
    en: "place",
    aliases: ["dia danh", "noi ban hanh"],
    hint: "Tên đơn vị hành chính nơi cơ quan đóng trụ sở, ví dụ Nghĩa Lộ. Để trống: lấy theo tên cơ quan.",
  },
  {
    option: "ngay",
    field: "date",
    label: "Ngày ban hành",
    vi: "ngày ban hành (điền khi ban hành)",
    en: "date (filled in at issue)",
    aliases: ["ngay ban hanh", "ngay thang nam", "ngay"],
    hint: "Ngày/tháng/năm, ví dụ 05/02/2024; điền khi ban hành. Để trống: “ngày      tháng      năm …”.",
  },
  {
    option: "nguoi-ky",
    field: "signer",
    label: "Người ký",
    vi: "người ký",
    en: "signer",
    aliases: ["nguoi ky", "ho va ten nguoi ky", "ho ten nguoi ky"],
    hint: "Họ và tên người ký.",
  },
  {
    option: "chuc-vu",
    field: "signerTitle",
    label: "Chức vụ người ký",
    vi: "chức vụ người ký",
    en: "signer's title",
    aliases: ["chuc vu nguoi ky", "chuc vu", "chuc danh"],
    hint: "Ví dụ: Chủ tịch; Phó Chủ tịch; Giám đốc; Phó Giám đốc.",
  },
  {
    option: "tham-quyen",
    field: "authority",
    label: "Thẩm quyền ký (TM/KT)",
    vi: "thẩm quyền ký",
    en: "signing authority",
    aliases: ["tham quyen ky", "tham quyen", "hinh thuc ky"],
    hint: "TM: thay mặt tập thể (TM. ỦY BAN NHÂN DÂN); KT: ký thay người đứng đầu (KT. CHỦ TỊCH); “Không”: người đứng đầu ký.",
  },
  {
    option: "noi-nhan",
    field: "recipients",
    label: "Nơi nhận",
    vi: "nơi nhận",
    en: "recipients",
    aliases: ["noi nhan"],
    hint: "Mỗi nơi nhận một dòng (chèn thêm dòng “Nơi nhận” khi cần) hoặc nhiều nơi trong một ô, cách nhau bằng xuống dòng hay dấu “;”. Dòng “Lưu: VT, …” được thêm tự động.",
  },
  {
    option: "don-vi-soan-thao",
    field: "draftingUnit",
    label: "Đơn vị soạn thảo",
    vi: "đơn vị soạn thảo",
    en: "drafting unit",
    aliases: ["don vi soan thao", "don vi chu tri soan thao", "noi soan thao"],
    hint: "Chữ viết tắt, ghi sau “Lưu: VT,”: ví dụ VHTT.",
  },
];

/** A label folded for matching: no accents, no case, no parentheses, no punctuation. */
function key(text: string): string {
  return fold(text)
    .replace(/\([^)]*\)/g, " ")
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
}

function rowOfLabel(text: string): DetailRow | undefined {
  const k = key(text);
  if (k === "") return undefined;
  return DETAIL_ROWS.find((r) => r.aliases.some((a) => k === a || k.startsWith(a + " ")));
}

/** TM, KT or "" (the head signs) from what a person writes: "TM", "tm.", "Thay mặt", "KT", "Ký thay", "Không". */
export function parseAuthority(text: string): SigningAuthority | undefined {
  const k = key(text);
  if (k === "tm" || k === "thay mat") return "TM";
  if (k === "kt" || k === "ky thay") return "KT";
  if (text.trim() === "" || k === "khong" || k === "nguoi dung dau ky" || k === "truc tiep") return "";
  return undefined;
}

function textOf(c: Cell | undefined): string {
  if (!c) return "";
  return typeof c.value === "string" ? c.value : "";
}

interface Layout {
  /** The header row (-1: none, the sheet is known by its name). */
  row: number;
  keyCol: number;
  valueCol: number;
}

const HEADER_SCAN_ROWS = 20;

/** The "Thông tin" | "Nội dung" header: the first row with both, side by side. */
function headerOf(grid: Grid): Layout | undefined {
  const last = Math.min(grid.rows.length, HEADER_SCAN_ROWS);
  for (let r = 0; r < last; r++) {
    const row = grid.rows[r];
    if (!row) continue;
    for (let c = 0; c < row.length; c++) {
      if (key(textOf(row[c])) !== "thong tin") continue;
      for (let v = c + 1; v < row.length; v++) {
        const k = key(textOf(row[v]));
        if (k === "") continue;
        if (k.startsWith("noi dung") || k.startsWith("gia tri")) return { row: r, keyCol: c, valueCol: v };
        break;
      }
    }
  }
  return undefined;
}

function layoutOf(grid: Grid): Layout | undefined {
  return headerOf(grid) ?? (key(grid.name) === key(DETAILS_SHEET) ? { row: -1, keyCol: 0, valueCol: 1 } : undefined);
}

/** The rows of the sheet that name a detail. */
function labelledRows(grid: Grid, l: Layout): number {
  let n = 0;
  for (let r = l.row + 1; r < grid.rows.length; r++) if (rowOfLabel(textOf(grid.rows[r]?.[l.keyCol]))) n++;
  return n;
}

/**
 * Whether `grid` is a document-details sheet: named "Thông tin văn bản", or with a "Thông tin" |
 * "Nội dung" header over at least two rows that name a detail (a table of figures never has both).
 */
export function isDetailsSheet(grid: Grid): boolean {
  if (key(grid.name) === key(DETAILS_SHEET)) return true;
  const h = headerOf(grid);
  return h !== undefined && labelledRows(grid, h) >= 2;
}

/** A value cell as text: a date serial in the date row as dd/mm/yyyy, a number as written, else its text. */
function valueOf(c: Cell | undefined, field: keyof DocumentDetails, date1904: boolean): string {
  if (!c || c.value === null || isCellError(c.value) || typeof c.value === "boolean") return "";
  if (typeof c.value === "number") {
    if (field === "date") {
      const d = serialToDate(c.value, date1904);
      return d ? formatDateDMY(d) : "";
    }
    return c.text?.trim() || String(c.value);
  }
  return c.value;
}

/** Recipients written in one cell: one a line, or separated by ";" ("- " bullets dropped). */
export function splitRecipients(text: string): string[] {
  return text
    .split(/[\n\r;]+/u)
    .map((s) => tidy(s.replace(/^\s*[-+•–]\s*/u, "")))
    .filter((s) => s !== "");
}

/** Each row of the sheet that gives a detail: its row, the detail, its value cell. */
function* detailCells(grid: Grid): Generator<{ row: number; col: number; detail: DetailRow; cell: Cell | undefined }> {
  const l = layoutOf(grid) ?? { row: -1, keyCol: 0, valueCol: 1 };
  let current: DetailRow | undefined;
  for (let r = l.row + 1; r < grid.rows.length; r++) {
    const row = grid.rows[r];
    if (!row) continue;
    const label = textOf(row[l.keyCol]);
    const named = rowOfLabel(label);
    // A row with no label continues the recipients above it; any other label ends them.
    current = named ?? (tidy(label) === "" && current?.field === "recipients" ? current : undefined);
    if (current) yield { row: r, col: l.valueCol, detail: current, cell: row[l.valueCol] };
  }
}

/** The details a document-details sheet gives (empty cells give none). */
export function readDetailsSheet(grid: Grid): DocumentDetails {
  const out: DocumentDetails = {};
  const recipients: string[] = [];
  for (const { detail: current, cell } of detailCells(grid)) {
    const value = valueOf(cell, current.field, grid.date1904 === true);
    if (current.field === "recipients") {
      recipients.push(...splitRecipients(value));
      continue;
    }
    const v = tidy(value);
    if (v === "" || out[current.field] !== undefined) continue;
    if (current.field === "authority") {
      const a = parseAuthority(v);
      if (a !== undefined) out.authority = a;
    } else if (current.field === "date") {
      const d = parseIssueDate(v);
      out.date = d ? formatDateDMY(d) : v;
    } else {
      out[current.field] = v;
    }
  }
  if (recipients.length > 0) out.recipients = recipients;
  return out;
}

/** Where a document-details sheet holds its details: the value cells that are not empty (0-based). */
export function detailValueCells(grid: Grid): { row: number; col: number }[] {
  const out: { row: number; col: number }[] = [];
  for (const d of detailCells(grid))
    if (d.cell && d.cell.value !== null && d.cell.value !== "") out.push({ row: d.row, col: d.col });
  return out;
}

/* ------------------------------------------------------------------------------------------ */
/* Writing                                                                                    */
/* ------------------------------------------------------------------------------------------ */

const HEADER_ROW = 3;
const HEADER = ["Thông tin", "Nội dung", "Ghi chú / ví dụ"];
const INTRO =
  "Những thông tin của chính văn bản mà các bảng số liệu không có. Khi soạn báo cáo, công cụ đọc cột Nội dung; " +
  "ô để trống được lấy theo chú thích các bảng, nếu không có thì để trống trên bản thảo và được nêu tên để bổ sung.";

type Style = Omit<SpecCell, "row" | "col" | "value" | "formula">;
const HEAD: Style = { bold: true, align: "center", verticalAlign: "middle", wrap: true, border: true };
const LABEL: Style = { bold: true, verticalAlign: "middle", wrap: true, border: true };
const VALUE: Style = { verticalAlign: "middle", wrap: true, border: true, numberFormat: "@" };
const HINT: Style = { italic: true, size: 11, verticalAlign: "middle", wrap: true, border: true };
/** Column widths (Excel character units at 13 pt): the three columns fit an A4 landscape page. */
const WIDTHS = [20, 36, 46];

/**
 * A row's height in points for its wrapped texts (a writer does not grow a row by itself): lines of
 * about 1,2 characters a width unit at 13 pt (more at 11 pt), 17 pt a line at 13 pt, 14,5 at 11 pt.
 */
function rowHeight(cells: SpecCell[], widths: number[]): number {
  let h = 17;
  for (const c of cells) {
    if (typeof c.value !== "string") continue;
    const size = c.size ?? 13;
    const width = c.row === 1 ? widths.reduce((a, b) => a + b, 0) : widths[c.col];
    const perLine = Math.max(1, Math.floor((width * 1.2 * 13) / size));
    const lines = c.value.split("\n").reduce((n, l) => n + Math.max(1, Math.ceil(l.length / perLine)), 0);
    h = Math.max(h, lines * (size <= 11 ? 14.5 : 17));
  }
  return h + 3;
}

function fieldText(details: DocumentDetails, field: Exclude<keyof DocumentDetails, "recipients">): string | null {
  const v = details[field];
  return v === undefined || v === "" ? null : v;
}

/**
 * The sheet filled with `details` (the example's, or none for the blank form): a title, a line
 * saying what it is for, the header, then one row a detail — one row a recipient, at least
 * `recipientRows` of them.
 */
export function detailsSheetSpec(details: DocumentDetails, recipientRows = 3): SheetSpec {
  const cells: SpecCell[] = [];
  const put = (row: number, col: number, value: string | null, style: Style) => cells.push({ row, col, value, ...style });
  put(0, 0, DETAILS_SHEET.toLocaleUpperCase("vi"), { bold: true, align: "center" });
  put(1, 0, INTRO, { italic: true, wrap: true, verticalAlign: "top" });
  HEADER.forEach((h, c) => put(HEADER_ROW, c, h, HEAD));
  let row = HEADER_ROW + 1;
  for (const d of DETAIL_ROWS) {
    if (d.field === "recipients") {
      const list = details.recipients ?? [];
      const n = Math.max(list.length, recipientRows);
      for (let i = 0; i < n; i++) {
        put(row, 0, d.label, LABEL);
        put(row, 1, list[i] ?? null, VALUE);
        put(row, 2, i === 0 ? d.hint : null, HINT);
        row++;
      }
      continue;
    }
    put(row, 0, d.label, LABEL);
    put(row, 1, fieldText(details, d.field), VALUE);
    put(row, 2, d.hint, HINT);
    row++;
  }
  const rowHeights: Record<number, number> = {};
  for (let r = 1; r < row; r++) {
    if (r === HEADER_ROW || r === HEADER_ROW - 1) continue;
    const h = rowHeight(
      cells.filter((c) => c.row === r),
      WIDTHS,
    );
    if (h > 20) rowHeights[r] = h;
  }
  return {
    name: DETAILS_SHEET,
    columnWidths: [...WIDTHS],
    cells,
    merges: [
      { top: 0, left: 0, bottom: 0, right: 2 },
      { top: 1, left: 0, bottom: 1, right: 2 },
    ],
    rowHeights,
    printTitleRows: { first: HEADER_ROW, last: HEADER_ROW },
    page: { orientation: "landscape", paperSize: "A4", fitToWidth: true },
  };
}
