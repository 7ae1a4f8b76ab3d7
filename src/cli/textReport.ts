/** The findings as a readable text report, grouped by sheet. */
import type { Finding, Lang, Report, Severity } from "../core/findings";

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
      : [`${e} error${e === 1 ? "" : "s"}`, `${w} warning${w === 1 ? "" : "s"}`, ...(i ? [`${i} note${i === 1 ? "" : "s"}`] : [])];
  return parts.join(", ");
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
  for (const [sheet, list] of bySheet) {
    lines.push("");
    lines.push(lang === "vi" ? `Trang tính "${sheet}" — ${counts(list, lang)}` : `Sheet "${sheet}" — ${counts(list, lang)}`);
    for (const f of list) {
      const sev = LABELS[lang][f.severity].padEnd(sevWidth);
      lines.push(`  ${f.cell.padEnd(width)}  ${sev}  ${f.code}: ${f.message}`);
      if (f.formula) lines.push(`  ${"".padEnd(width)}  ${"".padEnd(sevWidth)}  ${lang === "vi" ? "công thức" : "formula"}: ${f.formula}`);
    }
  }
  const s = report.summary;
  lines.push("");
  if (report.findings.length === 0) {
    lines.push(
      lang === "vi"
        ? `Không có phát hiện nào: ${s.tables} bảng trong ${s.sheets} trang tính đều khớp.`
        : `No findings: ${s.tables} table${s.tables === 1 ? "" : "s"} in ${s.sheets} sheet${s.sheets === 1 ? "" : "s"} add up.`,
    );
  } else {
    lines.push(
      lang === "vi"
        ? `Tổng kết: ${counts(report.findings, lang)} (${s.tables} bảng, ${s.sheets} trang tính).`
        : `Summary: ${counts(report.findings, lang)} (${s.tables} table${s.tables === 1 ? "" : "s"}, ${s.sheets} sheet${s.sheets === 1 ? "" : "s"}).`,
    );
  }
  return lines.join("\n");
}
