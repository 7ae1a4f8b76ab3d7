/**
 * Reading the number cells of a table into NumRefs. Numbers typed as text are read once the
 * notation of their column (or sheet) is known: see TextNumbers.
 */
import { type Cell, type Grid, isCellError } from "../grid/grid";
import { decShift, decFromNumber } from "../number/decimal";
import { formatInfo, shownDecimals } from "../number/numberFormat";
import { type Notation, notationEvidence, parseNumberText } from "../number/parse";
import type { NumRef } from "./model";
import type { Evaluate } from "./uncached";

export type NumMode = "plain" | "rate";

const DASHES = new Set(["-", "–", "—", "x", "X"]);

/** Reads one cell. Text cells come back as status "text" with value NaN until resolved. */
export function readNum(grid: Grid, row: number, col: number, mode: NumMode, pending: TextNumbers, evaluate?: Evaluate): NumRef {
  const r = grid.rows[row];
  const cell: Cell | undefined = r === undefined ? undefined : r[col];
  // Every NumRef has the same fields in the same order: one hidden class, fast on a million rows.
  const ref: NumRef = {
    sheet: grid.name,
    row,
    col,
    status: "empty",
    value: NaN,
    decimals: 0,
    exact: undefined,
    raw: undefined,
    formula: cell?.formula,
    numberFormat: cell?.numberFormat,
    notation: undefined,
    alt: undefined,
    evaluated: undefined,
  };
  if (cell === undefined) return ref;
  let v = cell.value;
  if ((v === null || v === undefined) && cell.formula !== undefined && evaluate) {
    // A formula saved without its value: work it out from the workbook.
    const e = evaluate(grid, row, col);
    if (e !== undefined) {
      v = e;
      ref.evaluated = true;
    }
  }
  if (typeof v === "number") {
    ref.status = "number";
    if (mode === "rate" && formatInfo(cell.numberFormat).percent) {
      // The cell holds a fraction shown as a percentage: 0,614 shows 61,4%.
      const exact = decShift(decFromNumber(v), 2);
      ref.value = v * 100;
      ref.exact = exact;
      ref.decimals = formatInfo(cell.numberFormat).decimals ?? 0;
    } else {
      ref.value = v;
      ref.decimals = -1; // worked out when a check needs it (shownDecimalsOf)
    }
    return ref;
  }
  if (v === null || v === undefined) {
    if (cell.formula !== undefined) ref.status = "nocache";
    return ref;
  }
  if (typeof v === "string") {
    const t = v.trim();
    if (t === "" || DASHES.has(t)) return ref;
    ref.raw = v;
    ref.status = "text";
    pending.add(ref, col);
    return ref;
  }
  if (isCellError(v)) {
    ref.status = "error";
    ref.raw = v.error;
    return ref;
  }
  ref.status = "bad";
  ref.raw = String(v);
  return ref;
}

/** Decimals a number cell shows, for the rounding tolerance (computed once, on demand). */
export function shownDecimalsOf(ref: NumRef): number {
  if (ref.decimals < 0) ref.decimals = shownDecimals(ref.value, ref.numberFormat);
  return ref.decimals;
}

/**
 * Numbers typed as text wait here until the notation of their column is known: the column's
 * unambiguous texts decide; a column with none follows the sheet; a sheet with none is Vietnamese.
 */
export class TextNumbers {
  private items: { ref: NumRef; key: number }[] = [];
  private votes = new Map<number, { vi: number; en: number }>();

  add(ref: NumRef, key: number): void {
    this.items.push({ ref, key });
    const e = notationEvidence(ref.raw as string);
    if (e === "vi" || e === "en") {
      let v = this.votes.get(key);
      if (!v) this.votes.set(key, (v = { vi: 0, en: 0 }));
      v[e]++;
    }
  }

  /** Reads every pending text. Call once the sheet is scanned. */
  resolve(): void {
    let vi = 0;
    let en = 0;
    for (const v of this.votes.values()) {
      vi += v.vi;
      en += v.en;
    }
    const sheetNotation: Notation = en > vi ? "en" : "vi";
    for (const { ref, key } of this.items) {
      const v = this.votes.get(key);
      const notation: Notation = v && v.vi + v.en > 0 ? (v.en > v.vi ? "en" : "vi") : sheetNotation;
      const p = parseNumberText(ref.raw as string, notation);
      if (!p) {
        ref.status = "bad";
        continue;
      }
      ref.value = p.value;
      ref.exact = p.exact;
      ref.decimals = p.decimals;
      ref.notation = p.notation;
      if (p.ambiguous) ref.alt = p.alt;
    }
    this.items = [];
    this.votes.clear();
  }
}

/** True when the cell holds a readable number (a number, or a number stored as text). */
export function readable(ref: NumRef | undefined): ref is NumRef {
  return ref !== undefined && (ref.status === "number" || ref.status === "text") && !Number.isNaN(ref.value);
}
