/**
 * The layouts of the public form corpus (test/fixtures/forms): modelled on the forms finance
 * staff fill in — budget disclosure forms of Thông tư 343/2016/TT-BTC (cân đối ngân sách, dự
 * toán thu, dự toán chi, quyết toán), commune budgets, digital-transformation plans with
 * funding-source or per-year columns, indicator tables Kế hoạch | Thực hiện | Tỷ lệ, disbursement
 * tables, the report's own appendices (total above, pasted from Word), column-numbering rows,
 * deep outlines, and a workbook with numbers under a header nobody knows.
 *
 * Numbers are invented but plausible (triệu đồng unless said); every parent is computed from its
 * children by testkit/forms/build.ts. Each layout has broken variants with the findings they must
 * give, named by row path and column key.
 */
import type { SheetSpec } from "../../src/core/grid/spec";
import type { Layout, RowDef, Vals } from "./build";
import { toRoman as roman } from "../roman";

const pct = (a: number | undefined, b: number | undefined) =>
  a === undefined || b === undefined || b === 0 ? undefined : (a / b) * 100;
const diff = (a: number | undefined, b: number | undefined) => (a === undefined || b === undefined ? undefined : a - b);
const sum = (...xs: (number | undefined)[]) =>
  xs.every((x) => x === undefined) ? undefined : xs.reduce<number>((s, x) => s + (x ?? 0), 0);
const SIGN = [
  ["", "NGƯỜI LẬP BIỂU", "", "", "THỦ TRƯỞNG ĐƠN VỊ"],
  ["", "(Ký, ghi rõ họ tên)", "", "", "(Ký tên, đóng dấu)"],
  [],
  ["", "Nguyễn Văn Hùng", "", "", "Trần Thị Lan"],
];
const DATE_LINE = [["", "", "", "Phổ Quang, ngày 15 tháng 01 năm 2025"]];

const items = (rows: [string | number, string, Vals, Record<string, string>?][]): RowDef[] =>
  rows.map(([tt, label, v, t]) => ({ tt, label, v, t }));

/* ---------------------------------------------------------------------------------------------- */

const b46: Layout = {
  id: "01-tt343-b46-can-doi-ngan-sach",
  family: "TT 343/2016 Biểu 46 — cân đối ngân sách địa phương",
  description:
    "Sections A/B/C with Roman groups and numbered items; a column-numbering row declares 4=3-1 and 5=3/1; C = A − B written in its label.",
  sketch: `STT | Nội dung | Dự toán 2023 | Ước TH 2023 | Dự toán 2024 | So sánh: Tuyệt đối | Tương đối (%)
 A  |    B     |      1       |      2      |      3       |        4=3-1       |     5=3/1
 A  | TỔNG NGUỒN THU NSĐP …   I Thu NSĐP được hưởng …   II Thu bổ sung …  1 … 2 …
 C  | BỘI THU NSĐP (C = A - B)`,
  sheet: "Biểu 46",
  titles: ["UBND TỈNH QUẢNG NGÃI", "CÂN ĐỐI NGÂN SÁCH ĐỊA PHƯƠNG NĂM 2024", "(Dự toán đã được Hội đồng nhân dân quyết định)"],
  unitLine: "Đơn vị tính: Triệu đồng",
  numberingRow: true,
  columns: [
    { key: "stt", path: ["STT"], kind: "tt", numbering: "A" },
    { key: "nd", path: ["Nội dung"], kind: "label", numbering: "B" },
    { key: "dt23", path: ["Dự toán năm 2023"], kind: "num", numbering: "1" },
    { key: "uth", path: ["Ước thực hiện năm 2023"], kind: "num", numbering: "2" },
    { key: "dt24", path: ["Dự toán năm 2024"], kind: "num", numbering: "3" },
    {
      key: "abs",
      path: ["So sánh", "Tuyệt đối"],
      kind: "num",
      numbering: "4=3-1",
      derive: (v) => diff(v.dt24, v.dt23),
      down: false,
    },
    {
      key: "rel",
      path: ["So sánh", "Tương đối (%)"],
      kind: "num",
      numbering: "5=3/1",
      decimals: 1,
      derive: (v) => pct(v.dt24, v.dt23),
    },
  ],
  rows: [
    {
      tt: "A",
      label: "TỔNG NGUỒN THU NSĐP",
      kids: [
        { tt: "I", label: "Thu NSĐP được hưởng theo phân cấp", v: { dt23: 1850000, uth: 1925400, dt24: 2010500 } },
        {
          tt: "II",
          label: "Thu bổ sung từ ngân sách cấp trên",
          kids: items([
            [1, "Thu bổ sung cân đối ngân sách", { dt23: 6120300, uth: 6120300, dt24: 6458900 }],
            [2, "Thu bổ sung có mục tiêu", { dt23: 1830450, uth: 2210870, dt24: 1915230 }],
          ]),
        },
        { tt: "III", label: "Thu từ quỹ dự trữ tài chính", v: { dt23: 0, uth: 15000, dt24: 0 } },
        { tt: "IV", label: "Thu kết dư", v: { dt23: 0, uth: 98320, dt24: 0 } },
        { tt: "V", label: "Thu chuyển nguồn từ năm trước chuyển sang", v: { dt23: 0, uth: 512340, dt24: 0 } },
      ],
    },
    {
      tt: "B",
      label: "TỔNG CHI NSĐP",
      kids: [
        {
          tt: "I",
          label: "Tổng chi cân đối NSĐP",
          kids: items([
            [1, "Chi đầu tư phát triển", { dt23: 1520300, uth: 1873200, dt24: 1650000 }],
            [2, "Chi thường xuyên", { dt23: 5934250, uth: 6021300, dt24: 6268560 }],
            [3, "Chi trả nợ lãi các khoản do chính quyền địa phương vay", { dt23: 2100, uth: 2100, dt24: 2300 }],
            [4, "Chi bổ sung quỹ dự trữ tài chính", { dt23: 1000, uth: 1000, dt24: 1000 }],
            [5, "Dự phòng ngân sách", { dt23: 165200, uth: 0, dt24: 172450 }],
            [6, "Chi tạo nguồn, điều chỉnh tiền lương", { dt23: 347450, uth: 0, dt24: 375090 }],
          ]),
        },
        {
          tt: "II",
          label: "Chi các chương trình mục tiêu",
          kids: items([
            [1, "Chi các chương trình mục tiêu quốc gia", { dt23: 950300, uth: 1050210, dt24: 1005600 }],
            [2, "Chi các chương trình mục tiêu, nhiệm vụ", { dt23: 880150, uth: 1160660, dt24: 909630 }],
          ]),
        },
        { tt: "III", label: "Chi chuyển nguồn sang năm sau", v: { dt23: 0, uth: 745000, dt24: 0 } },
      ],
    },
    {
      tt: "C",
      label: "BỘI THU NSĐP (C = A - B)",
      declared: (row) => ({
        dt23: diff(row("A").dt23, row("B").dt23),
        uth: diff(row("A").uth, row("B").uth),
        dt24: diff(row("A").dt24, row("B").dt24),
      }),
    },
  ],
  libreoffice: true,
  fullyChecked: false,
  variants: [
    {
      id: "subtotal-typed-over",
      note: "B.I (Tổng chi cân đối) for 2024 typed 10.470.400 over its items",
      edits: [["B/I", "dt24", 10470400]],
      expect: [["SUM_MISMATCH", "B/I", "dt24"]],
    },
    {
      id: "relative-wrong",
      note: "So sánh (%) of A.II.2 typed 112,5 (it is 104,6)",
      edits: [["A/II/2", "rel", 112.5]],
      expect: [["RATE_MISMATCH", "A/II/2", "rel"]],
    },
    {
      id: "difference-wrong",
      note: "C (A − B) for 2024 typed 15.000 (it is 0)",
      edits: [["C", "dt24", 15000]],
      expect: [["SUM_MISMATCH", "C", "dt24"]],
    },
  ],
};

/* ---------------------------------------------------------------------------------------------- */

const b48Rows: RowDef[] = [
  {
    tt: "I",
    label: "Thu nội địa",
    kids: [
      {
        tt: 1,
        label: "Thu từ khu vực DNNN do trung ương quản lý",
        kids: [
          {
            tt: "-",
            label: "Thuế giá trị gia tăng",
            v: { dt23t: 12500, dt23d: 8125, utht: 13240, uthd: 8870, dt24t: 13800, dt24d: 9384 },
          },
          {
            tt: "-",
            label: "Thuế thu nhập doanh nghiệp",
            v: { dt23t: 5200, dt23d: 3380, utht: 5630, uthd: 3772, dt24t: 5900, dt24d: 4130 },
          },
          {
            tt: "-",
            label: "Thuế tài nguyên",
            v: { dt23t: 1850, dt23d: 1295, utht: 1720, uthd: 1187, dt24t: 1900, dt24d: 1254 },
          },
        ],
      },
      {
        tt: 2,
        label: "Thu từ khu vực doanh nghiệp có vốn đầu tư nước ngoài",
        v: { dt23t: 28400, dt23d: 19312, utht: 30150, uthd: 20803, dt24t: 31200, dt24d: 21840 },
      },
      {
        tt: 3,
        label: "Thu từ khu vực kinh tế ngoài quốc doanh",
        v: { dt23t: 96500, dt23d: 64655, utht: 101230, uthd: 68836, dt24t: 108900, dt24d: 75141 },
      },
      {
        tt: 4,
        label: "Lệ phí trước bạ",
        v: { dt23t: 42000, dt23d: 42000, utht: 38760, uthd: 38760, dt24t: 43500, dt24d: 43500 },
      },
      {
        tt: 5,
        label: "Thu tiền sử dụng đất",
        v: { dt23t: 350000, dt23d: 350000, utht: 412300, uthd: 412300, dt24t: 380000, dt24d: 380000 },
      },
    ],
  },
  {
    tt: "II",
    label: "Thu từ hoạt động xuất khẩu, nhập khẩu",
    v: { dt23t: 85000, dt23d: 0, utht: 92310, uthd: 0, dt24t: 90000, dt24d: 0 },
  },
  { tt: "III", label: "Thu viện trợ", v: { dt23t: 0, dt23d: 0, utht: 1250, uthd: 1250, dt24t: 0, dt24d: 0 } },
];

const b48: Layout = {
  id: "02-tt343-b48-du-toan-thu",
  family: "TT 343/2016 Biểu 48 — dự toán thu NSNN",
  description:
    "Total right under the header; three-level outline with '-' tax lines; paired columns under year groups; two So sánh (%) columns whose pairs are found in the numbers.",
  sketch: `STT | Nội dung | Dự toán 2023: Tổng thu NSNN | Thu NSĐP | Ước TH 2023: … | Dự toán 2024: … | So sánh (%): Tổng thu NSNN | Thu NSĐP
    | TỔNG THU NSNN TRÊN ĐỊA BÀN          <- total above its parts
 I  | Thu nội địa
 1  | Thu từ khu vực DNNN …
 -  | Thuế giá trị gia tăng`,
  sheet: "Biểu 48",
  titles: ["DỰ TOÁN THU NGÂN SÁCH NHÀ NƯỚC NĂM 2024"],
  unitLine: "Đơn vị: Triệu đồng",
  columns: [
    { key: "stt", path: ["STT"], kind: "tt" },
    { key: "nd", path: ["Nội dung"], kind: "label" },
    { key: "dt23t", path: ["Dự toán năm 2023", "Tổng thu NSNN"], kind: "num" },
    { key: "dt23d", path: ["Dự toán năm 2023", "Thu NSĐP"], kind: "num" },
    { key: "utht", path: ["Ước thực hiện năm 2023", "Tổng thu NSNN"], kind: "num" },
    { key: "uthd", path: ["Ước thực hiện năm 2023", "Thu NSĐP"], kind: "num" },
    { key: "dt24t", path: ["Dự toán năm 2024", "Tổng thu NSNN"], kind: "num" },
    { key: "dt24d", path: ["Dự toán năm 2024", "Thu NSĐP"], kind: "num" },
    { key: "sst", path: ["So sánh (%)", "Tổng thu NSNN"], kind: "num", decimals: 1, derive: (v) => pct(v.dt24t, v.dt23t) },
    { key: "ssd", path: ["So sánh (%)", "Thu NSĐP"], kind: "num", decimals: 1, derive: (v) => pct(v.dt24d, v.dt23d) },
  ],
  rows: b48Rows,
  total: { label: "TỔNG THU NSNN TRÊN ĐỊA BÀN", position: "top" },
  signature: DATE_LINE,
  variants: [
    {
      id: "total-above-typed",
      note: "the total above its parts, 2024 Tổng thu NSNN, typed 1 000 more",
      edits: [["TOTAL", "dt24t", 676200]],
      expect: [["SUM_MISMATCH", "TOTAL", "dt24t"]],
    },
    {
      id: "dash-line-wrong",
      note: "a '-' tax line (Thuế TNDN, Ước TH Tổng thu) typed 5.360 instead of 5.630",
      edits: [["I/1/Thuế thu nhập doanh nghiệp", "utht", 5360]],
      expect: [["SUM_MISMATCH", "I/1", "utht"]],
    },
    {
      id: "compare-wrong",
      note: "So sánh (%) Thu NSĐP of I.3 typed 106,2 (it is 116,2)",
      edits: [["I/3", "ssd", 106.2]],
      expect: [["RATE_MISMATCH", "I/3", "ssd"]],
    },
  ],
};

/* ---------------------------------------------------------------------------------------------- */

const b49: Layout = {
  id: "03-tt343-b49-du-toan-chi-trong-do",
  family: "TT 343/2016 Biểu 49 — dự toán chi theo lĩnh vực, with 'Trong đó' breakdowns",
  description:
    "Chi đầu tư / chi thường xuyên each followed by 'Trong đó:' lines that are a subset (never summed as parts); So sánh absolute and %.",
  sketch: `STT | Nội dung | Dự toán 2023 | Dự toán 2024 | So sánh: Tuyệt đối | Tương đối (%)
    | TỔNG CHI NGÂN SÁCH ĐỊA PHƯƠNG
 A  | Chi cân đối ngân sách địa phương
 II | Chi thường xuyên
    | Trong đó:
 -  | Chi giáo dục - đào tạo và dạy nghề     <- part of II's breakdown, ≤ II`,
  sheet: "Biểu 49",
  titles: ["DỰ TOÁN CHI NGÂN SÁCH ĐỊA PHƯƠNG THEO LĨNH VỰC NĂM 2024"],
  unitLine: "Đơn vị tính: Triệu đồng",
  columns: [
    { key: "stt", path: ["STT"], kind: "tt" },
    { key: "nd", path: ["Nội dung"], kind: "label" },
    { key: "dt23", path: ["Dự toán năm 2023"], kind: "num" },
    { key: "dt24", path: ["Dự toán năm 2024"], kind: "num" },
    { key: "abs", path: ["So sánh", "Tuyệt đối"], kind: "num", derive: (v) => diff(v.dt24, v.dt23), down: false },
    { key: "rel", path: ["So sánh", "Tương đối (%)"], kind: "num", decimals: 1, derive: (v) => pct(v.dt24, v.dt23) },
  ],
  rows: [
    {
      tt: "A",
      label: "Chi cân đối ngân sách địa phương",
      kids: [
        {
          tt: "I",
          label: "Chi đầu tư phát triển",
          v: { dt23: 1520300, dt24: 1650000 },
          breakdown: [
            { tt: "-", label: "Chi giáo dục - đào tạo và dạy nghề", v: { dt23: 312000, dt24: 355000 } },
            { tt: "-", label: "Chi khoa học và công nghệ", v: { dt23: 15200, dt24: 18400 } },
          ],
        },
        {
          tt: "II",
          label: "Chi thường xuyên",
          v: { dt23: 5934250, dt24: 6268560 },
          breakdown: [
            { tt: "-", label: "Chi giáo dục - đào tạo và dạy nghề", v: { dt23: 2450300, dt24: 2612800 } },
            { tt: "-", label: "Chi khoa học và công nghệ", v: { dt23: 28450, dt24: 31200 } },
            { tt: "-", label: "Chi y tế, dân số và gia đình", v: { dt23: 612300, dt24: 640150 } },
          ],
        },
        { tt: "III", label: "Dự phòng ngân sách", v: { dt23: 165200, dt24: 172450 } },
      ],
    },
    {
      tt: "B",
      label: "Chi các chương trình mục tiêu",
      kids: items([
        [1, "Chi các chương trình mục tiêu quốc gia", { dt23: 950300, dt24: 1005600 }],
        [2, "Chi các chương trình mục tiêu, nhiệm vụ", { dt23: 880150, dt24: 909630 }],
      ]),
    },
  ],
  total: { label: "TỔNG CHI NGÂN SÁCH ĐỊA PHƯƠNG", position: "top" },
  fullyChecked: true,
  variants: [
    {
      id: "breakdown-exceeds",
      note: "'Chi y tế' in II's breakdown typed 3.800.000 for 2024 (its So sánh recomputed): the breakdown exceeds Chi thường xuyên",
      edits: [
        ["A/II/Chi y tế, dân số và gia đình", "dt24", 3800000],
        ["A/II/Chi y tế, dân số và gia đình", "abs", 3187700],
        ["A/II/Chi y tế, dân số và gia đình", "rel", 620.6],
      ],
      expect: [["SUBSET_EXCEEDS", "A/II", "dt24"]],
    },
    {
      id: "relative-wrong",
      note: "Tương đối (%) of B.1 typed 150,8",
      edits: [["B/1", "rel", 150.8]],
      expect: [["RATE_MISMATCH", "B/1", "rel"]],
    },
    {
      id: "total-typed",
      note: "the total above, 2023, typed 9.800.570",
      edits: [["TOTAL", "dt23", 9800570]],
      expect: [["SUM_MISMATCH", "TOTAL", "dt23"]],
    },
  ],
};

/* ---------------------------------------------------------------------------------------------- */

const settlement: Layout = {
  id: "04-quyet-toan-qt-dt",
  family: "Quyết toán chi — Dự toán | Quyết toán | So sánh QT/DT (%)",
  description:
    "Roman groups, items with a) b) parts, amounts with two decimals, =SUM formulas for the parents; the rate column is named by its header (QT/DT); 'Tổng cộng' below.",
  sketch: `STT | Nội dung | Dự toán | Quyết toán | So sánh QT/DT (%)
 I  | Chi thường xuyên          =SUM(…)
 1  | Chi quản lý hành chính    =SUM(…)
 a) | Quỹ lương
    | Tổng cộng`,
  sheet: "Quyết toán",
  titles: ["QUYẾT TOÁN CHI NGÂN SÁCH XÃ NĂM 2024"],
  unitLine: "Đơn vị tính: Triệu đồng",
  columns: [
    { key: "stt", path: ["STT"], kind: "tt" },
    { key: "nd", path: ["Nội dung"], kind: "label" },
    { key: "dt", path: ["Dự toán"], kind: "num", decimals: 2 },
    { key: "qt", path: ["Quyết toán"], kind: "num", decimals: 2 },
    { key: "ss", path: ["So sánh QT/DT (%)"], kind: "num", decimals: 2, derive: (v) => pct(v.qt, v.dt) },
  ],
  rows: [
    {
      tt: "I",
      label: "Chi thường xuyên",
      kids: [
        {
          tt: 1,
          label: "Chi quản lý hành chính",
          kids: items([
            ["a)", "Quỹ lương", { dt: 5120, qt: 5086.5 }],
            ["b)", "Chi hoạt động", { dt: 1830, qt: 1792.3 }],
          ]),
        },
        { tt: 2, label: "Chi sự nghiệp văn hóa thông tin", v: { dt: 420, qt: 398.75 } },
        { tt: 3, label: "Chi sự nghiệp kinh tế", v: { dt: 960, qt: 905 } },
      ],
    },
    {
      tt: "II",
      label: "Chi đầu tư phát triển",
      kids: items([
        [1, "Dự án nâng cấp hạ tầng công nghệ thông tin", { dt: 2500, qt: 2380.45 }],
        [2, "Dự án số hóa tài liệu lưu trữ", { dt: 800, qt: 765 }],
      ]),
    },
  ],
  total: { label: "Tổng cộng", position: "bottom" },
  formulas: true,
  signature: SIGN,
  fullyChecked: true,
  variants: [
    {
      id: "part-typed",
      note: "a) Quỹ lương, Quyết toán, typed 5.068,50",
      edits: [["I/1/a)", "qt", 5068.5]],
      expect: [["SUM_MISMATCH", "I/1/a)", "qt"]],
    },
    {
      id: "rate-wrong",
      note: "So sánh of II.1 typed 95,12 (it is 95,22)",
      edits: [["II/1", "ss", 95.12]],
      expect: [["RATE_MISMATCH", "II/1", "ss"]],
    },
    {
      id: "total-typed",
      note: "Tổng cộng, Dự toán, typed 11.360 (it is 11.630)",
      edits: [["TOTAL", "dt", 11360]],
      expect: [["SUM_MISMATCH", "TOTAL", "dt"]],
    },
  ],
};

/* ---------------------------------------------------------------------------------------------- */

const commune: Layout = {
  id: "05-xa-thu-chi-numbering",
  family: "Ngân sách xã — cân đối thu, chi (xã, phường since 1 July 2025)",
  description:
    "A commune's budget: A TỔNG THU / B TỔNG CHI, Roman groups, a numbering row 'A B 1 2 3=2/1'; saved by LibreOffice.",
  sketch: `STT | Nội dung | Dự toán năm 2025 | Ước thực hiện năm 2025 | So sánh (%)
 A  |    B     |        1         |           2            |    3=2/1
 A  | TỔNG THU NGÂN SÁCH XÃ
 I  | Các khoản thu xã hưởng 100%
 1  | Phí, lệ phí`,
  sheet: "Thu chi xã",
  titles: ["UBND XÃ PHỔ QUANG", "CÂN ĐỐI THU, CHI NGÂN SÁCH XÃ NĂM 2025"],
  unitLine: "Đơn vị tính: Triệu đồng",
  numberingRow: true,
  columns: [
    { key: "stt", path: ["STT"], kind: "tt", numbering: "A" },
    { key: "nd", path: ["Nội dung"], kind: "label", numbering: "B" },
    { key: "dt", path: ["Dự toán năm 2025"], kind: "num", decimals: 1, numbering: "1" },
    { key: "uth", path: ["Ước thực hiện năm 2025"], kind: "num", decimals: 1, numbering: "2" },
    { key: "ss", path: ["So sánh (%)"], kind: "num", decimals: 1, numbering: "3=2/1", derive: (v) => pct(v.uth, v.dt) },
  ],
  rows: [
    {
      tt: "A",
      label: "TỔNG THU NGÂN SÁCH XÃ",
      kids: [
        {
          tt: "I",
          label: "Các khoản thu xã hưởng 100%",
          kids: items([
            [1, "Phí, lệ phí", { dt: 45, uth: 52.3 }],
            [2, "Thu từ quỹ đất công ích và hoa lợi công sản", { dt: 120, uth: 131.5 }],
            [3, "Thu khác", { dt: 30, uth: 27.8 }],
          ]),
        },
        {
          tt: "II",
          label: "Các khoản thu phân chia theo tỷ lệ phần trăm (%)",
          kids: items([
            [1, "Thuế sử dụng đất phi nông nghiệp", { dt: 85, uth: 88.2 }],
            [2, "Lệ phí trước bạ nhà, đất", { dt: 210, uth: 236.4 }],
          ]),
        },
        {
          tt: "III",
          label: "Thu bổ sung từ ngân sách cấp trên",
          kids: items([
            [1, "Thu bổ sung cân đối", { dt: 6850, uth: 6850 }],
            [2, "Thu bổ sung có mục tiêu", { dt: 1120, uth: 1245.6 }],
          ]),
        },
      ],
    },
    {
      tt: "B",
      label: "TỔNG CHI NGÂN SÁCH XÃ",
      kids: [
        { tt: "I", label: "Chi đầu tư phát triển", v: { dt: 1500, uth: 1620.4 } },
        {
          tt: "II",
          label: "Chi thường xuyên",
          kids: items([
            [1, "Chi quốc phòng", { dt: 120, uth: 118.5 }],
            [2, "Chi an ninh, trật tự, an toàn xã hội", { dt: 95, uth: 97.2 }],
            [3, "Chi sự nghiệp giáo dục", { dt: 310, uth: 305.6 }],
            [4, "Chi quản lý nhà nước, Đảng, đoàn thể", { dt: 5200, uth: 5265.8 }],
            [5, "Chi khác", { dt: 85, uth: 76.3 }],
          ]),
        },
        { tt: "III", label: "Dự phòng ngân sách", v: { dt: 150, uth: 0 } },
      ],
    },
  ],
  signature: SIGN,
  libreoffice: true,
  fullyChecked: true,
  variants: [
    {
      id: "item-typed",
      note: "A.I.2 ước thực hiện typed 141,5 (it is 131,5)",
      edits: [["A/I/2", "uth", 141.5]],
      expect: [["SUM_MISMATCH", "A/I/2", "uth"]],
    },
    {
      id: "rate-wrong",
      note: "So sánh of B.II.4 typed 110,3 (it is 101,3)",
      edits: [["B/II/4", "ss", 110.3]],
      expect: [["RATE_MISMATCH", "B/II/4", "ss"]],
    },
  ],
};

/* ---------------------------------------------------------------------------------------------- */

const sources = (nstw: number, nst: number, nsx: number, khac: number): Vals => ({ nstw, nst, nsx, khac });
const funding: Layout = {
  id: "06-cds-nguon-von",
  family: "Kế hoạch chuyển đổi số — Tổng kinh phí | Nguồn vốn (NS Trung ương | NS tỉnh | NS xã | Nguồn khác)",
  description:
    "Roman groups with stated sub-totals in every column; Tổng kinh phí = the sum of the funding-source columns on every row; 'Tổng cộng' below.",
  sketch: `STT | Nhiệm vụ | Đơn vị chủ trì | Tổng kinh phí | Nguồn vốn: NS Trung ương | NS tỉnh | NS xã | Nguồn khác | Thời gian
 I  | Hạ tầng số |             |  1.095        |          0               |   630   |  365  |    100     |
 1  | Nâng cấp mạng LAN …      |    470        |          0               |   350   |  120  |     0      | 2025`,
  sheet: "Kế hoạch CĐS 2025",
  titles: ["PHỤ LỤC", "DANH MỤC NHIỆM VỤ CHUYỂN ĐỔI SỐ NĂM 2025 CỦA PHƯỜNG TRƯƠNG QUANG TRỌNG"],
  unitLine: "Đơn vị tính: Triệu đồng",
  columns: [
    { key: "stt", path: ["STT"], kind: "tt" },
    { key: "nd", path: ["Nhiệm vụ"], kind: "label" },
    { key: "dv", path: ["Đơn vị chủ trì"], kind: "text" },
    { key: "tong", path: ["Tổng kinh phí"], kind: "num", derive: (v) => sum(v.nstw, v.nst, v.nsx, v.khac), down: true },
    { key: "nstw", path: ["Nguồn vốn", "NS Trung ương"], kind: "num" },
    { key: "nst", path: ["Nguồn vốn", "NS tỉnh"], kind: "num" },
    { key: "nsx", path: ["Nguồn vốn", "NS xã"], kind: "num" },
    { key: "khac", path: ["Nguồn vốn", "Nguồn khác"], kind: "num" },
    { key: "tg", path: ["Thời gian thực hiện"], kind: "text" },
  ],
  rows: [
    {
      tt: "I",
      label: "Hạ tầng số",
      kids: [
        {
          tt: 1,
          label: "Nâng cấp mạng LAN, đường truyền tại trụ sở UBND phường",
          v: sources(0, 350, 120, 0),
          t: { dv: "Văn phòng HĐND và UBND phường", tg: "2025" },
        },
        {
          tt: 2,
          label: "Trang bị máy tính cho Bộ phận một cửa",
          v: sources(0, 280, 95, 0),
          t: { dv: "Văn phòng HĐND và UBND phường", tg: "2025" },
        },
        {
          tt: 3,
          label: "Lắp đặt camera giám sát an ninh trật tự",
          v: sources(0, 0, 150, 85),
          t: { dv: "Công an phường", tg: "2025" },
        },
      ],
    },
    {
      tt: "II",
      label: "Chính quyền số",
      kids: [
        {
          tt: 1,
          label: "Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính",
          v: sources(500, 420, 60, 0),
          t: { dv: "Văn phòng HĐND và UBND phường", tg: "2025" },
        },
        {
          tt: 2,
          label: "Triển khai phần mềm quản lý văn bản và điều hành",
          v: sources(0, 180, 45, 0),
          t: { dv: "Phòng Văn hóa - Xã hội", tg: "2025" },
        },
      ],
    },
    {
      tt: "III",
      label: "Chuyển đổi số cộng đồng",
      kids: [
        {
          tt: 1,
          label: "Tập huấn Tổ công nghệ số cộng đồng",
          v: sources(0, 0, 35, 12),
          t: { dv: "Phòng Văn hóa - Xã hội", tg: "Quý II/2025" },
        },
        {
          tt: 2,
          label: "Tuyên truyền về chuyển đổi số",
          v: sources(0, 0, 25, 0),
          t: { dv: "Phòng Văn hóa - Xã hội", tg: "Cả năm" },
        },
      ],
    },
  ],
  total: { label: "Tổng cộng", position: "bottom" },
  fullyChecked: true,
  variants: [
    {
      id: "source-typed",
      note: "II.1 NS tỉnh typed 240 (it is 420): its row total and the group's NS tỉnh both break — one finding, at the cell",
      edits: [["II/1", "nst", 240]],
      expect: [["SUM_MISMATCH", "II/1", "nst"]],
    },
    {
      id: "row-total-typed",
      note: "I.3 Tổng kinh phí typed 255 (it is 235)",
      edits: [["I/3", "tong", 255]],
      expect: [["SUM_MISMATCH", "I/3", "tong"]],
    },
    {
      id: "total-source-typed",
      note: "Tổng cộng, NS xã, typed 350 (it is 530)",
      edits: [["TOTAL", "nsx", 350]],
      expect: [["SUM_MISMATCH", "TOTAL", "nsx"]],
    },
  ],
};

/* ---------------------------------------------------------------------------------------------- */

const years = (a: number, b: number, c: number, d: number, e: number): Vals => ({ y21: a, y22: b, y23: c, y24: d, y25: e });
const perYear: Layout = {
  id: "07-cds-theo-nam",
  family: "Kế hoạch chuyển đổi số 2021–2025 — Tổng | Chia ra theo năm",
  description:
    "Total right under the header; per-year columns under 'Chia ra theo năm' whose sub-headers are the years typed as numbers; '-' lines under an item; saved by LibreOffice.",
  sketch: `STT | Nội dung | Tổng | Chia ra theo năm: 2021 | 2022 | 2023 | 2024 | 2025
    | TỔNG CỘNG
 1  | Hạ tầng số
 -  | Mạng LAN, đường truyền`,
  sheet: "KH 2021-2025",
  titles: ["KẾ HOẠCH KINH PHÍ CHUYỂN ĐỔI SỐ GIAI ĐOẠN 2021 - 2025"],
  unitLine: "Đơn vị tính: Triệu đồng",
  columns: [
    { key: "stt", path: ["STT"], kind: "tt" },
    { key: "nd", path: ["Nội dung"], kind: "label" },
    { key: "tong", path: ["Tổng"], kind: "num", derive: (v) => sum(v.y21, v.y22, v.y23, v.y24, v.y25), down: true },
    { key: "y21", path: ["Chia ra theo năm", "2021"], kind: "num" },
    { key: "y22", path: ["Chia ra theo năm", "2022"], kind: "num" },
    { key: "y23", path: ["Chia ra theo năm", "2023"], kind: "num" },
    { key: "y24", path: ["Chia ra theo năm", "2024"], kind: "num" },
    { key: "y25", path: ["Chia ra theo năm", "2025"], kind: "num" },
  ],
  rows: [
    {
      tt: 1,
      label: "Hạ tầng số",
      kids: [
        { tt: "-", label: "Mạng LAN, đường truyền", v: years(150, 80, 60, 90, 70) },
        { tt: "-", label: "Máy tính, máy quét tài liệu", v: years(120, 95, 110, 130, 140) },
      ],
    },
    { tt: 2, label: "Nền tảng số, dữ liệu số", v: years(200, 350, 420, 380, 300) },
    { tt: 3, label: "Bảo đảm an toàn thông tin mạng", v: years(50, 75, 120, 150, 160) },
    { tt: 4, label: "Phát triển nhân lực số", v: years(30, 45, 60, 60, 65) },
    { tt: 5, label: "Tuyên truyền, nâng cao nhận thức", v: years(15, 20, 25, 25, 30) },
  ],
  total: { label: "TỔNG CỘNG", position: "top" },
  libreoffice: true,
  fullyChecked: true,
  variants: [
    {
      id: "year-typed",
      note: "'Máy tính' 2024 typed 203 (it is 130)",
      edits: [["1/Máy tính, máy quét tài liệu", "y24", 203]],
      expect: [["SUM_MISMATCH", "1/Máy tính, máy quét tài liệu", "y24"]],
    },
    {
      id: "total-year-typed",
      note: "TỔNG CỘNG 2023 typed 805 (it is 795)",
      edits: [["TOTAL", "y23", 805]],
      expect: [["SUM_MISMATCH", "TOTAL", "y23"]],
    },
  ],
};

/* ---------------------------------------------------------------------------------------------- */

const indicators: Layout = {
  id: "08-chi-tieu-kh-th",
  family: "Chỉ tiêu — Kế hoạch | Thực hiện | Tỷ lệ thực hiện (%)",
  description:
    "An indicator table with a unit column: counts add up under their parent (a), b)); a percentage row is never added; Tỷ lệ thực hiện = Thực hiện / Kế hoạch × 100, named by its header.",
  sketch: `STT | Chỉ tiêu | Đơn vị tính | Kế hoạch năm 2025 | Thực hiện năm 2025 | Tỷ lệ thực hiện (%)
 1  | Hồ sơ TTHC tiếp nhận trực tuyến | hồ sơ | 1.500 | 1.440 | 96,0
 a) | Cấp xã                          | hồ sơ | 1.200 | 1.086 | 90,5
 2  | Tỷ lệ hồ sơ giải quyết đúng hạn | %     |    98 |  96,5 | 98,5`,
  sheet: "Chỉ tiêu 2025",
  titles: ["KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU CHUYỂN ĐỔI SỐ NĂM 2025"],
  columns: [
    { key: "stt", path: ["STT"], kind: "tt" },
    { key: "ct", path: ["Chỉ tiêu"], kind: "label" },
    { key: "dvt", path: ["Đơn vị tính"], kind: "text" },
    { key: "kh", path: ["Kế hoạch năm 2025"], kind: "num", decimals: 0 },
    { key: "th", path: ["Thực hiện năm 2025"], kind: "num", decimals: 1 },
    { key: "tl", path: ["Tỷ lệ thực hiện (%)"], kind: "num", decimals: 1, derive: (v) => pct(v.th, v.kh) },
  ],
  rows: [
    {
      tt: 1,
      label: "Hồ sơ thủ tục hành chính tiếp nhận trực tuyến",
      t: { dvt: "hồ sơ" },
      kids: [
        { tt: "a)", label: "Cấp xã", v: { kh: 1200, th: 1086 }, t: { dvt: "hồ sơ" } },
        { tt: "b)", label: "Cấp tỉnh chuyển về", v: { kh: 300, th: 354 }, t: { dvt: "hồ sơ" } },
      ],
    },
    { tt: 2, label: "Tỷ lệ hồ sơ giải quyết đúng hạn", v: { kh: 98, th: 96.5 }, t: { dvt: "%" } },
    { tt: 3, label: "Người dân có tài khoản định danh điện tử mức 2", v: { kh: 8500, th: 9120 }, t: { dvt: "người" } },
    { tt: 4, label: "Tổ công nghệ số cộng đồng hoạt động hiệu quả", v: { kh: 12, th: 12 }, t: { dvt: "tổ" } },
    { tt: 5, label: "Cán bộ, công chức được tập huấn kỹ năng số", v: { kh: 45, th: 51 }, t: { dvt: "người" } },
  ],
  fullyChecked: false,
  variants: [
    {
      id: "part-typed",
      note: "b) Thực hiện typed 345 (it is 354)",
      edits: [["1/b)", "th", 345]],
      expect: [["SUM_MISMATCH", "1/b)", "th"]],
    },
    {
      id: "rate-wrong",
      note: "Tỷ lệ of 3 typed 170,3 (it is 107,3)",
      edits: [["3", "tl", 170.3]],
      expect: [["RATE_MISMATCH", "3", "tl"]],
    },
  ],
};

/* ---------------------------------------------------------------------------------------------- */

const disbursement: Layout = {
  id: "09-giai-ngan",
  family: "Giải ngân vốn đầu tư — Kế hoạch vốn | Giải ngân | Tỷ lệ giải ngân (%)",
  description:
    "Letter sections A/B with numbered projects; 'TỔNG SỐ' right under the header; Tỷ lệ giải ngân named by its header.",
  sketch: `STT | Tên dự án | Kế hoạch vốn năm 2024 | Giải ngân đến 31/01/2025 | Tỷ lệ giải ngân (%)
    | TỔNG SỐ
 A  | Vốn ngân sách tỉnh
 1  | Trung tâm dữ liệu cấp xã`,
  sheet: "Giải ngân",
  titles: ["TÌNH HÌNH GIẢI NGÂN VỐN ĐẦU TƯ CÔNG NĂM 2024"],
  unitLine: "Đơn vị tính: Triệu đồng",
  columns: [
    { key: "stt", path: ["STT"], kind: "tt" },
    { key: "da", path: ["Tên dự án"], kind: "label" },
    { key: "kh", path: ["Kế hoạch vốn năm 2024"], kind: "num", decimals: 1 },
    { key: "gn", path: ["Giải ngân đến 31/01/2025"], kind: "num", decimals: 1 },
    { key: "tl", path: ["Tỷ lệ giải ngân (%)"], kind: "num", decimals: 1, derive: (v) => pct(v.gn, v.kh) },
  ],
  rows: [
    {
      tt: "A",
      label: "Vốn ngân sách tỉnh",
      kids: items([
        [1, "Trung tâm dữ liệu cấp xã", { kh: 3200, gn: 2944 }],
        [2, "Hệ thống hội nghị truyền hình trực tuyến", { kh: 1800, gn: 1800 }],
      ]),
    },
    {
      tt: "B",
      label: "Vốn ngân sách xã",
      kids: items([
        [1, "Nâng cấp Bộ phận một cửa", { kh: 650, gn: 512.5 }],
        [2, "Mua sắm thiết bị số hóa", { kh: 420, gn: 398.2 }],
        [3, "Camera giám sát an ninh", { kh: 280, gn: 140 }],
      ]),
    },
  ],
  total: { label: "TỔNG SỐ", position: "top" },
  fullyChecked: true,
  variants: [
    {
      id: "disbursed-typed",
      note: "A.1 Giải ngân typed 2.494 (it is 2.944)",
      edits: [["A/1", "gn", 2494]],
      expect: [["SUM_MISMATCH", "A/1", "gn"]],
    },
    {
      id: "rate-wrong",
      note: "Tỷ lệ of B.3 typed 5,0 (it is 50,0)",
      edits: [["B/3", "tl", 5]],
      expect: [["RATE_MISMATCH", "B/3", "tl"]],
    },
  ],
};

/* ---------------------------------------------------------------------------------------------- */

const pl1Rows: RowDef[] = [
  {
    label: "Từ năm 2021-2022",
    kids: items([
      [
        1,
        "Hệ thống Hội nghị truyền hình 3 cấp - tỉnh huyện xã; đảm bảo kết nối 4 cấp theo yêu cầu của Chính phủ",
        { kp: 6100 },
        { kq: "2021", gc: "(Nguồn vốn ngân sách thị xã và ngân sách tỉnh hỗ trợ)" },
      ],
      [
        2,
        "Trung tâm Điều hành Thông minh IOC cho thị xã Đức Phổ",
        { kp: 92.46 },
        { kq: "2022", gc: "(Chưa tính nguồn kinh phí do VNPT tài trợ)" },
      ],
      [3, "Mua sắm Ipad phục vụ Phòng họp không giấy", { kp: 480 }, { kq: "2022", gc: "(Nguồn vốn ngân sách thị xã)" }],
      [
        4,
        "Nâng cao chất lượng hoạt động Trang thông tin điện tử thị xã và xã, phường",
        { kp: 120 },
        { kq: "2022", gc: "(Nguồn vốn ngân sách thị xã)" },
      ],
      [
        5,
        "Duy trì hoạt động Bộ phận một cửa hiện đại tại UBND thị xã",
        { kp: 200 },
        { kq: "2022", gc: "(Nguồn vốn ngân sách thị xã)" },
      ],
    ]),
  },
  {
    label: "Năm 2023",
    kids: items([
      [
        1,
        "Nâng cao chất lượng hoạt động Trang thông tin điện tử thị xã và xã, phường",
        { kp: 120 },
        { kq: "2023", gc: "(Nguồn vốn ngân sách thị xã)" },
      ],
      [
        2,
        "Duy trì hoạt động Bộ phận một cửa hiện đại tại UBND thị xã",
        { kp: 300 },
        { kq: "2023", gc: "(Nguồn vốn ngân sách thị xã)" },
      ],
      [
        3,
        "Đầu tư mua sắm trang thiết bị cho Bộ phận tiếp nhận và giải quyết TTHC các xã, phường",
        { kp: 700 },
        { kq: "2023", gc: "(Nguồn vốn ngân sách thị xã)" },
      ],
      [4, "Tập huấn về công tác Chuyển đổi số", { kp: 300 }, { kq: "2023", gc: "(Nguồn vốn ngân sách thị xã)" }],
      [5, "Thực hiện các nhiệm vụ Chuyển đổi số năm 2023", { kp: 550 }, { kq: "2023", gc: "(Nguồn vốn ngân sách tỉnh)" }],
    ]),
  },
];
const pl1Columns: Layout["columns"] = [
  { key: "tt", path: ["TT"], kind: "tt" },
  { key: "nd", path: ["Nội dung/Nhiệm vụ/Dự án"], kind: "label" },
  { key: "kq", path: ["Kết quả, tiến độ thực hiện"], kind: "text" },
  { key: "kp", path: ["Kinh phí"], kind: "num", decimals: 2 },
  { key: "gc", path: ["Ghi chú"], kind: "text" },
];

const totalAbove: Layout = {
  id: "10-phu-luc-i-tong-tren",
  family: "Phụ lục I of the report — 'TỔNG CỘNG' right under the header",
  description:
    "The report's Phụ lục I (8.962,46 = 6.992,46 + 1.970) with its total above the groups: nothing below the total may go unchecked.",
  sketch: `TT | Nội dung/Nhiệm vụ/Dự án | Kết quả, tiến độ thực hiện | Kinh phí | Ghi chú
   | TỔNG CỘNG                                              | 8.962,46
   | Từ năm 2021-2022                                       | 6.992,46
 1 | Hệ thống Hội nghị truyền hình 3 cấp …       | 2021     | 6.100`,
  sheet: "Phụ lục I",
  titles: ["PHỤ LỤC I", "DANH MỤC NỘI DUNG BỐ TRÍ KINH PHÍ THỰC HIỆN CÔNG TÁC CHUYỂN ĐỔI SỐ TỪ NĂM 2021 ĐẾN NĂM 2023"],
  unitLine: "Đơn vị tính: Triệu đồng.",
  columns: pl1Columns,
  rows: pl1Rows,
  total: { label: "TỔNG CỘNG", position: "top" },
  fullyChecked: true,
  variants: [
    {
      id: "subtotal-typed-over",
      note: "the 'Năm 2023' sub-total typed 1.907 (it is 1.970), below the total",
      edits: [["Năm 2023", "kp", 1907]],
      expect: [["SUM_MISMATCH", "Năm 2023", "kp"]],
    },
    {
      id: "total-typed",
      note: "TỔNG CỘNG typed 8.926,46",
      edits: [["TOTAL", "kp", 8926.46]],
      expect: [["SUM_MISMATCH", "TOTAL", "kp"]],
    },
  ],
};

/* ---------------------------------------------------------------------------------------------- */

const pl2Item = (tt: number, nd: string, kp: number, nv = "Ngân sách thị xã"): RowDef => ({
  tt,
  label: nd,
  v: { kp },
  t: { dv: "Phòng Văn hóa và Thông tin thị xã", nv, tg: "2024" },
});
const wordPaste: Layout = {
  id: "11-phu-luc-ii-dan-tu-word",
  family: "Phụ lục II of the report — pasted from Word",
  description:
    "Numbers as Vietnamese-notation text, the two-row header repeated on every page, Roman groups without sub-totals, 'Tổng cộng:' and a signature block with names below.",
  sketch: `STT | Nội dung nhiệm vụ | Đơn vị chủ trì | Kinh phí và nguồn vốn: Kinh phí | Nguồn vốn | Thời gian
 I  | Nhóm phát triển chính quyền số
 1  | Duy trì hoạt động Trang thông tin điện tử thị xã | … | "120" | Ngân sách thị xã | 2024
    | Tổng cộng:                                              "13.570"
    NGƯỜI LẬP BIỂU … Nguyễn Văn Hùng          <- ends the table, never read as an amount`,
  sheet: "Phụ lục II",
  titles: ["PHỤ LỤC II", "DANH MỤC NỘI DUNG, NHIỆM VỤ PHÁT TRIỂN CHUYỂN ĐỔI SỐ THỊ XÃ ĐỨC PHỔ NĂM 2024"],
  unitLine: "Đơn vị tính: Triệu đồng",
  columns: [
    { key: "stt", path: ["STT"], kind: "tt" },
    { key: "nd", path: ["Nội dung nhiệm vụ"], kind: "label" },
    { key: "dv", path: ["Đơn vị chủ trì"], kind: "text" },
    { key: "kp", path: ["Kinh phí và nguồn vốn", "Kinh phí"], kind: "num" },
    { key: "nv", path: ["Kinh phí và nguồn vốn", "Nguồn vốn"], kind: "text" },
    { key: "tg", path: ["Thời gian thực hiện"], kind: "text" },
  ],
  rows: [
    {
      tt: "I",
      label: "Nhóm phát triển chính quyền số",
      blank: true,
      kids: [
        pl2Item(1, "Duy trì hoạt động Trang thông tin điện tử thị xã", 120, "Chi thường xuyên, ngân sách thị xã"),
        pl2Item(2, "Tổ chức các hội nghị, hội thảo về “Chính quyền điện tử và chuyển đổi số”", 100),
        pl2Item(3, "Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính", 2000, "Ngân sách tỉnh, ngân sách thị xã"),
        pl2Item(4, "Triển khai hệ thống phòng họp không giấy tờ", 1000, "Ngân sách tỉnh"),
        pl2Item(5, "Hệ thống Hội nghị truyền hình trực tuyến", 200),
        pl2Item(6, "Đầu tư, nâng cấp trang thiết bị cho Bộ phận tiếp nhận và trả kết quả giải quyết TTHC", 1000),
      ],
    },
    {
      tt: "II",
      label: "Nhóm phát triển kinh tế số, xã hội số",
      blank: true,
      kids: [
        pl2Item(1, "Triển khai hướng dẫn, cập nhật thông tin dịch vụ công", 150),
        pl2Item(2, "Tập huấn chuyển đổi số cho Tổ công nghệ số cộng đồng", 100),
      ],
    },
    {
      tt: "III",
      label: "Đảm bảo an toàn, an ninh mạng",
      blank: true,
      kids: [pl2Item(1, "Đánh giá và đề xuất cấp độ an toàn hệ thống thông tin", 750, "Ngân sách tỉnh, ngân sách thị xã")],
    },
    {
      tt: "IV",
      label: "Nhóm chuyển đổi nhận thức",
      blank: true,
      kids: [pl2Item(1, "Cập nhật kiến thức, công nghệ cho các cán bộ chuyên trách", 150)],
    },
    {
      tt: "V",
      label: "Đô thị thông minh",
      blank: true,
      kids: [
        pl2Item(1, "Hệ thống thông tin quản lý đô thị thông minh", 4000, "Ngân sách tỉnh"),
        pl2Item(2, "Xã nông thôn mới thông minh", 4000, "Ngân sách tỉnh"),
      ],
    },
  ],
  total: { label: "Tổng cộng:", position: "bottom" },
  textNumbers: true,
  repeatHeaderEvery: 6,
  signature: SIGN,
  cleanWarnings: [["NUMBER_AS_TEXT", "I/1"]],
  fullyChecked: true,
  variants: [
    {
      id: "total-typed",
      note: "Tổng cộng typed 13.750 (it is 13.570)",
      edits: [["TOTAL", "kp", 13750]],
      expect: [["SUM_MISMATCH", "TOTAL", "kp"]],
    },
    {
      id: "item-words",
      note: "an amount written in words ('hai trăm') — a bad value, no false sum finding",
      edits: [["I/5", "kp", "hai trăm"]],
      expect: [["BAD_VALUE", "I/5", "kp"]],
    },
  ],
};

/* ---------------------------------------------------------------------------------------------- */

const communes = ["Phổ Quang", "Phổ Vinh", "Phổ Ninh", "Phổ Minh", "Phổ Hòa", "Phổ Thạnh", "Phổ Châu", "Trương Quang Trọng"];
const online = [412, 368, 295, 510, 227, 341, 189, 655];
const direct = [118, 204, 163, 97, 245, 176, 221, 83];
const numbering: Layout = {
  id: "12-tong-hop-so-cot-3-1-2",
  family: "Tổng hợp theo đơn vị with a column-numbering row 'A | B | 1 | 2 | 3=1+2 | 4=1/3*100'",
  description:
    "A provincial roll-up of the communes' files: the numbering row declares the row total and the rate; a 'Cộng' line closes the list.",
  sketch: `STT | Xã, phường | Hồ sơ trực tuyến | Hồ sơ trực tiếp | Tổng số hồ sơ | Tỷ lệ trực tuyến (%)
 A  |     B      |        1         |        2        |     3=1+2     |     4=1/3*100
 1  | Phổ Quang  |       412        |       118       |      530      |       77,74
    | Cộng       |  …`,
  sheet: "Tổng hợp",
  titles: ["TỔNG HỢP HỒ SƠ THỦ TỤC HÀNH CHÍNH TIẾP NHẬN NĂM 2025 CỦA CÁC XÃ, PHƯỜNG"],
  numberingRow: true,
  columns: [
    { key: "stt", path: ["STT"], kind: "tt", numbering: "A" },
    { key: "dv", path: ["Xã, phường"], kind: "label", numbering: "B" },
    { key: "tt", path: ["Hồ sơ trực tuyến"], kind: "num", numbering: "1" },
    { key: "tr", path: ["Hồ sơ trực tiếp"], kind: "num", numbering: "2" },
    { key: "tong", path: ["Tổng số hồ sơ"], kind: "num", numbering: "3=1+2", derive: (v) => sum(v.tt, v.tr), down: true },
    {
      key: "tl",
      path: ["Tỷ lệ trực tuyến (%)"],
      kind: "num",
      numbering: "4=1/3*100",
      decimals: 2,
      derive: (v) => pct(v.tt, v.tong),
    },
  ],
  rows: communes.map((c, i) => ({ tt: i + 1, label: c, v: { tt: online[i], tr: direct[i] } })),
  total: { label: "Cộng", position: "bottom" },
  fullyChecked: true,
  variants: [
    {
      id: "row-total-typed",
      note: "Phổ Ninh Tổng số typed 548 (it is 458)",
      edits: [["3", "tong", 548]],
      expect: [["SUM_MISMATCH", "3", "tong"]],
    },
    {
      id: "rate-wrong",
      note: "Phổ Hòa Tỷ lệ typed 48,19 (it is 48,09)",
      edits: [["5", "tl", 48.19]],
      expect: [["RATE_MISMATCH", "5", "tl"]],
    },
    {
      id: "online-typed",
      note: "Phổ Minh trực tuyến typed 501 (it is 510): row total, rate and the Cộng line all break — one finding, at the cell",
      edits: [["4", "tt", 501]],
      expect: [["SUM_MISMATCH", "4", "tt"]],
    },
  ],
};

/* ---------------------------------------------------------------------------------------------- */

const manyGroups: Layout = {
  id: "13-la-ma-den-DXX",
  family: "A long appendix with Roman groups I … DXX",
  description:
    "520 Roman groups with stated sub-totals: C (100), CD (400), D (500) are read as Roman numerals by the sequence they stand in, never as the letters C and D.",
  sketch: `STT | Nội dung | Kinh phí
 I     | Nhóm 1   |  30
 1     | …        |  10
 …
 CDXCIX| Nhóm 499 |
 D     | Nhóm 500 |        <- Roman 500, not the letter D`,
  sheet: "Danh mục",
  titles: ["DANH MỤC NHIỆM VỤ (BẢNG DÀI)"],
  unitLine: "Đơn vị tính: Triệu đồng",
  columns: [
    { key: "stt", path: ["STT"], kind: "tt" },
    { key: "nd", path: ["Nội dung"], kind: "label" },
    { key: "kp", path: ["Kinh phí"], kind: "num" },
  ],
  rows: Array.from({ length: 520 }, (_, g) => ({
    tt: roman(g + 1),
    label: `Nhóm nhiệm vụ ${g + 1}`,
    kids: items([
      [1, `Nhiệm vụ ${g + 1}.1`, { kp: 10 + (g % 7) }],
      [2, `Nhiệm vụ ${g + 1}.2`, { kp: 20 + (g % 11) }],
    ]),
  })),
  total: { label: "Tổng cộng", position: "bottom" },
  fullyChecked: true,
  variants: [
    {
      id: "group-D-typed",
      note: "group D (500) sub-total typed 99",
      edits: [["D", "kp", 99]],
      expect: [["SUM_MISMATCH", "D", "kp"]],
    },
  ],
};

/* ---------------------------------------------------------------------------------------------- */

const v3 = (tm: number, k5: number, k24: number): Vals => ({ tm, k5, k24 });
const deepOutline: Layout = {
  id: "14-de-muc-A-I-1-1.1-a-gach-cong",
  family: "Kế hoạch đầu tư công — the whole outline A > I > 1 > 1.1 > a) > - > +",
  description:
    "Every marker style nested: letter sections, Roman groups, items, decimal parts, a) lines, '-' and '+' bullets; each level adds up to its parent; 'TỔNG SỐ' above.",
  sketch: `STT | Danh mục dự án | Tổng mức đầu tư | Kế hoạch vốn 2021-2025 | Kế hoạch năm 2024
     | TỔNG SỐ
 A   | Dự án chuyển tiếp
 I   | Lĩnh vực công nghệ thông tin
 1   | Dự án Chính quyền số cấp xã
 1.1 | Hạng mục hạ tầng
 a)  | Thiết bị mạng
 -   | Thiết bị tường lửa
 +   | …`,
  sheet: "Đầu tư công",
  titles: ["KẾ HOẠCH ĐẦU TƯ CÔNG TRUNG HẠN 2021 - 2025 VÀ NĂM 2024"],
  unitLine: "Đơn vị tính: Triệu đồng",
  columns: [
    { key: "stt", path: ["STT"], kind: "tt" },
    { key: "nd", path: ["Danh mục dự án"], kind: "label" },
    { key: "tm", path: ["Tổng mức đầu tư"], kind: "num" },
    { key: "k5", path: ["Kế hoạch vốn giai đoạn 2021-2025"], kind: "num" },
    { key: "k24", path: ["Kế hoạch năm 2024"], kind: "num" },
  ],
  rows: [
    {
      tt: "A",
      label: "Dự án chuyển tiếp",
      kids: [
        {
          tt: "I",
          label: "Lĩnh vực công nghệ thông tin",
          kids: [
            {
              tt: 1,
              label: "Dự án Chính quyền số cấp xã",
              kids: [
                {
                  tt: "1.1",
                  label: "Hạng mục hạ tầng",
                  kids: [
                    {
                      tt: "a)",
                      label: "Thiết bị mạng",
                      kids: [
                        { tt: "-", label: "Thiết bị tường lửa", v: v3(450, 450, 150) },
                        { tt: "-", label: "Bộ chuyển mạch lõi", v: v3(320, 320, 120) },
                      ],
                    },
                    { tt: "b)", label: "Phần mềm", v: v3(280, 260, 90) },
                  ],
                },
                { tt: "1.2", label: "Hạng mục dữ liệu", v: v3(600, 540, 200) },
              ],
            },
            { tt: 2, label: "Dự án Trung tâm điều hành thông minh", v: v3(4800, 4200, 1500) },
          ],
        },
        {
          tt: "II",
          label: "Lĩnh vực khác",
          kids: [{ tt: 1, label: "Nâng cấp đường giao thông nông thôn", v: v3(3500, 3200, 800) }],
        },
      ],
    },
    {
      tt: "B",
      label: "Dự án khởi công mới",
      kids: [
        {
          tt: "I",
          label: "Lĩnh vực lưu trữ",
          kids: [
            {
              tt: 1,
              label: "Số hóa tài liệu lưu trữ",
              kids: [
                {
                  tt: "-",
                  label: "Giai đoạn 1",
                  kids: [
                    { tt: "+", label: "Số hóa hồ sơ đất đai", v: v3(300, 300, 150) },
                    { tt: "+", label: "Số hóa hồ sơ hộ tịch", v: v3(180, 180, 90) },
                  ],
                },
                { tt: "-", label: "Giai đoạn 2", v: v3(400, 400, 0) },
              ],
            },
          ],
        },
      ],
    },
  ],
  total: { label: "TỔNG SỐ", position: "top" },
  fullyChecked: true,
  variants: [
    {
      id: "plus-line-typed",
      note: "'+ Số hóa hồ sơ hộ tịch' Kế hoạch 2024 typed 60 under '- Giai đoạn 1'",
      edits: [["B/I/1/Giai đoạn 1/Số hóa hồ sơ hộ tịch", "k24", 60]],
      expect: [["SUM_MISMATCH", "B/I/1/Giai đoạn 1", "k24"]],
    },
    {
      id: "alpha-line-typed",
      note: "a) Thiết bị mạng Tổng mức đầu tư typed 707 (its lines add up to 770)",
      edits: [["A/I/1/1.1/a)", "tm", 707]],
      expect: [["SUM_MISMATCH", "A/I/1/1.1/a)", "tm"]],
    },
  ],
};

/* ---------------------------------------------------------------------------------------------- */

const changeTable: Layout = {
  id: "15-tang-giam",
  family: "So sánh hai năm — Năm 2023 | Năm 2024 | Tăng (+), giảm (-) | Tăng, giảm (%)",
  description:
    "Difference and percentage-change columns no header explains: both relations are found in the numbers (and said to be inferred).",
  sketch: `STT | Chỉ tiêu | Năm 2023 | Năm 2024 | Tăng (+), giảm (-) | Tăng, giảm (%)
 1  | Số hồ sơ trực tuyến |  4.520 |  6.815 |  2.295 |  50,8`,
  sheet: "So sánh",
  titles: ["SO SÁNH MỘT SỐ CHỈ TIÊU CHUYỂN ĐỔI SỐ NĂM 2024 VỚI NĂM 2023"],
  columns: [
    { key: "stt", path: ["STT"], kind: "tt" },
    { key: "ct", path: ["Chỉ tiêu"], kind: "label" },
    { key: "y23", path: ["Năm 2023"], kind: "num" },
    { key: "y24", path: ["Năm 2024"], kind: "num" },
    { key: "d", path: ["Tăng (+), giảm (-)"], kind: "num", derive: (v) => diff(v.y24, v.y23), down: false },
    {
      key: "p",
      path: ["Tăng, giảm (%)"],
      kind: "num",
      decimals: 1,
      derive: (v) => (v.y23 ? ((v.y24 as number) / v.y23) * 100 - 100 : undefined),
    },
  ],
  rows: items([
    [1, "Số thủ tục hành chính có phát sinh hồ sơ trực tuyến", { y23: 156, y24: 212 }],
    [2, "Số hồ sơ tiếp nhận trực tuyến", { y23: 4520, y24: 6815 }],
    [3, "Số lượt truy cập Cổng thông tin điện tử", { y23: 125400, y24: 98760 }],
    [4, "Số cuộc họp trực tuyến", { y23: 36, y24: 48 }],
    [5, "Số văn bản điện tử gửi, nhận", { y23: 18920, y24: 21450 }],
  ]),
  fullyChecked: false,
  variants: [
    {
      id: "difference-wrong",
      note: "Tăng (+), giảm (-) of 2 typed 2.259 (it is 2.295)",
      edits: [["2", "d", 2259]],
      expect: [["SUM_MISMATCH", "2", "d"]],
    },
    {
      id: "change-wrong",
      note: "Tăng, giảm (%) of 3 typed 21,2 (it is −21,2)",
      edits: [["3", "p", 21.2]],
      expect: [["RATE_MISMATCH", "3", "p"]],
    },
  ],
};

/* ---------------------------------------------------------------------------------------------- */

/** A sheet of numbers under a header no recogniser knows. */
function unknownSheet(): SheetSpec {
  const rows: (string | number | null)[][] = [
    ["SỐ LIỆU DÂN CƯ THEO THÔN (tham khảo)"],
    [],
    ["Thôn", "Hộ", "Khẩu", "Lao động", "Hộ nghèo"],
    ["An Thạnh", 412, 1630, 905, 21],
    ["Hải Tân", 388, 1511, 840, 17],
    ["Thạnh Lợi", 295, 1204, 655, 25],
    ["Vĩnh Xuân", 501, 1987, 1120, 12],
    ["Cộng", 1596, 6332, 3520, 75],
  ];
  const cells = rows.flatMap((r, ri) =>
    r.map((v, ci) => ({ row: ri, col: ci, value: v })).filter((c) => c.value !== null && c.value !== undefined),
  );
  return { name: "Số liệu dân cư", columnWidths: [20, 10, 10, 10, 10], cells, merges: [] };
}

const mixed: Layout = {
  id: "16-so-lam-viec-hon-hop",
  family: "A mixed workbook: a recognised appendix beside a sheet of numbers under an unknown header",
  description:
    "The appendix is checked; the other sheet's numbers are reported NOT_CHECKED (never 'khớp'), and `--strict` exits 1.",
  sketch: `Sheet "Phụ lục I"       : TT | Nội dung | … | Kinh phí | Ghi chú      (checked)
Sheet "Số liệu dân cư"  : Thôn | Hộ | Khẩu | Lao động | Hộ nghèo      (NOT_CHECKED at B4)`,
  sheet: "Phụ lục I",
  titles: ["PHỤ LỤC I", "DANH MỤC NỘI DUNG BỐ TRÍ KINH PHÍ THỰC HIỆN CÔNG TÁC CHUYỂN ĐỔI SỐ TỪ NĂM 2021 ĐẾN NĂM 2023"],
  unitLine: "Đơn vị tính: Triệu đồng.",
  columns: pl1Columns,
  rows: pl1Rows,
  total: { label: "Tổng cộng", position: "bottom" },
  extraSheets: [unknownSheet()],
  cleanWarnings: [["NOT_CHECKED", "Số liệu dân cư!B4"]],
  variants: [
    {
      id: "item-typed",
      note: "item 3 of 'Năm 2023' typed 770 (it is 700)",
      edits: [["Năm 2023/3", "kp", 770]],
      expect: [["SUM_MISMATCH", "Năm 2023", "kp"]],
    },
  ],
};

/* ---------------------------------------------------------------------------------------------- */

const tinh = (t: number, h: number): Vals => ({ t, h });
const coCauChi: Layout = {
  id: "17-tt343-b49-co-cau-chi-bao-gom",
  family: "TT 343/2016 Biểu 49 — chi NSĐP theo cơ cấu: Ngân sách địa phương | Bao gồm: NS cấp tỉnh | NS huyện",
  description:
    "'Ngân sách địa phương' is the sum of the columns under 'Bao gồm'; one item has two breakdowns ('Trong đó: chia theo lĩnh vực', 'Trong đó: chia theo nguồn vốn'); under Chi thường xuyên the numbered items after 'Trong đó:' are a breakdown, not parts.",
  sketch: `STT | Nội dung | Ngân sách địa phương | Bao gồm: Ngân sách cấp tỉnh | Ngân sách huyện
    | TỔNG CHI NSĐP
 A  | CHI CÂN ĐỐI NSĐP
 1  | Chi đầu tư cho các dự án
    | Trong đó: Chia theo lĩnh vực        <- a breakdown of 1
 -  | Chi giáo dục - đào tạo và dạy nghề
    | Trong đó: Chia theo nguồn vốn       <- a second breakdown of 1, not of the line above
 II | Chi thường xuyên
    | Trong đó:
 1  | Chi giáo dục - đào tạo và dạy nghề  <- numbered, and still a breakdown of II`,
  sheet: "Biểu 49",
  titles: ["DỰ TOÁN CHI NGÂN SÁCH ĐỊA PHƯƠNG, CHI NGÂN SÁCH CẤP TỈNH VÀ CHI NGÂN SÁCH HUYỆN THEO CƠ CẤU CHI NĂM 2024"],
  unitLine: "Đơn vị: Triệu đồng",
  columns: [
    { key: "stt", path: ["STT"], kind: "tt" },
    { key: "nd", path: ["Nội dung"], kind: "label" },
    { key: "nsdp", path: ["Ngân sách địa phương"], kind: "num", derive: (v) => sum(v.t, v.h), down: true },
    { key: "t", path: ["Bao gồm", "Ngân sách cấp tỉnh"], kind: "num" },
    { key: "h", path: ["Bao gồm", "Ngân sách huyện"], kind: "num" },
  ],
  rows: [
    {
      tt: "A",
      label: "CHI CÂN ĐỐI NSĐP",
      kids: [
        {
          tt: "I",
          label: "Chi đầu tư phát triển",
          kids: [
            {
              tt: 1,
              label: "Chi đầu tư cho các dự án",
              v: tinh(1180000, 340000),
              breakdowns: [
                {
                  head: "Trong đó: Chia theo lĩnh vực",
                  rows: [
                    { tt: "-", label: "Chi giáo dục - đào tạo và dạy nghề", v: tinh(210000, 95000) },
                    { tt: "-", label: "Chi khoa học và công nghệ", v: tinh(18000, 0) },
                  ],
                },
                {
                  head: "Trong đó: Chia theo nguồn vốn",
                  rows: [
                    { tt: "-", label: "Chi đầu tư từ nguồn thu tiền sử dụng đất", v: tinh(420000, 250000) },
                    { tt: "-", label: "Chi đầu tư từ nguồn thu xổ số kiến thiết", v: tinh(55000, 0) },
                  ],
                },
              ],
            },
            { tt: 2, label: "Chi đầu tư phát triển khác", v: tinh(85000, 15000) },
          ],
        },
        {
          tt: "II",
          label: "Chi thường xuyên",
          v: tinh(2410500, 3523750),
          breakdown: [
            { tt: 1, label: "Chi giáo dục - đào tạo và dạy nghề", v: tinh(620300, 1830000) },
            { tt: 2, label: "Chi khoa học và công nghệ", v: tinh(28450, 0) },
          ],
        },
        { tt: "III", label: "Dự phòng ngân sách", v: tinh(95200, 70000) },
      ],
    },
    { tt: "B", label: "CHI CÁC CHƯƠNG TRÌNH MỤC TIÊU", v: tinh(1200000, 630450) },
  ],
  total: { label: "TỔNG CHI NSĐP", position: "top" },
  fullyChecked: true,
  variants: [
    {
      id: "part-typed",
      note: "I.2 NS cấp tỉnh typed 58.000 (it is 85.000)",
      edits: [["A/I/2", "t", 58000]],
      expect: [["SUM_MISMATCH", "A/I/2", "t"]],
    },
    {
      id: "second-breakdown-exceeds",
      note: "the 'nguồn vốn' breakdown of I.1 (NS huyện, typed with its row total) adds up to more than I.1",
      edits: [
        ["A/I/1/Chi đầu tư từ nguồn thu tiền sử dụng đất", "h", 350000],
        ["A/I/1/Chi đầu tư từ nguồn thu tiền sử dụng đất", "nsdp", 770000],
      ],
      expect: [["SUBSET_EXCEEDS", "A/I/1", "h"]],
    },
  ],
};

/* ---------------------------------------------------------------------------------------------- */

const agency = (dt: number, tx: number, no: number, dp: number): Vals => ({ dt, tx, no, dp });
const perAgency: Layout = {
  id: "18-tt343-b51-theo-don-vi",
  family:
    "TT 343/2016 Biểu 51 — dự toán chi theo từng cơ quan: Tổng số | Chi đầu tư | Chi thường xuyên | Chi trả nợ lãi | Dự phòng",
  description:
    "A 'Tổng số' before expenditure columns the header does not call a split: their sum, kept because the numbers bear it out on every row; agencies as unnumbered rows under numbered groups.",
  sketch: `STT | Tên đơn vị | Tổng số | Chi đầu tư phát triển | Chi thường xuyên | Chi trả nợ lãi | Chi dự phòng ngân sách
    | TỔNG SỐ
 1  | Các cơ quan, tổ chức
    | Văn phòng UBND tỉnh | 12.450 | 2.000 | 10.450 | 0 | 0`,
  sheet: "Biểu 51",
  titles: ["DỰ TOÁN CHI NGÂN SÁCH CẤP TỈNH CHO TỪNG CƠ QUAN, TỔ CHỨC THEO LĨNH VỰC NĂM 2025"],
  unitLine: "Đơn vị: Triệu đồng",
  columns: [
    { key: "stt", path: ["STT"], kind: "tt" },
    { key: "dv", path: ["Tên đơn vị"], kind: "label" },
    { key: "tong", path: ["Tổng số"], kind: "num", derive: (v) => sum(v.dt, v.tx, v.no, v.dp), down: true },
    { key: "dt", path: ["Chi đầu tư phát triển"], kind: "num" },
    { key: "tx", path: ["Chi thường xuyên"], kind: "num" },
    { key: "no", path: ["Chi trả nợ lãi"], kind: "num" },
    { key: "dp", path: ["Chi dự phòng ngân sách"], kind: "num" },
  ],
  rows: [
    {
      tt: 1,
      label: "Các cơ quan, tổ chức",
      kids: [
        { label: "Văn phòng UBND tỉnh", v: agency(2000, 10450, 0, 0) },
        { label: "Sở Khoa học và Công nghệ", v: agency(35800, 18620, 0, 0) },
        { label: "Sở Tài chính", v: agency(0, 9870, 0, 0) },
        { label: "Sở Nội vụ", v: agency(1200, 11340, 0, 0) },
      ],
    },
    { tt: 2, label: "Chi trả nợ lãi các khoản do chính quyền địa phương vay", v: agency(0, 0, 2300, 0) },
    { tt: 3, label: "Chi dự phòng ngân sách", v: agency(0, 0, 0, 172450) },
  ],
  total: { label: "TỔNG SỐ", position: "top" },
  fullyChecked: true,
  variants: [
    {
      id: "row-total-typed",
      note: "Sở Khoa học và Công nghệ, Tổng số typed 54.240 (it is 54.420)",
      edits: [["1/Sở Khoa học và Công nghệ", "tong", 54240]],
      expect: [["SUM_MISMATCH", "1/Sở Khoa học và Công nghệ", "tong"]],
    },
  ],
};

/* ---------------------------------------------------------------------------------------------- */

const bs = (dtn: number, dtt: number, snn: number, snt: number): Vals => ({ dtn, dtt, snn, snt });
const targeted: Layout = {
  id: "19-tt343-b54-bo-sung-co-muc-tieu",
  family:
    "TT 343/2016 Biểu 54 — bổ sung có mục tiêu cho từng xã: Tổng số | groups each with Tổng số | Vốn ngoài nước | Vốn trong nước",
  description:
    "Three header rows; the first 'Tổng số' adds up the groups' own 'Tổng số' columns, each of which adds up its two sources.",
  sketch: `STT | Tên đơn vị | Tổng số | Bổ sung vốn đầu tư: Tổng số | Vốn ngoài nước | Vốn trong nước | Bổ sung vốn sự nghiệp: Tổng số | Vốn ngoài nước | Vốn trong nước
    | TỔNG SỐ
 1  | Xã Phổ Quang | 2.350 | 1.800 | 0 | 1.800 | 550 | 120 | 430`,
  sheet: "Biểu 54",
  titles: ["DỰ TOÁN BỔ SUNG CÓ MỤC TIÊU TỪ NGÂN SÁCH CẤP TỈNH CHO NGÂN SÁCH TỪNG XÃ NĂM 2026"],
  unitLine: "Đơn vị: Triệu đồng",
  columns: [
    { key: "stt", path: ["STT"], kind: "tt" },
    { key: "dv", path: ["Tên đơn vị"], kind: "label" },
    { key: "tong", path: ["Tổng số"], kind: "num", derive: (v) => sum(v.dtn, v.dtt, v.snn, v.snt), down: true },
    {
      key: "dt",
      path: ["Bổ sung vốn đầu tư để thực hiện các chương trình mục tiêu, nhiệm vụ", "Tổng số"],
      kind: "num",
      derive: (v) => sum(v.dtn, v.dtt),
      down: true,
    },
    { key: "dtn", path: ["Bổ sung vốn đầu tư để thực hiện các chương trình mục tiêu, nhiệm vụ", "Vốn ngoài nước"], kind: "num" },
    { key: "dtt", path: ["Bổ sung vốn đầu tư để thực hiện các chương trình mục tiêu, nhiệm vụ", "Vốn trong nước"], kind: "num" },
    {
      key: "sn",
      path: ["Bổ sung vốn sự nghiệp thực hiện các chế độ, chính sách, nhiệm vụ", "Tổng số"],
      kind: "num",
      derive: (v) => sum(v.snn, v.snt),
      down: true,
    },
    { key: "snn", path: ["Bổ sung vốn sự nghiệp thực hiện các chế độ, chính sách, nhiệm vụ", "Vốn ngoài nước"], kind: "num" },
    { key: "snt", path: ["Bổ sung vốn sự nghiệp thực hiện các chế độ, chính sách, nhiệm vụ", "Vốn trong nước"], kind: "num" },
  ],
  rows: items([
    [1, "Xã Phổ Quang", bs(0, 1800, 120, 430)],
    [2, "Phường Trương Quang Trọng", bs(650, 2100, 0, 385)],
    [3, "Xã Ba Tơ", bs(1200, 3450, 310, 920)],
    [4, "Đặc khu Lý Sơn", bs(0, 4200, 0, 760)],
  ]),
  total: { label: "TỔNG SỐ", position: "top" },
  fullyChecked: true,
  variants: [
    {
      id: "source-typed",
      note: "Xã Ba Tơ, vốn đầu tư trong nước, typed 3.540 (it is 3.450)",
      edits: [["3", "dtt", 3540]],
      expect: [["SUM_MISMATCH", "3", "dtt"]],
    },
    {
      id: "grand-total-typed",
      note: "Đặc khu Lý Sơn, the first Tổng số typed 4.690 (it is 4.960)",
      edits: [["4", "tong", 4690]],
      expect: [["SUM_MISMATCH", "4", "tong"]],
    },
  ],
};

/* ---------------------------------------------------------------------------------------------- */

const tt342: Layout = {
  id: "20-tt342-du-toan-so-sanh",
  family:
    "TT 342/2016 — dự toán năm kế hoạch: Thực hiện năm trước | Dự toán và ước thực hiện năm hiện hành | Dự toán năm kế hoạch | So sánh (%)",
  description:
    "Two So sánh (%) columns named by their headers ('ƯTH năm hiện hành so dự toán', 'DT năm kế hoạch so ƯTH năm hiện hành'): each finds its own two columns among two dự toán columns by the year the header names.",
  sketch: `STT | Chỉ tiêu | Thực hiện năm trước | Dự toán năm hiện hành | Ước thực hiện năm hiện hành | Dự toán năm kế hoạch | So sánh (%): ƯTH năm hiện hành so dự toán | DT năm kế hoạch so ƯTH năm hiện hành
 I  | Tổng thu ngân sách xã`,
  sheet: "Mẫu 01",
  titles: ["TỔNG HỢP DỰ TOÁN THU, CHI NGÂN SÁCH XÃ NĂM KẾ HOẠCH"],
  unitLine: "Đơn vị tính: Triệu đồng",
  columns: [
    { key: "stt", path: ["STT"], kind: "tt" },
    { key: "ct", path: ["Chỉ tiêu"], kind: "label" },
    { key: "th", path: ["Thực hiện năm trước"], kind: "num", decimals: 1 },
    { key: "dt", path: ["Dự toán năm hiện hành"], kind: "num", decimals: 1 },
    { key: "uth", path: ["Ước thực hiện năm hiện hành"], kind: "num", decimals: 1 },
    { key: "kh", path: ["Dự toán năm kế hoạch"], kind: "num", decimals: 1 },
    {
      key: "s1",
      path: ["So sánh (%)", "ƯTH năm hiện hành so dự toán"],
      kind: "num",
      decimals: 1,
      derive: (v) => pct(v.uth, v.dt),
    },
    {
      key: "s2",
      path: ["So sánh (%)", "DT năm kế hoạch so ƯTH năm hiện hành"],
      kind: "num",
      decimals: 1,
      derive: (v) => pct(v.kh, v.uth),
    },
  ],
  rows: [
    {
      tt: "I",
      label: "Tổng thu ngân sách xã",
      kids: items([
        [1, "Các khoản thu xã hưởng 100%", { th: 182.4, dt: 195, uth: 211.2, kh: 220 }],
        [2, "Các khoản thu phân chia", { th: 276.1, dt: 295, uth: 324.6, kh: 310 }],
        [3, "Thu bổ sung từ ngân sách cấp trên", { th: 7620.5, dt: 7970, uth: 8095.6, kh: 8350 }],
      ]),
    },
    {
      tt: "II",
      label: "Tổng chi ngân sách xã",
      kids: items([
        [1, "Chi đầu tư phát triển", { th: 1320.8, dt: 1500, uth: 1620.4, kh: 1450 }],
        [2, "Chi thường xuyên", { th: 6540.2, dt: 6960, uth: 6963.4, kh: 7230 }],
      ]),
    },
  ],
  fullyChecked: true,
  variants: [
    {
      id: "compare-wrong",
      note: "So sánh ƯTH/DT of I.3 typed 110,6 (it is 101,6)",
      edits: [["I/3", "s1", 110.6]],
      expect: [["RATE_MISMATCH", "I/3", "s1"]],
    },
    {
      id: "estimate-typed",
      note: "II.1 ước thực hiện typed 1.602,4 (it is 1.620,4): its group and both comparisons break — one finding, at the cell",
      edits: [["II/1", "uth", 1602.4]],
      expect: [["SUM_MISMATCH", "II/1", "uth"]],
    },
  ],
};

export const LAYOUTS: Layout[] = [
  b46,
  b48,
  b49,
  settlement,
  commune,
  funding,
  perYear,
  indicators,
  disbursement,
  totalAbove,
  wordPaste,
  numbering,
  manyGroups,
  deepOutline,
  changeTable,
  mixed,
  coCauChi,
  perAgency,
  targeted,
  tt342,
];
