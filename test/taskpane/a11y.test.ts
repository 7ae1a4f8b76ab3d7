/** checkAnnouncement (src/taskpane/a11y.ts): what a screen reader hears when a check ends. */
import type { Finding, Summary } from "../../src/core/findings";
import { checkAnnouncement } from "../../src/taskpane/a11y";

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
