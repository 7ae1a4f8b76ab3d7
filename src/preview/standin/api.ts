/**
 * The subset of the Excel JavaScript API the add-in uses, over a StandInWorkbook. It keeps the
 * real API's contract so the adapter is honestly exercised: property setters and method calls are
 * queued and run at context.sync(), in order; a property can only be read after load() and a
 * sync (else a PropertyNotLoaded error); *OrNullObject objects say isNullObject after a sync;
 * getItem of a missing sheet and add of a taken name fail the sync; a response bigger than the
 * workbook's payload limit (5 MB, like Excel on the web) fails with RequestPayloadSizeLimitExceeded.
 */
import { utf8Length } from "../../core/text/bytes";
import { addressOf, MAX_COLS, MAX_ROWS, parseAddress } from "../../core/grid/address";
import { type CellValue, type Rect } from "../../core/grid/grid";
import {
  cellCount,
  intersects,
  nameKey,
  WHOLE_SHEET,
  type CellFormat,
  type StandInSheet,
  type StandInWorkbook,
  type Visibility,
} from "./workbook";

/** Like OfficeExtension.Error: a code and a message. */
export class StandInError extends Error {
  readonly code: string;
  readonly debugInfo: { code: string; message: string };
  constructor(code: string, message: string) {
    super(message);
    this.name = "RichApi.Error";
    this.code = code;
    this.debugInfo = { code, message };
  }
}

/* ------------------------------------------------------------------------------------------ */
/* Request context                                                                            */
/* ------------------------------------------------------------------------------------------ */

type Op = () => void;

interface SyncState {
  commits: (() => void)[];
  bytes: number;
}

export class RequestContext {
  readonly workbook: WorkbookApi;
  /** @internal */ readonly _wb: StandInWorkbook;
  private ops: Op[] = [];
  private state: SyncState | undefined;

  constructor(wb: StandInWorkbook) {
    this._wb = wb;
    this.workbook = new WorkbookApi(this);
  }

  /** @internal */ _queue(op: Op): void {
    this.ops.push(op);
  }

  /** @internal Called by ops while a sync runs: make a loaded value visible once it succeeds. */
  _commit(fn: () => void, bytes = 0): void {
    if (!this.state) throw new Error("stand-in: commit outside sync");
    this.state.commits.push(fn);
    this.state.bytes += bytes;
  }

  get hasPending(): boolean {
    return this.ops.length > 0;
  }

  async sync(): Promise<void> {
    const wb = this._wb;
    wb.syncCount++;
    const ops = this.ops;
    this.ops = [];
    await Promise.resolve();
    const state: SyncState = { commits: [], bytes: 0 };
    this.state = state;
    try {
      wb.batch(() => {
        for (const op of ops) op();
      });
    } finally {
      this.state = undefined;
    }
    if (wb.payloadLimitBytes > 0 && state.bytes > wb.payloadLimitBytes) {
      throw new StandInError(
        "RequestPayloadSizeLimitExceeded",
        `The request payload size has exceeded the limit (${state.bytes} bytes > ${wb.payloadLimitBytes}).`,
      );
    }
    for (const c of state.commits) c();
  }

  /** No-op, for code that tracks objects across runs. */
  readonly trackedObjects = { add(): void {}, remove(): void {} };
}

/* ------------------------------------------------------------------------------------------ */
/* Client objects                                                                             */
/* ------------------------------------------------------------------------------------------ */

type LoadArg = string | string[] | { select?: string | string[] } | undefined;

function loadList(arg: LoadArg): string[] | undefined {
  if (arg === undefined) return undefined;
  const raw =
    typeof arg === "string"
      ? [arg]
      : Array.isArray(arg)
        ? arg
        : arg.select === undefined
          ? []
          : typeof arg.select === "string"
            ? [arg.select]
            : arg.select;
  return raw
    .flatMap((s) => s.split(","))
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

abstract class ClientObject<T> {
  protected readonly _ctx: RequestContext;
  private readonly vals = new Map<string, unknown>();
  private resolved: { v: T | null } | undefined;
  private known = false;

  constructor(
    ctx: RequestContext,
    private readonly resolver: () => T | null,
    private readonly nullable: boolean,
    private readonly what: string,
    resolveNow = false,
  ) {
    this._ctx = ctx;
    if (resolveNow) {
      this._target();
      this.known = true;
      return;
    }
    // Resolve where it was asked for, in queue order (a used range after the writes before it).
    ctx._queue(() => {
      this._target();
      ctx._commit(() => {
        this.known = true;
      });
    });
  }

  get context(): RequestContext {
    return this._ctx;
  }

  /** True when an *OrNullObject call found nothing. Readable after a sync. */
  get isNullObject(): boolean {
    if (!this.known) throw notLoaded("isNullObject");
    return this.resolved?.v === null;
  }

  /** @internal The model object, resolved once (at sync time). Null for a null object. */
  _target(): T | null {
    if (!this.resolved) {
      const v = this.resolver();
      if (v === null && !this.nullable) throw new StandInError("ItemNotFound", `The requested ${this.what} does not exist.`);
      this.resolved = { v };
    }
    return this.resolved.v;
  }

  /** Scalar properties load() knows. */
  protected abstract readonly scalarProps: readonly string[];
  /** Reads one scalar property from the model (at sync time). */
  protected abstract readProp(t: T, prop: string): unknown;
  /** Navigation properties ("format", "font"...). */
  protected nav(_name: string): ClientObject<unknown> | undefined {
    return undefined;
  }

  load(arg?: LoadArg): this {
    const list = loadList(arg);
    const scalars: string[] = [];
    for (const p of list ?? this.scalarProps) {
      if (p.includes("/")) {
        const [head, ...rest] = p.split("/");
        const n = this.nav(head);
        if (!n) throw new StandInError("InvalidArgument", `Cannot load "${p}" on ${this.what}.`);
        n.load(rest.join("/"));
      } else if (this.scalarProps.includes(p)) scalars.push(p);
      else if (this.nav(p)) this.nav(p)!.load();
      else throw new StandInError("PropertyNotFound", `The property '${p}' does not exist on ${this.what}.`);
    }
    if (scalars.length > 0) {
      this._ctx._queue(() => {
        const t = this._target();
        const snap = scalars.map((p) => [p, t === null ? null : this.readProp(t, p)] as const);
        const bytes = utf8Length(JSON.stringify(snap));
        this._ctx._commit(() => {
          for (const [p, v] of snap) this.vals.set(p, v);
        }, bytes);
      });
    }
    return this;
  }

  protected get<V>(prop: string): V {
    if (!this.vals.has(prop)) throw notLoaded(prop);
    return this.vals.get(prop) as V;
  }

  /** Queues a change of the model; ignored on a null object. */
  protected change(fn: (t: T) => void): void {
    this._ctx._queue(() => {
      const t = this._target();
      if (t !== null) fn(t);
    });
  }

  /** @internal Marks loaded values (collection items). */
  _preload(prop: string, v: unknown): void {
    this.vals.set(prop, v);
  }

  toJSON(): Record<string, unknown> {
    return Object.fromEntries(this.vals);
  }
}

function notLoaded(prop: string): StandInError {
  return new StandInError(
    "PropertyNotLoaded",
    `The property '${prop}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
  );
}

/* ------------------------------------------------------------------------------------------ */
/* Workbook, worksheets                                                                       */
/* ------------------------------------------------------------------------------------------ */

export class WorkbookApi {
  readonly worksheets: WorksheetCollectionApi;
  constructor(private readonly ctx: RequestContext) {
    this.worksheets = new WorksheetCollectionApi(ctx);
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

const SHEET_PROPS = ["name", "visibility", "position", "id"] as const;

export class WorksheetCollectionApi {
  private loadedItems: WorksheetApi[] | undefined;
  constructor(private readonly ctx: RequestContext) {}

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
      const bytes = utf8Length(JSON.stringify(snap.map((s) => s.vals)));
      ctx._commit(() => {
        this.loadedItems = snap.map(({ sh, vals }) => {
          const w = new WorksheetApi(ctx, () => sh, false, true);
          for (const [p, v] of vals) w._preload(p, v);
          return w;
        });
      }, bytes);
    });
    return this;
  }

  getItem(key: string): WorksheetApi {
    return new WorksheetApi(this.ctx, () => this.ctx._wb.sheet(key) ?? null, false);
  }

  getItemOrNullObject(key: string): WorksheetApi {
    return new WorksheetApi(this.ctx, () => this.ctx._wb.sheet(key) ?? null, true);
  }

  getActiveWorksheet(): WorksheetApi {
    return new WorksheetApi(this.ctx, () => this.ctx._wb.sheet(this.ctx._wb.activeSheet) ?? null, false);
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
    this.ctx._queue(() => {
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
      return `{standin-${index}-${sh.name}}`;
    default:
      void wb;
      return undefined;
  }
}

export class WorksheetApi extends ClientObject<StandInSheet> {
  protected readonly scalarProps = SHEET_PROPS;
  private layout: PageLayoutApi | undefined;

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
    this.change((sh) => {
      const other = this._ctx._wb.sheet(v);
      if (other && other !== sh) throw new StandInError("ItemAlreadyExists", `A sheet named "${v}" already exists.`);
      this._ctx._wb.renameSheet(sh, v);
    });
  }
  get visibility(): Visibility {
    return this.get("visibility");
  }
  set visibility(v: Visibility) {
    this.change((sh) => {
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

  activate(): void {
    this.change((sh) => this._ctx._wb.activate(sh.name));
  }

  delete(): void {
    this.change((sh) => {
      const wb = this._ctx._wb;
      const i = wb.sheets.indexOf(sh);
      if (i >= 0) wb.sheets.splice(i, 1);
      if (wb.activeSheet === sh.name) wb.activeSheet = wb.sheets[0]?.name ?? "";
      wb.markChanged(sh.name);
    });
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

function checkRect(r: Rect): void {
  if (r.top < 0 || r.left < 0 || r.bottom < r.top || r.right < r.left || r.bottom >= MAX_ROWS || r.right >= MAX_COLS) {
    throw new StandInError("InvalidArgument", "The range is outside the worksheet grid.");
  }
}

export class PageLayoutApi extends ClientObject<StandInSheet> {
  protected readonly scalarProps = ["orientation", "paperSize"] as const;
  constructor(ctx: RequestContext, resolver: () => StandInSheet | null) {
    super(ctx, resolver, true, "page layout");
  }
  protected readProp(sh: StandInSheet, prop: string): unknown {
    return prop === "orientation" ? (sh.orientation ?? "Portrait") : (sh.paperSize ?? "Letter");
  }
  get orientation(): string {
    return this.get("orientation");
  }
  set orientation(v: string) {
    this.change((sh) => {
      sh.orientation = v;
    });
  }
  get paperSize(): string {
    return this.get("paperSize");
  }
  set paperSize(v: string) {
    this.change((sh) => {
      sh.paperSize = v;
    });
  }
  setPrintTitleRows(rows: string | RangeApi): void {
    this.change((sh) => {
      if (typeof rows === "string") sh.printTitleRows = rows;
      else {
        const t = rows._target();
        if (t) sh.printTitleRows = `$${t.rect.top + 1}:$${t.rect.bottom + 1}`;
      }
    });
  }
}

/* ------------------------------------------------------------------------------------------ */
/* Ranges                                                                                     */
/* ------------------------------------------------------------------------------------------ */

export interface RangeTarget {
  sheet: StandInSheet;
  rect: Rect;
}

const RANGE_PROPS = [
  "address",
  "addressLocal",
  "rowCount",
  "columnCount",
  "cellCount",
  "rowIndex",
  "columnIndex",
  "values",
  "formulas",
  "numberFormat",
  "valueTypes",
  "text",
] as const;

/** Reading a range bigger than this fails like Excel's five-million-cell limit. */
const MAX_READ_CELLS = 5_000_000;

function excelValue(v: CellValue): string | number | boolean {
  if (v === null) return "";
  if (typeof v === "object") return v.error;
  return v;
}

function valueType(v: CellValue): string {
  if (v === null || v === "") return "Empty";
  if (typeof v === "number") return "Double";
  if (typeof v === "boolean") return "Boolean";
  if (typeof v === "object") return "Error";
  return "String";
}

function displayText(v: CellValue): string {
  if (v === null) return "";
  if (typeof v === "boolean") return v ? "TRUE" : "FALSE";
  if (typeof v === "object") return v.error;
  return String(v);
}

export class RangeApi extends ClientObject<RangeTarget> {
  protected readonly scalarProps = RANGE_PROPS;
  private fmt: RangeFormatApi | undefined;

  constructor(ctx: RequestContext, resolver: () => RangeTarget | null, nullable = false) {
    super(ctx, resolver, nullable, "range");
  }

  protected override nav(name: string): ClientObject<unknown> | undefined {
    return name === "format" ? this.format : undefined;
  }

  protected readProp(t: RangeTarget, prop: string): unknown {
    const { sheet, rect } = t;
    const wb = this._ctx._wb;
    switch (prop) {
      case "address":
      case "addressLocal":
        return addressOf(sheet.name, rect);
      case "rowCount":
        return rect.bottom - rect.top + 1;
      case "columnCount":
        return rect.right - rect.left + 1;
      case "cellCount":
        return cellCount(rect);
      case "rowIndex":
        return rect.top;
      case "columnIndex":
        return rect.left;
    }
    if (cellCount(rect) > MAX_READ_CELLS) {
      throw new StandInError("RangeExceedsLimit", "The range has more cells than can be read at once.");
    }
    wb.ensureCalculated();
    const out: unknown[][] = [];
    for (let r = rect.top; r <= rect.bottom; r++) {
      const row: unknown[] = [];
      const cells = sheet.rows.get(r);
      for (let c = rect.left; c <= rect.right; c++) {
        const cell = cells?.get(c);
        const v = cell?.value ?? null;
        switch (prop) {
          case "values":
            row.push(excelValue(v));
            break;
          case "formulas":
            row.push(cell?.formula ?? excelValue(v));
            break;
          case "numberFormat":
            row.push(sheet.numberFormatAt(r, c));
            break;
          case "valueTypes":
            row.push(valueType(v));
            break;
          case "text":
            row.push(displayText(v));
            break;
        }
      }
      out.push(row);
    }
    return out;
  }

  get address(): string {
    return this.get("address");
  }
  get addressLocal(): string {
    return this.get("addressLocal");
  }
  get rowCount(): number {
    return this.get("rowCount");
  }
  get columnCount(): number {
    return this.get("columnCount");
  }
  get cellCount(): number {
    return this.get("cellCount");
  }
  get rowIndex(): number {
    return this.get("rowIndex");
  }
  get columnIndex(): number {
    return this.get("columnIndex");
  }
  get valueTypes(): string[][] {
    return this.get("valueTypes");
  }
  get text(): string[][] {
    return this.get("text");
  }

  get values(): unknown[][] {
    return this.get("values");
  }
  set values(v: unknown) {
    this.write(v, "values");
  }
  get formulas(): unknown[][] {
    return this.get("formulas");
  }
  set formulas(v: unknown) {
    this.write(v, "formulas");
  }
  get numberFormat(): unknown[][] {
    return this.get("numberFormat");
  }
  set numberFormat(v: unknown) {
    this.change(({ sheet, rect }) => {
      if (!Array.isArray(v) && cellCount(rect) > 10000) {
        sheet.formatLayers.push({ rect: { ...rect }, format: {}, numberFormat: String(v) });
      } else {
        eachInput(rect, v, "numberFormat", (r, c, x) => {
          const cell = sheet.ensure(r, c);
          const nf = x === null || x === undefined ? "General" : typeof x === "string" ? x : JSON.stringify(x);
          if (nf === "General") delete cell.numberFormat;
          else cell.numberFormat = nf;
          sheet.tidy(r, c);
        });
      }
      this._ctx._wb.markChanged(sheet.name);
    });
  }

  private write(v: unknown, what: string): void {
    this.change(({ sheet, rect }) => {
      const wb = this._ctx._wb;
      eachInput(rect, v, what, (r, c, x) => wb.input(sheet, r, c, x));
      wb.markChanged(sheet.name);
    });
  }

  get format(): RangeFormatApi {
    this.fmt ??= new RangeFormatApi(this._ctx, () => this._target());
    return this.fmt;
  }

  get worksheet(): WorksheetApi {
    return new WorksheetApi(this._ctx, () => this._target()?.sheet ?? null, false);
  }

  private derived(fn: (t: RangeTarget) => Rect, nullable = false): RangeApi {
    return new RangeApi(
      this._ctx,
      () => {
        const t = this._target();
        if (!t) return null;
        const rect = fn(t);
        checkRect(rect);
        return { sheet: t.sheet, rect };
      },
      nullable,
    );
  }

  getCell(row: number, column: number): RangeApi {
    return this.derived(({ rect }) => ({
      top: rect.top + row,
      left: rect.left + column,
      bottom: rect.top + row,
      right: rect.left + column,
    }));
  }
  getRow(row: number): RangeApi {
    return this.derived(({ rect }) => ({ top: rect.top + row, bottom: rect.top + row, left: rect.left, right: rect.right }));
  }
  getColumn(column: number): RangeApi {
    return this.derived(({ rect }) => ({
      top: rect.top,
      bottom: rect.bottom,
      left: rect.left + column,
      right: rect.left + column,
    }));
  }
  getResizedRange(deltaRows: number, deltaColumns: number): RangeApi {
    return this.derived(({ rect }) => ({ ...rect, bottom: rect.bottom + deltaRows, right: rect.right + deltaColumns }));
  }
  getAbsoluteResizedRange(numRows: number, numColumns: number): RangeApi {
    return this.derived(({ rect }) => ({ ...rect, bottom: rect.top + numRows - 1, right: rect.left + numColumns - 1 }));
  }
  getOffsetRange(rowOffset: number, columnOffset: number): RangeApi {
    return this.derived(({ rect }) => ({
      top: rect.top + rowOffset,
      bottom: rect.bottom + rowOffset,
      left: rect.left + columnOffset,
      right: rect.right + columnOffset,
    }));
  }
  getEntireColumn(): RangeApi {
    return this.derived(({ rect }) => ({ ...rect, top: 0, bottom: MAX_ROWS - 1 }));
  }
  getEntireRow(): RangeApi {
    return this.derived(({ rect }) => ({ ...rect, left: 0, right: MAX_COLS - 1 }));
  }
  getIntersectionOrNullObject(other: RangeApi | string): RangeApi {
    return new RangeApi(
      this._ctx,
      () => {
        const t = this._target();
        if (!t) return null;
        const o = typeof other === "string" ? parseAddress(other)?.rect : other._target()?.rect;
        if (!o || !intersects(t.rect, o)) return null;
        return {
          sheet: t.sheet,
          rect: {
            top: Math.max(t.rect.top, o.top),
            left: Math.max(t.rect.left, o.left),
            bottom: Math.min(t.rect.bottom, o.bottom),
            right: Math.min(t.rect.right, o.right),
          },
        };
      },
      true,
    );
  }

  /** The merged areas intersecting this range, or a null object when there are none. */
  getMergedAreasOrNullObject(): RangeAreasApi {
    return new RangeAreasApi(this._ctx, () => {
      const t = this._target();
      if (!t) return null;
      const rects = t.sheet.merges.filter((m) => intersects(m, t.rect)).sort((a, b) => a.top - b.top || a.left - b.left);
      return rects.length > 0 ? { sheet: t.sheet, rects } : null;
    });
  }

  merge(across?: boolean): void {
    this.change(({ sheet, rect }) => {
      const areas: Rect[] = across
        ? Array.from({ length: rect.bottom - rect.top + 1 }, (_, i) => ({ ...rect, top: rect.top + i, bottom: rect.top + i }))
        : [rect];
      for (const a of areas) {
        if (a.top === a.bottom && a.left === a.right) continue;
        sheet.merges = sheet.merges.filter((m) => !intersects(m, a));
        sheet.merges.push({ ...a });
        // Only the top-left value survives.
        for (let r = a.top; r <= a.bottom; r++) {
          for (let c = a.left; c <= a.right; c++) {
            if (r === a.top && c === a.left) continue;
            const cell = sheet.get(r, c);
            if (cell) {
              cell.value = null;
              delete cell.formula;
              sheet.tidy(r, c);
            }
          }
        }
      }
      this._ctx._wb.markChanged(sheet.name);
    });
  }

  unmerge(): void {
    this.change(({ sheet, rect }) => {
      sheet.merges = sheet.merges.filter((m) => !intersects(m, rect));
      this._ctx._wb.markChanged(sheet.name);
    });
  }

  select(): void {
    this.change(({ sheet, rect }) => this._ctx._wb.select(sheet.name, rect));
  }

  clear(): void {
    this.change(({ sheet, rect }) => {
      for (const [r, c, cell] of [...sheet.cells()]) {
        if (r < rect.top || r > rect.bottom || c < rect.left || c > rect.right) continue;
        cell.value = null;
        delete cell.formula;
        delete cell.numberFormat;
        delete cell.format;
        sheet.tidy(r, c);
      }
      this._ctx._wb.markChanged(sheet.name);
    });
  }
}

/** Calls fn for each cell of rect with its input: a 2-D array of the range's size, or one value for all. */
function eachInput(rect: Rect, v: unknown, what: string, fn: (row: number, col: number, x: unknown) => void): void {
  const rows = rect.bottom - rect.top + 1;
  const cols = rect.right - rect.left + 1;
  if (Array.isArray(v)) {
    if (v.length !== rows || v.some((r) => !Array.isArray(r) || r.length !== cols)) {
      throw new StandInError(
        "InvalidArgument",
        `The number of rows or columns in the ${what} array doesn't match the size or dimensions of the range.`,
      );
    }
    for (let r = 0; r < rows; r++) for (let c = 0; c < cols; c++) fn(rect.top + r, rect.left + c, (v[r] as unknown[])[c]);
    return;
  }
  if (rows * cols > 1_000_000) throw new StandInError("RangeExceedsLimit", "Too many cells to set one by one in the stand-in.");
  for (let r = rect.top; r <= rect.bottom; r++) for (let c = rect.left; c <= rect.right; c++) fn(r, c, v);
}

export class RangeAreasApi extends ClientObject<{ sheet: StandInSheet; rects: Rect[] }> {
  protected readonly scalarProps = ["address", "addressLocal", "areaCount", "cellCount"] as const;
  constructor(ctx: RequestContext, resolver: () => { sheet: StandInSheet; rects: Rect[] } | null) {
    super(ctx, resolver, true, "range areas");
  }
  protected readProp(t: { sheet: StandInSheet; rects: Rect[] }, prop: string): unknown {
    switch (prop) {
      case "address":
      case "addressLocal":
        return t.rects.map((r) => addressOf(t.sheet.name, r)).join(",");
      case "areaCount":
        return t.rects.length;
      default:
        return t.rects.reduce((s, r) => s + cellCount(r), 0);
    }
  }
  get address(): string {
    return this.get("address");
  }
  get addressLocal(): string {
    return this.get("addressLocal");
  }
  get areaCount(): number {
    return this.get("areaCount");
  }
  get cellCount(): number {
    return this.get("cellCount");
  }
}

/* ------------------------------------------------------------------------------------------ */
/* Formats                                                                                    */
/* ------------------------------------------------------------------------------------------ */

/** Default column width: 8.43 characters = 64 px = 48 pt. */
const DEFAULT_COLUMN_WIDTH = 48;

export class RangeFormatApi extends ClientObject<RangeTarget> {
  protected readonly scalarProps = ["horizontalAlignment", "verticalAlignment", "wrapText", "columnWidth", "rowHeight"] as const;
  readonly font: FontApi;
  readonly borders: BordersApi;

  constructor(ctx: RequestContext, resolver: () => RangeTarget | null) {
    super(ctx, resolver, true, "range format");
    this.font = new FontApi(ctx, resolver);
    this.borders = new BordersApi(ctx, resolver);
  }

  protected override nav(name: string): ClientObject<unknown> | undefined {
    return name === "font" ? this.font : undefined;
  }

  protected readProp({ sheet, rect }: RangeTarget, prop: string): unknown {
    const f = sheet.formatAt(rect.top, rect.left);
    switch (prop) {
      case "horizontalAlignment":
        return f.horizontalAlignment ?? "General";
      case "verticalAlignment":
        return f.verticalAlignment ?? "Bottom";
      case "wrapText":
        return f.wrapText ?? false;
      case "columnWidth":
        return sheet.columnWidths[rect.left] ?? DEFAULT_COLUMN_WIDTH;
      default:
        return 15;
    }
  }

  private patch(p: CellFormat): void {
    this.change(({ sheet, rect }) => {
      sheet.applyFormat(rect, p);
      this._ctx._wb.markChanged(sheet.name);
    });
  }

  get horizontalAlignment(): string {
    return this.get("horizontalAlignment");
  }
  set horizontalAlignment(v: string) {
    this.patch({ horizontalAlignment: v });
  }
  get verticalAlignment(): string {
    return this.get("verticalAlignment");
  }
  set verticalAlignment(v: string) {
    this.patch({ verticalAlignment: v });
  }
  get wrapText(): boolean {
    return this.get("wrapText");
  }
  set wrapText(v: boolean) {
    this.patch({ wrapText: v });
  }
  get columnWidth(): number {
    return this.get("columnWidth");
  }
  set columnWidth(v: number) {
    this.change(({ sheet, rect }) => {
      for (let c = rect.left; c <= rect.right; c++) sheet.columnWidths[c] = v;
      this._ctx._wb.markChanged(sheet.name);
    });
  }
  get rowHeight(): number {
    return this.get("rowHeight");
  }
  set rowHeight(_v: number) {
    this.change(() => undefined);
  }
  autofitColumns(): void {
    this.change(() => undefined);
  }
  autofitRows(): void {
    this.change(() => undefined);
  }
}

export class FontApi extends ClientObject<RangeTarget> {
  protected readonly scalarProps = ["name", "size", "bold", "italic", "underline", "color"] as const;
  constructor(ctx: RequestContext, resolver: () => RangeTarget | null) {
    super(ctx, resolver, true, "font");
  }
  protected readProp({ sheet, rect }: RangeTarget, prop: string): unknown {
    const f = sheet.formatAt(rect.top, rect.left);
    switch (prop) {
      case "name":
        return f.fontName ?? "Calibri";
      case "size":
        return f.fontSize ?? 11;
      case "bold":
        return f.bold ?? false;
      case "italic":
        return f.italic ?? false;
      case "underline":
        return f.underline ? "Single" : "None";
      default:
        return "#000000";
    }
  }
  private patch(p: CellFormat): void {
    this.change(({ sheet, rect }) => {
      sheet.applyFormat(rect, p);
      this._ctx._wb.markChanged(sheet.name);
    });
  }
  get name(): string {
    return this.get("name");
  }
  set name(v: string) {
    this.patch({ fontName: v });
  }
  get size(): number {
    return this.get("size");
  }
  set size(v: number) {
    this.patch({ fontSize: v });
  }
  get bold(): boolean {
    return this.get("bold");
  }
  set bold(v: boolean) {
    this.patch({ bold: v });
  }
  get italic(): boolean {
    return this.get("italic");
  }
  set italic(v: boolean) {
    this.patch({ italic: v });
  }
  get underline(): string {
    return this.get("underline");
  }
  set underline(v: string) {
    this.patch({ underline: v !== "None" });
  }
  get color(): string {
    return this.get("color");
  }
  set color(_v: string) {
    this.change(() => undefined);
  }
}

type Side = "top" | "bottom" | "left" | "right";

export class BordersApi {
  constructor(
    private readonly ctx: RequestContext,
    private readonly resolver: () => RangeTarget | null,
  ) {}
  getItem(index: string): BorderApi {
    return new BorderApi(this.ctx, this.resolver, index);
  }
}

export class BorderApi extends ClientObject<RangeTarget> {
  protected readonly scalarProps = ["style", "weight", "color", "sideIndex"] as const;
  constructor(
    ctx: RequestContext,
    resolver: () => RangeTarget | null,
    private readonly index: string,
  ) {
    super(ctx, resolver, true, "border");
  }
  protected readProp({ sheet, rect }: RangeTarget, prop: string): unknown {
    if (prop === "sideIndex") return this.index;
    if (prop === "weight") return "Thin";
    if (prop === "color") return "#000000";
    const b = sheet.formatAt(rect.top, rect.left).borders ?? {};
    const side: Side =
      this.index === "EdgeBottom" ? "bottom" : this.index === "EdgeLeft" ? "left" : this.index === "EdgeRight" ? "right" : "top";
    return b[side] ?? "None";
  }
  get style(): string {
    return this.get("style");
  }
  set style(v: string) {
    this.change(({ sheet, rect }) => {
      const edge = (r: Rect, side: Side) => sheet.applyFormat(r, { borders: { [side]: v } });
      const { top, bottom, left, right } = rect;
      switch (this.index) {
        case "EdgeTop":
          edge({ top, bottom: top, left, right }, "top");
          break;
        case "EdgeBottom":
          edge({ top: bottom, bottom, left, right }, "bottom");
          break;
        case "EdgeLeft":
          edge({ top, bottom, left, right: left }, "left");
          break;
        case "EdgeRight":
          edge({ top, bottom, left: right, right }, "right");
          break;
        case "InsideVertical":
          if (right > left) {
            edge({ top, bottom, left, right: right - 1 }, "right");
            edge({ top, bottom, left: left + 1, right }, "left");
          }
          break;
        case "InsideHorizontal":
          if (bottom > top) {
            edge({ top, bottom: bottom - 1, left, right }, "bottom");
            edge({ top: top + 1, bottom, left, right }, "top");
          }
          break;
      }
      this._ctx._wb.markChanged(sheet.name);
    });
  }
  get weight(): string {
    return this.get("weight");
  }
  set weight(_v: string) {
    this.change(() => undefined);
  }
  get color(): string {
    return this.get("color");
  }
  set color(_v: string) {
    this.change(() => undefined);
  }
}

/* ------------------------------------------------------------------------------------------ */
/* Excel.run                                                                                  */
/* ------------------------------------------------------------------------------------------ */

/** Excel.run(batch) or Excel.run(object, batch): a fresh context; pending commands sync at the end. */
export async function runBatch<T>(wb: StandInWorkbook, a: unknown, b?: unknown): Promise<T> {
  const batch = (typeof a === "function" ? a : b) as (ctx: RequestContext) => Promise<T>;
  if (typeof batch !== "function") throw new StandInError("InvalidArgument", "Excel.run needs a function.");
  const ctx = new RequestContext(wb);
  const result = await batch(ctx);
  if (ctx.hasPending) await ctx.sync();
  return result;
}
