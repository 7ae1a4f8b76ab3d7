/**
 * The findings as a readable text report, grouped by sheet, followed by what was checked and what
 * was not: "đã kiểm tra X/Y ô số", and every table column or block of numbers left unchecked. "Đều
 * khớp" is said only of what was checked.
 */
import type { Finding, Lang, Report, Severity } from "../core/findings";
import { quoteSheetName } from "../core/grid/address";

const LABELS: Record<Lang, Record<Severity, string>> = {
  vi: { error: "LỖI", warning: "CẢNH BÁO", info: "LƯU Ý" },
  en: { error: "ERROR", warning: "WARNING", info: "NOTE" },
};

function counts(findings: Finding[], lang: Lang): string {
  const e = findings.filter((f) => f.severity === "error").length;
  const w = findings.filter((f) => f.severity === "warning").length;
  const i = findings.filter((f) => f.severity === "info").length;
  const parts =
    lang === "vi"
      ? [`${e} lỗi`, `${w} cảnh báo`, ...(i ? [`${i} lưu ý`] : [])]
      : [
          `${e} error${e === 1 ? "" : "s"}`,
          `${w} warning${w === 1 ? "" : "s"}`,
          ...(i ? [`${i} note${i === 1 ? "" : "s"}`] : []),
        ];
  return parts.join(", ");
}

/** The coverage lines: checked X/Y, and what was not checked. */
function coverageLines(report: Report, lang: Lang): string[] {
  const s = report.summary;
  const lines: string[] = [];
  lines.push(
    lang === "vi"
      ? `Đã kiểm tra ${s.checkedCells}/${s.numericCells} ô số.`
      : `Checked ${s.checkedCells} of ${s.numericCells} number cells.`,
  );
  const notes: string[] = [];
  for (const c of s.coverage) {
    if (c.kind === "unrecognized") {
      notes.push(
        lang === "vi"
          ? `${quoteSheetName(c.sheet)}!${c.range}: ${c.numericCells} ô số không thuộc bảng nào được nhận ra`
          : `${quoteSheetName(c.sheet)}!${c.range}: ${c.numericCells} number cells in no recognised table`,
      );
      continue;
    }
    for (const n of c.notes) notes.push(`${quoteSheetName(c.sheet)}!${c.range} — ${n}`);
  }
  for (const name of s.unreadSheets ?? []) {
    notes.push(
      lang === "vi"
        ? `trang tính "${name}": có trong sổ nhưng tệp không chứa dữ liệu của nó (thường là trang mô-đun VBA) nên không đọc được`
        : `sheet "${name}": listed in the workbook, but the file holds no data for it (usually a VBA module sheet), so it was not read`,
    );
  }
  if (notes.length) {
    lines.push(lang === "vi" ? "Chưa kiểm tra:" : "Not checked:");
    for (const n of notes) lines.push(`  - ${n}`);
  }
  return lines;
}

export function formatReportText(file: string, report: Report, lang: Lang): string {
  const lines: string[] = [];
  lines.push(lang === "vi" ? `Kiểm tra: ${file}` : `Checked: ${file}`);
  const bySheet = new Map<string, Finding[]>();
  for (const f of report.findings) {
    const list = bySheet.get(f.sheet) ?? [];
    list.push(f);
    bySheet.set(f.sheet, list);
  }
  const width = Math.max(0, ...report.findings.map((f) => f.cell.length));
  const sevWidth = Math.max(...Object.values(LABELS[lang]).map((s) => s.length));
  const pad = `  ${"".padEnd(width)}  ${"".padEnd(sevWidth)}  `;
  for (const [sheet, list] of bySheet) {
    lines.push("");
    lines.push(lang === "vi" ? `Trang tính "${sheet}" — ${counts(list, lang)}` : `Sheet "${sheet}" — ${counts(list, lang)}`);
    for (const f of list) {
      const sev = LABELS[lang][f.severity].padEnd(sevWidth);
      lines.push(`  ${f.cell.padEnd(width)}  ${sev}  ${f.code}: ${f.message}`);
      if (f.relation)
        lines.push(
          `${pad}${lang === "vi" ? "quan hệ" : "relation"}: ${f.relation}${f.inferred ? (lang === "vi" ? " (suy ra từ số liệu)" : " (inferred)") : ""}`,
        );
      if (f.formula) lines.push(`${pad}${lang === "vi" ? "công thức" : "formula"}: ${f.formula}`);
    }
  }
  const s = report.summary;
  lines.push("");
  lines.push(...coverageLines(report, lang));
  const all = s.checkedCells === s.numericCells;
  const scope =
    lang === "vi"
      ? `${s.tables} bảng, ${s.sheets} trang tính`
      : `${s.tables} table${s.tables === 1 ? "" : "s"}, ${s.sheets} sheet${s.sheets === 1 ? "" : "s"}`;
  if (report.findings.length === 0) {
    if (all && s.numericCells > 0) {
      lines.push(
        lang === "vi"
          ? `Không có phát hiện nào: ${s.checkedCells} ô số trong ${s.tables} bảng (${s.sheets} trang tính) đều khớp.`
          : `No findings: the ${s.checkedCells} number cells of ${s.tables} table${s.tables === 1 ? "" : "s"} (${s.sheets} sheet${s.sheets === 1 ? "" : "s"}) add up.`,
      );
    } else {
      lines.push(
        lang === "vi"
          ? `Không có phát hiện nào ở ${s.checkedCells} ô số đã kiểm tra (${scope}); ${s.numericCells - s.checkedCells} ô số chưa được kiểm tra.`
          : `No findings in the ${s.checkedCells} number cells checked (${scope}); ${s.numericCells - s.checkedCells} number cells were not checked.`,
      );
    }
  } else {
    lines.push(
      lang === "vi"
        ? `Tổng kết: ${counts(report.findings, lang)} (${scope}).`
        : `Summary: ${counts(report.findings, lang)} (${scope}).`,
    );
  }
  return lines.join("\n");
}
