/**
 * `baocao tonghop FILES… -o OUT.xlsx [--json] [--lang en] [--force]`: one form consolidated over
 * many communes' workbooks. Each input is read and checked with the engine of `check`, matched to
 * the form (the first input with a table) by headers and row keys, and — when it checked clean and
 * matched — added up: core/consolidate/run.ts, the same run as the pane's "Tổng hợp". The first
 * input is read here while worker threads, one per core (tonghopWorker.ts, workerPool.ts), start
 * on the others; their results are taken in the inputs' order as they come.
 * Of each input only its values at the form's cells and its findings' counts are kept (the form's
 * own sheets are kept to write OUT): memory does not grow with the inputs' size. The output is the
 * same, byte for byte, as with BAOCAO_WORKERS=0 (one input after the other, in this thread).
 *
 * Exit codes: 0 every input clean and matched; 1 an input with errors, of another form, partly
 * matched, unreadable or given twice; 2 nothing readable, or OUT cannot be written.
 */
import { existsSync, promises as fs } from "node:fs";
import { availableParallelism } from "node:os";
import { join } from "node:path";
import type { ResourceLimits } from "node:worker_threads";
import type * as WriteXlsxModule from "./writeXlsx";
import type { Lang } from "../core/findings";
import type { Note } from "../core/tables/model";
import { STATUS_TEXT } from "../core/consolidate/status";
import { Consolidation, type ConsolidationResult, type InputReport } from "../core/consolidate/run";
import { examineFile, identities, type ExamineOptions, type FileResult } from "./tonghopInput";
import { inWorkers } from "./workerPool";
import { addSheets } from "./xlsx/addSheets";
import { FormatError } from "./xlsx/errors";
import { setCells } from "./xlsx/setCells";
import type { ReadXlsxOptions } from "./xlsx/readXlsx";
import { checkOutputs, OutputError, writeOutputs, type Problem } from "./outputs";

export interface TonghopArgs {
  files: string[];
  out?: string;
  json: boolean;
  lang: Lang;
  force: boolean;
  read: ReadXlsxOptions;
}

type Out = { stdout: (s: string) => void; stderr: (s: string) => void };

/** A folder stands for its .xlsx files (sorted by name); anything else is kept as given. */
async function expandInputs(files: readonly string[]): Promise<string[]> {
  const out: string[] = [];
  for (const f of files) {
    let dir = false;
    try {
      dir = (await fs.stat(f)).isDirectory();
    } catch {
      // reported when read
    }
    if (!dir) {
      out.push(f);
      continue;
    }
    const names = (await fs.readdir(f)).filter((n) => /\.xlsx$/i.test(n) && !n.startsWith("~$")).sort();
    for (const n of names) out.push(join(f, n));
  }
  return out;
}

/** An input read and checked here; an exception that is not an InputError is that input's failure, and the run goes on. */
async function examineSafe(file: string, o: ExamineOptions, keepForm = false): Promise<FileResult> {
  try {
    return await examineFile(file, o, keepForm);
  } catch (e) {
    return { read: false, why: crashNote(e) };
  }
}

/** Why an input whose reading failed outside the reader's own errors (a worker out of memory, a bug) was left out. */
function crashNote(e: unknown): Note {
  if ((e as { code?: unknown })?.code === "ERR_WORKER_OUT_OF_MEMORY")
    return {
      vi: "đọc và kiểm tra tệp này cần nhiều bộ nhớ hơn mức cho phép của một luồng; bỏ qua tệp này",
      en: "reading and checking this file needs more memory than a worker is allowed; file left out",
    };
  const msg = e instanceof Error ? e.message : String(e);
  return {
    vi: `lỗi không mong đợi khi đọc và kiểm tra tệp (${msg}); bỏ qua tệp này`,
    en: `unexpected failure while reading and checking the file (${msg}); file left out`,
  };
}

/**
 * The worker threads for n inputs: as many as the machine's cores (os.availableParallelism), at most
 * n; BAOCAO_WORKERS=N sets their number, BAOCAO_WORKERS=0 reads here, one input after the other
 * (as when running from the TypeScript sources: the worker exists compiled only, in build/cli/).
 * BAOCAO_WORKER_MEMORY_MB caps each worker's heap (a file that needs more is left out, reported).
 */
function workerPool(n: number): { script: string; size: number; resourceLimits?: ResourceLimits } | undefined {
  const script = join(__dirname, "tonghopWorker.js");
  const env = process.env.BAOCAO_WORKERS;
  const wanted = env !== undefined && /^\d+$/.test(env.trim()) ? Number(env) : availableParallelism();
  if (n === 0 || wanted === 0 || !existsSync(script)) return undefined;
  const mem = Number(process.env.BAOCAO_WORKER_MEMORY_MB);
  return {
    script,
    size: Math.max(1, Math.min(wanted, n)),
    ...(mem > 0 ? { resourceLimits: { maxOldGenerationSizeMb: mem } } : {}),
  };
}

const word = (lang: Lang, n: { vi: string; en: string }) => (lang === "en" ? n.en : n.vi);

export async function runTonghop(a: TonghopArgs, out: Out, usage: (vi: string, en: string) => Error): Promise<number> {
  if (a.files.length === 0 || !a.out)
    throw usage(
      "tonghop cần các tệp vào và tệp ra: baocao tonghop THU_MUC_CAC_XA -o TONG_HOP.xlsx",
      "tonghop needs input files and an output: baocao tonghop COMMUNES_FOLDER -o TOTAL.xlsx",
    );
  const say = (p: Problem) => out.stderr(`baocao: ${word(a.lang, p)}\n`);
  const target = a.out;
  const files = await expandInputs(a.files);
  // The output is checked before anything is read: never one of the inputs, exists → --force.
  const problems = await checkOutputs([target], { force: a.force, inputs: files });
  if (problems.length > 0) {
    problems.forEach(say);
    return 2;
  }

  const opts: ExamineOptions = { read: a.read, lang: a.lang };
  const run = new Consolidation({
    lang: a.lang,
    errorsHint: (file) => ({ vi: `chạy baocao check "${file}" để xem`, en: `run baocao check "${file}" to see them` }),
  });
  /** The form's file as read: OUT is this package with the totals in it. */
  let formBytes: Uint8Array | undefined;
  /** One input's outcome, in the inputs' order (a file given twice is known only then). */
  const settle = async (file: string, x: FileResult) => {
    // The input that becomes the form, checked in a worker: read again here for its grids and bytes.
    if (x.read && !x.form && run.wantsForm(x.examined, identities(x.id))) x = await examineSafe(file, opts, true);
    if (!x.read) return run.unreadable(file, x.why);
    const ids = identities(x.id);
    if (x.form && run.wantsForm(x.examined, ids)) formBytes = x.form.bytes;
    return run.addChecked(file, x.examined, ids, x.form);
  };

  // The first input is read here (its grids kept: it is most often the form) while the worker
  // threads start on the others; their results are settled in the inputs' order as they come.
  const first = examineSafe(files[0], opts, true);
  const rest = files.slice(1);
  const pool = workerPool(rest.length);
  const results: AsyncIterable<FileResult> = pool
    ? inWorkers<string, FileResult>(rest, {
        ...pool,
        workerData: { options: opts },
        crashed: (_file, e) => ({ read: false, why: crashNote(e) }),
      })
    : oneByOne(rest, (f) => examineSafe(f, opts));
  // Asking for the first of the rest starts the workers now, not once the first input is settled.
  const it = results[Symbol.asyncIterator]();
  let next = it.next();
  await settle(files[0], await first);
  for (let i = 0, r = await next; !r.done; r = await next) {
    await settle(rest[i++], r.value);
    next = it.next();
  }

  const r = run.finish();
  const outcomes: InputReport[] = r.outcomes;
  if (!r.sheets) {
    report(a, out, outcomes, undefined);
    say({
      vi:
        r.readable === 0
          ? "Không đọc được tệp vào nào; không ghi tệp tổng hợp."
          : "Không tệp nào có bảng số liệu; không ghi tệp tổng hợp.",
      en:
        r.readable === 0
          ? "No input could be read; no consolidated file written."
          : "No input holds a table; no consolidated file written.",
    });
    return 2;
  }
  try {
    await writeOutputs([{ path: target, bytes: await totalWorkbook(r, formBytes) }]);
  } catch (e) {
    if (!(e instanceof OutputError)) throw e;
    e.problems.forEach(say);
    return 2;
  }
  report(a, out, outcomes, target);
  say({
    vi: `Đã ghi "${target}": cộng ${r.summed}/${outcomes.length} tệp theo biểu mẫu của "${r.formFile}".`,
    en: `Wrote "${target}": ${r.summed} of ${outcomes.length} files summed in the form of "${r.formFile}".`,
  });
  return outcomes.every((x) => x.status === "summed") ? 0 : 1;
}

/**
 * OUT's bytes: the form's own package with the totals set in its cells (every style, width and
 * print setting of the form kept: xlsx/setCells.ts) and "Chi tiết", "Kết quả kiểm tra" added. A
 * package that cannot be edited so (macro-enabled, cells without addresses…) is written anew from
 * the sheets instead: the same cells, values and formulas, without the form's formatting.
 */
async function totalWorkbook(r: ConsolidationResult, formBytes: Uint8Array | undefined): Promise<Uint8Array> {
  if (formBytes && r.edits && r.added) {
    try {
      return addSheets(setCells(formBytes, r.edits), r.added).bytes;
    } catch (e) {
      if (!(e instanceof FormatError)) throw e;
    }
  }
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- the writer loads only when a workbook is written
  const { writeXlsx } = require("./writeXlsx") as typeof WriteXlsxModule;
  return writeXlsx(r.sheets ?? []);
}

/** Items worked on here, one after the other (BAOCAO_WORKERS=0): one input's bytes in memory at a time. */
async function* oneByOne<T, R>(items: readonly T[], work: (item: T) => Promise<R>): AsyncGenerator<R> {
  for (const item of items) yield await work(item);
}

function report(a: TonghopArgs, out: Out, outcomes: readonly InputReport[], output: string | undefined): void {
  if (a.json) {
    const inputs = outcomes.map((x) => ({
      file: x.file,
      status: x.status,
      errors: x.errors,
      warnings: x.warnings,
      checkedCells: x.checkedCells,
      numericCells: x.numericCells,
      ...(x.why.length > 0 ? { reason: x.why.map((w) => word(a.lang, w)).join("; ") } : {}),
      ...(x.missingRows ? { missingRows: x.missingRows } : {}),
      ...(x.extraRows ? { extraRows: x.extraRows } : {}),
    }));
    const count = (s: string) => outcomes.filter((x) => x.status === s).length;
    const summary = {
      inputs: outcomes.length,
      summed: count("summed"),
      partial: count("partial"),
      otherForm: count("other-form"),
      errors: count("errors"),
      unreadable: count("unreadable"),
      duplicate: count("duplicate"),
    };
    out.stdout(JSON.stringify({ inputs, output: output ?? null, summary }, null, 2) + "\n");
    return;
  }
  for (const x of outcomes) {
    const why = x.why.length > 0 ? ` — ${x.why.map((w) => word(a.lang, w)).join("; ")}` : "";
    const rows = [
      ...(x.missingRows ?? []).map((r) => `${a.lang === "en" ? "missing" : "thiếu"}: ${r}`),
      ...(x.extraRows ?? []).map((r) => `${a.lang === "en" ? "extra" : "thêm"}: ${r}`),
    ];
    out.stdout(`${x.file}: ${word(a.lang, STATUS_TEXT[x.status])}${why}\n`);
    for (const r of rows) out.stdout(`    ${r}\n`);
  }
}
