/** The layouts the pane draws on first run are tables the engine reads, as the kind they claim. */
import { checkWorkbook } from "../../../src/core/engine";
import { gridFromValues } from "../../../src/core/grid/grid";
import { LAYOUTS } from "../../../src/core/tables/layouts";

describe.each(LAYOUTS.map((l) => [l.id, l] as const))("layout %s", (_, layout) => {
  const grid = gridFromValues(layout.id, [["Bảng mẫu"], [], ...layout.rows]);
  const { model, report } = checkWorkbook([grid]);

  test("is recognised as one table of its kind", () => {
    expect(model.tables.map((t) => t.kind)).toEqual([layout.kind]);
  });

  test("has no error and every number cell is checked", () => {
    expect(report.findings.filter((f) => f.severity !== "info")).toEqual([]);
    expect(report.summary.checkedCells).toBe(report.summary.numericCells);
  });

  test("its numbering row is read as one", () => {
    expect(model.tables[0].numberingRow).toBe(layout.numbering === undefined ? undefined : layout.numbering + 2);
  });

  test("names are given in both languages", () => {
    for (const t of [layout.title, layout.checks]) {
      expect(t.vi).not.toBe("");
      expect(t.en).not.toBe("");
    }
  });
});
