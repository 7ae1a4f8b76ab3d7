import { recognize } from "../../../src/core/tables/recognize";
import { sumMismatch } from "../../../src/core/checks/sumMismatch";
import { gridFromSpec } from "../../../src/core/grid/fromSpec";
import { exampleTemplate } from "../../../src/core/template/example";
import { figuresSheet, pastedAppendixI, pastedAppendixII } from "../../../testkit/reportGrids";
import { ruleTester } from "../../helpers/ruleTester";
import { type Grid, gridFromValues } from "../../../src/core/grid/grid";
import { applyOverrides } from "../../../testkit/reportGrids";

/** The template's sheets with some cells typed over (a typed constant replaces the formula). */
function exampleTemplateGrids(over: Record<string, Record<string, number>>): Grid {
  const grids = exampleTemplate().map(gridFromSpec);
  const name = Object.keys(over)[0];
  return applyOverrides(
    grids.find((g) => g.name === name)!,
    over[name],
  );
}

ruleTester(sumMismatch, {
  valid: [
    { name: "Phụ lục I of the report (6.992,46 with 92,460 read as 92,46; 1.970)", grids: [pastedAppendixI()] },
    { name: "Phụ lục II of the report (13.570 = I–V)", grids: [pastedAppendixII()] },
    { name: "figures: 134 = 83 + 51, 99 = 1 + 15 + 83, 615 = 15 + 134 + 466, 1.050 = 310 + 740", grids: [figuresSheet()] },
    { name: "the example template with its live formulas", grids: exampleTemplate().map(gridFromSpec) },
    { name: "a sub-total shown without decimals (6.992) over 6.992,46", grids: [pastedAppendixI({ D8: "6.992" })] },
    { name: "sub-total typed as a number", grids: [pastedAppendixI({ D8: 6992.46, D14: 1970 })] },
    { name: "a group that states no sub-total", grids: [pastedAppendixI({ D8: undefined })] },
    {
      name: "amounts near 10^15 đồng as text add up to the last đồng",
      grids: [
        pastedAppendixI({
          D14: "1.000.000.000.000.000",
          D15: "999.999.999.999.000,5",
          D16: "999,5",
          D17: "0",
          D20: "0",
          D21: "0",
        }),
      ],
    },
  ],
  invalid: [
    {
      name: "sub-total typed as 1.907 over items that add up to 1.970",
      grids: [pastedAppendixI({ D14: "1.907" })],
      findings: [{ messageId: "sum", sheet: "Phụ lục I", cell: "D14", stated: 1907, computed: 1970 }],
    },
    {
      name: "an item changed under a correct sub-total",
      grids: [pastedAppendixI({ D11: "490" })],
      findings: [{ messageId: "sum", cell: "D8", stated: 6992.46, computed: 7002.46 }],
    },
    {
      name: "the total of Phụ lục II typed as 13.750",
      grids: [pastedAppendixII({ E36: "13.750" })],
      findings: [{ messageId: "sum", sheet: "Phụ lục II", cell: "E36", stated: 13750, computed: 13570 }],
    },
    {
      name: "an item typo under a sub-total and a total that agree with each other: one finding, at the group",
      grids: [exampleTemplateGrids({ "Phụ lục I": { D8: 93.46 } })],
      findings: [{ messageId: "sumAgreesAbove", sheet: "Phụ lục I", cell: "D6", stated: 6992.46, computed: 6993.46 }],
    },
    {
      name: "a sub-total typed over its formula while the total still adds the items: one finding, at the group",
      grids: [exampleTemplateGrids({ "Phụ lục I": { D12: 1907 } })],
      findings: [{ messageId: "sum", sheet: "Phụ lục I", cell: "D12", stated: 1907, computed: 1970 }],
    },
    {
      name: "a total that agrees with neither its groups nor its items",
      grids: [exampleTemplateGrids({ "Phụ lục I": { D18: 8962.64 } })],
      findings: [{ messageId: "sum", sheet: "Phụ lục I", cell: "D18", stated: 8962.64, computed: 8962.46 }],
    },
    {
      name: "a group of Phụ lục II with a stated sub-total that is wrong",
      grids: [pastedAppendixII({ E7: "4.400" })],
      findings: [{ messageId: "sum", cell: "E7", stated: 4400, computed: 4420 }],
    },
    {
      name: "134 ≠ 83 + 52 (parent count vs its parts)",
      grids: [figuresSheet({ C12: 52 })],
      findings: [{ messageId: "sum", sheet: "Số liệu", cell: "C10", stated: 134, computed: 135 }],
    },
    {
      name: "99 Tổ = 1 + 15 + 83 broken, and 615 members = 15 + 134 + 466 broken",
      grids: [figuresSheet({ C13: 98, C20: 476 })],
      findings: [
        { messageId: "sum", cell: "C13", stated: 98, computed: 99 },
        { messageId: "sum", cell: "C17", stated: 615, computed: 625 },
      ],
    },
    {
      name: "denominators: 1.710 ≠ 845 + 856",
      grids: [figuresSheet({ D6: 856 })],
      findings: [{ messageId: "sum", cell: "D4", stated: 1710, computed: 1701 }],
    },
    {
      name: "sub-total off by one hundredth: 6.992,45",
      grids: [pastedAppendixI({ D8: "6.992,45" })],
      findings: [{ messageId: "sum", cell: "D8", stated: 6992.45, computed: 6992.46 }],
    },
    {
      name: "one đồng off at 10^15",
      grids: [
        pastedAppendixI({
          D14: "1.000.000.000.000.001",
          D15: "999.999.999.999.000,5",
          D16: "999,5",
          D17: "0",
          D20: "0",
          D21: "0",
        }),
      ],
      findings: [{ messageId: "sum", cell: "D14", stated: 1000000000000001, computed: 1000000000000000 }],
    },
    {
      name: 'parts numbered 1.1, 1.2 typed as numbers (Excel turns "1.1" into 1.1) under an item whose amount is wrong',
      grids: [pastedAppendixI({ A15: 1, A16: 1.1, A17: 1.2, D15: "1.120", D16: "300", D17: "700" })],
      findings: [{ messageId: "sumAgreesAbove", cell: "D15", stated: 1120, computed: 1000 }],
    },
    {
      name: "a source amount typed wrong breaks its row total and its group: one finding, at the amount",
      grids: [
        gridFromValues("Nguồn vốn", [
          ["STT", "Nhiệm vụ", "Tổng kinh phí", "Nguồn vốn", undefined],
          [undefined, undefined, undefined, "NS tỉnh", "NS xã"],
          ["I", "Nhóm một", 1170, 900, 270],
          [1, "a", 470, 530, 120],
          [2, "b", 700, 550, 150],
          ["II", "Nhóm hai", 300, 200, 100],
          [1, "c", 300, 200, 100],
          [undefined, "Tổng cộng", 1470, 1100, 370],
        ]),
      ],
      findings: [{ messageId: "mistyped", cell: "D4", stated: 530, computed: 350, data: { count: 2, required: 350 } }],
    },
    {
      name: "English message when asked",
      lang: "en",
      grids: [pastedAppendixI({ D14: "1.907" })],
      findings: [
        {
          messageId: "sum",
          cell: "D14",
          message: 'The sub-total of group "Năm 2023" states 1,907 but its 5 items add up to 1,970 (63 short).',
        },
      ],
    },
  ],
});

test("a sub-total the total above confirms, over a wrong item, says the item is the likelier culprit", () => {
  const grids = exampleTemplate().map(gridFromSpec);
  const f = sumMismatch.run(recognize([applyOverrides(grids[0], { D8: 93.46 }), ...grids.slice(1)]), { lang: "vi" });
  expect(f).toHaveLength(1);
  expect(f[0].message).toContain("khớp với tổng cấp trên");
});

test("the Vietnamese message names the group and both numbers in Vietnamese notation", () => {
  const f = sumMismatch.run(recognize([pastedAppendixI({ D14: "1.907" })]), { lang: "vi" })[0];
  expect(f.message).toBe('Tổng của nhóm "Năm 2023" ghi 1.907 nhưng cộng 5 khoản mục của nhóm được 1.970 (ghi thiếu 63).');
});
