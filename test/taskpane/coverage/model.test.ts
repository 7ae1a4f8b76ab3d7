/** The coverage panel's view on real reports: the example, a sheet of numbers no table covers, an empty sheet. */
import { checkWorkbook } from "../../../src/core/engine";
import type { Report } from "../../../src/core/findings";
import { type Grid, gridFromValues } from "../../../src/core/grid/grid";
import { coverageView } from "../../../src/taskpane/coverage/model";
import { templateGrids } from "../../../testkit/templateGrids";

const numbers = () =>
  gridFromValues("Sheet4", [
    ["Năm", "Thu", "Chi"],
    [2021, 1200, 900],
    [2022, 1300, 1000],
    [2023, 1450, 1200],
    [2024, 1500, 1250],
  ]);
const empty = () => gridFromValues("Trống", []);

const reportOf = (grids: Grid[]): Report => checkWorkbook(grids).report;
const names = (grids: Grid[]) => grids.map((g) => g.name);

describe("coverage view", () => {
  test("the example: every sheet with its table, kind, range and columns; no green all-clear for its 6 unchecked numbers", () => {
    const grids = templateGrids();
    const v = coverageView(reportOf(grids).summary, "vi", names(grids));
    expect(v.sheets.map((s) => [s.sheet, s.status])).toEqual([
      ["Phụ lục I", "tables"],
      ["Phụ lục II", "tables"],
      ["Số liệu", "tables"],
      ["Chỉ tiêu 2024", "tables"],
      ["Thông tin văn bản", "details"],
    ]);
    // The document's details are named as such, not as numbers left unchecked.
    expect(v.sheets[4]).toMatchObject({
      line: "Bỏ qua: thông tin của văn bản (người ký, nơi nhận…), dùng khi soạn báo cáo, không phải số liệu",
      attention: false,
    });
    const p1 = v.sheets[0];
    expect(p1.line).toBe("1 bảng · 13/13 ô số");
    expect(p1.tables[0].text).toBe("Phụ lục kinh phí A5:E18: 13/13 ô số");
    expect(p1.tables[0].columns.map((c) => c.text)).toEqual(["Cột D (Kinh phí): tổng nhóm, tổng cộng (13/13)"]);
    const fig = v.sheets[2].tables[0];
    expect(fig.text).toBe("Bảng số liệu A5:F31: 32/38 ô số");
    expect(fig.columns.find((c) => c.column === "E")!.text).toBe("Cột E (Tỷ lệ (%)): tỷ lệ E = C / D × 100 (6/10)");
    expect(fig.columns.find((c) => c.column === "C")!.text).toContain("dùng trong E = C / D × 100");
    expect(v.sheets[2].attention).toBe(true);
    expect(v.tone).toBe("warning");
    expect(v.complete).toBe(false);
    expect(v.headline).toBe("Không thấy lỗi trong 63 ô số đã kiểm tra; 6 ô số trên trang Số liệu chưa được kiểm tra");
    expect(v.notChecked.some((l) => l.startsWith("Số liệu!A5:F31 — cột C"))).toBe(true);
  });

  test("a sheet of numbers no table covers and an empty sheet: named, with why; the headline names the sheet", () => {
    const grids = [...templateGrids(), numbers(), empty()];
    const v = coverageView(reportOf(grids).summary, "vi", names(grids));
    const s4 = v.sheets.find((s) => s.sheet === "Sheet4")!;
    expect(s4.status).toBe("numbers");
    expect(s4.attention).toBe(true);
    expect(s4.line).toBe(
      "Bỏ qua: không nhận ra bảng: không thấy cột TT/Nội dung/Kinh phí (dòng gần giống tiêu đề nhất: 1) — 9 ô số không được kiểm tra",
    );
    expect(s4.outside).toEqual(["A2:C5: 9 ô số ngoài mọi bảng, không được kiểm tra"]);
    const blank = v.sheets.find((s) => s.sheet === "Trống")!;
    expect(blank.line).toBe("Bỏ qua: trang tính trống");
    expect(blank.attention).toBe(false);
    expect(v.headline).toBe("Không thấy lỗi trong 63 ô số đã kiểm tra; 15 ô số trên trang Số liệu, Sheet4 chưa được kiểm tra");
    expect(v.tone).toBe("warning");
  });

  test("everything checked and no error: the green all-clear names the count and the tables", () => {
    const grids = [templateGrids()[0], empty()];
    const v = coverageView(reportOf(grids).summary, "vi", names(grids));
    expect(v.tone).toBe("success");
    expect(v.complete).toBe(true);
    expect(v.headline).toBe("Đã kiểm tra 13/13 ô số trong 1 bảng: không có lỗi");
  });

  test("an error: counted, never green", () => {
    const grids = templateGrids({ "Phụ lục I": { D12: 1907 } });
    const v = coverageView(reportOf(grids).summary, "vi", names(grids));
    expect(v.tone).toBe("error");
    expect(v.headline).toMatch(/^1 lỗi trong 63 ô số đã kiểm tra; 6 ô số trên trang Số liệu/);
  });

  test("a sheet the file did not hold: unread, never green", () => {
    const grids = [templateGrids()[0]];
    const report = reportOf(grids);
    report.summary.unreadSheets = ["Module1"];
    const v = coverageView(report.summary, "vi", names(grids));
    expect(v.complete).toBe(false);
    expect(v.tone).toBe("warning");
    expect(v.sheets.at(-1)).toMatchObject({ sheet: "Module1", status: "unread", attention: true });
    expect(v.headline).toBe("Đã kiểm tra 13/13 ô số trong 1 bảng: không có lỗi; không đọc được trang Module1");
  });

  test("in English, numbers stay in Vietnamese notation", () => {
    const grids = [
      ...templateGrids(),
      gridFromValues("Big", [["x", "y"], ...Array.from({ length: 1200 }, (_, i) => [i + 0.5, 2])]),
    ];
    const v = coverageView(reportOf(grids).summary, "en", names(grids));
    expect(v.headline).toMatch(
      /^No errors in the 63 number cells checked; 2\.406 number cells on sheet Số liệu, Big were not checked$/,
    );
    expect(v.sheets[0].tables[0].columns[0].text).toBe("Column D (Kinh phí): group sub-totals, grand total (13/13)");
  });

  test("a report without sheetCoverage (an older engine's) is grouped from its coverage", () => {
    const grids = [...templateGrids(), numbers()];
    const report = reportOf(grids);
    delete report.summary.sheetCoverage;
    const v = coverageView(report.summary, "vi", names(grids));
    // The older engine did not tell the details sheet apart: text only.
    expect(v.sheets.map((s) => s.status)).toEqual(["tables", "tables", "tables", "tables", "text", "numbers"]);
  });
});
