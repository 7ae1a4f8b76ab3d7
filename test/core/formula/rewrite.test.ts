/** rewrite.ts (and the lexer under it): moving formulas as Excel copies them, following a renamed sheet. */
import fc from "fast-check";
import { formulaText, shiftNode, tryParse } from "../../../src/core/formula/analyze";
import { renameSheet, renameSheets, shiftFormula } from "../../../src/core/formula/rewrite";
import { tokenize } from "../../../src/core/formula/tokens";
import { colToLetters, MAX_COLS, MAX_ROWS, quoteSheetName } from "../../../src/core/grid/address";

describe("shiftFormula: as Excel copies a formula", () => {
  test("a reference moved off the sheet is #REF!", () => {
    expect(shiftFormula("=A1", -1, 0)).toBe("=#REF!");
    expect(shiftFormula("=A1", 0, -1)).toBe("=#REF!");
    expect(shiftFormula("=A1+B2", -1, 0)).toBe("=#REF!+B1");
    expect(shiftFormula("=Sheet2!A1", -1, 0)).toBe("=Sheet2!#REF!");
    expect(shiftFormula("='Phụ lục I'!D5*2", 0, -4)).toBe("='Phụ lục I'!#REF!*2");
  });

  test("a range is #REF! as soon as either end leaves", () => {
    expect(shiftFormula("=SUM(A2:B5)", -2, 0)).toBe("=SUM(#REF!)");
    expect(shiftFormula("=SUM($A$1:A2)", -2, 0)).toBe("=SUM(#REF!)");
    expect(shiftFormula("=SUM(A1:A1048576)", 1, 0)).toBe("=SUM(#REF!)");
    expect(shiftFormula("=SUM(A2:B5)", -1, 0)).toBe("=SUM(A1:B4)");
  });

  test("=SUM($A$1:A1) filled down: the anchored end stays", () => {
    expect([1, 2, 3].map((d) => shiftFormula("=SUM($A$1:A1)", d, 0))).toEqual([
      "=SUM($A$1:A2)",
      "=SUM($A$1:A3)",
      "=SUM($A$1:A4)",
    ]);
    expect(shiftFormula("=$C$5+C$5+$C5+C5", 3, 1)).toBe("=$C$5+D$5+$C8+D8");
  });

  test("string literals are never touched", () => {
    expect(shiftFormula('="A1"&A1', 1, 1)).toBe('="A1"&B2');
    expect(shiftFormula('=IF(A1="",  "say ""B2""", Sheet1!C3)', 1, 0)).toBe('=IF(A2="",  "say ""B2""", Sheet1!C4)');
  });

  test("whole columns move only across, whole rows only down", () => {
    expect(shiftFormula("=SUM(B:B)", 5, 0)).toBe("=SUM(B:B)");
    expect(shiftFormula("=SUM(B:B)", 5, 1)).toBe("=SUM(C:C)");
    expect(shiftFormula("=SUM($B:C)", 0, 2)).toBe("=SUM($B:E)");
    expect(shiftFormula("=SUM(3:3)", 0, 5)).toBe("=SUM(3:3)");
    expect(shiftFormula("=SUM(3:$4)", 2, 5)).toBe("=SUM(5:$4)");
    expect(shiftFormula("=SUM(B:B)", 0, -2)).toBe("=SUM(#REF!)");
    expect(shiftFormula("=SUM(3:3)", -3, 0)).toBe("=SUM(#REF!)");
  });

  test("the edges: XFD and row 1048576", () => {
    expect(shiftFormula("=XFC1", 0, 1)).toBe("=XFD1");
    expect(shiftFormula("=XFD1", 0, 1)).toBe("=#REF!");
    expect(shiftFormula("=XFD1", 0, -1)).toBe("=XFC1");
    expect(shiftFormula("=A1048575", 1, 0)).toBe("=A1048576");
    expect(shiftFormula("=A1048576", 1, 0)).toBe("=#REF!");
    expect(shiftFormula("=SUM(A:A)", 0, MAX_COLS - 1)).toBe("=SUM(XFD:XFD)");
    expect(shiftFormula("=SUM(A:A)", 0, MAX_COLS)).toBe("=SUM(#REF!)");
    expect(shiftFormula("=SUM(1:1)", MAX_ROWS - 1, 0)).toBe("=SUM(1048576:1048576)");
    expect(shiftFormula("=$XFD$1048576", -5, -5)).toBe("=$XFD$1048576");
    // Beyond XFD / row 1048576 a text is a name, not a reference: never moved.
    expect(shiftFormula("=XFE1+A1048577+A1", 1, 0)).toBe("=XFE1+A1048577+A2");
  });

  test("function names, defined names, errors, numbers, structured references stay; spaces and case too", () => {
    expect(shiftFormula("=LOG10(A1)+ATAN2(B1,1)+DAY360(C1)", 1, 0)).toBe("=LOG10(A2)+ATAN2(B2,1)+DAY360(C2)");
    expect(shiftFormula("=Tổng_thu+TongThu+A1", 1, 0)).toBe("=Tổng_thu+TongThu+A2");
    expect(shiftFormula("=#REF!+#N/A+A1+1.5E+10+2E5", 1, 0)).toBe("=#REF!+#N/A+A2+1.5E+10+2E5");
    expect(shiftFormula("=SUM(Bang1[Cột A1])+Bang1[[#This Row],[B2]]", 1, 0)).toBe("=SUM(Bang1[Cột A1])+Bang1[[#This Row],[B2]]");
    expect(shiftFormula("=sum( a1 , $b$2 )", 1, 0)).toBe("=sum( A2 , $b$2 )");
    expect(shiftFormula("=[1]Sheet1!A1", 1, 0)).toBe("=[1]Sheet1!A2");
  });

  test("zero offset is the same text", () => {
    expect(shiftFormula("=anything(A1", 0, 0)).toBe("=anything(A1");
  });
});

describe("renameSheet", () => {
  test("quoted names, re-quoted as needed, matched case-insensitively", () => {
    expect(renameSheet("='Phụ lục I'!D5+D5", "Phụ lục I", "Phụ lục II")).toBe("='Phụ lục II'!D5+D5");
    expect(renameSheet("='phụ lục i'!D5", "Phụ lục I", "Bieu1")).toBe("=Bieu1!D5");
    expect(renameSheet("=Bieu1!D5", "Bieu1", "PL1")).toBe("='PL1'!D5"); // PL1 is a cell: quoted
    expect(renameSheet("=Data!A1+SUM(data!B:B)", "DATA", "Data 2")).toBe("='Data 2'!A1+SUM('Data 2'!B:B)");
    expect(renameSheet("='It''s'!A1", "It's", "Its")).toBe("=Its!A1");
    expect(renameSheet("=Its!A1", "Its", "It's")).toBe("='It''s'!A1");
    expect(renameSheet("=S!A1", "S", "A1")).toBe("='A1'!A1");
  });

  test("never inside string literals; names and #REF! after the sheet follow too", () => {
    expect(renameSheet('="Sheet1!A1"&Sheet1!A1', "Sheet1", "Data")).toBe('="Sheet1!A1"&Data!A1');
    expect(renameSheet("=Sheet1!TongThu+Sheet1!#REF!", "Sheet1", "Data")).toBe("=Data!TongThu+Data!#REF!");
  });

  test("other workbooks' sheets and other sheets are left alone", () => {
    expect(renameSheet("=[1]Sheet1!A1+'[Book.xlsx]Sheet1'!A1", "Sheet1", "X")).toBe("=[1]Sheet1!A1+'[Book.xlsx]Sheet1'!A1");
    expect(renameSheet("=Sheet10!A1+Sheet1A!A1", "Sheet1", "X")).toBe("=Sheet10!A1+Sheet1A!A1");
  });

  test("renameSheets renames all at once: a swap is a swap", () => {
    const swap = new Map([
      ["A", "B"],
      ["B", "A"],
    ]);
    expect(renameSheets("=A!A1+B!B1", (s) => swap.get(s))).toBe("=B!A1+A!B1");
  });
});

/* ------------------------------------------------------------------------------------------ */
/* Properties                                                                                 */
/* ------------------------------------------------------------------------------------------ */

const SHEETS = ["Sheet1", "Phụ lục I", "It's", "Data"];

/** A reference as text, with random anchors and maybe a sheet. */
const refText = fc
  .tuple(
    fc.integer({ min: 0, max: 60 }),
    fc.integer({ min: 0, max: 60 }),
    fc.integer({ min: 0, max: 60 }),
    fc.integer({ min: 0, max: 60 }),
    fc.array(fc.boolean(), { minLength: 4, maxLength: 4 }),
    fc.constantFrom("cell", "range", "cols", "rows"),
    fc.option(fc.constantFrom(...SHEETS), { nil: undefined }),
  )
  .map(([r1, c1, r2, c2, abs, kind, sheet]) => {
    const d = (b: boolean) => (b ? "$" : "");
    const cell = (r: number, c: number, a: boolean, b: boolean) => `${d(a)}${colToLetters(c)}${d(b)}${r + 1}`;
    const body =
      kind === "cell"
        ? cell(r1, c1, abs[0], abs[1])
        : kind === "range"
          ? `${cell(r1, c1, abs[0], abs[1])}:${cell(r2, c2, abs[2], abs[3])}`
          : kind === "cols"
            ? `${d(abs[0])}${colToLetters(c1)}:${d(abs[1])}${colToLetters(c2)}`
            : `${d(abs[0])}${r1 + 1}:${d(abs[1])}${r2 + 1}`;
    return sheet === undefined ? body : `${quoteSheetName(sheet)}!${body}`;
  });

const atom = fc.oneof(
  refText,
  fc.string({ maxLength: 8 }).map((s) => `"${s.replace(/"/g, '""')}"`),
  fc.constantFrom('"A1"', '"Sheet1!B2"', "1.5", "2E5", "TRUE", "TongThu", "#N/A", "#REF!"),
  fc.array(refText, { minLength: 1, maxLength: 3 }).map((xs) => `SUM(${xs.join(",")})`),
);
const formula = fc
  .array(fc.tuple(atom, fc.constantFrom("+", "-", "*", "/", "&", " + ")), { minLength: 1, maxLength: 6 })
  .map((xs) => "=" + xs.map(([a, op], i) => (i === 0 ? a : op + a)).join(""));
/** Small moves (identity, strings) and big ones (off the sheet: #REF!). */
const delta = fc.integer({ min: -15, max: 15 });
const bigDelta = fc.integer({ min: -80, max: 80 });

describe("properties", () => {
  test("the lexer keeps every character: its tokens join back to the text", () => {
    fc.assert(
      fc.property(
        fc.string(),
        (s) =>
          tokenize(s)
            .map((t) => t.text)
            .join("") === s,
      ),
    );
    fc.assert(
      fc.property(
        formula,
        (f) =>
          tokenize(f)
            .map((t) => t.text)
            .join("") === f,
      ),
    );
  });

  test("shift by d then by −d is the identity while everything stays on the sheet", () => {
    fc.assert(
      fc.property(formula, delta, delta, (f, dr, dc) => {
        const there = shiftFormula(f, dr, dc);
        fc.pre(!there.includes("#REF!") && !f.includes("#REF!"));
        expect(shiftFormula(there, -dr, -dc)).toBe(f);
      }),
    );
  });

  test("string literals never change", () => {
    const strings = (f: string) => tokenize(f).flatMap((t) => (t.k === "str" ? [t.text] : []));
    fc.assert(
      fc.property(formula, delta, delta, fc.constantFrom(...SHEETS), (f, dr, dc, s) => {
        expect(strings(shiftFormula(f, dr, dc))).toEqual(strings(f));
        expect(strings(renameSheet(f, s, "Mới đổi"))).toEqual(strings(f));
      }),
    );
  });

  test("renaming a sheet the formula does not name changes nothing", () => {
    fc.assert(fc.property(formula, (f) => renameSheet(f, "Không có", "X") === f));
    fc.assert(fc.property(fc.string(), (s) => renameSheet(s, "Không có", "X") === s));
  });

  test("rename there and back is the identity (up to quoting)", () => {
    fc.assert(
      fc.property(formula, fc.constantFrom(...SHEETS), (f, s) => {
        const canonical = renameSheet(f, s, s);
        expect(renameSheet(renameSheet(f, s, "Tạm thời"), "Tạm thời", s)).toBe(canonical);
      }),
    );
  });

  test("the parser's shiftNode agrees with shiftFormula, #REF! included", () => {
    fc.assert(
      fc.property(formula, bigDelta, bigDelta, (f, dr, dc) => {
        const node = tryParse(f);
        fc.pre(node !== undefined);
        const moved = tryParse(shiftFormula(f, dr, dc));
        expect(moved).toBeDefined();
        expect(formulaText(shiftNode(node, dr, dc))).toBe(formulaText(moved!));
      }),
    );
  });
});
