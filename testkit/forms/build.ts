/**
 * Builds a form layout (testkit/forms/layouts.ts) into a SheetSpec: titles, a header of one to
 * three rows with merged cells, an optional column-numbering row, the rows of an explicit tree
 * whose parents are the sums of their children (computed here, from the tree as written — not by
 * the engine under test), row relations (row totals, rates) computed per row, totals above or
 * below, "Trong đó" breakdowns, a signature block.
 *
 * Rows are referred to by their path of markers ("B/I/2", "Năm 2023/3", "TOTAL") so that broken
 * variants and their expected findings name cells without counting rows.
 */
import { type Rect } from "../../src/core/grid/grid";
import { colToLetters, toA1 } from "../../src/core/grid/address";
import type { SheetSpec, SpecCell } from "../../src/core/grid/spec";
import { decSum, decToNumber, decRound, decFromNumber } from "../../src/core/number/decimal";
import { formatNumberVN } from "../../src/core/number/format";

export type Vals = Record<string, number | undefined>;

interface ColDef {
  key: string;
  /** Header path, top to bottom ("Nguồn vốn", "NS tỉnh"). */
  path: string[];
  kind: "tt" | "label" | "text" | "num";
  width?: number;
  /** Decimals shown (number format); rates are rounded to them. */
  decimals?: number;
  /** Stored as a fraction with a percent format (0,614 shows 61,4%). */
  percentFormat?: boolean;
  /** A row relation: the cell is computed from the row's other numbers. */
  derive?: (v: Vals) => number | undefined;
  /** Parents state the sum of their parts in this column (default: number columns without `derive`). */
  down?: boolean;
  /** Text of the column-numbering row ("3=1+2"). */
  numbering?: string;
}

export interface RowDef {
  tt?: string | number;
  label: string;
  /** Leaf numbers by column key (parents are computed unless given). */
  v?: Vals;
  /** Text cells by column key. */
  t?: Record<string, string>;
  kids?: RowDef[];
  /** A "Trong đó" breakdown (never added to the parent). */
  breakdown?: RowDef[];
  /** The label of the row before the breakdown ("Trong đó:"); null: no such row. */
  breakdownHead?: string | null;
  /** Several breakdowns of one row, each under its own head ("Trong đó: chia theo lĩnh vực", "… theo nguồn vốn"). */
  breakdowns?: { head: string; rows: RowDef[] }[];
  /** Columns in which this parent states nothing. */
  blank?: string[] | true;
  /** Values from other rows (by path), e.g. a difference C = A − B. */
  declared?: (row: (path: string) => Vals) => Vals;
}

export interface Variant {
  id: string;
  note: string;
  /** Cells to type over: [row path, column key, new value]. */
  edits: [string, string, number | string | null][];
  /** Findings that must appear: [code, row path, column key]. */
  expect: [string, string, string][];
}

export interface Layout {
  id: string;
  /** Family of the form (for the README). */
  family: string;
  description: string;
  /** A sketch of the header and a few rows, for the README. */
  sketch: string;
  sheet: string;
  titles: string[];
  unitLine?: string;
  columns: ColDef[];
  numberingRow?: boolean;
  rows: RowDef[];
  total?: { label: string; position: "top" | "bottom" };
  /** Lines under the table (signature block). */
  signature?: string[][];
  /** Numbers written as Vietnamese-notation text (tables pasted from Word). */
  textNumbers?: boolean;
  /** Parents written as =SUM(...) formulas with their values. */
  formulas?: boolean;
  /** The header repeated every so many data rows (page breaks). */
  repeatHeaderEvery?: number;
  /** Re-saved by LibreOffice (soffice --headless --convert-to xlsx). */
  libreoffice?: boolean;
  /** Other sheets of the workbook. */
  extraSheets?: SheetSpec[];
  variants: Variant[];
  /** Expectations of the clean file beyond "no error": finding codes that must appear (warnings). */
  cleanWarnings?: [string, string][];
  /** Every number of the clean file must be checked (coverage complete). */
  fullyChecked?: boolean;
}

interface Emitted {
  path: string;
  row: number;
  vals: Vals;
}

export interface Built {
  spec: SheetSpec;
  /** Row path -> sheet row (0-based). */
  rows: Map<string, number>;
  /** Column key -> sheet column. */
  cols: Map<string, number>;
}

const BORDER = { border: true, verticalAlign: "middle" as const };

function exact(values: (number | undefined)[]): number | undefined {
  const xs = values.filter((x): x is number => x !== undefined);
  return xs.length ? decToNumber(decSum(xs)) : undefined;
}

function round(v: number, decimals: number): number {
  return decToNumber(decRound(decFromNumber(Number(v.toPrecision(15))), decimals));
}

export function buildLayout(l: Layout): Built {
  const cells: SpecCell[] = [];
  const merges: Rect[] = [];
  const put = (row: number, col: number, value: SpecCell["value"], style: Partial<SpecCell> = {}) =>
    cells.push({ row, col, value, ...style });
  const cols = new Map(l.columns.map((c, i) => [c.key, i]));
  const numCols = l.columns.filter((c) => c.kind === "num");
  const down = (c: ColDef) => c.kind === "num" && (c.down ?? !c.derive);
  const last = l.columns.length - 1;

  let r = 0;
  for (const t of l.titles) {
    put(r, 0, t, { bold: true, align: "center" });
    merges.push({ top: r, left: 0, bottom: r, right: last });
    r++;
  }
  if (l.unitLine) {
    put(r, Math.max(0, last - 2), l.unitLine, { italic: true, align: "right" });
    r++;
  }
  r++;

  // Header: one row per path level; a column whose path is shorter spans down.
  const depth = Math.max(...l.columns.map((c) => c.path.length));
  const headerTop = r;
  const writeHeader = (top: number) => {
    for (let level = 0; level < depth; level++) {
      for (let ci = 0; ci <= last; ci++) {
        const p = l.columns[ci].path;
        if (level >= p.length) continue;
        const prefix = p.slice(0, level + 1).join("\u0000");
        const prevSame =
          ci > 0 && l.columns[ci - 1].path.length > level && l.columns[ci - 1].path.slice(0, level + 1).join("\u0000") === prefix;
        if (prevSame) continue;
        let end = ci;
        while (
          end + 1 <= last &&
          l.columns[end + 1].path.length > level &&
          l.columns[end + 1].path.slice(0, level + 1).join("\u0000") === prefix
        )
          end++;
        const bottom = level === p.length - 1 ? top + depth - 1 : top + level;
        put(top + level, ci, p[level], { bold: true, align: "center", wrap: true, ...BORDER });
        if (end > ci || bottom > top + level) merges.push({ top: top + level, left: ci, bottom, right: end });
      }
    }
    let rr = top + depth;
    if (l.numberingRow) {
      l.columns.forEach((c, ci) => put(rr, ci, c.numbering ?? null, { italic: true, align: "center", ...BORDER }));
      rr++;
    }
    return rr;
  };
  r = writeHeader(headerTop);

  // Values, by construction.
  const byPath = new Map<string, Vals>();
  const pathOf = (parent: string, d: RowDef) =>
    (parent ? parent + "/" : "") + (d.tt !== undefined && d.tt !== "-" && d.tt !== "+" ? String(d.tt) : d.label);
  const valuesOf = (d: RowDef, path: string): Vals => {
    const kids = (d.kids ?? []).map((k) => valuesOf(k, pathOf(path, k)));
    for (const b of [...(d.breakdown ?? []), ...(d.breakdowns ?? []).flatMap((x) => x.rows)]) valuesOf(b, pathOf(path, b));
    const v: Vals = {};
    for (const c of numCols) {
      if (d.v && c.key in d.v) v[c.key] = d.v[c.key];
      else if (down(c) && kids.length) v[c.key] = exact(kids.map((k) => k[c.key]));
    }
    byPath.set(path, v);
    return v;
  };
  const roots = l.rows.map((d) => valuesOf(d, pathOf("", d)));
  const totalVals: Vals = {};
  for (const c of numCols) if (down(c)) totalVals[c.key] = exact(roots.map((x) => x[c.key]));
  const declaredPass = (d: RowDef, path: string) => {
    if (d.declared)
      Object.assign(
        byPath.get(path) as Vals,
        d.declared((p) => byPath.get(p) ?? {}),
      );
    for (const k of [...(d.kids ?? []), ...(d.breakdown ?? []), ...(d.breakdowns ?? []).flatMap((x) => x.rows)])
      declaredPass(k, pathOf(path, k));
  };
  l.rows.forEach((d) => declaredPass(d, pathOf("", d)));
  const derive = (v: Vals) => {
    for (const c of numCols) {
      if (!c.derive) continue;
      const x = c.derive(v);
      v[c.key] = x === undefined || !Number.isFinite(x) ? undefined : c.decimals !== undefined ? round(x, c.decimals) : x;
    }
  };
  for (const v of byPath.values()) derive(v);
  derive(totalVals);

  const fmt = (c: ColDef) => {
    const d = c.decimals ?? 0;
    return c.percentFormat ? (d ? "0." + "0".repeat(d) + "%" : "0%") : d ? "#,##0." + "0".repeat(d) : "#,##0";
  };
  const emitted: Emitted[] = [];
  const writeRow = (
    row: number,
    d: { tt?: string | number; label: string; t?: Record<string, string> },
    v: Vals,
    bold: boolean,
    blank: string[] | true | undefined,
  ) => {
    l.columns.forEach((c, ci) => {
      const style = { ...BORDER, bold };
      if (c.kind === "tt") put(row, ci, d.tt ?? null, { ...style, align: "center" });
      else if (c.kind === "label") put(row, ci, d.label, { ...style, wrap: true });
      else if (c.kind === "text") put(row, ci, d.t?.[c.key] ?? null, { ...style, wrap: true });
      else {
        const x = blank === true || blank?.includes(c.key) ? undefined : v[c.key];
        if (x === undefined) put(row, ci, null, style);
        else if (l.textNumbers)
          put(row, ci, formatNumberVN(c.percentFormat ? x : x, { decimals: c.decimals ?? 0 }) + (c.percentFormat ? "%" : ""), {
            ...style,
            align: "right",
          });
        else put(row, ci, c.percentFormat ? x / 100 : x, { ...style, align: "right", numberFormat: fmt(c) });
      }
    });
  };
  const rowsMap = new Map<string, number>();
  let sinceHeader = 0;
  const next = () => {
    if (l.repeatHeaderEvery && sinceHeader >= l.repeatHeaderEvery) {
      r++;
      r = writeHeader(r);
      sinceHeader = 0;
    }
    sinceHeader++;
    return r++;
  };
  const emit = (d: RowDef, path: string) => {
    const row = next();
    const v = byPath.get(path) as Vals;
    writeRow(row, d, v, (d.kids?.length ?? 0) > 0, d.blank);
    rowsMap.set(path, row);
    emitted.push({ path, row, vals: v });
    if (d.breakdown?.length) {
      if (d.breakdownHead !== null) {
        const hr = next();
        put(hr, cols.get(l.columns.find((c) => c.kind === "label")!.key) as number, d.breakdownHead ?? "Trong đó:", {
          italic: true,
          ...BORDER,
        });
      }
      for (const b of d.breakdown) emit(b, pathOf(path, b));
    }
    const labelCol = cols.get(l.columns.find((c) => c.kind === "label")!.key) as number;
    for (const bd of d.breakdowns ?? []) {
      put(next(), labelCol, bd.head, { italic: true, ...BORDER });
      for (const b of bd.rows) emit(b, pathOf(path, b));
    }
    for (const k of d.kids ?? []) emit(k, pathOf(path, k));
  };
  const totalRow = () => {
    const row = next();
    writeRow(row, { label: l.total!.label }, totalVals, true, undefined);
    rowsMap.set("TOTAL", row);
  };
  if (l.total?.position === "top") totalRow();
  l.rows.forEach((d) => emit(d, pathOf("", d)));
  if (l.total?.position === "bottom") totalRow();

  // Parents as =SUM formulas (with their values).
  if (l.formulas) {
    const parentOf = new Map<number, number[]>();
    const walk = (d: RowDef, path: string) => {
      const kids = (d.kids ?? []).map((k) => rowsMap.get(pathOf(path, k)) as number);
      if (kids.length) parentOf.set(rowsMap.get(path) as number, kids);
      for (const k of [...(d.kids ?? []), ...(d.breakdown ?? [])]) walk(k, pathOf(path, k));
    };
    l.rows.forEach((d) => walk(d, pathOf("", d)));
    if (rowsMap.has("TOTAL"))
      parentOf.set(
        rowsMap.get("TOTAL") as number,
        l.rows.map((d) => rowsMap.get(pathOf("", d)) as number),
      );
    for (const cell of cells) {
      const kids = parentOf.get(cell.row);
      const c = l.columns[cell.col];
      if (!kids || !c || c.kind !== "num" || !down(c) || typeof cell.value !== "number") continue;
      const L = colToLetters(cell.col);
      const contiguous = kids.every((k, i) => i === 0 || k === kids[i - 1] + 1);
      cell.formula =
        contiguous && kids.length > 1
          ? `=SUM(${L}${kids[0] + 1}:${L}${kids[kids.length - 1] + 1})`
          : "=" + kids.map((k) => `${L}${k + 1}`).join("+");
    }
  }

  if (l.signature) {
    r++;
    for (const line of l.signature) {
      line.forEach((text, ci) => {
        if (text) put(r, ci, text, { bold: ci > 0, align: "center" });
      });
      r++;
    }
  }

  const spec: SheetSpec = {
    name: l.sheet,
    columnWidths: l.columns.map((c) => c.width ?? (c.kind === "label" ? 44 : c.kind === "tt" ? 6 : 14)),
    cells,
    merges,
    font: { name: "Times New Roman", size: 12 },
  };
  return { spec, rows: rowsMap, cols };
}

/** The A1 address of (row path, column key) in a built layout. */
export function cellOf(b: Built, path: string, key: string): string {
  const row = b.rows.get(path);
  const col = b.cols.get(key);
  if (row === undefined || col === undefined) throw new Error(`no cell at ${path} / ${key}`);
  return toA1(row, col);
}

/** The spec with the variant's cells typed over (formulas dropped there). */
export function applyVariant(b: Built, v: Variant, textNumbers: boolean): SheetSpec {
  const spec: SheetSpec = { ...b.spec, cells: b.spec.cells.map((c) => ({ ...c })) };
  for (const [path, key, value] of v.edits) {
    const row = b.rows.get(path);
    const col = b.cols.get(key);
    if (row === undefined || col === undefined) throw new Error(`${v.id}: no cell at ${path} / ${key}`);
    const cell = spec.cells.find((c) => c.row === row && c.col === col);
    const written = textNumbers && typeof value === "number" ? formatNumberVN(value) : value;
    if (cell) {
      cell.value = written;
      delete cell.formula;
    } else spec.cells.push({ row, col, value: written });
  }
  return spec;
}

/** One file of the corpus as test/fixtures/forms/manifest.json lists it (scripts/make-forms.ts writes it). */
export interface FormFile {
  file: string;
  layout: string;
  family: string;
  variant: string;
  note: string;
  savedBy: "ExcelJS" | "LibreOffice";
  /** Findings that must appear (code, sheet, cell); for a clean file, the warnings it must give. */
  expect: { code: string; sheet: string; cell: string }[];
  clean: boolean;
  /** Every number cell of the file is checked. */
  fullyChecked: boolean;
  /** For the clean file: a sketch of its header and rows (the README shows it). */
  sketch?: string;
}
