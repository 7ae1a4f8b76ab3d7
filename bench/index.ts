/**
 * `npm run bench`: prints the performance record — ONE table (Markdown), each figure a median of
 * several runs, each ratio measured in this same run, ✓/✗ against each budget. Progress goes to
 * stderr. Sections: core engine, Excel adapter, CLI, consolidation (tonghop), pane, custom
 * functions (see each file). `npm run bench -- tonghop cli` runs only the sections named
 * (core, excel, cli, tonghop, pane, functions).
 */
import { availableParallelism, cpus } from "node:os";
import { join } from "node:path";
import { benchBundles } from "./bundle";
import { benchCli, type CliResult } from "./cli";
import { stringWorkbook } from "./strings";
import { benchCore, benchWideTable } from "./core";
import { benchExcel } from "./excel";
import { benchFirstRender } from "./firstRender";
import { benchFunctions } from "./functions";
import { benchPaneFindings } from "./paneFindings";
import { benchTonghop } from "./tonghop";
import { fmt, gc, kb, type Line, mb, MB, now, progress } from "./util";

const ROOT = join(__dirname, "..");
const pow = (n: number): string => (n >= 1000 && Math.log10(n) % 1 === 0 ? `10^${Math.log10(n)}` : fmt(n));
const x = (r: number): string => `${fmt(r, 2)}×`;

const SECTIONS = ["core", "excel", "cli", "tonghop", "pane", "functions"];
const only = process.argv.slice(2);
for (const o of only) if (!SECTIONS.includes(o)) throw new Error(`no bench section "${o}" (${SECTIONS.join(", ")})`);
const want = (section: string): boolean => only.length === 0 || only.includes(section);

async function main(): Promise<void> {
  const t0 = now();
  const lines: Line[] = [];
  if (want("core")) benchCoreSection(lines);
  if (want("excel")) await benchExcelSection(lines);
  if (want("cli")) await benchCliSection(lines);
  if (want("tonghop")) await benchTonghopSection(lines);
  if (want("pane")) await benchPaneSection(lines);
  if (want("functions")) benchFunctionsSection(lines);
  print(lines, now() - t0);
}

function benchCoreSection(lines: Line[]): void {
  // 1. Core engine.
  progress("core engine: 10^3 … 10^6 item rows");
  const core = benchCore();
  for (const r of core) {
    const timed = r.rows >= 1e5;
    lines.push({
      area: "core",
      what: `checks, ${pow(r.rows)} item rows`,
      figure: `${fmt(r.rowsPerSecond)} rows/s · ${fmt(r.medianMs, 1)} ms · peak heap +${fmt(r.peakHeapMB, 1)} MB over the ${fmt(r.inputMB, 1)} MB input (GC ${fmt(r.gcMs, 1)} ms) · ${r.findings} findings`,
      budget: timed ? "≥ 2,000,000 rows/s" : undefined,
      ok: timed ? r.rowsPerSecond >= 2e6 : undefined,
    });
  }
  const r5 = core.find((r) => r.rows === 1e5);
  const r6 = core.find((r) => r.rows === 1e6);
  if (r5 && r6) {
    const ratio = r6.medianMs / r5.medianMs;
    lines.push({ area: "core", what: "10^6 run ÷ 10^5 run", figure: x(ratio), budget: "≤ 11× (linear)", ok: ratio <= 11 });
  }
  gc();
  progress("core engine: six-column table with row relations, 10^5 and 10^6 rows");
  for (const r of benchWideTable()) {
    const cps = r.checkedCells / (r.medianMs / 1000);
    lines.push({
      area: "core",
      what: `6-column table with row relations, ${pow(r.rows)} rows`,
      figure: `${fmt(cps)} checked cells/s · ${fmt(r.checkedCells)}/${fmt(r.numericCells)} cells checked · ${fmt(r.medianMs, 1)} ms · peak heap +${fmt(r.peakHeapMB, 1)} MB (GC ${fmt(r.gcMs, 1)} ms) · ${r.findings} findings`,
      budget: "≥ 2,000,000 checked cells/s",
      ok: cps >= 2e6 && r.checkedCells === r.numericCells,
    });
  }
  gc();
}

async function benchExcelSection(lines: Line[]): Promise<void> {
  // 2. Excel adapter over the mock.
  progress("Excel adapter: validations of 10, 10^4, 10^5 rows over the Excel stand-in");
  for (const r of await benchExcel()) {
    const parts = [
      `sheets`,
      `sizes`,
      ...r.rejected.map((b) => `1 refused (${mb(b)})`),
      `${r.syncs - 2 - r.rejected.length} data`,
    ].join(", ");
    const under = r.largest <= 5_000_000 && r.rejected.length === 0;
    lines.push({
      area: "excel",
      what: `validation, ${pow(r.rows)} rows`,
      figure: `${r.syncs} syncs (${parts}) · ${r.bytes >= MB ? mb(r.bytes) : kb(r.bytes)} requested · largest ${r.largest >= MB ? mb(r.largest, 2) : kb(r.largest)} · ${r.writes} writes`,
      budget:
        r.budgetSyncs === 3
          ? "≤ 3 syncs, each < 5 MB"
          : `≤ 4 + ${r.budgetSyncs - 4} syncs (${mb(r.dataBytes)} ÷ 4 MB), each < 5 MB, none refused`,
      ok: r.syncs <= r.budgetSyncs && under && r.writes === 0,
    });
  }
  gc();
}

async function benchCliSection(lines: Line[]): Promise<void> {
  // 3. CLI against a bare ExcelJS read: the 10^5-row appendix, then a string-heavy workbook.
  progress("CLI: writing a 100,000-row workbook, then baocao check / ExcelJS readFile, 3 child processes each");
  const cli = await benchCli(ROOT);
  const s = cli.summary as { errors?: number; warnings?: number } | undefined;
  cliLines(lines, cli, {
    what: `baocao check --json, ${fmt(cli.rows)} rows (${mb(cli.fileBytes)} .xlsx)`,
    findings: ` · ${s?.errors ?? "?"} errors, ${s?.warnings ?? "?"} warnings`,
    prefix: "",
    maxTime: 1.3,
    maxMemory: 2,
  });
  progress("CLI: writing a 300,000-row string-heavy workbook, then baocao check / ExcelJS readFile, 3 child processes each");
  const str = await benchCli(ROOT, 300_000, 3, stringWorkbook);
  cliLines(lines, str, {
    what: `baocao check --json, ${fmt(str.rows)} rows of shared strings (${mb(str.fileBytes)} .xlsx)`,
    findings: "",
    prefix: "strings: ",
    maxTime: 1,
    maxMemory: 1,
  });
}

async function benchTonghopSection(lines: Line[]): Promise<void> {
  // 3b. Consolidation: 100 communes against checking them, then 1 000 for the memory.
  const workers = availableParallelism();
  const t = await benchTonghop(ROOT);
  lines.push({
    area: "cli",
    what: `baocao tonghop, ${fmt(t.communes)} communes (${workers} worker${workers > 1 ? "s" : ""})`,
    figure: `${fmt(t.tonghopMs)} ms · maxRSS ${mb(t.tonghopRSS, 0)} · ${fmt(t.summed)} summed`,
  });
  lines.push({
    area: "cli",
    what: `baocao check, the same ${fmt(t.communes)} files in one process`,
    figure: `${fmt(t.checkMs)} ms`,
  });
  const time = t.tonghopMs / t.checkMs;
  lines.push({
    area: "cli",
    what: `tonghop ÷ check, ${fmt(t.communes)} communes: time`,
    figure: x(time),
    budget: "≤ 1.5×",
    ok: time <= 1.5 && t.summed === t.communes,
  });
  lines.push({
    area: "cli",
    what: `baocao tonghop, ${fmt(t.big.communes)} communes`,
    figure: `${fmt(t.big.ms)} ms · maxRSS ${mb(t.big.maxRSS, 0)} · ${fmt(t.big.summed)} summed`,
  });
  const mem = t.big.maxRSS / t.tonghopRSS;
  lines.push({
    area: "cli",
    what: `tonghop ${fmt(t.big.communes)} ÷ ${fmt(t.communes)} communes: peak memory (maxRSS)`,
    figure: x(mem),
    budget: "≤ 1.5× (inputs streamed)",
    ok: mem <= 1.5 && t.big.summed === t.big.communes,
  });
}

async function benchPaneSection(lines: Line[]): Promise<void> {
  // 4. Pane: bundles and first render.
  progress("pane: webpack --mode production, gzip sizes");
  const ENTRIES = new Set(["taskpane.js", "commands.js", "functions.js", "preview.js"]);
  for (const b of benchBundles(ROOT)) {
    const pane = b.file === "taskpane.js";
    lines.push({
      area: "pane",
      what: `bundle ${b.file}${ENTRIES.has(b.file) ? "" : " (lazy chunk)"}`,
      figure: `${kb(b.gzipBytes)} gzip -9 (${kb(b.bytes, 0)})`,
      budget: pane ? "≤ 250 KB" : undefined,
      ok: pane ? b.gzipBytes <= 250 * 1024 : undefined,
    });
  }
  progress("pane: first render of the preview page in headless Chromium, 5 loads");
  const fr = await benchFirstRender(join(ROOT, "dist"));
  lines.push({
    area: "pane",
    what: "preview page: navigation → pane first paint",
    figure: `${fmt(fr.paintMs)} ms (pane in the DOM ${fmt(fr.renderMs)} ms, first-contentful-paint ${fmt(fr.fcpMs)} ms)`,
  });

  progress("pane: 10,000 findings in the preview page (headless Chromium)");
  const pf = await benchPaneFindings(join(ROOT, "dist"));
  lines.push({
    area: "pane",
    what: `${fmt(pf.findings)} findings: end of read → first card painted`,
    figure: `${fmt(pf.resultsMs)} ms, the checks included (alone, in Node: ${fmt(pf.checkMs)} ms) · ${fmt(pf.cardsInDom)} cards in the DOM`,
    budget: "≤ 1,000 ms",
    ok: pf.resultsMs <= 1000 && pf.findings === 10_000,
  });
  lines.push({
    area: "pane",
    what: `${fmt(pf.findings)} findings: click on a card → cell selected`,
    figure: `${fmt(pf.selectMs, 1)} ms`,
    budget: "≤ 100 ms",
    ok: pf.selectMs <= 100,
  });
}

function benchFunctionsSection(lines: Line[]): void {
  // 5. Custom functions.
  progress("custom functions: 10^5 inputs each");
  const FN_BUDGET: Record<string, number> = { SOVN: 500_000, TYLE: 500_000, DOCSO: 200_000 };
  for (const f of benchFunctions()) {
    const b = FN_BUDGET[f.name];
    lines.push({
      area: "functions",
      what: `BAOCAO.${f.name}, 10^5 inputs`,
      figure: `${fmt(f.callsPerSecond)} calls/s${f.errors ? ` · ${f.errors} errors` : ""}`,
      budget: b ? `≥ ${fmt(b)}/s` : undefined,
      ok: b ? f.callsPerSecond >= b && f.errors === 0 : undefined,
    });
  }
}

/** The four lines of one CLI-against-ExcelJS run: both figures, then the time and memory ratios with their budgets. */
function cliLines(
  lines: Line[],
  r: CliResult,
  o: { what: string; findings: string; prefix: string; maxTime: number; maxMemory: number },
): void {
  lines.push({ area: "cli", what: o.what, figure: `${fmt(r.cliMs)} ms · maxRSS ${mb(r.cliRSS, 0)}${o.findings}` });
  lines.push({
    area: "cli",
    what: "bare ExcelJS xlsx.readFile, same file",
    figure: `${fmt(r.exceljsMs)} ms · maxRSS ${mb(r.exceljsRSS, 0)}`,
  });
  const t = r.cliMs / r.exceljsMs;
  const m = r.cliRSS / r.exceljsRSS;
  const budget = (v: number) => `≤ ${v.toFixed(1)}×`;
  lines.push({
    area: "cli",
    what: `${o.prefix}check ÷ ExcelJS: time`,
    figure: x(t),
    budget: budget(o.maxTime),
    ok: t <= o.maxTime,
  });
  lines.push({
    area: "cli",
    what: `${o.prefix}check ÷ ExcelJS: peak memory (maxRSS)`,
    figure: x(m),
    budget: budget(o.maxMemory),
    ok: m <= o.maxMemory,
  });
}

function print(lines: Line[], totalMs: number): void {
  const rows = [
    ["area", "measure", "figure (median)", "budget", ""],
    ...lines.map((l) => [l.area, l.what, l.figure, l.budget ?? "—", l.ok === undefined ? "" : l.ok ? "✓" : "✗"]),
  ];
  const w = rows[0].map((_, c) => Math.max(...rows.map((r) => [...r[c]].length)));
  const line = (r: string[]) => "| " + r.map((c, i) => c + " ".repeat(w[i] - [...c].length)).join(" | ") + " |";
  const cpu = cpus();
  console.log(`Performance record — Node ${process.version}, ${cpu.length} × ${cpu[0]?.model.trim() ?? "CPU"}`);
  console.log("");
  console.log(line(rows[0]));
  console.log("|" + w.map((n) => "-".repeat(n + 2)).join("|") + "|");
  for (const r of rows.slice(1)) console.log(line(r));
  const judged = lines.filter((l) => l.ok !== undefined);
  const met = judged.filter((l) => l.ok).length;
  console.log("");
  console.log(`${met} of ${judged.length} budgets met · bench ${fmt(totalMs / 1000)} s`);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
