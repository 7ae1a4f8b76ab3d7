/**
 * One consolidation run, input by input: what `baocao tonghop` and the pane's "Tổng hợp" both do
 * once an input is read. Each input is checked with the engine (examine.ts: checkInput — here, or
 * in a worker thread that sends back only what is kept, `addChecked`), told apart when it
 * is the same file as one before (its identities: a path, a hash — whatever the caller can tell),
 * matched to the form (the first input with a table) by headers and row keys, and kept only as its
 * values at the form's cells and its findings' counts. `finish` adds up the inputs summed and gives
 * the consolidated sheets (the form's, "Chi tiết", "Kết quả kiểm tra").
 *
 * Reading is the caller's (files, bytes in a page): an input it could not read is `unreadable`.
 */
import type { Lang } from "../findings";
import type { Grid } from "../grid/grid";
import type { SheetSpec } from "../grid/spec";
import type { Note } from "../tables/model";
import { checkInput, type Examined } from "./examine";
import { formCells, tableShape, type FormCell, type TableShape, type TableSignature } from "./form";
import { inputValues, matchForm } from "./match";
import { consolidatedSheets, type FormEdits, type InputOutcome } from "./output";
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
  /** The consolidated sheets (undefined without a form): the form's with the totals, then {@link added}. */
  sheets?: SheetSpec[];
  /** What the total changes in the form's sheets (for a writer that keeps the form's own file). */
  edits?: FormEdits;
  /** The sheets added after the form's: "Chi tiết", "Kết quả kiểm tra". */
  added?: SheetSpec[];
  /** How many inputs were added up. */
  summed: number;
}

interface Form {
  file: string;
  /** Its sheets, written again with the sums. */
  grids: Grid[];
  tables: TableShape[];
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

  /** A read input: checked here, then as {@link addChecked}. */
  add(file: string, grids: Grid[], identities: readonly Identity[] = []): InputReport {
    const checked = checkInput(grids, this.opts.lang ?? "vi");
    return this.addChecked(file, checked.examined, identities, { grids, sig: checked.sig });
  }

  /**
   * Whether an input checked elsewhere (a worker thread) would become the form: then
   * {@link addChecked} needs its grids and signature, which only a read in this thread gives.
   */
  wantsForm(x: Examined, identities: readonly Identity[] = []): boolean {
    return !this.form && x.tables.length > 0 && !identities.some((id) => this.seen.has(id.key));
  }

  /**
   * An input read and checked (here or in a worker): told apart from those before, matched to the
   * form, and kept only as its values at the form's cells. `form`: its grids and signature, needed
   * when it becomes the form ({@link wantsForm}).
   */
  addChecked(
    file: string,
    x: Examined,
    identities: readonly Identity[] = [],
    form?: { grids: Grid[]; sig: TableSignature[] },
  ): InputReport {
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

    const o: InputReport = { ...blank(file), status: "summed", ...x.counts };
    this.outcomes.push(o);
    if (!this.form) {
      if (x.tables.length === 0) {
        o.status = "other-form";
        o.why.push({ vi: "không tìm thấy bảng số liệu nào", en: "no table found" });
        return o;
      }
      if (!form) throw new Error(`Consolidation.addChecked: "${file}" becomes the form, and its grids were not given`);
      const cells = formCells(form.sig);
      this.form = { file, grids: form.grids, tables: form.sig.map(tableShape), cells };
    }
    const f = this.form;
    const m = matchForm(f.tables, x.tables);
    if (m.status === "other-form") {
      o.status = "other-form";
      o.why.push(...m.why);
      return o;
    }
    o.values = inputValues(f.cells, f.tables, x, m);
    if (o.errors > 0) {
      o.status = "errors";
      const hint = this.opts.errorsHint?.(file);
      o.why.push({
        vi: `có ${o.errors} lỗi khi kiểm tra${hint ? ` (${hint.vi})` : ""}; không cộng`,
        en: `${o.errors} errors found by the checks${hint ? ` (${hint.en})` : ""}; not summed`,
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
    return {
      ...base,
      formFile: form.file,
      ...consolidatedSheets(form.grids, form.cells, sums, outcomes),
    };
  }
}
