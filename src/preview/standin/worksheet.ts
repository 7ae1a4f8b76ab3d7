/**
 * The workbook and its worksheets in the stand-in's API: context.workbook (the selection, the
 * active cell, the application's calculation mode), the worksheet collection (items, getItem,
 * add…), a worksheet (name, visibility, ranges by address or indexes, the used range, activate,
 * delete), its page layout and its manual page breaks. The page layout and the page breaks are
 * ExcelApi 1.9: on a stand-in of an older Excel their changes fail the sync with ApiNotFound.
 */
import { parseAddress } from "../../core/grid/address";
import { ClientObject, type LoadArg, loadList } from "./clientObject";
import { EventHandlersApi } from "./events";
import type { RequestContext } from "./context";
import { notLoaded, StandInError } from "./errors";
import { checkRect, RangeApi } from "./range";
import { wireObjectBytes } from "./wire";
import { nameKey, WHOLE_SHEET, type CalculationMode, type StandInSheet, type StandInWorkbook, type Visibility } from "./workbook";

export class WorkbookApi {
  readonly worksheets: WorksheetCollectionApi;
  private app: ApplicationApi | undefined;
  constructor(private readonly ctx: RequestContext) {
    this.worksheets = new WorksheetCollectionApi(ctx);
  }
  get application(): ApplicationApi {
    this.app ??= new ApplicationApi(this.ctx);
    return this.app;
  }
  getSelectedRange(): RangeApi {
    const wb = this.ctx._wb;
    return new RangeApi(this.ctx, () => {
      const sh = wb.sheet(wb.activeSheet);
      const p = sh ? parseAddress(sh.selection) : undefined;
      return sh && p ? { sheet: sh, rect: p.rect } : null;
    });
  }
  getActiveCell(): RangeApi {
    const wb = this.ctx._wb;
    return new RangeApi(this.ctx, () => {
      const sh = wb.sheet(wb.activeSheet);
      const p = sh ? parseAddress(sh.selection) : undefined;
      return sh && p ? { sheet: sh, rect: { top: p.rect.top, left: p.rect.left, bottom: p.rect.top, right: p.rect.left } } : null;
    });
  }
}

/** context.workbook.application: Excel's calculation mode, and calculate() (F9). */
export class ApplicationApi extends ClientObject<StandInWorkbook> {
  protected readonly scalarProps = ["calculationMode"] as const;
  constructor(ctx: RequestContext) {
    super(ctx, () => ctx._wb, false, "application", true);
  }
  protected readProp(wb: StandInWorkbook): unknown {
    return wb.calculationMode;
  }
  get calculationMode(): CalculationMode {
    return this.get("calculationMode");
  }
  calculate(_calculationType?: string): void {
    this.change("Application.calculate()", (wb) => wb.calculate());
  }
}

const SHEET_PROPS = ["name", "visibility", "position", "id"] as const;

export class WorksheetCollectionApi {
  private loadedItems: WorksheetApi[] | undefined;
  /** Office.js's worksheet events (events.ts): ExcelApi 1.9 for onChanged, 1.7 for onAdded and onDeleted. */
  readonly onChanged: EventHandlersApi;
  readonly onAdded: EventHandlersApi;
  readonly onDeleted: EventHandlersApi;
  constructor(private readonly ctx: RequestContext) {
    this.onChanged = new EventHandlersApi(ctx, "changed");
    this.onAdded = new EventHandlersApi(ctx, "added");
    this.onDeleted = new EventHandlersApi(ctx, "deleted");
  }

  get items(): WorksheetApi[] {
    if (!this.loadedItems) throw notLoaded("items");
    return this.loadedItems;
  }

  /** load("items/name,items/visibility"), load("name"), load("items") or load(). */
  load(arg?: LoadArg): this {
    const list = loadList(arg) ?? ["items"];
    const props = new Set<string>();
    for (const p of list) {
      const q = p.startsWith("items/") ? p.slice(6) : p;
      if (q === "items" || q === "*") SHEET_PROPS.forEach((s) => props.add(s));
      else if ((SHEET_PROPS as readonly string[]).includes(q)) props.add(q);
      else throw new StandInError("PropertyNotFound", `The property '${p}' does not exist on the worksheet collection.`);
    }
    const ctx = this.ctx;
    ctx._queue(() => {
      const wb = ctx._wb;
      const snap = wb.sheets.map((sh, i) => ({ sh, vals: [...props].map((p) => [p, sheetProp(wb, sh, i, p)] as const) }));
      ctx._commit(
        () => {
          this.loadedItems = snap.map(({ sh, vals }) => {
            const w = new WorksheetApi(ctx, () => sh, false, true);
            for (const [p, v] of vals) w._preload(p, v);
            return w;
          });
        },
        wireObjectBytes([["items", snap.map(({ vals }) => Object.fromEntries(vals))]]),
      );
    });
    return this;
  }

  /** @internal The worksheet a resolver finds at sync time (Range.worksheet). */
  _sheet(resolver: () => StandInSheet | null): WorksheetApi {
    return new WorksheetApi(this.ctx, resolver, false);
  }

  getItem(key: string): WorksheetApi {
    return new WorksheetApi(this.ctx, () => this.ctx._wb.sheet(key) ?? null, false);
  }

  getItemOrNullObject(key: string): WorksheetApi {
    return new WorksheetApi(this.ctx, () => this.ctx._wb.sheet(key) ?? null, true);
  }

  getActiveWorksheet(): WorksheetApi {
    return new WorksheetApi(
      this.ctx,
      () => {
        const wb = this.ctx._wb;
        if (wb.chartSheetActive)
          throw new StandInError("GeneralException", "The active sheet is a chart sheet, not a worksheet.");
        return wb.sheet(wb.activeSheet) ?? null;
      },
      false,
    );
  }

  getFirst(): WorksheetApi {
    return new WorksheetApi(this.ctx, () => this.ctx._wb.sheets[0] ?? null, false);
  }

  getLast(): WorksheetApi {
    return new WorksheetApi(this.ctx, () => this.ctx._wb.sheets[this.ctx._wb.sheets.length - 1] ?? null, false);
  }

  getCount(): { readonly value: number } {
    const result = { known: false, n: 0 };
    this.ctx._queue(() => {
      const n = this.ctx._wb.sheets.length;
      this.ctx._commit(() => {
        result.known = true;
        result.n = n;
      });
    });
    return {
      get value(): number {
        if (!result.known) throw notLoaded("value");
        return result.n;
      },
    };
  }

  /** Adds a sheet at the end. A taken name (case-insensitive) fails the sync with ItemAlreadyExists. */
  add(name?: string): WorksheetApi {
    const wb = this.ctx._wb;
    let created: StandInSheet | null = null;
    wb.log.writes.push("WorksheetCollection.add()");
    this.ctx._queue(() => {
      wb._failIfAsked("WorksheetCollection.add()");
      let n = name;
      if (n === undefined) {
        let i = wb.sheets.length + 1;
        while (wb.sheet(`Sheet${i}`)) i++;
        n = `Sheet${i}`;
      }
      if (n.length === 0 || n.length > 31 || /[:\\/?*[\]]/.test(n) || /^'|'$/.test(n)) {
        throw new StandInError("InvalidArgument", `The sheet name "${n}" is not valid.`);
      }
      if (wb.sheet(n)) throw new StandInError("ItemAlreadyExists", `A sheet named "${n}" already exists.`);
      created = wb.addSheet(n);
    });
    return new WorksheetApi(this.ctx, () => created, false);
  }
}

function sheetProp(wb: StandInWorkbook, sh: StandInSheet, index: number, p: string): unknown {
  switch (p) {
    case "name":
      return sh.name;
    case "visibility":
      return sh.visibility;
    case "position":
      return index;
    case "id":
      return sh.id;
    default:
      void wb;
      return undefined;
  }
}

export class WorksheetApi extends ClientObject<StandInSheet> {
  protected readonly scalarProps = SHEET_PROPS;
  private layout: PageLayoutApi | undefined;
  private breaks: PageBreakCollectionApi | undefined;

  constructor(ctx: RequestContext, resolver: () => StandInSheet | null, nullable: boolean, preResolved = false) {
    super(ctx, resolver, nullable, "worksheet", preResolved);
  }

  protected readProp(sh: StandInSheet, prop: string): unknown {
    const wb = this._ctx._wb;
    return sheetProp(wb, sh, wb.sheets.indexOf(sh), prop);
  }

  get name(): string {
    return this.get("name");
  }
  set name(v: string) {
    this.change("Worksheet.name=", (sh) => {
      const other = this._ctx._wb.sheet(v);
      if (other && other !== sh) throw new StandInError("ItemAlreadyExists", `A sheet named "${v}" already exists.`);
      this._ctx._wb.renameSheet(sh, v);
    });
  }
  get visibility(): Visibility {
    return this.get("visibility");
  }
  set visibility(v: Visibility) {
    this.change("Worksheet.visibility=", (sh) => {
      sh.visibility = v;
      this._ctx._wb.markChanged(sh.name);
    });
  }
  get position(): number {
    return this.get("position");
  }
  get id(): string {
    return this.get("id");
  }

  get pageLayout(): PageLayoutApi {
    this.layout ??= new PageLayoutApi(this._ctx, () => this._target());
    return this.layout;
  }

  /** The manual page breaks above rows (ExcelApi 1.9). */
  get horizontalPageBreaks(): PageBreakCollectionApi {
    this.breaks ??= new PageBreakCollectionApi(this._ctx, () => this._target());
    return this.breaks;
  }

  /** Excel refuses to activate a hidden or very hidden sheet: the sync fails (here InvalidOperation). */
  activate(): void {
    this.change("Worksheet.activate()", (sh) => {
      if (sh.visibility !== "Visible")
        throw new StandInError("InvalidOperation", `The sheet "${sh.name}" is hidden: a hidden sheet cannot be activated.`);
      this._ctx._wb.activate(sh.name);
    });
  }

  delete(): void {
    this.change("Worksheet.delete()", (sh) => this._ctx._wb.removeSheet(sh));
  }

  getRange(address?: string): RangeApi {
    return new RangeApi(this._ctx, () => {
      const sh = this._target();
      if (!sh) return null;
      if (address === undefined || address === "") return { sheet: sh, rect: { ...WHOLE_SHEET } };
      const p = parseAddress(address);
      if (!p) throw new StandInError("InvalidArgument", `The address "${address}" is not valid.`);
      if (p.sheet !== undefined && nameKey(p.sheet) !== nameKey(sh.name)) {
        throw new StandInError("InvalidArgument", `The address "${address}" is on another sheet.`);
      }
      return { sheet: sh, rect: p.rect };
    });
  }

  getRangeByIndexes(startRow: number, startColumn: number, rowCount: number, columnCount: number): RangeApi {
    return new RangeApi(this._ctx, () => {
      const sh = this._target();
      if (!sh) return null;
      const rect = { top: startRow, left: startColumn, bottom: startRow + rowCount - 1, right: startColumn + columnCount - 1 };
      checkRect(rect);
      return { sheet: sh, rect };
    });
  }

  getCell(row: number, column: number): RangeApi {
    return this.getRangeByIndexes(row, column, 1, 1);
  }

  getUsedRange(valuesOnly?: boolean): RangeApi {
    return this.used(valuesOnly, false);
  }

  getUsedRangeOrNullObject(valuesOnly?: boolean): RangeApi {
    return this.used(valuesOnly, true);
  }

  private used(valuesOnly: boolean | undefined, nullable: boolean): RangeApi {
    if (this._ctx._wb.strict && valuesOnly !== true) {
      throw new StandInError(
        "StandInStrict",
        `getUsedRange${nullable ? "OrNullObject" : ""}(${String(valuesOnly)}): a read asks for values only (valuesOnly = true).`,
      );
    }
    return new RangeApi(
      this._ctx,
      () => {
        const sh = this._target();
        if (!sh) return null;
        const r = sh.usedRect(valuesOnly === true);
        if (r) return { sheet: sh, rect: r };
        // Like Excel: an empty sheet's used range is A1 (or a null object).
        return nullable ? null : { sheet: sh, rect: { top: 0, left: 0, bottom: 0, right: 0 } };
      },
      nullable,
    );
  }
}

/** What an Excel without ExcelApi 1.9 says of a 1.9 API, at the sync. */
function requireApi19(ctx: RequestContext, what: string): void {
  if (!ctx._wb.supports("ExcelApi", "1.9"))
    throw new StandInError("ApiNotFound", `${what} is not available in this version of Excel (ExcelApi 1.9).`);
}

export type ZoomOptions = NonNullable<StandInSheet["zoom"]>;

export class PageLayoutApi extends ClientObject<StandInSheet> {
  protected readonly scalarProps = ["orientation", "paperSize", "zoom"] as const;
  constructor(ctx: RequestContext, resolver: () => StandInSheet | null) {
    super(ctx, resolver, true, "page layout");
  }
  protected readProp(sh: StandInSheet, prop: string): unknown {
    if (prop === "zoom") return { scale: 100, ...sh.zoom };
    return prop === "orientation" ? (sh.orientation ?? "Portrait") : (sh.paperSize ?? "Letter");
  }
  /** A change of the page layout, refused by an Excel older than ExcelApi 1.9. */
  private set(label: string, fn: (sh: StandInSheet) => void): void {
    this.change(label, (sh) => {
      requireApi19(this._ctx, "PageLayout");
      fn(sh);
    });
  }
  get orientation(): string {
    return this.get("orientation");
  }
  set orientation(v: string) {
    this.set("PageLayout.orientation=", (sh) => {
      sh.orientation = v;
    });
  }
  get paperSize(): string {
    return this.get("paperSize");
  }
  set paperSize(v: string) {
    this.set("PageLayout.paperSize=", (sh) => {
      sh.paperSize = v;
    });
  }
  /** Fit to pages wide and tall (0: as many as needed), or a print scale. */
  get zoom(): ZoomOptions {
    return this.get("zoom");
  }
  set zoom(v: ZoomOptions) {
    this.set("PageLayout.zoom=", (sh) => {
      if (v.scale !== undefined && (v.scale < 10 || v.scale > 400))
        throw new StandInError("InvalidArgument", `The print scale ${v.scale} is not between 10 and 400.`);
      sh.zoom = { ...v };
    });
  }
  setPrintTitleRows(rows: string | RangeApi): void {
    this.set("PageLayout.setPrintTitleRows()", (sh) => {
      if (typeof rows === "string") sh.printTitleRows = rows;
      else {
        const t = rows._target();
        if (t) sh.printTitleRows = `$${t.rect.top + 1}:$${t.rect.bottom + 1}`;
      }
    });
  }
}

/** Worksheet.horizontalPageBreaks: add() puts a manual page break above a range's first row. */
export class PageBreakCollectionApi {
  constructor(
    private readonly ctx: RequestContext,
    private readonly resolver: () => StandInSheet | null,
  ) {}
  add(pageBreakRange: string | RangeApi): void {
    const wb = this.ctx._wb;
    wb.log.writes.push("PageBreakCollection.add()");
    this.ctx._queue(() => {
      wb._failIfAsked("PageBreakCollection.add()");
      requireApi19(this.ctx, "PageBreakCollection");
      const sh = this.resolver();
      if (!sh) throw new StandInError("ItemNotFound", "The requested worksheet does not exist.");
      let top: number;
      if (typeof pageBreakRange === "string") {
        const p = parseAddress(pageBreakRange);
        if (!p) throw new StandInError("InvalidArgument", `The address "${pageBreakRange}" is not valid.`);
        top = p.rect.top;
      } else {
        const t = pageBreakRange._target();
        if (!t) throw new StandInError("ItemNotFound", "The requested range does not exist.");
        top = t.rect.top;
      }
      sh.addRowBreak(top);
      wb.markChanged(sh.name);
    });
  }
}
