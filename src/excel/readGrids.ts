/// <reference types="office-js" />
/**
 * Workbook -> Grid[] over Office.js, in as few round trips as the payload limit allows.
 *
 * - Sync 1: the worksheet names and visibility.
 * - Sync 2 (optimistic): every sheet's used range (values only) with values, formulas, number
 *   formats and value types, plus each sheet's merged areas. A report, the template and
 *   10 000-row workbooks are read in exactly these two syncs.
 * - Excel on the web rejects a response over 5 MB. When sync 2 fails that way (or the caller says
 *   the workbook is known to be large), sync 3 loads only the used ranges' address and size (and
 *   the merged areas); the data is then read in row blocks packed across sheets so that each
 *   request's estimated response stays under `maxResponseBytes`: one sync per block, never per row.
 *   The estimate per cell starts from a default and is refined from what each block measured.
 *
 * Nothing here writes to the workbook.
 */
import { jsonBytes, utf8Length } from "../core/text/bytes";
import { type Cell, type CellValue, type Grid, type Rect, type Row } from "../core/grid/grid";
import { parseAddress, parseAreas } from "../core/grid/address";
import { isSetSupported } from "./requirements";

export interface ReadOptions {
  /** Target size of one response (default 4.5 MB; Excel on the web rejects more than 5 MB). */
  maxResponseBytes?: number;
  /** Skip the optimistic one-request read (the previous read in this session needed blocks). */
  knownLarge?: boolean;
  /** Reading progress, 0..1 (called after each block). */
  onProgress?: (fraction: number) => void;
}

export interface ReadResult {
  grids: Grid[];
  /** Number of context.sync() calls made, failed ones included. */
  syncs: number;
  /** Estimated response bytes: UTF-8 length of the JSON of what was loaded. */
  bytes: number;
  /** True when the data had to be read in blocks. */
  chunked: boolean;
}

export const DEFAULT_MAX_RESPONSE_BYTES = 4.5 * 1024 * 1024;

/** First guess of the response bytes per cell: 4 arrays (values, formulas, numberFormat, valueTypes) × ~12. */
const DEFAULT_BYTES_PER_CELL = 48;

// The properties each load asks for are written out at the load() calls, as literals, so that
// eslint-plugin-office-addins can check every property read was loaded first.

/** Module memory: did the last read in this session need blocks? (see excelHost) */
let lastRunWasLarge = false;

export function lastReadWasLarge(): boolean {
  return lastRunWasLarge;
}

/** For tests. */
export function resetReadMemory(): void {
  lastRunWasLarge = false;
}

/** The response was too big for Excel on the web. */
export function isPayloadSizeError(e: unknown): boolean {
  if (!e || typeof e !== "object") return false;
  const err = e as { code?: unknown; message?: unknown };
  const code = typeof err.code === "string" ? err.code : "";
  if (/PayloadSizeLimitExceeded/i.test(code)) return true;
  const msg = typeof err.message === "string" ? err.message : "";
  return /payload\s*size/i.test(msg);
}

/* ------------------------------------------------------------------------------------------ */
/* Pure helpers (exported for tests)                                                          */
/* ------------------------------------------------------------------------------------------ */

/** A range address ("Sheet1!B2:F9", "Sheet1!B2") to a Rect, or undefined. */
function rectOfAddress(address: string): Rect | undefined {
  return parseAddress(address)?.rect;
}

/** A RangeAreas address ("'S'!A1:E1,'S'!A2:E2") to Rects, sorted by top, left. */
export function rectsOfAreas(address: string): Rect[] {
  const rects = (parseAreas(address) ?? []).map((a) => a.rect);
  rects.sort((a, b) => a.top - b.top || a.left - b.left);
  return rects;
}

/** One cell as the core sees it, from what Office.js returned for it; undefined when empty. */
export function cellFromExcel(value: unknown, formula: unknown, numberFormat: unknown, valueType: unknown): Cell | undefined {
  const isFormula = typeof formula === "string" && formula.startsWith("=") && formula !== value;
  if (!isFormula && (value === "" || value === null || value === undefined)) return undefined;
  let v: CellValue;
  if (valueType === "Error") v = { error: String(value) };
  else if (typeof value === "number" || typeof value === "string" || typeof value === "boolean") v = value;
  else if (value === null || value === undefined) v = null;
  else v = JSON.stringify(value) ?? "";
  const cell: Cell = { value: v };
  if (isFormula) cell.formula = formula;
  if (typeof numberFormat === "string" && numberFormat !== "" && numberFormat !== "General") cell.numberFormat = numberFormat;
  return cell;
}

interface Block {
  values: unknown[][];
  formulas: unknown[][];
  numberFormat: unknown[][];
  valueTypes: unknown[][];
}

/** Puts a block of rows (read at sheet position top/left) into grid rows; keeps rows sparse. */
function addBlock(rows: (Row | undefined)[], top: number, left: number, b: Block): void {
  const n = b.values.length;
  for (let r = 0; r < n; r++) {
    const vr = b.values[r];
    const fr = b.formulas[r];
    const nr = b.numberFormat[r];
    const tr = b.valueTypes[r];
    let row: Row | undefined;
    for (let c = 0; c < vr.length; c++) {
      const cell = cellFromExcel(vr[c], fr?.[c], nr?.[c], tr?.[c]);
      if (!cell) continue;
      row ??= [];
      row[left + c] = cell;
    }
    if (row) rows[top + r] = row;
  }
}

function blockBytes(b: Block): number {
  return jsonBytes(b.values) + jsonBytes(b.formulas) + jsonBytes(b.numberFormat) + jsonBytes(b.valueTypes);
}

function blockOf(range: Excel.Range): Block {
  return {
    values: range.values as unknown[][],
    formulas: range.formulas as unknown[][],
    numberFormat: range.numberFormat as unknown[][],
    valueTypes: range.valueTypes,
  };
}

/** Merged areas can be asked for from ExcelApi 1.13. */
function mergesSupported(): boolean {
  return isSetSupported("ExcelApi", "1.13");
}

/* ------------------------------------------------------------------------------------------ */
/* The read                                                                                   */
/* ------------------------------------------------------------------------------------------ */

interface SheetInfo {
  ws: Excel.Worksheet;
  name: string;
  hidden: boolean;
}

interface Segment {
  sheet: number;
  /** Sheet position of the first row still to read, and of the used range's left column. */
  row: number;
  left: number;
  rows: number;
  cols: number;
}

/**
 * Takes from the front of `queue` the segments of one request: whole sheets while they fit, then as
 * many rows of the next one as fit (a single row bigger than the budget still goes, alone).
 */
function pack(queue: Segment[], budget: number, rowCap: number, perCell: (sheet: number) => number): Segment[] {
  const take: Segment[] = [];
  let capLeft = rowCap;
  while (queue.length > 0 && capLeft > 0) {
    const seg = queue[0];
    const perRow = perCell(seg.sheet) * seg.cols;
    const fit = Math.min(capLeft, Math.floor(budget / perRow));
    if (fit >= seg.rows) {
      take.push(seg);
      queue.shift();
      budget -= seg.rows * perRow;
      capLeft -= seg.rows;
      continue;
    }
    const n = Math.min(seg.rows, take.length === 0 ? Math.max(1, fit) : fit);
    if (n === seg.rows) {
      take.push(seg);
      queue.shift();
    } else if (n > 0) {
      take.push({ ...seg, rows: n });
      seg.row += n;
      seg.rows -= n;
    }
    break;
  }
  return take;
}

/** Puts segments taken for a rejected request back at the front of the queue, in order. */
function unpack(queue: Segment[], take: Segment[]): void {
  for (let k = take.length - 1; k >= 0; k--) {
    const seg = take[k];
    const head = queue[0];
    if (head && head.sheet === seg.sheet && head.row === seg.row + seg.rows) {
      head.row = seg.row;
      head.rows += seg.rows;
    } else queue.unshift({ ...seg });
  }
}

/**
 * Reads every sheet's used range into Grids in few round trips:
 *
 * - Sync 1: the sheet list, and the size of the active, first and last sheets' used ranges.
 * - Small workbooks (the report, the template, 10 000 rows: the probe says the data fits in one
 *   response): sync 2 loads everything. Two syncs in all.
 * - Large ones (the probe or the previous validation says so): sync 2 loads every used range's size
 *   and merged areas together with the first block of data of the probed sheets; then one sync per
 *   block of ≤ 5 MB. A workbook whose size the probe missed (a big sheet in the middle) costs one
 *   rejected request, then the same.
 */
export async function readWorkbookGrids(context: Excel.RequestContext, opts: ReadOptions = {}): Promise<ReadResult> {
  const maxBytes = opts.maxResponseBytes ?? DEFAULT_MAX_RESPONSE_BYTES;
  /** Once bytes per cell are measured, requests can go closer to the limit (still under 5 000 000 bytes). */
  const measuredBytes = Math.min(maxBytes * 1.04, 4_900_000);
  let syncs = 0;
  let bytes = 0;
  const sync = async () => {
    syncs++;
    await context.sync();
  };

  // Sync 1: the sheets, and the sizes of the sheets Excel can name without a list.
  const collection = context.workbook.worksheets;
  collection.load("items/name,items/visibility");
  const probes = [collection.getActiveWorksheet(), collection.getFirst(), collection.getLast()].map((ws) => {
    ws.load("name");
    const used = ws.getUsedRangeOrNullObject(true);
    used.load("address,rowCount,columnCount");
    return { ws, used };
  });
  await sync();
  const sheets: SheetInfo[] = collection.items.map((ws) => ({
    ws,
    name: ws.name,
    hidden: (ws.visibility as string) !== "Visible",
  }));
  for (const s of sheets) bytes += utf8Length(JSON.stringify({ name: s.name, visibility: s.ws.visibility }));
  // What the probe saw, per sheet index.
  const probed = new Map<number, Segment>();
  for (const p of probes) {
    bytes += utf8Length(JSON.stringify(p.ws.name)) + (p.used.isNullObject ? 0 : utf8Length(JSON.stringify(p.used.address)) + 20);
    const i = sheets.findIndex((s) => s.name === p.ws.name);
    if (i < 0 || probed.has(i) || p.used.isNullObject) continue;
    const at = rectOfAddress(p.used.address);
    if (!at || p.used.rowCount <= 0 || p.used.columnCount <= 0) continue;
    probed.set(i, { sheet: i, row: at.top, left: at.left, rows: p.used.rowCount, cols: p.used.columnCount });
  }
  let estimate = 0;
  for (const seg of probed.values()) estimate += seg.rows * seg.cols * DEFAULT_BYTES_PER_CELL;
  const large = opts.knownLarge === true || estimate > maxBytes;

  let withMerges = mergesSupported();
  const makeGrid = (s: SheetInfo, merges: Rect[] | undefined): Grid => {
    const g: Grid = { name: s.name, rows: [], merges: merges ?? [] };
    if (s.hidden) g.hidden = true;
    return g;
  };

  // Sync 2 (small workbooks): everything at once.
  if (!large) {
    for (let attempt = 0; attempt < 2; attempt++) {
      const mergesNow = withMerges;
      const parts = sheets.map((s) => {
        const used = s.ws.getUsedRangeOrNullObject(true);
        used.load("address,rowCount,columnCount,values,formulas,numberFormat,valueTypes");
        let merged: Excel.RangeAreas | undefined;
        if (mergesNow) {
          merged = s.ws.getRange().getMergedAreasOrNullObject();
          merged.load("address");
        }
        return { used, merged };
      });
      try {
        await sync();
      } catch (e) {
        if (isPayloadSizeError(e)) break;
        // More than 512 merged areas on a sheet makes getMergedAreasOrNullObject fail: once more
        // without merged areas; anything else is a real error.
        if (mergesNow && attempt === 0) {
          withMerges = false;
          continue;
        }
        throw e;
      }
      const grids = sheets.map((s, i) => {
        const { used, merged } = parts[i];
        const merges = merged && !merged.isNullObject ? rectsOfAreas(merged.address) : undefined;
        if (merged && !merged.isNullObject) bytes += utf8Length(JSON.stringify(merged.address));
        const g = makeGrid(s, merges);
        if (!used.isNullObject) {
          const at = rectOfAddress(used.address);
          if (at) {
            const b = blockOf(used);
            bytes += blockBytes(b) + utf8Length(JSON.stringify(used.address)) + 20;
            addBlock(g.rows, at.top, at.left, b);
          }
        }
        return g;
      });
      lastRunWasLarge = false;
      opts.onProgress?.(1);
      return { grids, syncs, bytes, chunked: false };
    }
  }

  // Large: every used range's size (and merged areas), with the first block of the probed sheets.
  lastRunWasLarge = true;
  const measured = new Map<number, { bytes: number; cells: number }>();
  let allBytes = 0;
  let allCells = 0;
  const perCell = (sheet: number): number => {
    const m = measured.get(sheet);
    if (m && m.cells > 0) return Math.max(1, m.bytes / m.cells);
    if (allCells > 0) return Math.max(1, allBytes / allCells);
    return DEFAULT_BYTES_PER_CELL;
  };
  const grids: Grid[] = sheets.map((s) => makeGrid(s, undefined));
  let readRows = 0;
  let totalRows = 0;
  const record = (seg: Segment, range: Excel.Range) => {
    const b = blockOf(range);
    const n = blockBytes(b);
    bytes += n;
    const m = measured.get(seg.sheet) ?? { bytes: 0, cells: 0 };
    m.bytes += n;
    m.cells += seg.rows * seg.cols;
    measured.set(seg.sheet, m);
    allBytes += n;
    allCells += seg.rows * seg.cols;
    addBlock(grids[seg.sheet].rows, seg.row, seg.left, b);
    readRows += seg.rows;
  };
  const loadSegments = (take: Segment[]) =>
    take.map((seg) => {
      const r = sheets[seg.sheet].ws.getRangeByIndexes(seg.row, seg.left, seg.rows, seg.cols);
      r.load("values,formulas,numberFormat,valueTypes");
      return r;
    });

  let dims: { used: Excel.Range; merged?: Excel.RangeAreas }[] = [];
  // Rows already read per sheet (from the top of its used range) in the sizes request.
  const early = new Map<number, number>();
  let first: Segment[] = large
    ? pack(
        [...probed.values()].map((x) => ({ ...x })),
        maxBytes,
        Infinity,
        perCell,
      )
    : [];
  for (let attempt = 0; attempt < 3; attempt++) {
    const mergesNow = withMerges;
    dims = sheets.map((s) => {
      const used = s.ws.getUsedRangeOrNullObject(true);
      used.load("address,rowCount,columnCount");
      let merged: Excel.RangeAreas | undefined;
      if (mergesNow) {
        merged = s.ws.getRange().getMergedAreasOrNullObject();
        merged.load("address");
      }
      return { used, merged };
    });
    const ranges = loadSegments(first);
    try {
      await sync();
      first.forEach((seg, k) => {
        record(seg, ranges[k]);
        early.set(seg.sheet, (early.get(seg.sheet) ?? 0) + seg.rows);
      });
      break;
    } catch (e) {
      if (isPayloadSizeError(e) && first.length > 0) {
        first = []; // the estimate was wrong: sizes alone, then blocks
        continue;
      }
      if (mergesNow && !isPayloadSizeError(e)) {
        withMerges = false;
        continue;
      }
      throw e;
    }
  }

  const queue: Segment[] = [];
  sheets.forEach((_s, i) => {
    const { used, merged } = dims[i];
    if (merged && !merged.isNullObject) {
      grids[i].merges = rectsOfAreas(merged.address);
      bytes += utf8Length(JSON.stringify(merged.address));
    }
    if (used.isNullObject) return;
    bytes += utf8Length(JSON.stringify(used.address)) + 20;
    const at = rectOfAddress(used.address);
    if (!at || used.rowCount <= 0 || used.columnCount <= 0) return;
    totalRows += used.rowCount;
    const done = early.get(i) ?? 0;
    if (done < used.rowCount)
      queue.push({ sheet: i, row: at.top + done, left: at.left, rows: used.rowCount - done, cols: used.columnCount });
  });
  opts.onProgress?.(totalRows > 0 ? readRows / totalRows : 1);

  /** After a rejected request: at most this many rows in the next one (halved on each failure). */
  let rowCap = Infinity;
  let failures = 0;
  while (queue.length > 0) {
    const take = pack(queue, allCells > 0 ? measuredBytes : maxBytes, rowCap, perCell);
    const ranges = loadSegments(take);
    try {
      await sync();
    } catch (e) {
      if (!isPayloadSizeError(e)) throw e;
      unpack(queue, take);
      const rows = take.reduce((n, t) => n + t.rows, 0);
      failures++;
      if (rows <= 1 || failures > 40) {
        throw new Error("Một hàng của bảng tính quá lớn để đọc trong một yêu cầu (giới hạn 5 MB của Excel trên web).");
      }
      rowCap = Math.max(1, Math.floor(rows / 2));
      continue;
    }
    failures = 0;
    rowCap *= 2;
    take.forEach((seg, k) => record(seg, ranges[k]));
    opts.onProgress?.(totalRows > 0 ? readRows / totalRows : 1);
  }
  // A workbook that turned out to fit in one response goes back to the one-request read next time.
  if (allBytes <= maxBytes) lastRunWasLarge = false;
  opts.onProgress?.(1);
  return { grids, syncs, bytes, chunked: true };
}
