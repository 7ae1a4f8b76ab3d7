/**
 * Ranges in the stand-in's API: a range's address and size, its cells' values, formulas, number
 * formats, value types and text (read like Excel: "" for an empty cell, an error as its text); the
 * writes of values, formulas and number formats (as typing them would, array or one value for all);
 * ranges derived from a range (cell, row, column, resize, offset, intersection); merged areas,
 * merge, unmerge, select, clear. Reading the cells of more than five million cells at once fails,
 * as in Excel.
 */
import { jsonBytes } from "../../core/text/bytes";
import { addressOf, MAX_COLS, MAX_ROWS, parseAddress } from "../../core/grid/address";
import { type CellValue, type Rect } from "../../core/grid/grid";
import { ClientObject } from "./clientObject";
import type { RequestContext } from "./context";
import { StandInError } from "./errors";
import { RangeFormatApi } from "./format";
import { cellCount, intersects, type StandInSheet, type StandInWorkbook } from "./workbook";
import type { WorksheetApi } from "./worksheet";

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

type CellProp = "values" | "formulas" | "numberFormat" | "valueTypes" | "text";

/** One of a range's cell arrays, as Excel returns it. */
function cellArray(sheet: StandInSheet, rect: Rect, prop: CellProp): unknown[][] {
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

/**
 * What one request for all the data would bring back, in bytes, as context.ts estimates a response:
 * the four arrays the adapter reads (values, formulas, numberFormat, valueTypes) of every sheet's
 * used range (values only). The bench's budget of syncs is derived from it.
 */
export function usedRangeDataBytes(wb: StandInWorkbook): number {
  wb.ensureCalculated();
  let n = 0;
  for (const sheet of wb.sheets) {
    const rect = sheet.usedRect(true);
    if (!rect) continue;
    for (const p of ["values", "formulas", "numberFormat", "valueTypes"] as const) n += jsonBytes(cellArray(sheet, rect, p));
  }
  return n;
}

export class RangeApi extends ClientObject<RangeTarget> {
  protected readonly scalarProps = RANGE_PROPS;
  protected override readonly weighed = true;
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
    return cellArray(sheet, rect, prop as CellProp);
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
    this.change("Range.numberFormat=", ({ sheet, rect }) => {
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

  private write(v: unknown, what: "values" | "formulas"): void {
    this.change(`Range.${what}=`, ({ sheet, rect }) => {
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
    return this._ctx.workbook.worksheets._sheet(() => this._target()?.sheet ?? null);
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
    this.change("Range.merge()", ({ sheet, rect }) => {
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
    this.change("Range.unmerge()", ({ sheet, rect }) => {
      sheet.merges = sheet.merges.filter((m) => !intersects(m, rect));
      this._ctx._wb.markChanged(sheet.name);
    });
  }

  select(): void {
    this.change("Range.select()", ({ sheet, rect }) => this._ctx._wb.select(sheet.name, rect));
  }

  clear(): void {
    this.change("Range.clear()", ({ sheet, rect }) => {
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
  protected override readonly weighed = true;
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

export function checkRect(r: Rect): void {
  if (r.top < 0 || r.left < 0 || r.bottom < r.top || r.right < r.left || r.bottom >= MAX_ROWS || r.right >= MAX_COLS) {
    throw new StandInError("InvalidArgument", "The range is outside the worksheet grid.");
  }
}
