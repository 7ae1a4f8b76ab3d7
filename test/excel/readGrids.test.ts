/// <reference types="office-js" />
/**
 * readWorkbookGrids against the Excel stand-in (src/preview/standin; `npm run bench` uses it too),
 * built from Grids as Excel would hold a saved file. Its request log counts the syncs, measures each
 * response its own way (src/preview/standin/wire.ts, not the adapter's estimate) and the cells each
 * request reads, and records any write; a sync over 5 000 000 bytes fails with
 * ResponsePayloadSizeLimitExceeded, one reading over 5 000 000 cells with RangeExceedsLimit; it is
 * strict: a used range not asked for values only fails.
 */
import { gridFromSpec } from "../../src/core/grid/fromSpec";
import { gridFromValues, type CellValue, type Grid, type Rect } from "../../src/core/grid/grid";
import { exampleTemplate } from "../../src/core/template/example";
import { DETAILS_SHEET } from "../../src/core/draft/detailsSheet";
import {
  cellFromExcel,
  coalesceAreas,
  DEFAULT_MAX_RESPONSE_BYTES,
  isPayloadSizeError,
  LOCATE_ABOVE_CELLS,
  pack,
  rectsOfAreas,
  readWorkbookGrids,
  tilesOf,
} from "../../src/excel/readGrids";
import { numberFormatFor } from "../../src/excel/writeSheets";
import { RequestContext } from "../../src/preview/standin/context";
import { installStandIn, uninstallStandIn } from "../../src/preview/standin/install";
import { usedRangeDataBytes } from "../../src/preview/standin/range";
import { MAX_ROWS, MAX_COLS } from "../../src/core/grid/address";
import { MAX_REQUEST_CELLS, PAYLOAD_LIMIT_BYTES, StandInWorkbook, type StandInOptions } from "../../src/preview/standin/workbook";
import { pastedAppendixI } from "../../testkit/reportGrids";

/* ------------------------------------------------------------------------------------------ */
/* Workbooks                                                                                  */
/* ------------------------------------------------------------------------------------------ */

/** Deep equality; big Grids are compared as JSON first (toEqual on 130 000 rows is slow). */
function expectSameGrids(actual: Grid[], expected: Grid[]): void {
  if (JSON.stringify(actual) === JSON.stringify(expected)) return;
  expect(actual).toEqual(expected);
}

const byPosition = (a: Rect, b: Rect) => a.top - b.top || a.left - b.left;

/** A Grid as the adapter returns it: merges sorted, hidden only when true. */
function normal(g: Grid): Grid {
  const out: Grid = { name: g.name, rows: g.rows, merges: [...(g.merges ?? [])].sort(byPosition) };
  if (g.hidden) out.hidden = true;
  return out;
}

/** The report as pasted from Word (text numbers), with an error value and merged title cells. */
function reportSheet(): Grid {
  const g = pastedAppendixI({ D11: { error: "#REF!" }, F1: true });
  g.name = "Báo cáo 'dán'";
  g.merges = [
    { top: 0, left: 0, bottom: 0, right: 4 },
    { top: 1, left: 0, bottom: 1, right: 4 },
  ];
  return g;
}

/** Data not starting at A1, with a formula and a number format. */
function offsetSheet(): Grid {
  const g: Grid = { name: "Lệch", rows: [], merges: [{ top: 2, left: 2, bottom: 3, right: 2 }] };
  g.rows[2] = [];
  g.rows[2][2] = { value: "Tiêu đề" };
  g.rows[2][4] = { value: 12.5, numberFormat: "0.0" };
  g.rows[5] = [];
  g.rows[5][3] = { value: 25, formula: "=E3*2", numberFormat: "#,##0" };
  g.rows[5][4] = { value: { error: "#DIV/0!" }, formula: "=1/0" };
  return g;
}

function hiddenSheet(): Grid {
  return { ...gridFromValues("Ẩn", [["khóa", 1], [], ["x", "- abc"]]), merges: [], hidden: true };
}

function emptySheet(): Grid {
  return { name: "Sheet3", rows: [], merges: [] };
}

/** n rows of a plain 5-column amounts table (header row first). */
function bigSheet(name: string, n: number): Grid {
  const rows: (CellValue | undefined)[][] = [["TT", "Nội dung", "Kinh phí", "Năm", "Ghi chú"]];
  for (let i = 1; i <= n; i++)
    rows.push([i, `Hạng mục số ${i}`, (i * 37) % 1000, "2024", i % 10 === 0 ? "Ngân sách tỉnh" : undefined]);
  const g = gridFromValues(name, rows);
  g.merges = [];
  return g;
}

/** A copy of a Grid with one more value at (row, col). */
function withStray(g: Grid, row: number, col: number, value: CellValue): Grid {
  const rows = [...g.rows];
  rows[row] = [...(rows[row] ?? [])];
  rows[row][col] = { value };
  return { ...g, rows };
}

/** The Grids in a stand-in workbook (strict), and a request context on it. */
function standIn(grids: Grid[], opts: StandInOptions = {}): { wb: StandInWorkbook; ctx: Excel.RequestContext } {
  const wb = StandInWorkbook.fromGrids(grids, { strict: true, ...opts });
  installStandIn(wb); // Office.context.requirements answers for this workbook's Excel
  return { wb, ctx: new RequestContext(wb) as unknown as Excel.RequestContext };
}
afterEach(() => uninstallStandIn());

/** What every read must keep to, whatever the workbook: within Excel's limits, nothing written. */
function expectWithinLimits(wb: StandInWorkbook): void {
  for (const b of wb.log.requests) expect(b).toBeLessThanOrEqual(PAYLOAD_LIMIT_BYTES);
  for (const c of wb.log.requestCells) expect(c).toBeLessThanOrEqual(MAX_REQUEST_CELLS);
  expect(wb.log.writes).toEqual([]);
}

/* ------------------------------------------------------------------------------------------ */
/* Tests                                                                                      */
/* ------------------------------------------------------------------------------------------ */

describe("pure helpers", () => {
  test("merged-area addresses to Rects", () => {
    expect(rectsOfAreas("'Phụ lục I'!A2:E2,'Phụ lục I'!A1:E1")).toEqual([
      { top: 0, left: 0, bottom: 0, right: 4 },
      { top: 1, left: 0, bottom: 1, right: 4 },
    ]);
    expect(rectsOfAreas("Sheet1!A1:B4, Sheet1!D1:D4")).toHaveLength(2);
    expect(rectsOfAreas("'a,b'!$C$3:$D$4")).toEqual([{ top: 2, left: 2, bottom: 3, right: 3 }]);
  });

  test("cells from what Excel returns", () => {
    expect(cellFromExcel("", "", "General", "Empty")).toBeUndefined();
    expect(cellFromExcel("#REF!", "#REF!", "General", "Error")).toEqual({ value: { error: "#REF!" } });
    expect(cellFromExcel(13570, "=SUM(E7:E23)", "#,##0", "Double")).toEqual({
      value: 13570,
      formula: "=SUM(E7:E23)",
      numberFormat: "#,##0",
    });
    expect(cellFromExcel("=text", "=text", "@", "String")).toEqual({ value: "=text", numberFormat: "@" });
    expect(cellFromExcel("", '=IF(1,"")', "General", "String")).toEqual({ value: "", formula: '=IF(1,"")' });
  });

  test("payload and cell-limit errors are recognised", () => {
    expect(isPayloadSizeError({ code: "RangeExceedsLimit" })).toBe(true);
    expect(isPayloadSizeError({ code: "RequestPayloadSizeLimitExceeded" })).toBe(true);
    expect(isPayloadSizeError({ code: "ResponsePayloadSizeLimitExceeded" })).toBe(true);
    expect(isPayloadSizeError(new Error("The request payload size has exceeded the limit."))).toBe(true);
    expect(isPayloadSizeError({ code: "ItemNotFound", message: "no" })).toBe(false);
  });

  test("tiles cover the rectangle exactly once, at most n of them", () => {
    const whole = { top: 0, left: 0, bottom: MAX_ROWS - 1, right: MAX_COLS - 1 };
    for (const [r, n] of [
      [whole, 4096],
      [{ top: 5, left: 2, bottom: 300_004, right: 6 }, 256],
      [{ top: 0, left: 0, bottom: 0, right: 0 }, 16],
      [{ top: 10, left: 10, bottom: 12, right: 5000 }, 64],
    ] as const) {
      const tiles = tilesOf(r, n);
      expect(tiles.length).toBeLessThanOrEqual(n);
      expect(tiles.reduce((s, t) => s + (t.bottom - t.top + 1) * (t.right - t.left + 1), 0)).toBe(
        (r.bottom - r.top + 1) * (r.right - r.left + 1),
      );
      const outside = tiles.filter(
        (t) =>
          t.top < r.top || t.left < r.left || t.bottom > r.bottom || t.right > r.right || t.bottom < t.top || t.right < t.left,
      );
      expect(outside).toEqual([]);
    }
    // The whole sheet in 4096 tiles: a stray cell's tile is small enough to be read as it is.
    expect(Math.max(...tilesOf(whole, 4096).map((t) => (t.bottom - t.top + 1) * (t.right - t.left + 1)))).toBeLessThan(
      (MAX_ROWS * MAX_COLS) / 1000,
    );
  });

  test("populated areas: a table's many areas become one range, a far stray value stays its own", () => {
    const table = [];
    for (let r = 0; r < 200; r++) {
      table.push({ top: r, left: 0, bottom: r, right: 1 }); // TT and Nội dung (constants)
      table.push({ top: r, left: 2, bottom: r, right: 4 }); // amounts (formulas in some rows)
    }
    const stray = { top: MAX_ROWS - 1, left: MAX_COLS - 1, bottom: MAX_ROWS - 1, right: MAX_COLS - 1 };
    expect(coalesceAreas([stray, ...table])).toEqual([{ top: 0, left: 0, bottom: 199, right: 4 }, stray]);
    expect(coalesceAreas([])).toEqual([]);
  });

  test("packing keeps each request within bytes and cells, and cuts a row too wide for one", () => {
    const queue = [
      { sheet: 0, row: 0, left: 0, rows: 1000, cols: 10 },
      { sheet: 1, row: 5, left: 3, rows: 10, cols: 100_000 },
    ];
    const per = () => 10;
    const first = pack(queue, { bytes: 50_000, cells: 1_000_000 }, per);
    expect(first).toEqual([{ sheet: 0, row: 0, left: 0, rows: 498, cols: 10 }]);
    const byCells = pack(queue, { bytes: 10_000_000, cells: 3000 }, per);
    expect(byCells).toEqual([{ sheet: 0, row: 498, left: 0, rows: 300, cols: 10 }]);
    // The rest of sheet 0, then as many rows of sheet 1 as the cells allow.
    expect(pack(queue, { bytes: 10_000_000, cells: 1_000_000 }, per)).toEqual([
      { sheet: 0, row: 798, left: 0, rows: 202, cols: 10 },
      { sheet: 1, row: 5, left: 3, rows: 9, cols: 100_000 },
    ]);
    // One row of 1 000 000 bytes in a budget of 100 000: its first columns, the rest stays queued.
    expect(pack(queue, { bytes: 100_000, cells: 1_000_000 }, per)).toEqual([{ sheet: 1, row: 14, left: 3, rows: 1, cols: 9988 }]);
    expect(queue).toEqual([{ sheet: 1, row: 14, left: 3 + 9988, rows: 1, cols: 100_000 - 9988 }]);
  });
});

describe("readWorkbookGrids over the stand-in", () => {
  test("template + report + offset + hidden + empty sheets: the same Grids in 3 syncs (sheets, sizes, data)", async () => {
    const grids = [...exampleTemplate().map(gridFromSpec), reportSheet(), offsetSheet(), hiddenSheet(), emptySheet()];
    const { wb, ctx } = standIn(grids);
    const read = await readWorkbookGrids(ctx);
    expect(wb.log.syncs).toBe(3);
    expect(read.syncs).toBe(3);
    expect(read.chunked).toBe(false);
    expect(read.located).toEqual([]);
    expect(read.grids).toEqual(grids.map(normal));
    expect(read.grids.find((g) => g.name === "Ẩn")?.hidden).toBe(true);
    expect(read.grids.find((g) => g.name === "Báo cáo 'dán'")?.rows[10]?.[3]).toEqual({ value: { error: "#REF!" } });
    // The adapter's estimate is never below what the stand-in measured on its own.
    expect(read.bytes).toBeGreaterThanOrEqual(wb.log.bytes * 0.9);
    expect(read.bytes).toBeGreaterThanOrEqual(usedRangeDataBytes(wb));
    expectWithinLimits(wb);
  });

  test.each([10, 10_000])("%i rows: 3 syncs, no writes", async (n) => {
    const { wb, ctx } = standIn([bigSheet("Dữ liệu", n), emptySheet()]);
    const read = await readWorkbookGrids(ctx);
    expect(wb.log.syncs).toBe(3);
    expect(read.grids[0].rows).toHaveLength(n + 1);
    expect(read.grids[0].rows[n]?.[1]).toEqual({ value: `Hạng mục số ${n}` });
    expectWithinLimits(wb);
  });

  test("a chart sheet being active does not fail the first sync", async () => {
    const grids = [reportSheet(), offsetSheet()];
    const { wb, ctx } = standIn(grids);
    wb.chartSheetActive = true;
    const probe = new RequestContext(wb) as unknown as Excel.RequestContext;
    probe.workbook.worksheets.getActiveWorksheet().load("name");
    await expect(probe.sync()).rejects.toThrow(/chart sheet/); // what the stand-in does, as Excel
    const read = await readWorkbookGrids(ctx);
    expect(read.grids).toEqual(grids.map(normal));
  });

  describe("130 000 rows and the template: over Excel on the web's 5 MB", () => {
    // The big sheet in the middle: sizes are counted before any cell is loaded, wherever it is.
    const grids = [
      ...exampleTemplate().map(gridFromSpec).slice(0, 2),
      bigSheet("Dữ liệu lớn", 100_000),
      ...exampleTemplate().map(gridFromSpec).slice(2),
      bigSheet("Dữ liệu 2", 30_000),
    ];
    const expected = grids.map(normal);

    test("no refused request, each within 4 MB by the adapter's count and 5 MB by the stand-in's, same Grids", async () => {
      const { wb, ctx } = standIn(grids);
      const total = usedRangeDataBytes(wb);
      expect(total).toBeGreaterThan(PAYLOAD_LIMIT_BYTES);
      const read = await readWorkbookGrids(ctx);
      expect(read.chunked).toBe(true);
      expect(read.retries).toBe(0);
      expect(wb.log.rejected).toHaveLength(0);
      expect(wb.log.syncs).toBe(read.syncs);
      // Sheets, sizes, then the data in requests of ≤ 4 MB (one more for the estimate's margin).
      expect(read.syncs).toBeLessThanOrEqual(2 + Math.ceil(total / DEFAULT_MAX_RESPONSE_BYTES) + 1);
      for (const b of wb.log.requests) expect(b).toBeLessThanOrEqual(DEFAULT_MAX_RESPONSE_BYTES * 1.05);
      expectSameGrids(read.grids, expected);
      expectWithinLimits(wb);
    });

    test("a smaller budget gives more, smaller requests", async () => {
      const { wb, ctx } = standIn(grids);
      const read = await readWorkbookGrids(ctx, { maxResponseBytes: 1_000_000 });
      for (const b of wb.log.requests) expect(b).toBeLessThan(1_100_000);
      expect(read.syncs).toBeGreaterThan(20);
      expectSameGrids(read.grids, expected);
    });

    test("a cell budget is kept too", async () => {
      const { wb, ctx } = standIn(grids);
      const read = await readWorkbookGrids(ctx, { maxRequestCells: 100_000 });
      for (const c of wb.log.requestCells) expect(c).toBeLessThanOrEqual(100_000);
      expect(read.syncs).toBeGreaterThanOrEqual(2 + Math.ceil((130_000 * 5) / 100_000));
      expectSameGrids(read.grids, expected);
    });
  });

  describe("Excel refuses a request: retried at half the budget, which stays halved", () => {
    const grids = [bigSheet("Dữ liệu", 3000), reportSheet()];

    test("payload: the stand-in's limit under the adapter's budget", async () => {
      const { wb, ctx } = standIn(grids, { payloadLimitBytes: 20_000 });
      const read = await readWorkbookGrids(ctx, { maxResponseBytes: 150_000 });
      // 150 000 → 75 000 → 37 500 → 18 750: three refusals, then never again (no doubling back).
      expect(read.retries).toBe(3);
      expect(wb.log.rejected).toHaveLength(3);
      for (const b of wb.log.rejected) expect(b).toBeGreaterThan(20_000);
      expect(read.grids).toEqual(grids.map(normal));
      expectWithinLimits(wb);
    });

    test.each(["error", "null"] as const)("cells: RangeExceedsLimit or null arrays (%s)", async (oversizeReads) => {
      const { wb, ctx } = standIn(grids, { requestCellLimit: 4000, oversizeReads });
      const read = await readWorkbookGrids(ctx);
      expect(read.retries).toBeGreaterThan(0);
      for (const c of wb.log.requestCells) expect(c).toBeLessThanOrEqual(4000);
      expect(read.grids).toEqual(grids.map(normal));
    });

    test("a single cell bigger than any request: a clear Vietnamese error after a few tries, not a loop", async () => {
      const tiny = new StandInWorkbook({ payloadLimitBytes: 5000 });
      tiny.addSheet("S");
      tiny.setCell("S", "A1", "ngắn");
      tiny.setCell("S", "B2", "dài ".repeat(2000));
      const ctx = new RequestContext(tiny) as unknown as Excel.RequestContext;
      await expect(readWorkbookGrids(ctx, { maxResponseBytes: 4000 })).rejects.toThrow(/Excel từ chối.*baocao check/);
      expect(tiny.log.syncs).toBeLessThan(12);
    });

    test("a row wider than a request is read in pieces", async () => {
      const row: CellValue[] = Array.from({ length: 600 }, (_, i) => `Cột số ${i + 1} – dữ liệu dài`);
      const g = gridFromValues("Rộng", [row, [1, 2, 3]]);
      g.merges = [];
      const { wb, ctx } = standIn([g], { payloadLimitBytes: 20_000 });
      const read = await readWorkbookGrids(ctx, { maxResponseBytes: 16_000 });
      // Long Vietnamese texts are 3× the first guess per cell: refused until the budget fits them.
      expect(read.retries).toBeLessThanOrEqual(2);
      expect(wb.log.requests.length).toBeGreaterThan(5);
      expect(read.grids).toEqual([normal(g)]);
      expectWithinLimits(wb);
    });
  });

  describe("a used range far bigger than its data (one stray value)", () => {
    const template = exampleTemplate().map(gridFromSpec);
    const cases: [string, number, number][] = [
      ["XFD1048576", MAX_ROWS - 1, MAX_COLS - 1],
      ["XFD1", 0, MAX_COLS - 1],
      ["A1048576", MAX_ROWS - 1, 0],
    ];
    for (const excelApi of [undefined, "1.8"]) {
      const how = excelApi ? "ExcelApi 1.8: tiles, empty ones skipped" : "ExcelApi 1.9: getSpecialCells";
      test.each(cases)(`${how} — stray value at %s: a handful of syncs, the same Grids`, async (_at, row, col) => {
        const grids = [template[0], withStray(template[1], row, col, "x"), template[2]];
        const { wb, ctx } = standIn(grids, excelApi ? { excelApi } : {});
        expect(Office.context.requirements.isSetSupported("ExcelApi", "1.9")).toBe(!excelApi);
        const read = await readWorkbookGrids(ctx);
        expect(read.syncs).toBeLessThanOrEqual(5);
        expect(read.located).toEqual([grids[1].name]);
        // (Merged areas need ExcelApi 1.13.)
        expectSameGrids(
          read.grids,
          grids.map((g) => (excelApi ? { ...normal(g), merges: [] } : normal(g))),
        );
        expect(read.grids[1].rows[row]?.[col]).toEqual({ value: "x" });
        expectWithinLimits(wb);
      });
    }

    test.each([undefined, "1.8"])(
      "ExcelApi %s: a 20 000-row table plus a stray value reads the table and the value only",
      async (excelApi) => {
        const g = withStray(bigSheet("Dữ liệu", 20_000), MAX_ROWS - 1, MAX_COLS - 1, 7);
        const { wb, ctx } = standIn([g], excelApi ? { excelApi } : {});
        const read = await readWorkbookGrids(ctx);
        expect(read.grids).toEqual([normal(g)]);
        // Cells read: the table's (5 columns) and the stray one, not the billions between.
        const cells = wb.log.requestCells.reduce((a, b) => a + b, 0);
        expect(cells).toBeLessThan(2 * 20_001 * 5 + 1);
        expect(read.syncs).toBeLessThanOrEqual(8);
        expectWithinLimits(wb);
      },
    );

    test("a used range just over the locate threshold, dense: read as it is after locating", async () => {
      const n = Math.ceil(LOCATE_ABOVE_CELLS / 5) + 10;
      const g = bigSheet("Dày", n);
      const { wb, ctx } = standIn([g]);
      const read = await readWorkbookGrids(ctx);
      expect(read.located).toEqual(["Dày"]);
      expectSameGrids(read.grids, [normal(g)]);
      expectWithinLimits(wb);
    });
  });
});

describe("through Excel.run, on the template as the pane writes it (formulas recalculated by the stand-in)", () => {
  test("reads Grids equal to the template's (text kept as text) in three syncs", async () => {
    const wb = StandInWorkbook.fromSpecs(exampleTemplate());
    installStandIn(wb);
    const read = await Excel.run((context) => readWorkbookGrids(context));
    expect(read.syncs).toBe(3);
    expect(wb.log.syncs).toBe(3);
    expect(read.chunked).toBe(false);
    const expected = exampleTemplate().map((spec) => {
      const g = gridFromSpec(spec);
      for (const c of spec.cells) {
        const cell = g.rows[c.row]?.[c.col];
        const nf = numberFormatFor(c);
        if (cell && nf === "@") cell.numberFormat = "@";
        // Excel (and the stand-in) keep 15 significant digits of a result.
        if (cell?.formula && typeof cell.value === "number") cell.value = Number(cell.value.toPrecision(15));
      }
      g.merges = [...(g.merges ?? [])].sort(byPosition);
      return g;
    });
    expect(read.grids).toEqual(expected);
  });
});

describe("an Excel without ExcelApi 1.13 (Excel 2016, 2019)", () => {
  test("merged areas are not asked for: the same cells, no merges, still three syncs", async () => {
    const grids = [reportSheet(), offsetSheet()];
    const { wb, ctx } = standIn(grids, { excelApi: "1.12" });
    expect(Office.context.requirements.isSetSupported("ExcelApi", "1.13")).toBe(false);
    const read = await readWorkbookGrids(ctx);
    expect(read.syncs).toBe(3);
    expect(read.grids).toEqual(grids.map((g) => ({ ...normal(g), merges: [] })));
    expectWithinLimits(wb);
  });
});

describe("a partial read (options sheets and previous): a re-check after one sheet of five changed", () => {
  /** The template in a stand-in, fully read once: the workbook, its log's figures then, and the Grids. */
  async function readOnce() {
    const wb = StandInWorkbook.fromSpecs(exampleTemplate(), { strict: true });
    installStandIn(wb);
    const first = await Excel.run((context) => readWorkbookGrids(context));
    return { wb, first, syncs: wb.log.syncs, bytes: wb.log.bytes };
  }

  test("reads only the changed sheet, in fewer bytes, and gives the Grids a full read gives", async () => {
    const { wb, first, syncs, bytes } = await readOnce();
    expect(first.reused).toEqual([]);
    wb.setCell("Phụ lục I", "D13", 1907);

    const partial = await Excel.run((context) => readWorkbookGrids(context, { sheets: ["Phụ lục I"], previous: first.grids }));
    const partialBytes = wb.log.bytes - bytes;
    expect(wb.log.syncs - syncs).toBe(3);
    expect(partial.reused).toEqual(["Phụ lục II", "Số liệu", "Chỉ tiêu 2024", DETAILS_SHEET]);

    const full = await Excel.run((context) => readWorkbookGrids(context));
    const fullBytes = wb.log.bytes - bytes - partialBytes;
    expect(partial.grids).toEqual(full.grids);
    expect(partial.grids[0].rows[12]?.[3]?.value).toBe(1907);
    // One sheet of five: well under half the bytes of a full read.
    expect(partialBytes).toBeLessThan(fullBytes / 2);
    expect(wb.log.writes).toEqual([]);
  });

  test("names are matched as Excel does; a sheet added since is read too; nothing left to read: one sync", async () => {
    const { wb, first, syncs } = await readOnce();
    wb.addSheet("Mới").ensure(0, 0).value = "x";
    const read = await Excel.run((context) => readWorkbookGrids(context, { sheets: ["phụ lục i"], previous: first.grids }));
    expect(read.reused).toEqual(["Phụ lục II", "Số liệu", "Chỉ tiêu 2024", DETAILS_SHEET]);
    expect(read.grids.map((g) => g.name)).toEqual(["Phụ lục I", "Phụ lục II", "Số liệu", "Chỉ tiêu 2024", DETAILS_SHEET, "Mới"]);
    expect(read.grids[5].rows[0]?.[0]?.value).toBe("x");

    const before = wb.log.syncs;
    const none = await Excel.run((context) => readWorkbookGrids(context, { sheets: [], previous: read.grids }));
    expect(wb.log.syncs - before).toBe(1);
    expect(none.grids).toEqual(read.grids);
    expect(syncs).toBe(3);
  });

  test("a reused sheet's visibility is read again; without previous every sheet is read", async () => {
    const { wb, first } = await readOnce();
    wb.sheet("Số liệu")!.visibility = "Hidden";
    const read = await Excel.run((context) => readWorkbookGrids(context, { sheets: ["Phụ lục I"], previous: first.grids }));
    expect(read.grids[2]).toMatchObject({ name: "Số liệu", hidden: true });
    const all = await Excel.run((context) => readWorkbookGrids(context, { sheets: ["Phụ lục I"] }));
    expect(all.reused).toEqual([]);
    expect(all.grids).toEqual(read.grids);
  });
});

describe("progress per sheet, and stopping between syncs", () => {
  test("each data request says which sheets it reads, among those read", async () => {
    const grids = [bigSheet("Một", 2000), bigSheet("Hai", 2000), emptySheet(), bigSheet("Ba", 2000)];
    const { ctx } = standIn(grids);
    const seen: string[] = [];
    const read = await readWorkbookGrids(ctx, {
      maxResponseBytes: 150_000,
      onProgress: (_f, at) => {
        if (at) seen.push(`${at.first}…${at.last} ${at.index}-${at.lastIndex}/${at.count}`);
      },
    });
    expect(read.chunked).toBe(true);
    // Three sheets with data (the empty one is not read); each named in order, in one request or several.
    const firsts = [...new Set(seen.map((s) => s.split("…")[0]))];
    expect(firsts).toEqual(["Một", "Hai", "Ba"]);
    expect(seen[0]).toBe("Một…Một 1-1/3");
    expect(seen[seen.length - 1]).toBe("Ba…Ba 3-3/3");
  });

  test("an aborted signal stops the read after the sync in flight, with an AbortError; a pause runs between requests", async () => {
    const grids = [bigSheet("Một", 2000), bigSheet("Hai", 2000)];
    const { wb, ctx } = standIn(grids);
    const abort = new AbortController();
    let pauses = 0;
    const read = readWorkbookGrids(ctx, {
      maxResponseBytes: 150_000,
      signal: abort.signal,
      pause: () => {
        pauses++;
        if (pauses === 2) abort.abort();
        return Promise.resolve();
      },
    });
    await expect(read).rejects.toMatchObject({ name: "AbortError" });
    expect(pauses).toBe(2);
    // Sheets, sizes, then two data requests: nothing after the abort.
    expect(wb.log.syncs).toBe(4);

    const already = new AbortController();
    already.abort();
    const before = wb.log.syncs;
    await expect(readWorkbookGrids(ctx, { signal: already.signal })).rejects.toMatchObject({ name: "AbortError" });
    expect(wb.log.syncs).toBe(before);
  });
});
