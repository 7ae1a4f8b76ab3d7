/**
 * Words for findings: how to name a row of a table ("nhóm "Năm 2023"", "Mục 1.2", "chỉ số 3
 * "…""), what its parts are, and a relation written in cells ("D12 = D13+D14+D15").
 */
import { cellText } from "../grid/cellText";
import { colToLetters, toA1 } from "../grid/address";
import type { Column, Table } from "../tables/model";
import { NodeKind } from "../tables/outline";
import type { Term, Text } from "./types";

/** The label of a node's row (its label column, else the first text before the numbers). */
function nodeLabel(t: Table, i: number): string {
  const row = t.grid.rows[t.outline.row[i]];
  if (!row) return "";
  if (t.label !== undefined) {
    const l = cellText(row[t.label]);
    if (l !== "") return l;
  }
  const firstNum = t.numeric.length ? t.numeric[0].col : Infinity;
  for (let c = 0; c < Math.min(row.length, firstNum); c++) {
    if (c === t.tt) continue;
    const x = cellText(row[c]);
    if (x !== "" && typeof row[c]?.value === "string") return x;
  }
  return t.tt !== undefined ? cellText(row[t.tt]) : "";
}

/** `1.2 "label"`, or `"label"` when the row has no numbering. */
export function nodeName(t: Table, i: number): string {
  const tt = t.outline.marker(i);
  const label = nodeLabel(t, i);
  const short = label.length > 80 ? label.slice(0, 77) + "…" : label;
  if (tt && !/^[-+*–—•]$/.test(tt)) return short ? `${tt} "${short}"` : tt;
  return `"${short}"`;
}

function columnSuffix(t: Table, c: Column): Text {
  if (t.numeric.length <= 1) return { vi: "", en: "" };
  return { vi: ` ở cột "${c.header}"`, en: ` in column "${c.header}"` };
}

/** What states the number at node i in column c: the subject of a sum finding. */
export function whatOf(t: Table, i: number, c: Column): Text {
  const o = t.outline;
  const suffix = columnSuffix(t, c);
  const k = o.kind[i];
  if (k === NodeKind.Total) {
    const l = nodeLabel(t, i).replace(/[:.]\s*$/, "");
    return { vi: `Dòng "${l}"${suffix.vi}`, en: `The "${l}" line${suffix.en}` };
  }
  if (k === NodeKind.Closing) return { vi: `Dòng "Cộng"${suffix.vi}`, en: `The "Cộng" line${suffix.en}` };
  const name = nodeName(t, i);
  if (t.kind === "figures" && (c.measure === "num" || c.measure === "den")) {
    return c.measure === "num"
      ? { vi: `Tử số của chỉ số ${name}`, en: `The numerator of ${name}` }
      : { vi: `Mẫu số của chỉ số ${name}`, en: `The denominator of ${name}` };
  }
  if (t.outline.isGroup(i)) return { vi: `Tổng của nhóm ${name}${suffix.vi}`, en: `The sub-total of group ${name}${suffix.en}` };
  const tt = o.marker(i);
  if (tt && !/^[-+*–—•]$/.test(tt)) return { vi: `Mục ${tt}${suffix.vi}`, en: `Item ${tt}${suffix.en}` };
  return { vi: `Dòng ${name}${suffix.vi}`, en: `Row ${name}${suffix.en}` };
}

/** The closing line's own name, with its group: `Dòng "Cộng" của nhóm I "…"`. */
export function closingWhat(t: Table, group: number, c: Column): Text {
  const suffix = columnSuffix(t, c);
  const name = nodeName(t, group);
  return { vi: `Dòng "Cộng" của nhóm ${name}${suffix.vi}`, en: `The "Cộng" line of group ${name}${suffix.en}` };
}

/** What the parts of node i are ("cộng 5 khoản mục của nhóm" / "its 5 items add up to"). */
export function partsOf(t: Table, i: number, n: number, scopeGroups = false): Text {
  const o = t.outline;
  const k = o.kind[i];
  const count = (vi: string, en: string): Text => ({
    vi: `cộng ${n} ${vi}`,
    en: `its ${n} ${en}${n === 1 ? "" : "s"} add up to`,
  });
  if (k === NodeKind.Total)
    return scopeGroups
      ? { vi: `cộng ${n} nhóm`, en: `its ${n} group${n === 1 ? "" : "s"} add up to` }
      : count("khoản mục", "item");
  if (k === NodeKind.Closing) return count("khoản mục của nhóm", "item");
  if (t.kind === "figures") return count("thành phần", "part");
  if (t.outline.isGroup(i)) return count("khoản mục của nhóm", "item");
  return count("mục con", "sub-item");
}

/** "D13:D17" for consecutive rows, "D7, D9" otherwise (at most `max` pieces, then "…"). */
export function cellsA1(col: number, rows: number[], max = 8): string {
  const sorted = [...new Set(rows)].sort((a, b) => a - b);
  const parts: string[] = [];
  const letters = colToLetters(col);
  for (let i = 0; i < sorted.length;) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j] + 1) j++;
    parts.push(i === j ? `${letters}${sorted[i] + 1}` : `${letters}${sorted[i] + 1}:${letters}${sorted[j] + 1}`);
    i = j + 1;
  }
  return parts.length > max ? parts.slice(0, max).join(", ") + ", …" : parts.join(", ");
}

/** A sum in cells: "D12 = D13+D14+D15+D16+D17"; long ones as "D12 = SUM(D13:D262)". */
export function sumRelation(row: number, col: number, terms: Term[]): string {
  const lhs = toA1(row, col);
  if (terms.length === 0) return `${lhs} = 0`;
  if (terms.length <= 8 || terms.some((x) => x.coef < 0)) {
    const rhs = terms.map((x, k) => (k === 0 ? (x.coef < 0 ? "−" : "") : x.coef < 0 ? " − " : "+") + toA1(x.row, x.col)).join("");
    return `${lhs} = ${rhs}`;
  }
  const cols = new Set(terms.map((x) => x.col));
  if (cols.size === 1)
    return `${lhs} = SUM(${cellsA1(
      terms[0].col,
      terms.map((x) => x.row),
      6,
    )})`;
  return `${lhs} = ${terms
    .slice(0, 6)
    .map((x) => toA1(x.row, x.col))
    .join("+")}+…`;
}
