/// <reference types="office-js" />
/**
 * SheetSpec[] -> new worksheets, over Office.js. Adds sheets only: an existing sheet is never
 * touched; a taken name becomes "Name (2)", "Name (3)"..., and a sheet named after another one of
 * the same call follows it ("Bản thảo (2) - Phụ lục I").
 *
 * All or nothing. Excel runs a sync's commands in order and does not roll back those that ran
 * before a failing one, so the sheets and what makes them (cells, formats, merges) go in one sync,
 * and if it fails the sheets it added are deleted again in a new one (SheetWriteError; it names the
 * sheets that may be left if even that fails). Then, in a third sync, what the sheets are complete
 * without: activating the first one and the page layout (ExcelApi 1.9: orientation, paper, fit to
 * one page wide, print titles, manual page breaks) — a failure there leaves the sheets as written,
 * and an Excel without ExcelApi 1.9 gets none of it. Three round trips: the names, the writes, the
 * niceties.
 */
import { renameSheets } from "../core/formula/rewrite";
import { MAX_ROWS, rectToA1 } from "../core/grid/address";
import { type CellValue, type Rect } from "../core/grid/grid";
import { sheetNameKey, uniqueSheetNames } from "../core/grid/sheetNames";
import type { SheetSpec, SpecCell } from "../core/grid/spec";
import { SheetWriteError } from "../host/host";
import { isSetSupported } from "./requirements";

/** Excel column width in characters -> points (≈ 7 px per character, 0.75 pt per px). */
export function charsToPoints(chars: number): number {
  return Math.round(chars * 7 * 0.75 * 100) / 100;
}

/**
 * Rewrites sheet references in a formula for sheets renamed on the way in (`renamed`: sheetNameKey
 * of the wanted name → the name given). String literals are never touched (core/formula/rewrite.ts).
 */
export function renameSheetRefs(formula: string, renamed: Map<string, string>): string {
  if (renamed.size === 0) return formula;
  return renameSheets(formula, (sheet) => renamed.get(sheetNameKey(sheet)));
}

const FORMULA_LIKE = /^[=+\-@]/;
/** Text Excel would turn into something else when typed into a General cell (numbers, %, dates, TRUE). */
const COERCIBLE = /^\s*([-+]?[\d.,]+\s*%?|[-+]?\d+(\.\d+)?[eE][-+]?\d+|\d{1,4}[/-]\d{1,2}([/-]\d{1,4})?|true|false)\s*$/i;

/** The number format a cell is written with: "@" for text that must stay text. */
export function numberFormatFor(c: SpecCell): string {
  const text = typeof c.value === "string" && c.formula === undefined;
  if (text && (c.forceText || FORMULA_LIKE.test(c.value as string))) return "@";
  const nf = c.numberFormat;
  if (text && (nf === undefined || nf === "General") && COERCIBLE.test(c.value as string)) return "@";
  return nf ?? "General";
}

function inputFor(c: SpecCell | undefined, renamed: Map<string, string>): string | number | boolean {
  if (!c) return "";
  if (c.formula !== undefined) return renameSheetRefs(c.formula, renamed);
  const v: CellValue = c.value;
  if (v === null) return "";
  if (typeof v === "object") return v.error;
  return v;
}

type Style = Pick<SpecCell, "bold" | "italic" | "underline" | "size" | "align" | "verticalAlign" | "wrap" | "border" | "color">;

function styleOf(c: SpecCell): Style | undefined {
  const s: Style = {};
  if (c.bold) s.bold = true;
  if (c.italic) s.italic = true;
  if (c.underline) s.underline = true;
  if (c.size !== undefined) s.size = c.size;
  if (c.align) s.align = c.align;
  if (c.verticalAlign) s.verticalAlign = c.verticalAlign;
  if (c.wrap) s.wrap = true;
  if (c.border) s.border = true;
  if (c.color) s.color = c.color;
  return Object.keys(s).length > 0 ? s : undefined;
}

const H_ALIGN = { left: "Left", center: "Center", right: "Right", justify: "Justify" } as const;
const V_ALIGN = { top: "Top", middle: "Center", bottom: "Bottom" } as const;

function applyStyle(range: Excel.Range, s: Style, multiCol: boolean): void {
  const f = range.format;
  if (s.bold) f.font.bold = true;
  if (s.italic) f.font.italic = true;
  if (s.underline) f.font.underline = "Single";
  if (s.size !== undefined) f.font.size = s.size;
  if (s.color) f.font.color = `#${s.color}`;
  if (s.align) f.horizontalAlignment = H_ALIGN[s.align];
  if (s.verticalAlign) f.verticalAlignment = V_ALIGN[s.verticalAlign];
  if (s.wrap) f.wrapText = true;
  if (s.border) {
    const edges = ["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight"] as const;
    const all: string[] = multiCol ? [...edges, "InsideVertical"] : [...edges];
    for (const e of all) {
      const b = f.borders.getItem(e as Excel.BorderIndex);
      b.style = "Continuous";
      b.weight = "Thin";
    }
  }
}

/** Queues the writes that make one spec's sheet (no sync): widths, cells, formats, merges. */
function queueSheet(ws: Excel.Worksheet, spec: SheetSpec, renamed: Map<string, string>): void {
  if (spec.font) {
    const all = ws.getRange();
    all.format.font.name = spec.font.name;
    all.format.font.size = spec.font.size;
  }
  spec.columnWidths.forEach((w, c) => {
    if (w > 0) ws.getRange(rectToA1({ top: 0, left: c, bottom: MAX_ROWS - 1, right: c })).format.columnWidth = charsToPoints(w);
  });
  for (const [r, h] of Object.entries(spec.rowHeights ?? {})) {
    const row = Number(r) + 1;
    ws.getRange(`${row}:${row}`).format.rowHeight = h;
  }

  if (spec.cells.length > 0) {
    let top = Infinity;
    let left = Infinity;
    let bottom = -1;
    let right = -1;
    for (const c of spec.cells) {
      top = Math.min(top, c.row);
      left = Math.min(left, c.col);
      bottom = Math.max(bottom, c.row);
      right = Math.max(right, c.col);
    }
    const at = new Map<number, SpecCell>();
    const width = right - left + 1;
    for (const c of spec.cells) at.set((c.row - top) * width + (c.col - left), c);
    const formats: string[][] = [];
    const inputs: (string | number | boolean)[][] = [];
    for (let r = top; r <= bottom; r++) {
      const fr: string[] = [];
      const ir: (string | number | boolean)[] = [];
      for (let c = left; c <= right; c++) {
        const cell = at.get((r - top) * width + (c - left));
        fr.push(cell ? numberFormatFor(cell) : "General");
        ir.push(inputFor(cell, renamed));
      }
      formats.push(fr);
      inputs.push(ir);
    }
    const rect: Rect = { top, left, bottom, right };
    const range = ws.getRange(rectToA1(rect));
    // Number formats first, so that "@" cells take "- abc" as text, never as a formula.
    range.numberFormat = formats;
    range.formulas = inputs;

    // Formatting: runs of equal style along each row, one range per run.
    const byRow = new Map<number, SpecCell[]>();
    for (const c of spec.cells) {
      const list = byRow.get(c.row) ?? [];
      list.push(c);
      byRow.set(c.row, list);
    }
    for (const [row, cells] of byRow) {
      cells.sort((a, b) => a.col - b.col);
      let i = 0;
      while (i < cells.length) {
        const s = styleOf(cells[i]);
        const key = JSON.stringify(s ?? null);
        let j = i + 1;
        while (j < cells.length && cells[j].col === cells[j - 1].col + 1 && JSON.stringify(styleOf(cells[j]) ?? null) === key)
          j++;
        if (s) {
          const r: Rect = { top: row, left: cells[i].col, bottom: row, right: cells[j - 1].col };
          applyStyle(ws.getRange(rectToA1(r)), s, r.right > r.left);
        }
        i = j;
      }
    }
  }

  for (const m of spec.merges) {
    if (m.top === m.bottom && m.left === m.right) continue;
    ws.getRange(rectToA1(m)).merge(false);
  }
}

/**
 * Queues one spec's page layout and page breaks (no sync, ExcelApi 1.9): a nicety, the sheet is
 * complete without it.
 */
function queuePageLayout(ws: Excel.Worksheet, spec: SheetSpec): void {
  if (spec.printTitleRows || spec.page) {
    const pl = ws.pageLayout;
    if (spec.page) {
      pl.orientation = spec.page.orientation === "landscape" ? "Landscape" : "Portrait";
      pl.paperSize = spec.page.paperSize;
      // One page wide, as many tall as the rows need.
      if (spec.page.fitToWidth) pl.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
    }
    if (spec.printTitleRows) pl.setPrintTitleRows(`$${spec.printTitleRows.first + 1}:$${spec.printTitleRows.last + 1}`);
  }
  // A break above each row that starts a page (the range given is the one just after the break).
  for (const r of spec.rowBreaks ?? []) if (r > 0) ws.horizontalPageBreaks.add(`A${r + 1}`);
}

/**
 * After a failed write: deletes the sheets of `names` the failed sync had added, in new syncs.
 * Resolves to the error to throw, which names the sheets that may be left when that fails too.
 * (A sheet of one of these names made by someone else between the first sync and the failure
 * would be taken for ours: the names were free a moment before.)
 */
async function undoAdded(context: Excel.RequestContext, names: string[], error: unknown): Promise<SheetWriteError> {
  let mayBeLeft = names;
  try {
    const collection = context.workbook.worksheets;
    collection.load("items/name");
    await context.sync();
    const ours = new Set(names.map(sheetNameKey));
    const added = collection.items.filter((w) => ours.has(sheetNameKey(w.name)));
    mayBeLeft = added.map((w) => w.name);
    if (added.length > 0) {
      for (const w of added) w.delete();
      await context.sync();
    }
    return new SheetWriteError(names, [], error);
  } catch {
    return new SheetWriteError(names, mayBeLeft, error);
  }
}

/**
 * Adds one new sheet per spec (after the existing ones), writes it, activates the first one.
 * Resolves to the names used; rejects with a SheetWriteError, leaving no sheet behind (or naming
 * those it could not delete), when Excel refuses a write.
 */
export async function writeSheetSpecs(context: Excel.RequestContext, specs: SheetSpec[]): Promise<string[]> {
  if (specs.length === 0) return [];
  const collection = context.workbook.worksheets;
  collection.load("items/name");
  await context.sync();
  const taken = collection.items.map((w) => w.name);

  const names = uniqueSheetNames(
    specs.map((s) => s.name),
    taken,
  );
  const renamed = new Map<string, string>();
  specs.forEach((spec, i) => {
    if (names[i] !== spec.name) renamed.set(sheetNameKey(spec.name), names[i]);
  });
  const sheets = specs.map((spec, i) => {
    const ws = collection.add(names[i]);
    queueSheet(ws, spec, renamed);
    return ws;
  });
  try {
    await context.sync();
  } catch (err) {
    throw await undoAdded(context, names, err);
  }

  // The sheets are complete. Activation first, so that a page layout Excel refuses cannot stop it.
  sheets[0].activate();
  sheets[0].getRange("A1").select();
  // Page layout is a nicety: whether a host refuses it at once or at the sync, the sheets stay as
  // written, without it.
  try {
    if (isSetSupported("ExcelApi", "1.9")) specs.forEach((spec, i) => queuePageLayout(sheets[i], spec));
  } catch {
    // Queued so far goes with the sync below.
  }
  try {
    await context.sync();
  } catch {
    // The sheets are complete; what ran before the refused command stays.
  }
  return names;
}
