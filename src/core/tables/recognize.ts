/**
 * Recognisers: Grid -> typed tables. Tables are found by their header row anywhere on a sheet;
 * titles above, blank rows, headers repeated where a table crossed a page, two-row merged
 * headers, numbers as numbers or as text are all taken in stride.
 */
import { type Cell, type Grid, type Row, cellAt, isCellError } from "../grid/grid";
import { fold, foldMatches, tidy } from "../text/normalize";
import { type NumMode, TextNumbers, readNum } from "./cells";
import { type Header, headerAt, repeatsHeader, roleOf, unitFrom } from "./headers";
import type {
  AppendixGroup,
  AppendixItem,
  AppendixTable,
  FigureRow,
  FiguresTable,
  Model,
  NumRef,
  Table,
  TargetRow,
  TargetsTable,
} from "./model";
import { parseTarget } from "./target";
import { AmountKind, type ItemContext, ItemRow, addChild } from "./items";
import { type Evaluate, workbookEvaluator } from "./uncached";
import { formatInfo } from "../number/numberFormat";

/** Text of a cell as a trimmed string ("" when empty). */
function textOf(cell: Cell | undefined): string {
  if (!cell) return "";
  const v = cell.value;
  if (typeof v === "string") return tidy(v);
  if (typeof v === "number") return cell.text !== undefined ? cell.text.trim() : String(v);
  if (typeof v === "boolean") return v ? "TRUE" : "FALSE";
  if (isCellError(v)) return v.error;
  return "";
}

function rowIsBlank(grid: Grid, row: number): boolean {
  const r = grid.rows[row];
  if (!r) return true;
  for (const c of r) if (c && c.value !== null && c.value !== "" && !(typeof c.value === "string" && c.value.trim() === "")) return false;
  return true;
}

/** Classification of a TT (numbering) cell. */
type TtKind = "empty" | "item" | "part" | "roman" | "letter" | "detail" | "text";

const ITEM_RE = /^\d{1,5}\.?$/;
const PART_RE = /^\d{1,5}(\.\d{1,4})+\.?$/;
const ROMAN_RE = /^(?=[IVXLC])M{0,3}(C[MD]|D?C{0,3})(X[CL]|L?X{0,3})(I[XV]|V?I{0,3})\.?$/;
const LETTER_RE = /^[A-Z]\.?$/;
const DETAIL_RE = /^([a-zđ][).]|[-+*•–]|\([a-z0-9]+\))$/;

/** The numbering text of the cell last classified by ttKind (kept out of the return value to spare an allocation per row). */
let ttText = "";

function ttKind(cell: Cell | undefined): TtKind {
  ttText = "";
  if (!cell) return "empty";
  const v = cell.value;
  if (typeof v === "number") {
    ttText = String(v);
    if (Number.isInteger(v) && v >= 0) return "item";
    // "1.1" typed into Excel becomes the number 1.1: a part of item 1.
    return v > 0 && PART_RE.test(ttText) ? "part" : "text";
  }
  if (typeof v !== "string") {
    if (v === null) return "empty";
    ttText = textOf(cell);
    return "text";
  }
  const t = v.trim();
  if (t === "") return "empty";
  if (ITEM_RE.test(t)) return (ttText = t.replace(/\.$/, "")), "item";
  if (PART_RE.test(t)) return (ttText = t.replace(/\.$/, "")), "part";
  if (ROMAN_RE.test(t)) return (ttText = t.replace(/\.$/, "")), "roman";
  if (LETTER_RE.test(t)) return (ttText = t.replace(/\.$/, "")), "letter";
  ttText = DETAIL_RE.test(t) ? t : tidy(t);
  return DETAIL_RE.test(t) ? "detail" : "text";
}

const TOTAL_RE = /^(tong cong|tong so|tong kinh phi|tong du toan|tong|cong tat ca)\b\s*[:.]?\s*(\(.*\))?\s*[:.]?$/;
const CLOSING_RE = /^cong\s*(:|$|\(|(nhom|muc|phan)\b|[ivxlc]+\s*[:.]?$)/;
const PERIOD_RE = /^(tu\s+)?(nam|giai doan|nam ngan sach)\s+\d{4}|^(nhom|linh vuc|phan)\b/;

function rowLabels(grid: Grid, row: number, beforeCol: number): string[] {
  const r = grid.rows[row];
  const out: string[] = [];
  if (!r) return out;
  const end = Math.min(r.length, beforeCol);
  for (let c = 0; c < end; c++) {
    const cell = r[c];
    if (cell && typeof cell.value === "string" && cell.value.trim() !== "") out.push(cell.value);
  }
  return out;
}

function findLabel(grid: Grid, row: number, beforeCol: number, re: RegExp): string | undefined {
  for (const l of rowLabels(grid, row, beforeCol)) {
    if (l.length <= 60 && foldMatches(l, re)) return tidy(l);
  }
  return undefined;
}

/** Title lines and unit above a header, not above `floor`. */
function titleAbove(grid: Grid, top: number, floor: number): { title: string[]; unit?: string } {
  const title: string[] = [];
  let unit: string | undefined;
  for (let r = top - 1; r >= Math.max(floor, top - 8); r--) {
    const row = grid.rows[r];
    if (!row) continue;
    const texts: string[] = [];
    for (const c of row) if (c && typeof c.value === "string" && c.value.trim() !== "") texts.push(tidy(c.value));
    if (texts.length === 0) continue;
    for (const t of texts) {
      const u = unitFrom(t);
      if (u !== undefined) unit ??= u;
      else title.unshift(t);
    }
  }
  return { title, unit };
}

interface ScanState {
  grid: Grid;
  pending: TextNumbers;
  numbers: NumRef[];
  evaluate?: Evaluate;
}

function num(st: ScanState, row: number, col: number, mode: NumMode = "plain"): NumRef {
  const ref = readNum(st.grid, row, col, mode, st.pending, st.evaluate);
  if (ref.status !== "number" && ref.status !== "empty") st.numbers.push(ref);
  return ref;
}

function optText(grid: Grid, row: number, col: number | undefined): string | undefined {
  if (col === undefined) return undefined;
  const t = textOf(cellAt(grid, row, col));
  return t === "" ? undefined : t;
}

/** A row of small consecutive column numbers under a header: "(1) (2) (3)" or "1 2 3". */
function isColumnNumbering(grid: Grid, row: number): boolean {
  const r = grid.rows[row];
  if (!r) return false;
  let expect = 1;
  let count = 0;
  for (const c of r) {
    if (!c || c.value === null || c.value === "") continue;
    const t = typeof c.value === "number" ? String(c.value) : typeof c.value === "string" ? c.value.trim() : "";
    const m = /^\(?(\d{1,2})\)?$/.exec(t);
    if (!m || Number(m[1]) !== expect) return false;
    expect++;
    count++;
  }
  return count >= 3;
}

function scanAppendix(st: ScanState, h: Header, start: number, floor: number): AppendixTable {
  const stop = st.grid.rows.length;
  const { grid } = st;
  const roles = h.roles;
  const ttCol = roles.get("tt") as number;
  const amountCol = roles.get("amount") as number;
  const contentCol = roles.get("content") ?? ttCol + 1;
  const cols = {
    tt: ttCol,
    content: contentCol,
    amount: amountCol,
    year: roles.get("year"),
    lead: roles.get("lead"),
    description: roles.get("description"),
    source: roles.get("source"),
    note: roles.get("note"),
  };
  const { title, unit } = titleAbove(grid, h.top, floor);
  const table: AppendixTable = {
    kind: "appendix",
    sheet: grid.name,
    headerTop: h.top,
    headerBottom: h.bottom,
    lastRow: h.bottom,
    title,
    columns: cols,
    unit,
    groups: [],
    itemFormulas: [],
  };
  let group: AppendixGroup | undefined;
  let lastItem: AppendixItem | undefined;
  const ensureGroup = (): AppendixGroup => {
    if (!group) {
      group = { tt: "", label: "", items: [] };
      table.groups.push(group);
    }
    return group;
  };
  const ctx: ItemContext = { grid, columns: cols, readAmount: (row) => readNum(grid, row, amountCol, "plain", st.pending, st.evaluate) };
  const makeItem = (row: number, tt: string): AppendixItem => {
    const cell = (grid.rows[row] as Row)[amountCol];
    if (cell?.formula !== undefined) table.itemFormulas.push({ row, formula: cell.formula });
    const v = cell?.value;
    if (typeof v === "number") return new ItemRow(ctx, row, tt, AmountKind.Number, undefined);
    if (v === undefined || v === null || v === "") {
      if (cell?.formula === undefined) return new ItemRow(ctx, row, tt, AmountKind.Empty, undefined);
    }
    const ref = num(st, row, amountCol);
    return new ItemRow(ctx, row, tt, ref.status === "empty" ? AmountKind.Empty : AmountKind.Other, ref);
  };

  let r = start;
  if (isColumnNumbering(grid, r)) r++;
  for (; r < stop; r++) {
    const row = grid.rows[r];
    if (!row) continue;
    const kind = ttKind(row[ttCol]);
    const tt = ttText;
    if (kind === "item") {
      const item = makeItem(r, tt);
      ensureGroup().items.push(item);
      lastItem = item;
      table.lastRow = r;
      continue;
    }
    if (rowIsBlank(grid, r)) continue;
    if (kind === "part" && lastItem) {
      const parentTt = tt.slice(0, tt.lastIndexOf("."));
      const part = makeItem(r, tt);
      // Attach to the nearest item with that numbering ("1.2" under "1", "1.2.1" under "1.2").
      const parent = findByTt(group?.items ?? [], parentTt) ?? lastItem;
      addChild(parent, part);
      parent.partsAddUp = true;
      table.lastRow = r;
      continue;
    }
    if (kind === "detail" && lastItem) {
      addChild(lastItem, makeItem(r, tt));
      table.lastRow = r;
      continue;
    }
    // Headers repeated where the table crossed a page.
    if (repeatsHeader(grid, r, h)) {
      if (h.bottom > h.top && !rowIsBlank(grid, r + 1) && ttKind(cellAt(grid, r + 1, ttCol)) === "empty" && roleOf(textOf(cellAt(grid, r + 1, amountCol))) === "amount") r++;
      if (isColumnNumbering(grid, r + 1)) r++;
      continue;
    }
    if (startsTable(grid, r)) break;
    const total = findLabel(grid, r, amountCol, TOTAL_RE);
    if (total !== undefined) {
      table.total = { row: r, label: total, amount: num(st, r, amountCol) };
      table.lastRow = r;
      break;
    }
    const closing = findLabel(grid, r, amountCol, CLOSING_RE);
    if (closing !== undefined) {
      const amount = num(st, r, amountCol);
      if (group && group.row !== undefined) group.closing = amount;
      else table.total = { row: r, label: closing, amount };
      table.lastRow = r;
      if (!group || group.row === undefined) break;
      continue;
    }
    const content = textOf(row[contentCol]);
    const amountCell = row[amountCol];
    const hasAmount = amountCell !== undefined && amountCell.value !== null && amountCell.value !== "";
    const isGroup =
      kind === "roman" ||
      kind === "letter" ||
      (kind === "empty" && content !== "" && (foldMatches(content, PERIOD_RE) || (hasAmount && nextTtIsOne(grid, r, ttCol, stop))));
    if (isGroup) {
      group = { row: r, tt: tt, label: tidy(content), stated: num(st, r, amountCol), items: [] };
      table.groups.push(group);
      lastItem = undefined;
      table.lastRow = r;
      continue;
    }
    if (kind === "empty" && (hasAmount || cellAt(grid, r, amountCol)?.formula)) {
      // An unnumbered item.
      const item = makeItem(r, "");
      ensureGroup().items.push(item);
      lastItem = item;
      table.lastRow = r;
      continue;
    }
    // Anything else (a note, a title of what follows, a wrapped line): not part of the sums.
  }
  return table;
}

function findByTt(items: AppendixItem[], tt: string): AppendixItem | undefined {
  for (let i = items.length - 1; i >= 0; i--) {
    const it = items[i];
    if (it.tt === tt) return it;
    const sub = findByTt(it.children, tt);
    if (sub) return sub;
  }
  return undefined;
}

function nextTtIsOne(grid: Grid, row: number, ttCol: number, stop: number): boolean {
  for (let r = row + 1; r < Math.min(stop, row + 4); r++) {
    const k = ttKind(cellAt(grid, r, ttCol));
    if (k === "empty" && rowIsBlank(grid, r)) continue;
    return k === "item" && ttText === "1";
  }
  return false;
}

function scanFigures(st: ScanState, h: Header, start: number, floor: number): FiguresTable {
  const stop = st.grid.rows.length;
  const { grid } = st;
  const roles = h.roles;
  const cols = {
    tt: roles.get("tt"),
    label: (roles.get("content") ?? roles.get("indicator")) as number,
    num: roles.get("num") as number,
    den: roles.get("den"),
    rate: roles.get("rate"),
    note: roles.get("note"),
  };
  const { title } = titleAbove(grid, h.top, floor);
  const table: FiguresTable = {
    kind: "figures",
    sheet: grid.name,
    headerTop: h.top,
    headerBottom: h.bottom,
    lastRow: h.bottom,
    title,
    columns: cols,
    rows: [],
  };
  const byTt = new Map<string, number>();
  let r = start;
  if (isColumnNumbering(grid, r)) r++;
  for (; r < stop; r++) {
    if (rowIsBlank(grid, r)) continue;
    if (repeatsHeader(grid, r, h)) continue;
    if (startsTable(grid, r)) break;
    const label = textOf(cellAt(grid, r, cols.label));
    const tt = cols.tt === undefined ? "" : textOf(cellAt(grid, r, cols.tt)).replace(/\.$/, "");
    const numCell = cellAt(grid, r, cols.num);
    const rateCell = cols.rate === undefined ? undefined : cellAt(grid, r, cols.rate);
    if (label === "" && !numCell && !rateCell) continue;
    const fr: FigureRow = {
      row: r,
      tt,
      label,
      num: num(st, r, cols.num),
      den: cols.den === undefined ? undefined : num(st, r, cols.den),
      rate: cols.rate === undefined ? undefined : num(st, r, cols.rate, "rate"),
      note: optText(grid, r, cols.note),
      children: [],
    };
    const idx = table.rows.length;
    table.rows.push(fr);
    table.lastRow = r;
    if (tt !== "") {
      const dot = tt.lastIndexOf(".");
      if (dot > 0) {
        const p = byTt.get(tt.slice(0, dot));
        if (p !== undefined) {
          fr.parent = p;
          table.rows[p].children.push(idx);
        }
      }
      byTt.set(tt, idx);
    }
  }
  return table;
}

function scanTargets(st: ScanState, h: Header, start: number, floor: number): TargetsTable {
  const stop = st.grid.rows.length;
  const { grid } = st;
  const roles = h.roles;
  const cols = {
    tt: roles.get("tt"),
    group: roles.get("group"),
    indicator: (roles.get("indicator") ?? roles.get("content")) as number,
    target: roles.get("target") as number,
    unit: roles.get("unit"),
    actual: roles.get("actual"),
  };
  const { title } = titleAbove(grid, h.top, floor);
  const table: TargetsTable = {
    kind: "targets",
    sheet: grid.name,
    headerTop: h.top,
    headerBottom: h.bottom,
    lastRow: h.bottom,
    title,
    columns: cols,
    rows: [],
  };
  let group = "";
  let r = start;
  if (isColumnNumbering(grid, r)) r++;
  for (; r < stop; r++) {
    if (rowIsBlank(grid, r)) continue;
    if (repeatsHeader(grid, r, h)) continue;
    if (startsTable(grid, r)) break;
    const g = cols.group === undefined ? "" : textOf(cellAt(grid, r, cols.group));
    if (g !== "") group = g;
    const indicator = textOf(cellAt(grid, r, cols.indicator));
    const targetCell = cellAt(grid, r, cols.target);
    const targetText = textOf(targetCell);
    if (indicator === "" && targetText === "") continue;
    const unit = cols.unit === undefined ? "" : textOf(cellAt(grid, r, cols.unit));
    const tv = targetCell?.value;
    const target =
      typeof tv === "number"
        ? parseTarget(tv, { unit, percentFormat: formatInfo(targetCell?.numberFormat).percent })
        : parseTarget(targetText, { unit });
    const tr: TargetRow = {
      row: r,
      tt: cols.tt === undefined ? "" : textOf(cellAt(grid, r, cols.tt)),
      group,
      indicator,
      targetText: typeof tv === "number" && target ? displayTarget(tv, targetCell) : targetText,
      targetCol: cols.target,
      target,
      unit,
      actual: cols.actual === undefined ? undefined : num(st, r, cols.actual, unit.trim() === "%" ? "rate" : "plain"),
    };
    table.rows.push(tr);
    table.lastRow = r;
  }
  return table;
}

function displayTarget(v: number, cell: Cell | undefined): string {
  if (cell?.text) return cell.text;
  return formatInfo(cell?.numberFormat).percent ? `${String(v * 100).replace(".", ",")}%` : String(v).replace(".", ",");
}

const SCANNERS = { appendix: scanAppendix, figures: scanFigures, targets: scanTargets };

/** Recognises the tables of one sheet. */
export function recognizeSheet(grid: Grid, numbers: NumRef[], evaluate?: Evaluate): Table[] {
  const st: ScanState = { grid, pending: new TextNumbers(), numbers, evaluate };
  const tables: Table[] = [];
  const rows = grid.rows;
  let floor = 0;
  for (let r = 0; r < rows.length; r++) {
    const row = rows[r];
    if (!row || !mayBeHeader(row)) continue;
    const h = headerAt(grid, r);
    if (!h) continue;
    const table = SCANNERS[h.kind](st, h, h.bottom + 1, floor);
    tables.push(table);
    floor = table.lastRow + 1;
    r = table.lastRow;
  }
  st.pending.resolve();
  return tables;
}

/** True when a new table's header starts at `row`. */
function startsTable(grid: Grid, row: number): boolean {
  const r = grid.rows[row];
  return r !== undefined && mayBeHeader(r) && headerAt(grid, row) !== undefined;
}

/** Cheap pre-filter: a header row has at least two short text cells. */
function mayBeHeader(row: (Cell | undefined)[]): boolean {
  let texts = 0;
  for (const c of row) {
    if (c && typeof c.value === "string" && c.value.length <= 80) {
      if (++texts >= 2) return true;
    }
  }
  return false;
}

/** Recognises every table of a workbook. */
export function recognize(grids: Grid[]): Model {
  const numbers: NumRef[] = [];
  const tables: Table[] = [];
  const evaluate = workbookEvaluator(grids);
  for (const g of grids) {
    // The drafted report ("Bản thảo", "Bản thảo (2)"...) repeats the appendices as text: not a source.
    if (fold(g.name).startsWith("ban thao")) continue;
    for (const t of recognizeSheet(g, numbers, evaluate)) tables.push(t);
  }
  return { sheets: grids.map((g) => ({ name: g.name, hidden: g.hidden === true })), tables, numbers };
}
