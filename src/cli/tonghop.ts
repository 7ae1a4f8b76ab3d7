/**
 * `baocao tonghop FILES… -o OUT.xlsx [--json] [--lang en] [--force]`: one form consolidated over
 * many communes' workbooks. Each input is read and checked with the engine of `check`, matched to
 * the form (the first input that reads) by headers and row keys, and — when it checked clean and
 * matched — added up. Inputs are read one after the other; of each only its values at the form's
 * cells and its findings' counts are kept (the form's own sheets are kept to write OUT).
 *
 * Exit codes: 0 every input clean and matched; 1 an input with errors, of another form, partly
 * matched, unreadable or given twice; 2 nothing readable, or OUT cannot be written.
 */
import { createHash } from "node:crypto";
import { promises as fs } from "node:fs";
import { join, resolve } from "node:path";
import type * as WriteXlsxModule from "./writeXlsx";
import { checkWorkbook } from "../core/engine";
import type { Lang } from "../core/findings";
import type { Grid } from "../core/grid/grid";
import { formCells, formSignature, type FormCell, type TableSignature } from "../core/consolidate/form";
import { inputValues, matchForm } from "../core/consolidate/match";
import { consolidate } from "../core/consolidate/sum";
import { consolidatedSheets, STATUS_TEXT, type InputOutcome } from "../core/consolidate/output";
import { readWorkbookFile } from "./readWorkbookFile";
import { InputError } from "./xlsx/errors";
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

/** Same real path, or the same bytes: a file given twice. */
async function identityOf(file: string, bytes: Uint8Array): Promise<{ path: string; hash: string }> {
  let path = resolve(file);
  try {
    path = await fs.realpath(file);
  } catch {
    // kept as resolved
  }
  return { path, hash: createHash("sha256").update(bytes).digest("hex") };
}

interface Form {
  file: string;
  grids: Grid[];
  sig: TableSignature[];
  cells: FormCell[];
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

  const outcomes: InputOutcome[] = [];
  const seenPath = new Map<string, string>();
  const seenHash = new Map<string, string>();
  let form: Form | undefined;
  let readable = 0;
  for (const file of files) {
    const base: InputOutcome = { file, status: "unreadable", errors: 0, warnings: 0, checkedCells: 0, numericCells: 0, why: [] };
    let grids: Grid[];
    const source: { bytes?: Uint8Array } = {};
    try {
      grids = await readWorkbookFile(file, { ...a.read, source });
    } catch (e) {
      if (!(e instanceof InputError)) throw e;
      outcomes.push({ ...base, why: [{ vi: e.vi, en: e.en }] });
      continue;
    }
    readable++;
    const id = await identityOf(file, source.bytes as Uint8Array);
    source.bytes = undefined;
    const twin = seenPath.get(id.path) ?? seenHash.get(id.hash);
    if (twin !== undefined) {
      outcomes.push({
        ...base,
        status: "duplicate",
        why: [
          {
            vi: `cùng một tệp với "${twin}" (${seenPath.has(id.path) ? "cùng đường dẫn" : "nội dung giống hệt"}); chỉ cộng một lần`,
            en: `the same file as "${twin}" (${seenPath.has(id.path) ? "same path" : "identical content"}); summed once`,
          },
        ],
      });
      continue;
    }
    seenPath.set(id.path, file);
    seenHash.set(id.hash, file);
    const { model, report } = checkWorkbook(grids, { lang: a.lang });
    const s = report.summary;
    const o: InputOutcome = {
      ...base,
      status: "summed",
      errors: s.errors,
      warnings: s.warnings,
      checkedCells: s.checkedCells,
      numericCells: s.numericCells,
    };
    const sig = formSignature(model);
    if (!form) {
      if (sig.length === 0) {
        outcomes.push({ ...o, status: "other-form", why: [{ vi: "không tìm thấy bảng số liệu nào", en: "no table found" }] });
        continue;
      }
      form = { file, grids, sig, cells: formCells(sig) };
    }
    const m = matchForm(form.sig, sig);
    if (m.status !== "other-form") o.values = inputValues(form.cells, form.sig, sig, m);
    if (m.status === "other-form") {
      o.status = "other-form";
      o.why.push(...m.why);
    } else if (s.errors > 0) {
      o.status = "errors";
      o.why.push({
        vi: `có ${s.errors} lỗi khi kiểm tra (chạy baocao check "${file}" để xem); không cộng`,
        en: `${s.errors} errors found by the checks (run baocao check "${file}" to see them); not summed`,
      });
    } else if (m.status === "partial") {
      o.status = "partial";
      o.why.push(...m.why);
    }
    outcomes.push(m.status === "partial" ? Object.assign(o, { missingRows: m.missingRows, extraRows: m.extraRows }) : o);
    // Only the values and the counts are kept: the grids and the model go (the form's grids stay, to write OUT).
  }

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
