/**
 * Item rows of an appendix, kept lean: a workbook may hold a million of them. An item remembers
 * its row and how its amount cell read; its texts and its amount as a NumRef are looked up in the
 * Grid only when asked for. Sums take the fast path (itemAmount) and never build NumRefs for
 * plain numbers.
 */
import { type Cell, type Grid, isCellError } from "../grid/grid";
import { tidy } from "../text/normalize";
import type { AppendixColumns, AppendixItem, NumRef } from "./model";

/** What an item row's reader needs: the sheet and where the columns are. */
export interface ItemContext {
  grid: Grid;
  columns: AppendixColumns;
  /** Builds (and registers) the NumRef of an amount cell. */
  readAmount: (row: number) => NumRef;
}

/** How the amount cell read during the scan. */
export enum AmountKind {
  Number = 0,
  Empty = 1,
  /** Text, error, word, formula without value: a NumRef was built during the scan. */
  Other = 2,
}

/** Shared by every item without sub-items (most of them): never pushed to, see addChild. */
export const NO_CHILDREN: AppendixItem[] = [];

/** Text of a cell as typed (strings untouched; numbers and errors as shown). */
export function rawText(cell: Cell | undefined): string {
  if (!cell) return "";
  const v = cell.value;
  if (typeof v === "string") return v;
  if (typeof v === "number") return cell.text !== undefined ? cell.text.trim() : String(v);
  if (typeof v === "boolean") return v ? "TRUE" : "FALSE";
  if (isCellError(v)) return v.error;
  return "";
}

export class ItemRow implements AppendixItem {
  children: AppendixItem[] = NO_CHILDREN;
  partsAddUp = false;
  private ref: NumRef | undefined;

  constructor(
    private readonly ctx: ItemContext,
    readonly row: number,
    readonly tt: string,
    readonly kind: AmountKind,
    ref: NumRef | undefined,
  ) {
    this.ref = ref;
  }

  private text(col: number | undefined): string | undefined {
    if (col === undefined) return undefined;
    const t = rawText(this.ctx.grid.rows[this.row]?.[col]);
    return t.trim() === "" ? undefined : tidy(t);
  }

  get content(): string {
    return this.text(this.ctx.columns.content) ?? "";
  }
  get year(): string | undefined {
    return this.text(this.ctx.columns.year);
  }
  get lead(): string | undefined {
    return this.text(this.ctx.columns.lead);
  }
  get description(): string | undefined {
    return this.text(this.ctx.columns.description);
  }
  get source(): string | undefined {
    return this.text(this.ctx.columns.source);
  }
  get note(): string | undefined {
    return this.text(this.ctx.columns.note);
  }
  get hasAmount(): boolean {
    return this.kind !== AmountKind.Empty;
  }
  /** The amount cell as a NumRef (built on first use for plain numbers). */
  get amount(): NumRef {
    return (this.ref ??= this.ctx.readAmount(this.row));
  }
  /** The amount when it is a plain number; undefined otherwise. */
  plainAmount(): number | undefined {
    if (this.kind !== AmountKind.Number) return undefined;
    return this.ctx.grid.rows[this.row]?.[this.ctx.columns.amount]?.value as number;
  }
}

export function addChild(parent: AppendixItem, child: AppendixItem): void {
  if (parent.children === NO_CHILDREN) parent.children = [];
  parent.children.push(child);
}

/** The amount of an item: a number on the fast path, else its NumRef. */
export function itemAmount(item: AppendixItem): number | NumRef {
  if (item instanceof ItemRow) {
    const p = item.plainAmount();
    if (p !== undefined) return p;
  }
  return item.amount;
}
