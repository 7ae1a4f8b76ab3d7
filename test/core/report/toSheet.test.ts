import { checkWorkbook } from "../../../src/core/engine";
import { gridFromSpec } from "../../../src/core/grid/fromSpec";
import { findingsToSheet, RESULTS_SHEET_NAME } from "../../../src/core/report/toSheet";
import type { SpecCell } from "../../../src/core/grid/spec";
import { cellLookup } from "../../../src/taskpane/findings/cellLook";
import { report13, report13Grids } from "../../taskpane/findings/report13";

function table(cells: SpecCell[]): string[][] {
  const rows: string[][] = [];
  for (const c of cells) (rows[c.row] ??= [])[c.col] = typeof c.value === "string" ? c.value : JSON.stringify(c.value);
  return Array.from(rows, (r) => Array.from(r ?? [], (v) => v ?? ""));
}

describe("the results sheet (Kết quả kiểm tra)", () => {
  const { report, grids } = report13();

  test("a header row, one row per finding, numbers in Vietnamese notation as text", () => {
    const spec = findingsToSheet(report, "vi", cellLookup(grids));
    expect(spec.name).toBe(RESULTS_SHEET_NAME);
    const rows = table(spec.cells);
    expect(rows[0][0]).toBe("KẾT QUẢ KIỂM TRA SỐ LIỆU");
    expect(rows[1][0]).toBe(
      `Lỗi: ${report.summary.errors} · Cảnh báo: ${report.summary.warnings} · Ghi chú: 0 · Đã kiểm tra ${report.summary.checkedCells}/${report.summary.numericCells} ô số`,
    );
    expect(rows[3]).toEqual(["Trang tính", "Ô", "Mức độ", "Mã", "Nội dung", "Ghi", "Đúng", "Lệch"]);
    expect(rows.length - 4).toBe(report.findings.length);
    const d12 = rows.find((r) => r[1] === "D12" && r[3] === "SUM_MISMATCH")!;
    expect(d12.slice(0, 3)).toEqual(["Phụ lục I", "D12", "Lỗi"]);
    expect(d12[4]).toContain("(Quan hệ: D12 = D13+D14+D15+D16+D17)");
    expect(d12.slice(5)).toEqual(["1.907", "1.970", "\u221263"]);
    const e6 = rows.find((r) => r[1] === "E6")!;
    expect(e6.slice(5)).toEqual(["64,1%", "61,4%", "+2,7"]);
    const d8 = rows.find((r) => r[1] === "D8")!;
    expect(d8[5]).toBe("80% - 50%");
    // Every value a text cell: no Excel reads "1.907" as 1,907.
    expect(spec.cells.filter((c) => c.row > 3).every((c) => c.forceText && typeof c.value === "string")).toBe(true);
    expect(spec.printTitleRows).toEqual({ first: 3, last: 3 });
    expect(spec.columnWidths).toHaveLength(8);
  });

  test("in English: English words, the same Vietnamese numbers", () => {
    const rows = table(findingsToSheet(report, "en", cellLookup(grids)).cells);
    expect(rows[3]).toEqual(["Sheet", "Cell", "Severity", "Code", "Message", "Stated", "Should be", "Difference"]);
    const d12 = rows.find((r) => r[1] === "D12" && r[3] === "SUM_MISMATCH")!;
    expect(d12[2]).toBe("Error");
    expect(d12.slice(5)).toEqual(["1.907", "1.970", "\u221263"]);
  });

  test("checking the workbook again with the results sheet in it finds the same", () => {
    const withResults = [...report13Grids(), gridFromSpec(findingsToSheet(report, "vi"))];
    const again = checkWorkbook(withResults, { lang: "vi" }).report;
    expect(again.findings).toEqual(report.findings);
    expect(again.summary.numericCells).toBe(report.summary.numericCells);
  });

  test("no finding: says so", () => {
    const rows = table(findingsToSheet({ ...report, findings: [] }, "vi").cells);
    expect(rows[4][0]).toBe("Không có phát hiện nào.");
  });
});
