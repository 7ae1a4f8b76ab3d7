/**
 * Recognisers: Grid -> tables. A table is found by its header anywhere on a sheet (titles above,
 * blank rows, headers repeated where it crossed a page, one to three header rows with merged
 * cells, a column-numbering row), its columns are classified, its rows read into an outline, and
 * the relations between its columns worked out — declared by the form, or found in the numbers.
 */
import type { Grid } from "../grid/grid";
import { isDetailsSheet } from "../draft/detailsSheet";
import { fold, tidy } from "../text/normalize";
import { TextNumbers } from "./cells";
import { classifyColumns } from "./columns";
import { type Header, findHeader, mayBeHeader, unitFrom } from "./headers";
import { confirmHeaderSums, inferRelations } from "./infer";
import type { Column, Model, NumRef, Table, TableKind } from "./model";
import { numberingRowAt } from "./numbering";
import { declaredRelations } from "./relations";
import { scanRows } from "./scan";
import { type Evaluate, workbookEvaluator } from "./uncached";

/** Title lines and unit above a header, not above `floor`. */
function titleAbove(grid: Grid, top: number, floor: number): { title: string[]; unit?: string } {
  const title: string[] = [];
  let unit: string | undefined;
  for (let r = top - 1; r >= Math.max(floor, top - 8); r--) {
    const row = grid.rows[r];
    if (!row) continue;
    const texts: string[] = [];
    for (const c of row) if (c && typeof c.value === "string" && c.value.trim() !== "") texts.push(tidy(c.value));
    for (const t of texts.reverse()) {
      const u = unitFrom(t);
      if (u !== undefined) unit ??= u;
      else title.unshift(t);
    }
  }
  return { title, unit };
}

function kindOf(columns: Column[]): TableKind {
  const nums = columns.filter((c) => c.role === "number");
  if (columns.some((c) => c.role === "target")) return "targets";
  if (nums.some((c) => c.measure === "num") && nums.some((c) => c.measure === "den")) return "figures";
  if (nums.length === 1 && !nums[0].percent && columns.some((c) => c.role === "tt")) return "appendix";
  return "form";
}

function roleCol(columns: Column[], role: Column["role"]): number | undefined {
  return columns.find((c) => c.role === role)?.col;
}

function readTable(
  grid: Grid,
  h: Header,
  floor: number,
  pending: TextNumbers,
  numbers: NumRef[],
  evaluate?: Evaluate,
): Table | undefined {
  let first = h.bottom + 1;
  const numbering = numberingRowAt(grid, first, h.left, h.right);
  if (numbering) first++;
  const { title, unit } = titleAbove(grid, h.top, floor);
  const columns = classifyColumns(grid, h, first, numbering, unit);
  if (!columns.some((c) => c.role === "number" || c.role === "target")) return undefined;
  const scan = scanRows({ grid, header: h, numbering, columns, first, pending, numbers, evaluate });
  const label = roleCol(columns, "label") ?? roleCol(columns, "group");
  return {
    kind: kindOf(columns),
    sheet: grid.name,
    grid,
    headerTop: h.top,
    headerBottom: h.bottom,
    numberingRow: numbering?.row,
    lastRow: Math.max(scan.lastRow, first - 1),
    left: h.left,
    right: h.right,
    title,
    unit,
    columns,
    tt: roleCol(columns, "tt"),
    label,
    unitCol: roleCol(columns, "unit"),
    note: roleCol(columns, "note"),
    group: label === roleCol(columns, "group") ? undefined : roleCol(columns, "group"),
    target: roleCol(columns, "target"),
    lead: roleCol(columns, "lead"),
    description: roleCol(columns, "description"),
    source: roleCol(columns, "source"),
    year: roleCol(columns, "year"),
    numeric: columns.filter((c) => c.role === "number"),
    outline: scan.outline,
    relations: [],
    dropped: [],
    refs: scan.refs,
    plainCount: scan.plain,
    firstPlain: scan.firstPlain,
    formulaCount: scan.formulas,
  };
}

/** The relations of a table, once its text numbers are read: declared, confirmed, inferred. */
function relate(t: Table, numberingExprs: boolean): void {
  const cols = t.columns;
  const numbering = numberingExprs ? numberingRowAt(t.grid, t.numberingRow as number, t.left, t.right) : undefined;
  const d = declaredRelations(cols, numbering);
  const kept = confirmHeaderSums(t, d.relations, d.dropped);
  t.relations = [...kept, ...inferRelations(t, kept)];
  t.dropped = d.dropped;
}

/** Recognises the tables of one sheet. */
function recognizeSheet(grid: Grid, numbers: NumRef[], evaluate?: Evaluate): Table[] {
  const pending = new TextNumbers();
  const tables: Table[] = [];
  const rows = grid.rows;
  let floor = 0;
  for (let r = 0; r < rows.length; r++) {
    if (!rows[r] || !mayBeHeader(grid, r)) continue;
    const h = findHeader(grid, r);
    if (!h) continue;
    const t = readTable(grid, h, floor, pending, numbers, evaluate);
    if (!t) continue;
    tables.push(t);
    floor = t.lastRow + 1;
    r = t.lastRow;
  }
  pending.resolve();
  for (const t of tables) relate(t, t.numberingRow !== undefined);
  return tables;
}

/**
 * The drafted report ("Bản thảo", "Bản thảo (2)"...) repeats the appendices as text, the exported
 * results ("Kết quả kiểm tra", report/toSheet.ts, and a consolidation's) the findings' numbers:
 * neither is a source. Nor is a consolidation's "Chi tiết" ({@link isConsolidationDetail}).
 */
export function isDraftSheet(name: string): boolean {
  const f = fold(name);
  return f.startsWith("ban thao") || f.startsWith("ket qua kiem tra");
}

/** The header of the "Chi tiết" sheet `baocao tonghop` writes (consolidate/output.ts), A1:D1. */
export const CONSOLIDATION_DETAIL_HEADER = ["Trang", "Ô", "Nội dung", "Tổng hợp"] as const;

/**
 * A consolidation's "Chi tiết" (each number of the form, commune by commune): the sums' sources, not
 * figures of the report — told by its header, whatever the sheet is called.
 */
function isConsolidationDetail(grid: Grid): boolean {
  const row = grid.rows[0];
  return CONSOLIDATION_DETAIL_HEADER.every((h, c) => {
    const v = row?.[c]?.value;
    return typeof v === "string" && fold(v) === fold(h);
  });
}

/** Recognises every table of a workbook. */
export function recognize(grids: Grid[]): Model {
  const steps = recognizeSteps(grids);
  for (let s = steps.next(); ; s = steps.next()) if (s.done) return s.value;
}

/**
 * recognize, one sheet a step: yields before each sheet it reads (its name, 1-based index, count),
 * so that a caller can report progress and give way between sheets.
 */
export function* recognizeSteps(
  grids: Grid[],
): Generator<{ stage: "recognize"; sheet: string; index: number; count: number }, Model> {
  const numbers: NumRef[] = [];
  const tables: Table[] = [];
  const evaluate = workbookEvaluator(grids);
  // The document's details ("Thông tin văn bản") are not figures: kept aside for the drafter.
  const details = grids.filter((g) => !isDraftSheet(g.name) && isDetailsSheet(g));
  const read = grids.filter((g) => !isDraftSheet(g.name) && !isConsolidationDetail(g) && !details.includes(g));
  for (let i = 0; i < read.length; i++) {
    yield { stage: "recognize", sheet: read[i].name, index: i + 1, count: read.length };
    for (const t of recognizeSheet(read[i], numbers, evaluate)) tables.push(t);
  }
  return { sheets: grids.map((g) => ({ name: g.name, hidden: g.hidden === true })), tables, numbers, grids: read, details };
}
