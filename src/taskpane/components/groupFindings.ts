/** Findings grouped for the list: by sheet (workbook order), then by severity (errors first). */
import { type Finding, type Severity, severityRank } from "../../core/findings";

export interface FindingItem {
  /** Stable across re-runs for the same finding (sheet, cell, code, occurrence). */
  key: string;
  finding: Finding;
}

interface SeverityGroup {
  severity: Severity;
  items: FindingItem[];
}

export interface SheetGroup {
  /** "" for workbook-wide findings. */
  sheet: string;
  count: number;
  severities: SeverityGroup[];
}

export function findingKeys(findings: Finding[]): FindingItem[] {
  const seen = new Map<string, number>();
  return findings.map((finding) => {
    const base = `${finding.sheet}!${finding.cell}!${finding.code}`;
    const n = seen.get(base) ?? 0;
    seen.set(base, n + 1);
    return { key: `${base}#${n}`, finding };
  });
}

export function groupFindings(findings: Finding[], sheetOrder: string[]): SheetGroup[] {
  const order = new Map(sheetOrder.map((s, i) => [s, i]));
  const bySheet = new Map<string, FindingItem[]>();
  for (const item of findingKeys(findings)) {
    const list = bySheet.get(item.finding.sheet);
    if (list) list.push(item);
    else bySheet.set(item.finding.sheet, [item]);
  }
  const rank = (sheet: string) => (sheet === "" ? -1 : (order.get(sheet) ?? sheetOrder.length));
  const sheets = [...bySheet.keys()].sort((a, b) => rank(a) - rank(b));
  return sheets.map((sheet) => {
    const items = bySheet.get(sheet) as FindingItem[];
    const severities: SeverityGroup[] = [];
    for (const sev of ["error", "warning", "info"] as Severity[]) {
      const of = items.filter((i) => i.finding.severity === sev);
      if (of.length > 0) severities.push({ severity: sev, items: of });
    }
    severities.sort((a, b) => severityRank(a.severity) - severityRank(b.severity));
    return { sheet, count: items.length, severities };
  });
}
