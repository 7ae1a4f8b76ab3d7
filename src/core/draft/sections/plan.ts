/**
 * Section IV (the plan year): 1. targets from the targets table (Chỉ tiêu), written as the report
 * writes them — "Năm 2024, phấn đấu … nằm trong nhóm 3/13 …", "Giảm tối đa từ 60% đến 80% …",
 * "95% hồ sơ công việc …" —, and 3. the estimated budget from the plan appendix (Phụ lục II).
 */
import { toA1 } from "../../grid/address";
import { phraseTarget } from "../../tables/target";
import type { AppendixView, GroupView, TargetsView } from "../../tables/views";
import { closed, inSentence, sentenceStart, withoutEnd } from "../sentence";
import type { Block, NumberSource, NumberUse } from "../types";
import { readable } from "../../tables/cells";
import { Writer } from "../writer";
import { amountRefs, totalText, unitOf } from "./results";

type Bad = ConstructorParameters<typeof Writer>[0];
type TargetRow = TargetsView["rows"][number];

/** The numbers a target phrase holds, traced to the Mục tiêu cell. */
function targetNumbers(target: NonNullable<TargetRow["target"]>, phrase: string, sheet: string, cell: string): NumberUse[] {
  const values =
    target.op === "range" ? [target.lo, target.hi] : target.op === "rank" ? [target.rank, target.of] : [target.value];
  const source: NumberSource = { kind: "target", sheet, cell };
  const texts = phrase.match(/\d+(?:\.\d{3})*(?:,\d+)?/g) ?? [];
  return values.map((v, i) => ({ text: texts[i] ?? String(v), value: v as number, source }));
}

/** "Chỉ số … (xếp hạng trong 13 huyện, thị xã, thành phố)" → ["Chỉ số …", " huyện, thị xã, thành phố"]. */
function rankScope(indicator: string, of: number | undefined): [string, string] {
  const m = /^(.*?)\s*\(\s*xếp hạng\s+(?:trong|trên|giữa)\s+(\d+)\s+([^)]*)\)\s*$/iu.exec(indicator);
  if (!m || Number(m[2]) !== of) return [indicator.replace(/\s*\(\s*xếp hạng[^)]*\)\s*$/iu, ""), ""];
  return [m[1], m[3].trim()];
}

/** "Việc sử dụng tài liệu giấy … được giảm tối đa (trừ văn bản mật)" → verb "giảm tối đa", subject, bracket. */
function changeOf(indicator: string): { verb: string; subject: string; bracket: string } | undefined {
  const m = /^(.*?)\s+được\s+(giảm|tăng|nâng|rút ngắn)((?:\s+(?:tối đa|tối thiểu|ít nhất|thêm))?)\s*(\([^)]*\))?\s*$/iu.exec(
    indicator,
  );
  if (!m) return undefined;
  return { verb: `${m[2]}${m[3]}`, subject: m[1], bracket: m[4] ?? "" };
}

function targetSentence(w: Writer, row: TargetRow, planYear: number, sheet: string): string {
  const indicator = withoutEnd(row.indicator);
  if (!row.target) {
    const written = row.targetText ? `: ${w.quote(row.targetText)}` : "";
    return closed(`- ${w.quote(sentenceStart(indicator))}${written}`);
  }
  const cell = toA1(row.row, row.targetCol);
  const raw = phraseTarget(row.target);
  w.traced(targetNumbers(row.target, raw, sheet, cell));
  // The marker of a failed target goes right after the phrase.
  const phrase = w.markedText(raw, [{ sheet, cell }]);
  if (row.target.op === "rank") {
    const [subject, scope] = rankScope(indicator, row.target.of);
    return `- Năm ${w.quote(String(planYear))}, phấn đấu ${w.quote(inSentence(subject))} nằm trong ${phrase}${scope ? " " + w.quote(scope) : ""}.`;
  }
  const unit = row.unit && row.unit !== "%" ? ` ${w.quote(row.unit)}` : "";
  const change = changeOf(indicator);
  if (change) {
    const bracket = change.bracket ? " " + w.quote(change.bracket) : "";
    return `- ${sentenceStart(change.verb)} ${phrase}${unit} ${w.quote(inSentence(change.subject))}${bracket}.`;
  }
  return closed(`- ${sentenceStart(phrase)}${unit} ${w.quote(inSentence(indicator))}`);
}

export function targets(bad: Bad, t: TargetsView, planYear: number): Block[] {
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
    out.push(w.block({ kind: "bullet", text: targetSentence(w, row, planYear, t.sheet) }));
  }
  return out;
}

function groupAmount(w: Writer, g: GroupView, unit: string): string | undefined {
  if (readable(g.stated)) return w.num(g.stated, unit);
  const refs = g.items.flatMap(amountRefs);
  return refs.length ? w.sum(refs, unit) : undefined;
}

/** "Tổng kinh phí khoảng 13.570 triệu đồng (chi tiết theo Phụ lục II đính kèm); trong đó: nhóm … 4.420 triệu đồng; …". */
export function budget(bad: Bad, t: AppendixView, appendixLabel: string): Block[] {
  const w = new Writer(bad);
  const unit = " " + unitOf(t);
  w.markRows(t.sheet, t.headerTop, t.lastRow);
  const total = totalText(w, t, unit);
  const split = t.groups
    .filter((g) => g.label)
    .map((g) => {
      const a = groupAmount(w, g, unit);
      return a === undefined ? undefined : `${w.quote(inSentence(withoutEnd(g.label)))}: ${a}`;
    })
    .filter((x): x is string => x !== undefined);
  const text = `Tổng kinh phí khoảng ${total} (theo ${appendixLabel} đính kèm)${split.length ? `; trong đó: ${split.join("; ")}` : ""}.`;
  return [w.block({ kind: "paragraph", text, align: "justify" })];
}
