/** The numbers of the pane: always Vietnamese notation, in both languages of the interface. */
import type { Finding } from "../../src/core/findings";
import { findingFigures } from "../../src/core/report/figures";
import { cellLookup } from "../../src/taskpane/findings/cellLook";
import { formatCount, headline } from "../../src/taskpane/format";
import { report13 } from "./findings/report13";

const f = (over: Partial<Finding>): Finding => ({
  code: "SUM_MISMATCH",
  severity: "error",
  sheet: "Phụ lục I",
  cell: "D12",
  message: "m",
  messageId: "sum",
  ...over,
});

describe("headlines on the report's example (real engine and cells)", () => {
  const { report, grids } = report13();
  const look = cellLookup(grids);
  const at = (sheet: string, cell: string, code: string) =>
    report.findings.find((x) => x.sheet === sheet && x.cell === cell && x.code === code)!;
  const line = (x: Finding, lang: "vi" | "en") => headline(x, lang, look(x.sheet, x.cell));

  test("a typo in a sub-total: the difference in the headline, 1.907 in both languages", () => {
    const d12 = at("Phụ lục I", "D12", "SUM_MISMATCH");
    expect(line(d12, "vi")).toBe("Ghi 1.907 → đúng 1.970 (lệch −63)");
    expect(line(d12, "en")).toBe("Stated 1.907 → should be 1.970 (off by −63)");
  });

  test("a rate at its cell's decimals (61,4%, not 61,404%) and its gap in percentage points", () => {
    const e6 = at("Số liệu", "E6", "RATE_MISMATCH");
    expect(line(e6, "vi")).toBe("Ghi 64,1% → đúng 61,4% (lệch +2,7 điểm %)");
    expect(line(e6, "en")).toBe("Stated 64,1% → should be 61,4% (off by +2,7 points)");
  });

  test("a target as typed", () => {
    const d8 = at("Chỉ tiêu 2024", "D8", "TARGET_OUT_OF_RANGE");
    expect(d8.stated).toBe(80);
    expect(line(d8, "vi")).toBe("Ghi 80% - 50%");
    expect(line(d8, "en")).toBe("Stated 80% - 50%");
  });

  test("a number stored as text, as typed", () => {
    expect(line(at("Phụ lục II", "E13", "NUMBER_AS_TEXT"), "en")).toBe("Stated 1000");
  });
});

describe("figures without the cell", () => {
  test("amounts with every decimal the sum has; the gap without float drift", () => {
    expect(findingFigures(f({ stated: 8962.46, computed: 8962.5 }))).toEqual({
      stated: "8.962,46",
      computed: "8.962,5",
      gap: "\u22120,04",
      percent: false,
    });
    expect(findingFigures(f({ stated: 13750, computed: 13570 })).gap).toBe("+180");
  });

  test("a cell shown with fewer decimals than the sum: the stated as shown, the sum in full", () => {
    const x = findingFigures(f({ stated: 6992, computed: 6992.46 }), { value: 6992, numberFormat: "#,##0" });
    expect(x).toMatchObject({ stated: "6.992", computed: "6.992,46", gap: "\u22120,46" });
  });

  test("a rate with no cell: the stated value's own decimals", () => {
    const r = f({ code: "RATE_MISMATCH", cell: "E6", stated: 36.6, computed: (310 / 845) * 100 });
    expect(findingFigures(r)).toMatchObject({ stated: "36,6%", computed: "36,7%", gap: "\u22120,1", percent: true });
    // Its cell shows two decimals ("0.00"): 36,60% against 36,69%.
    expect(findingFigures(r, { value: 36.6, numberFormat: "0.00" })).toMatchObject({
      stated: "36,60%",
      computed: "36,69%",
      gap: "\u22120,09",
    });
  });

  test("a percent-formatted cell holds a fraction; its figures are in percent units", () => {
    const x = findingFigures(f({ stated: 61.4, computed: 61.40350877 }), { value: 0.614, numberFormat: "0.0%" });
    expect(x.percent).toBe(true);
    expect(x.stated).toBe("61,4%");
  });

  test("nothing to show", () => {
    expect(headline(f({ code: "BAD_VALUE", messageId: "errorValue" }), "vi")).toBe("");
    expect(findingFigures(f({}))).toEqual({ percent: false });
  });
});

describe("counts", () => {
  test("in Vietnamese notation, never capped", () => {
    expect(formatCount(10000)).toBe("10.000");
    expect(formatCount(300)).toBe("300");
    expect(formatCount(1234567)).toBe("1.234.567");
  });
});
