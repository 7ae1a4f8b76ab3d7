/**
 * The preview page (preview.html): the real task pane, without Excel, over an in-browser stand-in
 * workbook filled with the example template. Left: the pane (as narrow as Excel's); right: the
 * workbook, following the pane's selections; double-click a cell to plant an error by hand.
 * `preview.html?platform=Mac` makes the stand-in answer Office.context.platform "Mac" (also "PC",
 * "OfficeOnline"; PC by default), to try how the pane behaves in Excel on Mac; `?theme=dark` gives
 * the stand-in a dark Office theme (light by default); `?paneWidth=320` the pane's width (270–600
 * px, as Excel's task pane; 350 by default). "Mở tệp Excel (.xlsx)…" (OpenFile.tsx)
 * replaces the example by any workbook, read in the browser.
 */
import { FluentProvider, makeStyles, tokens, webLightTheme } from "@fluentui/react-components";
import { useState } from "react";
import { createRoot } from "react-dom/client";
import type { Lang } from "../core/findings";
import type { Grid, Rect } from "../core/grid/grid";
import { exampleTemplate } from "../core/template/example";
import { excelHost } from "../excel";
import { App } from "../taskpane/App";
import { loadLang, t } from "../taskpane/strings";
import { OpenFile } from "./OpenFile";
import { installStandIn, OFFICE_THEMES } from "./standin/install";
import { type CellFormat, type StandInOptions, StandInWorkbook, WHOLE_SHEET } from "./standin/workbook";
import { parseInput, type ViewCell, type WorkbookSource, WorkbookView } from "./WorkbookView";

const ALIGN: Record<string, ViewCell["align"]> = { Left: "left", Center: "center", Right: "right", Justify: "justify" };
const VALIGN: Record<string, ViewCell["valign"]> = { Top: "top", Center: "middle", Bottom: "bottom" };

function hasBorder(f: CellFormat): boolean {
  const b = f.borders;
  return !!b && [b.top, b.bottom, b.left, b.right].some((x) => x !== undefined && x !== "None");
}

/** The stand-in workbook as the view reads it. */
export function standInSource(wb: StandInWorkbook): WorkbookSource {
  const sheetOf = (name: string) => wb.sheet(name);
  return {
    sheetNames: () => wb.sheetNames(),
    extent(sheet) {
      const r = sheetOf(sheet)?.usedRect(false);
      return r ? { rows: r.bottom + 1, cols: r.right + 1 } : { rows: 0, cols: 0 };
    },
    cell(sheet, row, col) {
      const sh = sheetOf(sheet);
      if (!sh) return undefined;
      wb.ensureCalculated();
      const c = sh.get(row, col);
      if (!c) return undefined;
      const f = sh.formatAt(row, col);
      const nf = sh.numberFormatAt(row, col);
      const out: ViewCell = { value: c.value };
      if (c.formula !== undefined) out.formula = c.formula;
      if (nf !== "General") out.numberFormat = nf;
      if (f.bold) out.bold = true;
      if (f.italic) out.italic = true;
      if (f.wrapText) out.wrap = true;
      if (f.horizontalAlignment && ALIGN[f.horizontalAlignment]) out.align = ALIGN[f.horizontalAlignment];
      if (f.verticalAlignment && VALIGN[f.verticalAlignment]) out.valign = VALIGN[f.verticalAlignment];
      if (hasBorder(f)) out.border = true;
      return out;
    },
    merges: (sheet): Rect[] => sheetOf(sheet)?.merges ?? [],
    columnWidths: (sheet) => (sheetOf(sheet)?.columnWidths ?? []).map((pt) => (pt === undefined ? undefined : pt / 0.75)),
    font(sheet) {
      const layer = sheetOf(sheet)?.formatLayers.find(
        (l) => l.format.fontName && l.rect.top === WHOLE_SHEET.top && l.rect.left === WHOLE_SHEET.left,
      );
      return layer?.format.fontName ? { name: layer.format.fontName, size: layer.format.fontSize ?? 11 } : undefined;
    },
    selection: () => wb.selection(),
    select: (sheet, cell) => wb.select(sheet, cell),
    activate: (sheet) => wb.activate(sheet),
    typeCell: (sheet, addr, text) => wb.typeCell(sheet, addr, text, parseInput),
    subscribe(listener) {
      const offChange = wb.onChange(() => listener());
      const offSelection = wb.onSelectionChange(() => listener());
      return () => {
        offChange();
        offSelection();
      };
    },
  };
}

const useStyles = makeStyles({
  page: {
    display: "flex",
    flexDirection: "column",
    height: "100vh",
    fontFamily: tokens.fontFamilyBase,
    backgroundColor: tokens.colorNeutralBackground3,
  },
  banner: {
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalL}`,
    backgroundColor: "#fff4ce",
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
    fontSize: tokens.fontSizeBase300,
    color: tokens.colorNeutralForeground1,
  },
  main: { display: "flex", flexGrow: 1, minHeight: 0 },
  pane: {
    width: "350px",
    flexShrink: 0,
    overflowY: "auto",
    backgroundColor: tokens.colorNeutralBackground1,
    borderRight: `1px solid ${tokens.colorNeutralStroke1}`,
  },
  sheet: { flexGrow: 1, minWidth: 0, display: "flex", flexDirection: "column" },
});

/** The workbook on the page; `n` counts the workbooks opened, so the pane and the grid start afresh. */
interface Shown {
  source: WorkbookSource;
  n: number;
}

function Preview(props: { source: WorkbookSource; open: (grids: Grid[]) => WorkbookSource }) {
  const s = useStyles();
  const [lang, setLang] = useState<Lang>(() => loadLang());
  const [shown, setShown] = useState<Shown>({ source: props.source, n: 0 });
  const onOpen = (grids: Grid[]) => {
    const source = props.open(grids);
    setShown((prev) => ({ source, n: prev.n + 1 }));
  };
  return (
    <div className={s.page}>
      <div className={s.banner} role="note" data-testid="preview-banner" lang={lang}>
        {t(lang, "preview.banner")}
      </div>
      <OpenFile lang={lang} onOpen={onOpen} />
      <div className={s.main}>
        {/* Not a landmark: the pane's own <main> is the page's main landmark, as in Excel. */}
        <div className={s.pane} style={{ width: `${paneWidthParam()}px` }} data-testid="pane-frame">
          {/* A new workbook: a new pane, with no results of the previous one. */}
          <App key={shown.n} host={excelHost} onLangChange={setLang} />
        </div>
        <section className={s.sheet}>
          <WorkbookView key={shown.n} source={shown.source} lang={lang} />
        </section>
      </div>
    </div>
  );
}

/** The pane's width the page's ?paneWidth= asks for: Excel's task pane is 270–600 px wide (350 by default). */
function paneWidthParam(): number {
  const w = Number(new URLSearchParams(globalThis.location?.search ?? "").get("paneWidth"));
  return Number.isFinite(w) && w >= 270 && w <= 600 ? Math.round(w) : 350;
}

/** The platform the page's ?platform= asks for (PC when absent or unknown). */
function platformParam(): StandInOptions["platform"] {
  const p = new URLSearchParams(globalThis.location?.search ?? "").get("platform");
  return p === "Mac" || p === "OfficeOnline" ? p : "PC";
}

/** The Office theme the page's ?theme= asks for (light when absent or unknown). */
function themeParam(): (typeof OFFICE_THEMES)[keyof typeof OFFICE_THEMES] {
  const p = new URLSearchParams(globalThis.location?.search ?? "").get("theme");
  return p === "dark" ? OFFICE_THEMES.dark : OFFICE_THEMES.light;
}

function start(): void {
  const platform = platformParam();
  const wb = StandInWorkbook.fromSpecs(exampleTemplate(), { platform });
  installStandIn(wb, { officeTheme: themeParam() });
  const source = standInSource(wb);
  // A workbook the user opened: as Excel would hold the saved file, in place of the one shown.
  const open = (grids: Grid[]) => {
    const next = StandInWorkbook.fromGrids(grids, { platform });
    installStandIn(next);
    return standInSource(next);
  };
  const el = document.getElementById("root");
  if (!el) throw new Error('preview.html needs <div id="root">');
  createRoot(el).render(
    <FluentProvider theme={webLightTheme}>
      <Preview source={source} open={open} />
    </FluentProvider>,
  );
}

start();
