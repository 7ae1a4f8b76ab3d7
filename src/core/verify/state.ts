/** The working state of verifying one table: its reader, its checked cells, its failures. */
import { fold } from "../text/normalize";
import { cellText } from "../grid/cellText";
import type { Table } from "../tables/model";
import { CellReader } from "../tables/values";
import type { Failure } from "./types";

/** The kinds of relation down the outline (coverage: "Cột D: tổng nhóm, tổng cộng"). */
export type VerticalKind = "subtotals" | "totals" | "labelFormulas" | "breakdowns";

export class TableState {
  readonly rd: CellReader;
  /** checked[node * numeric.length + k]: the cell of node's row in numeric column k took part in a verified relation. */
  readonly checked: Uint8Array;
  /** Sheet column -> index in table.numeric (-1 when not a number column). */
  readonly colIndex: Int16Array;
  readonly failures: Failure[] = [];
  /** Per number column: how many relations down the outline (sub-totals, totals, part-sums) were verified. */
  readonly verticalCount: Int32Array;
  /**
   * Per number column, what the relations down the outline were: sub-totals (a group or item with
   * parts, a "Cộng" line), totals ("Tổng cộng"), formulas written in labels, "Trong đó" breakdowns.
   */
  readonly verticalBy: Record<VerticalKind, Int32Array>;
  /** Per row relation: on how many rows it was verified. */
  readonly rowCount: Int32Array;
  /** Per number column: how many relations could not be verified because a cell in them is unreadable. */
  readonly blocked: Int32Array;
  private units: (string | undefined)[] | undefined;
  /** One byte and one number per row, reused column after column by the checks down the outline. */
  readonly scratch: Uint8Array;
  readonly scratchValues: Float64Array;

  constructor(readonly table: Table) {
    this.rd = new CellReader(table);
    const nc = table.numeric.length;
    this.checked = new Uint8Array(table.outline.n * nc);
    this.colIndex = new Int16Array(Math.max(table.right + 2, 1)).fill(-1);
    table.numeric.forEach((c, k) => (this.colIndex[c.col] = k));
    this.verticalCount = new Int32Array(nc);
    this.verticalBy = {
      subtotals: new Int32Array(nc),
      totals: new Int32Array(nc),
      labelFormulas: new Int32Array(nc),
      breakdowns: new Int32Array(nc),
    };
    this.rowCount = new Int32Array(table.relations.length);
    this.blocked = new Int32Array(nc);
    this.scratch = new Uint8Array(table.outline.n);
    this.scratchValues = new Float64Array(table.outline.n);
  }

  mark(node: number, col: number): void {
    const k = this.colIndex[col];
    if (k >= 0) this.checked[node * this.table.numeric.length + k] = 1;
  }

  /** Counts one verified relation down the outline of number column k. */
  countVertical(k: number, kind: VerticalKind): void {
    this.verticalCount[k]++;
    this.verticalBy[kind][k]++;
  }

  isChecked(node: number, k: number): boolean {
    return this.checked[node * this.table.numeric.length + k] === 1;
  }

  /** The unit of a node's row from the table's unit column (folded), if any. */
  unitOf(node: number): string | undefined {
    const t = this.table;
    if (t.unitCol === undefined) return undefined;
    if (!this.units) {
      this.units = new Array(t.outline.n);
      for (let i = 0; i < t.outline.n; i++) {
        const u = fold(cellText(t.grid.rows[t.outline.row[i]]?.[t.unitCol]));
        this.units[i] = u === "" ? undefined : u;
      }
    }
    return this.units[node];
  }
}
