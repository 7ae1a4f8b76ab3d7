/**
 * A form's signature: what makes two communes' workbooks "the same form" whatever rows they
 * inserted or where they put a table. Per table: its sheet, its kind, the header paths of its
 * columns (folded); per row: a key of its numbering and its label (folded), "1.2|xay dung ...".
 * The form's number cells (what a consolidation adds up) are listed here too.
 */
import { colToLetters } from "../grid/address";
import type { Expr } from "../tables/expr";
import type { Model, Table, TableKind } from "../tables/model";
import { NOT_ADDITIVE } from "../tables/outline";
import { formView } from "../tables/views";
import { fold } from "../text/normalize";

interface RowKey {
  /** Numbering and folded label; a repeated key gets "#2", "#3" … */
  key: string;
  row: number;
  tt: string;
  label: string;
  /** A rate or an average row ("Tỷ lệ hồ sơ đúng hạn", unit %): never added up. */
  notAdditive: boolean;
}

export interface TableSignature {
  sheet: string;
  kind: TableKind;
  /** Every column's header path, folded ("nguon von › ns tinh"). */
  headers: string[];
  /** The number columns' sheet columns, left to right, and their headers as written. */
  numeric: { col: number; header: string; percent: boolean }[];
  rows: RowKey[];
  table: Table;
}

/** A table's signature without its table: what matching needs of the form, small and plain (sent to the CLI's workers). */
export type TableShape = Omit<TableSignature, "table">;

/** A table's signature without its table. */
export function tableShape(ts: TableSignature): TableShape {
  const { table: _table, ...shape } = ts;
  return shape;
}

/** The signature of every table of a checked model, in the model's order. */
export function formSignature(model: Model): TableSignature[] {
  return model.tables.map((t) => {
    const view = formView(t);
    const o = t.outline;
    const flags = new Map<number, number>();
    for (let i = 0; i < o.n; i++) flags.set(o.row[i], o.flags[i]);
    const seen = new Map<string, number>();
    const rows: RowKey[] = view.rows.map((r) => {
      const base = `${r.tt.trim()}|${fold(r.label)}`;
      const n = (seen.get(base) ?? 0) + 1;
      seen.set(base, n);
      const notAdditive = ((flags.get(r.row) ?? 0) & NOT_ADDITIVE) !== 0;
      return { key: n === 1 ? base : `${base}#${n}`, row: r.row, tt: r.tt, label: r.label, notAdditive };
    });
    return {
      sheet: t.sheet,
      kind: t.kind,
      headers: t.columns.map((c) => fold(c.path.join(" › "))),
      numeric: t.numeric.map((c) => ({ col: c.col, header: c.header, percent: c.percent })),
      rows,
      table: t,
    };
  });
}

/** How a number cell of the form is consolidated. */
type CellRule =
  /** Added up over the inputs. */
  | { kind: "sum" }
  /** A rate: worked out again from the summed cells of its row (refs by column letter → index in the cell list). */
  | { kind: "rate"; expr: Expr; percent: boolean; refs: Map<string, number> }
  /** A percentage with no rule to work it out, or a row of rates or averages: not added up, left empty. */
  | { kind: "none" };

/** Where a number cell of the form sits in the form's signature (what reading an input's values needs). */
export interface CellPlace {
  /** Index of its table in the signature. */
  table: number;
  col: number;
  /** Index of its row in the table's RowKey list. */
  rowIndex: number;
}

/** A number cell of the form: one table's number column on one row of its outline. */
export interface FormCell extends CellPlace {
  sheet: string;
  row: number;
  /** The row's numbering and label, and the column's header ("1.2 Xây dựng … — Kinh phí"). */
  label: string;
  rule: CellRule;
}

/** Every number cell of the form, table by table, row by row, column by column. */
export function formCells(sig: readonly TableSignature[]): FormCell[] {
  const cells: FormCell[] = [];
  sig.forEach((ts, ti) => {
    const rates = ts.table.relations.filter((r) => r.kind === "rate");
    ts.rows.forEach((rk, ri) => {
      const at = new Map<number, number>();
      for (const c of ts.numeric) {
        at.set(c.col, cells.length);
        cells.push({
          table: ti,
          sheet: ts.sheet,
          row: rk.row,
          col: c.col,
          rowIndex: ri,
          label: `${rk.tt ? `${rk.tt} ` : ""}${rk.label} — ${c.header}`,
          rule: { kind: c.percent || rk.notAdditive ? "none" : "sum" },
        });
      }
      for (const rel of rates) {
        const target = at.get(rel.target);
        if (target === undefined || rel.operands.some((o) => !at.has(o))) continue;
        const refs = new Map(rel.operands.map((o) => [colToLetters(o), at.get(o) as number]));
        cells[target].rule = { kind: "rate", expr: rel.expr, percent: rel.percent, refs };
      }
    });
  });
  return cells;
}
