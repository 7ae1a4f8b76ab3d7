/**
 * Puts the stand-in on the page: `globalThis.Excel` (run + the enums the add-in reads) and a
 * minimal `globalThis.Office`, each only when not already defined (a real Office host wins), and
 * `window.__baocaoPreview` for browser tests. Installing again (another workbook) re-points the
 * stand-in's Excel.run at the new workbook. The stand-in Office has an officeTheme (light unless
 * asked), which `__baocaoPreview.setOfficeTheme` changes, raising OfficeThemeChanged as a host would.
 */
import { runBatch, RequestContext } from "./context";
import { StandInError } from "./errors";
import type { CellInput, Selection, StandInCell, StandInWorkbook } from "./workbook";

interface PreviewHandle {
  workbook: StandInWorkbook;
  selection(): Selection;
  setCell(sheet: string, addr: string, v: CellInput): void;
  getCell(sheet: string, addr: string): StandInCell | undefined;
  sheetNames(): string[];
  syncs(): number;
  /** Changes Office.context.officeTheme and raises OfficeThemeChanged. */
  setOfficeTheme(theme: StandInOfficeTheme): void;
}

/** The colours of Office.OfficeTheme. */
export interface StandInOfficeTheme {
  bodyBackgroundColor: string;
  bodyForegroundColor: string;
  controlBackgroundColor: string;
  controlForegroundColor: string;
}

/** Office themes to try the pane in (preview.html?theme=dark): the colours of a light and a dark Office. */
export const OFFICE_THEMES = {
  light: {
    bodyBackgroundColor: "#FFFFFF",
    bodyForegroundColor: "#262626",
    controlBackgroundColor: "#FFFFFF",
    controlForegroundColor: "#262626",
  },
  dark: {
    bodyBackgroundColor: "#262626",
    bodyForegroundColor: "#FFFFFF",
    controlBackgroundColor: "#3B3B3B",
    controlForegroundColor: "#FFFFFF",
  },
} satisfies Record<string, StandInOfficeTheme>;

const THEME_CHANGED = "officeThemeChanged";
let officeTheme: StandInOfficeTheme = OFFICE_THEMES.light;
const themeHandlers = new Set<(args: { type: string; officeTheme: StandInOfficeTheme }) => void>();

declare global {
  var __baocaoPreview: PreviewHandle | undefined;
}

const STAND_IN = Symbol.for("baocao.standIn");

let current: StandInWorkbook | undefined;

function excelNamespace(): Record<string | symbol, unknown> {
  return {
    [STAND_IN]: true,
    run: (a: unknown, b?: unknown) => {
      if (!current) throw new StandInError("GeneralException", "No stand-in workbook installed.");
      return runBatch(current, a, b);
    },
    RequestContext: class extends RequestContext {
      constructor() {
        if (!current) throw new StandInError("GeneralException", "No stand-in workbook installed.");
        super(current);
      }
    },
    SheetVisibility: { visible: "Visible", hidden: "Hidden", veryHidden: "VeryHidden" },
    RangeValueType: {
      unknown: "Unknown",
      empty: "Empty",
      string: "String",
      integer: "Integer",
      double: "Double",
      boolean: "Boolean",
      error: "Error",
      richValue: "RichValue",
    },
    HorizontalAlignment: { general: "General", left: "Left", center: "Center", right: "Right", fill: "Fill", justify: "Justify" },
    VerticalAlignment: { top: "Top", center: "Center", bottom: "Bottom", justify: "Justify", distributed: "Distributed" },
    BorderIndex: {
      edgeTop: "EdgeTop",
      edgeBottom: "EdgeBottom",
      edgeLeft: "EdgeLeft",
      edgeRight: "EdgeRight",
      insideVertical: "InsideVertical",
      insideHorizontal: "InsideHorizontal",
    },
    BorderLineStyle: { none: "None", continuous: "Continuous", dash: "Dash", double: "Double" },
    BorderWeight: { hairline: "Hairline", thin: "Thin", medium: "Medium", thick: "Thick" },
    PageOrientation: { portrait: "Portrait", landscape: "Landscape" },
    PaperType: { a4: "A4", letter: "Letter" },
    ErrorCodes: {
      generalException: "GeneralException",
      invalidArgument: "InvalidArgument",
      itemAlreadyExists: "ItemAlreadyExists",
      itemNotFound: "ItemNotFound",
      requestPayloadSizeLimitExceeded: "RequestPayloadSizeLimitExceeded",
      responsePayloadSizeLimitExceeded: "ResponsePayloadSizeLimitExceeded",
    },
  };
}

/** The installed workbook's platform (its Excel's: Windows, Mac, the web). */
const platform = () => current?.platform ?? "PC";

function officeNamespace(): Record<string, unknown> {
  const info = {
    host: "Excel",
    get platform() {
      return platform();
    },
  };
  return {
    onReady: (cb?: (i: typeof info) => void) => {
      cb?.(info);
      return Promise.resolve(info);
    },
    context: {
      requirements: { isSetSupported: (name: string, version: string) => current?.supports(name, version) ?? true },
      diagnostics: {
        host: "Excel",
        get platform() {
          return platform();
        },
        version: "stand-in",
      },
      get platform() {
        return platform();
      },
      displayLanguage: "vi-VN",
      contentLanguage: "vi-VN",
      get officeTheme() {
        return officeTheme;
      },
      document: {
        // Only the theme event: a host without an event answers with a failed result.
        addHandlerAsync(
          type: string,
          handler: (args: { type: string; officeTheme: StandInOfficeTheme }) => void,
          cb?: (r: unknown) => void,
        ) {
          const ok = type === THEME_CHANGED;
          if (ok) themeHandlers.add(handler);
          cb?.(ok ? { status: "succeeded" } : { status: "failed", error: { code: 5001, message: "Not supported." } });
        },
      },
    },
    actions: { associate: () => undefined },
    addin: {
      showAsTaskpane: () => Promise.resolve(),
      hide: () => Promise.resolve(),
      onVisibilityModeChanged: () => Promise.resolve(() => Promise.resolve()),
    },
    HostType: { Excel: "Excel" },
    EventType: { OfficeThemeChanged: THEME_CHANGED },
    PlatformType: { PC: "PC", OfficeOnline: "OfficeOnline", Mac: "Mac" },
  };
}

/** True when globalThis.Excel is this stand-in (not a real Office host). */
function standInInstalled(): boolean {
  const ex = (globalThis as { Excel?: Record<symbol, unknown> }).Excel;
  return !!ex && ex[STAND_IN] === true;
}

export function installStandIn(wb: StandInWorkbook, options: { officeTheme?: StandInOfficeTheme } = {}): void {
  const g = globalThis as Record<string, unknown>;
  if (options.officeTheme) officeTheme = options.officeTheme;
  if (g.Excel === undefined || standInInstalled()) {
    current = wb;
    if (g.Excel === undefined) g.Excel = excelNamespace();
  }
  if (g.Office === undefined) g.Office = officeNamespace();
  globalThis.__baocaoPreview = {
    workbook: wb,
    selection: () => wb.selection(),
    setCell: (sheet, addr, v) => wb.setCell(sheet, addr, v),
    getCell: (sheet, addr) => wb.getCell(sheet, addr),
    sheetNames: () => wb.sheetNames(),
    syncs: () => wb.log.syncs,
    setOfficeTheme(theme) {
      officeTheme = theme;
      for (const h of themeHandlers) h({ type: THEME_CHANGED, officeTheme: theme });
    },
  };
}

/** Removes what installStandIn defined (tests). A real Office host's objects are left alone. */
export function uninstallStandIn(): void {
  const g = globalThis as Record<string, unknown>;
  if (standInInstalled()) {
    delete g.Excel;
    const office = g.Office as { HostType?: unknown; context?: { diagnostics?: { version?: string } } } | undefined;
    if (office?.context?.diagnostics?.version === "stand-in") delete g.Office;
  }
  current = undefined;
  officeTheme = OFFICE_THEMES.light;
  themeHandlers.clear();
  delete globalThis.__baocaoPreview;
}
