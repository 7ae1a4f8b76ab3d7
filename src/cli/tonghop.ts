/**
 * `baocao tonghop FILES… -o OUT.xlsx [--json] [--lang en] [--force]`: one form consolidated over
 * many communes' workbooks. Each input is read and checked with the engine of `check`, matched to
 * the form (the first input that reads) by headers and row keys, and — when it checked clean and
 * matched — added up. The form is read first, here; the other inputs in worker threads, one per
 * core (tonghopWorker.ts, workerPool.ts), their results taken in the inputs' order as they come.
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
import type { Grid } from "../core/grid/grid";
import type { Note } from "../core/tables/model";
import { formCells, type FormCell, type TableSignature } from "../core/consolidate/form";
import { consolidate } from "../core/consolidate/sum";
import { consolidatedSheets, STATUS_TEXT, type InputOutcome } from "../core/consolidate/output";
import {
  examineInput,
  formShape,
  matchInput,
  type Examined,
  type ExamineOptions,
  type FormShape,
  type ReadInput,
} from "./tonghopInput";
import { inWorkers } from "./workerPool";
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

interface Form {
  file: string;
  grids: Grid[];
  cells: FormCell[];
  shape: FormShape;
}

/** An input read and checked here; an exception that is not an InputError is that input's failure, and the run goes on. */
async function examineSafe(
  file: string,
  o: ExamineOptions,
  form: FormShape | undefined,
  keep?: { grids?: Grid[]; sig?: TableSignature[] },
): Promise<Examined> {
  try {
    return await examineInput(file, o, form, keep);
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
  const outcomes: Reported[] = [];
  const seenPath = new Map<string, string>();
  const seenHash = new Map<string, string>();
  let form: Form | undefined;
  let readable = 0;
  /** One input's outcome, in the inputs' order (a file given twice is known only then). */
  const settle = (file: string, examined: Examined, keep?: { grids?: Grid[]; sig?: TableSignature[] }) => {
    const base: InputOutcome = { file, status: "unreadable", errors: 0, warnings: 0, checkedCells: 0, numericCells: 0, why: [] };
    if (!examined.read) {
      outcomes.push({ ...base, why: [examined.why] });
      return;
    }
    let x = examined;
    readable++;
    const twin = seenPath.get(x.id.path) ?? seenHash.get(x.id.hash);
    if (twin !== undefined) {
      const samePath = seenPath.has(x.id.path);
      outcomes.push({
        ...base,
        status: "duplicate",
        why: [
          {
            vi: `cùng một tệp với "${twin}" (${samePath ? "cùng đường dẫn" : "nội dung giống hệt"}); chỉ cộng một lần`,
            en: `the same file as "${twin}" (${samePath ? "same path" : "identical content"}); summed once`,
          },
        ],
      });
      return;
    }
    seenPath.set(x.id.path, file);
    seenHash.set(x.id.hash, file);
    const o: Reported = { ...base, status: "summed", ...x.counts };
    if (!form) {
      if (x.tables === 0 || !keep?.grids || !keep.sig) {
        outcomes.push({ ...o, status: "other-form", why: [{ vi: "không tìm thấy bảng số liệu nào", en: "no table found" }] });
        return;
      }
      const cells = formCells(keep.sig);
      form = { file, grids: keep.grids, cells, shape: formShape(keep.sig, cells) };
      x = matchInput(x, keep.sig, form.shape);
    }
    const m = x.match as NonNullable<ReadInput["match"]>;
    if (x.values) o.values = x.values;
    if (m.status === "other-form") {
      o.status = "other-form";
      o.why.push(...m.why);
    } else if (o.errors > 0) {
      o.status = "errors";
      o.why.push({
        vi: `có ${o.errors} lỗi khi kiểm tra (chạy baocao check "${file}" để xem); không cộng`,
        en: `${o.errors} errors found by the checks (run baocao check "${file}" to see them); not summed`,
      });
    } else if (m.status === "partial") {
      o.status = "partial";
      o.why.push(...m.why);
    }
    outcomes.push(m.status === "partial" ? Object.assign(o, { missingRows: m.missingRows, extraRows: m.extraRows }) : o);
  };

  // The form (the first input that reads, is not given twice and holds a table) is read here, in
  // this thread, and its grids kept to write OUT; inputs before it too.
  let k = 0;
  while (k < files.length && !form) {
    const keep: { grids?: Grid[]; sig?: TableSignature[] } = {};
    settle(files[k], await examineSafe(files[k], opts, undefined, keep), keep);
    k++;
  }
  // The rest are matched to it in worker threads (or here, one after the other), and settled in
  // their order as they come: of each only its values and counts are kept.
  const rest = files.slice(k);
  const pool = form ? workerPool(rest.length) : undefined;
  const results: AsyncIterable<Examined> | Iterable<Promise<Examined>> =
    form && pool
      ? inWorkers<string, Examined>(rest, {
          ...pool,
          workerData: { options: opts, form: form.shape },
          crashed: (_file, e) => ({ read: false, why: crashNote(e) }),
        })
      : rest.map((f) => examineSafe(f, opts, form?.shape));
  let i = 0;
  for await (const x of results) settle(rest[i++], x);

  if (!form) {
    report(a, out, outcomes, undefined);
    say({
      vi:
        readable === 0
          ? "Không đọc được tệp vào nào; không ghi tệp tổng hợp."
          : "Không tệp nào có bảng số liệu; không ghi tệp tổng hợp.",
      en:
        readable === 0
          ? "No input could be read; no consolidated file written."
          : "No input holds a table; no consolidated file written.",
    });
    return 2;
  }
  const summed = outcomes.filter((x) => x.status === "summed");
  const sums = consolidate(
    form.cells,
    summed.map((x) => x.values!),
  );
  const sheets = consolidatedSheets(form.grids, form.cells, sums, outcomes);
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- ExcelJS loads only when a workbook is written
  const { writeXlsx } = require("./writeXlsx") as typeof WriteXlsxModule;
  try {
    await writeOutputs([{ path: target, bytes: await writeXlsx(sheets) }]);
  } catch (e) {
    if (!(e instanceof OutputError)) throw e;
    e.problems.forEach(say);
    return 2;
  }
  report(a, out, outcomes, target);
  say({
    vi: `Đã ghi "${target}": cộng ${summed.length}/${outcomes.length} tệp theo biểu mẫu của "${form.file}".`,
    en: `Wrote "${target}": ${summed.length} of ${outcomes.length} files summed in the form of "${form.file}".`,
  });
  return outcomes.every((x) => x.status === "summed") ? 0 : 1;
}

type Reported = InputOutcome & { missingRows?: string[]; extraRows?: string[] };

function report(a: TonghopArgs, out: Out, outcomes: readonly Reported[], output: string | undefined): void {
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
