import { sumRangeGap } from "../../../src/core/checks/sumRangeGap";
import { pastedAppendixI } from "../../../testkit/reportGrids";
import { ruleTester } from "../../helpers/ruleTester";
import { templateGrids } from "../../../testkit/templateGrids";

ruleTester(sumRangeGap, {
  valid: [
    { name: "the template's live formulas", grids: templateGrids() },
    { name: "a pasted report without formulas", grids: [pastedAppendixI()] },
    {
      name: "a total adding the items of both groups",
      grids: templateGrids({ "Phụ lục I": { D18: { formula: "=SUM(D7:D11)+SUM(D13:D17)", value: 8962.46 } } }),
    },
    {
      name: "a total written as a range over the sub-totals only (+ form)",
      grids: templateGrids({ "Phụ lục I": { D18: { formula: "=D12+D6", value: 8962.46 } } }),
    },
    {
      name: "Phụ lục II total with SUM of the five group rows",
      grids: templateGrids({ "Phụ lục II": { E24: { formula: "=SUM(E7,E14,E17,E19,E21)", value: 13570 } } }),
    },
    { name: "a rate formula is not a sum", grids: templateGrids({ "Số liệu": { E6: { formula: "=C6/D6*100", value: 61.4 } } }) },
  ],
  invalid: [
    {
      name: "a group SUM that leaves out its last item (row inserted below the range)",
      grids: templateGrids({ "Phụ lục I": { D12: { formula: "=SUM(D13:D16)", value: 1420 } } }),
      findings: [
        {
          sheet: "Phụ lục I",
          cell: "D12",
          formula: "=SUM(D13:D16)",
          expected: "D13:D17",
          messageId: "leavesOut",
          data: { missing: "D17" },
        },
      ],
    },
    {
      name: "a group SUM that takes in the other group's sub-total",
      grids: templateGrids({ "Phụ lục I": { D12: { formula: "=SUM(D6:D17)", value: 8962.46 } } }),
      findings: [
        {
          messageId: "addsExtra",
          cell: "D12",
          expected: "D13:D17",
          message: expect.stringMatching(/D6 \(tổng nhóm .*\) — tính hai lần/),
        },
      ],
    },
    {
      name: "a total over sub-totals and items: counted twice",
      grids: templateGrids({ "Phụ lục I": { D18: { formula: "=SUM(D6:D17)", value: 17924.92 } } }),
      findings: [
        {
          messageId: "addsExtra",
          cell: "D18",
          expected: "D6, D12",
          message: expect.stringContaining("D7:D11, D13:D17 đã nằm trong D6, D12 — tính hai lần"),
        },
      ],
    },
    {
      name: "the Phụ lục II total leaving out group V",
      grids: templateGrids({ "Phụ lục II": { E24: { formula: "=E7+E14+E17+E19", value: 5570 } } }),
      findings: [
        {
          messageId: "leavesOut",
          sheet: "Phụ lục II",
          cell: "E24",
          expected: "E7, E14, E17, E19, E21",
          data: { missing: "E21" },
        },
      ],
    },
    {
      name: "a parent count adding only one of its parts",
      grids: templateGrids({ "Số liệu": { C6: { formula: "=C7", value: 310 } } }),
      findings: [{ messageId: "leavesOut", sheet: "Số liệu", cell: "C6", expected: "C7:C8", data: { missing: "C8" } }],
    },
    {
      name: "a group SUM that takes the other group's last item instead of its own",
      grids: templateGrids({ "Phụ lục I": { D12: { formula: "=D11+SUM(D13:D16)", value: 1620 } } }),
      findings: [
        {
          messageId: "leavesOutAndAddsExtra",
          cell: "D12",
          expected: "D13:D17",
          data: { missing: "D17", extra: { vi: "cộng thêm D11 nằm ngoài phạm vi", en: "also adds D11, outside what it covers" } },
        },
      ],
    },
    {
      name: "row totals (Tổng kinh phí = NS tỉnh + NS xã) whose formulas leave out or take in a column",
      grids: [
        {
          name: "Nguồn vốn",
          rows: [
            ["STT", "Nhiệm vụ", "Tổng kinh phí", "Nguồn vốn", undefined],
            [undefined, undefined, undefined, "NS tỉnh", "NS xã"],
            [1, "a", { formula: "=D3", value: 350 }, 350, undefined],
            [2, "b", { formula: "=D4+E4+E3", value: 700 }, 550, 150],
            [3, "c", { formula: "=D5+E3", value: 200 }, 200, undefined],
            [4, "d", { formula: "=D6+E6", value: 300 }, 200, 100],
          ].map((r) => r.map((v) => (v === undefined ? undefined : typeof v === "object" ? v : { value: v }))),
        },
      ],
      findings: [
        { messageId: "rowLeavesOut", cell: "C3", expected: "D3, E3", relation: "C = D + E", data: { row: "3", missing: "E3" } },
        { messageId: "rowAddsExtra", cell: "C4", expected: "D4, E4", data: { extra: "E3" } },
        { messageId: "rowLeavesOutAndAddsExtra", cell: "C5", data: { missing: "E5", extra: "E3" } },
      ],
    },
    {
      name: "a sub-total taking a cell from another sheet",
      grids: templateGrids({ "Phụ lục I": { D6: { formula: "=SUM(D7:D11)+'Phụ lục II'!E8", value: 7112.46 } } }),
      findings: [{ messageId: "addsExtra", cell: "D6", message: expect.stringContaining("'Phụ lục II'!E8") }],
    },
  ],
});
