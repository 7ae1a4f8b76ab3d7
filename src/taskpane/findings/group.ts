/**
 * The findings as cards, for a glance: one card per cell, merging every code found there
 * (SUM_RANGE_GAP + SUM_MISMATCH at D12 → one card naming both); an error value passed on through
 * formulas (=1/0 in D9 makes =SUM(D7:D11) in D6 and =D6+D12 in D18 errors too) under the card of
 * the cell it came from, naming the totals it left unchecked; identical warnings in a column's
 * consecutive rows merged into one card with their range ("NUMBER_AS_TEXT D6:D10"). Cards are
 * grouped by sheet (workbook order, workbook-wide findings first), errors first, then in the
 * report's order. Counts are the findings', never the cards'.
 */
import type { Finding, FindingCode, Severity } from "../../core/findings";
import { severityRank } from "../../core/findings";
import { fromA1, toA1 } from "../../core/grid/address";
import { referencedCells, tryParse } from "../../core/formula/analyze";

export interface Card {
  /** Stable across re-runs: "Sheet!D12", or "Sheet!D6:D10!NUMBER_AS_TEXT" for a merged run. */
  key: string;
  /** "" for workbook-wide findings. */
  sheet: string;
  /** The card's cell (a merged run: its first cell). */
  cell: string;
  /** What the card stands for and selects: the cell, or a merged run's range ("D6:D10"). */
  range: string;
  /** The most severe of its findings. */
  severity: Severity;
  /** Its findings, in the report's order: the cell's own first, then those passed on to other cells. */
  findings: Finding[];
  /** The distinct codes of the cell's own findings, in order. */
  codes: FindingCode[];
  /** Cells whose error value comes from this cell (the totals it leaves unchecked), in order. */
  passedOn: string[];
}

export interface SheetGroup {
  /** "" for workbook-wide findings. */
  sheet: string;
  cards: Card[];
  /** Findings per severity on the sheet. */
  counts: Record<Severity, number>;
}

const SEVERITIES: readonly Severity[] = ["error", "warning", "info"];

function zeroCounts(): Record<Severity, number> {
  return { error: 0, warning: 0, info: 0 };
}

/** Findings per severity. */
export function countFindings(findings: readonly Finding[]): Record<Severity, number> {
  const c = zeroCounts();
  for (const f of findings) c[f.severity]++;
  return c;
}

function worst(findings: readonly Finding[]): Severity {
  let s: Severity = "info";
  for (const f of findings) if (severityRank(f.severity) < severityRank(s)) s = f.severity;
  return s;
}

function distinctCodes(findings: readonly Finding[]): FindingCode[] {
  const out: FindingCode[] = [];
  for (const f of findings) if (!out.includes(f.code)) out.push(f.code);
  return out;
}

interface Draft {
  sheet: string;
  cell: string;
  findings: Finding[];
  /** Index of its first finding in the report. */
  order: number;
  /** Set when its error came from another cell's: that cell's draft. */
  from?: Draft;
  passedOn: string[];
  passed: Finding[];
}

const cellKey = (sheet: string, cell: string) => `${sheet}\u0000${cell}`;

/** An error value in the cell (BAD_VALUE's errorValue): one that formulas over it pass on. */
const isErrorValue = (f: Finding) => f.code === "BAD_VALUE" && f.messageId === "errorValue";

/** Links each error-value cell whose formula reads another error-value cell to that cell. */
function linkPassedOn(drafts: Draft[], byCell: Map<string, Draft>): void {
  const errorCells = drafts.filter((d) => d.findings.some(isErrorValue));
  if (errorCells.length < 2) return;
  for (const d of errorCells) {
    // Only a cell whose findings are all the error value is passed-on; a cell with more to say keeps its card.
    if (!d.findings.every(isErrorValue)) continue;
    const formula = d.findings.find((f) => f.formula)?.formula;
    const node = formula ? tryParse(formula) : undefined;
    if (!node) continue;
    const refs = referencedCells(node, d.sheet, { limit: 100_000 });
    if (!refs) continue;
    for (const r of refs) {
      const src = byCell.get(cellKey(r.sheet, toA1(r.row, r.col)));
      if (src && src !== d && src.findings.some(isErrorValue)) {
        d.from = src;
        break;
      }
    }
  }
  // Each chain ends at the cell the error starts from (a cycle, which Excel refuses anyway, stops).
  for (const d of errorCells) {
    if (!d.from) continue;
    let root = d.from;
    const seen = new Set<Draft>([d]);
    while (root.from && !seen.has(root)) {
      seen.add(root);
      root = root.from;
    }
    if (root === d) {
      d.from = undefined;
      continue;
    }
    d.from = root;
  }
  for (const d of drafts) {
    if (!d.from) continue;
    d.from.passedOn.push(d.sheet === d.from.sheet ? d.cell : `${d.sheet}!${d.cell}`);
    d.from.passed.push(...d.findings);
  }
}

/** Runs of single-finding warnings with the same code and message in one column's consecutive rows. */
function mergeRuns(drafts: Draft[]): Card[] {
  const cards: Card[] = [];
  const orderOf = new Map<Card, number>();
  const add = (c: Card, order: number) => {
    cards.push(c);
    orderOf.set(c, order);
  };
  const runs = new Map<string, { row: number; col: number; d: Draft }[]>();
  for (const d of drafts) {
    if (d.from) continue;
    const f = d.findings[0];
    const at = fromA1(d.cell);
    const mergeable = d.findings.length === 1 && d.passed.length === 0 && f.severity !== "error" && at !== undefined;
    if (!mergeable) {
      add(toCard(d), d.order);
      continue;
    }
    const key = `${d.sheet}\u0000${f.code}\u0000${f.messageId}\u0000${at.col}`;
    const list = runs.get(key) ?? [];
    list.push({ row: at.row, col: at.col, d });
    runs.set(key, list);
  }
  for (const list of runs.values()) {
    list.sort((a, b) => a.row - b.row);
    let i = 0;
    while (i < list.length) {
      let j = i + 1;
      while (j < list.length && list[j].row === list[j - 1].row + 1) j++;
      if (j - i === 1) add(toCard(list[i].d), list[i].d.order);
      else {
        const first = list[i].d;
        const range = `${first.cell}:${toA1(list[j - 1].row, list[j - 1].col)}`;
        const findings = list.slice(i, j).map((x) => x.d.findings[0]);
        add(
          {
            key: `${first.sheet}!${range}!${findings[0].code}`,
            sheet: first.sheet,
            cell: first.cell,
            range,
            severity: findings[0].severity,
            findings,
            codes: [findings[0].code],
            passedOn: [],
          },
          list.slice(i, j).reduce((m, x) => Math.min(m, x.d.order), Infinity),
        );
      }
      i = j;
    }
  }
  cards.sort(
    (a, b) => severityRank(a.severity) - severityRank(b.severity) || (orderOf.get(a) as number) - (orderOf.get(b) as number),
  );
  return cards;
}

function toCard(d: Draft): Card {
  const findings = d.passed.length > 0 ? d.findings.concat(d.passed) : d.findings;
  return {
    key: `${d.sheet}!${d.cell}`,
    sheet: d.sheet,
    cell: d.cell,
    range: d.cell,
    severity: worst(findings),
    findings,
    codes: distinctCodes(d.findings),
    passedOn: d.passedOn,
  };
}

/** The report's findings as cards, grouped by sheet in `sheetOrder` (workbook-wide first). */
export function groupCards(findings: readonly Finding[], sheetOrder: readonly string[]): SheetGroup[] {
  const byCell = new Map<string, Draft>();
  const drafts: Draft[] = [];
  findings.forEach((f, i) => {
    const k = cellKey(f.sheet, f.cell);
    let d = byCell.get(k);
    if (!d) {
      d = { sheet: f.sheet, cell: f.cell, findings: [], order: i, passedOn: [], passed: [] };
      byCell.set(k, d);
      drafts.push(d);
    }
    d.findings.push(f);
  });
  linkPassedOn(drafts, byCell);

  const bySheet = new Map<string, Draft[]>();
  for (const d of drafts) {
    // A passed-on cell's card is its source's, on the source's sheet.
    const list = bySheet.get(d.sheet) ?? [];
    list.push(d);
    bySheet.set(d.sheet, list);
  }
  const order = new Map(sheetOrder.map((s, i) => [s, i]));
  const rank = (sheet: string) => (sheet === "" ? -1 : (order.get(sheet) ?? sheetOrder.length));
  const sheets = [...bySheet.keys()].sort((a, b) => rank(a) - rank(b));
  const groups: SheetGroup[] = [];
  for (const sheet of sheets) {
    const list = bySheet.get(sheet) as Draft[];
    const cards = mergeRuns(list);
    if (cards.length === 0) continue;
    const counts = zeroCounts();
    for (const c of cards) for (const f of c.findings) counts[f.severity]++;
    groups.push({ sheet, cards, counts });
  }
  return groups;
}

/** Findings per severity over the groups (the same as the report's: no finding is lost in a card). */
export function totalCounts(groups: readonly SheetGroup[]): Record<Severity, number> {
  const c = zeroCounts();
  for (const g of groups) for (const s of SEVERITIES) c[s] += g.counts[s];
  return c;
}
