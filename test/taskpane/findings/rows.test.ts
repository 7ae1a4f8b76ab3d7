import type { Finding } from "../../../src/core/findings";
import { groupCards } from "../../../src/taskpane/findings/group";
import { ALL_VIEW, nextError, revealCard, shownFindings, visibleRows } from "../../../src/taskpane/findings/rows";

const f = (sheet: string, cell: string, severity: Finding["severity"] = "error"): Finding => ({
  code: severity === "error" ? "SUM_MISMATCH" : "NUMBER_AS_TEXT",
  severity,
  sheet,
  cell,
  message: "m",
  messageId: severity === "error" ? "sum" : "numberAsText",
});

const groups = groupCards(
  [
    f("A", "D5"),
    f("A", "D7", "warning"),
    f("A", "D8", "warning"),
    f("B", "C3"),
    f("B", "C9", "warning"),
    f("C", "E2", "warning"),
  ],
  ["A", "B", "C"],
);

describe("the rows of the list", () => {
  test("a header per sheet, then its cards; counts are findings", () => {
    const rows = visibleRows(groups, ALL_VIEW);
    expect(rows.map((r) => (r.kind === "sheet" ? `# ${r.sheet} ${r.count}` : r.card.range))).toEqual([
      "# A 3",
      "D5",
      "D7:D8",
      "# B 2",
      "C3",
      "C9",
      "# C 1",
      "E2",
    ]);
    expect(shownFindings(rows)).toBe(6);
  });

  test("filters by severity and sheet; a sheet left empty is left out", () => {
    const errors = visibleRows(groups, { ...ALL_VIEW, severity: "error" });
    expect(errors.map((r) => r.key)).toEqual(["sheet:A", "A!D5", "sheet:B", "B!C3"]);
    const b = visibleRows(groups, { ...ALL_VIEW, sheet: "B" });
    expect(b.map((r) => r.key)).toEqual(["sheet:B", "B!C3", "B!C9"]);
    expect(shownFindings(b)).toBe(2);
  });

  test("a collapsed sheet keeps its header and count", () => {
    const rows = visibleRows(groups, { ...ALL_VIEW, collapsed: new Set(["A"]) });
    expect(rows[0]).toMatchObject({ kind: "sheet", sheet: "A", count: 3, collapsed: true });
    expect(rows[1]).toMatchObject({ kind: "sheet", sheet: "B" });
    expect(shownFindings(rows)).toBe(6);
  });
});

describe("Lỗi tiếp theo", () => {
  test("the first error, then the next, wrapping round", () => {
    expect(nextError(groups, undefined)?.key).toBe("A!D5");
    expect(nextError(groups, "A!D5")?.key).toBe("B!C3");
    expect(nextError(groups, "B!C3")?.key).toBe("A!D5");
  });

  test("after a warning: the next error below it", () => {
    expect(nextError(groups, "A!D7:D8!NUMBER_AS_TEXT")?.key).toBe("B!C3");
    expect(nextError(groups, "C!E2")?.key).toBe("A!D5");
  });

  test("no error: nothing", () => {
    expect(nextError(groupCards([f("A", "D7", "warning")], ["A"]), undefined)).toBeUndefined();
  });

  test("revealing a card expands its sheet and lets it through the filters", () => {
    const card = groups[1].cards[0];
    const v = revealCard({ severity: "warning", sheet: "A", collapsed: new Set(["B", "C"]) }, card);
    expect(v.severity).toBe("all");
    expect(v.sheet).toBeUndefined();
    expect([...v.collapsed]).toEqual(["C"]);
    expect(visibleRows(groups, v).some((r) => r.key === card.key)).toBe(true);
  });
});
