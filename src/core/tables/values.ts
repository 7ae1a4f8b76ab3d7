/**
 * Reading a table's number cells during the checks: plain numbers straight from the Grid (no
 * object per cell), everything else (text numbers, errors, percent-formatted cells …) from the
 * NumRefs the scan built.
 */
import type { Cell } from "../grid/grid";
import { type Dec, decFromNumber } from "../number/decimal";
import { formatInfo, shownDecimals } from "../number/numberFormat";
import { shownDecimalsOf } from "./cells";
import { type NumRef, type Table, cellKey } from "./model";

export const EMPTY = 0;
export const NUM = 1;
/** Not readable: an error value, a word, a formula without a value. */
export const BAD = 2;
export type ReadStatus = typeof EMPTY | typeof NUM | typeof BAD;

/** One reader per table; `read` leaves what it read in the reader's fields (no allocation). */
export class CellReader {
  value = NaN;
  cell: Cell | undefined;
  ref: NumRef | undefined;
  private readonly percent: Uint8Array;

  constructor(readonly table: Table) {
    this.percent = new Uint8Array(Math.max(table.right + 2, 1));
    for (const c of table.numeric) if (c.percent) this.percent[c.col] = 1;
  }

  read(row: number, col: number): ReadStatus {
    const cell = this.table.grid.rows[row]?.[col];
    this.cell = cell;
    this.ref = undefined;
    if (cell === undefined) return EMPTY;
    const v = cell.value;
    if (typeof v === "number" && (this.percent[col] !== 1 || !formatInfo(cell.numberFormat).percent)) {
      this.value = v;
      return NUM;
    }
    const ref = this.table.refs.get(cellKey(row, col));
    if (ref === undefined) return EMPTY;
    this.ref = ref;
    if ((ref.status === "number" || ref.status === "text") && ref.value === ref.value) {
      this.value = ref.value;
      return NUM;
    }
    return ref.status === "empty" ? EMPTY : BAD;
  }

  /** The exact value of what was read last. */
  exact(): Dec {
    return this.ref?.exact ?? decFromNumber(this.value);
  }

  /** Decimals shown by what was read last (its rounding). */
  decimals(): number {
    return this.ref ? shownDecimalsOf(this.ref) : shownDecimals(this.value, this.cell?.numberFormat);
  }

  /** The formula of what was read last. */
  formula(): string | undefined {
    return this.cell?.formula;
  }
}
