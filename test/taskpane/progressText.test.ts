/** The progress line (src/taskpane/progressText.ts), in both languages. */
import { progressText } from "../../src/taskpane/progressText";

test("the sheet being read, alone or with those read in the same request", () => {
  const one = { stage: "read", first: "Phụ lục I", last: "Phụ lục I", index: 2, lastIndex: 2, count: 4 } as const;
  expect(progressText("vi", "read", one)).toBe("Đang đọc Phụ lục I (2/4)…");
  expect(progressText("en", "read", one)).toBe("Reading Phụ lục I (2/4)…");
  const all = { stage: "read", first: "Phụ lục I", last: "Chỉ tiêu 2024", index: 1, lastIndex: 4, count: 4 } as const;
  expect(progressText("vi", "read", all)).toBe("Đang đọc Phụ lục I … Chỉ tiêu 2024 (1–4/4)…");
});

test("the sheet recognised, the check run (by its title), and the stage alone", () => {
  expect(progressText("vi", "check", { stage: "recognize", sheet: "Số liệu", index: 3, count: 4 })).toBe(
    "Đang nhận dạng các bảng của Số liệu (3/4)…",
  );
  expect(progressText("vi", "check", { stage: "check", code: "SUM_MISMATCH", index: 3, count: 12 })).toBe(
    "Đang đối chiếu: Tổng không khớp (3/12)…",
  );
  expect(progressText("en", "check", { stage: "check", code: "SUM_MISMATCH", index: 3, count: 12 })).toBe(
    "Checking: Total does not add up (3/12)…",
  );
  expect(progressText("vi", "write")).toBe("Đang ghi trang bản thảo");
  expect(progressText("en", "")).toBe("Starting");
});
