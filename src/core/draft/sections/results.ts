/**
 * Section II (KẾT QUẢ THỰC HIỆN) from the figures table (Số liệu) and the spending appendix (Phụ
 * lục I), in the sentences of the reference report (docs/report-example.md):
 *
 *   1.1 b) staffing and community digital-technology teams  <- "Cán bộ … chuyển đổi số", "Tổ Công nghệ số cộng đồng", "Thành viên …"
 *   1.2 a) documents handled online, signed digitally         <- rates without numerator ("Tỷ lệ … văn bản …")
 *   1.2 b) online public services, files, payments            <- "Dịch vụ công …", "Hồ sơ …", other rates, "Thanh toán …"
 *   1.2 d) spending                                           <- Phụ lục I
 *   1.2 đ) every other figure of the table, so none is left out
 */
import type { NumRef } from "../../tables/model";
import type { AppendixView, FigureRowView, FiguresView, ItemView } from "../../tables/views";
import { fold } from "../../text/normalize";
import { inSentence, noteQualifier, sentenceStart, startsWithWord, withoutEnd } from "../sentence";
import type { Block } from "../types";
import { readable } from "../../tables/cells";
import { Writer } from "../writer";

type Bad = ConstructorParameters<typeof Writer>[0];

/** "Thanh toán … (lượt người)" → ["Thanh toán …", "lượt người"]. */
function splitUnit(label: string): [string, string] {
  const m = /^(.*?)\s*\(([^()]*)\)\s*$/u.exec(label);
  return m ? [m[1], m[2]] : [label, ""];
}

/** The figures table's rows, each taken by at most one sentence. */
export class FigureRows {
  private used = new Set<number>();
  constructor(readonly t: FiguresView) {}

  /** Top-level rows not yet taken whose folded label passes `test`. */
  take(test: (r: FigureRowView, label: string) => boolean, one = false): FigureRowView[] {
    const out: FigureRowView[] = [];
    this.t.rows.forEach((r, i) => {
      if (this.used.has(i) || r.parent !== undefined || (one && out.length > 0)) return;
      if (test(r, fold(r.label))) {
        out.push(r);
        this.used.add(i);
        for (const c of r.children) this.used.add(c);
      }
    });
    return out;
  }

  children(r: FigureRowView): FigureRowView[] {
    return r.children.map((i) => this.t.rows[i]);
  }

  rest(): FigureRowView[] {
    return this.take(() => true);
  }
}

const countOnly = (r: FigureRowView) => readable(r.num) && !readable(r.den);
const rateOnly = (r: FigureRowView) => !readable(r.num) && readable(r.rate);

/* 1.1 b) staffing and teams ---------------------------------------------------------------- */

export function staffing(bad: Bad, rows: FigureRows, areaKind: string): Block[] {
  const out: Block[] = [];
  const [people] = rows.take(
    (r, l) => countOnly(r) && /(can bo|cong chuc|nhan luc)/.test(l) && /(chuyen doi so|cong nghe thong tin|an toan)/.test(l),
    true,
  );
  if (people) {
    const w = new Writer(bad);
    const parts = rows
      .children(people)
      .filter((c) => readable(c.num))
      .map((c) => `${w.quote(withoutEnd(c.label))}: ${w.num(c.num, " người", { pad2: true })}`);
    const subject = w.quote(inSentence(withoutEnd(people.label)));
    out.push(
      w.block({
        kind: "bullet",
        text: `- Tổng số ${subject} là ${w.num(people.num, " người", { pad2: true })}${parts.length ? ` (${parts.join(", ")})` : ""}.`,
      }),
    );
  }
  const [teams] = rows.take((r, l) => countOnly(r) && /to cong nghe so/.test(l) && !/thanh vien/.test(l), true);
  const [members] = rows.take((r, l) => countOnly(r) && /thanh vien/.test(l), true);
  if (teams) {
    const w = new Writer(bad);
    const name = w.quote(withoutEnd(teams.label));
    const area = areaKind ? `toàn ${areaKind}` : "toàn địa bàn";
    const with_ = members ? `, với ${w.num(members.num, " thành viên")}` : "";
    const teamParts = rows.children(teams).filter((c) => readable(c.num));
    const memberParts = members ? rows.children(members).filter((c) => readable(c.num)) : [];
    out.push(
      w.block({
        kind: "bullet",
        text: `- Tính đến nay, ${area} đã thành lập ${w.num(teams.num)} ${name}${with_}${teamParts.length ? ", cụ thể:" : "."}`,
      }),
    );
    teamParts.forEach((c, i) => {
      const pw = new Writer(bad);
      const m = memberParts.find((p) => fold(p.label) === fold(c.label));
      const last = i === teamParts.length - 1;
      pw.quote(c.label);
      out.push(
        pw.block({
          kind: "bullet",
          text: `+ ${sentenceStart(withoutEnd(c.label))}: ${pw.num(c.num, " tổ", { pad2: true })}${m ? `, với ${pw.num(m.num, " thành viên")}` : ""}${last ? "." : ";"}`,
        }),
      );
    });
  } else if (members) {
    const w = new Writer(bad);
    out.push(w.block({ kind: "bullet", text: `- ${w.quote(sentenceStart(withoutEnd(members.label)))}: ${w.num(members.num)}.` }));
  }
  return out;
}

/* 1.2 a) documents ------------------------------------------------------------------------- */

/** "- Tỷ lệ … (trừ văn bản, hồ sơ mật) đạt 100%." */
function rateSentence(w: Writer, r: FigureRowView, bullet: boolean): string {
  const label = w.quote(withoutEnd(r.label));
  const note = r.note ? withoutEnd(r.note) : "";
  const qualifier = /^đạt\s+(trên|hơn|khoảng|gần|xấp xỉ)\b/iu.exec(note)?.[1]?.toLocaleLowerCase("vi");
  const q = qualifier ? "" : noteQualifier(note);
  if (q) w.quote(q.trim());
  const text = `${bullet ? sentenceStart(label) : label}${q} đạt ${qualifier ? qualifier + " " : ""}${w.num(r.rate as NumRef, "%")}`;
  return bullet ? `- ${text}.` : text;
}

export function documents(bad: Bad, rows: FigureRows): Block[] {
  return rows
    .take((r, l) => rateOnly(r) && /(van ban|ky so|chu ky so)/.test(l))
    .map((r) => {
      const w = new Writer(bad);
      return w.block({ kind: "bullet", text: rateSentence(w, r, true) });
    });
}

/* 1.2 b) online public services ------------------------------------------------------------ */

function servicesClause(w: Writer, rows: FigureRows, row: FigureRowView): string {
  const [name, unit] = splitUnit(row.label);
  const parts = rows
    .children(row)
    .filter((c) => readable(c.num))
    .map((c) => `${w.quote(inSentence(c.label))} ${w.num(c.num)}`);
  return `Tổng số ${w.quote(inSentence(name))} là ${w.num(row.num)}${unit ? " " + w.quote(unit) : ""}${parts.length ? ` (${parts.join(", ")})` : ""}`;
}

function filesClause(w: Writer, rows: FigureRows, row: FigureRowView): string {
  const where = w.quote(sentenceStart(/\btại\s+(.+)$/iu.exec(row.label)?.[1] ?? row.label));
  const rate = readable(row.rate) ? `, chiếm tỷ lệ ${w.num(row.rate, "%")}` : "";
  const parts = rows
    .children(row)
    .filter((c) => readable(c.num) && readable(c.den))
    .map((c) => `${w.quote(inSentence(c.label))} là ${w.num(c.num)}/${w.num(c.den as NumRef)}`);
  return `${where} tiếp nhận ${w.num(row.num)} hồ sơ trực tuyến/tổng số ${w.num(row.den as NumRef)} hồ sơ${rate}${parts.length ? ` (${parts.join(", ")})` : ""}`;
}

export function onlineServices(bad: Bad, rows: FigureRows): Block[] {
  const out: Block[] = [];
  const w = new Writer(bad);
  const [services] = rows.take((r, l) => countOnly(r) && /dich vu cong/.test(l) && !/thanh toan/.test(l), true);
  const files = rows.take((r, l) => /ho so/.test(l) && readable(r.num) && readable(r.den));
  const rates = rows.take((r, l) => rateOnly(r) && /(ho so|dich vu cong|giai quyet)/.test(l));
  const sentences: string[] = [];
  let first = services ? servicesClause(w, rows, services) : "";
  if (files.length) {
    const notes = [...new Set(files.map((f) => (f.note ? withoutEnd(f.note) : "")))];
    const since = notes.length === 1 && startsWithWord(notes[0], ["từ", "tính từ"]) ? " " + w.quote(inSentence(notes[0])) : "";
    const clauses = files.map((r) => filesClause(w, rows, r)).join("; ");
    first += `${first ? "; t" : "T"}ổng số hồ sơ tiếp nhận và giải quyết trực tuyến${since}: ${clauses}`;
  }
  if (first) sentences.push(first + ".");
  for (const r of rates) sentences.push(sentenceStart(rateSentence(w, r, false)) + ".");
  if (sentences.length) out.push(w.block({ kind: "bullet", text: `- ${sentences.join(" ")}` }));

  const [payCount] = rows.take((r, l) => countOnly(r) && /thanh toan/.test(l) && !/so tien/.test(l), true);
  const [payMoney] = rows.take((r, l) => countOnly(r) && /thanh toan/.test(l) && /so tien/.test(l), true);
  if (payCount || payMoney) {
    const pw = new Writer(bad);
    const main = payCount ?? payMoney;
    const [name, unit] = splitUnit(main.label);
    const since = noteQualifier(main.note);
    if (since) pw.quote(since.trim());
    const count = payCount ? `${pw.num(payCount.num)}${unit ? " " + pw.quote(unit) : ""}` : "";
    const money = payMoney ? `tổng số tiền ${pw.num(payMoney.num)} ${pw.quote(splitUnit(payMoney.label)[1] || "đồng")}` : "";
    const subject = payCount ? pw.quote(sentenceStart(withoutEnd(name))) : "Thanh toán trực tuyến";
    out.push(pw.block({ kind: "bullet", text: `- ${subject}${since}: ${[count, money].filter(Boolean).join(", với ")}.` }));
  }
  return out;
}

/* 1.2 đ) every other figure ---------------------------------------------------------------- */

export function otherFigures(bad: Bad, rows: FigureRows): Block[] {
  return rows
    .rest()
    .filter((r) => readable(r.num) || readable(r.rate))
    .map((r) => {
      const w = new Writer(bad);
      if (!readable(r.num)) return w.block({ kind: "bullet", text: rateSentence(w, r, true) });
      const [name, unit] = splitUnit(r.label);
      const q = noteQualifier(r.note);
      if (q) w.quote(q.trim());
      const value = readable(r.den) ? `${w.num(r.num)}/${w.num(r.den)}` : `${w.num(r.num)}${unit ? " " + w.quote(unit) : ""}`;
      const rate = readable(r.rate) ? `, đạt tỷ lệ ${w.num(r.rate, "%")}` : "";
      const parts = rows
        .children(r)
        .filter((c) => readable(c.num))
        .map((c) => `${w.quote(inSentence(c.label))} ${w.num(c.num)}`);
      return w.block({
        kind: "bullet",
        text: `- ${w.quote(sentenceStart(withoutEnd(name)))}${q}: ${value}${rate}${parts.length ? ` (${parts.join(", ")})` : ""}.`,
      });
    });
}

/* 1.2 d) spending -------------------------------------------------------------------------- */

/** The amount cells an item contributes (its own, or its parts' when it states none). */
export function amountRefs(item: ItemView): NumRef[] {
  const a: NumRef = item.amount;
  if (a.status === "empty") return item.children.flatMap(amountRefs);
  return readable(a) ? [a] : [];
}

function allItems(t: AppendixView): ItemView[] {
  return t.groups.flatMap((g) => g.items);
}

export function unitOf(t: AppendixView): string {
  return (t.unit ?? "triệu đồng").toLocaleLowerCase("vi");
}

/** The stated total, or the sum of every item. */
export function totalText(w: Writer, t: AppendixView, unit: string): string {
  return readable(t.total?.amount) ? w.num(t.total.amount, unit) : w.sum(allItems(t).flatMap(amountRefs), unit);
}

function yearOf(item: ItemView, groupLabel: string): string | undefined {
  const own = item.year ? /\b(19|20)\d{2}\b/.exec(item.year)?.[0] : undefined;
  if (own) return own;
  const years = groupLabel.match(/\b(19|20)\d{2}\b/g);
  return years && years.length === 1 ? years[0] : undefined;
}

export function spending(bad: Bad, t: AppendixView, appendixLabel: string): Block[] {
  const w = new Writer(bad);
  const unit = " " + unitOf(t);
  const byYear = new Map<string, NumRef[]>();
  for (const g of t.groups) {
    for (const it of g.items) {
      const y = yearOf(it, g.label);
      if (!y) continue;
      byYear.set(y, [...(byYear.get(y) ?? []), ...amountRefs(it)]);
    }
  }
  const years = [...byYear.keys()].sort();
  w.markRows(t.sheet, t.headerTop, t.lastRow);
  const total = totalText(w, t, unit);
  const span =
    years.length > 1
      ? ` từ năm ${w.quote(years[0])} đến ${w.quote(years[years.length - 1])}`
      : years.length === 1
        ? ` năm ${w.quote(years[0])}`
        : "";
  const split = years.map((y) => `năm ${w.quote(y)}: ${w.sum(byYear.get(y) as NumRef[], unit)}`);
  const text =
    `Tổng kinh phí chi cho công tác chuyển đổi số${span} là: ${total}` +
    (split.length > 1 ? `; trong đó: ${split.join(", ")}.` : ".");
  return [
    w.block({ kind: "paragraph", text, align: "justify" }),
    new Writer(new Map()).block({
      kind: "paragraph",
      text: `(Chi tiết theo ${appendixLabel} đính kèm).`,
      italic: true,
      align: "justify",
    }),
  ];
}
