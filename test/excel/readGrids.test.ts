/// <reference types="office-js" />
/**
 * readWorkbookGrids against a mocked Excel built with office-addin-mock's OfficeMockObject.
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
import { OfficeMockObject } from "office-addin-mock";
import { gridFromSpec } from "../../src/core/grid/fromSpec";
import { gridFromValues, isCellError, rectToA1, type Cell, type CellValue, type Grid, type Rect } from "../../src/core/grid/grid";
import { exampleTemplate } from "../../src/core/template/example";
import {
  cellFromExcel,
  DEFAULT_MAX_RESPONSE_BYTES,
  isPayloadSizeError,
  rectsOfAreas,
  readWorkbookGrids,
} from "../../src/excel/readGrids";
import { pastedAppendixI } from "../helpers/reportGrids";

const LIMIT = 5 * 1024 * 1024;

/* ------------------------------------------------------------------------------------------ */
/* The mock                                                                                   */
/* ------------------------------------------------------------------------------------------ */

const DATA_PROPS = ["values", "formulas", "numberFormat", "valueTypes"] as const;
type DataProp = (typeof DATA_PROPS)[number];
type Arrays = Record<DataProp, unknown[][]>;

function bytesOf(v: unknown): number {
  return Buffer.byteLength(JSON.stringify(v), "utf8");
}

function quote(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

function hasValue(c: Cell | undefined): c is Cell {
  return !!c && (c.formula !== undefined || (c.value !== null && c.value !== ""));
}

/** The used range (values only) of a Grid, as Excel would report it. */
function usedRect(g: Grid): Rect | null {
  let top = Infinity;
  let left = Infinity;
  let bottom = -1;
  let right = -1;
  g.rows.forEach((row, r) => {
    row?.forEach((c, col) => {
      if (!hasValue(c)) return;
      top = Math.min(top, r);
      bottom = Math.max(bottom, r);
      left = Math.min(left, col);
      right = Math.max(right, col);
    });
  });
  return bottom < 0 ? null : { top, left, bottom, right };
}

/** What Office.js returns for the cells of rect: values, formulas, numberFormat, valueTypes. */
function arraysOf(g: Grid, rect: Rect): Arrays {
  const out: Arrays = { values: [], formulas: [], numberFormat: [], valueTypes: [] };
  for (let r = rect.top; r <= rect.bottom; r++) {
    const v: unknown[] = [];
    const f: unknown[] = [];
    const n: unknown[] = [];
    const t: unknown[] = [];
    for (let c = rect.left; c <= rect.right; c++) {
      const cell = g.rows[r]?.[c];
      const val: CellValue = cell?.value ?? null;
      const excel = val === null ? "" : isCellError(val) ? val.error : val;
      v.push(excel);
      f.push(cell?.formula ?? excel);
      n.push(cell?.numberFormat ?? "General");
      t.push(
        val === null || val === ""
          ? "Empty"
          : isCellError(val)
            ? "Error"
            : typeof val === "number"
              ? "Double"
              : typeof val === "boolean"
                ? "Boolean"
                : "String",
      );
    }
    out.values.push(v);
    out.formulas.push(f);
    out.numberFormat.push(n);
    out.valueTypes.push(t);
  }
  return out;
}

const WRITE_PROPS = new Set(["values", "formulas", "numberFormat", "numberFormatLocal", "formulasLocal", "formulasR1C1", "name", "visibility", "position"]);
const WRITE_METHODS = ["merge", "unmerge", "clear", "delete", "insert", "select", "activate", "add", "copyFrom", "set"];

class MockExcel {
  /** Every OfficeMockObject made by a method call: the context's sync reaches them. */
  private readonly made: OfficeMockObject[] = [];
  /** Data loaded since the last sync: [bytes]. */
  private pending = 0;
  private internal = 0;
  /** Bytes of each successful request, and of each rejected one. */
  readonly requests: number[] = [];
  readonly rejected: number[] = [];
  readonly writes: string[] = [];
  readonly context: OfficeMockObject & { sync: () => Promise<void> };

  constructor(readonly grids: Grid[]) {
    const sheets = grids.map((g) => this.sheetMock(g));
    // eslint-disable-next-line @typescript-eslint/no-this-alias
    const self = this;
    this.context = new OfficeMockObject({
      workbook: {
        worksheets: {
          items: sheets,
          load(this: OfficeMockObject, props: string) {
            // "items/name,items/visibility": load each item, then the items array itself.
            const own = props
              .split(",")
              .map((p) => p.trim())
              .filter((p) => p.startsWith("items/"))
              .map((p) => p.slice(6));
            self.quiet(() => {
              for (const s of sheets) s.load(own.join(","));
              OfficeMockObject.prototype.load.call(this, "items");
            });
            return this;
          },
          add: () => this.writes.push("worksheets.add"),
          getItem: () => this.writes.push("worksheets.getItem"),
        },
      },
      sync: async () => this.sync(),
    }) as OfficeMockObject & { sync: () => Promise<void> };
  }

  private quiet<T>(fn: () => T): T {
    this.internal++;
    try {
      return fn();
    } finally {
      this.internal--;
    }
  }

  private async sync(): Promise<void> {
    const bytes = this.pending;
    this.pending = 0;
    if (bytes > LIMIT) {
      this.rejected.push(bytes);
      throw { code: "RequestPayloadSizeLimitExceeded", message: "The request payload size has exceeded the limit." };
    }
    this.requests.push(bytes);
    this.quiet(() => {
      void OfficeMockObject.prototype.sync.call(this.context);
      for (const m of this.made) void m.sync();
    });
  }

  /** Wraps a mock so that writes are recorded; registers it for sync. */
  private track<T extends OfficeMockObject>(mock: T, what: string): T {
    this.made.push(mock);
    const self = this;
    for (const m of WRITE_METHODS) {
      if (!(m in mock)) (mock as Record<string, unknown>)[m] = () => self.writes.push(`${what}.${m}`);
    }
    return new Proxy(mock, {
      set(target, prop, value, receiver) {
        if (self.internal === 0 && typeof prop === "string" && WRITE_PROPS.has(prop)) self.writes.push(`${what}.${prop}=`);
        return Reflect.set(target, prop, value, receiver);
      },
      get(target, prop, receiver) {
        if (prop === "format") return self.recorder(`${what}.format`);
        return Reflect.get(target, prop, receiver);
      },
    });
  }

  /** Anything reached through `format` records its writes. */
  private recorder(path: string): unknown {
    const self = this;
    return new Proxy(function () {} as unknown as Record<string, unknown>, {
      get: (_t, prop) => (typeof prop === "string" ? self.recorder(`${path}.${prop}`) : undefined),
      set: (_t, prop) => {
        self.writes.push(`${path}.${String(prop)}=`);
        return true;
      },
      apply: () => self.recorder(`${path}()`),
    });
  }

  private sheetMock(g: Grid): OfficeMockObject {
    const self = this;
    const mock = new OfficeMockObject({
      name: g.name,
      visibility: g.hidden ? "Hidden" : "Visible",
      getUsedRangeOrNullObject(valuesOnly?: boolean) {
        expect(valuesOnly).toBe(true);
        return self.rangeMock(g, usedRect(g));
      },
      getRange(address?: string) {
        expect(address).toBeUndefined(); // only the whole sheet, for its merged areas
        return self.rangeMock(g, { top: 0, left: 0, bottom: 1048575, right: 16383 }, true);
      },
      getRangeByIndexes(startRow: number, startColumn: number, rowCount: number, columnCount: number) {
        return self.rangeMock(g, { top: startRow, left: startColumn, bottom: startRow + rowCount - 1, right: startColumn + columnCount - 1 });
      },
    });
    return this.track(mock, `sheet(${g.name})`);
  }

  private rangeMock(g: Grid, rect: Rect | null, whole = false): OfficeMockObject {
    const self = this;
    const arrays: Arrays | null = rect && !whole ? arraysOf(g, rect) : null;
    const data: Record<string, unknown> = {
      address: rect ? `${quote(g.name)}!${whole ? "A1:XFD1048576" : rectToA1(rect)}` : "",
      rowCount: rect ? rect.bottom - rect.top + 1 : 0,
      columnCount: rect ? rect.right - rect.left + 1 : 0,
      values: arrays?.values ?? [],
      formulas: arrays?.formulas ?? [],
      numberFormat: arrays?.numberFormat ?? [],
      valueTypes: arrays?.valueTypes ?? [],
      load(this: OfficeMockObject, props: string) {
        for (const p of props.split(",").map((s) => s.trim())) {
          if (whole && (DATA_PROPS as readonly string[]).includes(p)) throw new Error("loading the data of a whole sheet");
          self.pending += bytesOf(data[p]);
        }
        return self.quiet(() => OfficeMockObject.prototype.load.call(this, props));
      },
      getMergedAreasOrNullObject() {
        const merges = (g.merges ?? []).filter((m) => rect && m.top <= rect.bottom && m.bottom >= rect.top);
        const address = merges.map((m) => `${quote(g.name)}!${rectToA1(m)}`).join(",");
        const areas = new OfficeMockObject({
          address,
          load(this: OfficeMockObject, props: string) {
            self.pending += bytesOf(address);
            return self.quiet(() => OfficeMockObject.prototype.load.call(this, props));
          },
        });
        Object.defineProperty(areas, "isNullObject", { value: merges.length === 0 });
        return self.track(areas, `areas(${g.name})`);
      },
    };
    const mock = new OfficeMockObject(data as never);
    Object.defineProperty(mock, "isNullObject", { value: rect === null });
    return this.track(mock, `range(${g.name}!${rect ? rectToA1(rect) : "null"})`);
  }

  /** What the optimistic request would return: the 4 arrays of every used range. */
  totalDataBytes(): number {
    let n = 0;
    for (const g of this.grids) {
      const r = usedRect(g);
      if (!r) continue;
      const a = arraysOf(g, r);
      for (const p of DATA_PROPS) n += bytesOf(a[p]);
    }
    return n;
  }

  get ctx(): Excel.RequestContext {
    return this.context as unknown as Excel.RequestContext;
  }
}

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
  for (let i = 1; i <= n; i++) rows.push([i, `Hạng mục số ${i}`, (i * 37) % 1000, "2024", i % 10 === 0 ? "Ngân sách tỉnh" : undefined]);
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
    expect(cellFromExcel(13570, "=SUM(E7:E23)", "#,##0", "Double")).toEqual({ value: 13570, formula: "=SUM(E7:E23)", numberFormat: "#,##0" });
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

    test("blocks: syncs ≤ 3 + ceil(total / 4.5 MB), each request < 5 MB, same Grids, no writes", async () => {
      const mock = new MockExcel(grids);
      const total = mock.totalDataBytes();
      expect(total).toBeGreaterThan(LIMIT);
      const spy = jest.spyOn(mock.context, "sync");
      const read = await readWorkbookGrids(mock.ctx);
      expect(read.chunked).toBe(true);
      expect(mock.rejected).toHaveLength(1); // the optimistic request only
      expect(spy.mock.calls.length).toBe(read.syncs);
      expect(read.syncs).toBeLessThanOrEqual(3 + Math.ceil(total / DEFAULT_MAX_RESPONSE_BYTES));
      for (const b of mock.requests) expect(b).toBeLessThan(LIMIT);
      expectSameGrids(read.grids, expected);
      expect(mock.writes).toEqual([]);
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
