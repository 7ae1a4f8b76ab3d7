/**
 * Ranges in the stand-in's API: a range's address and size, its cells' values, formulas, number
 * formats, value types and text (read like Excel: "" for an empty cell, an error as its text); the
 * writes of values, formulas and number formats (as typing them would, array or one value for all);
 * ranges derived from a range (cell, row, column, resize, offset, intersection); merged areas,
 * merge, unmerge, select, clear; where a range's values are (its own used range, its special cells).
 * Reading more than five million cells in one request fails, as in Excel (context.ts).
 */
import { addressOf, MAX_COLS, MAX_ROWS, parseAddress } from "../../core/grid/address";
import { type CellValue, type Rect } from "../../core/grid/grid";
import { ClientObject } from "./clientObject";
import type { RequestContext } from "./context";
import { StandInError } from "./errors";
import { RangeFormatApi } from "./format";
import { cellCount, intersects, type StandInSheet, type StandInWorkbook } from "./workbook";
import { wireBytes } from "./wire";
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
const CELL_PROPS: readonly string[] = ["values", "formulas", "numberFormat", "valueTypes", "text"];

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
 * What one request for all the data would bring back, in bytes, as the stand-in measures a response
 * (wire.ts): the four arrays the adapter reads (values, formulas, numberFormat, valueTypes) of every
 * sheet's used range (values only). The bench's budget of syncs is derived from it.
 */
export function usedRangeDataBytes(wb: StandInWorkbook): number {
  wb.ensureCalculated();
  let n = 0;
  for (const sheet of wb.sheets) {
    const rect = sheet.usedRect(true);
    if (!rect) continue;
    for (const p of ["values", "formulas", "numberFormat", "valueTypes"] as const) n += wireBytes(cellArray(sheet, rect, p));
  }
  return n;
}

/** Does the cell hold a value (or a formula), the cells a values-only used range counts? */
function hasValue(cell: { value: CellValue; formula?: string } | undefined): boolean {
  return !!cell && (cell.formula !== undefined || (cell.value !== null && cell.value !== ""));
}

/**
 * The rectangles of a range's special cells, as Excel's Go To Special finds them: "Constants"
 * (values typed in) or "Formulas". Runs of such cells along each row, then runs of equal columns
 * over consecutive rows joined: the areas Excel would list (its own split may differ; their union
 * is the same).
 */
function specialAreas(sheet: StandInSheet, rect: Rect, type: string): Rect[] {
  const want = (c: { value: CellValue; formula?: string } | undefined) =>
    hasValue(c) && (type === "Formulas" ? c!.formula !== undefined : c!.formula === undefined);
  const rows = sheet.rowsBetween(rect.top, rect.bottom);
  const open = new Map<string, Rect>();
  const out: Rect[] = [];
  for (const r of rows) {
    const cells = sheet.rows.get(r)!;
    const cols = [...cells.keys()].filter((c) => c >= rect.left && c <= rect.right && want(cells.get(c))).sort((a, b) => a - b);
    const runs: [number, number][] = [];
    for (const c of cols) {
      const last = runs[runs.length - 1];
      if (last && last[1] === c - 1) last[1] = c;
      else runs.push([c, c]);
    }
    const next = new Map<string, Rect>();
    for (const [l, rr] of runs) {
      const key = `${l}:${rr}`;
      const prev = open.get(key);
      if (prev && prev.bottom === r - 1) {
        prev.bottom = r;
        next.set(key, prev);
        open.delete(key);
      } else next.set(key, { top: r, left: l, bottom: r, right: rr });
    }
    for (const done of open.values()) out.push(done);
    open.clear();
    for (const [k, v] of next) open.set(k, v);
  }
  out.push(...open.values());
  return out.sort((a, b) => a.top - b.top || a.left - b.left);
}

/** Smallest rectangle of `rect` holding every value or formula; null when there is none. */
function usedWithin(sheet: StandInSheet, rect: Rect): Rect | null {
  let top = Infinity;
  let left = Infinity;
  let bottom = -1;
  let right = -1;
  for (const r of sheet.rowsBetween(rect.top, rect.bottom)) {
    for (const [c, cell] of sheet.rows.get(r)!) {
      if (c < rect.left || c > rect.right || !hasValue(cell)) continue;
      if (r < top) top = r;
      if (r > bottom) bottom = r;
      if (c < left) left = c;
      if (c > right) right = c;
    }
  }
  return bottom < 0 ? null : { top, left, bottom, right };
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

  protected override cellsRead(t: RangeTarget, props: readonly string[]): number {
    return props.some((p) => CELL_PROPS.includes(p)) ? cellCount(t.rect) : 0;
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
      wb.markChanged(sheet.name, rect);
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

  /**
   * The used range inside this range (ExcelApi 1.4): the smallest range holding its values (and,
   * unless valuesOnly, its formatted cells; the stand-in counts values and formulas either way), or
   * a null object when it holds none.
   */
  getUsedRangeOrNullObject(_valuesOnly?: boolean): RangeApi {
    return new RangeApi(
      this._ctx,
      () => {
        const t = this._target();
        const r = t ? usedWithin(t.sheet, t.rect) : null;
        return t && r ? { sheet: t.sheet, rect: r } : null;
      },
      true,
    );
  }

  /**
   * The cells of this range holding constants or formulas (ExcelApi 1.9, cellType "Constants" or
   * "Formulas"; the value-type filter is not modelled and must be left out), or a null object when
   * there are none.
   */
  getSpecialCellsOrNullObject(cellType: string, cellValueType?: string): RangeAreasApi {
    if (cellType !== "Constants" && cellType !== "Formulas")
      throw new StandInError(
        "InvalidArgument",
        `The stand-in finds special cells of type Constants or Formulas, not ${cellType}.`,
      );
    if (cellValueType !== undefined)
      throw new StandInError("InvalidArgument", "The stand-in does not filter special cells by value type.");
    return new RangeAreasApi(this._ctx, () => {
      const t = this._target();
      if (!t) return null;
      const rects = specialAreas(t.sheet, t.rect, cellType);
      return rects.length > 0 ? { sheet: t.sheet, rects } : null;
    });
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
