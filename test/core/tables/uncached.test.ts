import { workbookEvaluator } from "../../../src/core/tables/uncached";
import { appendixView } from "../../../src/core/tables/views";
import { checkWorkbook } from "../../../src/core/engine";
import type { Grid } from "../../../src/core/grid/grid";
import { fromA1 } from "../../../src/core/grid/address";
import { fold } from "../../../src/core/text/normalize";
import { fromTcvn3 } from "../../../src/core/text/tcvn3";
import { templateGrids } from "../../../testkit/templateGrids";
import { pastedAppendixI } from "../../../testkit/reportGrids";

/** Drops every cached formula value, as some generators save workbooks. */
function withoutCachedValues(grids: Grid[]): Grid[] {
  for (const g of grids) for (const r of g.rows) for (const c of r ?? []) if (c?.formula) c.value = null;
  return grids;
}

describe("formulas saved without their values are evaluated", () => {
  test("the template without cached values checks clean", () => {
    const { report, model } = checkWorkbook(withoutCachedValues(templateGrids()));
    expect(report.findings).toEqual([]);
    expect(model.tables).toHaveLength(4);
  });
  test("a typed sub-total among uncached formulas is still caught, with the computed numbers", () => {
    const { report } = checkWorkbook(withoutCachedValues(templateGrids({ "Phụ lục I": { D12: 1907 } })));
    expect(report.findings.filter((f) => f.severity === "error")).toEqual([
      expect.objectContaining({ code: "SUM_MISMATCH", cell: "D12", stated: 1907, computed: 1970 }),
    ]);
  });
  test("circular formulas end as #REF! (BAD_VALUE, also in the totals that use them), never a hang", () => {
    const grids = withoutCachedValues(
      templateGrids({ "Phụ lục I": { D13: { formula: "=D14+1", value: null }, D14: { formula: "=D13+1", value: null } } }),
    );
    const { report } = checkWorkbook(grids);
    expect(
      report.findings
        .filter((f) => f.code === "BAD_VALUE")
        .map((f) => f.cell)
        .sort(),
    ).toEqual(["D12", "D13", "D14", "D18"]);
  });
});

describe("workbookEvaluator: circular references end as #REF!, never a hang", () => {
  /** Sheet "S" with formulas saved without values (a1 -> formula), and constants. */
  function sheet(cells: Record<string, string | number>): Grid {
    const g: Grid = { name: "S", rows: [] };
    for (const [a1, v] of Object.entries(cells)) {
      const p = fromA1(a1)!;
      (g.rows[p.row] ??= [])[p.col] = typeof v === "string" ? { value: null, formula: v } : { value: v };
    }
    return g;
  }
  const at = (g: Grid, a1: string) => {
    const p = fromA1(a1)!;
    return workbookEvaluator([g])(g, p.row, p.col);
  };

  test("two cells that need each other, a cell that needs itself, a SUM over itself", () => {
    const g = sheet({ A1: "=B1+1", B1: "=A1+1", C1: "=C1", D1: "=SUM(D1:D3)", D2: 5, E1: "=A1*2", F1: "=G1+1", G1: 41 });
    expect(["A1", "B1", "C1", "D1", "E1"].map((a) => at(g, a))).toEqual(Array(5).fill({ error: "#REF!" }));
    expect(at(g, "F1")).toBe(42);
  });

  test("a long chain that is not a cycle still evaluates", () => {
    const cells: Record<string, string | number> = { A1: 1 };
    for (let r = 2; r <= 500; r++) cells[`A${r}`] = `=A${r - 1}+1`;
    expect(at(sheet(cells), "A500")).toBe(500);
  });
});

describe("TCVN3 headers (old .VnTime documents)", () => {
  test("decoding", () => {
    expect(fromTcvn3("Tæng céng")).toBe("Tổng cộng");
    expect(fold("Kinh phÝ")).toBe("kinh phi");
    expect(fold("KÕt qu¶, tiÕn ®é thùc hiÖn")).toBe("ket qua, tien do thuc hien");
  });
  test("a Phụ lục I whose headers and labels are TCVN3 is recognised and checked", () => {
    const g = pastedAppendixI({
      A7: "TT",
      B7: "Néi dung/NhiÖm vô/Dù ¸n",
      C7: "KÕt qu¶, tiÕn ®é thùc hiÖn",
      D7: "Kinh phÝ",
      E7: "Ghi chó",
      B14: "N¨m 2023",
      D14: "1.907",
    });
    g.rows[18] = undefined; // drop the repeated (Unicode) header
    const { model, report } = checkWorkbook([g]);
    expect(model.tables).toHaveLength(1);
    expect(report.findings.filter((f) => f.severity === "error")).toEqual([
      expect.objectContaining({
        code: "SUM_MISMATCH",
        cell: "D14",
        stated: 1907,
        computed: 1970,
        message: expect.stringContaining('"Năm 2023"'),
      }),
    ]);
  });
});

describe("what the evaluator cannot do stays unknown, quickly", () => {
  test("a whole-sheet SUM without a cached value reads only the cells that exist", () => {
    const grids = withoutCachedValues(
      templateGrids({ "Phụ lục I": { D18: { formula: "=SUM(D7:D11)+SUM(D13:D17)+SUM(F1:XFD1048576)", value: null } } }),
    );
    const { report, model } = checkWorkbook(grids);
    expect(report.findings).toEqual([]);
    const t = model.tables[0];
    expect(t.kind).toBe("appendix");
    expect(appendixView(t).total?.amount).toMatchObject({ value: 8962.46, evaluated: true });
  });
  test("a function the evaluator does not know is not reported as #NAME?", () => {
    const grids = withoutCachedValues(templateGrids({ "Phụ lục I": { D12: { formula: "=SUBTOTAL(9,D13:D17)", value: null } } }));
    const { report } = checkWorkbook(grids);
    expect(report.findings.filter((f) => f.code === "BAD_VALUE")).toEqual([]);
  });
});
