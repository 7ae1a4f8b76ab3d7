/**
 * What a screen reader hears when a task ends ("Kiểm tra xong: 3 lỗi, 2 cảnh báo; …"): the pane
 * puts it in its live region (components/Announcer.tsx). A finding card's name starts with its
 * severity and cell from its own text (components/FindingCard.tsx).
 */
import type { Finding, Summary } from "../core/findings";
import { type Lang, t } from "./strings";

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
