/**
 * The drafter's pen: what one block writes — its numbers, each traced to its cell (or the cells it
 * sums), the texts it copies, and the cells behind it that failed a check. A failed number is
 * followed at once by its marker "[CHƯA KHỚP — kiểm tra Sheet!Cell]".
 */
import type { Finding } from "../findings";
import { toA1 } from "../grid/address";
import { DecSum, decToNumber, decimalsOf } from "../number/decimal";
import { formatNumberVN } from "../number/format";
import { shownDecimalsOf } from "../tables/cells";
import type { NumRef } from "../tables/model";
import { tidyCopied } from "./sentence";
import { type Block, type NumberUse, type Unverified, unverifiedMarker } from "./types";

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;
type BlockInput = DistributiveOmit<Block, "numbers" | "quoted" | "unverified">;

interface CellAt {
  sheet: string;
  cell: string;
}

function trimZeros(s: string): string {
  return s.includes(",") ? s.replace(/,?0+$/, "") : s;
}

/** The error findings of a report by "Sheet!Cell". */
export function errorCells(findings: Finding[]): Map<string, Finding> {
  const bad = new Map<string, Finding>();
  for (const f of findings) if (f.severity === "error" && f.sheet) bad.set(`${f.sheet}!${f.cell}`, f);
  return bad;
}

export class Writer {
  numbers: NumberUse[] = [];
  quoted: string[] = [];
  unverified: Unverified[] = [];
  /** Cells whose marker already stands in the text, after their number. */
  private inline = new Set<string>();

  constructor(private readonly bad: Map<string, Finding>) {}

  /** Records a failed cell; true when it is one. */
  private mark(c: CellAt): boolean {
    const f = this.bad.get(`${c.sheet}!${c.cell}`);
    if (!f) return false;
    if (!this.unverified.some((u) => u.sheet === c.sheet && u.cell === c.cell)) {
      this.unverified.push({ sheet: c.sheet, cell: c.cell, message: f.message });
    }
    return true;
  }

  /** A number's text (and its unit, e.g. "%") followed by the marker of its failed cells. */
  private marked(text: string, cells: CellAt[]): string {
    const bad = cells.filter((c) => this.mark(c));
    if (bad.length === 0) return text;
    for (const c of bad) this.inline.add(`${c.sheet}!${c.cell}`);
    return text + unverifiedMarker(bad.map((c) => ({ ...c, message: "" })));
  }

  /** A cell's number as the sheet shows it, without trailing zeros; `pad2`: "01" for 1 (counts of people, units). */
  private text(ref: NumRef, pad2: boolean): { text: string; cell: CellAt } {
    const decimals = Math.min(shownDecimalsOf(ref), 6);
    let text = trimZeros(formatNumberVN(ref.exact ?? ref.value, { decimals }));
    if (pad2 && /^\d$/.test(text)) text = "0" + text;
    const cell = { sheet: ref.sheet, cell: toA1(ref.row, ref.col) };
    this.numbers.push({ text, value: ref.value, source: { kind: "cell", ...cell } });
    return { text, cell };
  }

  /** "1.970", "92,46", "61,4%" (with `unit` "%"): the marker, if any, after the unit. */
  num(ref: NumRef, unit = "", opts: { pad2?: boolean } = {}): string {
    const { text, cell } = this.text(ref, opts.pad2 ?? false);
    return this.marked(text + unit, [cell]);
  }

  /** A number for a table cell: no marker in the text, the cell itself is marked. */
  cell(ref: NumRef): { text: string; bad: boolean } {
    const { text, cell } = this.text(ref, false);
    return { text, bad: this.mark(cell) };
  }

  /** A sum the drafter computes over cells (e.g. spending of one year). */
  sum(refs: NumRef[], unit = ""): string {
    const { text, cells } = this.sumText(refs);
    return this.marked(text + unit, cells);
  }

  /** A sum for a table cell: no marker in the text; its failed cells go to the note under the table. */
  cellSum(refs: NumRef[]): string {
    const { text, cells } = this.sumText(refs);
    for (const c of cells) this.mark(c);
    return text;
  }

  /** The exact sum of the cells as text, traced to them. */
  private sumText(refs: NumRef[]): { text: string; cells: CellAt[] } {
    const s = new DecSum();
    let decimals = 0;
    for (const r of refs) {
      s.add(r.exact ?? r.value);
      decimals = Math.max(decimals, decimalsOf(r.value));
    }
    const value = decToNumber(s.result());
    const text = trimZeros(formatNumberVN(s.result(), { decimals: Math.min(decimals, 6) }));
    const cells = refs.map((r) => ({ sheet: r.sheet, cell: toA1(r.row, r.col) }));
    this.numbers.push({ text, value, source: { kind: "sum", cells } });
    return { text, cells };
  }

  /** A text holding numbers of these cells (a target phrase), followed by the marker of those that failed. */
  markedText(text: string, cells: CellAt[]): string {
    return this.marked(text, cells);
  }

  /** Numbers written by someone else (a target phrase), traced. */
  traced(uses: NumberUse[]): void {
    this.numbers.push(...uses);
  }

  /** Text copied from the workbook, tidied (never a digit changed). */
  quote(text: string): string {
    const t = tidyCopied(text);
    this.quoted.push(t);
    return t;
  }

  /** Marks every error finding inside rows `top`..`bottom` of a sheet (cells behind a sum or a whole table). */
  markRows(sheet: string, top: number, bottom: number): void {
    for (const f of this.bad.values()) {
      if (f.sheet !== sheet) continue;
      const row = Number(/\d+$/.exec(f.cell)?.[0]) - 1;
      if (row >= top && row <= bottom) this.mark({ sheet: f.sheet, cell: f.cell });
    }
  }

  /** The marker for failed cells behind the block that no number of its text showed. */
  private rest(): string {
    return unverifiedMarker(this.unverified.filter((u) => !this.inline.has(`${u.sheet}!${u.cell}`)));
  }

  block<B extends Block = Block>(b: BlockInput): B {
    const withRest = b.kind === "table" ? b : { ...b, text: b.text + this.rest() };
    const out = { ...withRest, numbers: this.numbers, quoted: this.quoted, unverified: this.unverified } as unknown as B;
    this.inline = new Set();
    this.numbers = [];
    this.quoted = [];
    this.unverified = [];
    return out;
  }
}

/** A block with nothing from the workbook in it (a fixed heading, a placeholder). */
export function plain(b: BlockInput): Block {
  return new Writer(new Map()).block(b);
}
