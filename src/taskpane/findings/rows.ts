/**
 * The list as the pane shows it: the cards that pass the filters (severity, sheet), under a
 * header row per sheet whose cards can be collapsed, flattened for the virtualised list; and the
 * next error after a card, for "Lỗi tiếp theo".
 */
import type { Severity } from "../../core/findings";
import type { Card, SheetGroup } from "./group";

export interface ListView {
  /** Show only this severity ("all": every one). */
  severity: Severity | "all";
  /** Show only this sheet (undefined: every one; "" is the workbook-wide group). */
  sheet: string | undefined;
  /** Sheets whose cards are hidden under their header. */
  collapsed: ReadonlySet<string>;
}

export const ALL_VIEW: ListView = { severity: "all", sheet: undefined, collapsed: new Set() };

export type ListRow =
  { kind: "sheet"; key: string; sheet: string; count: number; collapsed: boolean } | { kind: "card"; key: string; card: Card };

/** The header and card rows the list shows under `view`; a sheet left with no card is left out. */
export function visibleRows(groups: readonly SheetGroup[], view: ListView): ListRow[] {
  const rows: ListRow[] = [];
  for (const g of groups) {
    if (view.sheet !== undefined && g.sheet !== view.sheet) continue;
    const cards = view.severity === "all" ? g.cards : g.cards.filter((c) => c.severity === view.severity);
    if (cards.length === 0) continue;
    const count = cards.reduce((n, c) => n + c.findings.length, 0);
    const collapsed = view.collapsed.has(g.sheet);
    rows.push({ kind: "sheet", key: `sheet:${g.sheet}`, sheet: g.sheet, count, collapsed });
    if (!collapsed) for (const card of cards) rows.push({ kind: "card", key: card.key, card });
  }
  return rows;
}

/** Findings the rows stand for (a collapsed sheet counts its hidden cards). */
export function shownFindings(rows: readonly ListRow[]): number {
  let n = 0;
  for (const r of rows) if (r.kind === "sheet") n += r.count;
  return n;
}

/**
 * The error card after the card `afterKey` in list order, across every sheet (filters and
 * collapsed groups aside), wrapping round to the first; the first error when `afterKey` is none
 * or not an error card. Undefined when there is no error with a cell to select.
 */
export function nextError(groups: readonly SheetGroup[], afterKey: string | undefined): Card | undefined {
  const errors: Card[] = [];
  for (const g of groups) for (const c of g.cards) if (c.severity === "error" && c.sheet !== "" && c.cell !== "") errors.push(c);
  if (errors.length === 0) return undefined;
  const i = afterKey === undefined ? -1 : errors.findIndex((c) => c.key === afterKey);
  if (i < 0 && afterKey !== undefined) {
    // Not an error card: the first error after it in list order.
    const order: string[] = [];
    for (const g of groups) for (const c of g.cards) order.push(c.key);
    const at = order.indexOf(afterKey);
    if (at >= 0) {
      const after = new Set(order.slice(at + 1));
      const next = errors.find((c) => after.has(c.key));
      if (next) return next;
    }
  }
  return errors[(i + 1) % errors.length];
}

/** The view with `card`'s sheet shown: its group expanded and the filters letting it through. */
export function revealCard(view: ListView, card: Card): ListView {
  const collapsed = new Set(view.collapsed);
  collapsed.delete(card.sheet);
  return {
    severity: view.severity === "all" || view.severity === card.severity ? view.severity : "all",
    sheet: view.sheet === card.sheet ? view.sheet : undefined,
    collapsed,
  };
}
