/**
 * A finding's numbers as a person reads them — always in Vietnamese notation (1.907; 61,4%), the
 * workbook's: a number with the decimals its cell shows (its number format, or its own), a rate's
 * correct value at the rate's decimals (61,4%, not 61,404%) and its gap in percentage points, a
 * target or a text number as typed ("80% - 50%", not 80). Used by the pane's cards and by the
 * results sheet ("Kết quả kiểm tra").
 */
import type { Finding } from "../findings";
import type { CellValue } from "../grid/grid";
import { decimalsOf } from "../number/decimal";
import { formatNumberVN } from "../number/format";
import { formatInfo } from "../number/numberFormat";

/** The minus sign of a gap (U+2212, as in print). */
const MINUS = "\u2212";
/** The most decimals a figure of its own (no number format) is given. */
const MAX_OWN = 4;

/** What the pane knows of a finding's cell from the read: its value (text as typed) and format. */
export interface CellLook {
  value: CellValue;
  numberFormat?: string;
}

/** Decimals a number has of its own, at most `max` (6100 -> 0, 61.4 -> 1, 61.40350… -> max). */
function ownDecimals(n: number, max: number): number {
  return Number.isFinite(n) ? Math.min(decimalsOf(n), max) : 0;
}

/** Findings whose stated/computed numbers are in percent units. */
function isPercent(f: Pick<Finding, "code">, cell: CellLook | undefined): boolean {
  return f.code === "RATE_MISMATCH" || formatInfo(cell?.numberFormat).percent;
}

/** A finding's numbers as the pane writes them. */
export interface Figures {
  /** The stated value as the cell shows it ("1.907", "61,4%"), or its text as typed ("80% - 50%"). */
  stated?: string;
  /** What it should be, at the cell's decimals. */
  computed?: string;
  /** stated − computed, signed ("−63", "+2,7"), without unit. */
  gap?: string;
  /** The numbers are percentages: the gap is in percentage points. */
  percent: boolean;
}

/** Signed, in Vietnamese notation: "−63", "+2,7", "0". */
function signed(v: number, decimals: number): string {
  const s = formatNumberVN(Math.abs(v), { maxDecimals: decimals });
  if (/^[0,]*$/.test(s.replace(/\./g, ""))) return s;
  return (v < 0 ? MINUS : "+") + s;
}

/**
 * The figures of a finding. `cell` (the cell as read) gives the decimals it shows and the text a
 * target or a text number was typed as.
 */
export function findingFigures(f: Finding, cell?: CellLook): Figures {
  const percent = isPercent(f, cell);
  const out: Figures = { percent };
  const pct = percent ? "%" : "";
  const typed = typeof cell?.value === "string" && cell.value.trim() !== "" ? cell.value.trim() : undefined;
  if (f.stated === undefined && f.computed === undefined) return out;
  // The decimals the cell shows: its number format, else the stated value's own decimals.
  const fixed = formatInfo(cell?.numberFormat).decimals;
  const statedDecimals = fixed ?? (f.stated === undefined ? 0 : ownDecimals(f.stated, MAX_OWN));
  if (f.stated !== undefined) {
    out.stated = typed ?? formatNumberVN(f.stated, { decimals: statedDecimals }) + pct;
  }
  if (f.computed !== undefined) {
    // A rate is shown as its cell would show it; an amount with every decimal it has (sums are exact).
    const d = percent ? statedDecimals : Math.max(statedDecimals, ownDecimals(f.computed, MAX_OWN));
    out.computed = formatNumberVN(f.computed, percent ? { decimals: d } : { maxDecimals: d }) + pct;
    if (f.stated !== undefined) {
      const gap = percent ? round(f.stated, d) - round(f.computed, d) : f.stated - f.computed;
      out.gap = signed(gap, d);
    }
  }
  return out;
}

function round(v: number, d: number): number {
  const p = 10 ** d;
  return Math.round(v * p) / p;
}

/** Codes whose computed value is what the cell should hold ("đúng"), not just another reading. */
export const SHOULD_BE: ReadonlySet<string> = new Set(["SUM_MISMATCH", "RATE_MISMATCH"]);
