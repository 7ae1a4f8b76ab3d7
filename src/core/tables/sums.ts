/**
 * What the parts of an appendix add up to, exactly. Shared by the sum checks and the drafter.
 */
import { type Dec, DecSum, decFromNumber } from "../number/decimal";
import type { AppendixGroup, AppendixItem, AppendixTable, NumRef } from "./model";

/** A sum, or why there is none. */
export type SumResult =
  | { ok: true; value: Dec; cells: NumRef[] }
  | { ok: false; reason: "no-parts" | "unreadable"; cells: NumRef[] };

function isReadable(ref: NumRef): boolean {
  return (ref.status === "number" || ref.status === "text") && !Number.isNaN(ref.value);
}

function addRef(sum: DecSum, ref: NumRef): void {
  sum.add(ref.exact ?? ref.value);
}

/**
 * The amount an item contributes: its own when stated; otherwise what its parts add up to.
 * Returns false when it cannot be known (an error or a word where a number should be).
 */
function addItem(sum: DecSum, item: AppendixItem, cells: NumRef[]): boolean {
  const a = item.amount;
  if (isReadable(a)) {
    addRef(sum, a);
    cells.push(a);
    return true;
  }
  if (a.status === "empty") {
    for (const c of item.children) if (!addItem(sum, c, cells)) return false;
    return true;
  }
  cells.push(a);
  return false;
}

/** Sum of a list of items. */
export function sumItems(items: AppendixItem[]): SumResult {
  const sum = new DecSum();
  const cells: NumRef[] = [];
  if (items.length === 0) return { ok: false, reason: "no-parts", cells };
  for (const it of items) if (!addItem(sum, it, cells)) return { ok: false, reason: "unreadable", cells };
  return { ok: true, value: sum.result(), cells };
}

/** What a group's items add up to. */
export function groupComputed(g: AppendixGroup): SumResult {
  return sumItems(g.items);
}

/** The amount a group contributes to the total: its items' sum, or its stated amount if it has no items. */
export function groupAmount(g: AppendixGroup): SumResult {
  const c = groupComputed(g);
  if (c.ok || c.reason === "unreadable") return c;
  if (g.stated && isReadable(g.stated)) {
    return { ok: true, value: g.stated.exact ?? decFromNumber(g.stated.value), cells: [g.stated] };
  }
  return c;
}

/** What the whole table adds up to (all groups). */
export function tableComputed(t: AppendixTable): SumResult {
  const sum = new DecSum();
  const cells: NumRef[] = [];
  let any = false;
  for (const g of t.groups) {
    const a = groupAmount(g);
    if (!a.ok) {
      if (a.reason === "unreadable") return { ok: false, reason: "unreadable", cells: a.cells };
      continue;
    }
    any = true;
    sum.add(a.value);
    for (const c of a.cells) cells.push(c);
  }
  return any ? { ok: true, value: sum.result(), cells } : { ok: false, reason: "no-parts", cells };
}
