/** Writes Grids to a real .xlsx with ExcelJS (values, formulas with cached results, formats, merges). */
import ExcelJS from "exceljs";
import { isCellError, type Grid } from "../src/core/grid/grid";

export async function gridsToXlsx(grids: Grid[]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  for (const g of grids) {
    const ws = wb.addWorksheet(g.name, g.hidden ? { state: "hidden" } : undefined);
    g.rows.forEach((row, r) => {
      row?.forEach((cell, c) => {
        if (!cell) return;
        const x = ws.getCell(r + 1, c + 1);
        const v = cell.value;
        const value = isCellError(v) ? ({ error: v.error } as ExcelJS.CellErrorValue) : v;
        if (cell.formula) {
          const f = { formula: cell.formula.replace(/^=/, "") } as ExcelJS.CellFormulaValue;
          if (value !== null) f.result = value;
          x.value = f;
        } else {
          x.value = value;
        }
        if (cell.numberFormat) x.numFmt = cell.numberFormat;
      });
    });
    for (const m of g.merges ?? []) ws.mergeCells(m.top + 1, m.left + 1, m.bottom + 1, m.right + 1);
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}
