/// <reference types="office-js" />
/**
 * readWorkbookGrids against the Excel stand-in (src/preview/standin; `npm run bench` uses it too),
 * built from Grids as Excel would hold a saved file. Its request log counts the syncs, estimates
 * each response and records any write; a sync over its payload limit (Excel on the web's 5 MB) fails
 * with RequestPayloadSizeLimitExceeded; it is strict: a used range not asked for values only fails.
 */
import { gridFromSpec } from "../../src/core/grid/fromSpec";
import { gridFromValues, type CellValue, type Grid, type Rect } from "../../src/core/grid/grid";
import { exampleTemplate } from "../../src/core/template/example";
import {
  cellFromExcel,
  DEFAULT_MAX_RESPONSE_BYTES,
  isPayloadSizeError,
  rectsOfAreas,
  readWorkbookGrids,
  resetReadMemory,
} from "../../src/excel/readGrids";
import { OfficeMockObject } from "office-addin-mock";
import { numberFormatFor } from "../../src/excel/writeSheets";
import { RequestContext } from "../../src/preview/standin/context";
import { installStandIn, uninstallStandIn } from "../../src/preview/standin/install";
import { usedRangeDataBytes } from "../../src/preview/standin/range";
import { PAYLOAD_LIMIT_BYTES, StandInWorkbook } from "../../src/preview/standin/workbook";
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

/** The Grids in a stand-in workbook (strict), and a request context on it. */
function standIn(grids: Grid[]): { wb: StandInWorkbook; ctx: Excel.RequestContext } {
  const wb = StandInWorkbook.fromGrids(grids, { strict: true });
  return { wb, ctx: new RequestContext(wb) as unknown as Excel.RequestContext };
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

  test("payload errors are recognised", () => {
    expect(isPayloadSizeError({ code: "RequestPayloadSizeLimitExceeded" })).toBe(true);
    expect(isPayloadSizeError({ code: "ResponsePayloadSizeLimitExceeded" })).toBe(true);
    expect(isPayloadSizeError(new Error("The request payload size has exceeded the limit."))).toBe(true);
    expect(isPayloadSizeError({ code: "ItemNotFound", message: "no" })).toBe(false);
  });
});

describe("readWorkbookGrids over the stand-in", () => {
  test("template + report + offset + hidden + empty sheets come back as the same Grids in 2 syncs", async () => {
    const grids = [...exampleTemplate().map(gridFromSpec), reportSheet(), offsetSheet(), hiddenSheet(), emptySheet()];
    const { wb, ctx } = standIn(grids);
    const read = await readWorkbookGrids(ctx);
    expect(wb.log.syncs).toBe(2);
    expect(read.syncs).toBe(2);
    expect(read.chunked).toBe(false);
    expect(read.grids).toEqual(grids.map(normal));
    expect(read.grids.find((g) => g.name === "Ẩn")?.hidden).toBe(true);
    expect(read.grids.find((g) => g.name === "Báo cáo 'dán'")?.rows[10]?.[3]).toEqual({ value: { error: "#REF!" } });
    expect(read.bytes).toBeGreaterThanOrEqual(usedRangeDataBytes(wb));
    expect(wb.log.writes).toEqual([]);
  });

  test.each([10, 10_000])("%i rows: at most 2 syncs, no writes", async (n) => {
    const { wb, ctx } = standIn([bigSheet("Dữ liệu", n), emptySheet()]);
    const read = await readWorkbookGrids(ctx);
    expect(wb.log.syncs).toBeLessThanOrEqual(2);
    expect(read.grids[0].rows).toHaveLength(n + 1);
    expect(read.grids[0].rows[n]?.[1]).toEqual({ value: `Hạng mục số ${n}` });
    expect(wb.log.writes).toEqual([]);
  });

  describe("100 000 rows: over Excel on the web's 5 MB", () => {
    const grids = [...exampleTemplate().map(gridFromSpec), bigSheet("Dữ liệu lớn", 100_000), bigSheet("Dữ liệu 2", 30_000)];
    const expected = grids.map(normal);

    test("the probe sees the large last sheet: syncs ≤ 2 + ceil(total / 5 MB), no rejected request, each < 5 MB, same Grids, no writes", async () => {
      const { wb, ctx } = standIn(grids);
      const total = usedRangeDataBytes(wb);
      expect(total).toBeGreaterThan(PAYLOAD_LIMIT_BYTES);
      const read = await readWorkbookGrids(ctx);
      expect(read.chunked).toBe(true);
      expect(wb.log.rejected).toHaveLength(0);
      expect(wb.log.syncs).toBe(read.syncs);
      expect(read.syncs).toBeLessThanOrEqual(2 + Math.ceil(total / 5_000_000));
      expect(wb.log.requests).toHaveLength(read.syncs);
      for (const b of wb.log.requests) expect(b).toBeLessThan(5_000_000);
      expectSameGrids(read.grids, expected);
      expect(wb.log.writes).toEqual([]);
    });

    test("a large sheet the probe cannot see (in the middle) costs one rejected request, still bounded", async () => {
      const middle = [
        ...exampleTemplate().map(gridFromSpec).slice(0, 2),
        bigSheet("Dữ liệu lớn", 100_000),
        ...exampleTemplate().map(gridFromSpec).slice(2),
      ];
      const { wb, ctx } = standIn(middle);
      const total = usedRangeDataBytes(wb);
      const read = await readWorkbookGrids(ctx);
      expect(wb.log.rejected).toHaveLength(1);
      expect(wb.log.rejected[0]).toBeGreaterThan(PAYLOAD_LIMIT_BYTES);
      expect(read.syncs).toBeLessThanOrEqual(3 + Math.ceil(total / DEFAULT_MAX_RESPONSE_BYTES));
      for (const b of wb.log.requests) expect(b).toBeLessThan(5_000_000);
      expectSameGrids(read.grids, middle.map(normal));
    });

    test("knownLarge skips the optimistic request", async () => {
      const { wb, ctx } = standIn(grids);
      const total = usedRangeDataBytes(wb);
      const read = await readWorkbookGrids(ctx, { knownLarge: true });
      expect(wb.log.rejected).toHaveLength(0);
      expect(wb.log.syncs).toBeLessThanOrEqual(2 + Math.ceil(total / DEFAULT_MAX_RESPONSE_BYTES));
      for (const b of wb.log.requests) expect(b).toBeLessThan(PAYLOAD_LIMIT_BYTES);
      expectSameGrids(read.grids, expected);
      expect(wb.log.writes).toEqual([]);
    });

    test("a smaller budget gives more, smaller requests", async () => {
      const { wb, ctx } = standIn(grids);
      const read = await readWorkbookGrids(ctx, { knownLarge: true, maxResponseBytes: 1024 * 1024 });
      for (const b of wb.log.requests) expect(b).toBeLessThan(1.2 * 1024 * 1024);
      expect(read.syncs).toBeGreaterThan(20);
      expectSameGrids(read.grids, expected);
    });
  });
});

describe("through Excel.run, on the template as the pane writes it (formulas recalculated by the stand-in)", () => {
  let wb: StandInWorkbook;
  beforeEach(() => {
    resetReadMemory();
    wb = StandInWorkbook.fromSpecs(exampleTemplate());
    installStandIn(wb);
  });
  afterEach(() => uninstallStandIn());

  test("reads Grids equal to the template's (text kept as text) in two syncs", async () => {
    const read = await Excel.run((context) => readWorkbookGrids(context));
    expect(read.syncs).toBe(2);
    expect(wb.log.syncs).toBe(2);
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

  test("a workbook over the payload limit is read in blocks with the same Grids", async () => {
    const big = StandInWorkbook.fromSpecs(exampleTemplate(), { payloadLimitBytes: 6000 });
    installStandIn(big);
    const read = await Excel.run((context) => readWorkbookGrids(context, { maxResponseBytes: 5000 }));
    expect(read.chunked).toBe(true);
    expect(read.syncs).toBeGreaterThan(3);
    // Every sync either went through under the limit or was refused over it.
    expect(big.log.requests.length + big.log.rejected.length).toBe(read.syncs);
    for (const b of big.log.requests) expect(b).toBeLessThanOrEqual(6000);
    installStandIn(wb);
    const whole = await Excel.run((context) => readWorkbookGrids(context));
    expect(read.grids).toEqual(whole.grids);
  });

  test("an estimate that is too optimistic: failed blocks are retried smaller", async () => {
    const tight = StandInWorkbook.fromSpecs(exampleTemplate(), { payloadLimitBytes: 3000 });
    installStandIn(tight);
    const read = await Excel.run((context) => readWorkbookGrids(context, { maxResponseBytes: 8000 }));
    expect(tight.log.rejected.length).toBeGreaterThan(0);
    for (const b of tight.log.rejected) expect(b).toBeGreaterThan(3000);
    installStandIn(wb);
    const whole = await Excel.run((context) => readWorkbookGrids(context));
    expect(read.grids).toEqual(whole.grids);
  });

  test("a single row over the limit is a clear error, not a loop", async () => {
    const tiny = new StandInWorkbook({ payloadLimitBytes: 5000 });
    tiny.addSheet("S");
    tiny.setCell("S", "A1", "ngắn");
    tiny.setCell("S", "B2", "dài ".repeat(2000));
    installStandIn(tiny);
    await expect(Excel.run((context) => readWorkbookGrids(context, { maxResponseBytes: 4000 }))).rejects.toThrow(/quá lớn/);
    expect(tiny.log.syncs).toBeLessThan(10);
  });
});

describe("an Excel without ExcelApi 1.13 (Excel 2016, 2019)", () => {
  // The stand-in plays Excel; the Office global of the older host, whose requirement sets say
  // no to 1.13, is built with office-addin-mock (installStandIn keeps an Office already there).
  beforeEach(() => {
    resetReadMemory();
    const office = new OfficeMockObject({
      context: { requirements: { isSetSupported: (name: string, v: string) => name === "ExcelApi" && Number(v) < 1.13 } },
    });
    (globalThis as { Office?: unknown }).Office = office;
  });
  afterEach(() => {
    uninstallStandIn();
    delete (globalThis as { Office?: unknown }).Office;
  });

  test("merged areas are not asked for: the same cells, no merges, still two syncs", async () => {
    const grids = [reportSheet(), offsetSheet()];
    const wb = StandInWorkbook.fromGrids(grids, { strict: true });
    installStandIn(wb);
    expect(Office.context.requirements.isSetSupported("ExcelApi", "1.13")).toBe(false);
    const read = await Excel.run((context) => readWorkbookGrids(context));
    expect(read.syncs).toBe(2);
    expect(read.grids).toEqual(grids.map((g) => ({ ...normal(g), merges: [] })));
    expect(wb.log.writes).toEqual([]);
  });
});
