/**
 * Relations between columns: from headers of up to three rows with merged cells, from the
 * column-numbering row, from rate headers, or found in the numbers — and the right cell blamed
 * when one breaks.
 */
import { checkWorkbook } from "../../../src/core/engine";
import { type CellValue, type Grid, type Rect, gridFromValues } from "../../../src/core/grid/grid";
import { recognize } from "../../../src/core/tables/recognize";

type V = CellValue | undefined;
const grid = (rows: V[][], merges: Rect[] = []): Grid => ({ ...gridFromValues("S", rows), merges });
const rel = (g: Grid) => recognize([g]).tables[0].relations.map((r) => `${r.text} [${r.source}]`);
const errors = (g: Grid) =>
  checkWorkbook([g])
    .report.findings.filter((f) => f.severity === "error")
    .map((f) => `${f.code}@${f.cell}`);
const m = (top: number, left: number, bottom: number, right: number): Rect => ({ top, left, bottom, right });

describe("headers of up to three rows with merged cells", () => {
  // "Dự toán năm 2024" over "Tổng số" and "Trong đó" (over "Chi ĐTPT | Chi TX"); "So sánh (%)".
  const rows: V[][] = [
    ["STT", "Nội dung", "Dự toán năm 2023", "Dự toán năm 2024", undefined, undefined],
    [undefined, undefined, undefined, "Tổng số", "Trong đó", undefined],
    [undefined, undefined, undefined, undefined, "Chi đầu tư phát triển", "Chi thường xuyên"],
    [1, "Huyện A", 900, 1000, 300, 600],
    [2, "Huyện B", 450, 500, 100, 350],
    [undefined, "Tổng cộng", 1350, 1500, 400, 950],
  ];
  const merges = [m(0, 0, 2, 0), m(0, 1, 2, 1), m(0, 2, 2, 2), m(0, 3, 0, 5), m(1, 3, 2, 3), m(1, 4, 1, 5)];
  const g = grid(rows, merges);
  test("every column keeps its header path", () => {
    const t = recognize([g]).tables[0];
    expect(t.headerTop).toBe(0);
    expect(t.headerBottom).toBe(2);
    expect(t.numeric.map((c) => c.path)).toEqual([
      ["Dự toán năm 2023"],
      ["Dự toán năm 2024", "Tổng số"],
      ["Dự toán năm 2024", "Trong đó", "Chi đầu tư phát triển"],
      ["Dự toán năm 2024", "Trong đó", "Chi thường xuyên"],
    ]);
  });
  test('"Trong đó" columns are a subset of their "Tổng số": D ≥ E + F', () => {
    expect(rel(g)).toEqual(["D ≥ E + F [header]"]);
    expect(errors(g)).toEqual([]);
    const over = grid(
      rows.map((r, i) => (i === 4 ? [2, "Huyện B", 450, 500, 200, 350] : r)),
      merges,
    );
    expect(errors(over).filter((e) => e.startsWith("SUBSET_EXCEEDS"))).toEqual(["SUBSET_EXCEEDS@D5"]);
  });
  test("the same header without merges (pasted from Word) reads the same", () => {
    expect(rel(grid(rows))).toEqual(["D ≥ E + F [header]"]);
  });
});

describe("row totals from the header", () => {
  test('"Tổng kinh phí" before "Nguồn vốn: NS Trung ương | NS tỉnh | NS xã" is their sum', () => {
    const g = grid([
      ["STT", "Nhiệm vụ", "Tổng kinh phí", "Nguồn vốn", undefined, undefined],
      [undefined, undefined, undefined, "NS Trung ương", "NS tỉnh", "NS xã"],
      [1, "Số hóa hồ sơ", 980, 500, 420, 60],
      [2, "Phần mềm", 225, 0, 180, 45],
    ]);
    expect(rel(g)).toEqual(["C = D + E + F [header]"]);
    expect(errors(g)).toEqual([]);
  });
  test('"Tổng" before years typed as numbers ("Chia ra theo năm": 2024 | 2025) is their sum', () => {
    const g = grid([
      ["STT", "Nội dung", "Tổng", "Chia ra theo năm", undefined],
      [undefined, undefined, undefined, 2024, 2025],
      [1, "Hạ tầng", 150, 90, 60],
      [2, "Nhân lực", 70, 30, 40],
    ]);
    expect(rel(g)).toEqual(["C = D + E [header]"]);
  });
  test("a header sum the numbers contradict on most rows is dropped, and said so", () => {
    const g = grid([
      ["STT", "Nội dung", "Tổng số", "NS tỉnh", "NS xã"],
      [1, "a", 100, 10, 20],
      [2, "b", 200, 30, 40],
      [3, "c", 300, 50, 60],
      [4, "d", 400, 70, 80],
    ]);
    const t = recognize([g]).tables[0];
    expect(t.relations).toEqual([]);
    expect(t.dropped[0].text).toBe("C = D + E");
    expect(errors(g)).toEqual([]);
    const codes = checkWorkbook([g]).report.findings.map((f) => f.code);
    expect(codes).toContain("NOT_CHECKED");
  });
});

describe("the column-numbering row", () => {
  test('"(1) (2) (3)=(1)-(2)" declares a difference, checked on every row', () => {
    const g = grid([
      ["STT", "Nội dung", "Dự toán", "Quyết toán", "Chênh lệch"],
      ["A", "B", "(1)", "(2)", "(3)=(1)-(2)"],
      [1, "a", 100, 90, 10],
      [2, "b", 50, 55, -5],
      [3, "c", 80, 70, 12],
    ]);
    expect(rel(g)).toEqual(["3 = 1 − 2 [numbering]"]);
    expect(errors(g)).toEqual(["SUM_MISMATCH@E5"]);
  });
  test('"5=4/3*100%" is a rate in percent units', () => {
    const g = grid([
      ["STT", "Chỉ tiêu", "Kế hoạch", "Thực hiện", "Tỷ lệ (%)"],
      ["A", "B", "3", "4", "5=4/3*100%"],
      [1, "a", 200, 150, 75],
      [2, "b", 80, 90, 112.5],
    ]);
    expect(rel(g)).toEqual(["5 = 4 / 3 × 100% [numbering]"]);
    expect(errors(g)).toEqual([]);
  });
});

describe("rate columns", () => {
  test('named by the header: "TH/KH"', () => {
    const g = grid([
      ["STT", "Chỉ tiêu", "Kế hoạch", "Thực hiện", "TH/KH (%)"],
      [1, "a", 200, 150, 75],
      [2, "b", 80, 90, 112.5],
    ]);
    expect(rel(g)).toEqual(["E = D / C × 100 [header]"]);
  });
  test('named by the header: "Ước TH so với dự toán (%)"', () => {
    const g = grid([
      ["STT", "Nội dung", "Dự toán năm 2025", "Ước thực hiện năm 2025", "Ước TH so với dự toán (%)"],
      [1, "a", 200, 150, 75],
      [2, "b", 80, 90, 112.5],
    ]);
    expect(rel(g)).toEqual(["E = D / C × 100 [header]"]);
  });
  test("found in the numbers: the pair that fits ≥ 80 % of the rows (4 of 5 here), its findings saying so", () => {
    const rows: V[][] = [
      ["STT", "Nội dung", "Năm 2023", "Năm 2024", "Năm 2025", "So sánh (%)"],
      [1, "a", 100, 120, 130, 108.3],
      [2, "b", 50, 40, 44, 110],
      [3, "c", 80, 80, 60, 75],
      [4, "d", 30, 33, 35, 106.1],
      [5, "e", 200, 210, 220, 104.8],
    ];
    expect(rel(grid(rows))).toEqual(["F = E / D × 100 [inferred]"]);
    const wrong = rows.map((r) => [...r]);
    wrong[3][5] = 57;
    const f = checkWorkbook([grid(wrong)]).report.findings.find((x) => x.code === "RATE_MISMATCH")!;
    expect(f).toMatchObject({ cell: "F4", inferred: true, relation: "F = E / D × 100" });
    expect(f.message).toContain("suy ra từ số liệu");
  });
  test("no pair fits: the column is not checked, and NOT_CHECKED says what was looked for", () => {
    const g = grid([
      ["STT", "Nội dung", "Năm 2023", "Năm 2024", "So sánh (%)"],
      [1, "a", 100, 120, 50],
      [2, "b", 50, 40, 77],
      [3, "c", 80, 80, 12],
    ]);
    expect(rel(g)).toEqual([]);
    const nc = checkWorkbook([g]).report.findings.filter((f) => f.code === "NOT_CHECKED");
    expect(nc.map((f) => f.cell)).toEqual(["C2", "D2", "E2"].slice(0, nc.length));
    expect(nc.find((f) => f.cell === "E2")?.message).toContain("4=3/2");
  });
});

describe("the right cell is blamed", () => {
  const rows: V[][] = [
    ["STT", "Nhiệm vụ", "Tổng kinh phí", "Nguồn vốn", undefined],
    [undefined, undefined, undefined, "NS tỉnh", "NS xã"],
    ["I", "Nhóm một", 1170, 900, 270],
    [1, "a", 470, 350, 120],
    [2, "b", 700, 550, 150],
    ["II", "Nhóm hai", 300, 200, 100],
    [1, "c", 300, 200, 100],
    [undefined, "Tổng cộng", 1470, 1100, 370],
  ];
  const at = (r: number, c: number, v: number) => rows.map((x, i) => (i === r ? x.map((y, j) => (j === c ? v : y)) : x));
  test("a source cell typed wrong breaks its row total and its group: one finding, at the cell", () => {
    const f = checkWorkbook([grid(at(3, 3, 530))]).report.findings.filter((x) => x.severity === "error");
    expect(f.map((x) => `${x.code}@${x.cell}`)).toEqual(["SUM_MISMATCH@D4"]);
    expect(f[0]).toMatchObject({ stated: 530, computed: 350 });
    expect(f[0].relation).toContain("C = D + E");
  });
  test("a row total typed wrong: at the row total, not at its group", () => {
    expect(errors(grid(at(4, 2, 760)))).toEqual(["SUM_MISMATCH@C5"]);
  });
  test("a sub-total typed over: at the sub-total, the total above it is not blamed", () => {
    expect(errors(grid(at(5, 3, 250)))).toEqual(["SUM_MISMATCH@D6"]);
  });
  test("two wrong numbers in different places: two findings, each at its cell", () => {
    expect(errors(grid(at(3, 3, 530).map((x, i) => (i === 6 ? [1, "c", 300, 200, 110] : x))))).toEqual([
      "SUM_MISMATCH@D4",
      "SUM_MISMATCH@E7",
    ]);
  });
});
