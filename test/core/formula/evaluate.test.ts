/**
 * evaluateFormula (src/core/formula/evaluate.ts): the small evaluator behind formulas saved without
 * their values (src/core/tables/uncached.ts) and the preview's stand-in workbook. Most cases run
 * on the example workbook's own sheets (the Đức Phổ 2023 figures, docs/report-example.md) plus a
 * scratch sheet "S" for what the template does not hold.
 */
import { evaluateFormula, type EvalContext } from "../../../src/core/formula/evaluate";
import { gridFromSpec } from "../../../src/core/grid/fromSpec";
import { type CellValue, type Grid, type Rect, cellAt, gridFromValues } from "../../../src/core/grid/grid";
import { fromA1 } from "../../../src/core/grid/address";
import { exampleTemplate } from "../../../src/core/template/example";

/** Sheet "S": A1:A3 = 1, 2, 3; B1 = 10, B2 = "x", B3 = TRUE; C1 = #REF!; T1 = "abc"; N1 = "5". */
function scratch(): Grid {
  const g = gridFromValues("S", [
    [1, 10, { error: "#REF!" }],
    [2, "x"],
    [3, true],
  ]);
  const put = (a1: string, value: CellValue) => {
    const p = fromA1(a1)!;
    (g.rows[p.row] ??= [])[p.col] = { value };
  };
  put("T1", "abc");
  put("N1", "5");
  return g;
}

const GRIDS: Grid[] = [scratch(), ...exampleTemplate().map(gridFromSpec)];

/** Cells of the workbook above; a formula's own sheet is "S". Sheet names match as written. */
function context(opts: { valuesIn?: boolean; hasSheet?: boolean; asked?: string[] } = {}): EvalContext {
  const sheetOf = (name: string | undefined) => GRIDS.find((g) => g.name === (name ?? "S"));
  const ctx: EvalContext = {
    cell(sheet, row, col) {
      opts.asked?.push(`${sheet ?? "S"}!${row},${col}`);
      const g = sheetOf(sheet);
      if (!g) return { error: "#REF!" };
      return cellAt(g, row, col)?.value ?? null;
    },
  };
  if (opts.hasSheet !== false) ctx.hasSheet = (name) => sheetOf(name) !== undefined;
  if (opts.valuesIn) {
    ctx.valuesIn = (sheet, rect: Rect) => {
      const g = sheetOf(sheet)!;
      const out: CellValue[] = [];
      for (let r = rect.top; r <= Math.min(rect.bottom, g.rows.length - 1); r++)
        for (let c = rect.left; c <= Math.min(rect.right, (g.rows[r]?.length ?? 0) - 1); c++) {
          const v = cellAt(g, r, c)?.value;
          if (v !== undefined && v !== null) out.push(v);
        }
      return out;
    };
  }
  return ctx;
}

const ev = (formula: string, ctx = context()) => evaluateFormula(formula, ctx);

describe("arithmetic", () => {
  test.each<[string, CellValue]>([
    ["=1+2*3", 7],
    ["=(1+2)*3", 9],
    ["= 1 + 2 ", 3],
    ["1+2", 3], // the "=" is optional
    ["=10-4-3", 3], // left to right
    ["=2^3", 8],
    ["=2^3^2", 64], // Excel reads ^ left to right: (2^3)^2
    ["=-2^2", 4], // unary minus binds before ^, as in Excel
    ["=--2", 2],
    ["=+3", 3],
    ["=50%", 0.5],
    ["=200*10%", 20],
    ["=7/2", 3.5],
    ["=TRUE+1", 2],
    ['="5"+1', 6], // numeric text is coerced
  ])("%s = %p", (f, want) => expect(ev(f)).toEqual(want));

  test("results keep 15 significant digits, as Excel does", () => {
    expect(ev("=0.1+0.2")).toBe(0.3);
    expect(ev("=1/3")).toBe(0.333333333333333);
    expect(ev("=8962.46-6100-892.46")).toBe(1970);
  });

  test("numbers too large for a double are #NUM!, 0^0 too", () => {
    expect(ev("=10^400")).toEqual({ error: "#NUM!" });
    expect(ev("=0^0")).toEqual({ error: "#NUM!" });
  });
});

describe("references", () => {
  test.each<[string, CellValue]>([
    ["=A1+A2*A3", 7],
    ["=$A$1+A$2+$A3", 6],
    ["=a1+b1", 11],
    ["=-A1", -1],
    ["=A1%", 0.01],
    ["=Z99", 0], // an empty cell shows 0
    ["=B2", "x"],
    ["=B3", true],
    ["=A1:A1+1", 2], // a 1×1 range is its cell
    ["='Phụ lục I'!D6+'Phụ lục I'!D12", 8962.46],
    ["='Phụ lục I'!$D$18", 8962.46],
    ["='Phụ lục II'!E24/2", 6785],
    ["='Số liệu'!C6/'Số liệu'!D6*100", 61.4035087719298],
  ])("%s = %p", (f, want) => expect(ev(f)).toEqual(want));

  test("a range where one value is wanted is #VALUE!", () => {
    expect(ev("=A1:A3")).toEqual({ error: "#VALUE!" });
    expect(ev("=A1:A3+1")).toEqual({ error: "#VALUE!" });
  });

  test("a sheet that does not exist is #REF!; without hasSheet the context is asked as is", () => {
    expect(ev("=NoSheet!A1")).toEqual({ error: "#REF!" });
    expect(ev("='Không có'!A1+1")).toEqual({ error: "#REF!" });
    const asked: string[] = [];
    expect(ev("=Sheet9!B2", context({ hasSheet: false, asked }))).toEqual({ error: "#REF!" });
    expect(asked).toEqual(["Sheet9!1,1"]);
  });
});

describe("SUM over ranges (the template's own formulas)", () => {
  test.each<[string, CellValue]>([
    ["=SUM('Phụ lục I'!D7:D11)", 6992.46],
    ["=SUM('Phụ lục I'!D13:D17)", 1970],
    ["=SUM('Phụ lục I'!D11:D7)", 6992.46], // a range written backwards
    ["=SUM('Phụ lục I'!D7:D11,'Phụ lục I'!D13:D17)", 8962.46],
    ["=SUM('Phụ lục II'!E8:E13)", 4420],
    ["=SUM('Phụ lục II'!E7,'Phụ lục II'!E14,'Phụ lục II'!E17,'Phụ lục II'!E19,'Phụ lục II'!E21)", 13570],
    ["=SUM('Số liệu'!C7:C8)", 1050],
    ["=SUM(A1:A3)", 6],
    ["=SUM(A1:A3,10)", 16],
    ["=sum(A1:A3)", 6],
    ["=SUM(A1:B3)", 16], // text and TRUE inside a range are skipped
    ["=SUM(Z1:Z9)", 0],
    ["=SUM()", 0],
    ['=SUM("5",1)', 6], // a text argument given directly is coerced
  ])("%s = %p", (f, want) => expect(ev(f)).toEqual(want));

  test("a column sum takes in the sub-totals too: 2 × 8.962,46 + the total", () => {
    // D6 + items + D12 + items + D18 = 6.992,46 + 6.992,46 + 1.970 + 1.970 + 8.962,46
    expect(ev("=SUM('Phụ lục I'!D:D)", context({ valuesIn: true }))).toBe(26887.38);
  });

  test("a huge range is read only through valuesIn; cell by cell it gives up (#NUM!) instead of walking 17 billion cells", () => {
    const asked: string[] = [];
    expect(ev("=SUM('Phụ lục I'!A1:XFD1048576)", context({ asked }))).toEqual({ error: "#NUM!" });
    expect(asked).toEqual([]);
    expect(ev("=SUM('Phụ lục I'!A1:XFD1048576)", context({ valuesIn: true }))).toBe(26887.38 + 2 * (1 + 2 + 3 + 4 + 5));
  });
});

describe("other functions", () => {
  test.each<[string, CellValue]>([
    ["=MAX(A1:A3)+MIN(A1:A3)", 4],
    ["=MAX(Z1:Z3)", 0],
    ["=AVERAGE(A1:A3)", 2],
    ["=AVERAGE('Phụ lục I'!D13:D17)", 394],
    ["=COUNT(A1:B3)", 4],
    ['=COUNT(A1:C1,1,"x")', 3], // errors in a range and words are not counted
    ["=ABS(-A3)", 3],
    ["=ROUND(2.345,2)", 2.35],
    ["=ROUND(-2.5,0)", -3], // half away from zero
    ["=ROUND(1234.5,-2)", 1200],
    ["=ROUND('Số liệu'!E6,1)", 61.4],
    ['=IF(A1>0,"có","không")', "có"],
    ["=IF(A1>5,1)", false],
    ["=IF(0,1,2)", 2],
    ['=A1&"x"', "1x"],
    ['="a""b"', 'a"b'],
    ["=B3&A1", "TRUE1"],
    ["=A1>0", true],
    ['="a"="A"', true], // text compares without case
    ['=1<"a"', true], // numbers sort before text
    ["=Z99=0", true],
    ['=Z99=""', true], // an empty cell equals 0 and ""
    ["=A2<>2", false],
  ])("%s = %p", (f, want) => expect(ev(f)).toEqual(want));

  test("wrong argument counts and word conditions are #VALUE!", () => {
    expect(ev("=ABS(1,2)")).toEqual({ error: "#VALUE!" });
    expect(ev("=ROUND(1)")).toEqual({ error: "#VALUE!" });
    expect(ev("=IF(1)")).toEqual({ error: "#VALUE!" });
    expect(ev('=IF("có",1,2)')).toEqual({ error: "#VALUE!" });
  });

  test("AVERAGE of nothing is #DIV/0!", () => {
    expect(ev("=AVERAGE(Z1:Z9)")).toEqual({ error: "#DIV/0!" });
  });
});

describe("errors propagate", () => {
  test.each<[string, string]>([
    ["=A1/0", "#DIV/0!"],
    ["=1/(A1-A1)", "#DIV/0!"],
    ["=A1/Z99", "#DIV/0!"], // an empty divisor is 0
    ["=T1+1", "#VALUE!"], // a word in arithmetic
    ["=C1", "#REF!"],
    ["=C1+1", "#REF!"],
    ["=1+C1*2", "#REF!"],
    ["=-C1", "#REF!"],
    ["=C1%", "#REF!"],
    ["=SUM(A1:C1)", "#REF!"], // an error inside a summed range
    ["=MAX(A1:C1)", "#REF!"],
    ["=ROUND(C1,2)", "#REF!"],
    ["=IF(C1,1,2)", "#REF!"],
    ["=IF(1,C1,2)", "#REF!"],
    ['=C1&"x"', "#REF!"],
    ["=C1>0", "#REF!"],
    ["=#N/A", "#N/A"],
    ["=#N/A+C1", "#N/A"], // the left operand's error comes first
    ["=C1+#N/A", "#REF!"],
    ["=SUM(1/0,C1)", "#DIV/0!"], // the first failing argument wins
  ])("%s is %s", (f, error) => expect(ev(f)).toEqual({ error }));

  test("what the evaluator cannot read is #NAME?, never an exception", () => {
    for (const f of ["=FOO(1)", "=XLOOKUP(A1,B:B,C:C)", "=abc", "=- abc", "=A1+", "=(1+2", "=", "={1,2}", "=SUBTOTAL(9,A1:A3)"])
      expect({ f, v: ev(f) }).toEqual({ f, v: { error: "#NAME?" } });
  });

  test("text beyond the last row or column is not a reference but a name, as in Excel: #NAME?, and nothing is read", () => {
    const asked: string[] = [];
    const ctx = context({ asked });
    expect(ev("=A1048577", ctx)).toEqual({ error: "#NAME?" });
    expect(ev("=XFE1+1", ctx)).toEqual({ error: "#NAME?" });
    expect(ev("=SUM(A1:A1048577)", ctx)).toEqual({ error: "#NAME?" });
    expect(asked).toEqual([]);
  });

  test("a reference pushed off the sheet (#REF! in the formula) is #REF!", () => {
    expect(ev("=#REF!+1")).toEqual({ error: "#REF!" });
    expect(ev("=SUM(Sheet2!#REF!)")).toEqual({ error: "#REF!" });
  });
});

describe("circular references", () => {
  // evaluate.ts evaluates one formula; following other cells is the context's job, and so is
  // noticing a cycle (src/core/tables/uncached.ts answers #REF!, as the stand-in workbook does).
  // What the evaluator owes: it asks for each referenced cell once, and passes the answer on.
  test("an error the context gives for a cycle propagates through arithmetic and SUM", () => {
    const cycle: EvalContext = {
      cell: (_sheet, row, col) => (row === 0 && col === 0 ? { error: "#REF!" } : 1),
    };
    expect(evaluateFormula("=A1+1", cycle)).toEqual({ error: "#REF!" });
    expect(evaluateFormula("=SUM(A1:A5)*2", cycle)).toEqual({ error: "#REF!" });
    expect(evaluateFormula("=SUM(A2:A5)*2", cycle)).toBe(8);
  });

  test("each referenced cell is asked for once, in reading order", () => {
    const asked: string[] = [];
    expect(ev("=A1+A2*A3-SUM(B1:B2)", context({ asked }))).toBe(-3);
    expect(asked).toEqual(["S!0,0", "S!1,0", "S!2,0", "S!0,1", "S!1,1"]);
  });
});
