import type { Finding } from "../../../src/core/findings";
import { countFindings, groupCards, totalCounts } from "../../../src/taskpane/findings/group";
import { report13 } from "./report13";

const f = (over: Partial<Finding>): Finding => ({
  code: "SUM_MISMATCH",
  severity: "error",
  sheet: "Phụ lục I",
  cell: "D12",
  message: "m",
  messageId: "sum",
  ...over,
});

describe("cards from the report's example with issue 13's mistakes (real engine)", () => {
  const { report, model } = report13();
  const groups = groupCards(
    report.findings,
    model.sheets.map((s) => s.name),
  );
  const cards = groups.flatMap((g) => g.cards);
  const card = (sheet: string, cell: string) => cards.find((c) => c.sheet === sheet && c.cell === cell);

  test("the engine reports what the cards are made of", () => {
    const at = report.findings.map((x) => `${x.sheet}!${x.cell} ${x.code}`);
    expect(at).toEqual(
      expect.arrayContaining([
        "Phụ lục I!D6 BAD_VALUE",
        "Phụ lục I!D9 BAD_VALUE",
        "Phụ lục I!D18 BAD_VALUE",
        "Phụ lục I!D12 SUM_MISMATCH",
        "Phụ lục I!D12 TOTAL_NOT_FORMULA",
      ]),
    );
  });

  test("one card per cell, merging its codes; the worst severity wins", () => {
    const d12 = card("Phụ lục I", "D12")!;
    expect(d12.codes).toEqual(["SUM_MISMATCH", "TOTAL_NOT_FORMULA"]);
    expect(d12.severity).toBe("error");
    expect(d12.key).toBe("Phụ lục I!D12");
    expect(cards.filter((c) => c.sheet === "Phụ lục I" && c.cell === "D12")).toHaveLength(1);
  });

  test("=1/0 in D9: one card at D9 naming the totals it left unchecked (D6, D18)", () => {
    const d9 = card("Phụ lục I", "D9")!;
    expect(d9.codes).toEqual(["BAD_VALUE"]);
    expect(d9.passedOn).toEqual(["D6", "D18"]);
    expect(d9.findings.map((x) => x.cell)).toEqual(["D9", "D6", "D18"]);
    expect(card("Phụ lục I", "D6")).toBeUndefined();
    expect(card("Phụ lục I", "D18")).toBeUndefined();
  });

  test("identical warnings in consecutive rows merge into one card with their range", () => {
    const run = card("Phụ lục II", "E12")!;
    expect(run.range).toBe("E12:E13");
    expect(run.key).toBe("Phụ lục II!E12:E13!NUMBER_AS_TEXT");
    expect(run.findings).toHaveLength(2);
    expect(card("Phụ lục II", "E15")!.range).toBe("E15");
  });

  test("sheets in workbook order, errors first; counts are the findings', none lost", () => {
    expect(groups.map((g) => g.sheet)).toEqual(["Phụ lục I", "Phụ lục II", "Số liệu", "Chỉ tiêu 2024"]);
    expect(groups[0].cards.map((c) => c.cell)).toEqual(["D9", "D12"]);
    expect(totalCounts(groups)).toEqual({
      error: report.summary.errors,
      warning: report.summary.warnings,
      info: report.summary.infos,
    });
    expect(totalCounts(groups)).toEqual(countFindings(report.findings));
    expect(groups[0].counts).toEqual({ error: 4, warning: 1, info: 0 });
  });
});

describe("grouping rules", () => {
  test("SUM_RANGE_GAP and SUM_MISMATCH at one cell: one card listing both", () => {
    const g = groupCards([f({ code: "SUM_RANGE_GAP", messageId: "gap" }), f({})], ["Phụ lục I"]);
    expect(g[0].cards).toHaveLength(1);
    expect(g[0].cards[0].codes).toEqual(["SUM_RANGE_GAP", "SUM_MISMATCH"]);
  });

  test("an error value not read by another error cell stays its own card", () => {
    const bad = (cell: string, formula?: string) =>
      f({ code: "BAD_VALUE", messageId: "errorValue", cell, ...(formula ? { formula } : {}) });
    const g = groupCards([bad("D6", "=SUM(D7:D11)"), bad("D20", "=1/0"), bad("D9", "=1/0")], ["Phụ lục I"]);
    expect(g[0].cards.map((c) => [c.cell, c.passedOn])).toEqual([
      ["D20", []],
      ["D9", ["D6"]],
    ]);
  });

  test("an error passed on to another sheet is named with its sheet", () => {
    const g = groupCards(
      [
        f({ code: "BAD_VALUE", messageId: "errorValue", sheet: "A", cell: "B2", formula: "=1/0" }),
        f({ code: "BAD_VALUE", messageId: "errorValue", sheet: "B", cell: "C3", formula: "=A!B2*2" }),
      ],
      ["A", "B"],
    );
    expect(g.map((x) => x.sheet)).toEqual(["A"]);
    expect(g[0].cards[0].passedOn).toEqual(["B!C3"]);
    expect(g[0].counts.error).toBe(2);
  });

  test("a text error (not an error value) and errors are never merged into runs", () => {
    const g = groupCards([f({ cell: "D6" }), f({ cell: "D7" })], ["Phụ lục I"]);
    expect(g[0].cards.map((c) => c.range)).toEqual(["D6", "D7"]);
  });

  test("warnings with different messages or columns, or rows apart, stay apart", () => {
    const w = (cell: string, messageId = "numberAsText") => f({ code: "NUMBER_AS_TEXT", severity: "warning", cell, messageId });
    const g = groupCards([w("D6"), w("D7"), w("D8", "other"), w("E9"), w("D10"), w("D11"), w("D12")], ["Phụ lục I"]);
    expect(g[0].cards.map((c) => c.range)).toEqual(["D6:D7", "D8", "E9", "D10:D12"]);
  });

  test("2 000 rows of one warning: one card, 2 000 findings counted", () => {
    const many = Array.from({ length: 2000 }, (_, i) => f({ code: "NUMBER_AS_TEXT", severity: "warning", cell: `D${i + 6}` }));
    const g = groupCards(many, ["Phụ lục I"]);
    expect(g[0].cards).toHaveLength(1);
    expect(g[0].cards[0].range).toBe("D6:D2005");
    expect(g[0].counts.warning).toBe(2000);
  });

  test("workbook-wide findings first, unknown sheets last", () => {
    const g = groupCards([f({ sheet: "Z" }), f({ sheet: "B" }), f({ sheet: "", cell: "", code: "NO_TABLES" })], ["A", "B"]);
    expect(g.map((x) => x.sheet)).toEqual(["", "B", "Z"]);
  });
});
