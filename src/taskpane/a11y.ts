/**
 * What a screen reader hears: each finding card's name (severity and cell first: "Lỗi, Phụ lục
 * I!D12: Tổng không khớp — …"), and the polite announcements when a task ends ("Kiểm tra xong:
 * 3 lỗi, 2 cảnh báo; …"). Pure; the pane puts the names on its cards and the announcements in
 * its live region (components/Announcer.tsx).
 */
import { type Finding, type Severity, type Summary, severityRank } from "../core/findings";
import { type Key, type Lang, findingName, t } from "./strings";

const SEVERITY_WORD: Record<Severity, Key> = { error: "a11y.error", warning: "a11y.warning", info: "a11y.info" };

/** The card's place: "Phụ lục I!D12", the sheet alone, or the whole workbook. */
function place(f: Pick<Finding, "sheet" | "cell">, lang: Lang): string {
  if (f.sheet && f.cell) return `${f.sheet}!${f.cell}`;
  return f.sheet || t(lang, "group.workbook");
}

/**
 * The accessible name of a finding card — one finding, or the several found at one cell (a merged
 * card): the most severe severity, the cell, then each finding's title and message in order.
 * The card (a button, or the row of a list) sets it as its aria-label.
 */
export function findingAccessibleName(findings: Finding | readonly Finding[], lang: Lang): string {
  const list: readonly Finding[] = Array.isArray(findings) ? findings : [findings as Finding];
  const first = list[0];
  if (!first) return "";
  const severity = list.reduce<Severity>((s, f) => (severityRank(f.severity) < severityRank(s) ? f.severity : s), first.severity);
  const parts = list.map((f) => {
    const title = findingName(lang, f.code);
    const message = f.message.trim();
    return message ? `${title} — ${message}` : title;
  });
  return `${t(lang, SEVERITY_WORD[severity])}, ${place(first, lang)}: ${parts.join("; ")}`;
}

/** What the live region says when a check ends: the real counts, and how much was checked. */
export function checkAnnouncement(findings: readonly Pick<Finding, "severity">[], summary: Summary, lang: Lang): string {
  const errors = findings.filter((f) => f.severity === "error").length;
  const warnings = findings.filter((f) => f.severity === "warning").length;
  return t(lang, "announce.checkDone", {
    errors,
    warnings,
    checked: summary.checkedCells,
    numeric: summary.numericCells,
  });
}
