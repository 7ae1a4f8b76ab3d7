/**
 * The reader's memory budgets, per workbook: what the Grids may hold, so that memory is bounded by
 * design and not by the luck of the zip limits (a 1.7 MB file can hold 32 million tiny cells,
 * well inside zip.ts's byte and ratio limits, and would need gigabytes as Grids).
 *
 * - **Cells** ({@link DEFAULT_MAX_CELLS} = 4 000 000): cells stored in the Grids (a value or a
 *   formula), all sheets together. Measured with `baocao check` under `node --max-old-space-size=512`:
 *   a stored cell costs ≈ 40–60 bytes as a Grid cell (object, row slot, number) and the engine
 *   about as much again while it recognises and checks tables, so 4 million cells (≈ 200–400 MB
 *   in all) is what still ends normally in a 512 MB heap. A real report workbook holds a few
 *   thousand to a few hundred thousand cells; the bench's 100 000-row file 500 000.
 * - **Formula text** ({@link DEFAULT_MAX_FORMULA_CHARS} = 32 Mi characters): the formula text
 *   kept in the Grids, counted as it is stored: plain formulas and shared-formula masters. Formula
 *   text is mostly ASCII (1 byte a character in V8) but a Vietnamese sheet name makes it UTF-16
 *   (2 bytes), so at most ≈ 64 MB. The followers of a shared formula are not stored: their text is
 *   computed from the master when read (sharedFormula.ts), and cannot be bounded when the file is
 *   read (300 000 followers of an 8 KB master would be 2.4 GB). What the budget bounds for them is
 *   the cache: a follower's computed text is kept only while the workbook's budget still has room
 *   for it (counted then, never an error); beyond it, it is computed again on each read. So the
 *   formula text held in memory never exceeds the budget.
 *
 * Over a budget, reading ends with the `too-large` InputError, naming the budget and the CLI
 * option that raises it (`--max-cells`, `--max-formula-chars`; ReadXlsxOptions `maxCells`,
 * `maxFormulaChars`).
 */
import { FormatError } from "./errors";

/** Default cell budget per workbook (see the file comment). */
export const DEFAULT_MAX_CELLS = 4_000_000;
/** Default formula-text budget per workbook, in UTF-16 code units (see the file comment). */
export const DEFAULT_MAX_FORMULA_CHARS = 32 * 1024 * 1024;

const group = (n: number, sep: string): string => String(Math.round(n)).replace(/\B(?=(\d{3})+(?!\d))/g, sep);

/** The budgets of one workbook being read (shared by its sheets and its lazy formulas). */
export class ReadBudget {
  private cellsLeft: number;
  private formulaLeft: number;

  constructor(
    readonly maxCells = DEFAULT_MAX_CELLS,
    readonly maxFormulaChars = DEFAULT_MAX_FORMULA_CHARS,
  ) {
    this.cellsLeft = maxCells;
    this.formulaLeft = maxFormulaChars;
  }

  /** One more cell stored. @throws FormatError `too-large` over the cell budget */
  cell(): void {
    if (--this.cellsLeft < 0) {
      const m = this.maxCells;
      throw new FormatError("too-large", {
        vi: `hơn ${group(m, ".")} ô có dữ liệu, vượt giới hạn bộ nhớ; nếu tệp thật sự lớn như vậy, chạy lại với --max-cells ${group(m * 2, "")}`,
        en: `more than ${group(m, ",")} cells with data, over the memory budget; if the file really is that big, run again with --max-cells ${group(m * 2, "")}`,
      });
    }
  }

  /** `n` characters of formula text stored. @throws FormatError `too-large` over the formula budget */
  formulaText(n: number): void {
    this.formulaLeft -= n;
    if (this.formulaLeft < 0) {
      const m = this.maxFormulaChars;
      throw new FormatError("too-large", {
        vi: `công thức dài hơn ${group(m, ".")} ký tự, vượt giới hạn bộ nhớ; nếu tệp thật sự như vậy, chạy lại với --max-formula-chars ${group(m * 2, "")}`,
        en: `more than ${group(m, ",")} characters of formulas, over the memory budget; if the file really is like that, run again with --max-formula-chars ${group(m * 2, "")}`,
      });
    }
  }

  /** Whether `n` more characters of computed formula text may be kept (counted if so); never throws. */
  cache(n: number): boolean {
    if (n > this.formulaLeft) return false;
    this.formulaLeft -= n;
    return true;
  }
}
