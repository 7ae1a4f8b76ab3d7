/** The blank template: the example's structure with no figures, checked clean; filled in, it is checked. */
import { checkWorkbook } from "../../../src/core/engine";
import { fromA1 } from "../../../src/core/grid/address";
import { gridFromSpec } from "../../../src/core/grid/fromSpec";
import type { Grid } from "../../../src/core/grid/grid";
import type { SheetSpec } from "../../../src/core/grid/spec";
import { blankTemplate } from "../../../src/core/template/blank";
import { exampleTemplate } from "../../../src/core/template/example";

const blank = blankTemplate();
const example = exampleTemplate();

/** The engine's view of a workbook's structure: tables, their ranges, kinds and number columns. */
function structure(specs: SheetSpec[]) {
  const { report } = checkWorkbook(specs.map(gridFromSpec));
  return report.summary.coverage
    .filter((c) => c.kind !== "unrecognized")
    .map((c) => ({ sheet: c.sheet, range: c.range, kind: c.kind, columns: c.columns.map((x) => `${x.column} ${x.header}`) }));
}

function set(grids: Grid[], sheet: string, addr: string, value: number): void {
  const g = grids.find((x) => x.name === sheet)!;
  const a = fromA1(addr)!;
  (g.rows[a.row] ??= [])[a.col] = { value };
}

describe("blank template", () => {
  test("same sheets, merges, widths and header rows as the example", () => {
    expect(blank.map((s) => s.name)).toEqual(example.map((s) => s.name));
    blank.forEach((s, i) => {
      const e = example[i];
      expect(s.merges).toEqual(e.merges);
      expect(s.columnWidths).toEqual(e.columnWidths);
      expect(s.printTitleRows).toEqual(e.printTitleRows);
      const header = (x: SheetSpec) =>
        x.cells.filter((c) => c.row >= x.printTitleRows!.first && c.row <= x.printTitleRows!.last).map((c) => c.value);
      expect(header(s)).toEqual(header(e));
      // Every cell of the example is there (styles and borders), and the formulas at the same places.
      expect(s.cells.map((c) => [c.row, c.col])).toEqual(e.cells.map((c) => [c.row, c.col]));
      expect(s.cells.filter((c) => c.formula).map((c) => [c.row, c.col])).toEqual(
        e.cells.filter((c) => c.formula).map((c) => [c.row, c.col]),
      );
    });
  });

  test("the engine reads the same tables in it as in the example", () => {
    expect(structure(blank)).toEqual(structure(example));
  });

  test("no amount and no item text: only TT numbers, group and total labels, formulas", () => {
    const appendix = blank[0];
    const items = appendix.cells.filter((c) => c.row > 4 && !c.formula && c.value !== null);
    expect(items.every((c) => c.col <= 1)).toBe(true);
    expect(items.filter((c) => c.col === 1).map((c) => c.value)).toEqual(["Từ năm 2021-2022", "Năm 2023", "Tổng cộng"]);
    for (const s of blank) {
      for (const c of s.cells) if (typeof c.value === "number" && !c.formula) expect(c.col).toBe(0);
      for (const c of s.cells) if (typeof c.value === "string") expect(c.value).not.toMatch(/Đức Phổ|ĐỨC PHỔ/);
    }
  });

  test("checks clean: no finding at all", () => {
    const { report } = checkWorkbook(blank.map(gridFromSpec));
    expect(report.findings).toEqual([]);
    expect(report.summary.tables).toBe(4);
  });

  test("filled in, its formulas are checked: a typed-over sub-total is an error", () => {
    const grids = blank.map(gridFromSpec);
    set(grids, "Phụ lục I", "D7", 100);
    set(grids, "Phụ lục I", "D8", 250);
    // D6 is =SUM(D7:D11): as Excel would show it, then typed over with a wrong figure.
    set(grids, "Phụ lục I", "D6", 300);
    set(grids, "Phụ lục I", "D18", 300);
    const { report } = checkWorkbook(grids);
    expect(report.findings.filter((f) => f.severity === "error").map((f) => `${f.code} ${f.cell}`)).toContain("SUM_MISMATCH D6");
  });
});
