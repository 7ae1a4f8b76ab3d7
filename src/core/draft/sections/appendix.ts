/**
 * The appendices as tables: Phụ lục I (money spent) and II (the plan) in the report's columns, and
 * every other table of numbers the engine recognised (a budget form, a plan by funding source, an
 * indicator table) in its own columns — so a commune's or a province's workbook drafts too. A
 * number that failed a check is marked in its cell; the note under the table names the cells.
 */
import type { NumRef } from "../../tables/model";
import type { AppendixView, FormRowView, FormView, ItemView } from "../../tables/views";
import { inSentence, sentenceStart, withoutEnd } from "../sentence";
import type { Block, TableBlock } from "../types";
import { readable } from "../../tables/cells";
import { Writer, plain } from "../writer";
import { amountRefs, unitOf } from "./results";

type Bad = ConstructorParameters<typeof Writer>[0];
type Row = TableBlock["rows"][number];

/** Builds rows cell by cell: texts copied, numbers traced and marked. */
class RowMaker {
  constructor(private readonly w: Writer) {}
  private cells: string[] = [];
  private marked: boolean[] = [];

  text(s: string | undefined): this {
    this.cells.push(s ? this.w.quote(s) : "");
    this.marked.push(false);
    return this;
  }

  num(ref: NumRef | undefined): this {
    if (!readable(ref)) return this.text((ref as NumRef | undefined)?.raw);
    const { text, bad } = this.w.cell(ref);
    this.cells.push(text);
    this.marked.push(bad);
    return this;
  }

  /** A group's amount: as stated, or the sum of its items when it states none. */
  sum(stated: NumRef | undefined, refs: NumRef[]): this {
    if (readable(stated) || refs.length === 0) return this.num(stated);
    this.cells.push(this.w.cellSum(refs));
    this.marked.push(false);
    return this;
  }

  row(role: Row["role"]): Row {
    const r: Row = { cells: this.cells, role, ...(this.marked.some(Boolean) ? { marked: this.marked } : {}) };
    this.cells = [];
    this.marked = [];
    return r;
  }
}

/** Title lines that are not the table's title: the label, the caption, the unit, an agency or the national title. */
const NOT_TITLE = /^(ph[uụ] l[uụ]c|\(|đơn vị tính|ubnd|[uủ]y ban|sở\s|cộng hòa|cộng hoà|độc lập|biểu số|mẫu số)/iu;

function titleOf(t: { title: string[] }, fallback: string): string {
  return t.title.find((x) => !NOT_TITLE.test(x.trim())) ?? fallback;
}

export function appendixTable(bad: Bad, t: AppendixView, label: string, plan: boolean): Block[] {
  const w = new Writer(bad);
  w.markRows(t.sheet, t.headerTop, t.lastRow);
  const header = plan
    ? ["STT", "Nội dung nhiệm vụ", "Đơn vị chủ trì", "Kinh phí", "Nguồn vốn", "Thời gian thực hiện"]
    : ["TT", "Nội dung/Nhiệm vụ/Dự án", "Kết quả, tiến độ thực hiện", "Kinh phí", "Ghi chú"];
  const widths = plan ? [6, 34, 22, 11, 17, 10] : [6, 44, 14, 12, 24];
  const m = new RowMaker(w);
  const rows: Row[] = [];
  const item = (it: ItemView): Row =>
    plan
      ? m.text(it.tt).text(it.content).text(it.lead).num(it.amount).text(it.source).text(it.year).row("item")
      : m.text(it.tt).text(it.content).text(it.year).num(it.amount).text(it.note).row("item");
  for (const g of t.groups) {
    if (g.row !== undefined) {
      m.text(g.tt).text(g.label).text("").sum(g.stated, g.items.flatMap(amountRefs)).text("");
      if (plan) m.text("");
      rows.push(m.row("group"));
    }
    for (const it of g.items) {
      rows.push(item(it));
      for (const c of it.children) rows.push(item(c));
    }
  }
  m.text("")
    .text("Tổng cộng")
    .text("")
    .sum(
      t.total?.amount,
      t.groups.flatMap((g) => g.items.flatMap(amountRefs)),
    )
    .text("");
  if (plan) m.text("");
  rows.push(m.row("total"));
  const table = w.block<TableBlock>({
    kind: "table",
    label,
    title: w.quote(titleOf(t, label.toLocaleUpperCase("vi"))),
    unit: unitOf(t),
    header,
    widths,
    amountCol: 3,
    rows,
  });
  return [plain({ kind: "heading", level: 1, text: label.toLocaleUpperCase("vi") }), table];
}

/** Any other table of numbers, in its own columns: TT | Nội dung | each number column. */
export function formTable(bad: Bad, t: FormView, label: string): Block[] {
  const w = new Writer(bad);
  w.markRows(t.sheet, t.headerTop, t.lastRow);
  const m = new RowMaker(w);
  const rows: Row[] = t.rows
    .filter((r) => r.label || r.nums.some(readable))
    .map((r) => {
      m.text(r.tt).text(r.label);
      for (const n of r.nums) m.num(n);
      return m.row(r.kind === "item" ? (r.depth === 0 && r.tt && /^[A-ZĐIVX]+$/u.test(r.tt) ? "group" : "item") : "total");
    });
  const n = t.columns.length;
  const table = w.block<TableBlock>({
    kind: "table",
    label,
    title: w.quote(titleOf(t, t.sheet)),
    unit: t.unit,
    header: ["TT", "Nội dung", ...t.columns.map((c) => w.quote(c.header))],
    widths: [5, 30, ...Array.from({ length: n }, () => Math.max(8, Math.round(65 / Math.max(n, 1))))],
    amountCol: 2,
    rows,
  });
  return [plain({ kind: "heading", level: 1, text: label.toLocaleUpperCase("vi") }), table];
}

/**
 * "- <title>: <total label>: <column> 1.234 triệu đồng; … (chi tiết theo Phụ lục III đính kèm)." — the
 * total row, or, for a form with none (A TỔNG THU / B TỔNG CHI), each top-level row.
 */
export function formSummary(bad: Bad, t: FormView, label: string): Block[] {
  const total = t.rows.find((r) => r.kind === "total") ?? t.rows.find((r) => r.kind === "closing");
  const heads = total ? [total] : t.rows.filter((r) => r.kind === "item" && r.depth === 0 && r.nums.some(readable));
  if (heads.length === 0) return [];
  const w = new Writer(bad);
  const unit = t.unit ? " " + w.quote(t.unit.toLocaleLowerCase("vi")) : "";
  const clause = (r: FormRowView) =>
    t.columns
      .map((c, i) => {
        const ref = r.nums[i];
        if (!readable(ref)) return undefined;
        return `${w.quote(inSentence(withoutEnd(c.header.replace(/\s*›\s*/gu, " - ").replace(/\s*\(%\)/u, ""))))} ${w.num(ref, c.percent ? "%" : unit)}`;
      })
      .filter((x): x is string => x !== undefined)
      .join(", ");
  const parts = heads.map(
    (r) => `${w.quote(sentenceStart(withoutEnd(r.label.toLocaleLowerCase("vi")))) || "Tổng cộng"}: ${clause(r)}`,
  );
  return [
    w.block({
      kind: "bullet",
      text: `- ${w.quote(sentenceStart(withoutEnd(titleOf(t, t.sheet).toLocaleLowerCase("vi"))))} (chi tiết theo ${label} đính kèm): ${parts.join("; ")}.`,
    }),
  ];
}
