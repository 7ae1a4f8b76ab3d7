/**
 * Consolidation in core: the form's signature, matching by headers and row keys (not by cell
 * position), exact sums, rates worked out from the sums, and the consolidated sheets.
 */
import { checkWorkbook } from "../../../src/core/engine";
import { checkInput } from "../../../src/core/consolidate/examine";
import { formCells, tableShape } from "../../../src/core/consolidate/form";
import { inputValues, matchForm } from "../../../src/core/consolidate/match";
import { consolidate } from "../../../src/core/consolidate/sum";
import { consolidatedSheets, DETAIL_SHEET, RESULT_SHEET, type InputOutcome } from "../../../src/core/consolidate/output";
import { fromA1 } from "../../../src/core/grid/address";
import { gridFromSpec } from "../../../src/core/grid/fromSpec";
import type { SheetSpec } from "../../../src/core/grid/spec";
import { decToNumber, decToString } from "../../../src/core/number/decimal";
import { exampleTemplate } from "../../../src/core/template/example";
import { scaled } from "../../../testkit/scaled";
import { indicators, shifted } from "./helpers";

const checked = (specs: SheetSpec[]) => {
  const c = checkInput(specs.map(gridFromSpec), "vi");
  expect(c.examined.counts.errors).toBe(0);
  return c;
};

/** Consolidates workbooks; the first is the form. */
function run(...books: SheetSpec[][]) {
  const sig = checked(books[0]).sig;
  const cells = formCells(sig);
  const form = sig.map(tableShape);
  const inputs = books.map((b) => {
    const x = checked(b).examined;
    const match = matchForm(form, x.tables);
    return { match, values: inputValues(cells, form, x, match) };
  });
  const sums = consolidate(
    cells,
    inputs.filter((i) => i.match.status === "matched").map((i) => i.values),
  );
  const at = (sheet: string, a1: string) => {
    const p = fromA1(a1)!;
    const i = cells.findIndex((c) => c.sheet === sheet && c.row === p.row && c.col === p.col);
    expect(i).toBeGreaterThanOrEqual(0);
    return sums[i];
  };
  return { form, cells, inputs, sums, at };
}

describe("sums", () => {
  test("amounts add up exactly over the communes (6.992,46 × 1 + × 3 is 27.969,84, to the last digit)", () => {
    const r = run(exampleTemplate(), scaled(exampleTemplate(), 3));
    expect(r.inputs.map((i) => i.match.status)).toEqual(["matched", "matched"]);
    // Phụ lục I, D6: the 2021–2022 group, 6.992,46 in the template.
    expect(decToString(r.at("Phụ lục I", "D6")!)).toBe("27969.84");
    // Tổng cộng of Phụ lục I: 8.962,46 in the template.
    expect(decToString(r.at("Phụ lục I", "D18")!)).toBe("35849.84");
  });

  test("a rate is worked out from the summed numerator and denominator, not averaged", () => {
    const a = indicators(() => {});
    const b = indicators((rows) => {
      rows[0].kids![0].v = { kh: 800, th: 500 }; // a) 62,5 %
    });
    const r = run([a], [b]);
    expect(r.inputs.map((i) => i.match.status)).toEqual(["matched", "matched"]);
    const sheet = a.name;
    // a): 1.086 + 500 of 1.200 + 800 → 79,3 % (the average of 90,5 % and 62,5 % would be 76,5 %).
    expect(decToNumber(r.at(sheet, "F5")!)).toBe(79.3);
    // 1: 1.440 + 854 of 1.500 + 1.100.
    expect(decToNumber(r.at(sheet, "F4")!)).toBeCloseTo((2294 / 2600) * 100, 9);
    expect(decToNumber(r.at(sheet, "D4")!)).toBe(2600);
  });

  test("a row of percentages (unit %) is not added up", () => {
    const a = indicators(() => {});
    const r = run([a], [indicators((rows) => (rows[2].v = { kh: 500, th: 400 }))]);
    // 3 Người dân có tài khoản …: added; 2 Tỷ lệ hồ sơ đúng hạn (unit %): not.
    expect(decToNumber(r.at(a.name, "D8")!)).toBe(8500 + 500);
    expect(r.at(a.name, "D7")).toBeUndefined();
  });
});

describe("matching", () => {
  test("a table moved down 3 rows is matched row by row", () => {
    const form = exampleTemplate();
    const moved = scaled(exampleTemplate(), 2).map((s) => (s.name === "Phụ lục I" ? shifted(s, 3) : s));
    const r = run(form, moved);
    expect(r.inputs[1].match.status).toBe("matched");
    const i = r.cells.findIndex((c) => c.sheet === "Phụ lục I" && c.row === 5 && c.col === 3);
    expect(r.inputs[1].values.rows[i]).toBe(8);
    expect(decToString(r.at("Phụ lục I", "D6")!)).toBe("20977.38");
  });

  test("a commune with an extra row is partial: the row is named, its other rows still matched", () => {
    const a = indicators(() => {});
    const b = indicators((rows) =>
      rows.push({ tt: 6, label: "Điểm phát sóng wifi công cộng", v: { kh: 5, th: 4 }, t: { dvt: "điểm" } }),
    );
    const r = run([a], [b]);
    const m = r.inputs[1].match;
    expect(m.status).toBe("partial");
    expect(m.extraRows).toEqual([`${a.name}: 6 Điểm phát sóng wifi công cộng`]);
    expect(m.missingRows).toEqual([]);
    expect(r.inputs[1].values.values.filter((v) => v !== undefined).length).toBeGreaterThan(10);
  });

  test("a commune missing a row is partial, the row named", () => {
    const a = indicators(() => {});
    const r = run([a], [indicators((rows) => rows.splice(3, 1))]);
    expect(r.inputs[1].match.status).toBe("partial");
    expect(r.inputs[1].match.missingRows).toEqual([`${a.name}: 4 Tổ công nghệ số cộng đồng hoạt động hiệu quả`]);
  });

  test("a table with other headers is another form, with why", () => {
    const other = exampleTemplate().map((s) =>
      s.name === "Phụ lục I" ? { ...s, cells: s.cells.map((c) => (c.value === "Kinh phí" ? { ...c, value: "Dự toán" } : c)) } : s,
    );
    const r = run(exampleTemplate(), other);
    expect(r.inputs[1].match.status).toBe("other-form");
    expect(r.inputs[1].match.why[0].vi).toContain('trang "Phụ lục I"');
  });
});

describe("the consolidated sheets", () => {
  test("the form's cells with the sums, formulas kept; Chi tiết and Kết quả kiểm tra", () => {
    const books = [exampleTemplate(), scaled(exampleTemplate(), 3)];
    const r = run(...books);
    const outcomes: InputOutcome[] = r.inputs.map((x, i) => ({
      file: `xa-${i + 1}.xlsx`,
      status: "summed",
      errors: 0,
      warnings: 0,
      checkedCells: 10,
      numericCells: 10,
      why: [],
      values: x.values,
    }));
    const grids = books[0].map(gridFromSpec);
    const { sheets } = consolidatedSheets(grids, r.cells, r.sums, outcomes);
    expect(sheets.map((s) => s.name)).toEqual([...grids.map((g) => g.name), DETAIL_SHEET, RESULT_SHEET]);
    const cell = (s: SheetSpec, a1: string) => {
      const p = fromA1(a1)!;
      return s.cells.find((c) => c.row === p.row && c.col === p.col);
    };
    const d6 = cell(sheets[0], "D6")!;
    expect(d6.value).toBe(27969.84);
    expect(d6.formula).toBe(cell(exampleTemplate()[0], "D6")!.formula);
    expect(cell(sheets[0], "B7")!.value).toBe(cell(exampleTemplate()[0], "B7")!.value);
    // The consolidated workbook checks clean with the engine.
    const { report } = checkWorkbook(sheets.slice(0, 4).map(gridFromSpec));
    expect(report.summary.errors).toBe(0);
    const detail = sheets[5];
    const row = 2 + r.cells.findIndex((c) => c.sheet === "Phụ lục I" && c.row === 5 && c.col === 3);
    const rowCells = detail.cells.filter((c) => c.row === row).sort((x, y) => x.col - y.col);
    expect(rowCells.map((c) => c.value)).toEqual([
      "Phụ lục I",
      "D6",
      expect.stringContaining("Kinh phí"),
      27969.84,
      6992.46,
      "Phụ lục I!D6",
      20977.38,
      "Phụ lục I!D6",
    ]);
    const result = sheets[6];
    expect(
      result.cells
        .filter((c) => c.row === 1)
        .map((c) => c.value)
        .slice(0, 3),
    ).toEqual([1, "xa-1.xlsx", "đã cộng"]);
  });
});
