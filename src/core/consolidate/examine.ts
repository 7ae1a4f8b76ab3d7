/**
 * What a consolidation keeps of one input once it is checked, before it is matched to the form:
 * its findings' counts, the shapes of its tables (headers, row keys — no grid) and its numbers
 * row by row. Plain data: a worker thread of `baocao tonghop` sends it back as it is, and matching
 * it to the form (match.ts) needs nothing else of the input. A thousand of them fit in memory;
 * none is kept past its match (only the values at the form's cells are).
 */
import { checkWorkbook } from "../engine";
import type { Lang } from "../findings";
import type { Grid } from "../grid/grid";
import type { Dec } from "../number/decimal";
import { readable } from "../tables/cells";
import { cellKey, type Table } from "../tables/model";
import { formSignature, tableShape, type TableShape, type TableSignature } from "./form";

/** A number as read from an input: a plain number, or the exact decimal of a text or a long number. */
export type InputNumber = number | Dec | undefined;

export interface Examined {
  counts: { errors: number; warnings: number; checkedCells: number; numericCells: number };
  /** Its tables, in the model's order (none: nothing to match). */
  tables: TableShape[];
  /** Per table, its numbers row by row (the rows of its shape), column by column (its number columns): rows × columns. */
  numbers: InputNumber[][];
}

/** An input checked: what is kept of it, and its signature with the tables (what the form needs). */
export interface Checked {
  examined: Examined;
  sig: TableSignature[];
}

function numberAt(t: Table, row: number, col: number): InputNumber {
  const ref = t.refs.get(cellKey(row, col));
  if (ref) return readable(ref) ? (ref.exact ?? ref.value) : undefined;
  const v = t.grid.rows[row]?.[col]?.value;
  return typeof v === "number" ? v : undefined;
}

/** A table's numbers, row by row, column by column. */
function tableNumbers(ts: TableSignature): InputNumber[] {
  const out: InputNumber[] = [];
  for (const r of ts.rows) for (const c of ts.numeric) out.push(numberAt(ts.table, r.row, c.col));
  return out;
}

/** Checks an input's grids with the engine of `baocao check` and keeps what a consolidation needs. */
export function checkInput(grids: readonly Grid[], lang: Lang): Checked {
  const { model, report } = checkWorkbook(grids as Grid[], { lang });
  const s = report.summary;
  const sig = formSignature(model);
  return {
    examined: {
      counts: { errors: s.errors, warnings: s.warnings, checkedCells: s.checkedCells, numericCells: s.numericCells },
      tables: sig.map(tableShape),
      numbers: sig.map(tableNumbers),
    },
    sig,
  };
}
