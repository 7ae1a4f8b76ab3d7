/**
 * Matching one input's tables to the form's (the first input's), by header paths and row keys —
 * not by cell position: a commune that moved a table down or left a blank line is still matched
 * row by row; one that added or dropped a row is "partial" (the rows named); one whose tables have
 * other headers is "another form". The result maps each number cell of the form to the input's
 * cell, and reads the input's values there.
 */
import type { Note } from "../tables/model";
import type { Examined, InputNumber } from "./examine";
import type { CellPlace, TableShape } from "./form";

type MatchStatus = "matched" | "partial" | "other-form";

export interface MatchResult {
  status: MatchStatus;
  /** Why not matched (other-form, partial), in both languages. */
  why: Note[];
  /** Rows of the form the input lacks, and rows the input has beyond the form ("Phụ lục I: 1.3 Xây dựng …"). */
  missingRows: string[];
  extraRows: string[];
  /** Per table of the form: the input's table (index in its signature) and, for each form row, the index of its row in that table's shape (-1: none). */
  tables: { input: number; rows: Int32Array }[];
}

const sameHeaders = (a: TableShape, b: TableShape) =>
  a.kind === b.kind && a.headers.length === b.headers.length && a.headers.every((h, i) => h === b.headers[i]);

const rowName = (ts: TableShape, r: { tt: string; label: string }) => `${ts.sheet}: ${r.tt ? `${r.tt} ` : ""}${r.label}`.trim();

/** Matches an input's tables to the form's. */
export function matchForm(form: readonly TableShape[], input: readonly TableShape[]): MatchResult {
  const why: Note[] = [];
  const missingRows: string[] = [];
  const extraRows: string[] = [];
  const used = new Set<number>();
  const tables: MatchResult["tables"] = [];
  let otherForm = false;
  for (const ft of form) {
    // The same headers: on the same sheet first, else anywhere (a sheet renamed).
    let pick = input.findIndex((it, i) => !used.has(i) && it.sheet === ft.sheet && sameHeaders(ft, it));
    if (pick < 0) pick = input.findIndex((it, i) => !used.has(i) && sameHeaders(ft, it));
    if (pick < 0) {
      otherForm = true;
      const there = input.find((it, i) => !used.has(i) && it.sheet === ft.sheet);
      why.push(
        there
          ? {
              vi: `bảng ở trang "${ft.sheet}" có tiêu đề cột khác biểu mẫu (${there.headers.length} cột thay vì ${ft.headers.length}, hoặc tên cột khác)`,
              en: `the table on sheet "${ft.sheet}" has other column headers than the form (${there.headers.length} columns instead of ${ft.headers.length}, or other names)`,
            }
          : { vi: `không có bảng của trang "${ft.sheet}"`, en: `no table of sheet "${ft.sheet}"` },
      );
      tables.push({ input: -1, rows: new Int32Array(ft.rows.length).fill(-1) });
      continue;
    }
    used.add(pick);
    const it = input[pick];
    const byKey = new Map(it.rows.map((r, i) => [r.key, i]));
    const rows = new Int32Array(ft.rows.length);
    const found = new Set<string>();
    ft.rows.forEach((r, i) => {
      const at = byKey.get(r.key);
      rows[i] = at ?? -1;
      if (at === undefined) missingRows.push(rowName(ft, r));
      else found.add(r.key);
    });
    for (const r of it.rows) if (!found.has(r.key)) extraRows.push(rowName(it, r));
    tables.push({ input: pick, rows });
  }
  input.forEach((it, i) => {
    if (!used.has(i) && !otherForm)
      why.push({
        vi: `có thêm bảng ở trang "${it.sheet}" không có trong biểu mẫu`,
        en: `an extra table on sheet "${it.sheet}" not in the form`,
      });
  });
  const extraTables = input.some((_, i) => !used.has(i));
  if (!otherForm && missingRows.length > 0)
    why.push({ vi: `thiếu ${missingRows.length} dòng của biểu mẫu`, en: `${missingRows.length} rows of the form missing` });
  if (!otherForm && extraRows.length > 0)
    why.push({ vi: `có thêm ${extraRows.length} dòng không có trong biểu mẫu`, en: `${extraRows.length} rows not in the form` });
  const status: MatchStatus = otherForm
    ? "other-form"
    : missingRows.length > 0 || extraRows.length > 0 || extraTables
      ? "partial"
      : "matched";
  return { status, why, missingRows, extraRows, tables };
}

/** An input's value at each number cell of the form, and where it was read. */
export interface InputValues {
  /** Per form cell: the value (percent units in percent columns), undefined when the input has none there. */
  values: InputNumber[];
  /** Per form cell: the input's sheet, row and column (row -1: no such cell). */
  sheets: string[];
  rows: Int32Array;
  cols: Int32Array;
}

/** Reads an input's values at the form's number cells through a match (only what is kept of an input). */
export function inputValues(
  cells: readonly CellPlace[],
  form: readonly TableShape[],
  input: Pick<Examined, "tables" | "numbers">,
  match: MatchResult,
): InputValues {
  const n = cells.length;
  const out: InputValues = {
    values: new Array<InputNumber>(n),
    sheets: new Array<string>(n),
    rows: new Int32Array(n).fill(-1),
    cols: new Int32Array(n).fill(-1),
  };
  cells.forEach((c, i) => {
    const tm = match.tables[c.table];
    if (!tm || tm.input < 0) return;
    const it = input.tables[tm.input];
    const row = tm.rows[c.rowIndex];
    if (row < 0) return;
    const k = form[c.table].numeric.findIndex((x) => x.col === c.col);
    const col = it.numeric[k]?.col;
    if (col === undefined) return;
    out.values[i] = input.numbers[tm.input][row * it.numeric.length + k];
    out.sheets[i] = it.sheet;
    out.rows[i] = it.rows[row].row;
    out.cols[i] = col;
  });
  return out;
}
