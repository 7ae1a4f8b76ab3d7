/**
 * Findings from the verified relations: one per blamed cell (a cell that breaks two or more
 * relations, which one value would mend), one per stated cell for the failures no blamed cell
 * explains. Shared by SUM_MISMATCH and RATE_MISMATCH, which differ only in which they report.
 */
import type { Finding, FindingCode } from "../findings";
import { fromA1, toA1 } from "../grid/grid";
import { type Dec, decAbs, decFromNumber, decSub, decToNumber } from "../number/decimal";
import type { Model } from "../tables/model";
import { nodeName, sumRelation } from "../verify/describe";
import { type Blame, type Failure, verify } from "../verify";
import { type Check, type CheckContext, type Text, findingAt, fmt } from "./check";

/** The relation of a failure written in the cells of its row or column. */
function inCells(f: Failure): string {
  if (f.family === "rate" && f.rate)
    return `${toA1(f.row, f.col)} = ${toA1(...f.rate.numCell)} / ${toA1(...f.rate.denCell)} × 100`;
  if (f.family === "sum" && f.terms.every((x) => x.coef !== 0)) return sumRelation(f.row, f.col, f.terms);
  return f.relation;
}

/** The code a blamed cell is reported under: a rate it states is a rate mismatch; anything else a sum mismatch. */
function blameCode(b: Blame): FindingCode {
  return b.failures.some((f) => f.family === "rate" && f.row === b.row && f.col === b.col) ? "RATE_MISMATCH" : "SUM_MISMATCH";
}

function inferredNote(f: Failure): Text {
  if (!f.inferred) return { vi: "", en: "" };
  const fit = f.fit
    ? { vi: `: đúng ở ${f.fit.matched}/${f.fit.rows} dòng`, en: `: it holds on ${f.fit.matched}/${f.fit.rows} rows` }
    : { vi: "", en: "" };
  return {
    vi: ` (quan hệ ${f.relation} được suy ra từ số liệu${fit.vi}, bảng không ghi rõ)`,
    en: ` (the relation ${f.relation} was inferred from the numbers${fit.en}; the table does not state it)`,
  };
}

function blameFinding(check: Pick<Check, "code" | "severity">, b: Blame, ctx: CheckContext): Finding {
  const t = b.table;
  const o = t.outline;
  const node = o.nodeAtRow(b.row);
  const column = t.numeric.find((c) => c.col === b.col);
  const where: Text = {
    vi: `Ô ${toA1(b.row, b.col)}${column ? ` (cột "${column.header}"` : " ("}${node >= 0 ? `, dòng ${nodeName(t, node)})` : ")"}`,
    en: `${toA1(b.row, b.col)}${column ? ` (column "${column.header}"` : " ("}${node >= 0 ? `, row ${nodeName(t, node)})` : ")"}`,
  };
  const rels = b.failures.map(inCells);
  const en = { lang: "en" as const };
  const required = Number(b.required.toPrecision(15));
  const message: Text = {
    vi: `${where.vi} ghi ${fmt(b.value, ctx)} nhưng cả ${rels.length} quan hệ chứa ô này đều cho thấy phải là ${fmt(required, ctx)}: ${rels.join("; ")}. Có lẽ ô này nhập sai; các tổng của nó đúng.`,
    en: `${where.en} states ${fmt(b.value, en)} but all ${rels.length} relations it is in say it should be ${fmt(required, en)}: ${rels.join("; ")}. This cell is probably mistyped; its totals are right.`,
  };
  const formula = b.failures.find((f) => f.row === b.row && f.col === b.col)?.formula;
  const inferred = b.failures.some((f) => f.inferred);
  return findingAt(check, t.sheet, b.row, b.col, message, ctx, {
    stated: b.value,
    computed: required,
    relation: b.failures.map((f) => f.relation).join("; "),
    ...(formula ? { formula } : {}),
    ...(inferred ? { inferred } : {}),
  });
}

function sumMessage(f: Failure, ctx: CheckContext): Text {
  const diff = decSub(f.stated, f.computed);
  const under = diff.m < 0n;
  const gap = decAbs(diff);
  const en = { lang: "en" as const };
  const note = inferredNote(f);
  const above: Text = f.corroborated
    ? {
        vi: " Số ghi này khớp với tổng cấp trên, nên nhiều khả năng một khoản bên dưới bị ghi sai.",
        en: " The stated figure agrees with the total above it, so one of the items below is probably wrong.",
      }
    : { vi: "", en: "" };
  return {
    vi: `${f.what.vi} ghi ${fmt(f.stated, ctx)} nhưng ${f.parts.vi} được ${fmt(f.computed, ctx)} (ghi ${under ? "thiếu" : "thừa"} ${fmt(gap, ctx)})${note.vi}.${above.vi}`,
    en: `${f.what.en} states ${fmt(f.stated, en)} but ${f.parts.en} ${fmt(f.computed, en)} (${fmt(gap, en)} ${under ? "short" : "over"})${note.en}.${above.en}`,
  };
}

function rateMessage(f: Failure, ctx: CheckContext): Text {
  const en = { lang: "en" as const };
  const d = f.statedDecimals;
  const pct = f.table.numeric.find((c) => c.col === f.col)?.percent ? "%" : "";
  const note = inferredNote(f);
  if (f.rate) {
    const n = decFromNumber(f.rate.num);
    const den = decFromNumber(f.rate.den);
    return {
      vi: `${f.what.vi} ghi ${fmt(f.stated, ctx)}${pct} nhưng ${fmt(n, ctx)}/${fmt(den, ctx)} = ${fmt(f.computed, ctx, d)}${pct}${note.vi}.`,
      en: `${f.what.en} states ${fmt(f.stated, en)}${pct} but ${fmt(n, en)}/${fmt(den, en)} = ${fmt(f.computed, en, d)}${pct}${note.en}.`,
    };
  }
  return {
    vi: `${f.what.vi} ghi ${fmt(f.stated, ctx)}${pct} nhưng ${f.parts.vi} được ${fmt(f.computed, ctx, d)}${pct}${note.vi}.`,
    en: `${f.what.en} states ${fmt(f.stated, en)}${pct} but ${f.parts.en} ${fmt(f.computed, en, d)}${pct}${note.en}.`,
  };
}

function singleFindings(check: Pick<Check, "code" | "severity">, failures: Failure[], ctx: CheckContext): Finding[] {
  // One finding per cell: a cell that fails two relations lists both.
  const byCell = new Map<string, Failure[]>();
  for (const f of failures) {
    const key = `${f.table.sheet}\u0000${f.row}\u0000${f.col}`;
    const list = byCell.get(key);
    if (list) list.push(f);
    else byCell.set(key, [f]);
  }
  const out: Finding[] = [];
  for (const list of byCell.values()) {
    const f = list[0];
    const message = f.family === "rate" ? rateMessage(f, ctx) : sumMessage(f, ctx);
    if (list.length > 1) {
      message.vi += ` Ô này cũng không khớp với: ${list.slice(1).map(inCells).join("; ")}.`;
      message.en += ` It also disagrees with: ${list.slice(1).map(inCells).join("; ")}.`;
    }
    const computed: Dec = f.computed;
    out.push(
      findingAt(check, f.table.sheet, f.row, f.col, message, ctx, {
        stated: decToNumber(f.stated),
        computed: f.family === "rate" ? Number(decToNumber(computed).toPrecision(15)) : decToNumber(computed),
        relation: list.map((x) => x.relation).join("; "),
        ...(f.formula ? { formula: f.formula } : {}),
        ...(f.inferred ? { inferred: true } : {}),
      }),
    );
  }
  return out;
}

/** The findings of one family ("sum" for SUM_MISMATCH, "rate" for RATE_MISMATCH). */
export function failureFindings(
  check: Pick<Check, "code" | "severity">,
  family: "sum" | "rate",
  model: Model,
  ctx: CheckContext,
): Finding[] {
  const v = verify(model);
  const out: Finding[] = [];
  for (const b of v.resolved.blames) if (blameCode(b) === check.code) out.push(blameFinding(check, b, ctx));
  out.push(
    ...singleFindings(
      check,
      v.resolved.singles.filter((f) => f.family === family),
      ctx,
    ),
  );
  const sheets = new Map(model.sheets.map((s, i) => [s.name, i]));
  const at = (f: Finding) => {
    const a = fromA1(f.cell);
    return [sheets.get(f.sheet) ?? 0, a?.row ?? 0, a?.col ?? 0];
  };
  return out.sort((a, b) => {
    const x = at(a);
    const y = at(b);
    return x[0] - y[0] || x[1] - y[1] || x[2] - y[2];
  });
}
