/**
 * The state of the findings list for a check's result: its cards, the filters and collapsed
 * sheets, the selected card, and the commands on them (select, next error, collapse).
 */
import { useCallback, useMemo, useState } from "react";
import type { ValidationResult } from "../../host/host";
import { cellLookup } from "./cellLook";
import { type Card, groupCards, totalCounts } from "./group";
import { ALL_VIEW, type ListView, nextError, revealCard, visibleRows } from "./rows";

export function useFindingList(result: ValidationResult | undefined, goTo: (sheet: string, cell: string) => Promise<void>) {
  const groups = useMemo(
    () =>
      result
        ? groupCards(
            result.report.findings,
            result.model.sheets.map((x) => x.name),
          )
        : [],
    [result],
  );
  const look = useMemo(() => (result ? cellLookup(result.model.grids) : undefined), [result]);
  const [view, setView] = useState<ListView>(ALL_VIEW);
  const [selectedKey, setSelectedKey] = useState<string | undefined>(undefined);
  const rows = useMemo(() => visibleRows(groups, view), [groups, view]);
  const counts = useMemo(() => totalCounts(groups), [groups]);

  const select = useCallback(
    (card: Card) => {
      setSelectedKey(card.key);
      if (card.sheet && card.range) void goTo(card.sheet, card.range);
    },
    [goTo],
  );

  const next = useCallback(() => {
    const card = nextError(groups, selectedKey);
    if (!card) return;
    setView((v) => revealCard(v, card));
    select(card);
  }, [groups, selectedKey, select]);

  const toggle = useCallback(
    (sheet: string) =>
      setView((v) => {
        const collapsed = new Set(v.collapsed);
        if (!collapsed.delete(sheet)) collapsed.add(sheet);
        return { ...v, collapsed };
      }),
    [],
  );

  return { groups, rows, counts, look, view, setView, selectedKey, select, next, toggle };
}
