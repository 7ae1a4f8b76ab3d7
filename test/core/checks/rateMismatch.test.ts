import { recognize } from "../../../src/core/tables/recognize";
import { rateMismatch } from "../../../src/core/checks/rateMismatch";
import type { Grid } from "../../../src/core/grid/grid";
import { figuresSheet } from "../../../testkit/reportGrids";
import { ruleTester } from "../../helpers/ruleTester";

/** Sets the number format of one cell (0-based). */
function withFormat(g: Grid, row: number, col: number, value: number, numberFormat: string): Grid {
  (g.rows[row] ??= [])[col] = { value, numberFormat };
  return g;
}

ruleTester(rateMismatch, {
  valid: [
    { name: "61,4% states 1050/1710 = 61,403…%", grids: [figuresSheet()] },
    { name: "40,82% states 18923/46357", grids: [figuresSheet({ E7: 40.82 })] },
    { name: "rate as text '61,4%'", grids: [figuresSheet({ E4: "61,4%" })] },
    { name: "rate as text '61,4' in a Tỷ lệ (%) column", grids: [figuresSheet({ E4: "61,4" })] },
    { name: "a fraction 0,614 shown as 61,4% (percent format)", grids: [withFormat(figuresSheet(), 3, 4, 0.614, "0.0%")] },
    {
      name: "a formula's full-precision result shown with 1 decimal",
      grids: [withFormat(figuresSheet(), 3, 4, (1050 / 1710) * 100, "0.0")],
    },
    { name: "a rate with no denominator is not checked", grids: [figuresSheet({ E10: 50 })] },
  ],
  invalid: [
    {
      name: "a stated 64,1% for 1050/1710",
      grids: [figuresSheet({ E4: 64.1 })],
      findings: [{ sheet: "Số liệu", cell: "E4", stated: 64.1 }],
    },
    {
      name: "40,8% would pass but 40,28% does not",
      grids: [figuresSheet({ E7: "40,28%" })],
      findings: [{ cell: "E7", stated: 40.28 }],
    },
    {
      name: "a percent-format fraction that is wrong: 0,641 shows 64,1%",
      grids: [withFormat(figuresSheet(), 3, 4, 0.641, "0.0%")],
      findings: [{ cell: "E4", stated: 64.1 }],
    },
    {
      name: "61,40% claims two decimals: 61,40 is right, 61,45 is not",
      grids: [figuresSheet({ E4: "61,45" })],
      findings: [{ cell: "E4", stated: 61.45 }],
    },
  ],
});

test("computed is numerator ÷ denominator × 100 in percent units", () => {
  const f = rateMismatch.run(recognize([figuresSheet({ E4: 64.1 })]), { lang: "vi" })[0];
  expect(f.computed).toBeCloseTo(61.4035, 4);
  expect(f.message).toBe('Tỷ lệ của chỉ số 1 "Hồ sơ trực tuyến tại Bộ phận một cửa thị xã" ghi 64,1% nhưng 1.050/1.710 = 61,4%.');
});
