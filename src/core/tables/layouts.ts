/**
 * The layouts the checker reads, as small schematic tables: what the pane draws on first run
 * ("TT | Nội dung | Kinh phí" with a "Tổng cộng" row, a "3=1+2" numbering row, KH | TH | % …).
 * Each is a real table: test/core/tables/layouts.test.ts reads every one with the engine and holds
 * it to its kind, with every number checked and no error.
 */
import type { Text } from "../verify/types";
import type { TableKind } from "./model";

export interface Layout {
  id: string;
  kind: TableKind;
  title: Text;
  /** What is checked in it, in a sentence. */
  checks: Text;
  /** Header row first; then, when `numbering`, the column-numbering row; then the data rows. */
  rows: (string | number | null)[][];
  /** Index in `rows` of the column-numbering row, if any. */
  numbering?: number;
  /** Indexes in `rows` of group and total rows (drawn bold). */
  strong: number[];
}

export const LAYOUTS: readonly Layout[] = [
  {
    id: "appendix",
    kind: "appendix",
    title: { vi: "Phụ lục kinh phí", en: "Budget appendix" },
    checks: {
      vi: "Tổng nhóm và Tổng cộng bằng tổng các dòng của nó.",
      en: "Group sub-totals and the grand total equal the sum of their rows.",
    },
    rows: [
      ["TT", "Nội dung", "Kinh phí"],
      ["I", "Năm 2023", 300],
      [1, "Nhiệm vụ A", 100],
      [2, "Nhiệm vụ B", 200],
      ["II", "Năm 2024", 150],
      [1, "Nhiệm vụ C", 150],
      [null, "Tổng cộng", 450],
    ],
    strong: [1, 4, 6],
  },
  {
    id: "numbering",
    kind: "form",
    title: { vi: "Biểu có dòng đánh số cột", en: "Form with a column-numbering row" },
    checks: {
      vi: "Mỗi dòng theo công thức ở dòng đánh số (3=1+2), và các đề mục cộng dọc.",
      en: "Each row follows the numbering row's formula (3=1+2), and the outline adds up.",
    },
    rows: [
      ["STT", "Nội dung", "NS tỉnh", "NS huyện", "Tổng số"],
      ["A", "B", "1", "2", "3=1+2"],
      ["I", "Chi đầu tư", 120, 80, 200],
      [1, "Dự án A", 70, 30, 100],
      [2, "Dự án B", 50, 50, 100],
    ],
    numbering: 1,
    strong: [2],
  },
  {
    id: "figures",
    kind: "figures",
    title: { vi: "Bảng số liệu", en: "Figures table" },
    checks: {
      vi: "Tỷ lệ = Tử số ÷ Mẫu số × 100; mục 1.1, 1.2 cộng lại bằng mục 1.",
      en: "Rate = numerator ÷ denominator × 100; items 1.1, 1.2 add up to item 1.",
    },
    rows: [
      ["TT", "Chỉ số", "Tử số", "Mẫu số", "Tỷ lệ (%)"],
      ["1", "Hồ sơ trực tuyến", 90, 120, 75],
      ["1.1", "Cấp huyện", 60, 80, 75],
      ["1.2", "Cấp xã", 30, 40, 75],
    ],
    strong: [1],
  },
  {
    id: "plan",
    kind: "form",
    title: { vi: "Kế hoạch và thực hiện", en: "Plan and result" },
    checks: {
      vi: "Tỷ lệ TH/KH = Thực hiện ÷ Kế hoạch × 100, và tổng các dòng.",
      en: "TH/KH rate = result ÷ plan × 100, and the totals of the rows.",
    },
    rows: [
      ["TT", "Chỉ tiêu", "Kế hoạch", "Thực hiện", "TH/KH (%)"],
      [1, "Nhiệm vụ A", 200, 150, 75],
      [2, "Nhiệm vụ B", 100, 100, 100],
      [null, "Tổng cộng", 300, 250, 83.3],
    ],
    strong: [3],
  },
  {
    id: "targets",
    kind: "targets",
    title: { vi: "Bảng chỉ tiêu", en: "Targets table" },
    checks: {
      vi: "Mục tiêu phần trăm trong 0–100%, khoảng “30% đến 50%” có đầu dưới không lớn hơn đầu trên.",
      en: "Percentage targets lie within 0–100%; a range “30% đến 50%” has its lower end below its upper end.",
    },
    rows: [
      ["TT", "Nhóm", "Chỉ tiêu", "Mục tiêu", "Đơn vị"],
      [1, "Chính quyền số", "Hồ sơ trực tuyến", "80% trở lên", "%"],
      [2, "Kinh tế số", "Doanh nghiệp số", "30% đến 50%", "%"],
    ],
    strong: [],
  },
];
