/// <reference types="office-js" />
/**
 * A mocked Excel built with office-addin-mock's OfficeMockObject, over Grids: used by
 * test/excel/readGrids.test.ts and by `npm run bench` (bench/excel.ts). No jest globals here.
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
import { isCellError, type Cell, type CellValue, type Grid, type Rect } from "../src/core/grid/grid";
import { addressOf, MAX_COLS, MAX_ROWS, rectToA1 } from "../src/core/grid/address";

/** A broken expectation of the mock about how it is called (throws like a failed expect). */
function assert(cond: boolean, message: string): void {
  if (!cond) throw new Error(`MockExcel: ${message}`);
}

/** Excel on the web rejects a request whose data exceeds 5 MB. */
export const LIMIT = 5 * 1024 * 1024;

const DATA_PROPS = ["values", "formulas", "numberFormat", "valueTypes"] as const;
type DataProp = (typeof DATA_PROPS)[number];
type Arrays = Record<DataProp, unknown[][]>;

const WHOLE_SHEET: Rect = { top: 0, left: 0, bottom: MAX_ROWS - 1, right: MAX_COLS - 1 };

function bytesOf(v: unknown): number {
  return Buffer.byteLength(JSON.stringify(v), "utf8");
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

const WRITE_PROPS = new Set([
  "values",
  "formulas",
  "numberFormat",
  "numberFormatLocal",
  "formulasLocal",
  "formulasR1C1",
  "name",
  "visibility",
  "position",
]);
const WRITE_METHODS = ["merge", "unmerge", "clear", "delete", "insert", "select", "activate", "add", "copyFrom", "set"];

export class MockExcel {
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
          // The probe of sync 1: the active sheet is the first one here.
          getActiveWorksheet: () => sheets[0],
          getFirst: () => sheets[0],
          getLast: () => sheets[sheets.length - 1],
        },
      },
      sync: async () => this.sync(),
    });
  }

  private quiet<T>(fn: () => T): T {
    this.internal++;
    try {
      return fn();
    } finally {
      this.internal--;
    }
  }

  private sync(): Promise<void> {
    const bytes = this.pending;
    this.pending = 0;
    if (bytes > LIMIT) {
      this.rejected.push(bytes);
      // As Office.js rejects it: an OfficeExtension.Error with this code.
      const e = Object.assign(new Error("The request payload size has exceeded the limit."), {
        code: "RequestPayloadSizeLimitExceeded",
      });
      return Promise.reject(e);
    }
    this.requests.push(bytes);
    this.quiet(() => {
      void OfficeMockObject.prototype.sync.call(this.context);
      for (const m of this.made) void m.sync();
    });
    return Promise.resolve();
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
      // Loading a property is a read, not a write (office-addin-mock sets it on the object).
      load(this: OfficeMockObject, props: string) {
        return self.quiet(() => OfficeMockObject.prototype.load.call(this, props));
      },
      getUsedRangeOrNullObject(valuesOnly?: boolean) {
        assert(valuesOnly === true, `getUsedRangeOrNullObject(${String(valuesOnly)}): the adapter must ask for values only`);
        return self.rangeMock(g, usedRect(g));
      },
      getRange(address?: string) {
        assert(address === undefined, `getRange(${String(address)}): only the whole sheet, for its merged areas`);
        return self.rangeMock(g, { top: 0, left: 0, bottom: 1048575, right: 16383 }, true);
      },
      getRangeByIndexes(startRow: number, startColumn: number, rowCount: number, columnCount: number) {
        return self.rangeMock(g, {
          top: startRow,
          left: startColumn,
          bottom: startRow + rowCount - 1,
          right: startColumn + columnCount - 1,
        });
      },
    });
    return this.track(mock, `sheet(${g.name})`);
  }

  private rangeMock(g: Grid, rect: Rect | null, whole = false): OfficeMockObject {
    const self = this;
    const arrays: Arrays | null = rect && !whole ? arraysOf(g, rect) : null;
    const data: Record<string, unknown> = {
      address: rect ? addressOf(g.name, whole ? WHOLE_SHEET : rect) : "",
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
        const address = merges.map((m) => addressOf(g.name, m)).join(",");
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
    const mock = new OfficeMockObject(data);
    Object.defineProperty(mock, "isNullObject", { value: rect === null });
    return this.track(mock, `range(${g.name}!${rect ? rectToA1(rect) : "null"})`);
  }

  /** context.sync() calls so far, rejected ones included. */
  get syncCount(): number {
    return this.requests.length + this.rejected.length;
  }

  /** The largest request that went through, in bytes (0 before any). */
  get largestRequest(): number {
    let m = 0;
    for (const b of this.requests) if (b > m) m = b;
    return m;
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
