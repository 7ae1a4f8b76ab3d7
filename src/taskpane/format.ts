/** How the pane writes a finding's numbers: "Ghi: 1.907 · Tính được: 1.970", rates with "%". */
import type { Finding, Lang } from "../core/findings";
import { formatNumber } from "../core/number/format";
import { t } from "./strings";

/** Decimals a number shows, up to `max` (6100 -> 0, 61.4 -> 1). */
function ownDecimals(n: number, max: number): number {
  for (let d = 0; d < max; d++) {
    const scaled = n * 10 ** d;
    if (Math.abs(scaled - Math.round(scaled)) < 1e-9 * Math.max(1, Math.abs(scaled))) return d;
  }
  return max;
}

/** Findings whose stated/computed numbers are in percent units. */
function isPercentFinding(f: Pick<Finding, "code">): boolean {
  return f.code === "RATE_MISMATCH";
}

/**
 * A number of a finding in the user's notation. The computed value gets two more decimals than
 * the stated one (at most 4), so a rate 61,4% against 61,40351…% reads "61,404%".
 */
export function formatFigure(v: number, lang: Lang, percent: boolean, reference?: number): string {
  const ref = reference ?? v;
  const shown = ownDecimals(ref, 4);
  const maxDecimals = reference === undefined ? Math.max(shown, 2) : Math.min(4, Math.max(shown + 2, 2));
  const s = formatNumber(v, lang, { maxDecimals });
  return percent ? s + "%" : s;
}

/** "Ghi: 1.907 · Tính được: 1.970", or "" when the finding has no numbers. */
export function figuresLine(f: Finding, lang: Lang): string {
  const percent = isPercentFinding(f);
  const parts: string[] = [];
  if (f.stated !== undefined) parts.push(`${t(lang, "finding.stated")}: ${formatFigure(f.stated, lang, percent)}`);
  if (f.computed !== undefined) {
    parts.push(`${t(lang, "finding.computed")}: ${formatFigure(f.computed, lang, percent, f.stated)}`);
  }
  return parts.join(" · ");
}
