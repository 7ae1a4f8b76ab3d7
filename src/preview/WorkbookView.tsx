/**
 * A plain HTML picture of the in-browser workbook, for the preview page: sheet tabs, the active
 * sheet as a table with row numbers and column letters, cells shown as Excel shows them (number
 * formats in Vietnamese notation), a formula bar, the selected cell highlighted. It follows the
 * workbook's selection and change events; double-click a cell to type a number or a formula.
 * Only the rows around the viewport are drawn (@tanstack/react-virtual), so a sheet of 10⁴ rows
 * scrolls as lightly as one of 30; a selected cell is scrolled into view wherever it is.
 */
import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { defaultRangeExtractor, type Range, useVirtualizer } from "@tanstack/react-virtual";
import { type KeyboardEvent, useEffect, useLayoutEffect, useReducer, useRef, useState } from "react";
import { type CellValue, isCellError, type Rect } from "../core/grid/grid";
import { colToLetters, rectFromA1, toA1 } from "../core/grid/address";
import { formatNumberVN } from "../core/number/format";
import { formatInfo, shownDecimals } from "../core/number/numberFormat";
import { parseNumberText } from "../core/number/parse";
import type { Lang } from "../core/findings";
import { t } from "../taskpane/strings";

export interface ViewCell {
  value: CellValue;
  /** With the leading "=". */
  formula?: string;
  numberFormat?: string;
  bold?: boolean;
  italic?: boolean;
  align?: "left" | "center" | "right" | "justify";
  valign?: "top" | "middle" | "bottom";
  wrap?: boolean;
  border?: boolean;
}

export type CellInput = CellValue | { formula: string };

/** What the view needs from a workbook (the preview adapts the stand-in workbook to it). */
export interface WorkbookSource {
  sheetNames(): string[];
  /** Rows and columns in use (counts from A1). */
  extent(sheet: string): { rows: number; cols: number };
  cell(sheet: string, row: number, col: number): ViewCell | undefined;
  merges?(sheet: string): Rect[];
  /** Column widths in pixels (undefined: Excel's default, 64 px). */
  columnWidths?(sheet: string): (number | undefined)[];
  /** The sheet's font (Times New Roman for official documents). */
  font?(sheet: string): { name: string; size: number } | undefined;
  selection(): { sheet: string; cell: string } | undefined;
  select(sheet: string, cell: string): void;
  /** Shows a sheet without changing its selection (a tab click). */
  activate?(sheet: string): void;
  /**
   * Types `text` into a cell as Excel does: read in Vietnamese notation (parseInput), except in a
   * cell formatted as text ("@"), which keeps it as typed.
   */
  typeCell(sheet: string, addr: string, text: string): void;
  /** Calls back on any change of values, selection or sheets. Returns the unsubscribe function. */
  subscribe(listener: () => void): () => void;
}

/* ------------------------------------------------------------------------------------------ */
/* Cell text as Excel shows it                                                                */
/* ------------------------------------------------------------------------------------------ */

/** Whether the first section of a number format groups thousands ("#,##0"). */
function groupsThousands(code: string | undefined): boolean {
  if (!code) return false;
  const first = code
    .split(";")[0]
    .replace(/"[^"]*"/g, "")
    .replace(/\[[^\]]*\]/g, "");
  return /[#0?],[#0?]/.test(first);
}

/** The text a cell shows: "1.970", "8.962,46", "61,4%", "#REF!". */
export function displayText(cell: Pick<ViewCell, "value" | "numberFormat"> | undefined): string {
  if (!cell) return "";
  const v = cell.value;
  if (v === null || v === undefined) return "";
  if (isCellError(v)) return v.error;
  if (typeof v === "boolean") return v ? "TRUE" : "FALSE";
  if (typeof v === "string") return v;
  if (!Number.isFinite(v)) return "#NUM!";
  const code = cell.numberFormat;
  const info = formatInfo(code);
  const group = groupsThousands(code);
  if (info.text || info.date) return formatNumberVN(v, { group: false, maxDecimals: 10 });
  if (info.percent) {
    const pct = v * 100;
    const opts = info.decimals === undefined ? { maxDecimals: shownDecimals(pct, undefined) } : { decimals: info.decimals };
    return formatNumberVN(pct, { ...opts, group }) + "%";
  }
  if (info.decimals === undefined) return formatNumberVN(v, { maxDecimals: shownDecimals(v, code), group: false });
  return formatNumberVN(v, { decimals: info.decimals, group });
}

/** What the formula bar shows: the formula, or the value as typed (decimal comma, no grouping). */
export function formulaBarText(cell: ViewCell | undefined): string {
  if (!cell) return "";
  if (cell.formula) return cell.formula;
  const v = cell.value;
  if (typeof v === "number" && Number.isFinite(v)) {
    if (formatInfo(cell.numberFormat).percent) return formatNumberVN(v * 100, { group: false, maxDecimals: 10 }) + "%";
    return formatNumberVN(v, { group: false, maxDecimals: 10 });
  }
  return displayText(cell);
}

/** What the user typed into a cell: a formula, a number (Vietnamese notation), text or nothing. */
export function parseInput(text: string): CellInput {
  const s = text.trim();
  if (s === "") return null;
  if (s.startsWith("=") && s.length > 1) return { formula: s };
  const n = parseNumberText(s, "vi");
  if (n) return n.percent ? n.value / 100 : n.value;
  if (/^(true|false)$/i.test(s)) return /^true$/i.test(s);
  return text;
}

/* ------------------------------------------------------------------------------------------ */
/* The view                                                                                   */
/* ------------------------------------------------------------------------------------------ */

const EXCEL_GREEN = "#107c41";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    minWidth: 0,
    minHeight: 0,
    height: "100%",
    backgroundColor: "#fff",
    fontFamily: tokens.fontFamilyBase,
  },
  bar: {
    display: "flex",
    alignItems: "stretch",
    gap: tokens.spacingHorizontalS,
    padding: tokens.spacingVerticalXS,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground2,
    fontSize: tokens.fontSizeBase300,
  },
  nameBox: {
    width: "72px",
    padding: `2px ${tokens.spacingHorizontalS}`,
    border: `1px solid ${tokens.colorNeutralStroke1}`,
    backgroundColor: "#fff",
    fontFamily: tokens.fontFamilyMonospace,
  },
  fx: { color: tokens.colorNeutralForeground3, fontStyle: "italic", alignSelf: "center", padding: "0 4px" },
  formula: {
    flexGrow: 1,
    minWidth: 0,
    padding: `2px ${tokens.spacingHorizontalS}`,
    border: `1px solid ${tokens.colorNeutralStroke1}`,
    backgroundColor: "#fff",
    whiteSpace: "nowrap",
    overflow: "hidden",
    textOverflow: "ellipsis",
    fontFamily: tokens.fontFamilyMonospace,
  },
  scroll: { flexGrow: 1, overflow: "auto", minHeight: 0 },
  table: { borderCollapse: "collapse", tableLayout: "fixed", fontSize: "13px" },
  corner: {
    position: "sticky",
    top: 0,
    left: 0,
    zIndex: 3,
    width: "40px",
    backgroundColor: "#f3f3f3",
    border: "1px solid #d4d4d4",
  },
  colHead: {
    position: "sticky",
    top: 0,
    zIndex: 2,
    backgroundColor: "#f3f3f3",
    border: "1px solid #d4d4d4",
    fontWeight: 400,
    color: "#444",
    fontSize: "12px",
    padding: "2px 0",
    textAlign: "center",
    fontFamily: tokens.fontFamilyBase,
  },
  rowHead: {
    position: "sticky",
    left: 0,
    zIndex: 1,
    backgroundColor: "#f3f3f3",
    border: "1px solid #d4d4d4",
    textAlign: "center",
    color: "#444",
    fontSize: "12px",
    fontFamily: tokens.fontFamilyBase,
  },
  headActive: { backgroundColor: "#d2e8da", color: EXCEL_GREEN, fontWeight: 600 },
  cell: {
    border: "1px solid #e1e1e1",
    padding: "1px 4px",
    whiteSpace: "nowrap",
    overflow: "hidden",
    textOverflow: "clip",
    verticalAlign: "bottom",
    cursor: "cell",
    lineHeight: "1.35",
    height: "20px",
  },
  bordered: { border: "1px solid #7a7a7a" },
  wrap: { whiteSpace: "pre-wrap", overflowWrap: "anywhere" },
  selected: { outline: `2px solid ${EXCEL_GREEN}`, outlineOffset: "-2px", backgroundColor: "#eaf4ee" },
  editing: { padding: 0, outline: `2px solid ${EXCEL_GREEN}`, outlineOffset: "-2px" },
  input: {
    width: "100%",
    height: "100%",
    boxSizing: "border-box",
    border: "none",
    outline: "none",
    padding: "1px 4px",
    font: "inherit",
    backgroundColor: "#fff",
  },
  tabs: {
    display: "flex",
    gap: "2px",
    padding: `0 ${tokens.spacingHorizontalS}`,
    borderTop: `1px solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground2,
    overflowX: "auto",
  },
  tab: {
    border: "none",
    borderBottom: "3px solid transparent",
    background: "transparent",
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalM}`,
    cursor: "pointer",
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase300,
    color: tokens.colorNeutralForeground2,
    whiteSpace: "nowrap",
    ":hover": { backgroundColor: tokens.colorNeutralBackground1Hover },
    ":focus-visible": { outline: `2px solid ${tokens.colorStrokeFocus2}` },
  },
  tabActive: {
    backgroundColor: "#fff",
    color: EXCEL_GREEN,
    fontWeight: 600,
    borderBottom: `3px solid ${EXCEL_GREEN}`,
  },
  hint: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200, alignSelf: "center", whiteSpace: "nowrap" },
});

const widthPx = (px: number | undefined) => Math.max(16, Math.round(px ?? 64));

/** The column-letters row, the row-number column and a row's first estimate (measured once drawn). */
const HEAD_PX = 22;
const ROW_HEAD_PX = 40;
const ROW_PX = 22;

/**
 * The rows to draw: those around the viewport, widened so that a merged area is drawn whole (its
 * top-left cell spans the rows below it, which draw nothing in its columns).
 */
export function rowsToDraw(range: Range, merges: readonly Rect[]): number[] {
  const rows = defaultRangeExtractor(range);
  if (rows.length === 0) return rows;
  let first = rows[0];
  let last = rows[rows.length - 1];
  for (let changed = true; changed;) {
    changed = false;
    for (const m of merges) {
      if (m.bottom < first || m.top > last || m.top === m.bottom) continue;
      if (m.top < first) {
        first = m.top;
        changed = true;
      }
      const bottom = Math.min(m.bottom, range.count - 1);
      if (bottom > last) {
        last = bottom;
        changed = true;
      }
    }
  }
  if (first === rows[0] && last === rows[rows.length - 1]) return rows;
  return Array.from({ length: last - first + 1 }, (_, i) => first + i);
}

export function WorkbookView(props: { source: WorkbookSource; lang: Lang }) {
  const { source, lang } = props;
  const s = useStyles();
  const [, bump] = useReducer((x: number) => x + 1, 0);
  useEffect(() => source.subscribe(bump), [source]);

  const names = source.sheetNames();
  const sel = source.selection();
  const [active, setActive] = useState<string | undefined>(sel?.sheet ?? names[0]);
  const [editing, setEditing] = useState<{ sheet: string; addr: string; text: string } | undefined>(undefined);
  // The edit in progress, read by commit(): a blur after Enter or Escape must not commit again.
  const editRef = useRef(editing);
  useLayoutEffect(() => {
    editRef.current = editing;
  }, [editing]);

  // Follow the workbook's selection to its sheet (host.select activates the sheet in Excel).
  const selKey = sel ? `${sel.sheet}!${sel.cell}` : undefined;
  const [followedSel, setFollowedSel] = useState<string | undefined>(undefined);
  if (selKey !== followedSel) {
    setFollowedSel(selKey);
    if (sel && sel.sheet !== active) setActive(sel.sheet);
  }

  const sheet = active !== undefined && names.includes(active) ? active : names[0];
  const selectedHere = sel && sel.sheet === sheet ? sel.cell : undefined;

  const ext = sheet === undefined ? { rows: 0, cols: 0 } : source.extent(sheet);
  const rows = Math.max(ext.rows + 5, 25);
  const cols = Math.max(ext.cols + 2, 8);
  const widths = (sheet !== undefined && source.columnWidths?.(sheet)) || [];
  const merges = (sheet !== undefined && source.merges?.(sheet)) || [];

  const scroller = useRef<HTMLDivElement>(null);
  // eslint-disable-next-line react-hooks/incompatible-library -- no React Compiler in the build: nothing is memoised over it
  const virtual = useVirtualizer({
    count: rows,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_PX,
    overscan: 10,
    // The column letters are sticky above the rows: the rows start below them.
    scrollMargin: HEAD_PX,
    scrollPaddingStart: HEAD_PX,
    rangeExtractor: (range) => rowsToDraw(range, merges),
    initialRect: { width: 800, height: 600 },
  });

  // A selected cell is brought into view: its row by the virtualiser, its column by its offset.
  useLayoutEffect(() => {
    const el = scroller.current;
    const rect = selectedHere ? rectFromA1(selectedHere) : undefined;
    if (!el || !rect || sheet === undefined) return;
    virtual.scrollToIndex(rect.top, { align: "auto" });
    const w = source.columnWidths?.(sheet) ?? [];
    let left = 0;
    for (let c = 0; c < rect.left; c++) left += widthPx(w[c]);
    const right = left + widthPx(w[rect.left]) + ROW_HEAD_PX;
    if (left < el.scrollLeft) el.scrollLeft = left;
    else if (right > el.scrollLeft + el.clientWidth) el.scrollLeft = Math.min(left, right - el.clientWidth);
  }, [selectedHere, sheet, source, virtual]);

  if (sheet === undefined) return <div className={s.root} data-testid="workbook" />;

  const font = source.font?.(sheet);

  // Merged areas: the top-left cell spans, the others are not drawn.
  const spans = new Map<string, { rowSpan: number; colSpan: number }>();
  const covered = new Set<string>();
  for (const m of merges) {
    spans.set(toA1(m.top, m.left), { rowSpan: m.bottom - m.top + 1, colSpan: m.right - m.left + 1 });
    for (let r = m.top; r <= m.bottom; r++)
      for (let c = m.left; c <= m.right; c++) if (r !== m.top || c !== m.left) covered.add(toA1(r, c));
  }

  // The selection may be a range ("A1:E1"): its top-left cell is the active one.
  const selRect = selectedHere ? rectFromA1(selectedHere) : undefined;
  const selRC = selRect ? { row: selRect.top, col: selRect.left } : undefined;
  const activeAddr = selRC ? toA1(selRC.row, selRC.col) : undefined;
  const selectedCell = selRC ? source.cell(sheet, selRC.row, selRC.col) : undefined;
  const inSel = (r: number, c: number) =>
    selRect !== undefined && r >= selRect.top && r <= selRect.bottom && c >= selRect.left && c <= selRect.right;

  const commit = () => {
    const e = editRef.current;
    if (!e) return;
    editRef.current = undefined;
    setEditing(undefined);
    source.typeCell(e.sheet, e.addr, e.text);
  };
  const cancel = () => {
    editRef.current = undefined;
    setEditing(undefined);
  };
  const onEditKey = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === "Enter") {
      e.preventDefault();
      commit();
    } else if (e.key === "Escape") {
      e.preventDefault();
      cancel();
    }
  };

  const startEdit = (addr: string, cell: ViewCell | undefined) => {
    source.select(sheet, addr);
    setEditing({ sheet, addr, text: formulaBarText(cell) });
  };

  const drawn = virtual.getVirtualItems();
  // The rows not drawn, above and below, as one empty row each of their height.
  const spacer = (px: number, key: string) =>
    px > 0 ? (
      <tr key={key} aria-hidden="true">
        <td colSpan={cols + 1} style={{ height: `${px}px`, padding: 0, border: "none" }} />
      </tr>
    ) : null;
  const body = [];
  for (const item of drawn) {
    const r = item.index;
    const tds = [];
    for (let c = 0; c < cols; c++) {
      const addr = toA1(r, c);
      if (covered.has(addr)) continue;
      const cell = source.cell(sheet, r, c);
      const span = spans.get(addr);
      const isSel = inSel(r, c);
      const isEdit = editing?.sheet === sheet && editing.addr === addr;
      const numeric = typeof cell?.value === "number";
      const align = cell?.align ?? (numeric ? "right" : isCellError(cell?.value) ? "center" : "left");
      tds.push(
        <td
          key={addr}
          data-cell={addr}
          data-selected={isSel ? "true" : undefined}
          rowSpan={span?.rowSpan}
          colSpan={span?.colSpan}
          className={mergeClasses(
            s.cell,
            cell?.border && s.bordered,
            cell?.wrap && s.wrap,
            isSel && s.selected,
            isEdit && s.editing,
          )}
          style={{
            textAlign: align,
            verticalAlign: cell?.valign,
            fontWeight: cell?.bold ? 700 : undefined,
            fontStyle: cell?.italic ? "italic" : undefined,
          }}
          onClick={() => source.select(sheet, addr)}
          onDoubleClick={() => startEdit(addr, cell)}
          title={cell?.formula}
        >
          {isEdit ? (
            <input
              className={s.input}
              autoFocus
              value={editing.text}
              aria-label={addr}
              title={t(lang, "preview.editHint")}
              onChange={(e) => setEditing({ sheet, addr, text: e.target.value })}
              onKeyDown={onEditKey}
              onBlur={commit}
            />
          ) : (
            displayText(cell)
          )}
        </td>,
      );
    }
    const rowActive = selRect !== undefined && r >= selRect.top && r <= selRect.bottom;
    body.push(
      <tr key={r} data-index={r} data-row={r + 1} ref={virtual.measureElement}>
        <th scope="row" className={mergeClasses(s.rowHead, rowActive && s.headActive)}>
          {r + 1}
        </th>
        {tds}
      </tr>,
    );
  }

  return (
    <div className={s.root} data-testid="workbook" data-active-sheet={sheet}>
      <div className={s.bar} role="group" aria-label={t(lang, "preview.formulaBar")}>
        <div className={s.nameBox} data-testid="name-box">
          {activeAddr ?? ""}
        </div>
        <span className={s.fx} aria-hidden="true">
          fx
        </span>
        <div className={s.formula} data-testid="formula-bar" title={formulaBarText(selectedCell)}>
          {formulaBarText(selectedCell)}
        </div>
        {editing && <span className={s.hint}>{t(lang, "preview.editHint")}</span>}
      </div>
      <div className={s.scroll} ref={scroller} data-testid="grid-scroll" data-rows={rows}>
        <table className={s.table} style={font ? { fontFamily: `"${font.name}", serif` } : undefined}>
          <colgroup>
            <col style={{ width: "40px" }} />
            {Array.from({ length: cols }, (_, c) => (
              <col key={c} style={{ width: `${widthPx(widths[c])}px` }} />
            ))}
          </colgroup>
          <thead>
            <tr style={{ height: `${HEAD_PX}px` }}>
              <th className={s.corner} aria-hidden="true" />
              {Array.from({ length: cols }, (_, c) => (
                <th
                  key={c}
                  scope="col"
                  className={mergeClasses(
                    s.colHead,
                    selRect !== undefined && c >= selRect.left && c <= selRect.right && s.headActive,
                  )}
                >
                  {colToLetters(c)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {drawn.length > 0 && spacer(drawn[0].start - HEAD_PX, "top")}
            {body}
            {drawn.length > 0 && spacer(virtual.getTotalSize() - (drawn[drawn.length - 1].end - HEAD_PX), "bottom")}
          </tbody>
        </table>
      </div>
      <div className={s.tabs} role="tablist" aria-label={t(lang, "preview.sheets")}>
        {names.map((name) => (
          <button
            key={name}
            type="button"
            role="tab"
            aria-selected={name === sheet}
            data-sheet-tab={name}
            className={mergeClasses(s.tab, name === sheet && s.tabActive)}
            onClick={() => {
              cancel();
              setActive(name);
              source.activate?.(name);
            }}
          >
            {name}
          </button>
        ))}
      </div>
    </div>
  );
}
