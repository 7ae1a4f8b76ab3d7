/**
 * The stand-in workbook: an in-memory model of the parts of an Excel workbook the add-in touches
 * (sheets, cells with value/formula/number format/format, merged areas, column widths, the
 * selection), and the log of what was asked of it through the API (log.ts). Formulas are
 * recalculated after every change (in Excel's manual calculation mode, only the formulas entered:
 * see calculationMode). It can be made to fail a write as Excel does (failNext). The
 * Office.js-shaped API over it lives in context.ts, worksheet.ts, range.ts and format.ts;
 * install.ts puts it on globalThis.Excel for the preview page, the tests and the bench.
 */
import { isCellError, type CellError, type CellValue, type Grid, type Rect } from "../../core/grid/grid";
import { fromA1, MAX_COLS, MAX_ROWS, rectFromA1, rectToA1, toA1 } from "../../core/grid/address";
import type { SheetSpec } from "../../core/grid/spec";
import { charsToPoints, numberFormatFor } from "../../excel/writeSheets";
import { ERR, evaluateFormula, type EvalContext } from "../../core/formula/evaluate";
import { renameSheet } from "../../core/formula/rewrite";
import { StandInError } from "./errors";
import { RequestLog } from "./log";

export type Visibility = "Visible" | "Hidden" | "VeryHidden";

/** Excel's calculation modes (Application.calculationMode). */
export type CalculationMode = "Automatic" | "AutomaticExceptTables" | "Manual";

export interface CellFormat {
  fontName?: string;
  fontSize?: number;
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
  /** Font colour as Excel gives it back: "#C00000". */
  fontColor?: string;
  horizontalAlignment?: string;
  verticalAlignment?: string;
  wrapText?: boolean;
  /** Border line style per side ("Continuous"...); absent = none. */
  borders?: { top?: string; bottom?: string; left?: string; right?: string };
}

export interface StandInCell {
  /** Constant, or the formula's last result. */
  value: CellValue;
  formula?: string;
  numberFormat?: string;
  format?: CellFormat;
}

/** What setCell takes: a constant (text stays text as given) or a formula. */
export type CellInput = number | string | boolean | null | CellError | { formula: string };

export interface Selection {
  sheet: string;
  /** A1 address without sheet or "$" ("D12", "A1:E1"). */
  cell: string;
}

export interface ChangeEvent {
  /** Every sheet changed, added or deleted in the batch (by the name it had). */
  sheets: string[];
}

/**
 * What Office.js's worksheet events say of a batch (events.ts raises them): sheets added, sheets
 * deleted (with the id they had), and the cells changed on the sheets still there ("D12", "A1:E9";
 * "" when only the sheet itself changed: renamed, hidden).
 */
export interface SheetEvents {
  added: { id: string; name: string }[];
  deleted: { id: string; name: string }[];
  changed: { id: string; name: string; address: string }[];
}

export const WHOLE_SHEET: Rect = { top: 0, left: 0, bottom: MAX_ROWS - 1, right: MAX_COLS - 1 };

/** Formats on bigger ranges are kept as layers instead of per cell. */
const PER_CELL_LIMIT = 10000;

export function nameKey(name: string): string {
  return name.normalize("NFC").toLocaleLowerCase("vi");
}

export function cellCount(r: Rect): number {
  return (r.bottom - r.top + 1) * (r.right - r.left + 1);
}

export function intersects(a: Rect, b: Rect): boolean {
  return a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;
}

function isEmptyCell(c: StandInCell): boolean {
  return (
    (c.value === null || c.value === "") &&
    c.formula === undefined &&
    c.numberFormat === undefined &&
    (c.format === undefined || Object.keys(c.format).length === 0)
  );
}

export class StandInSheet {
  name: string;
  /** Stable for the sheet's life, as Excel's worksheet id (getItem takes it as well as the name). */
  readonly id: string;
  visibility: Visibility = "Visible";
  /** row -> col -> cell */
  readonly rows = new Map<number, Map<number, StandInCell>>();
  merges: Rect[] = [];
  /** Column widths in points, by column index. */
  columnWidths: (number | undefined)[] = [];
  /** Formats set on big ranges (whole sheet, whole columns), applied under the cells' own. */
  formatLayers: { rect: Rect; format: CellFormat; numberFormat?: string }[] = [];
  printTitleRows?: string;
  orientation?: string;
  paperSize?: string;
  /** The page layout's zoom: a print scale, or fit to pages wide and tall (0: as many as needed). */
  zoom?: { scale?: number; horizontalFitToPages?: number; verticalFitToPages?: number };
  /** Manual page breaks: the 0-based rows that start a new printed page, in order. */
  rowBreaks: number[] = [];
  /** The last selection on this sheet. */
  selection = "A1";
  /** The row numbers in order, kept until a row is added or dropped. */
  private sorted: number[] | undefined;

  constructor(name: string, id = `{standin-${name}}`) {
    this.name = name;
    this.id = id;
  }

  /** The rows holding cells, top to bottom. */
  rowNumbers(): readonly number[] {
    this.sorted ??= [...this.rows.keys()].sort((a, b) => a - b);
    return this.sorted;
  }

  /** The rows holding cells from `top` to `bottom`, in order (a binary search, not a scan). */
  rowsBetween(top: number, bottom: number): number[] {
    const all = this.rowNumbers();
    let lo = 0;
    let hi = all.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (all[mid] < top) lo = mid + 1;
      else hi = mid;
    }
    const out: number[] = [];
    for (let i = lo; i < all.length && all[i] <= bottom; i++) out.push(all[i]);
    return out;
  }

  get(row: number, col: number): StandInCell | undefined {
    return this.rows.get(row)?.get(col);
  }

  ensure(row: number, col: number): StandInCell {
    let r = this.rows.get(row);
    if (!r) {
      r = new Map();
      this.rows.set(row, r);
      this.sorted = undefined;
    }
    let c = r.get(col);
    if (!c) {
      c = { value: null };
      r.set(col, c);
    }
    return c;
  }

  /** Drops the cell when nothing is left in it. */
  tidy(row: number, col: number): void {
    const r = this.rows.get(row);
    const c = r?.get(col);
    if (r && c && isEmptyCell(c)) {
      r.delete(col);
      if (r.size === 0) {
        this.rows.delete(row);
        this.sorted = undefined;
      }
    }
  }

  *cells(): Generator<[number, number, StandInCell]> {
    for (const [row, r] of this.rows) for (const [col, c] of r) yield [row, col, c];
  }

  /** Smallest rectangle holding every value (valuesOnly) or every used cell; null when none. */
  usedRect(valuesOnly: boolean): Rect | null {
    let top = Infinity;
    let left = Infinity;
    let bottom = -1;
    let right = -1;
    for (const [row, col, c] of this.cells()) {
      const hasValue = c.formula !== undefined || (c.value !== null && c.value !== "");
      if (valuesOnly && !hasValue) continue;
      if (row < top) top = row;
      if (row > bottom) bottom = row;
      if (col < left) left = col;
      if (col > right) right = col;
    }
    if (!valuesOnly) {
      for (const m of this.merges) {
        top = Math.min(top, m.top);
        left = Math.min(left, m.left);
        bottom = Math.max(bottom, m.bottom);
        right = Math.max(right, m.right);
      }
    }
    return bottom < 0 ? null : { top, left, bottom, right };
  }

  /** The effective format of a cell: layers, then the cell's own. */
  formatAt(row: number, col: number): CellFormat {
    const out: CellFormat = {};
    for (const l of this.formatLayers) {
      if (row >= l.rect.top && row <= l.rect.bottom && col >= l.rect.left && col <= l.rect.right) Object.assign(out, l.format);
    }
    const own = this.get(row, col)?.format;
    if (own) {
      const { borders, ...rest } = own;
      Object.assign(out, rest);
      if (borders) out.borders = { ...(out.borders ?? {}), ...borders };
    }
    return out;
  }

  numberFormatAt(row: number, col: number): string {
    const own = this.get(row, col)?.numberFormat;
    if (own !== undefined) return own;
    for (let i = this.formatLayers.length - 1; i >= 0; i--) {
      const l = this.formatLayers[i];
      if (l.numberFormat !== undefined && row >= l.rect.top && row <= l.rect.bottom && col >= l.rect.left && col <= l.rect.right)
        return l.numberFormat;
    }
    return "General";
  }

  /** Sets format properties over a rectangle (per cell, or as a layer for big ranges). */
  applyFormat(rect: Rect, patch: CellFormat): void {
    if (cellCount(rect) > PER_CELL_LIMIT) {
      this.formatLayers.push({ rect: { ...rect }, format: { ...patch } });
      return;
    }
    for (let r = rect.top; r <= rect.bottom; r++) {
      for (let c = rect.left; c <= rect.right; c++) {
        const cell = this.ensure(r, c);
        const f = (cell.format ??= {});
        const { borders, ...rest } = patch;
        Object.assign(f, rest);
        if (borders) {
          f.borders = { ...(f.borders ?? {}), ...borders };
          for (const k of Object.keys(f.borders) as (keyof NonNullable<CellFormat["borders"]>)[]) {
            if (f.borders[k] === "None") delete f.borders[k];
          }
        }
      }
    }
  }

  /** A manual page break above 0-based `row` (none above the first row; a second one is the same). */
  addRowBreak(row: number): void {
    if (row <= 0 || this.rowBreaks.includes(row)) return;
    this.rowBreaks.push(row);
    this.rowBreaks.sort((a, b) => a - b);
  }

  mergeAreaAt(row: number, col: number): Rect | undefined {
    return this.merges.find((m) => row >= m.top && row <= m.bottom && col >= m.left && col <= m.right);
  }
}

/** Excel reads at most this many cells in one request, on every platform. */
export const MAX_REQUEST_CELLS = 5_000_000;

/** Excel on the web rejects a request whose response would exceed 5 MB (5 000 000 bytes). */
export const PAYLOAD_LIMIT_BYTES = 5_000_000;

export interface StandInOptions {
  /**
   * Largest response one sync may return (as wire.ts measures it), like Excel on the web's 5 MB;
   * 0 = no limit. Default PAYLOAD_LIMIT_BYTES.
   */
  payloadLimitBytes?: number;
  /**
   * Also refuse, at the call, what Excel accepts but the adapter's read must never do: a used range
   * that is not values-only (getUsedRange / getUsedRangeOrNullObject without valuesOnly = true;
   * Excel would widen it to formatted cells). The error's code is "StandInStrict". Default false.
   */
  strict?: boolean;
  /**
   * The highest ExcelApi requirement set this Excel supports, as Office.context.requirements
   * answers for the installed stand-in ("1.8": an Excel 2019 without getSpecialCells or page
   * layout). Other sets are all supported. Default: every ExcelApi version.
   */
  excelApi?: string;
  /** Office.context.platform of the installed stand-in. Default "PC". */
  platform?: "PC" | "Mac" | "OfficeOnline";
  /**
   * How a request reading more than five million cells ends: "error" (RangeExceedsLimit, the
   * default) or "null" (the ranges' cell arrays come back null, as some platforms answer).
   */
  oversizeReads?: "error" | "null";
  /** Most cells one request may read (Excel's limit: MAX_REQUEST_CELLS, the default). */
  requestCellLimit?: number;
  /** Milliseconds each context.sync() waits before it runs, as a slow Excel (on the web) would. Default 0. */
  latencyMs?: number;
}

/** "1.13" > "1.9": requirement-set versions compared part by part. */
function versionAtMost(version: string, max: string): boolean {
  const a = version.split(".").map(Number);
  const b = max.split(".").map(Number);
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const x = a[i] ?? 0;
    const y = b[i] ?? 0;
    if (x !== y) return x < y;
  }
  return true;
}

export class StandInWorkbook {
  readonly sheets: StandInSheet[] = [];
  activeSheet = "";
  /** What was asked of this workbook through the API: syncs, bytes, writes (log.ts). */
  readonly log = new RequestLog();
  readonly payloadLimitBytes: number;
  readonly strict: boolean;
  readonly excelApi: string | undefined;
  readonly platform: "PC" | "Mac" | "OfficeOnline";
  readonly oversizeReads: "error" | "null";
  readonly requestCellLimit: number;
  /**
   * Milliseconds each context.sync() waits before it runs (a slow Excel); settable at any time,
   * e.g. from a browser test through window.__baocaoPreview.workbook.
   */
  latencyMs: number;
  /**
   * A chart sheet is the active sheet: it is not in the worksheet collection, and
   * getActiveWorksheet() fails at the sync, as in Excel.
   */
  chartSheetActive = false;
  private readonly changeListeners = new Set<(e: ChangeEvent) => void>();
  private readonly sheetEventListeners = new Set<(e: SheetEvents) => void>();
  /** Sheets added and deleted, and the cells changed per sheet, since the last flush. */
  private added = new Set<StandInSheet>();
  private deleted: { id: string; name: string }[] = [];
  private changedCells = new Map<string, Rect>();
  private nextSheetId = 1;
  private readonly selectionListeners = new Set<(s: Selection) => void>();
  private dirty = false;
  private batchDepth = 0;
  private changed = new Set<string>();
  private selectionMoved = false;
  private calcMode: CalculationMode = "Automatic";
  /** Formula cells entered since the last calculation (what manual mode calculates). */
  private readonly entered = new Set<StandInCell>();
  private readonly faults: { match: (label: string) => boolean; error: StandInError }[] = [];

  constructor(opts: StandInOptions = {}) {
    this.payloadLimitBytes = opts.payloadLimitBytes ?? PAYLOAD_LIMIT_BYTES;
    this.strict = opts.strict ?? false;
    this.excelApi = opts.excelApi;
    this.platform = opts.platform ?? "PC";
    this.oversizeReads = opts.oversizeReads ?? "error";
    this.requestCellLimit = Math.min(opts.requestCellLimit ?? MAX_REQUEST_CELLS, MAX_REQUEST_CELLS);
    this.latencyMs = opts.latencyMs ?? 0;
  }

  /** Office.context.requirements.isSetSupported for this workbook's Excel. */
  supports(name: string, version: string): boolean {
    if (name !== "ExcelApi" || this.excelApi === undefined) return true;
    return versionAtMost(version, this.excelApi);
  }

  /**
   * Makes the next operation a sync runs whose label matches (the label log.writes records:
   * "Range.merge()", "RangeFormat.wrapText=", "PageLayout.setPrintTitleRows()",
   * "WorksheetCollection.add()", "Worksheet.delete()"…) fail, as Excel fails a command it refuses:
   * the operations before it in that sync stay applied (Excel does not roll a failed sync back),
   * it and those after it do not run, and the sync rejects with the error (by default
   * GeneralException, Excel's "internal error"). Several faults can wait at once; each is used up
   * by the first operation it matches.
   */
  failNext(
    match: string | ((label: string) => boolean),
    error: { code: string; message: string } = {
      code: "GeneralException",
      message: "An internal error has occurred while processing the request.",
    },
  ): void {
    this.faults.push({
      match: typeof match === "string" ? (l) => l === match : match,
      error: new StandInError(error.code, error.message),
    });
  }

  /** @internal Called by each write operation as its sync runs it: throws a fault failNext set for it. */
  _failIfAsked(label: string): void {
    const i = this.faults.findIndex((f) => f.match(label));
    if (i < 0) return;
    const [fault] = this.faults.splice(i, 1);
    throw fault.error;
  }

  /**
   * Excel's calculation mode (Application.calculationMode, a setting of Excel, not of the file).
   * "Automatic" (the default) recalculates every formula after a change. In "Manual" a formula is
   * calculated when it is entered, but the formulas that depend on a changed cell keep their old
   * values until calculate() (F9), or until the mode is set back to automatic, which recalculates.
   * "AutomaticExceptTables" is automatic here (the stand-in has no data tables).
   */
  get calculationMode(): CalculationMode {
    return this.calcMode;
  }
  set calculationMode(mode: CalculationMode) {
    const wasManual = this.calcMode === "Manual";
    this.calcMode = mode;
    if (wasManual && mode !== "Manual") this.calculate();
  }

  /** Recalculates every formula, as F9 or Application.calculate() does; listeners hear of every sheet. */
  calculate(): void {
    this.batch(() => {
      this.recalc();
      for (const sh of this.sheets) this.changed.add(sh.name);
    });
  }

  /**
   * A workbook holding the given Grids as a file saved by Excel would: each cell's value (a
   * formula's cached result, kept until something changes), formula and number format; merged
   * areas; hidden sheets hidden. The first sheet is active.
   */
  static fromGrids(grids: Grid[], opts: StandInOptions = {}): StandInWorkbook {
    const wb = new StandInWorkbook(opts);
    for (const g of grids) {
      const sh = wb.addSheet(g.name);
      if (g.hidden) sh.visibility = "Hidden";
      g.rows.forEach((row, r) => {
        row?.forEach((c, col) => {
          if (!c) return;
          const cell = sh.ensure(r, col);
          cell.value = c.value;
          if (c.formula !== undefined) cell.formula = c.formula;
          if (c.numberFormat !== undefined && c.numberFormat !== "General") cell.numberFormat = c.numberFormat;
          sh.tidy(r, col);
        });
      });
      sh.merges = (g.merges ?? []).map((m) => ({ ...m }));
    }
    if (wb.sheets.length > 0) wb.activeSheet = wb.sheets[0].name;
    // The cached results stand: nothing is recalculated until a change.
    wb.dirty = false;
    wb.clearChanges();
    return wb;
  }

  /** A workbook holding the given sheets, as the Excel adapter would write them. */
  static fromSpecs(specs: SheetSpec[], opts: StandInOptions = {}): StandInWorkbook {
    const wb = new StandInWorkbook(opts);
    for (const spec of specs) {
      const sh = wb.addSheet(spec.name);
      if (spec.font)
        sh.formatLayers.push({ rect: { ...WHOLE_SHEET }, format: { fontName: spec.font.name, fontSize: spec.font.size } });
      spec.columnWidths.forEach((w, c) => {
        if (w > 0) sh.columnWidths[c] = charsToPoints(w);
      });
      for (const c of spec.cells) {
        const cell = sh.ensure(c.row, c.col);
        cell.value = c.value;
        if (c.formula !== undefined) cell.formula = c.formula;
        const nf = numberFormatFor(c);
        if (nf !== "General") cell.numberFormat = nf;
        const f: CellFormat = {};
        if (c.bold) f.bold = true;
        if (c.italic) f.italic = true;
        if (c.underline) f.underline = true;
        if (c.color) f.fontColor = `#${c.color.toUpperCase()}`;
        if (c.size !== undefined) f.fontSize = c.size;
        if (c.align) f.horizontalAlignment = c.align[0].toUpperCase() + c.align.slice(1);
        if (c.verticalAlign)
          f.verticalAlignment =
            c.verticalAlign === "middle" ? "Center" : c.verticalAlign[0].toUpperCase() + c.verticalAlign.slice(1);
        if (c.wrap) f.wrapText = true;
        if (c.border) f.borders = { top: "Continuous", bottom: "Continuous", left: "Continuous", right: "Continuous" };
        if (Object.keys(f).length > 0) cell.format = f;
        sh.tidy(c.row, c.col);
      }
      sh.merges = spec.merges.map((m) => ({ ...m }));
      if (spec.printTitleRows) sh.printTitleRows = `$${spec.printTitleRows.first + 1}:$${spec.printTitleRows.last + 1}`;
      if (spec.page) {
        sh.orientation = spec.page.orientation === "landscape" ? "Landscape" : "Portrait";
        sh.paperSize = spec.page.paperSize;
        if (spec.page.fitToWidth) sh.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
      }
      for (const r of spec.rowBreaks ?? []) sh.addRowBreak(r);
    }
    if (wb.sheets.length > 0) wb.activeSheet = wb.sheets[0].name;
    wb.recalc();
    wb.clearChanges();
    return wb;
  }

  /* ---------------------------------------------------------------------------------------- */
  /* Sheets                                                                                   */
  /* ---------------------------------------------------------------------------------------- */

  sheetNames(): string[] {
    return this.sheets.map((s) => s.name);
  }

  /** The sheet of that name (as Excel compares names) or that id. */
  sheet(name: string): StandInSheet | undefined {
    const k = nameKey(name);
    return this.sheets.find((s) => nameKey(s.name) === k) ?? this.sheets.find((s) => s.id === name);
  }

  private must(name: string): StandInSheet {
    const s = this.sheet(name);
    if (!s) throw new Error(`No sheet named "${name}"`);
    return s;
  }

  /** Renames a sheet as Excel does: the formulas that refer to it, on every sheet, follow the new name. */
  renameSheet(sh: StandInSheet, name: string): void {
    const old = sh.name;
    if (this.activeSheet === old) this.activeSheet = name;
    sh.name = name;
    for (const other of this.sheets) {
      for (const [, , c] of other.cells()) {
        if (c.formula === undefined) continue;
        const f = renameSheet(c.formula, old, name);
        if (f !== c.formula) {
          c.formula = f;
          this.markChanged(other.name);
        }
      }
    }
    this.markChanged(name);
  }

  addSheet(name: string): StandInSheet {
    if (this.sheet(name)) throw new Error(`A sheet named "${name}" already exists`);
    const s = new StandInSheet(name, `{00000000-0001-0000-${String(this.nextSheetId++).padStart(4, "0")}-000000000000}`);
    this.sheets.push(s);
    if (!this.activeSheet) this.activeSheet = name;
    this.added.add(s);
    this.markChanged(name);
    return s;
  }

  /** Deletes a sheet (Worksheet.delete()); listeners hear of it by the name it had. */
  removeSheet(sh: StandInSheet): void {
    const i = this.sheets.indexOf(sh);
    if (i < 0) return;
    this.sheets.splice(i, 1);
    if (this.activeSheet === sh.name) this.activeSheet = this.sheets[0]?.name ?? "";
    if (this.added.has(sh)) this.added.delete(sh);
    else this.deleted.push({ id: sh.id, name: sh.name });
    this.markChanged(sh.name);
    this.flush();
  }

  /* ---------------------------------------------------------------------------------------- */
  /* Cells                                                                                    */
  /* ---------------------------------------------------------------------------------------- */

  /**
   * Sets one cell as a person would by pasting a constant or a formula: a constant replaces the
   * formula; text is kept as given. Recalculates.
   */
  setCell(sheet: string, addr: string, input: CellInput): void {
    const sh = this.must(sheet);
    const a = fromA1(addr);
    if (!a) throw new Error(`Bad cell address "${addr}"`);
    this.batch(() => {
      const cell = sh.ensure(a.row, a.col);
      if (input !== null && typeof input === "object" && "formula" in input) {
        cell.formula = input.formula.startsWith("=") ? input.formula : "=" + input.formula;
        cell.value = null;
        this.entered.add(cell);
      } else {
        delete cell.formula;
        cell.value = input === "" ? null : input;
      }
      sh.tidy(a.row, a.col);
      this.markChanged(sh.name, { top: a.row, left: a.col, bottom: a.row, right: a.col });
    });
  }

  /**
   * Sets one cell as typing into Excel (en-US) does: "=..." is a formula, "+x"/"-x"/"@x" that is
   * not a number becomes a formula too, numbers and percentages become numbers, TRUE/FALSE
   * booleans — unless the cell's number format is "@" (Text): then what is typed stays text as
   * typed ("150%", "1.907", "=SUM(D7:D11)"), as in Excel.
   * @param read how this Excel reads typed text (its locale: the preview's Vietnamese notation);
   *   default en-US, as above. Never asked for a cell formatted as text.
   */
  typeCell(sheet: string, addr: string, text: string | number | boolean | null, read?: (text: string) => CellInput): void {
    const sh = this.must(sheet);
    const a = fromA1(addr);
    if (!a) throw new Error(`Bad cell address "${addr}"`);
    this.batch(() => {
      this.input(sh, a.row, a.col, text, read);
      this.markChanged(sh.name, { top: a.row, left: a.col, bottom: a.row, right: a.col });
    });
  }

  /** Typing semantics for one cell (used by the API's values/formulas setters too); `read` as in typeCell. */
  input(sh: StandInSheet, row: number, col: number, raw: unknown, read?: (text: string) => CellInput): void {
    const cell = sh.ensure(row, col);
    delete cell.formula;
    if (raw === null || raw === undefined || raw === "") {
      cell.value = null;
    } else if (typeof raw === "number" || typeof raw === "boolean") {
      cell.value = raw;
    } else if (isCellError(raw as CellValue)) {
      cell.value = raw as CellError;
    } else {
      const s = typeof raw === "string" ? raw : JSON.stringify(raw);
      const asText = sh.numberFormatAt(row, col) === "@";
      if (asText) cell.value = s;
      else if (read) {
        const v = read(s);
        if (v !== null && typeof v === "object" && "formula" in v) {
          cell.formula = v.formula.startsWith("=") ? v.formula : "=" + v.formula;
          cell.value = null;
        } else {
          cell.value = v === "" ? null : v;
          // Excel gives a percentage typed into a General cell a percent format ("0.00%" with decimals).
          if (typeof v === "number" && /%\s*$/.test(s) && sh.numberFormatAt(row, col) === "General")
            cell.numberFormat = /[.,]\d+\s*%\s*$/.test(s) ? "0.00%" : "0%";
        }
      } else if (s.startsWith("=") && s.length > 1) {
        cell.formula = s;
        cell.value = null;
      } else if (/^[-+]?(\d+(\.\d*)?|\.\d+)([eE][-+]?\d+)?$/.test(s.trim())) {
        cell.value = Number(s.trim());
      } else if (/^[-+]?(\d+(\.\d*)?|\.\d+)%$/.test(s.trim())) {
        cell.value = Number(s.trim().slice(0, -1)) / 100;
        if (sh.numberFormatAt(row, col) === "General") cell.numberFormat = "0%";
      } else if (/^[+\-@]/.test(s)) {
        cell.formula = "=" + s;
        cell.value = null;
      } else if (/^(true|false)$/i.test(s)) {
        cell.value = s.toLowerCase() === "true";
      } else if (/^#(NULL!|DIV\/0!|VALUE!|REF!|NAME\?|NUM!|N\/A)$/i.test(s)) {
        cell.value = { error: s.toUpperCase() };
      } else {
        cell.value = s;
      }
    }
    if (cell.formula !== undefined) this.entered.add(cell);
    sh.tidy(row, col);
    this.dirty = true;
  }

  /** A copy of one cell (value, formula, number format, effective format), or undefined. */
  getCell(sheet: string, addr: string): (StandInCell & { format: CellFormat }) | undefined {
    const sh = this.sheet(sheet);
    const a = fromA1(addr);
    if (!sh || !a) return undefined;
    this.ensureCalculated();
    const c = sh.get(a.row, a.col);
    if (!c) return undefined;
    const out: StandInCell & { format: CellFormat } = { value: c.value, format: sh.formatAt(a.row, a.col) };
    if (c.formula !== undefined) out.formula = c.formula;
    const nf = sh.numberFormatAt(a.row, a.col);
    if (nf !== "General") out.numberFormat = nf;
    return out;
  }

  /* ---------------------------------------------------------------------------------------- */
  /* Selection                                                                                */
  /* ---------------------------------------------------------------------------------------- */

  selection(): Selection {
    const sh = this.sheet(this.activeSheet) ?? this.sheets[0];
    return { sheet: sh?.name ?? "", cell: sh?.selection ?? "A1" };
  }

  activate(sheet: string): void {
    const sh = this.must(sheet);
    if (this.activeSheet !== sh.name) {
      this.activeSheet = sh.name;
      this.selectionMoved = true;
      this.flush();
    }
  }

  select(sheet: string, rect: Rect | string): void {
    const sh = this.must(sheet);
    const r = typeof rect === "string" ? rectFromA1(rect) : rect;
    if (!r) throw new Error(`Bad address "${typeof rect === "string" ? rect : ""}"`);
    const addr = rectToA1(r);
    this.activeSheet = sh.name;
    sh.selection = addr;
    this.selectionMoved = true;
    this.flush();
  }

  /* ---------------------------------------------------------------------------------------- */
  /* Listeners and batching                                                                   */
  /* ---------------------------------------------------------------------------------------- */

  onChange(l: (e: ChangeEvent) => void): () => void {
    this.changeListeners.add(l);
    return () => this.changeListeners.delete(l);
  }

  onSelectionChange(l: (s: Selection) => void): () => void {
    this.selectionListeners.add(l);
    return () => this.selectionListeners.delete(l);
  }

  /**
   * Office.js-shaped worksheet events (events.ts): what each batch added, deleted and changed,
   * heard after the change listeners.
   */
  onSheetEvents(l: (e: SheetEvents) => void): () => void {
    this.sheetEventListeners.add(l);
    return () => this.sheetEventListeners.delete(l);
  }

  /** A change to a sheet; `cells` where it is known (the events' address). */
  markChanged(sheet: string, cells?: Rect): void {
    this.changed.add(sheet);
    this.dirty = true;
    if (cells) {
      const k = nameKey(sheet);
      const was = this.changedCells.get(k);
      this.changedCells.set(
        k,
        was
          ? {
              top: Math.min(was.top, cells.top),
              left: Math.min(was.left, cells.left),
              bottom: Math.max(was.bottom, cells.bottom),
              right: Math.max(was.right, cells.right),
            }
          : { ...cells },
      );
    }
  }

  private clearChanges(): void {
    this.changed.clear();
    this.changedCells.clear();
    this.added.clear();
    this.deleted = [];
  }

  /** The sheet events of the changes since the last flush (none when nothing changed). */
  private takeSheetEvents(): SheetEvents | undefined {
    const added = [...this.added].filter((sh) => this.sheets.includes(sh));
    const changed: SheetEvents["changed"] = [];
    for (const name of this.changed) {
      const sh = this.sheet(name);
      if (!sh || nameKey(sh.name) !== nameKey(name) || this.added.has(sh)) continue;
      const cells = this.changedCells.get(nameKey(name));
      changed.push({ id: sh.id, name: sh.name, address: cells ? rectToA1(cells) : "" });
    }
    const e: SheetEvents = {
      added: added.map((sh) => ({ id: sh.id, name: sh.name })),
      deleted: this.deleted,
      changed,
    };
    this.changedCells.clear();
    this.added.clear();
    this.deleted = [];
    return e.added.length + e.deleted.length + e.changed.length > 0 ? e : undefined;
  }

  /** Runs fn; listeners hear once at the end of the outermost batch (after recalculation). */
  batch<T>(fn: () => T): T {
    this.batchDepth++;
    try {
      return fn();
    } finally {
      this.batchDepth--;
      if (this.batchDepth === 0) this.flush();
    }
  }

  private flush(): void {
    if (this.batchDepth > 0) return;
    this.ensureCalculated();
    if (this.changed.size > 0) {
      const events = this.takeSheetEvents();
      const e = { sheets: [...this.changed] };
      this.changed.clear();
      for (const l of [...this.changeListeners]) l(e);
      if (events) for (const l of [...this.sheetEventListeners]) l(events);
    }
    if (this.selectionMoved) {
      this.selectionMoved = false;
      const s = this.selection();
      for (const l of [...this.selectionListeners]) l(s);
    }
  }

  /* ---------------------------------------------------------------------------------------- */
  /* Calculation                                                                              */
  /* ---------------------------------------------------------------------------------------- */

  /** Brings the values up to date after changes: every formula, or in manual mode those entered. */
  ensureCalculated(): void {
    if (this.dirty) this.recalc(this.calcMode === "Manual" ? this.entered : undefined);
  }

  /**
   * Recalculates every formula, or only those in `only` (the others keep their values, and are
   * read as they are). Circular references give #REF!.
   */
  recalc(only?: ReadonlySet<StandInCell>): void {
    this.dirty = false;
    const done = new Map<StandInCell, CellValue>();
    const visiting = new Set<StandInCell>();
    const due = (c: StandInCell) => c.formula !== undefined && (only === undefined || only.has(c));

    const compute = (sh: StandInSheet, cell: StandInCell): CellValue => {
      if (done.has(cell)) return done.get(cell) as CellValue;
      if (visiting.has(cell)) return ERR.ref;
      visiting.add(cell);
      const ctx: EvalContext = {
        cell: (name, row, col) => {
          const target = name === undefined ? sh : this.sheet(name);
          if (!target) return ERR.ref;
          const c = target.get(row, col);
          if (!c) return null;
          return due(c) ? compute(target, c) : c.value;
        },
        hasSheet: (name) => this.sheet(name) !== undefined,
        valuesIn: (name, rect) => {
          const target = name === undefined ? sh : this.sheet(name);
          if (!target) return [ERR.ref];
          const out: CellValue[] = [];
          const rowsWanted = rect.bottom - rect.top + 1;
          const visit = (r: Map<number, StandInCell>) => {
            for (const [col, c] of r) {
              if (col < rect.left || col > rect.right) continue;
              const v = due(c) ? compute(target, c) : c.value;
              if (v !== null && v !== "") out.push(v);
            }
          };
          if (rowsWanted < target.rows.size) {
            for (let row = rect.top; row <= rect.bottom; row++) {
              const r = target.rows.get(row);
              if (r) visit(r);
            }
          } else {
            for (const [row, r] of target.rows) if (row >= rect.top && row <= rect.bottom) visit(r);
          }
          return out;
        },
      };
      let v: CellValue;
      try {
        v = evaluateFormula(cell.formula ?? "", ctx);
      } catch {
        v = ERR.ref; // too deep a chain
      }
      visiting.delete(cell);
      done.set(cell, v);
      return v;
    };

    for (const sh of this.sheets) {
      const rows = [...sh.rows.keys()].sort((a, b) => a - b);
      for (const row of rows) {
        const r = sh.rows.get(row)!;
        const cols = [...r.keys()].sort((a, b) => a - b);
        for (const col of cols) {
          const c = r.get(col)!;
          if (due(c)) c.value = compute(sh, c);
        }
      }
    }
    this.entered.clear();
  }

  /** For debugging and tests: a sheet's values as "A1 -> value" lines. */
  dump(sheet: string): string {
    const sh = this.must(sheet);
    this.ensureCalculated();
    const lines: string[] = [];
    for (const [row, col, c] of sh.cells()) {
      if (c.value === null && c.formula === undefined) continue;
      lines.push(`${toA1(row, col)}\t${c.formula ?? ""}\t${JSON.stringify(c.value)}`);
    }
    return lines.join("\n");
  }
}
