/**
 * Which sheets a re-check after edits must read again: those changed, and every sheet whose
 * formulas refer to another sheet ("='Phụ lục I'!D12", INDIRECT…) — Excel recalculates them when
 * another sheet changes but raises no change event for them, so their previous values cannot be
 * trusted. The rest keep the Grids of the previous read.
 */
import type { Grid } from "../core/grid/grid";
import { sheetNameKey } from "../core/grid/sheetNames";

/** A formula that may read another sheet: a sheet reference, or a function that builds one. */
function readsOtherSheets(formula: string): boolean {
  return formula.includes("!") || /\b(INDIRECT|OFFSET|INDEX|CELL)\s*\(/i.test(formula);
}

function hasCrossSheetFormula(g: Grid): boolean {
  for (const row of g.rows) {
    if (!row) continue;
    for (const c of row) if (c?.formula !== undefined && readsOtherSheets(c.formula)) return true;
  }
  return false;
}

/** The sheets to read again, by name: `changed`, then the previous read's sheets with cross-sheet formulas. */
export function rereadSheets(previous: readonly Grid[], changed: readonly string[]): string[] {
  const out = [...changed];
  const key = sheetNameKey;
  const seen = new Set(out.map(key));
  for (const g of previous) {
    if (seen.has(key(g.name)) || !hasCrossSheetFormula(g)) continue;
    seen.add(key(g.name));
    out.push(g.name);
  }
  return out;
}
