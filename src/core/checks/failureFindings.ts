/**
 * Findings from the verified relations: one per blamed cell (a cell that breaks two or more
 * relations, which one value would mend), one per stated cell for the failures no blamed cell
 * explains. Shared by SUM_MISMATCH and RATE_MISMATCH, which differ only in which they report.
 */
import type { Finding } from "../findings";
import { fromA1, toA1 } from "../grid/address";
import { decAbs, decFromNumber, decSub, decToNumber, excelDigits } from "../number/decimal";
import type { Model } from "../tables/model";
import { nodeName, sumRelation } from "../verify/describe";
import { type Blame, type Failure, verify } from "../verify";
import { type Check, type CheckContext, type CheckMeta, type Report, type Text, num, reporter } from "./check";

/** The relation of a failure written in the cells of its row or column. */
function inCells(f: Failure): string {
  if (f.family === "rate" && f.rate)
    return `${toA1(f.row, f.col)} = ${toA1(...f.rate.numCell)} / ${toA1(...f.rate.denCell)} × 100`;
  if (f.family === "sum" && f.terms.every((x) => x.coef !== 0)) return sumRelation(f.row, f.col, f.terms);
  return f.relation;
}

/** The code a blamed cell is reported under: a rate it states is a rate mismatch; anything else a sum mismatch. */
function blameCode(b: Blame): string {
  return b.failures.some((f) => f.family === "rate" && f.row === b.row && f.col === b.col) ? "RATE_MISMATCH" : "SUM_MISMATCH";
}

/** The message SUM_MISMATCH and RATE_MISMATCH both give for a cell that every relation it is in blames. */
export const MISTYPED_MESSAGE = {
  mistyped: {
    vi: "{{where}} ghi {{stated}} nhưng cả {{count}} quan hệ chứa ô này đều cho thấy phải là {{required}}: {{relations}}. Có lẽ ô này nhập sai; các tổng của nó đúng.",
    en: "{{where}} states {{stated}} but all {{count}} relations it is in say it should be {{required}}: {{relations}}. This cell is probably mistyped; its totals are right.",
  },
} as const;

const NONE: Text = { vi: "", en: "" };

/** " (quan hệ … được suy ra từ số liệu…)" for an inferred relation, else nothing. */
function inferredNote(f: Failure): Text {
  if (!f.inferred) return NONE;
  const fit = f.fit
    ? { vi: `: đúng ở ${f.fit.matched}/${f.fit.rows} dòng`, en: `: it holds on ${f.fit.matched}/${f.fit.rows} rows` }
    : NONE;
  return {
    vi: ` (quan hệ ${f.relation} được suy ra từ số liệu${fit.vi}, bảng không ghi rõ)`,
    en: ` (the relation ${f.relation} was inferred from the numbers${fit.en}; the table does not state it)`,
  };
}

/** " Ô này cũng không khớp với: …" for the further relations a cell breaks, else nothing. */
function alsoNote(more: Failure[]): Text {
  if (more.length === 0) return NONE;
  const rels = more.map(inCells).join("; ");
  return { vi: ` Ô này cũng không khớp với: ${rels}.`, en: ` It also disagrees with: ${rels}.` };
}

function blameFinding(report: Report<CheckMeta>, b: Blame): Finding {
  const t = b.table;
  const o = t.outline;
  const node = o.nodeAtRow(b.row);
  const column = t.numeric.find((c) => c.col === b.col);
  const where: Text = {
    vi: `Ô ${toA1(b.row, b.col)}${column ? ` (cột "${column.header}"` : " ("}${node >= 0 ? `, dòng ${nodeName(t, node)})` : ")"}`,
    en: `${toA1(b.row, b.col)}${column ? ` (column "${column.header}"` : " ("}${node >= 0 ? `, row ${nodeName(t, node)})` : ")"}`,
  };
  const required = excelDigits(b.required);
  const formula = b.failures.find((f) => f.row === b.row && f.col === b.col)?.formula;
  const inferred = b.failures.some((f) => f.inferred);
  return report(
    "mistyped",
    {
      where,
      stated: b.value,
      count: b.failures.length,
      required,
      relations: b.failures.map(inCells).join("; "),
    },
    t.sheet,
    b.row,
    b.col,
    {
      stated: b.value,
      computed: required,
      relation: b.failures.map((f) => f.relation).join("; "),
      ...(formula ? { formula } : {}),
      ...(inferred ? { inferred } : {}),
    },
  );
}

/** The finding of a stated cell whose relations fail (the first one in words, the others listed). */
function singleFinding(report: Report<CheckMeta>, list: Failure[]): Finding {
  const f = list[0];
  const inferred = inferredNote(f);
  const also = alsoNote(list.slice(1));
  const extra = {
    stated: decToNumber(f.stated),
    computed: f.family === "rate" ? excelDigits(decToNumber(f.computed)) : decToNumber(f.computed),
    relation: list.map((x) => x.relation).join("; "),
    ...(f.formula ? { formula: f.formula } : {}),
    ...(f.inferred ? { inferred: true } : {}),
  };
  const at = [f.table.sheet, f.row, f.col] as const;
  if (f.family === "rate") {
    const unit = f.table.numeric.find((c) => c.col === f.col)?.percent ? "%" : "";
    const computed = num(f.computed, f.statedDecimals);
    if (f.rate) {
      const data = {
        what: f.what,
        stated: f.stated,
        unit,
        numerator: decFromNumber(f.rate.num),
        denominator: decFromNumber(f.rate.den),
        computed,
        inferred,
        also,
      };
      return report("rate", data, ...at, extra);
    }
    return report(
      "rateRelation",
      { what: f.what, stated: f.stated, unit, parts: f.parts, computed, inferred, also },
      ...at,
      extra,
    );
  }
  const diff = decSub(f.stated, f.computed);
  const data = {
    what: f.what,
    stated: f.stated,
    parts: f.parts,
    computed: f.computed,
    direction: diff.m < 0n ? { vi: "thiếu", en: "short" } : { vi: "thừa", en: "over" },
    gap: decAbs(diff),
    inferred,
    also,
  };
  // The stated figure agrees with the total above it: one of the items below is the likelier culprit.
  return report(f.corroborated ? "sumAgreesAbove" : "sum", data, ...at, extra);
}

/** The findings of one family ("sum" for SUM_MISMATCH, "rate" for RATE_MISMATCH). */
export function failureFindings(check: Pick<Check, "meta">, family: "sum" | "rate", model: Model, ctx: CheckContext): Finding[] {
  const v = verify(model);
  const report = reporter(check.meta, ctx);
  const out: Finding[] = [];
  for (const b of v.resolved.blames) if (blameCode(b) === check.meta.code) out.push(blameFinding(report, b));
  // One finding per cell: a cell that fails two relations lists both.
  const byCell = new Map<string, Failure[]>();
  for (const f of v.resolved.singles) {
    if (f.family !== family) continue;
    const key = `${f.table.sheet}\u0000${f.row}\u0000${f.col}`;
    const list = byCell.get(key);
    if (list) list.push(f);
    else byCell.set(key, [f]);
  }
  for (const list of byCell.values()) out.push(singleFinding(report, list));
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
