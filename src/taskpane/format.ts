/**
 * How the pane writes numbers — always in the workbook's Vietnamese notation (1.907; 61,4%),
 * whatever the language of the interface, so that the pane never shows "1,907" beside a grid that
 * shows "1.907". A card's headline: "Ghi 1.907 → đúng 1.970 (lệch −63)", "Ghi 64,1% → đúng 61,4%
 * (lệch +2,7 điểm %)", "Ghi 80% - 50%" (a target as typed); the figures are core/report/figures.ts's.
 */
import type { Finding, Lang } from "../core/findings";
import { formatNumberVN } from "../core/number/format";
import { type CellLook, findingFigures, SHOULD_BE } from "../core/report/figures";
import { t } from "./strings";

/** A count in Vietnamese notation: 10000 -> "10.000". */
export function formatCount(n: number): string {
  return formatNumberVN(n);
}

/**
 * The card's headline: "Ghi 1.907 → đúng 1.970 (lệch −63)", "Ghi 64,1% → đúng 61,4% (lệch +2,7
 * điểm %)", "Ghi 80% - 50%"; "" when the finding has no numbers. Labels in the pane's language,
 * numbers always in Vietnamese notation.
 */
export function headline(f: Finding, lang: Lang, cell?: CellLook): string {
  const x = findingFigures(f, cell);
  const parts: string[] = [];
  if (x.stated !== undefined) parts.push(`${t(lang, "card.stated")} ${x.stated}`);
  if (x.computed !== undefined) {
    const label = t(lang, SHOULD_BE.has(f.code) ? "card.shouldBe" : "card.computed");
    parts.push(`${label} ${x.computed}`);
  }
  let s = parts.join(" → ");
  if (x.gap !== undefined) {
    const unit = x.percent ? ` ${t(lang, "card.points")}` : "";
    s += ` (${t(lang, "card.gap")} ${x.gap}${unit})`;
  }
  return s;
}
