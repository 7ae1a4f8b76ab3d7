/// <reference types="office-js" />
/**
 * SheetSpec[] -> new worksheets, over Office.js. Adds sheets only: an existing sheet is never
 * touched; a taken name becomes "Name (2)", "Name (3)"... Two round trips: one to learn the names,
 * one for all the writes.
 */
import { renameSheets } from "../core/formula/rewrite";
import { MAX_ROWS, rectToA1 } from "../core/grid/address";
import { type CellValue, type Rect } from "../core/grid/grid";
import { sheetNameKey, uniqueSheetName } from "../core/grid/sheetNames";
import type { SheetSpec, SpecCell } from "../core/grid/spec";
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

type Style = Pick<SpecCell, "bold" | "italic" | "underline" | "size" | "align" | "verticalAlign" | "wrap" | "border">;

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

/** Queues the writes of one spec into a new sheet (no sync). */
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

  if ((spec.printTitleRows || spec.page) && isSetSupported("ExcelApi", "1.9")) {
    try {
      const pl = ws.pageLayout;
      if (spec.page) {
        pl.orientation = spec.page.orientation === "landscape" ? "Landscape" : "Portrait";
        pl.paperSize = spec.page.paperSize;
      }
      if (spec.printTitleRows) pl.setPrintTitleRows(`$${spec.printTitleRows.first + 1}:$${spec.printTitleRows.last + 1}`);
    } catch {
      // Page layout is a nicety: a host without it still gets the sheet.
    }
  }
}

/**
 * Adds one new sheet per spec (after the existing ones), writes it, activates the first one.
 * Resolves to the names used.
 */
export async function writeSheetSpecs(context: Excel.RequestContext, specs: SheetSpec[]): Promise<string[]> {
  if (specs.length === 0) return [];
  const collection = context.workbook.worksheets;
  collection.load("items/name");
  await context.sync();
  const taken = collection.items.map((w) => w.name);

  const names: string[] = [];
  const renamed = new Map<string, string>();
  for (const spec of specs) {
    const name = uniqueSheetName(spec.name, taken);
    taken.push(name);
    names.push(name);
    if (name !== spec.name) renamed.set(sheetNameKey(spec.name), name);
  }
  let first: Excel.Worksheet | undefined;
  specs.forEach((spec, i) => {
    const ws = collection.add(names[i]);
    first ??= ws;
    queueSheet(ws, spec, renamed);
  });
  first?.activate();
  first?.getRange("A1").select();
  await context.sync();
  return names;
}
