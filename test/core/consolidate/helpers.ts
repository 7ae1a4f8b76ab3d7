/** Commune workbooks for the consolidation tests: the example template and form layouts, with other numbers. */
import type { SheetSpec } from "../../../src/core/grid/spec";
import { buildLayout, type Layout, type RowDef } from "../../../testkit/forms/build";
import { LAYOUTS } from "../../../testkit/forms/layouts";

/** Rows moved down by n (a commune that put its table lower). */
export function shifted(spec: SheetSpec, n: number): SheetSpec {
  return {
    ...spec,
    cells: spec.cells.map((c) => ({
      ...c,
      row: c.row + n,
      ...(c.formula ? { formula: c.formula.replace(/([A-Z]+)(\d+)/g, (_, l: string, r: string) => `${l}${Number(r) + n}`) } : {}),
    })),
    merges: spec.merges.map((m) => ({ ...m, top: m.top + n, bottom: m.bottom + n })),
  };
}

/** Layout 08 (Kế hoạch | Thực hiện | Tỷ lệ thực hiện (%)) with the leaf numbers changed by `edit`. */
export function indicators(edit: (rows: RowDef[]) => void): SheetSpec {
  const base = LAYOUTS.find((l) => l.id === "08-chi-tieu-kh-th") as Layout;
  const l: Layout = { ...base, rows: structuredClone(base.rows), variants: [] };
  edit(l.rows);
  return buildLayout(l).spec;
}
