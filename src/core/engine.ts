/**
 * The engine: Grids -> model -> findings. Excel and the CLI both call this, so they cannot disagree.
 */
import { CHECKS, type CheckContext } from "./checks";
import type { Finding, Lang, Report, Summary } from "./findings";
import { type Grid } from "./grid/grid";
import { fromA1 } from "./grid/address";
import type { Model } from "./tables/model";
import { recognize } from "./tables/recognize";
import { verify } from "./verify";
import { sheetCoverage } from "./verify/sheets";
import { coverageSummary } from "./verify/summary";

export interface CheckOptions {
  lang?: Lang;
}

/** Runs every check over a model. Findings are sorted by sheet (workbook order), row, column. */
function runChecks(model: Model, opts: CheckOptions = {}): Report {
  const ctx: CheckContext = { lang: opts.lang ?? "vi" };
  const findings: Finding[] = [];
  for (const check of CHECKS) for (const f of check.run(model, ctx)) findings.push(f);
  const sheetIndex = new Map(model.sheets.map((s, i) => [s.name, i]));
  const order = new Map<string, number>(CHECKS.map((c, i) => [c.meta.code, i]));
  const key = (f: Finding) => {
    const a = fromA1(f.cell) ?? { row: -1, col: -1 };
    return [sheetIndex.get(f.sheet) ?? -1, a.row, a.col, order.get(f.code) ?? 99];
  };
  const keyed = findings.map((f) => ({ f, k: key(f) }));
  keyed.sort((x, y) => {
    for (let i = 0; i < 4; i++) if (x.k[i] !== y.k[i]) return x.k[i] - y.k[i];
    return 0;
  });
  const sorted = keyed.map((x) => x.f);
  return { findings: sorted, summary: summarize(model, sorted, ctx.lang) };
}

function summarize(model: Model, findings: Finding[], lang: Lang = "vi"): Summary {
  let errors = 0;
  let warnings = 0;
  let infos = 0;
  for (const f of findings) {
    if (f.severity === "error") errors++;
    else if (f.severity === "warning") warnings++;
    else infos++;
  }
  const cov = coverageSummary(verify(model), lang);
  return {
    errors,
    warnings,
    infos,
    sheets: model.sheets.length,
    tables: model.tables.length,
    ...cov,
    sheetCoverage: sheetCoverage(model, cov.coverage),
  };
}

/** Reads the tables of a workbook and checks them. */
export function checkWorkbook(grids: Grid[], opts: CheckOptions = {}): { model: Model; report: Report } {
  const model = recognize(grids);
  return { model, report: runChecks(model, opts) };
}
