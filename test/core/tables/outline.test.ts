import { toRoman } from "../../../testkit/roman";
/**
 * The outline of a table's rows: every marker style nested, totals above or below, "Cộng" lines,
 * "Trong đó" breakdowns, formulas in labels, where a table ends.
 */
import { checkWorkbook } from "../../../src/core/engine";
import { type CellValue, gridFromValues } from "../../../src/core/grid/grid";
import { SUBSET } from "../../../src/core/tables/outline";
import { recognize } from "../../../src/core/tables/recognize";

type V = CellValue | undefined;
const HEADER: V[] = ["STT", "Nội dung", "Kinh phí"];

/** One table: rows of [marker, label, amount]; returns its outline as "row: marker label <- parent row". */
function outline(rows: V[][]): string[] {
  const t = recognize([gridFromValues("S", [HEADER, ...rows])]).tables[0];
  const o = t.outline;
  const out: string[] = [];
  for (let i = 0; i < o.n; i++) {
    const kind = ["", "TOTAL ", "CLOSING ", "SUBSET-HEAD "][o.kind[i]];
    const p = o.parent[i] >= 0 ? ` <- ${o.row[o.parent[i]] + 1}` : "";
    const sub = o.flags[i] & SUBSET ? " (trong đó)" : "";
    const scope = o.scope.get(i);
    out.push(
      `${o.row[i] + 1}: ${kind}${o.marker(i) || "·"}${p}${sub}${scope ? ` [${scope.map((j) => o.row[j] + 1).join(",")}]` : ""}`,
    );
  }
  return out;
}

const errors = (rows: V[][]) =>
  checkWorkbook([gridFromValues("S", [HEADER, ...rows])])
    .report.findings.filter((f) => f.severity === "error")
    .map((f) => `${f.code}@${f.cell}`);

describe("every marker style nests under the one before it", () => {
  const rows: V[][] = [
    ["A", "Dự án chuyển tiếp", 1200],
    ["I", "Công nghệ thông tin", 1200],
    [1, "Chính quyền số", 1200],
    ["1.1", "Hạ tầng", 700],
    ["a)", "Thiết bị mạng", 700],
    ["-", "Tường lửa", 400],
    ["+", "Thiết bị", 250],
    ["+", "Bản quyền", 150],
    ["-", "Chuyển mạch", 300],
    ["1.2", "Dữ liệu", 500],
  ];
  test("A > I > 1 > 1.1 > a) > - > +", () => {
    expect(outline(rows)).toEqual([
      "2: A",
      "3: I <- 2",
      "4: 1 <- 3",
      "5: 1.1 <- 4",
      "6: a <- 5",
      "7: - <- 6",
      "8: + <- 7",
      "9: + <- 7",
      "10: - <- 6",
      "11: 1.2 <- 4",
    ]);
  });
  test("each level adds up to its parent; a wrong '+' line is caught at its '-' parent", () => {
    expect(errors(rows)).toEqual([]);
    const broken = rows.map((r) => [...r]);
    broken[7][2] = 15;
    expect(errors(broken)).toEqual(["SUM_MISMATCH@C7"]);
  });
});

test("without a TT column, the numbering at the start of the labels builds the outline", () => {
  const g = gridFromValues("S", [
    ["Nội dung", "Dự toán", "Thực hiện"],
    ["TỔNG THU", 1500, 1480],
    ["I. Thu nội địa", 1000, 990],
    ["1. Thuế", 600, 590],
    ["- Thuế GTGT", 400, 390],
    ["- Thuế TNDN", 200, 200],
    ["2. Phí, lệ phí", 400, 400],
    ["II. Thu khác", 500, 490],
  ]);
  const { model, report } = checkWorkbook([g]);
  const o = model.tables[0].outline;
  expect(
    Array.from({ length: o.n }, (_, i) => `${o.marker(i) || "·"}<-${o.parent[i] >= 0 ? o.marker(o.parent[i]) : ""}`),
  ).toEqual(["·<-", "I<-", "1<-I", "-<-1", "-<-1", "2<-I", "II<-"]);
  expect(report.findings).toEqual([]);
  expect(report.summary.checkedCells).toBe(14);
});

describe("totals above or below", () => {
  test("a TỔNG CỘNG right under the header adds up the groups below it, and nothing below it goes unchecked", () => {
    const rows: V[][] = [
      [undefined, "TỔNG CỘNG", 1500],
      ["I", "Nhóm một", 1000],
      [1, "Mục 1", 600],
      [2, "Mục 2", 400],
      ["II", "Nhóm hai", 500],
      [1, "Mục 1", 500],
    ];
    expect(outline(rows)).toEqual(["2: TOTAL · [3,6]", "3: I", "4: 1 <- 3", "5: 2 <- 3", "6: II", "7: 1 <- 6"]);
    expect(errors(rows)).toEqual([]);
    const typed = rows.map((r) => [...r]);
    typed[4][2] = 550; // group II typed over, below the total
    expect(errors(typed)).toEqual(["SUM_MISMATCH@C6"]);
    const { report } = checkWorkbook([gridFromValues("S", [HEADER, ...rows])]);
    expect(report.summary.checkedCells).toBe(report.summary.numericCells);
  });
  test("a closing 'Cộng' line closes its group; 'Tổng cộng' below adds up the groups", () => {
    const rows: V[][] = [
      ["I", "Nhóm một", undefined],
      [1, "Mục 1", 600],
      [2, "Mục 2", 400],
      [undefined, "Cộng", 1000],
      ["II", "Nhóm hai", undefined],
      [1, "Mục 1", 500],
      [undefined, "Cộng", 500],
      [undefined, "Tổng cộng", 1500],
    ];
    const o = outline(rows);
    expect(o).toContain("5: CLOSING · [3,4]");
    expect(o).toContain("9: TOTAL · [2,6]");
    expect(errors(rows)).toEqual([]);
    const typed = rows.map((r) => [...r]);
    typed[3][2] = 1100;
    expect(errors(typed)).toEqual(["SUM_MISMATCH@C5"]);
  });
  test('"TỔNG THU (A+B)" and "BỘI CHI (C = A - B)": formulas written in labels are checked', () => {
    const rows: V[][] = [
      ["A", "Thu", 900],
      [1, "Thu thuế", 900],
      ["B", "Chi", 1000],
      [1, "Chi thường xuyên", 1000],
      ["C", "BỘI CHI (C = A - B)", -100],
    ];
    expect(errors(rows)).toEqual([]);
    const wrong = rows.map((r) => [...r]);
    wrong[4][2] = 100;
    expect(errors(wrong)).toEqual(["SUM_MISMATCH@C6"]);
  });
});

describe('"Trong đó" breakdowns are a subset, never parts', () => {
  const rows: V[][] = [
    ["I", "Chi thường xuyên", 1000],
    [1, "Chi sự nghiệp", 700],
    [2, "Chi quản lý", 300],
    [undefined, "Trong đó:", undefined],
    ["-", "Chi giáo dục", 200],
    ["-", "Chi y tế", 60],
    ["II", "Chi đầu tư", 500],
  ];
  test("the lines under 'Trong đó:' are a breakdown of the row above (Chi quản lý), held by the 'Trong đó:' row", () => {
    expect(outline(rows)).toEqual([
      "2: I",
      "3: 1 <- 2",
      "4: 2 <- 2",
      "5: SUBSET-HEAD · <- 4 (trong đó)",
      "6: - <- 5",
      "7: - <- 5",
      "8: II",
    ]);
  });
  test("two breakdowns of one row ('Trong đó: chia theo lĩnh vực', '… theo nguồn vốn') are each held to it on their own", () => {
    const two: V[][] = [
      [1, "Chi đầu tư cho các dự án", 1000],
      [undefined, "Trong đó: Chia theo lĩnh vực", undefined],
      ["-", "Chi giáo dục", 300],
      ["-", "Chi y tế", 200],
      [undefined, "Trong đó: Chia theo nguồn vốn", undefined],
      ["-", "Tiền sử dụng đất", 600],
      ["-", "Xổ số kiến thiết", 300],
      [2, "Chi khác", 100],
    ];
    expect(outline(two)).toEqual([
      "2: 1",
      "3: SUBSET-HEAD · <- 2 (trong đó)",
      "4: - <- 3",
      "5: - <- 3",
      "6: SUBSET-HEAD · <- 2 (trong đó)",
      "7: - <- 6",
      "8: - <- 6",
      "9: 2",
    ]);
    expect(errors(two)).toEqual([]);
    const over = two.map((r) => [...r]);
    over[6][2] = 500; // 600 + 500 > 1000
    expect(errors(over)).toEqual(["SUBSET_EXCEEDS@C2"]);
  });
  test("unnumbered rows between '1' and '2' belong to 1 (agencies under 'Các cơ quan'); after the last, they stand beside it", () => {
    const agencies: V[][] = [
      [1, "Các cơ quan, tổ chức", 300],
      [undefined, "Văn phòng UBND", 100],
      [undefined, "Sở Tài chính", 200],
      [2, "Chi trả nợ lãi", 50],
      [undefined, "Tổng cộng", 350],
    ];
    expect(outline(agencies)).toEqual(["2: 1", "3: · <- 2", "4: · <- 2", "5: 2", "6: TOTAL · [2,5]"]);
    expect(errors(agencies)).toEqual([]);
    const trailing: V[][] = [
      [1, "Mục 1", 100],
      [2, "Mục 2", 200],
      [undefined, "Chi khác", 50],
      [undefined, "Tổng cộng", 350],
    ];
    expect(outline(trailing)).toEqual(["2: 1", "3: 2", "4: ·", "5: TOTAL · [2,3,4]"]);
    expect(errors(trailing)).toEqual([]);
  });
  test("a correct file gives no false SUM_MISMATCH; a breakdown over its parent gives SUBSET_EXCEEDS", () => {
    expect(errors(rows)).toEqual([]);
    const big = rows.map((r) => [...r]);
    big[5][2] = 160; // 200 + 160 > 300
    expect(errors(big)).toEqual(["SUBSET_EXCEEDS@C4"]);
  });
  test('"- Trong đó: …" bullets are the breakdown of the row above', () => {
    const r3: V[][] = [
      [1, "Chi thường xuyên", 1000],
      ["-", "Trong đó: chi giáo dục", 400],
      ["-", "Chi y tế", 200],
      [2, "Chi đầu tư", 500],
      [undefined, "Tổng cộng", 1500],
    ];
    expect(outline(r3)).toEqual(["2: 1", "3: - <- 2 (trong đó)", "4: - <- 2 (trong đó)", "5: 2", "6: TOTAL · [2,5]"]);
    expect(errors(r3)).toEqual([]);
  });
  test('"Chi thường xuyên, trong đó:" opens the breakdown on its own row', () => {
    const r2: V[][] = [
      [1, "Chi thường xuyên, trong đó:", 1000],
      ["-", "Chi giáo dục", 400],
      ["-", "Chi y tế", 200],
      [2, "Chi đầu tư", 500],
    ];
    expect(outline(r2)).toEqual(["2: 1", "3: - <- 2 (trong đó)", "4: - <- 2 (trong đó)", "5: 2"]);
    expect(errors(r2)).toEqual([]);
  });
});

describe("where a table ends", () => {
  test("signature blocks, names and the date line are never read as amounts", () => {
    const rows: V[][] = [
      [1, "Mục 1", 600],
      [2, "Mục 2", 400],
      [undefined, "Tổng cộng", 1000],
      [],
      [undefined, "Phổ Quang, ngày 15 tháng 01 năm 2025"],
      [undefined, "NGƯỜI LẬP BIỂU", "THỦ TRƯỞNG ĐƠN VỊ"],
      [undefined, "(Ký, ghi rõ họ tên)", "(Ký tên, đóng dấu)"],
      [undefined, "Nguyễn Văn Hùng", "Trần Thị Lan"],
    ];
    const { report, model } = checkWorkbook([gridFromValues("S", [HEADER, ...rows])]);
    expect(report.findings).toEqual([]);
    expect(model.tables[0].lastRow).toBe(3);
  });
  test('"Ghi chú:" ends the table; a long blank run does too', () => {
    const rows: V[][] = [
      [1, "Mục 1", 600],
      [2, "Mục 2", 400],
      [undefined, "Ghi chú: số liệu ước thực hiện", "xem"],
      [3, "Không thuộc bảng", 5],
    ];
    expect(recognize([gridFromValues("S", [HEADER, ...rows])]).tables[0].lastRow).toBe(2);
    const gap: V[][] = [[1, "Mục 1", 600], [], [], [], [], [], [1, "Bảng khác", 5]];
    expect(recognize([gridFromValues("S", [HEADER, ...gap])]).tables[0].lastRow).toBe(1);
  });
  test("a numbering row under the header is not data (no NUMBER_AS_TEXT)", () => {
    const rows: V[][] = [
      ["A", "B", "1"],
      [1, "Mục 1", 600],
      [2, "Mục 2", 400],
      [undefined, "Tổng cộng", 1000],
    ];
    const { report, model } = checkWorkbook([gridFromValues("S", [HEADER, ...rows])]);
    expect(model.tables[0].numberingRow).toBe(1);
    expect(report.findings).toEqual([]);
  });
});

test("a correct 100 000-row appendix with Roman groups up to MMMCMXCIX (D, C, L, M among them) checks clean", () => {
  const roman = toRoman;
  const rows: V[][] = [];
  let total = 0;
  for (let g = 1; g <= 3999; g++) {
    const items = Array.from({ length: 24 }, (_, i) => ((g * 7 + i * 13) % 97) + 1);
    const sum = items.reduce((a, b) => a + b, 0);
    total += sum;
    rows.push([roman(g), `Nhóm ${g}`, sum]);
    items.forEach((v, i) => rows.push([i + 1, `Mục ${i + 1}`, v]));
  }
  rows.push([undefined, "Tổng cộng", total]);
  expect(rows.length).toBeGreaterThan(99_000);
  const grid = gridFromValues("S", [HEADER, ...rows]);
  const { report } = checkWorkbook([grid]);
  expect(report.findings).toEqual([]);
  // Group D (500) typed wrong: found there, and only there.
  const d = rows.findIndex((r) => r[0] === "D");
  grid.rows[d + 1]![2] = { value: 1 };
  expect(checkWorkbook([grid]).report.findings.map((f) => `${f.code}@${f.cell}`)).toEqual([`SUM_MISMATCH@C${d + 2}`]);
});

describe("forms without a 'Nội dung' column", () => {
  test("'Mã số | Diễn giải | Dự toán | Quyết toán': the rows are named by Diễn giải", () => {
    const g = gridFromValues("QT", [
      ["Mã số", "Diễn giải", "Dự toán", "Quyết toán"],
      ["01", "Tổng số thu", 1000, 980],
      ["02", "Thu phí, lệ phí", 400, 390],
      ["03", "Thu khác", 600, 590],
    ]);
    const { model, report } = checkWorkbook([g]);
    expect(model.tables).toHaveLength(1);
    expect(model.tables[0].label).toBe(1);
    expect(report.findings.filter((f) => f.code === "NO_TABLES")).toEqual([]);
  });
  test("'STT | Đơn vị | …' where Đơn vị lists the communes: the rows are named by it", () => {
    const g = gridFromValues("TH", [
      ["STT", "Đơn vị", "Hồ sơ trực tuyến", "Hồ sơ trực tiếp", "Tổng số hồ sơ"],
      [1, "Xã Phổ Quang", 412, 118, 530],
      [2, "Phường Trương Quang Trọng", 655, 83, 738],
      [undefined, "Cộng", 1067, 201, 1268],
    ]);
    const { model, report } = checkWorkbook([g]);
    expect(model.tables[0].label).toBe(1);
    expect(report.findings).toEqual([]);
    expect(report.summary.checkedCells).toBe(report.summary.numericCells);
  });
});
