/**
 * What the parts of an appendix add up to, exactly. Shared by the sum checks and the drafter.
 */
import { type Dec, DecSum } from "../number/decimal";
import { itemAmount } from "./items";
import type { AppendixGroup, AppendixItem, AppendixTable, NumRef } from "./model";

/** A sum, or why there is none. */
export type SumResult = { ok: true; value: Dec } | { ok: false; reason: "no-parts" | "unreadable" };

const NO_PARTS: SumResult = { ok: false, reason: "no-parts" };
const UNREADABLE: SumResult = { ok: false, reason: "unreadable" };

function isReadable(ref: NumRef): boolean {
  return (ref.status === "number" || ref.status === "text") && ref.value === ref.value;
}

/**
 * Adds what an item contributes: its own amount when stated; otherwise what its parts add up to.
 * Returns false when it cannot be known (an error or a word where a number should be).
 */
function addItem(sum: DecSum, item: AppendixItem): boolean {
  const a = itemAmount(item);
  if (typeof a === "number") {
    sum.add(a);
    return true;
  }
  if (isReadable(a)) {
    sum.add(a.exact ?? a.value);
    return true;
  }
  if (a.status === "empty") {
    for (const c of item.children) if (!addItem(sum, c)) return false;
    return true;
  }
  return false;
}

/** Sum of a list of items. */
export function sumItems(items: AppendixItem[]): SumResult {
  if (items.length === 0) return NO_PARTS;
  const sum = new DecSum();
  for (const it of items) if (!addItem(sum, it)) return UNREADABLE;
  return { ok: true, value: sum.result() };
}

/** What a group's items add up to. */
export function groupComputed(g: AppendixGroup): SumResult {
  return sumItems(g.items);
}

/**
 * The amount a group contributes to the total: its items' sum (pass it when already known), or
 * its stated amount if it has no items.
 */
export function groupAmount(g: AppendixGroup, computed: SumResult = groupComputed(g)): SumResult {
  if (computed.ok || computed.reason === "unreadable") return computed;
  if (g.stated && isReadable(g.stated)) {
    const s = new DecSum();
    s.add(g.stated.exact ?? g.stated.value);
    return { ok: true, value: s.result() };
  }
  return computed;
}

/**
 * What the groups of a table add up to: each group by its items' sum (or its stated amount when it
 * has no items); with `preferStated`, by its stated sub-total whenever it states one.
 */
function sumGroups(t: AppendixTable, groupSums: SumResult[], preferStated: boolean): SumResult {
  const sum = new DecSum();
  let any = false;
  for (let i = 0; i < t.groups.length; i++) {
    const g = t.groups[i];
    if (preferStated && g.stated && isReadable(g.stated)) {
      sum.add(g.stated.exact ?? g.stated.value);
      any = true;
      continue;
    }
    const a = groupAmount(g, groupSums[i]);
    if (!a.ok) {
      if (a.reason === "unreadable") return UNREADABLE;
      continue;
    }
    any = true;
    sum.add(a.value);
  }
  return any ? { ok: true, value: sum.result() } : NO_PARTS;
}

/** What the whole table adds up to (all groups), given each group's computed sum if known. */
export function tableComputed(t: AppendixTable, groupSums: SumResult[] = t.groups.map(groupComputed)): SumResult {
  return sumGroups(t, groupSums, false);
}

/**
 * What the table adds up to from the groups' stated sub-totals (a group that states none counts
 * with its items' sum). A total that agrees with this, though not with the items, is consistent
 * with its direct parts: the group's own finding already points at the error.
 */
export function tableFromStated(t: AppendixTable, groupSums: SumResult[] = t.groups.map(groupComputed)): SumResult {
  return sumGroups(t, groupSums, true);
}
