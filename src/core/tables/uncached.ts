/**
 * Formulas saved without their values (some generators write them so, and Excel fills them only
 * when it recalculates): the checks evaluate them from the workbook's own cells, so a total still
 * gets checked. Circular references give #REF!; anything the evaluator cannot do stays unknown.
 */
import { evaluateFormula } from "../formula/evaluate";
import type { CellValue, Grid } from "../grid/grid";

export type Evaluate = (grid: Grid, row: number, col: number) => CellValue | undefined;

const CYCLE: CellValue = { error: "#REF!" };

export function workbookEvaluator(grids: Grid[]): Evaluate {
  const byName = new Map(grids.map((g) => [g.name.normalize("NFC").toLocaleLowerCase("vi"), g]));
  const memo = new Map<string, CellValue>();
  const visiting = new Set<string>();
  const sheetOf = (name: string | undefined, own: Grid) =>
    name === undefined ? own : byName.get(name.normalize("NFC").toLocaleLowerCase("vi"));

  const valueOf = (grid: Grid, row: number, col: number): CellValue => {
    const cell = grid.rows[row]?.[col];
    if (!cell) return null;
    if (cell.value !== null || cell.formula === undefined) return cell.value;
    const key = `${grid.name}\u0000${row}\u0000${col}`;
    const hit = memo.get(key);
    if (hit !== undefined) return hit;
    if (visiting.has(key)) return CYCLE;
    visiting.add(key);
    let v: CellValue;
    try {
      v = evaluateFormula(cell.formula, {
        cell: (sheet, r, c) => {
          const g = sheetOf(sheet, grid);
          return g ? valueOf(g, r, c) : { error: "#REF!" };
        },
        hasSheet: (sheet) => sheetOf(sheet, grid) !== undefined,
        // Only the cells that exist: =SUM(A1:XFD1048576) walks the sheet's rows, not 17 billion cells.
        valuesIn: (sheet, rect) => {
          const g = sheetOf(sheet, grid);
          if (!g) return [{ error: "#REF!" }];
          const out: CellValue[] = [];
          const last = Math.min(rect.bottom, g.rows.length - 1);
          for (let r = Math.max(0, rect.top); r <= last; r++) {
            const row = g.rows[r];
            if (!row) continue;
            const end = Math.min(rect.right, row.length - 1);
            for (let c = Math.max(0, rect.left); c <= end; c++) {
              if (row[c] === undefined) continue;
              const x = valueOf(g, r, c);
              if (x !== null && x !== "") out.push(x);
            }
          }
          return out;
        },
      });
    } catch {
      v = CYCLE; // a chain too deep to follow
    } finally {
      visiting.delete(key);
    }
    memo.set(key, v);
    return v;
  };

  return (grid, row, col) => {
    const cell = grid.rows[row]?.[col];
    if (!cell || cell.formula === undefined) return undefined;
    const v = valueOf(grid, row, col);
    // #NAME? here means a function the evaluator does not know (SUBTOTAL, SUMPRODUCT...), not an
    // error in the workbook: the value stays unknown.
    if (v === null || (typeof v === "object" && v.error === "#NAME?")) return undefined;
    return v;
  };
}
