/**
 * The drafter: the report's number-bearing sections written from the model, in the report's own
 * sentence style, every number traced to its cell (or to the cells it sums).
 *
 *   II.1.2 b) online public services        <- the figures table (Số liệu)
 *   II.1.2 d) spending 2021–2023             <- the spending appendix (Phụ lục I)
 *   IV.1 targets for the plan year, a)–d)   <- the targets table (Chỉ tiêu)
 *   IV.3 estimated budget                   <- the plan appendix (Phụ lục II)
 *   Phụ lục I and II as tables
 *
 * (The real report numbers its plan section "III" a second time; the draft numbers it IV:
 * docs/report-example.md, "The report's outline".)
 */
import type { Finding, Report } from "../findings";
import { toA1 } from "../grid/address";
import { DecSum, decToNumber, decimalsOf } from "../number/decimal";
import { formatNumberVN } from "../number/format";
import { shownDecimalsOf } from "../tables/cells";
import type { Model, NumRef } from "../tables/model";
import {
  type AppendixView as AppendixTable,
  type FigureRowView as FigureRow,
  type FiguresView as FiguresTable,
  type GroupView as AppendixGroup,
  type ItemView as AppendixItem,
  type TargetsView as TargetsTable,
  appendixView,
  figuresView,
  targetsView,
} from "../tables/views";
import { phraseTarget } from "../tables/target";
import { fold, tidy } from "../text/normalize";
import { classifyAppendices } from "./classify";
import { resolveMeta } from "./meta";
import { type Block, type DocumentDetails, type Draft, type DraftMeta, type NumberSource, type NumberUse, type TableBlock, type Unverified, unverifiedMarker } from "./types";

export interface DraftOptions {
  /** The document's own details (CLI options); the "Thông tin văn bản" sheet fills what they leave out. */
  details?: DocumentDetails;
  /** Overrides of the resolved meta (tests). */
  meta?: Partial<DraftMeta>;
}

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;
type BlockInput = DistributiveOmit<Block, "numbers" | "quoted" | "unverified">;

/** Collects what one block writes: numbers, quoted texts, unverified cells. */
class Writer {
  numbers: NumberUse[] = [];
  quoted: string[] = [];
  unverified: Unverified[] = [];

  constructor(private readonly bad: Map<string, Finding>) {}

  /** Cells whose marker already stands in the text, after their number. */
  private inline = new Set<string>();

  /** Records a failed cell; true when it is one (newly or again). */
  private mark(sheet: string, cell: string): boolean {
    const f = this.bad.get(`${sheet}!${cell}`);
    if (!f) return false;
    if (!this.unverified.some((u) => u.sheet === sheet && u.cell === cell)) {
      this.unverified.push({ sheet, cell, message: f.message });
    }
    return true;
  }

  /** A number's text followed by the marker of those of its cells that failed a check. */
  private marked(text: string, cells: { sheet: string; cell: string }[]): string {
    const bad = cells.filter((c) => this.mark(c.sheet, c.cell));
    if (bad.length === 0) return text;
    for (const c of bad) this.inline.add(`${c.sheet}!${c.cell}`);
    return text + unverifiedMarker(bad.map((c) => ({ ...c, message: "" })));
  }

  /** A cell's number as the sheet shows it, without trailing zeros ("1.970", "92,46", "61,4"). */
  num(ref: NumRef): string {
    const decimals = Math.min(shownDecimalsOf(ref), 6);
    const text = trimZeros(formatNumberVN(ref.exact ?? ref.value, { decimals }));
    const cell = toA1(ref.row, ref.col);
    this.numbers.push({ text, value: ref.value, source: { kind: "cell", sheet: ref.sheet, cell } });
    return this.marked(text, [{ sheet: ref.sheet, cell }]);
  }

  /** A sum the drafter computes over cells (e.g. spending of one year). */
  sum(refs: NumRef[]): string {
    const s = new DecSum();
    let decimals = 0;
    for (const r of refs) {
      s.add(r.exact ?? r.value);
      decimals = Math.max(decimals, decimalsOf(r.value));
    }
    const value = decToNumber(s.result());
    const text = trimZeros(formatNumberVN(s.result(), { decimals: Math.min(decimals, 6) }));
    const cells = refs.map((r) => ({ sheet: r.sheet, cell: toA1(r.row, r.col) }));
    this.numbers.push({ text, value, source: { kind: "sum", cells } });
    return this.marked(text, cells);
  }

  /** Text copied from the workbook. */
  quote(text: string): string {
    const t = tidy(text);
    this.quoted.push(t);
    return t;
  }

  /** Marks every error finding inside a table's rows. */
  markTable(sheet: string, top: number, bottom: number): void {
    for (const f of this.bad.values()) {
      if (f.sheet !== sheet) continue;
      const row = Number(/\d+$/.exec(f.cell)?.[0]) - 1;
      if (row >= top && row <= bottom) this.mark(f.sheet, f.cell);
    }
  }

  /** The marker for failed cells behind the block that no number of its text showed. */
  rest(): string {
    return unverifiedMarker(this.unverified.filter((u) => !this.inline.has(`${u.sheet}!${u.cell}`)));
  }

  block<B extends Block = Block>(b: BlockInput): B {
    const withRest = b.kind === "table" ? b : { ...b, text: b.text + this.rest() };
    const out = { ...withRest, numbers: this.numbers, quoted: this.quoted, unverified: this.unverified } as unknown as B;
    this.inline = new Set();
    this.numbers = [];
    this.quoted = [];
    this.unverified = [];
    return out;
  }
}

function trimZeros(s: string): string {
  return s.includes(",") ? s.replace(/,?0+$/, "") : s;
}

function lowerFirst(s: string): string {
  return s.charAt(0).toLocaleLowerCase("vi") + s.slice(1);
}

function upperFirst(s: string): string {
  return s.charAt(0).toLocaleUpperCase("vi") + s.slice(1);
}

function readable(ref: NumRef | undefined): ref is NumRef {
  return ref !== undefined && (ref.status === "number" || ref.status === "text") && !Number.isNaN(ref.value);
}

/* ------------------------------------------------------------------------------------------ */
/* II.1.2 b) online public services                                                           */
/* ------------------------------------------------------------------------------------------ */

function childrenOf(t: FiguresTable, row: FigureRow): FigureRow[] {
  return row.children.map((i) => t.rows[i]);
}

function servicesSentence(w: Writer, t: FiguresTable): string | undefined {
  const row = t.rows.find((r) => /dich vu cong/.test(fold(r.label)) && readable(r.num) && !readable(r.den));
  if (!row) return undefined;
  const m = /^(.*?)\s*\(([^)]*)\)\s*$/.exec(row.label);
  const name = m ? m[1] : row.label;
  const unit = m ? ` ${m[2]}` : "";
  const subject = w.quote(lowerFirst(tidy(name)));
  const total = w.num(row.num);
  const unitText = unit ? " " + w.quote(unit.trim()) : "";
  const parts = childrenOf(t, row)
    .filter((c) => readable(c.num))
    .map((c) => `${w.quote(lowerFirst(tidy(c.label)))} ${w.num(c.num)}`);
  return `Tổng số ${subject} là ${total}${unitText}${parts.length ? ` (${parts.join(", ")})` : ""}`;
}

function filesClause(w: Writer, t: FiguresTable, row: FigureRow): string {
  const where = w.quote(upperFirst(tidy(/\btại\s+(.+)$/iu.exec(row.label)?.[1] ?? row.label)));
  let rate = "";
  if (readable(row.rate)) rate = `, chiếm tỷ lệ ${w.num(row.rate)}%`;
  const parts = childrenOf(t, row)
    .filter((c) => readable(c.num) && readable(c.den))
    .map((c) => `${w.quote(lowerFirst(tidy(c.label)))} là ${w.num(c.num)}/${w.num(c.den as NumRef)}`);
  return `${where} tiếp nhận ${w.num(row.num)} hồ sơ trực tuyến/tổng số ${w.num(row.den as NumRef)} hồ sơ${rate}${parts.length ? ` (${parts.join(", ")})` : ""}`;
}

function onlineServices(w: Writer, t: FiguresTable): Block[] {
  const files = t.rows.filter((r) => r.parent === undefined && /ho so/.test(fold(r.label)) && readable(r.num) && readable(r.den));
  const services = servicesSentence(w, t);
  if (!services && files.length === 0) return [];
  const clauses = files.map((r) => filesClause(w, t, r));
  w.markTable(t.sheet, t.headerTop, t.lastRow);
  let text = "- ";
  if (services) text += services;
  if (clauses.length) text += `${services ? "; t" : "T"}ổng số hồ sơ tiếp nhận và giải quyết trực tuyến: ${clauses.join("; ")}`;
  text += ".";
  const out: Block[] = [
    new Writer(new Map()).block({ kind: "heading", level: 3, text: "b) Về việc cung cấp dịch vụ công trực tuyến" }),
  ];
  out.push(w.block({ kind: "bullet", text }));
  return out;
}

/* ------------------------------------------------------------------------------------------ */
/* II.1.2 d) spending                                                                         */
/* ------------------------------------------------------------------------------------------ */

function allItems(t: AppendixTable): AppendixItem[] {
  return t.groups.flatMap((g) => g.items);
}

/** The amount cells an item contributes (its own, or its parts' when it states none). */
function amountRefs(item: AppendixItem): NumRef[] {
  const a: NumRef = item.amount;
  if (a.status === "empty") return item.children.flatMap(amountRefs);
  return readable(a) ? [a] : [];
}

function yearOf(item: AppendixItem, group: AppendixGroup): string | undefined {
  const own = item.year ? /\b(19|20)\d{2}\b/.exec(item.year)?.[0] : undefined;
  if (own) return own;
  const years = group.label.match(/\b(19|20)\d{2}\b/g);
  return years && years.length === 1 ? years[0] : undefined;
}

function unitOf(t: AppendixTable): string {
  return t.unit ?? "triệu đồng";
}

function spending(w: Writer, t: AppendixTable): Block[] {
  const unit = unitOf(t);
  const byYear = new Map<string, NumRef[]>();
  for (const g of t.groups) {
    for (const it of g.items) {
      const y = yearOf(it, g);
      if (!y) continue;
      const list = byYear.get(y) ?? [];
      list.push(...amountRefs(it));
      byYear.set(y, list);
    }
  }
  const years = [...byYear.keys()].sort();
  w.markTable(t.sheet, t.headerTop, t.lastRow);
  const total = readable(t.total?.amount) ? w.num(t.total.amount) : w.sum(allItems(t).flatMap(amountRefs));
  const span =
    years.length > 1
      ? `từ năm ${w.quote(years[0])} đến ${w.quote(years[years.length - 1])}`
      : years.length === 1
        ? `năm ${w.quote(years[0])}`
        : "";
  const split = years.map((y) => `năm ${w.quote(y)}: ${w.sum(byYear.get(y) as NumRef[])} ${unit}`);
  const text =
    `Tổng kinh phí chi cho công tác chuyển đổi số${span ? " " + span : ""} là: ${total} ${unit}` +
    (split.length > 1 ? `; trong đó: ${split.join(", ")}.` : ".");
  return [
    new Writer(new Map()).block({
      kind: "heading",
      level: 3,
      text: "d) Việc quản lý, sử dụng kinh phí được bố trí để thực hiện công tác chuyển đổi số; thuê dịch vụ công nghệ thông tin sử dụng kinh phí chi thường xuyên nguồn vốn ngân sách nhà nước",
    }),
    w.block({ kind: "paragraph", text, align: "justify" }),
    new Writer(new Map()).block({
      kind: "paragraph",
      text: "(Chi tiết theo Phụ lục I đính kèm).",
      italic: true,
      align: "justify",
    }),
  ];
}

/* ------------------------------------------------------------------------------------------ */
/* IV.1 targets                                                                               */
/* ------------------------------------------------------------------------------------------ */

function targetsSection(bad: Map<string, Finding>, t: TargetsTable): Block[] {
  const out: Block[] = [];
  let group: string | undefined;
  for (const row of t.rows) {
    if (row.group !== group) {
      group = row.group;
      if (group) {
        const h = new Writer(bad);
        out.push(h.block({ kind: "heading", level: 3, text: h.quote(group) }));
      }
    }
    const w = new Writer(bad);
    const indicator = tidy(row.indicator).replace(/[.;]\s*$/, "");
    let text: string;
    if (row.target) {
      const phrase = phraseTarget(row.target);
      w.numbers.push(...targetNumbers(row.target, phrase, t.sheet, toA1(row.row, row.targetCol)));
      if (bad.has(`${t.sheet}!${toA1(row.row, row.targetCol)}`)) w.markTable(t.sheet, row.row, row.row);
      const unit = row.unit && row.unit !== "%" && row.target.op !== "rank" ? ` ${w.quote(row.unit)}` : "";
      text =
        row.target.op === "rank"
          ? `- ${w.quote(upperFirst(indicator))}: ${phrase}.`
          : `- ${upperFirst(phrase)}${unit} ${w.quote(lowerFirst(indicator))}.`;
    } else {
      const written = row.targetText ? `: ${w.quote(row.targetText)}` : "";
      text = `- ${w.quote(upperFirst(indicator))}${written}.`;
    }
    out.push(w.block({ kind: "bullet", text }));
  }
  return out;
}

/** The numbers a target phrase holds, traced to the Mục tiêu cell. */
function targetNumbers(
  target: NonNullable<TargetsTable["rows"][number]["target"]>,
  phrase: string,
  sheet: string,
  cell: string,
): NumberUse[] {
  const values =
    target.op === "range" ? [target.lo, target.hi] : target.op === "rank" ? [target.rank, target.of] : [target.value];
  const source: NumberSource = { kind: "target", sheet, cell };
  const texts = phrase.match(/\d+(?:\.\d{3})*(?:,\d+)?/g) ?? [];
  return values.map((v, i) => ({ text: texts[i] ?? String(v), value: v as number, source }));
}

/* ------------------------------------------------------------------------------------------ */
/* IV.3 estimated budget                                                                      */
/* ------------------------------------------------------------------------------------------ */

function groupAmountText(w: Writer, g: AppendixGroup): string | undefined {
  if (readable(g.stated)) return w.num(g.stated);
  const refs = g.items.flatMap(amountRefs);
  return refs.length ? w.sum(refs) : undefined;
}

function budget(w: Writer, t: AppendixTable): Block[] {
  const unit = unitOf(t);
  w.markTable(t.sheet, t.headerTop, t.lastRow);
  const total = readable(t.total?.amount) ? w.num(t.total.amount) : w.sum(allItems(t).flatMap(amountRefs));
  const split = t.groups
    .filter((g) => g.label)
    .map((g) => {
      const a = groupAmountText(w, g);
      return a === undefined ? undefined : `${w.quote(g.label)}: ${a} ${unit}`;
    })
    .filter((x): x is string => x !== undefined);
  const text = `Tổng kinh phí khoảng ${total} ${unit} (theo Phụ lục II đính kèm)${split.length ? `; trong đó: ${split.join("; ")}` : ""}.`;
  return [
    new Writer(new Map()).block({ kind: "heading", level: 2, text: "3. Dự trù kinh phí" }),
    w.block({ kind: "paragraph", text, align: "justify" }),
  ];
}

/* ------------------------------------------------------------------------------------------ */
/* Appendices as tables                                                                       */
/* ------------------------------------------------------------------------------------------ */

function appendixTable(w: Writer, t: AppendixTable, label: string): Block[] {
  w.markTable(t.sheet, t.headerTop, t.lastRow);
  const plan = label === "Phụ lục II";
  const header = plan
    ? ["STT", "Nội dung nhiệm vụ", "Đơn vị chủ trì", "Kinh phí", "Nguồn vốn", "Thời gian thực hiện"]
    : ["TT", "Nội dung/Nhiệm vụ/Dự án", "Kết quả, tiến độ thực hiện", "Kinh phí", "Ghi chú"];
  const widths = plan ? [6, 34, 22, 11, 17, 10] : [6, 44, 14, 12, 24];
  const amountCol = 3;
  const rows: TableBlock["rows"] = [];
  const q = (s: string | undefined) => (s ? w.quote(s) : "");
  const itemRow = (it: AppendixItem): string[] => {
    const amount = readable(it.amount) ? w.num(it.amount) : "";
    return plan
      ? [q(it.tt), q(it.content), q(it.lead), amount, q(it.source), q(it.year)]
      : [q(it.tt), q(it.content), q(it.year), amount, q(it.note)];
  };
  for (const g of t.groups) {
    if (g.row !== undefined) {
      const amount = groupAmountText(w, g) ?? "";
      const cells = plan ? [q(g.tt), q(g.label), "", amount, "", ""] : [q(g.tt), q(g.label), "", amount, ""];
      rows.push({ cells, role: "group" });
    }
    for (const it of g.items) {
      rows.push({ cells: itemRow(it), role: "item" });
      for (const c of it.children) rows.push({ cells: itemRow(c), role: "item" });
    }
  }
  const total = readable(t.total?.amount) ? w.num(t.total.amount) : w.sum(allItems(t).flatMap(amountRefs));
  rows.push({ cells: plan ? ["", "Tổng cộng", "", total, "", ""] : ["", "Tổng cộng", "", total, ""], role: "total" });
  const title = t.title.find((x) => !/^ph[uụ] l[uụ]c/i.test(x) && !/^\(/.test(x)) ?? label.toUpperCase();
  const heading = new Writer(new Map()).block({ kind: "heading", level: 1, text: label.toUpperCase() });
  const table = w.block<TableBlock>({
    kind: "table",
    label,
    title: w.quote(title),
    unit: unitOf(t),
    header,
    widths,
    amountCol,
    rows,
  });
  return [heading, table];
}

/* ------------------------------------------------------------------------------------------ */

function errorCells(report: Report): Map<string, Finding> {
  const bad = new Map<string, Finding>();
  for (const f of report.findings) if (f.severity === "error" && f.sheet) bad.set(`${f.sheet}!${f.cell}`, f);
  return bad;
}

/** Drafts the report's number-bearing sections from the model and the checks' report. */
export function draftReport(model: Model, report: Report, opts: DraftOptions = {}): Draft {
  const meta: DraftMeta = { ...resolveMeta(model, opts.details), ...opts.meta };
  const bad = errorCells(report);
  const appendices = model.tables.filter((t) => t.kind === "appendix").map(appendixView);
  const { spending: spendingTable, plan } = classifyAppendices(appendices);
  const figuresTable = model.tables.find((t) => t.kind === "figures");
  const targetsTable = model.tables.find((t) => t.kind === "targets");
  const figures = figuresTable && figuresView(figuresTable);
  const targets = targetsTable && targetsView(targetsTable);
  const h = (level: 1 | 2 | 3, text: string) => new Writer(bad).block({ kind: "heading", level, text });

  const body: Block[] = [];
  const results: Block[] = [];
  if (figures) results.push(...onlineServices(new Writer(bad), figures));
  if (spendingTable) results.push(...spending(new Writer(bad), spendingTable));
  if (results.length) {
    body.push(h(1, "II. KẾT QUẢ THỰC HIỆN"), h(2, "1.2. Kết quả thực hiện các nhiệm vụ chuyển đổi số"), ...results);
  }
  const planBlocks: Block[] = [];
  if (targets && targets.rows.length) planBlocks.push(h(2, "1. Mục tiêu"), ...targetsSection(bad, targets));
  if (plan) planBlocks.push(...budget(new Writer(bad), plan));
  if (planBlocks.length) {
    body.push(
      h(1, `IV. ĐỊNH HƯỚNG VỀ KẾ HOẠCH THỰC HIỆN TRONG NĂM ${meta.planYear} VÀ KINH PHÍ ĐỀ XUẤT CÓ LIÊN QUAN`),
      ...planBlocks,
    );
  }
  const appendixBlocks: Block[][] = [];
  if (spendingTable) appendixBlocks.push(appendixTable(new Writer(bad), spendingTable, "Phụ lục I"));
  if (plan) appendixBlocks.push(appendixTable(new Writer(bad), plan, "Phụ lục II"));

  const unverified: Unverified[] = [];
  for (const b of [...body, ...appendixBlocks.flat()]) {
    for (const u of b.unverified) if (!unverified.some((x) => x.sheet === u.sheet && x.cell === u.cell)) unverified.push(u);
  }
  return { meta, body, appendices: appendixBlocks, unverified };
}
