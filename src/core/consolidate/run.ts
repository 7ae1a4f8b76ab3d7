/**
 * One consolidation run, input by input: what `baocao tonghop` and the pane's "Tổng hợp" both do
 * once an input is read. Each input is checked with the engine (checkWorkbook), told apart when it
 * is the same file as one before (its identities: a path, a hash — whatever the caller can tell),
 * matched to the form (the first input with a table) by headers and row keys, and kept only as its
 * values at the form's cells and its findings' counts. `finish` adds up the inputs summed and gives
 * the consolidated sheets (the form's, "Chi tiết", "Kết quả kiểm tra").
 *
 * Reading is the caller's (files, bytes in a page): an input it could not read is `unreadable`.
 */
import { checkWorkbook } from "../engine";
import type { Lang } from "../findings";
import type { Grid } from "../grid/grid";
import type { SheetSpec } from "../grid/spec";
import type { Note } from "../tables/model";
import { formCells, formSignature, type FormCell, type TableSignature } from "./form";
import { inputValues, matchForm } from "./match";
import { consolidatedSheets, type InputOutcome } from "./output";
import { consolidate } from "./sum";

/** An input's outcome, with the rows of a partial match named. */
export type InputReport = InputOutcome & { missingRows?: string[]; extraRows?: string[] };

/** Something that makes two inputs the same file: a key, and how it is told ("cùng đường dẫn"). */
export interface Identity {
  key: string;
  same: Note;
}

export interface ConsolidationOptions {
  /** The language of the checks' messages (only their counts are kept). */
  lang?: Lang;
  /** Where to see an input's errors ("chạy baocao check …", "mở tệp và bấm Kiểm tra"). */
  errorsHint?: (file: string) => Note;
}

export interface ConsolidationResult {
  /** Every input, in the order given. */
  outcomes: InputReport[];
  /** How many inputs could be read. */
  readable: number;
  /** The input whose form the result has; undefined when no input holds a table. */
  formFile?: string;
  /** The consolidated sheets (undefined without a form). */
  sheets?: SheetSpec[];
  /** How many inputs were added up. */
  summed: number;
}

interface Form {
  file: string;
  grids: Grid[];
  sig: TableSignature[];
  cells: FormCell[];
}

const blank = (file: string): InputReport => ({
  file,
  status: "unreadable",
  errors: 0,
  warnings: 0,
  checkedCells: 0,
  numericCells: 0,
  why: [],
});

export class Consolidation {
  private readonly outcomes: InputReport[] = [];
  private readonly seen = new Map<string, string>();
  private form: Form | undefined;
  private readable = 0;

  constructor(private readonly opts: ConsolidationOptions = {}) {}

  /** An input that could not be read, and why (the reader's message). */
  unreadable(file: string, why: Note): InputReport {
    const o = { ...blank(file), why: [why] };
    this.outcomes.push(o);
    return o;
  }

  /** A read input: checked, told apart from those before, matched to the form. Only its values are kept. */
  add(file: string, grids: Grid[], identities: readonly Identity[] = []): InputReport {
    this.readable++;
    const twin = identities.find((id) => this.seen.has(id.key));
    if (twin) {
      const first = this.seen.get(twin.key) as string;
      const o: InputReport = {
        ...blank(file),
        status: "duplicate",
        why: [
          {
            vi: `cùng một tệp với "${first}" (${twin.same.vi}); chỉ cộng một lần`,
            en: `the same file as "${first}" (${twin.same.en}); summed once`,
          },
        ],
      };
      this.outcomes.push(o);
      return o;
    }
    for (const id of identities) this.seen.set(id.key, file);

    const { model, report } = checkWorkbook(grids, { lang: this.opts.lang ?? "vi" });
    const s = report.summary;
    const o: InputReport = {
      ...blank(file),
      status: "summed",
      errors: s.errors,
      warnings: s.warnings,
      checkedCells: s.checkedCells,
      numericCells: s.numericCells,
    };
    this.outcomes.push(o);
    const sig = formSignature(model);
    if (!this.form) {
      if (sig.length === 0) {
        o.status = "other-form";
        o.why.push({ vi: "không tìm thấy bảng số liệu nào", en: "no table found" });
        return o;
      }
      this.form = { file, grids, sig, cells: formCells(sig) };
    }
    const form = this.form;
    const m = matchForm(form.sig, sig);
    if (m.status === "other-form") {
      o.status = "other-form";
      o.why.push(...m.why);
      return o;
    }
    o.values = inputValues(form.cells, form.sig, sig, m);
    if (s.errors > 0) {
      o.status = "errors";
      const hint = this.opts.errorsHint?.(file);
      o.why.push({
        vi: `có ${s.errors} lỗi khi kiểm tra${hint ? ` (${hint.vi})` : ""}; không cộng`,
        en: `${s.errors} errors found by the checks${hint ? ` (${hint.en})` : ""}; not summed`,
      });
    } else if (m.status === "partial") {
      o.status = "partial";
      o.why.push(...m.why);
    }
    if (m.status === "partial") Object.assign(o, { missingRows: m.missingRows, extraRows: m.extraRows });
    return o;
  }

  /** The sums and the consolidated sheets. */
  finish(): ConsolidationResult {
    const outcomes = this.outcomes;
    const summed = outcomes.filter((x) => x.status === "summed");
    const base = { outcomes, readable: this.readable, summed: summed.length };
    const form = this.form;
    if (!form) return base;
    const sums = consolidate(
      form.cells,
      summed.map((x) => x.values!),
    );
    return { ...base, formFile: form.file, sheets: consolidatedSheets(form.grids, form.cells, sums, outcomes) };
  }
}
