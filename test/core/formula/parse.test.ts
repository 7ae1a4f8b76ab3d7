import { formulaText, tryParse } from "../../../src/core/formula/analyze";
import { ParseError, parseFormula } from "../../../src/core/formula/parse";

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
