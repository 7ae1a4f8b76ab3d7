/**
 * Per sheet, what became of it: the tables recognised on it and how many of its numbers were
 * checked, or why nothing was — empty, only text, numbers under no known header (and what the
 * closest row lacked), a drafted report, which is never read as a source, or the document's own
 * details ("Thông tin văn bản"), read by the drafter only. `summary.sheetCoverage`.
 */
import type { CoverageEntry, SheetCoverage } from "../findings";
import { isBlankCell } from "../grid/cellText";
import type { Grid } from "../grid/grid";
import type { Model } from "../tables/model";
import { nearestHeader } from "../tables/nearestHeader";

function hasContent(g: Grid): boolean {
  for (const row of g.rows) if (row) for (const c of row) if (!isBlankCell(c)) return true;
  return false;
}

export function sheetCoverage(model: Model, coverage: CoverageEntry[]): SheetCoverage[] {
  const grids = new Map(model.grids.map((g) => [g.name, g]));
  const details = new Set((model.details ?? []).map((g) => g.name));
  return model.sheets.map((s) => {
    const entries = coverage.filter((c) => c.sheet === s.name);
    const tables = entries.filter((c) => c.kind !== "unrecognized").length;
    const numericCells = entries.reduce((n, c) => n + c.numericCells, 0);
    const checkedCells = entries.reduce((n, c) => n + c.checkedCells, 0);
    const g = grids.get(s.name);
    const status: SheetCoverage["status"] = details.has(s.name)
      ? "details"
      : !g
        ? "draft"
        : tables > 0
          ? "tables"
          : numericCells > 0
            ? "numbers"
            : hasContent(g)
              ? "text"
              : "empty";
    const out: SheetCoverage = { sheet: s.name, status, tables, numericCells, checkedCells };
    if (s.hidden) out.hidden = true;
    if (g && status === "numbers") {
      const near = nearestHeader(g);
      out.missing = near.missing;
      if (near.row !== undefined) out.nearestHeaderRow = near.row + 1;
    }
    return out;
  });
}
