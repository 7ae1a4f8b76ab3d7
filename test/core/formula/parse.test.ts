import { formulaText, isPlainSum, r1c1Shape, referencedCells, shiftNode, tryParse } from "../../../src/core/formula/analyze";
import { ParseError, parseFormula } from "../../../src/core/formula/parse";

const cells = (f: string, sheet = "Phụ lục I") =>
  referencedCells(parseFormula(f), sheet)!.map(
    (c) => `${c.sheet === sheet ? "" : c.sheet + "!"}${String.fromCharCode(65 + c.col)}${c.row + 1}`,
  );

describe("which cells a formula refers to", () => {
  test.each([
    ["=SUM(D7:D11)", ["D7", "D8", "D9", "D10", "D11"]],
    ["=D6+D12", ["D6", "D12"]],
    ["=$D$6+D$12+$D12", ["D6", "D12", "D12"]],
    ["=SUM(D7:D8)+D10-D11", ["D7", "D8", "D10", "D11"]],
    ["='Phụ lục I'!D6*2", ["D6"]],
    ["='Phụ lục II'!E24+Sheet2!A1", ["Phụ lục II!E24", "Sheet2!A1"]],
    ["=SUM(E7,E14,E17)", ["E7", "E14", "E17"]],
    ['=IF(D5>0,C5/D5,"")', ["D5", "C5", "D5"]],
    ["=VLOOKUP(A1,B1:C2,2,FALSE)", ["A1", "B1", "C1", "B2", "C2"]],
  ])("%s", (f, want) => expect(cells(f)).toEqual(want));

  test("whole columns are cut, huge ranges give up instead of allocating", () => {
    expect(referencedCells(parseFormula("=SUM(A:A)"), "S", { maxRow: 9 })!.length).toBe(10);
    expect(referencedCells(parseFormula("=SUM(A1:Z100000)"), "S", { limit: 1000 })).toBeUndefined();
  });
});

describe("parsing", () => {
  test.each([
    ["=1+2*3", "=1+2*3"],
    ["=(1+2)*3", "=(1+2)*3"],
    ["=-D5", "=-D5"],
    ["=50%", "=50%"],
    ["=C5/D5*100", "=C5/D5*100"],
    ["=ROUND(C5/D5*100;1)", "=ROUND(C5/D5*100,1)"],
    ["=A1-(B1-C1)", "=A1-(B1-C1)"],
    ["='Phụ lục I'!D6", "='Phụ lục I'!D6"],
    ["=SUM($D$7:D11)", "=SUM($D$7:D11)"],
    ['="a""b"&A1', '="a""b"&A1'],
    ["=NOTAFUNCTION(A1, 2)", "=NOTAFUNCTION(A1,2)"],
    ["=#REF!+1", "=#REF!+1"],
    ["=TRUE", "=TRUE"],
  ])("%s prints back as %s", (f, want) => expect(formulaText(parseFormula(f))).toBe(want));

  test.each(["=", "=SUM(", "=1+", "=A1:", "='unterminated!A1", "=)", "=1 2", "={1,2}", "=@A1"])(
    "%p is not a formula it reads: ParseError, never a crash",
    (f) => {
      expect(() => parseFormula(f)).toThrow(ParseError);
      expect(tryParse(f)).toBeUndefined();
    },
  );

  test("=2^3^2 is (2^3)^2 and -2^2 is (-2)^2, as Excel reads them", () => {
    expect(formulaText(parseFormula("=2^3^2"))).toBe("=2^3^2");
    expect(parseFormula("=2^3^2")).toMatchObject({
      type: "binary",
      op: "^",
      left: { type: "binary", op: "^" },
      right: { value: 2 },
    });
    expect(parseFormula("=-2^2")).toMatchObject({
      type: "binary",
      op: "^",
      left: { type: "unary", op: "-" },
      right: { value: 2 },
    });
  });

  test("unknown functions parse as calls (evaluate.test.ts: they evaluate to #NAME?)", () => {
    expect(tryParse("=XLOOKUP(A1,B:B,C:C)")).toMatchObject({
      type: "call",
      name: "XLOOKUP",
      args: [
        { type: "ref", row: 0, col: 0 },
        { type: "range", from: { col: 1 } },
        { type: "range", from: { col: 2 } },
      ],
    });
  });
});

describe("shapes", () => {
  test("=Cn/Dn*100 has one R1C1 shape down a column; =C4/D5*100 another", () => {
    const at = (f: string, row: number) => r1c1Shape(parseFormula(f), row - 1, 4);
    expect(at("=C5/D5*100", 5)).toBe(at("=C9/D9*100", 9));
    expect(at("=C4/D5*100", 4)).not.toBe(at("=C5/D5*100", 5));
    expect(at("=$C$1/D5", 5)).toBe(at("=$C$1/D9", 9));
  });
  test("copying a formula down shifts its relative references", () => {
    expect(formulaText(shiftNode(parseFormula("=C5/D5*100+$A$1+A$1"), 3, 0))).toBe("=C8/D8*100+$A$1+A$1");
  });
  test("plain sums", () => {
    expect(isPlainSum(parseFormula("=SUM(D7:D11)+D12"))).toBe(true);
    expect(isPlainSum(parseFormula("=D6-D12"))).toBe(false);
    expect(isPlainSum(parseFormula("=SUM(D7:D11)*2"))).toBe(false);
  });
});
