/**
 * The engine: Grids -> model -> findings. Excel and the CLI both call this, so they cannot disagree.
 */
import { CHECKS, type CheckContext } from "./checks";
import type { Finding, Lang, Report, Summary } from "./findings";
import { type Grid } from "./grid/grid";
import { fromA1 } from "./grid/address";
import type { Model } from "./tables/model";
import { recognizeSteps } from "./tables/recognize";
import { verify } from "./verify";
import { sheetCoverage } from "./verify/sheets";
import { coverageSummary } from "./verify/summary";

export interface CheckOptions {
  lang?: Lang;
  /** The notation numbers in messages are written in (default: the language's; the pane: "vi"). */
  notation?: Lang;
}

/**
 * A step of checkWorkbookSteps, announced before it runs: recognising the tables of one sheet, or
 * running one check over every table (1-based index among `count`).
 */
export type CheckStep =
  | { stage: "recognize"; sheet: string; index: number; count: number }
  | { stage: "check"; code: string; index: number; count: number };

/** Runs every check over a model, one check a step. Findings are sorted by sheet (workbook order), row, column. */
function* runChecks(model: Model, opts: CheckOptions = {}): Generator<CheckStep, Report> {
  const ctx: CheckContext = { lang: opts.lang ?? "vi", notation: opts.notation };
  const findings: Finding[] = [];
  for (let i = 0; i < CHECKS.length; i++) {
    const check = CHECKS[i];
    yield { stage: "check", code: check.meta.code, index: i + 1, count: CHECKS.length };
    for (const f of check.run(model, ctx)) findings.push(f);
  }
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
  const steps = checkWorkbookSteps(grids, opts);
  for (let s = steps.next(); ; s = steps.next()) if (s.done) return s.value;
}

/**
 * checkWorkbook, step by step: it yields before each sheet it recognises and each check it runs,
 * and returns the same model and report. The caller decides what happens between steps (the pane
 * shows the progress and gives way to the interface, or stops); the engine itself never waits.
 */
export function* checkWorkbookSteps(
  grids: Grid[],
  opts: CheckOptions = {},
): Generator<CheckStep, { model: Model; report: Report }> {
  const model = yield* recognizeSteps(grids);
  const report = yield* runChecks(model, opts);
  return { model, report };
}
