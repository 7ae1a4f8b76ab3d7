import { recognize } from "../../../src/core/tables/recognize";
import { rateMismatch } from "../../../src/core/checks/rateMismatch";
import { type Grid, gridFromValues } from "../../../src/core/grid/grid";
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
      findings: [
        {
          messageId: "rate",
          sheet: "Số liệu",
          cell: "E4",
          stated: 64.1,
          data: { numerator: 1050, denominator: 1710, unit: "%" },
        },
      ],
    },
    {
      name: "40,8% would pass but 40,28% does not",
      grids: [figuresSheet({ E7: "40,28%" })],
      findings: [{ messageId: "rate", cell: "E7", stated: 40.28 }],
    },
    {
      name: "a percent-format fraction that is wrong: 0,641 shows 64,1%",
      grids: [withFormat(figuresSheet(), 3, 4, 0.641, "0.0%")],
      findings: [{ messageId: "rate", cell: "E4", stated: 64.1 }],
    },
    {
      name: "61,40% claims two decimals: 61,40 is right, 61,45 is not",
      grids: [figuresSheet({ E4: "61,45" })],
      findings: [{ messageId: "rate", cell: "E4", stated: 61.45, data: { computed: { vi: "61,40", en: "61.40" } } }],
    },
    {
      name: 'a ratio "3=2/1" of the numbering row (no × 100): 0,9 for 150/200',
      grids: [
        gridFromValues("Tỷ số", [
          ["STT", "Chỉ tiêu", "Kế hoạch", "Thực hiện", "Tỷ số"],
          ["A", "B", "1", "2", "3=2/1"],
          [1, "a", 200, 150, 0.9],
          [2, "b", 80, 90, 1.125],
        ]),
      ],
      findings: [{ messageId: "rateRelation", cell: "E3", stated: 0.9, data: { computed: { vi: "0,8", en: "0.8" }, unit: "" } }],
    },
    {
      name: "a rate typed wrong that its difference column confirms: one finding, at the rate",
      grids: [
        gridFromValues("So sánh", [
          ["STT", "Chỉ tiêu", "Kế hoạch", "Thực hiện", "Tỷ lệ năm trước (%)", "Tỷ lệ năm nay (%)", "Tăng/giảm"],
          ["A", "B", "1", "2", "3", "4=2/1*100", "5=4-3"],
          [1, "a", 200, 150, 70, 75, 5],
          [2, "b", 80, 90, 100, 120, 12.5],
          [3, "c", 100, 90, 80, 90, 10],
        ]),
      ],
      findings: [{ messageId: "mistyped", cell: "F4", stated: 120, computed: 112.5, data: { count: 2, required: 112.5 } }],
    },
    {
      name: "English",
      lang: "en",
      grids: [figuresSheet({ E4: 64.1 })],
      findings: [{ messageId: "rate", cell: "E4", data: { stated: 64.1, numerator: 1050, denominator: 1710, unit: "%" } }],
    },
  ],
});

test("computed is numerator ÷ denominator × 100 in percent units", () => {
  const f = rateMismatch.run(recognize([figuresSheet({ E4: 64.1 })]), { lang: "vi" })[0];
  expect(f.computed).toBeCloseTo(61.4035, 4);
  expect(f.message).toBe('Tỷ lệ của chỉ số 1 "Hồ sơ trực tuyến tại Bộ phận một cửa thị xã" ghi 64,1% nhưng 1.050/1.710 = 61,4%.');
});
