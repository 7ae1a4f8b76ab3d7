/** What the engine reads from a parsed formula: the cells it refers to, its R1C1 shape, a shifted copy, plain sums. */
import { formulaText, isPlainSum, r1c1Shape, referencedCells, shiftNode } from "../../../src/core/formula/analyze";
import { parseFormula } from "../../../src/core/formula/parse";

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
