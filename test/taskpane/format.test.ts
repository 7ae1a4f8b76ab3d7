import type { Finding } from "../../src/core/findings";
import { figuresLine, formatFigure } from "../../src/taskpane/format";
import { findingKeys, groupFindings } from "../../src/taskpane/components/groupFindings";

const f = (over: Partial<Finding>): Finding => ({
  code: "SUM_MISMATCH",
  severity: "error",
  sheet: "Phụ lục I",
  cell: "D12",
  message: "m",
  messageId: "sum",
  ...over,
});

describe("finding numbers in the pane", () => {
  test("stated vs computed in Vietnamese notation", () => {
    expect(figuresLine(f({ stated: 1907, computed: 1970 }), "vi")).toBe("Ghi: 1.907 · Tính được: 1.970");
    expect(figuresLine(f({ stated: 1907, computed: 1970 }), "en")).toBe("Stated: 1,907 · Computed: 1,970");
    expect(figuresLine(f({ stated: 8962.46, computed: 8962.5 }), "vi")).toBe("Ghi: 8.962,46 · Tính được: 8.962,5");
  });

  test("rates in percent units with %", () => {
    const r = f({ code: "RATE_MISMATCH", cell: "E6", stated: 61.4, computed: (1050 / 1710) * 100 });
    expect(figuresLine(r, "vi")).toBe("Ghi: 61,4% · Tính được: 61,404%");
  });

  test("only what is there", () => {
    expect(figuresLine(f({ code: "NUMBER_AS_TEXT", severity: "warning", stated: 92.46 }), "vi")).toBe("Ghi: 92,46");
    expect(figuresLine(f({ code: "BAD_VALUE" }), "vi")).toBe("");
    expect(formatFigure(0.1 + 0.2, "vi", false)).toBe("0,3");
  });
});

describe("grouping", () => {
  test("by sheet in workbook order, errors first, workbook-wide first", () => {
    const findings = [
      f({ sheet: "B", cell: "A1", severity: "warning", code: "NUMBER_AS_TEXT" }),
      f({ sheet: "A", cell: "A2", severity: "warning", code: "NUMBER_AS_TEXT" }),
      f({ sheet: "B", cell: "A3" }),
      f({ sheet: "A", cell: "A4" }),
      f({ sheet: "", cell: "", code: "NO_TABLES" }),
    ];
    const g = groupFindings(findings, ["A", "B"]);
    expect(g.map((x) => [x.sheet, x.count])).toEqual([
      ["", 1],
      ["A", 2],
      ["B", 2],
    ]);
    expect(g[1].severities.map((x) => [x.severity, x.items.map((i) => i.finding.cell)])).toEqual([
      ["error", ["A4"]],
      ["warning", ["A2"]],
    ]);
  });

  test("keys are stable and unique", () => {
    const keys = findingKeys([f({}), f({}), f({ cell: "D6" })]).map((k) => k.key);
    expect(new Set(keys).size).toBe(3);
    expect(keys[0]).toBe("Phụ lục I!D12!SUM_MISMATCH#0");
  });
});
