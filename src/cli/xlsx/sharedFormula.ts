/**
 * Shared formulas: an .xlsx stores the formula once on the "master" cell
 * (`<f t="shared" ref="E5:E20" si="0">C5/D5*100</f>`) and the other cells only say
 * `<f t="shared" si="0"/>`. Each follower's formula is the master's moved by the follower's offset
 * from the master, as Excel moves a copied formula: core/formula/rewrite.ts ({@link shiftTokens};
 * a reference moved off the sheet becomes #REF!).
 *
 * Lazily: a follower is a {@link SharedFormulaCell} holding its master and offset; its formula
 * text is computed when `cell.formula` is first read (the master tokenized once, at the first
 * such read), and kept while the workbook's formula budget has room (budget.ts) — so 300 000
 * followers of an 8 KB master cost a few dozen bytes each until someone reads them, not 2.4 GB.
 */
import type { Cell, CellValue } from "../../core/grid/grid";
import { shiftTokens } from "../../core/formula/rewrite";
import { tokenize, type Token } from "../../core/formula/tokens";
import type { ReadBudget } from "./budget";
import { own } from "./xml";

interface Master {
  /** The formula text, without "=". */
  text: string;
  row: number;
  col: number;
  toks?: readonly Token[];
  budget?: ReadBudget;
}

function followerText(m: Master, row: number, col: number): string {
  m.toks ??= tokenize(m.text);
  return shiftTokens(m.toks, row - m.row, col - m.col);
}

/**
 * A cell whose formula follows a shared master: `formula` is a getter (on the prototype), computed
 * on first read. Being an accessor, it is not an own property: spread, `Object.keys` and
 * `JSON.stringify` do not see it — read it by name (`cell.formula`), as the engine does.
 */
export class SharedFormulaCell implements Cell {
  declare numberFormat?: string;
  #master: Master;
  #row: number;
  #col: number;
  #text: string | undefined;

  constructor(
    public value: CellValue,
    master: Master,
    row: number,
    col: number,
  ) {
    this.#master = master;
    this.#row = row;
    this.#col = col;
  }

  get formula(): string {
    if (this.#text !== undefined) return this.#text;
    const text = own("=" + followerText(this.#master, this.#row, this.#col));
    if (this.#master.budget?.cache(text.length) ?? true) this.#text = text;
    return text;
  }
}

/** The shared formulas of one worksheet, by their `si` index. */
export class SharedFormulas {
  private readonly masters = new Map<string, Master>();

  constructor(private readonly budget?: ReadBudget) {}

  /** A master cell at (row, col), 0-based: `text` is its formula without "=". */
  master(si: string, text: string, row: number, col: number): void {
    this.masters.set(si, { text, row, col, budget: this.budget });
  }

  /** The formula (without "=") of a follower at (row, col), or undefined when its master is unknown. */
  follower(si: string, row: number, col: number): string | undefined {
    const m = this.masters.get(si);
    return m ? followerText(m, row, col) : undefined;
  }

  /** A follower cell at (row, col) whose formula is computed when read; undefined when its master is unknown. */
  followerCell(si: string, value: CellValue, row: number, col: number): SharedFormulaCell | undefined {
    const m = this.masters.get(si);
    return m ? new SharedFormulaCell(value, m, row, col) : undefined;
  }
}
