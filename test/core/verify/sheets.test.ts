/** summary.sheetCoverage: per sheet, what was recognised on it, or why nothing was. */
import { checkWorkbook } from "../../../src/core/engine";
import { type CellValue, gridFromValues } from "../../../src/core/grid/grid";
import { nearestHeader } from "../../../src/core/tables/nearestHeader";
import { templateGrids } from "../../../testkit/templateGrids";

const numbersSheet = (name: string, header: CellValue[]) =>
  gridFromValues(name, [header, [2021, 1200, 900], [2022, 1300, 1000], [2023, 1450, 1200], [2024, 1500, 1250]]);

describe("sheet coverage", () => {
  const grids = [
    ...templateGrids(),
    numbersSheet("Sheet4", ["Năm", "Thu", "Chi"]),
    gridFromValues("Trống", []),
    gridFromValues("Ghi chú", [["Người lập biểu", "Nguyễn Văn A"]]),
    gridFromValues("Bản thảo", [
      ["TT", "Nội dung", "Kinh phí"],
      [1, "Việc A", 100],
    ]),
  ];
  const { report } = checkWorkbook(grids);
  const bySheet = new Map(report.summary.sheetCoverage!.map((s) => [s.sheet, s]));

  test("one entry per sheet, in workbook order", () => {
    expect(report.summary.sheetCoverage!.map((s) => s.sheet)).toEqual(grids.map((g) => g.name));
  });

  test("the example's sheets hold one table each, with their numbers counted from the coverage", () => {
    for (const name of ["Phụ lục I", "Phụ lục II", "Số liệu", "Chỉ tiêu 2024"]) {
      const s = bySheet.get(name)!;
      expect(s.status).toBe("tables");
      expect(s.tables).toBe(1);
      const entries = report.summary.coverage.filter((c) => c.sheet === name);
      expect(s.numericCells).toBe(entries.reduce((n, c) => n + c.numericCells, 0));
      expect(s.checkedCells).toBe(entries.reduce((n, c) => n + c.checkedCells, 0));
    }
    expect(bySheet.get("Phụ lục I")).toMatchObject({ numericCells: 13, checkedCells: 13 });
  });

  test("a sheet of numbers under no known header: what its header lacks, and where the closest row is", () => {
    const s = bySheet.get("Sheet4")!;
    expect(s).toMatchObject({ status: "numbers", tables: 0, checkedCells: 0, nearestHeaderRow: 1 });
    expect(s.numericCells).toBeGreaterThan(0);
    expect(s.missing).toEqual(["keyColumn", "numberColumn"]);
  });

  test("empty, text-only and drafted sheets are told apart", () => {
    expect(bySheet.get("Trống")).toMatchObject({ status: "empty", numericCells: 0 });
    expect(bySheet.get("Ghi chú")).toMatchObject({ status: "text", numericCells: 0 });
    expect(bySheet.get("Bản thảo")).toMatchObject({ status: "draft", tables: 0 });
  });
});

describe("nearestHeader", () => {
  test("no row of two texts: the header row itself is missing", () => {
    expect(
      nearestHeader(
        gridFromValues("S", [
          [1, 2],
          [3, 4],
        ]),
      ),
    ).toEqual({ missing: ["headerRow"] });
  });

  test("a label column but no number word", () => {
    const g = gridFromValues("S", [["Tiêu đề"], ["Nội dung", "Thu", "Chi"], ["Việc A", 1, 2]]);
    expect(nearestHeader(g)).toEqual({ row: 1, missing: ["numberColumn"] });
  });

  test("a number word but nothing naming the rows", () => {
    const g = gridFromValues("S", [
      ["Năm", "Kinh phí"],
      [2023, 5],
    ]);
    expect(nearestHeader(g)).toEqual({ row: 0, missing: ["keyColumn"] });
  });

  test("the best of several candidate rows is named", () => {
    const g = gridFromValues("S", [["Bảng", "tổng hợp"], [], ["Chỉ tiêu", "Kinh phí"]]);
    expect(nearestHeader(g).row).toBe(2);
  });
});

describe("coverage columns: what verified them", () => {
  const { report } = checkWorkbook(templateGrids());
  const col = (sheet: string, letter: string) =>
    report.summary.coverage.find((c) => c.sheet === sheet)!.columns.find((c) => c.column === letter)!;

  test("Phụ lục I column D: two group sub-totals and the grand total", () => {
    expect(col("Phụ lục I", "D").verified).toEqual({
      subtotals: 2,
      totals: 1,
      labelFormulas: 0,
      breakdowns: 0,
      rowRelations: [],
    });
  });

  test("Số liệu: the rate column is the result of E = C / D × 100, C and D its operands", () => {
    expect(col("Số liệu", "E").verified!.rowRelations).toEqual([
      { relation: "E = C / D × 100", kind: "rate", result: true, rows: 6 },
    ]);
    expect(col("Số liệu", "D").verified!.rowRelations[0]).toMatchObject({ result: false, kind: "rate" });
    expect(col("Số liệu", "C").verified!.subtotals).toBeGreaterThan(0);
  });
});
