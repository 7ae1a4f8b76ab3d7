/// <reference types="office-js" />
/**
 * Workbook -> Grid[] over Office.js, safely on any workbook: no request ever asks Excel for more
 * than it can answer, and a sheet whose used range is far bigger than its data (one stray value at
 * XFD1048576) is read by where its values are, not cell by cell.
 *
 * - Sync 1: the worksheet names and visibility (nothing that fails when a chart sheet is active).
 * - Sync 2: every sheet's used range (values only: address and size, no cells) and merged areas.
 *   Each sheet's cells are counted before any of them is loaded.
 * - Locating (only for used ranges over LOCATE_ABOVE_CELLS cells): where the values really are —
 *   Range.getSpecialCellsOrNullObject (constants, formulas) where ExcelApi 1.9 is there, else the
 *   used range cut into tiles whose own used ranges are asked for, empty tiles dropped, big sparse
 *   ones cut again. A handful of syncs whatever the used range's size.
 * - Data: the areas to read, packed into requests of at most `maxResponseBytes` (default 4 000 000:
 *   a real margin under Excel on the web's 5 MB) and at most `maxRequestCells` (5 000 000, Excel's
 *   limit on every platform), estimated per cell from what the earlier requests measured. The report,
 *   the template and 10 000-row workbooks take one data request: three syncs in all.
 * - A request Excel refuses (payload too large, RangeExceedsLimit, or cell arrays that come back
 *   null) is retried at half the budget, and the budget stays halved for the rest of the read.
 *
 * - A partial read (options `sheets` and `previous`: the pane re-checking after an edit) reads only
 *   the sheets named — sync 2 and the data for them alone — and takes the others' Grids from the
 *   earlier read; when no sheet is left to read, the read is sync 1 alone.
 * - Between syncs the read stops when its `signal` is aborted (the pane's "Dừng").
 *
 * The payload of a response is counted in its largest form (core/text/bytes.ts: non-ASCII as
 * `\uXXXX`), so the margin holds whatever encoding Excel uses. Nothing here writes to the workbook.
 */
import { jsonBytes } from "../core/text/bytes";
import { type Cell, type CellValue, type Grid, type Rect, type Row } from "../core/grid/grid";
import { parseAddress, parseAreas } from "../core/grid/address";
import { isSetSupported } from "./requirements";

export interface ReadOptions {
  /** Largest estimated response of one request (default 4 000 000 bytes; Excel on the web refuses 5 MB). */
  maxResponseBytes?: number;
  /** Most cells one request may load (default and ceiling 5 000 000, Excel's limit). */
  maxRequestCells?: number;
  /**
   * Reading progress, 0..1 (called before and after each data request); `at` names the sheets the
   * request about to go out reads, and where they stand among the sheets read.
   */
  onProgress?: (fraction: number, at?: ReadAt) => void;
  /**
   * Read the data of these sheets only (names as Excel compares them); every other sheet is taken
   * from `previous` — its cells and merged areas, with its visibility read again. A sheet not in
   * `previous` (added, renamed) is read all the same. Without `previous` every sheet is read.
   */
  sheets?: readonly string[];
  /** The Grids of an earlier read, for `sheets`. */
  previous?: readonly Grid[];
  /** Stops the read between syncs: it then rejects with the signal's reason (an AbortError). */
  signal?: AbortSignal;
  /** Awaited between data requests (the pane passes a yield to the interface, so it can repaint). */
  pause?: () => Promise<void>;
}

/** Where a read stands: the sheets of the next request, 1-based among the `count` sheets read. */
interface ReadAt {
  /** The first and last sheet the request reads (the same when it reads one). */
  first: string;
  last: string;
  index: number;
  lastIndex: number;
  count: number;
}

export interface ReadResult {
  grids: Grid[];
  /** Number of context.sync() calls made, failed ones included. */
  syncs: number;
  /** Estimated response bytes of the requests that went through (their largest JSON form). */
  bytes: number;
  /** True when the data took more than one request. */
  chunked: boolean;
  /** Sheets whose used range was read by its populated areas (far bigger than its data). */
  located: string[];
  /** Requests Excel refused as too large, each retried smaller. */
  retries: number;
  /** Sheets taken from `previous` without reading their data (options `sheets`). */
  reused: string[];
}

/** The default target size of one response: 20 % under Excel on the web's 5 000 000 bytes. */
export const DEFAULT_MAX_RESPONSE_BYTES = 4_000_000;
/** Excel reads at most five million cells in one request, on every platform. */
const MAX_REQUEST_CELLS = 5_000_000;
/** A used range with more cells than this is located (its populated areas found) before it is read. */
export const LOCATE_ABOVE_CELLS = 250_000;

/** First guess of the response bytes per cell: 4 arrays (values, formulas, numberFormat, valueTypes) × ~12. */
const DEFAULT_BYTES_PER_CELL = 48;
/** What a range adds to a response besides its arrays (property names, address, brackets). */
const BYTES_PER_RANGE = 120;
/** Tiles one sync asks the used range of, when locating without getSpecialCells. */
const TILES_PER_SYNC = 4096;
/** Rounds of cutting tiles before a still-large tile is read as it is. */
const LOCATE_ROUNDS = 4;
/** Refused requests after which the read gives up. */
const MAX_RETRIES = 30;

// The properties each load asks for are written out at the load() calls, as literals, so that
// eslint-plugin-office-addins can check every property read was loaded first.

/** Excel refused the request as too large: its payload, or more cells than it reads at once. */
export function isPayloadSizeError(e: unknown): boolean {
  if (!e || typeof e !== "object") return false;
  const err = e as { code?: unknown; message?: unknown };
  const code = typeof err.code === "string" ? err.code : "";
  if (/PayloadSizeLimitExceeded|RangeExceedsLimit/i.test(code)) return true;
  const msg = typeof err.message === "string" ? err.message : "";
  return /payload\s*size/i.test(msg);
}

/** Cell arrays that did not come back as the range's rows and columns (a platform's answer to an oversized read). */
class MissingArraysError extends Error {
  readonly code = "RangeExceedsLimit";
}

/** The message when even the smallest request is refused. */
const TOO_LARGE =
  "Excel từ chối trả dữ liệu dù đã chia thành những yêu cầu nhỏ nhất (giới hạn 5 MB và 5 triệu ô mỗi yêu cầu). Hãy tách bảng tính thành các tệp nhỏ hơn hoặc kiểm tra tệp bằng dòng lệnh: baocao check tep.xlsx";

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

const area = (r: Rect) => (r.bottom - r.top + 1) * (r.right - r.left + 1);
const union = (a: Rect, b: Rect): Rect => ({
  top: Math.min(a.top, b.top),
  left: Math.min(a.left, b.left),
  bottom: Math.max(a.bottom, b.bottom),
  right: Math.max(a.right, b.right),
});

/**
 * Populated areas -> the rectangles to read: areas close together are read as one rectangle when it
 * is at most twice their cells (plus a small allowance), so that a table Excel lists as hundreds of
 * areas (numbers, texts and formulas in turn) costs a few ranges, and a stray value far away stays
 * its own one-cell range.
 */
export function coalesceAreas(areas: Rect[]): Rect[] {
  const sorted = [...areas].sort((a, b) => a.top - b.top || a.left - b.left);
  const groups: { box: Rect; cells: number }[] = [];
  const fits = (g: { box: Rect; cells: number }, cells: number, box: Rect) => area(box) <= 2 * (g.cells + cells) + 4096;
  for (const r of sorted) {
    const cells = area(r);
    const g = groups.find((x) => fits(x, cells, union(x.box, r)));
    if (g) {
      g.box = union(g.box, r);
      g.cells += cells;
    } else groups.push({ box: { ...r }, cells });
  }
  // Groups that grew into each other.
  for (let merged = true; merged;) {
    merged = false;
    for (let i = 0; i < groups.length && !merged; i++) {
      for (let j = i + 1; j < groups.length; j++) {
        const box = union(groups[i].box, groups[j].box);
        if (fits(groups[i], groups[j].cells, box)) {
          groups[i] = { box, cells: groups[i].cells + groups[j].cells };
          groups.splice(j, 1);
          merged = true;
          break;
        }
      }
    }
  }
  return groups.map((g) => g.box).sort((a, b) => a.top - b.top || a.left - b.left);
}

/** Cuts a rectangle into at most `n` tiles (whole rows first: a sheet is usually long and narrow). */
export function tilesOf(r: Rect, n: number): Rect[] {
  const rows = r.bottom - r.top + 1;
  const cols = r.right - r.left + 1;
  const colCuts = Math.max(1, Math.min(cols, Math.floor(Math.sqrt(n)), Math.ceil((cols * n) / (rows + cols))));
  const rowCuts = Math.max(1, Math.min(rows, Math.floor(n / colCuts)));
  const out: Rect[] = [];
  for (let i = 0; i < rowCuts; i++) {
    const top = r.top + Math.floor((rows * i) / rowCuts);
    const bottom = r.top + Math.floor((rows * (i + 1)) / rowCuts) - 1;
    for (let j = 0; j < colCuts; j++) {
      const left = r.left + Math.floor((cols * j) / colCuts);
      const right = r.left + Math.floor((cols * (j + 1)) / colCuts) - 1;
      out.push({ top, left, bottom, right });
    }
  }
  return out;
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

/** Puts a block (read at sheet position top/left) into grid rows; keeps rows sparse. */
function addBlock(rows: (Row | undefined)[], top: number, left: number, b: Block): void {
  const n = b.values.length;
  for (let r = 0; r < n; r++) {
    const vr = b.values[r];
    const fr = b.formulas[r];
    const nr = b.numberFormat[r];
    const tr = b.valueTypes[r];
    let row = rows[top + r];
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

/** The four arrays of a loaded range, checked to be its rows × columns (some platforms answer an oversized read with null). */
function blockOf(range: Excel.Range, rows: number, cols: number): Block {
  const b: Block = {
    values: range.values as unknown[][],
    formulas: range.formulas as unknown[][],
    numberFormat: range.numberFormat as unknown[][],
    valueTypes: range.valueTypes,
  };
  for (const a of [b.values, b.formulas, b.numberFormat, b.valueTypes]) {
    if (!Array.isArray(a) || a.length !== rows || !Array.isArray(a[0]) || a[0].length !== cols) {
      throw new MissingArraysError(`Excel trả về mảng ô rỗng cho vùng ${rows}×${cols} ô.`);
    }
  }
  return b;
}

/** Merged areas can be asked for from ExcelApi 1.13. */
function mergesSupported(): boolean {
  return isSetSupported("ExcelApi", "1.13");
}

/** Special cells (where the values are) can be asked for from ExcelApi 1.9. */
function specialCellsSupported(): boolean {
  return isSetSupported("ExcelApi", "1.9");
}

/* ------------------------------------------------------------------------------------------ */
/* Packing areas into requests                                                                */
/* ------------------------------------------------------------------------------------------ */

interface Segment {
  sheet: number;
  /** Sheet position of the first row still to read and of the first column. */
  row: number;
  left: number;
  rows: number;
  cols: number;
}

/**
 * Takes from the front of `queue` the segments of one request: whole segments while they fit, then
 * as many rows of the next one as fit; a single row wider than the budget is cut by columns.
 */
export function pack(queue: Segment[], budget: { bytes: number; cells: number }, perCell: (sheet: number) => number): Segment[] {
  const take: Segment[] = [];
  let bytesLeft = budget.bytes;
  let cellsLeft = budget.cells;
  while (queue.length > 0) {
    const seg = queue[0];
    const per = perCell(seg.sheet);
    const rowBytes = per * seg.cols;
    const fit = Math.min(Math.floor((bytesLeft - BYTES_PER_RANGE) / rowBytes), Math.floor(cellsLeft / seg.cols));
    if (fit >= seg.rows) {
      take.push(queue.shift()!);
      bytesLeft -= seg.rows * rowBytes + BYTES_PER_RANGE;
      cellsLeft -= seg.rows * seg.cols;
      continue;
    }
    if (fit > 0) {
      take.push({ ...seg, rows: fit });
      seg.row += fit;
      seg.rows -= fit;
    } else if (take.length === 0) {
      // Not even one row fits: the first columns of the first row, the rest of it back in the queue.
      const cols = Math.max(1, Math.min(Math.floor((bytesLeft - BYTES_PER_RANGE) / per), cellsLeft));
      if (cols >= seg.cols) {
        take.push({ ...seg, rows: 1 });
        seg.row += 1;
        seg.rows -= 1;
        if (seg.rows === 0) queue.shift();
        break;
      }
      take.push({ ...seg, rows: 1, cols });
      queue.shift();
      const rest: Segment[] = [{ sheet: seg.sheet, row: seg.row, left: seg.left + cols, rows: 1, cols: seg.cols - cols }];
      if (seg.rows > 1) rest.push({ ...seg, row: seg.row + 1, rows: seg.rows - 1 });
      queue.unshift(...rest);
    }
    break;
  }
  return take;
}

/** Puts segments taken for a refused request back at the front of the queue, in order. */
function unpack(queue: Segment[], take: Segment[]): void {
  for (let k = take.length - 1; k >= 0; k--) {
    const seg = take[k];
    const head = queue[0];
    if (head && head.sheet === seg.sheet && head.left === seg.left && head.cols === seg.cols && head.row === seg.row + seg.rows) {
      head.row = seg.row;
      head.rows += seg.rows;
    } else queue.unshift({ ...seg });
  }
}

/* ------------------------------------------------------------------------------------------ */
/* The read                                                                                   */
/* ------------------------------------------------------------------------------------------ */

interface SheetInfo {
  ws: Excel.Worksheet;
  name: string;
  hidden: boolean;
}

/** Reads every sheet's values into Grids (module comment: the syncs, the budget, the retries). */
export async function readWorkbookGrids(context: Excel.RequestContext, opts: ReadOptions = {}): Promise<ReadResult> {
  const budget = {
    bytes: opts.maxResponseBytes ?? DEFAULT_MAX_RESPONSE_BYTES,
    cells: Math.min(opts.maxRequestCells ?? MAX_REQUEST_CELLS, MAX_REQUEST_CELLS),
  };
  let syncs = 0;
  let bytes = 0;
  let retries = 0;
  const signal = opts.signal;
  signal?.throwIfAborted();
  const sync = async () => {
    syncs++;
    await context.sync();
    signal?.throwIfAborted();
  };
  /** After Excel refused a request as too large: half the budget, for the rest of the read. */
  const shrink = (e: unknown) => {
    if (!isPayloadSizeError(e)) throw e;
    retries++;
    budget.bytes = Math.floor(budget.bytes / 2);
    budget.cells = Math.floor(budget.cells / 2);
    if (retries > MAX_RETRIES || budget.bytes < 2 * BYTES_PER_RANGE || budget.cells < 1) throw new Error(TOO_LARGE);
  };

  // Sync 1: the sheets.
  const collection = context.workbook.worksheets;
  collection.load("items/name,items/visibility");
  await sync();
  const sheets: SheetInfo[] = collection.items.map((ws) => ({
    ws,
    name: ws.name,
    hidden: (ws.visibility as string) !== "Visible",
  }));
  for (const s of sheets) bytes += jsonBytes({ name: s.name, visibility: s.ws.visibility });
  const reuse = reusable(sheets, opts);
  const grids: Grid[] = sheets.map((s, i) => {
    const kept = reuse[i];
    const g: Grid = kept ? { name: s.name, rows: kept.rows, merges: kept.merges ?? [] } : { name: s.name, rows: [], merges: [] };
    if (s.hidden) g.hidden = true;
    return g;
  });
  const toRead = sheets.map((_s, i) => i).filter((i) => !reuse[i]);
  const reused = sheets.filter((_s, i) => reuse[i]).map((s) => s.name);
  if (toRead.length === 0) {
    opts.onProgress?.(1);
    return { grids, syncs, bytes, chunked: false, located: [], retries, reused };
  }

  // Sync 2: every used range's address and size, and the merged areas. More than 512 merged areas
  // on a sheet makes getMergedAreasOrNullObject fail: once more without them.
  let withMerges = mergesSupported();
  let dims: { used: Excel.Range; merged?: Excel.RangeAreas }[] = [];
  for (;;) {
    const mergesNow = withMerges;
    dims = toRead.map((i) => {
      const used = sheets[i].ws.getUsedRangeOrNullObject(true);
      used.load("address,rowCount,columnCount");
      let merged: Excel.RangeAreas | undefined;
      if (mergesNow) {
        merged = sheets[i].ws.getRange().getMergedAreasOrNullObject();
        merged.load("address");
      }
      return { used, merged };
    });
    try {
      await sync();
      break;
    } catch (e) {
      if (!mergesNow) throw e;
      withMerges = false;
    }
  }

  const queue: Segment[] = [];
  const toLocate: { sheet: number; rect: Rect }[] = [];
  toRead.forEach((i, k) => {
    const { used, merged } = dims[k];
    if (merged && !merged.isNullObject) {
      grids[i].merges = rectsOfAreas(merged.address);
      bytes += jsonBytes(merged.address);
    }
    if (used.isNullObject) return;
    bytes += jsonBytes(used.address) + 20;
    const at = rectOfAddress(used.address);
    if (!at || used.rowCount <= 0 || used.columnCount <= 0) return;
    const rect: Rect = { top: at.top, left: at.left, bottom: at.top + used.rowCount - 1, right: at.left + used.columnCount - 1 };
    if (area(rect) > LOCATE_ABOVE_CELLS) toLocate.push({ sheet: i, rect });
    else queue.push({ sheet: i, row: rect.top, left: rect.left, rows: used.rowCount, cols: used.columnCount });
  });

  // Locating the values of large used ranges.
  const located = new Set<number>();
  const readAreas = (sheet: number, rects: Rect[]) => {
    for (const r of coalesceAreas(rects))
      queue.push({ sheet, row: r.top, left: r.left, rows: r.bottom - r.top + 1, cols: r.right - r.left + 1 });
  };
  let pending = toLocate;
  if (pending.length > 0 && specialCellsSupported()) {
    const found = pending.map(({ sheet, rect }) => {
      const range = sheets[sheet].ws.getRangeByIndexes(
        rect.top,
        rect.left,
        rect.bottom - rect.top + 1,
        rect.right - rect.left + 1,
      );
      const constants = range.getSpecialCellsOrNullObject("Constants");
      const formulas = range.getSpecialCellsOrNullObject("Formulas");
      constants.load("address");
      formulas.load("address");
      return { sheet, constants, formulas };
    });
    try {
      await sync();
      for (const f of found) {
        const rects: Rect[] = [];
        for (const a of [f.constants, f.formulas]) {
          if (a.isNullObject) continue;
          bytes += jsonBytes(a.address);
          rects.push(...rectsOfAreas(a.address));
        }
        located.add(f.sheet);
        readAreas(f.sheet, rects);
      }
      pending = [];
    } catch {
      // Too many areas, or a host without it after all: the tiles below find the same cells.
    }
  }
  for (let round = 0; pending.length > 0; round++) {
    const next: { sheet: number; rect: Rect }[] = [];
    const tiles = pending.flatMap(({ sheet, rect }) => {
      located.add(sheet);
      return tilesOf(rect, Math.max(16, Math.floor(TILES_PER_SYNC / pending.length))).map((t) => ({ sheet, tile: t }));
    });
    for (let from = 0; from < tiles.length; from += TILES_PER_SYNC) {
      const batch = tiles.slice(from, from + TILES_PER_SYNC).map(({ sheet, tile }) => {
        const used = sheets[sheet].ws
          .getRangeByIndexes(tile.top, tile.left, tile.bottom - tile.top + 1, tile.right - tile.left + 1)
          .getUsedRangeOrNullObject(true);
        used.load("address");
        return { sheet, tile, used };
      });
      await sync();
      const byTile = new Map<number, Rect[]>();
      for (const { sheet, tile, used } of batch) {
        if (used.isNullObject) continue;
        bytes += jsonBytes(used.address);
        const box = rectOfAddress(used.address);
        if (!box) continue;
        // Small, dense-looking (half its tile) or out of rounds: read as it is; else cut again.
        if (area(box) <= LOCATE_ABOVE_CELLS || area(box) * 2 >= area(tile) || round >= LOCATE_ROUNDS - 1) {
          byTile.set(sheet, [...(byTile.get(sheet) ?? []), box]);
        } else next.push({ sheet, rect: box });
      }
      for (const [sheet, rects] of byTile) readAreas(sheet, rects);
    }
    pending = next;
  }

  // The data.
  const measured = new Map<number, { bytes: number; cells: number }>();
  let allBytes = 0;
  let allCells = 0;
  const perCell = (sheet: number): number => {
    const m = measured.get(sheet);
    if (m && m.cells > 0) return Math.max(1, m.bytes / m.cells);
    if (allCells > 0) return Math.max(1, allBytes / allCells);
    return DEFAULT_BYTES_PER_CELL;
  };
  let totalCells = 0;
  for (const s of queue) totalCells += s.rows * s.cols;
  let readCells = 0;
  let requests = 0;
  // The sheets with data to read, in workbook order (empty ones take no request).
  const withData = [...new Set(queue.map((seg) => seg.sheet))].sort((a, b) => a - b);
  const position = new Map(withData.map((i, k) => [i, k + 1]));
  const at = (take: Segment[]): ReadAt => {
    const first = take[0].sheet;
    const last = take[take.length - 1].sheet;
    return {
      first: sheets[first].name,
      last: sheets[last].name,
      index: position.get(first) ?? 0,
      lastIndex: position.get(last) ?? 0,
      count: withData.length,
    };
  };
  opts.onProgress?.(totalCells > 0 ? 0 : 1);
  while (queue.length > 0) {
    const take = pack(queue, budget, perCell);
    opts.onProgress?.(totalCells > 0 ? readCells / totalCells : 1, at(take));
    const ranges = take.map((seg) => {
      const r = sheets[seg.sheet].ws.getRangeByIndexes(seg.row, seg.left, seg.rows, seg.cols);
      r.load("values,formulas,numberFormat,valueTypes");
      return r;
    });
    let blocks: Block[];
    try {
      await sync();
      blocks = take.map((seg, k) => blockOf(ranges[k], seg.rows, seg.cols));
    } catch (e) {
      unpack(queue, take);
      shrink(e);
      continue;
    }
    requests++;
    take.forEach((seg, k) => {
      const b = blocks[k];
      const n = blockBytes(b);
      const cells = seg.rows * seg.cols;
      bytes += n + BYTES_PER_RANGE;
      const m = measured.get(seg.sheet) ?? { bytes: 0, cells: 0 };
      m.bytes += n;
      m.cells += cells;
      measured.set(seg.sheet, m);
      allBytes += n;
      allCells += cells;
      readCells += cells;
      addBlock(grids[seg.sheet].rows, seg.row, seg.left, b);
    });
    opts.onProgress?.(totalCells > 0 ? readCells / totalCells : 1, at(take));
    if (queue.length > 0 && opts.pause) {
      await opts.pause();
      signal?.throwIfAborted();
    }
  }
  opts.onProgress?.(1);
  return { grids, syncs, bytes, chunked: requests > 1, located: [...located].map((i) => sheets[i].name), retries, reused };
}

/**
 * Per sheet, its Grid from `previous` when options `sheets` leave it out and `previous` has it
 * (names as Excel compares them: case-insensitive); else undefined (read it).
 */
function reusable(sheets: SheetInfo[], opts: ReadOptions): (Grid | undefined)[] {
  if (!opts.sheets || !opts.previous) return sheets.map(() => undefined);
  const key = (n: string) => n.normalize("NFC").toLocaleLowerCase("vi");
  const wanted = new Set(opts.sheets.map(key));
  const before = new Map(opts.previous.map((g) => [key(g.name), g]));
  return sheets.map((s) => (wanted.has(key(s.name)) ? undefined : before.get(key(s.name))));
}
