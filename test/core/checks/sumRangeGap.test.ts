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
          message: expect.stringContaining("bỏ sót D17"),
        },
      ],
    },
    {
      name: "a group SUM that takes in the other group's sub-total",
      grids: templateGrids({ "Phụ lục I": { D12: { formula: "=SUM(D6:D17)", value: 8962.46 } } }),
      findings: [{ cell: "D12", expected: "D13:D17", message: expect.stringMatching(/D6 \(tổng nhóm .*\) — tính hai lần/) }],
    },
    {
      name: "a total over sub-totals and items: counted twice",
      grids: templateGrids({ "Phụ lục I": { D18: { formula: "=SUM(D6:D17)", value: 17924.92 } } }),
      findings: [
        {
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
        { sheet: "Phụ lục II", cell: "E24", expected: "E7, E14, E17, E19, E21", message: expect.stringContaining("bỏ sót E21") },
      ],
    },
    {
      name: "a parent count adding only one of its parts",
      grids: templateGrids({ "Số liệu": { C6: { formula: "=C7", value: 310 } } }),
      findings: [{ sheet: "Số liệu", cell: "C6", expected: "C7:C8", message: expect.stringContaining("bỏ sót C8") }],
    },
    {
      name: "a sub-total taking a cell from another sheet",
      grids: templateGrids({ "Phụ lục I": { D6: { formula: "=SUM(D7:D11)+'Phụ lục II'!E8", value: 7112.46 } } }),
      findings: [{ cell: "D6", message: expect.stringContaining("'Phụ lục II'!E8") }],
    },
  ],
});
