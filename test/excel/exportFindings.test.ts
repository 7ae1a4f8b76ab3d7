/// <reference types="office-js" />
/** excelHost.exportFindings against the Excel stand-in: a NEW results sheet, never over one. */
import { exampleTemplate } from "../../src/core/template/example";
import { excelHost } from "../../src/excel/excelHost";
import { installStandIn, uninstallStandIn } from "../../src/preview/standin/install";
import { StandInWorkbook } from "../../src/preview/standin/workbook";
import { cellLookup } from "../../src/taskpane/findings/cellLook";

let wb: StandInWorkbook;
beforeEach(() => {
  wb = StandInWorkbook.fromSpecs(exampleTemplate());
  installStandIn(wb);
  wb.setCell("Phụ lục I", "D12", 1907);
});
afterEach(() => uninstallStandIn());

const value = (sheet: string, addr: string) => wb.getCell(sheet, addr)?.value;

describe("exportFindings", () => {
  test("writes the findings to a new sheet 'Kết quả kiểm tra', then 'Kết quả kiểm tra (2)'", async () => {
    const r = await excelHost.validate("vi");
    const before = wb.sheetNames().map((n) => wb.dump(n));
    const name = await excelHost.exportFindings(r.report, "vi", cellLookup(r.model.grids));
    expect(name).toBe("Kết quả kiểm tra");
    expect(
      wb
        .sheetNames()
        .slice(0, before.length)
        .map((n) => wb.dump(n)),
    ).toEqual(before);
    expect(["A4", "B4", "C4", "D4", "E4", "F4", "G4", "H4"].map((a) => value(name, a))).toEqual([
      "Trang tính",
      "Ô",
      "Mức độ",
      "Mã",
      "Nội dung",
      "Ghi",
      "Đúng",
      "Lệch",
    ]);
    expect(["A5", "B5", "C5", "D5", "F5", "G5", "H5"].map((a) => value(name, a))).toEqual([
      "Phụ lục I",
      "D12",
      "Lỗi",
      "SUM_MISMATCH",
      "1.907",
      "1.970",
      "\u221263",
    ]);
    // Text, so that no Excel reads "1.907" as 1,907.
    expect(wb.sheet(name)!.numberFormatAt(4, 5)).toBe("@");
    expect(wb.selection().sheet).toBe(name);

    const second = await excelHost.exportFindings(r.report, "en");
    expect(second).toBe("Kết quả kiểm tra (2)");
    expect(value(second, "A4")).toBe("Sheet");
    expect(value(second, "F5")).toBe("1.907");
    expect(value(name, "A4")).toBe("Trang tính");

    // The results are not read back as a source: the same findings.
    const again = await excelHost.validate("vi");
    expect(again.report.findings).toEqual(r.report.findings);
  });
});
