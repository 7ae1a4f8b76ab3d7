/**
 * Shared formulas: an .xlsx stores the formula once on the "master" cell
 * (`<f t="shared" ref="E5:E20" si="0">C5/D5*100</f>`) and the other cells only say
 * `<f t="shared" si="0"/>`. Each follower's formula is the master's moved by the follower's offset
 * from the master, as Excel moves a copied formula: core/formula/rewrite.ts ({@link shiftTokens};
 * a reference moved off the sheet becomes #REF!). The master is tokenized once, when its first
 * follower comes.
 */
import { shiftTokens } from "../../core/formula/rewrite";
import { tokenize, type Token } from "../../core/formula/tokens";

interface Master {
  /** The formula text, without "=". */
  text: string;
  row: number;
  col: number;
  toks?: readonly Token[];
}

/** The shared formulas of one worksheet, by their `si` index. */
export class SharedFormulas {
  private readonly masters = new Map<string, Master>();

  /** A master cell at (row, col), 0-based: `text` is its formula without "=". */
  master(si: string, text: string, row: number, col: number): void {
    this.masters.set(si, { text, row, col });
  }

  /** The formula (without "=") of a follower at (row, col), or undefined when its master is unknown. */
  follower(si: string, row: number, col: number): string | undefined {
    const m = this.masters.get(si);
    if (!m) return undefined;
    m.toks ??= tokenize(m.text);
    return shiftTokens(m.toks, row - m.row, col - m.col);
  }
}
