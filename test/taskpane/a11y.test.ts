/** findingAccessibleName / checkAnnouncement (src/taskpane/a11y.ts): what a screen reader hears. */
import type { Finding, Summary } from "../../src/core/findings";
import { checkAnnouncement, findingAccessibleName } from "../../src/taskpane/a11y";

const sum: Finding = {
  code: "SUM_MISMATCH",
  severity: "error",
  sheet: "Phụ lục I",
  cell: "D12",
  message: "Tổng nhóm ghi 1.907 nhưng cộng các dòng được 1.970 (lệch 63).",
  messageId: "groupTotal",
  stated: 1907,
  computed: 1970,
};
const gap: Finding = {
  code: "SUM_RANGE_GAP",
  severity: "error",
  sheet: "Phụ lục I",
  cell: "D12",
  message: "Công thức =SUM(D13:D16) sót dòng 17.",
  messageId: "misses",
};
const asText: Finding = {
  code: "NUMBER_AS_TEXT",
  severity: "warning",
  sheet: "Số liệu",
  cell: "C6",
  message: "Số lưu dạng văn bản.",
  messageId: "text",
};

describe("findingAccessibleName", () => {
  test("severity, then the cell with its sheet, then the title and message", () => {
    expect(findingAccessibleName(sum, "vi")).toBe(
      "Lỗi, Phụ lục I!D12: Tổng không khớp — Tổng nhóm ghi 1.907 nhưng cộng các dòng được 1.970 (lệch 63).",
    );
    expect(findingAccessibleName(asText, "en")).toBe("Warning, Số liệu!C6: Number stored as text — Số lưu dạng văn bản.");
  });

  test("a card merging several findings at one cell: one severity (the worst), every title", () => {
    const name = findingAccessibleName([{ ...sum, severity: "warning" }, gap], "vi");
    expect(name.startsWith("Lỗi, Phụ lục I!D12: Tổng không khớp — ")).toBe(true);
    expect(name).toContain("; Công thức tổng sót hoặc thừa dòng — Công thức =SUM(D13:D16) sót dòng 17.");
  });

  test("no cell: the sheet, or the whole workbook", () => {
    const noTables: Finding = { ...sum, code: "NO_TABLES", sheet: "", cell: "", message: "" };
    expect(findingAccessibleName(noTables, "vi")).toBe("Lỗi, Toàn bảng tính: Không tìm thấy bảng");
    expect(findingAccessibleName({ ...asText, severity: "info", cell: "" }, "en")).toBe(
      "Note, Số liệu: Number stored as text — Số lưu dạng văn bản.",
    );
    expect(findingAccessibleName([], "vi")).toBe("");
  });
});

describe("checkAnnouncement", () => {
  const summary = { checkedCells: 63, numericCells: 69 } as Summary;

  test("the real counts of errors and warnings, and how much was checked", () => {
    const findings = [
      sum,
      gap,
      { ...sum, cell: "D20" },
      asText,
      { ...asText, cell: "C7" },
      { ...asText, severity: "info" as const },
    ];
    expect(checkAnnouncement(findings, summary, "vi")).toBe("Kiểm tra xong: 3 lỗi, 2 cảnh báo; đã kiểm tra 63/69 ô số.");
    expect(checkAnnouncement(findings, summary, "en")).toBe(
      "Check finished — errors: 3, warnings: 2; 63 of 69 number cells checked.",
    );
  });

  test("nothing found: zeroes, never an all-clear beyond what was checked", () => {
    expect(checkAnnouncement([], summary, "vi")).toBe("Kiểm tra xong: 0 lỗi, 0 cảnh báo; đã kiểm tra 63/69 ô số.");
  });
});
