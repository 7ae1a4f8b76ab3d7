/** address.ts: A1 text ↔ 0-based indices, ranges, whole rows and columns, sheet names, area lists. */
import fc from "fast-check";
import {
  addressOf,
  type Area,
  areaRect,
  areaToA1,
  colToLetters,
  fromA1,
  inSheet,
  lettersToCol,
  MAX_COLS,
  MAX_ROWS,
  parseAddress,
  parseArea,
  parseAreas,
  quoteSheetName,
  readCellAt,
  rectFromA1,
  rectToA1,
  toA1,
} from "../../../src/core/grid/address";

const row = fc.integer({ min: 0, max: MAX_ROWS - 1 });
const col = fc.integer({ min: 0, max: MAX_COLS - 1 });

describe("limits", () => {
  test("counts, not last indices: the last cell is XFD1048576 = (1048575, 16383)", () => {
    expect(MAX_ROWS).toBe(1_048_576);
    expect(MAX_COLS).toBe(16_384);
    expect(toA1(MAX_ROWS - 1, MAX_COLS - 1)).toBe("XFD1048576");
    expect(inSheet(MAX_ROWS - 1, MAX_COLS - 1)).toBe(true);
    expect(inSheet(MAX_ROWS, 0)).toBe(false);
    expect(inSheet(0, MAX_COLS)).toBe(false);
    expect(inSheet(-1, 0)).toBe(false);
  });
});

describe("columns", () => {
  test.each([
    [0, "A"],
    [25, "Z"],
    [26, "AA"],
    [51, "AZ"],
    [52, "BA"],
    [701, "ZZ"],
    [702, "AAA"],
    [16383, "XFD"],
  ])("%i ↔ %s", (c, letters) => {
    expect(colToLetters(c)).toBe(letters);
    expect(lettersToCol(letters)).toBe(c);
    expect(lettersToCol(letters.toLowerCase())).toBe(c);
  });

  test.each(["", "XFE", "ZZZ", "ABCD", "A1", "$A", "Ă"])("%p is no column", (s) => expect(lettersToCol(s)).toBe(-1));

  test("every column round-trips", () => {
    fc.assert(fc.property(col, (c) => lettersToCol(colToLetters(c)) === c));
  });
});

describe("cells", () => {
  test.each([
    ["A1", 0, 0],
    ["D7", 6, 3],
    ["$D$7", 6, 3],
    ["d$7", 6, 3],
    [" D7 ", 6, 3],
    ["XFD1048576", 1048575, 16383],
    ["A01", 0, 0],
  ])("%p is (%i, %i)", (text, r, c) => expect(fromA1(text)).toEqual({ row: r, col: c }));

  test.each(["", "A", "7", "A0", "XFE1", "A1048577", "A1:B2", "B:B", "Sheet1!A1", "1A", "A 1", "$$A1"])("%p is no cell", (text) =>
    expect(fromA1(text)).toBeUndefined(),
  );

  test("A1 ↔ (row, col) over the whole sheet", () => {
    fc.assert(fc.property(row, col, (r, c) => expect(fromA1(toA1(r, c))).toEqual({ row: r, col: c })));
  });

  test("readCellAt reads an exact span of a bigger text and allocates nothing", () => {
    const out = { row: -1, col: -1 };
    const xml = '<c r="AB12" s="3">';
    expect(readCellAt(xml, 6, 10, out)).toBe(true);
    expect(out).toEqual({ row: 11, col: 27 });
    expect(readCellAt(xml, 6, 9, out)).toBe(true); // "AB1"
    expect(out).toEqual({ row: 0, col: 27 });
    for (const bad of ["$A$1", "A1B", "XFE1", "A0", "A12345678", "", "AB"])
      expect(readCellAt(bad, 0, bad.length, out)).toBe(false);
    fc.assert(
      fc.property(row, col, (r, c) => {
        const t = `x${toA1(r, c)}"`;
        return readCellAt(t, 1, t.length - 1, out) && out.row === r && out.col === c;
      }),
    );
  });
});

describe("areas", () => {
  test("a cell, a range with anchors, whole columns, whole rows", () => {
    expect(parseArea("$D$7")).toEqual({
      kind: "cell",
      from: { row: 6, col: 3, rowAbs: true, colAbs: true },
      to: { row: 6, col: 3, rowAbs: true, colAbs: true },
    });
    expect(parseArea("$A1:B$2")).toEqual({
      kind: "range",
      from: { row: 0, col: 0, rowAbs: false, colAbs: true },
      to: { row: 1, col: 1, rowAbs: true, colAbs: false },
    });
    expect(parseArea("B:$D")).toEqual({
      kind: "cols",
      from: { row: 0, col: 1, rowAbs: true, colAbs: false },
      to: { row: MAX_ROWS - 1, col: 3, rowAbs: true, colAbs: true },
    });
    expect(parseArea("$3:5")).toEqual({
      kind: "rows",
      from: { row: 2, col: 0, rowAbs: true, colAbs: true },
      to: { row: 4, col: MAX_COLS - 1, rowAbs: false, colAbs: true },
    });
  });

  test.each(["A1:", ":A1", "A1:B", "A:B1", "A$:B", "1:A", "A", "5", "XFE:XFE", "0:1", "1:1048577", "A1:B2:C3", "A1 B2"])(
    "%p is no area",
    (text) => expect(parseArea(text)).toBeUndefined(),
  );

  test.each([
    ["A1", "A1"],
    ["$a$1:b2", "$A$1:B2"],
    ["b:$d", "B:$D"],
    ["$3:5", "$3:5"],
    ["XFD1048576:A1", "XFD1048576:A1"],
  ])("%p prints as %p", (text, printed) => expect(areaToA1(parseArea(text)!)).toBe(printed));

  test("areaRect sorts the ends", () => {
    expect(areaRect(parseArea("C3:A1")!)).toEqual({ top: 0, left: 0, bottom: 2, right: 2 });
    expect(areaRect(parseArea("D:B")!)).toEqual({ top: 0, left: 1, bottom: MAX_ROWS - 1, right: 3 });
  });

  const ref = fc.record({ row, col, rowAbs: fc.boolean(), colAbs: fc.boolean() });
  const area: fc.Arbitrary<Area> = fc.oneof(
    ref.map((r) => ({ kind: "cell" as const, from: r, to: r })),
    fc.tuple(ref, ref).map(([from, to]) => ({ kind: "range" as const, from, to })),
    fc.tuple(col, col, fc.boolean(), fc.boolean()).map(([a, b, x, y]) => ({
      kind: "cols" as const,
      from: { row: 0, col: a, rowAbs: true, colAbs: x },
      to: { row: MAX_ROWS - 1, col: b, rowAbs: true, colAbs: y },
    })),
    fc.tuple(row, row, fc.boolean(), fc.boolean()).map(([a, b, x, y]) => ({
      kind: "rows" as const,
      from: { row: a, col: 0, rowAbs: x, colAbs: true },
      to: { row: b, col: MAX_COLS - 1, rowAbs: y, colAbs: true },
    })),
  );

  test("every area round-trips through its text", () => {
    fc.assert(fc.property(area, (a) => expect(parseArea(areaToA1(a))).toEqual(a)));
  });
});

describe("rects", () => {
  test.each([
    [{ top: 4, left: 3, bottom: 4, right: 3 }, "D5"],
    [{ top: 0, left: 0, bottom: 2, right: 2 }, "A1:C3"],
    [{ top: 0, left: 1, bottom: MAX_ROWS - 1, right: 3 }, "B:D"],
    [{ top: 2, left: 0, bottom: 4, right: MAX_COLS - 1 }, "3:5"],
    [{ top: 0, left: 0, bottom: MAX_ROWS - 1, right: MAX_COLS - 1 }, "A1:XFD1048576"],
  ])("%j ↔ %s", (rect, text) => {
    expect(rectToA1(rect)).toBe(text);
    expect(rectFromA1(text)).toEqual(rect);
  });

  test("rectFromA1 reads anchors and reversed ends; not sheets", () => {
    expect(rectFromA1("$C$3:$A$1")).toEqual({ top: 0, left: 0, bottom: 2, right: 2 });
    expect(rectFromA1("Sheet1!A1")).toBeUndefined();
  });

  test("every rect round-trips", () => {
    const rect = fc
      .tuple(row, row, col, col)
      .map(([a, b, c, d]) => ({ top: Math.min(a, b), bottom: Math.max(a, b), left: Math.min(c, d), right: Math.max(c, d) }));
    fc.assert(fc.property(rect, (r) => expect(rectFromA1(rectToA1(r))).toEqual(r)));
  });
});

describe("sheet names", () => {
  test.each([
    ["Sheet1", "Sheet1"],
    ["Data_2.x", "Data_2.x"],
    ["Phụ lục I", "'Phụ lục I'"],
    ["It's", "'It''s'"],
    ["My Sheet", "'My Sheet'"],
    ["A1", "'A1'"],
    ["XFD1048576", "'XFD1048576'"],
    ["R1C1", "'R1C1'"],
    ["R", "'R'"],
    ["c", "'c'"],
    ["2024", "'2024'"],
    ["a,b", "'a,b'"],
  ])("%p is written %p", (name, quoted) => expect(quoteSheetName(name)).toBe(quoted));

  test("sheet-qualified addresses", () => {
    expect(parseAddress("'Phụ lục I'!A1:B2")).toMatchObject({
      sheet: "Phụ lục I",
      rect: { top: 0, left: 0, bottom: 1, right: 1 },
    });
    expect(parseAddress("'It''s'!$A$1")).toMatchObject({ sheet: "It's", rect: { top: 0, left: 0, bottom: 0, right: 0 } });
    expect(parseAddress("Sheet1!B:D")).toMatchObject({ sheet: "Sheet1", area: { kind: "cols" } });
    expect(parseAddress(" C3 ")).toEqual({ area: parseArea("C3"), rect: { top: 2, left: 2, bottom: 2, right: 2 } });
    for (const bad of ["'x'A1", "Sheet1!", "'unterminated!A1", "''!A1", "Sheet 1!A1", "Sheet1!XFE1"])
      expect(parseAddress(bad)).toBeUndefined();
    expect(addressOf("Phụ lục I", { top: 0, left: 0, bottom: 1, right: 1 })).toBe("'Phụ lục I'!A1:B2");
    expect(addressOf("S", { top: 0, left: 2, bottom: MAX_ROWS - 1, right: 2 })).toBe("S!C:C");
  });

  // Excel forbids : \ / ? * [ ] in sheet names, and an apostrophe at either end.
  const sheetName = fc
    .string({ minLength: 1, maxLength: 12 })
    .filter((s) => !/[:\\/?*[\]]/.test(s) && !s.startsWith("'") && !s.endsWith("'") && s.trim() === s && s !== "");

  test("any sheet name survives quoting", () => {
    const rect = fc.tuple(row, col).map(([r, c]) => ({ top: r, left: c, bottom: r, right: c }));
    fc.assert(
      fc.property(sheetName, rect, (name, r) => {
        expect(parseAddress(addressOf(name, r))).toMatchObject({ sheet: name, rect: r });
      }),
    );
  });

  test("area lists, commas inside quoted names included", () => {
    const rects = (s: string) => parseAreas(s)?.map((a) => [a.sheet, rectToA1(a.rect)]);
    expect(rects("'Phụ lục I'!A1:B2, C3")).toEqual([
      ["Phụ lục I", "A1:B2"],
      [undefined, "C3"],
    ]);
    expect(rects("'a,b'!$C$3:$D$4,'It''s'!A1")).toEqual([
      ["a,b", "C3:D4"],
      ["It's", "A1"],
    ]);
    expect(rects("")).toEqual([]);
    expect(parseAreas("A1,nope")).toBeUndefined();
    fc.assert(
      fc.property(sheetName, fc.array(fc.tuple(row, col), { minLength: 1, maxLength: 4 }), (name, cells) => {
        const list = cells.map(([r, c]) => addressOf(name, { top: r, left: c, bottom: r, right: c })).join(",");
        expect(rects(list)).toEqual(cells.map(([r, c]) => [name, toA1(r, c)]));
      }),
    );
  });
});
