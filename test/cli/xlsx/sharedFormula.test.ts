/** Shared formulas: the master's formula moved to each follower (core/formula/rewrite.ts shiftFormula). */
import { SharedFormulas } from "../../../src/cli/xlsx/sharedFormula";
import { shiftFormula } from "../../../src/core/formula/rewrite";

describe("SharedFormulas", () => {
  test("followers get the master's formula moved by their offset; an unknown si gives nothing", () => {
    const sf = new SharedFormulas();
    sf.master("0", "C5/D5*100", 4, 4);
    expect(sf.follower("0", 5, 4)).toBe("C6/D6*100");
    expect(sf.follower("0", 4, 5)).toBe("D5/E5*100");
    expect(sf.follower("0", 0, 4)).toBe("C1/D1*100");
    expect(sf.follower("0", 0, 1)).toBe("#REF!/A1*100");
    expect(sf.follower("1", 5, 4)).toBeUndefined();
    sf.master("0", "SUM($A$1:A1)", 0, 1);
    expect(sf.follower("0", 9, 1)).toBe("SUM($A$1:A10)");
  });
});

describe("shiftFormula", () => {
  test("relative, absolute and mixed references", () => {
    expect(shiftFormula("C5/D5*100", 1, 0)).toBe("C6/D6*100");
    expect(shiftFormula("C5/D5*100", 0, 2)).toBe("E5/F5*100");
    expect(shiftFormula("$C$5+C$5+$C5+C5", 3, 1)).toBe("$C$5+D$5+$C8+D8");
    expect(shiftFormula("=A1", 1, 1)).toBe("=B2");
    expect(shiftFormula("a1+b2", 1, 0)).toBe("A2+B3");
  });

  test("ranges, whole columns and whole rows", () => {
    expect(shiftFormula("SUM(D6:D10)", 1, 0)).toBe("SUM(D7:D11)");
    expect(shiftFormula("SUM(D$6:D10)", 2, 0)).toBe("SUM(D$6:D12)");
    expect(shiftFormula("SUM(A:A)+SUM($B:C)", 5, 1)).toBe("SUM(B:B)+SUM($B:D)");
    expect(shiftFormula("SUM(5:7)+SUM($5:7)", 2, 3)).toBe("SUM(7:9)+SUM($5:9)");
  });

  test("sheet-qualified references", () => {
    expect(shiftFormula("'Phụ lục I'!D6+Sheet1!D6", 1, 0)).toBe("'Phụ lục I'!D7+Sheet1!D7");
    expect(shiftFormula("'It''s A1'!A1:B2", 1, 1)).toBe("'It''s A1'!B2:C3");
    expect(shiftFormula("SUM('Chỉ tiêu 2024'!$D$6:D10)", 1, 0)).toBe("SUM('Chỉ tiêu 2024'!$D$6:D11)");
  });

  test("function names, strings, names, errors and numbers are left alone", () => {
    expect(shiftFormula('LOG10(A1)&"A1"&LEN("say ""B2""")', 1, 0)).toBe('LOG10(A2)&"A1"&LEN("say ""B2""")');
    expect(shiftFormula("ATAN2(1,2)+DAY360(A1)", 1, 0)).toBe("ATAN2(1,2)+DAY360(A2)");
    expect(shiftFormula("IF(A1>0,TRUE,FALSE)+TongThu", 1, 0)).toBe("IF(A2>0,TRUE,FALSE)+TongThu");
    expect(shiftFormula("A1+1.5E+10+2E5+10", 1, 0)).toBe("A2+1.5E+10+2E5+10");
    expect(shiftFormula("#REF!+#DIV/0!+#N/A+A1", 1, 0)).toBe("#REF!+#DIV/0!+#N/A+A2");
    expect(shiftFormula("_xlfn.XLOOKUP(A1,B:B,C:C)", 1, 0)).toBe("_xlfn.XLOOKUP(A2,B:B,C:C)");
  });

  test("structured and external references are left alone", () => {
    expect(shiftFormula("SUM(Bang1[Cột A])+A1", 1, 0)).toBe("SUM(Bang1[Cột A])+A2");
    expect(shiftFormula("Bang1[[#This Row],[A1]]*2", 1, 0)).toBe("Bang1[[#This Row],[A1]]*2");
    expect(shiftFormula("[1]Sheet1!A1", 1, 0)).toBe("[1]Sheet1!A2");
  });

  test("references moved off the sheet become #REF!", () => {
    expect(shiftFormula("XFD1+A1", 0, 1)).toBe("#REF!+B1");
    expect(shiftFormula("A1048576", 1, 0)).toBe("#REF!");
    expect(shiftFormula("A1", -1, 0)).toBe("#REF!");
  });

  test("zero offset returns the same text; not-cells beyond XFD untouched", () => {
    expect(shiftFormula("anything(A1", 0, 0)).toBe("anything(A1");
    expect(shiftFormula("ZZZ1+A1", 1, 0)).toBe("ZZZ1+A2");
  });
});
