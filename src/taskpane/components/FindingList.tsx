/**
 * The findings list: a header per sheet (a button that collapses its cards) and the cards,
 * virtualised — only the rows in view are in the DOM, so 10 000 findings cost what 20 do. It
 * scrolls with the pane (the nearest scrolling ancestor), under the sticky bar. One Tab stop
 * (roving tabindex): Up/Down, Home/End move between rows, Enter selects a card's cell or
 * collapses a sheet.
 */
import { makeStyles, tokens } from "@fluentui/react-components";
import { VISUALLY_HIDDEN } from "../visuallyHidden";
import { defaultRangeExtractor, useVirtualizer } from "@tanstack/react-virtual";
import { type KeyboardEvent, useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from "react";
import type { Lang } from "../../core/findings";
import type { Card } from "../findings/group";
import type { LookCell } from "../findings/cellLook";
import type { ListRow } from "../findings/rows";
import { formatCount } from "../format";
import { t } from "../strings";
import { FindingCard } from "./FindingCard";

const useStyles = makeStyles({
  list: { position: "relative", margin: 0, padding: 0, listStyleType: "none" },
  item: {
    listStyleType: "none",
    position: "absolute",
    top: 0,
    left: 0,
    width: "100%",
    paddingBottom: tokens.spacingVerticalXS,
    boxSizing: "border-box",
  },
  sheet: {
    display: "flex",
    alignItems: "center",
    gap: tokens.spacingHorizontalS,
    width: "100%",
    margin: `${tokens.spacingVerticalS} 0 0`,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalXS}`,
    border: "none",
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: "transparent",
    color: tokens.colorNeutralForeground1,
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase400,
    fontWeight: tokens.fontWeightSemibold,
    textAlign: "left",
    cursor: "pointer",
    ":focus-visible": { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: "1px" },
  },
  chevron: { display: "inline-block", width: "1em", transitionDuration: "0s" },
  count: { marginLeft: "auto", fontWeight: tokens.fontWeightRegular, color: tokens.colorNeutralForeground2 },
  hint: VISUALLY_HIDDEN,
});

/** The nearest ancestor that scrolls (the preview's pane), or the document (Excel's task pane). */
function scrollParent(el: HTMLElement | null): HTMLElement | null {
  for (let p = el?.parentElement ?? null; p; p = p.parentElement) {
    const o = getComputedStyle(p).overflowY;
    if ((o === "auto" || o === "scroll") && p !== document.body) return p;
  }
  return (document.scrollingElement as HTMLElement | null) ?? document.documentElement;
}

export function FindingList(props: {
  rows: ListRow[];
  lang: Lang;
  look: LookCell | undefined;
  selectedKey: string | undefined;
  onSelect: (card: Card) => void;
  onToggle: (sheet: string) => void;
}) {
  const { rows, lang, look, selectedKey, onSelect, onToggle } = props;
  const s = useStyles();
  const listRef = useRef<HTMLUListElement>(null);
  const [scroller, setScroller] = useState<HTMLElement | null>(null);
  const [margin, setMargin] = useState(0);
  const [activeKey, setActiveKey] = useState<string | undefined>(undefined);
  const focusNext = useRef(false);

  const indexOf = useMemo(() => new Map(rows.map((r, i) => [r.key, i])), [rows]);
  const active = Math.max(0, activeKey === undefined ? 0 : (indexOf.get(activeKey) ?? 0));

  useLayoutEffect(() => setScroller(scrollParent(listRef.current)), []);
  // Where the list starts in its scroller's content: what comes above it may grow or shrink, so it
  // is measured after every render (and set only when it moved: no loop).
  // eslint-disable-next-line react-hooks/exhaustive-deps
  useLayoutEffect(() => {
    const el = listRef.current;
    if (!el || !scroller) return;
    const top = el.getBoundingClientRect().top;
    const m =
      scroller === document.scrollingElement
        ? top + window.scrollY
        : top - scroller.getBoundingClientRect().top + scroller.scrollTop;
    if (Math.abs(m - margin) > 0.5) setMargin(m);
  });

  // eslint-disable-next-line react-hooks/incompatible-library -- the list re-renders with the virtualizer, never memoised apart from it
  const v = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scroller,
    estimateSize: (i) => (rows[i]?.kind === "sheet" ? 40 : 120),
    overscan: 6,
    scrollMargin: margin,
    getItemKey: (i) => rows[i]?.key ?? i,
    // The active row stays in the DOM wherever the list is scrolled: the list keeps its Tab stop.
    rangeExtractor: (range) => {
      const out = defaultRangeExtractor(range);
      if (active < rows.length && !out.includes(active)) {
        out.push(active);
        out.sort((a, b) => a - b);
      }
      return out;
    },
  });

  // A card selected from outside (Lỗi tiếp theo) becomes the active row and is scrolled to.
  useEffect(() => {
    if (selectedKey === undefined) return;
    const i = indexOf.get(selectedKey);
    if (i === undefined) return;
    setActiveKey(selectedKey);
    v.scrollToIndex(i, { align: "center" });
  }, [selectedKey, indexOf, v]);

  // After an arrow key, focus follows the active row once it is rendered.
  useEffect(() => {
    if (!focusNext.current) return;
    const key = rows[active]?.key;
    const el = key === undefined ? null : listRef.current?.querySelector<HTMLElement>(`[data-row-key="${CSS.escape(key)}"]`);
    if (el) {
      focusNext.current = false;
      el.focus({ preventScroll: true });
    }
  });

  const move = useCallback(
    (to: number) => {
      if (rows.length === 0) return;
      const i = Math.min(rows.length - 1, Math.max(0, to));
      focusNext.current = true;
      setActiveKey(rows[i].key);
      v.scrollToIndex(i, { align: "auto" });
    },
    [rows, v],
  );

  const onKeyDown = (e: KeyboardEvent) => {
    const delta = { ArrowDown: 1, ArrowUp: -1 }[e.key];
    if (delta !== undefined) move(active + delta);
    else if (e.key === "Home") move(0);
    else if (e.key === "End") move(rows.length - 1);
    else return;
    e.preventDefault();
  };

  const onFocusCard = useCallback((key: string) => setActiveKey(key), []);
  const hintId = "finding-list-hint";
  const items = v.getVirtualItems();

  return (
    <div data-testid="finding-list" data-rows={rows.length} onKeyDown={onKeyDown}>
      <span id={hintId} className={s.hint}>
        {t(lang, "list.hint")}
      </span>
      <ul
        ref={listRef}
        className={s.list}
        style={{ height: `${v.getTotalSize()}px` }}
        aria-label={t(lang, "list.label")}
        aria-describedby={hintId}
      >
        {items.map((it) => {
          const row = rows[it.index];
          if (!row) return null;
          const isActive = it.index === active;
          return (
            <li
              key={it.key}
              ref={v.measureElement}
              data-index={it.index}
              className={s.item}
              style={{ transform: `translateY(${it.start - v.options.scrollMargin}px)` }}
              aria-setsize={rows.length}
              aria-posinset={it.index + 1}
            >
              {row.kind === "sheet" ? (
                <button
                  type="button"
                  className={s.sheet}
                  tabIndex={isActive ? 0 : -1}
                  aria-expanded={!row.collapsed}
                  onClick={() => onToggle(row.sheet)}
                  onFocus={() => setActiveKey(row.key)}
                  data-sheet-group={row.sheet}
                  data-row-key={row.key}
                >
                  <span className={s.chevron} aria-hidden="true">
                    {row.collapsed ? "▸" : "▾"}
                  </span>
                  <span>{row.sheet || t(lang, "group.workbook")}</span>
                  <span className={s.count}>{t(lang, "group.sheetCount", { n: formatCount(row.count) })}</span>
                </button>
              ) : (
                <FindingCard
                  card={row.card}
                  lang={lang}
                  look={look}
                  selected={row.card.key === selectedKey}
                  active={isActive}
                  onSelect={onSelect}
                  onFocusCard={onFocusCard}
                />
              )}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
