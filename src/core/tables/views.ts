/**
 * Views of a recognised table in the terms the drafter and the target checks use: an appendix as
 * groups of items with their amounts; a figures table as indicators with numerator, denominator
 * and rate; a targets table as targets as written. Built on demand from the general model (small
 * tables; the checks never need them on a million rows).
 */
import { cellText } from "../grid/cellText";
import { formatInfo } from "../number/numberFormat";
import { type NumRef, type Table, cellKey } from "./model";
import { HEADLINE, NodeKind, SUBSET } from "./outline";
import { type Target, parseTarget } from "./target";

/** The number cell at (row, col) as a NumRef (plain numbers get one built now). */
function numRefAt(t: Table, row: number, col: number): NumRef {
  const ref = t.refs.get(cellKey(row, col));
  if (ref) return ref;
  const cell = t.grid.rows[row]?.[col];
  const v = cell?.value;
  return {
    sheet: t.sheet,
    row,
    col,
    status: typeof v === "number" ? "number" : "empty",
    value: typeof v === "number" ? v : NaN,
    decimals: -1,
    formula: cell?.formula,
    numberFormat: cell?.numberFormat,
  };
}

function text(t: Table, row: number, col: number | undefined): string | undefined {
  if (col === undefined) return undefined;
  const s = cellText(t.grid.rows[row]?.[col]);
  return s === "" ? undefined : s;
}

export interface ItemView {
  row: number;
  /** Numbering as shown ("1", "1.2", "-", "" when none). */
  tt: string;
  content: string;
  amount: NumRef;
  hasAmount: boolean;
  year?: string;
  lead?: string;
  description?: string;
  source?: string;
  note?: string;
  children: ItemView[];
  /** The children add up to this item (they are its parts, not a "Trong đó" breakdown). */
  partsAddUp: boolean;
}

export interface GroupView {
  /** Row of the group line; undefined for items outside any group. */
  row?: number;
  /** "I", "II"... or "" for a period group ("Năm 2023"). */
  tt: string;
  label: string;
  stated?: NumRef;
  items: ItemView[];
}

/** Where a view's table is, and what stands above it. */
interface TableInfo {
  table: Table;
  sheet: string;
  title: string[];
  headerTop: number;
  lastRow: number;
  unit?: string;
}

function info(t: Table): TableInfo {
  return { table: t, sheet: t.sheet, title: t.title, headerTop: t.headerTop, lastRow: t.lastRow, unit: t.unit };
}

export interface AppendixView extends TableInfo {
  amountCol: number;
  groups: GroupView[];
  total?: { row: number; label: string; amount: NumRef };
}

function labelOf(t: Table, i: number): string {
  const row = t.outline.row[i];
  return text(t, row, t.label) ?? "";
}

function itemOf(t: Table, i: number, amountCol: number): ItemView {
  const o = t.outline;
  const row = o.row[i];
  const amount = numRefAt(t, row, amountCol);
  const kids = Array.from(o.children(i));
  return {
    row,
    tt: o.marker(i),
    content: labelOf(t, i),
    amount,
    hasAmount: amount.status !== "empty" || amount.formula !== undefined,
    year: text(t, row, t.year),
    lead: text(t, row, t.lead),
    description: text(t, row, t.description),
    source: text(t, row, t.source),
    note: text(t, row, t.note),
    children: kids.map((k) => itemOf(t, k, amountCol)),
    partsAddUp: kids.some((k) => (o.flags[k] & SUBSET) === 0 && /^\d/.test(o.marker(k))),
  };
}

/** An appendix as groups of items (Phụ lục I: period groups; Phụ lục II: Roman groups). */
export function appendixView(t: Table): AppendixView {
  const o = t.outline;
  const amountCol = t.numeric[0]?.col ?? -1;
  const groups: GroupView[] = [];
  let loose: GroupView | undefined;
  let total: AppendixView["total"];
  for (let i = 0; i < o.n; i++) {
    const k = o.kind[i];
    if (k === NodeKind.Total || (k === NodeKind.Closing && o.scope.get(i)?.every((j) => o.parent[j] < 0))) {
      total ??= {
        row: o.row[i],
        label: (text(t, o.row[i], t.label) ?? cellText(t.grid.rows[o.row[i]]?.find((c) => typeof c?.value === "string"))).replace(
          /[:.]\s*$/,
          "",
        ),
        amount: numRefAt(t, o.row[i], amountCol),
      };
      continue;
    }
    if (k !== NodeKind.Item || o.parent[i] >= 0) continue;
    if (o.isGroup(i)) {
      loose = undefined;
      const row = o.row[i];
      groups.push({
        row,
        tt: o.marker(i),
        label: labelOf(t, i),
        stated: numRefAt(t, row, amountCol),
        items: Array.from(o.children(i)).map((c) => itemOf(t, c, amountCol)),
      });
    } else {
      if (!loose) groups.push((loose = { tt: "", label: "", items: [] }));
      loose.items.push(itemOf(t, i, amountCol));
    }
  }
  return { ...info(t), amountCol, groups, total };
}

export interface FigureRowView {
  row: number;
  tt: string;
  label: string;
  num: NumRef;
  den?: NumRef;
  rate?: NumRef;
  note?: string;
  /** Index (in the list) of the parent ("1" for "1.2"), if any. */
  parent?: number;
  children: number[];
}

export interface FiguresView extends TableInfo {
  rows: FigureRowView[];
}

/** A figures table (TT | Chỉ số | Tử số | Mẫu số | Tỷ lệ) as indicators. */
export function figuresView(t: Table): FiguresView {
  return { ...info(t), rows: figureRows(t) };
}

/** The indicators of a figures table. */
export function figureRows(t: Table): FigureRowView[] {
  const o = t.outline;
  const col = (m: string) => t.numeric.find((c) => c.measure === m)?.col;
  const num = col("num") as number;
  const den = col("den");
  const rate = t.numeric.find((c) => c.percent)?.col;
  const index = new Map<number, number>();
  const out: FigureRowView[] = [];
  for (let i = 0; i < o.n; i++) {
    if (o.kind[i] !== NodeKind.Item) continue;
    const row = o.row[i];
    const p = o.parent[i];
    const fr: FigureRowView = {
      row,
      tt: o.marker(i),
      label: labelOf(t, i),
      num: numRefAt(t, row, num),
      den: den === undefined ? undefined : numRefAt(t, row, den),
      rate: rate === undefined ? undefined : numRefAt(t, row, rate),
      note: text(t, row, t.note),
      parent: p >= 0 ? index.get(p) : undefined,
      children: [],
    };
    index.set(i, out.length);
    if (fr.parent !== undefined) out[fr.parent].children.push(out.length);
    out.push(fr);
  }
  return out;
}

export interface TargetRowView {
  row: number;
  tt: string;
  group: string;
  indicator: string;
  /** Mục tiêu as written ("80% trở lên"); "" for a qualitative target. */
  targetText: string;
  targetCol: number;
  target?: Target;
  unit: string;
}

function displayTarget(v: number, percent: boolean, shown: string | undefined): string {
  if (shown) return shown;
  return percent ? `${String(v * 100).replace(".", ",")}%` : String(v).replace(".", ",");
}

export interface TargetsView extends TableInfo {
  rows: TargetRowView[];
}

/** A targets table (TT | Nhóm | Chỉ tiêu | Mục tiêu | Đơn vị | Thực hiện) as targets. */
export function targetsView(t: Table): TargetsView {
  return { ...info(t), rows: targetRows(t) };
}

/** The targets of a targets table, as written. */
export function targetRows(t: Table): TargetRowView[] {
  const o = t.outline;
  const tc = t.target as number;
  const out: TargetRowView[] = [];
  let group = "";
  for (let i = 0; i < o.n; i++) {
    if (o.kind[i] !== NodeKind.Item) continue;
    const row = o.row[i];
    const g = text(t, row, t.group);
    if (g) group = g;
    if ((o.flags[i] & HEADLINE) !== 0 && t.group === undefined) group = labelOf(t, i);
    const indicator = labelOf(t, i);
    const cell = t.grid.rows[row]?.[tc];
    const written = cellText(cell);
    if (indicator === "" && written === "") continue;
    if ((o.flags[i] & HEADLINE) !== 0 && written === "") continue;
    const unit = text(t, row, t.unitCol) ?? "";
    const v = cell?.value;
    const percent = formatInfo(cell?.numberFormat).percent;
    const target = typeof v === "number" ? parseTarget(v, { unit, percentFormat: percent }) : parseTarget(written, { unit });
    out.push({
      row,
      tt: o.marker(i),
      group,
      indicator,
      targetText: typeof v === "number" && target ? displayTarget(v, percent, cell?.text) : written,
      targetCol: tc,
      target,
      unit,
    });
  }
  return out;
}

export interface FormRowView {
  row: number;
  /** Numbering as shown ("A", "I", "1", "1.1", "-", "" when none). */
  tt: string;
  label: string;
  /** 0 for top-level rows, 1 for their parts … */
  depth: number;
  kind: "item" | "total" | "closing" | "subset";
  /** One per number column of the table, in order. */
  nums: NumRef[];
}

export interface FormView extends TableInfo {
  /** The number columns' headers ("Dự toán năm 2025", "Nguồn vốn › NS tỉnh"), with their units. */
  columns: { header: string; unit?: string; percent: boolean }[];
  rows: FormRowView[];
}

/** Any table as its rows with every number column (the drafter's view of a form it has no words for). */
export function formView(t: Table): FormView {
  const o = t.outline;
  const rows: FormRowView[] = [];
  for (let i = 0; i < o.n; i++) {
    let depth = 0;
    for (let p = o.parent[i]; p >= 0; p = o.parent[p]) depth++;
    const k = o.kind[i];
    const kind =
      k === NodeKind.Total ? "total" : k === NodeKind.Closing ? "closing" : k === NodeKind.SubsetHead ? "subset" : "item";
    const row = o.row[i];
    const label =
      text(t, row, t.label) ?? cellText(t.grid.rows[row]?.find((c) => typeof c?.value === "string" && c.value.trim() !== ""));
    rows.push({ row, tt: o.marker(i), label, depth, kind, nums: t.numeric.map((c) => numRefAt(t, row, c.col)) });
  }
  rows.sort((a, b) => a.row - b.row);
  return { ...info(t), columns: t.numeric.map((c) => ({ header: c.header, unit: c.unit, percent: c.percent })), rows };
}
