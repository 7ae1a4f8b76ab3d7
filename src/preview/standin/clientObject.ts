/**
 * The base of every object the stand-in's API hands out (worksheets, ranges, formats…), as the
 * Excel API's proxy objects behave: load() queues a read that runs at context.sync(), and a
 * property can be read only after both (else PropertyNotLoaded); the model object behind it is
 * found at sync time, in queue order; an *OrNullObject object says isNullObject after a sync;
 * a change is queued to run at the sync, and does nothing on a null object.
 */
import type { RequestContext } from "./context";
import { notLoaded, StandInError } from "./errors";
import { wireObjectBytes } from "./wire";

export type LoadArg = string | string[] | { select?: string | string[] } | undefined;

export function loadList(arg: LoadArg): string[] | undefined {
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

export abstract class ClientObject<T> {
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

  /**
   * How many cells a load of these properties reads (a range's values, formulas…): what Excel's
   * five-million-cell limit counts (context.ts). 0 for objects without cells.
   */
  protected cellsRead(_t: T, _props: readonly string[]): number {
    return 0;
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
        const cells = t === null ? 0 : this.cellsRead(t, scalars);
        // Over the cell limit on a platform that answers with null arrays: the cell arrays are null.
        const read = cells === 0 || this._ctx._countCells(cells);
        const snap = scalars.map(
          (p) => [p, t === null || (!read && this.cellsRead(t, [p]) > 0) ? null : this.readProp(t, p)] as const,
        );
        this._ctx._commit(() => {
          for (const [p, v] of snap) this.vals.set(p, v);
        }, wireObjectBytes(snap));
      });
    }
    return this;
  }

  protected get<V>(prop: string): V {
    if (!this.vals.has(prop)) throw notLoaded(prop);
    return this.vals.get(prop) as V;
  }

  /**
   * Records a change in the workbook's log under `label` ("Range.values=", "Worksheet.activate()")
   * and queues it for the next sync; it does nothing on a null object, and fails there when the
   * workbook was told to fail it (StandInWorkbook.failNext).
   */
  protected change(label: string, fn: (t: T) => void): void {
    this._ctx._wb.log.writes.push(label);
    this._ctx._queue(() => {
      this._ctx._wb._failIfAsked(label);
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
