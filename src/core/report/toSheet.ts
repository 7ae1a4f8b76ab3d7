/**
 * The findings as a sheet ("Kết quả kiểm tra"), for the record or for whoever fixes the workbook:
 * a title, the counts, then one row per finding under a header repeated on every printed page —
 * Trang tính | Ô | Mức độ | Mã | Nội dung | Ghi | Đúng | Lệch. Numbers are written as text in
 * Vietnamese notation (1.907; 61,4%; −63), so they read the same in any Excel, whatever its locale;
 * the checker never reads this sheet back as a source (tables/recognize.ts).
 */
import type { Finding, Lang, Report, Severity } from "../findings";
import { formatNumberVN } from "../number/format";
import type { SheetSpec, SpecCell } from "../grid/spec";
import { type CellLook, findingFigures } from "./figures";

export const RESULTS_SHEET_NAME = "Kết quả kiểm tra";

const TEXT = {
  vi: {
    title: "KẾT QUẢ KIỂM TRA SỐ LIỆU",
    counts: (e: string, w: string, i: string, checked: string, numeric: string) =>
      `Lỗi: ${e} · Cảnh báo: ${w} · Ghi chú: ${i} · Đã kiểm tra ${checked}/${numeric} ô số`,
    header: ["Trang tính", "Ô", "Mức độ", "Mã", "Nội dung", "Ghi", "Đúng", "Lệch"],
    severity: { error: "Lỗi", warning: "Cảnh báo", info: "Ghi chú" } as Record<Severity, string>,
    relation: "Quan hệ",
    none: "Không có phát hiện nào.",
  },
  en: {
    title: "CHECK RESULTS",
    counts: (e: string, w: string, i: string, checked: string, numeric: string) =>
      `Errors: ${e} · Warnings: ${w} · Notes: ${i} · Checked ${checked} of ${numeric} number cells`,
    header: ["Sheet", "Cell", "Severity", "Code", "Message", "Stated", "Should be", "Difference"],
    severity: { error: "Error", warning: "Warning", info: "Note" } as Record<Severity, string>,
    relation: "Relation",
    none: "No findings.",
  },
} as const;

/** Column widths (Excel character units): sheet, cell, severity, code, message, three figures. */
const WIDTHS = [18, 8, 10, 22, 70, 12, 12, 12];
const HEADER_ROW = 3;

function messageOf(f: Finding, relationWord: string): string {
  return f.relation ? `${f.message} (${relationWord}: ${f.relation})` : f.message;
}

/**
 * The sheet of a report's findings, in the report's order. `cells` (the cells as read, when the
 * caller has them) gives the decimals each cell shows and targets as typed.
 */
export function findingsToSheet(
  report: Report,
  lang: Lang,
  cells?: (sheet: string, cell: string) => CellLook | undefined,
  name = RESULTS_SHEET_NAME,
): SheetSpec {
  const L = TEXT[lang];
  const s = report.summary;
  const n = (x: number) => formatNumberVN(x);
  const out: SpecCell[] = [
    { row: 0, col: 0, value: L.title, bold: true, size: 14 },
    { row: 1, col: 0, value: L.counts(n(s.errors), n(s.warnings), n(s.infos), n(s.checkedCells), n(s.numericCells)) },
  ];
  L.header.forEach((h, col) =>
    out.push({ row: HEADER_ROW, col, value: h, bold: true, border: true, wrap: true, align: "center" }),
  );
  let row = HEADER_ROW + 1;
  for (const f of report.findings) {
    const x = findingFigures(f, f.sheet && f.cell ? cells?.(f.sheet, f.cell) : undefined);
    const values = [f.sheet, f.cell, L.severity[f.severity], f.code, messageOf(f, L.relation), x.stated, x.computed, x.gap];
    values.forEach((v, col) => {
      // One style for the whole row: one formatting call per row however many findings there are.
      if (v !== undefined && v !== "") out.push({ row, col, value: v, forceText: true, wrap: true, verticalAlign: "top" });
    });
    row++;
  }
  if (report.findings.length === 0) out.push({ row, col: 0, value: L.none, italic: true });
  return {
    name,
    columnWidths: WIDTHS,
    cells: out,
    merges: [],
    printTitleRows: { first: HEADER_ROW, last: HEADER_ROW },
    page: { orientation: "landscape", paperSize: "A4" },
  };
}
