/**
 * Puts the stand-in on the page: `globalThis.Excel` (run + the enums the add-in reads) and a
 * minimal `globalThis.Office`, each only when not already defined (a real Office host wins), and
 * `window.__baocaoPreview` for browser tests. Installing again (another workbook) re-points the
 * stand-in's Excel.run at the new workbook.
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
}

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
    },
    actions: { associate: () => undefined },
    addin: {
      showAsTaskpane: () => Promise.resolve(),
      hide: () => Promise.resolve(),
      onVisibilityModeChanged: () => Promise.resolve(() => Promise.resolve()),
    },
    HostType: { Excel: "Excel" },
    PlatformType: { PC: "PC", OfficeOnline: "OfficeOnline", Mac: "Mac" },
  };
}

/** True when globalThis.Excel is this stand-in (not a real Office host). */
function standInInstalled(): boolean {
  const ex = (globalThis as { Excel?: Record<symbol, unknown> }).Excel;
  return !!ex && ex[STAND_IN] === true;
}

export function installStandIn(wb: StandInWorkbook): void {
  const g = globalThis as Record<string, unknown>;
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
  delete globalThis.__baocaoPreview;
}
