/// <reference types="office-js" />
/**
 * readWorkbookGrids against a mocked Excel built with office-addin-mock's OfficeMockObject
 * (the mock lives in testkit/mockExcel.ts; `npm run bench` uses it too).
 *
 * office-addin-mock models load/sync per object faithfully, but cannot by itself express:
 * navigational loads through a collection's `items` array ("items/name"), methods whose arguments
 * choose a different range (getRangeByIndexes), objects created by method calls being part of the
 * context's sync, a payload limit, or catching writes. So every object here IS an OfficeMockObject
 * (load/sync/"not loaded" semantics are the library's), and a small hand layer around them adds:
 * a custom `load` on the worksheet collection and on ranges (recording what a request loads), a
 * context `sync` that syncs every object made so far and fails with
 * {code: "RequestPayloadSizeLimitExceeded"} when the data loaded in that request exceeds 5 MB,
 * and Proxies that record any write (property set, merge/select/add/delete...).
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
} from "../../src/excel/readGrids";
import { LIMIT, MockExcel } from "../../testkit/mockExcel";
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

describe("readWorkbookGrids over office-addin-mock", () => {
  test("template + report + offset + hidden + empty sheets come back as the same Grids in 2 syncs", async () => {
    const grids = [...exampleTemplate().map(gridFromSpec), reportSheet(), offsetSheet(), hiddenSheet(), emptySheet()];
    const mock = new MockExcel(grids);
    const spy = jest.spyOn(mock.context, "sync");
    const read = await readWorkbookGrids(mock.ctx);
    expect(spy).toHaveBeenCalledTimes(2);
    expect(read.syncs).toBe(2);
    expect(read.chunked).toBe(false);
    expect(read.grids).toEqual(grids.map(normal));
    expect(read.grids.find((g) => g.name === "Ẩn")?.hidden).toBe(true);
    expect(read.grids.find((g) => g.name === "Báo cáo 'dán'")?.rows[10]?.[3]).toEqual({ value: { error: "#REF!" } });
    expect(read.bytes).toBeGreaterThanOrEqual(mock.totalDataBytes());
    expect(mock.writes).toEqual([]);
  });

  test.each([10, 10_000])("%i rows: at most 2 syncs, no writes", async (n) => {
    const mock = new MockExcel([bigSheet("Dữ liệu", n), emptySheet()]);
    const spy = jest.spyOn(mock.context, "sync");
    const read = await readWorkbookGrids(mock.ctx);
    expect(spy.mock.calls.length).toBeLessThanOrEqual(2);
    expect(read.grids[0].rows).toHaveLength(n + 1);
    expect(read.grids[0].rows[n]?.[1]).toEqual({ value: `Hạng mục số ${n}` });
    expect(mock.writes).toEqual([]);
  });

  describe("100 000 rows: over Excel on the web's 5 MB", () => {
    const grids = [...exampleTemplate().map(gridFromSpec), bigSheet("Dữ liệu lớn", 100_000), bigSheet("Dữ liệu 2", 30_000)];
    const expected = grids.map(normal);

    test("the probe sees the large last sheet: syncs ≤ 2 + ceil(total / 5 MB), no rejected request, each < 5 MB, same Grids, no writes", async () => {
      const mock = new MockExcel(grids);
      const total = mock.totalDataBytes();
      expect(total).toBeGreaterThan(LIMIT);
      const spy = jest.spyOn(mock.context, "sync");
      const read = await readWorkbookGrids(mock.ctx);
      expect(read.chunked).toBe(true);
      expect(mock.rejected).toHaveLength(0);
      expect(spy.mock.calls.length).toBe(read.syncs);
      expect(read.syncs).toBeLessThanOrEqual(2 + Math.ceil(total / 5_000_000));
      for (const b of mock.requests) expect(b).toBeLessThan(5_000_000);
      expectSameGrids(read.grids, expected);
      expect(mock.writes).toEqual([]);
    });

    test("a large sheet the probe cannot see (in the middle) costs one rejected request, still bounded", async () => {
      const middle = [
        ...exampleTemplate().map(gridFromSpec).slice(0, 2),
        bigSheet("Dữ liệu lớn", 100_000),
        ...exampleTemplate().map(gridFromSpec).slice(2),
      ];
      const mock = new MockExcel(middle);
      const total = mock.totalDataBytes();
      const read = await readWorkbookGrids(mock.ctx);
      expect(mock.rejected).toHaveLength(1);
      expect(read.syncs).toBeLessThanOrEqual(3 + Math.ceil(total / DEFAULT_MAX_RESPONSE_BYTES));
      for (const b of mock.requests) expect(b).toBeLessThan(5_000_000);
      expectSameGrids(read.grids, middle.map(normal));
    });

    test("knownLarge skips the optimistic request", async () => {
      const mock = new MockExcel(grids);
      const total = mock.totalDataBytes();
      const spy = jest.spyOn(mock.context, "sync");
      const read = await readWorkbookGrids(mock.ctx, { knownLarge: true });
      expect(mock.rejected).toHaveLength(0);
      expect(spy.mock.calls.length).toBeLessThanOrEqual(2 + Math.ceil(total / DEFAULT_MAX_RESPONSE_BYTES));
      for (const b of mock.requests) expect(b).toBeLessThan(LIMIT);
      expectSameGrids(read.grids, expected);
      expect(mock.writes).toEqual([]);
    });

    test("a smaller budget gives more, smaller requests", async () => {
      const mock = new MockExcel(grids);
      const read = await readWorkbookGrids(mock.ctx, { knownLarge: true, maxResponseBytes: 1024 * 1024 });
      for (const b of mock.requests) expect(b).toBeLessThan(1.2 * 1024 * 1024);
      expect(read.syncs).toBeGreaterThan(20);
      expectSameGrids(read.grids, expected);
    });
  });
});
