import { targetOutOfRange } from "../../../src/core/checks/targetOutOfRange";
import { parseTarget } from "../../../src/core/tables/target";
import { targetsSheet } from "../../../testkit/reportGrids";
import { ruleTester } from "../../helpers/ruleTester";

ruleTester(targetOutOfRange, {
  valid: [
    { name: "every target of the report's section III.1 shape", grids: [targetsSheet()] },
    { name: "100%", grids: [targetsSheet({ D4: "100%" })] },
    { name: "≥ 80%", grids: [targetsSheet({ D5: "≥ 80%" })] },
    { name: "> 50%", grids: [targetsSheet({ D7: "> 50%" })] },
    { name: "a count range 10 - 15 lượt", grids: [targetsSheet({ D9: "10 - 15" })] },
    {
      name: "a numeric target 0,95 shown as 95%",
      grids: [targetsSheet({ D4: 0.95 })].map((g) => ((g.rows[3]![3] = { value: 0.95, numberFormat: "0%" }), g)),
    },
  ],
  invalid: [
    {
      name: "a percentage above 100",
      grids: [targetsSheet({ D4: "120%" })],
      findings: [{ messageId: "percentOutOfRange", sheet: "Chỉ tiêu 2024", cell: "D4", stated: 120, data: { value: 120 } }],
    },
    {
      name: "a negative percentage",
      grids: [targetsSheet({ D5: "-5% trở lên" })],
      findings: [{ messageId: "percentOutOfRange", cell: "D5", stated: -5 }],
    },
    {
      name: "a range whose lower end exceeds its upper end",
      grids: [targetsSheet({ D8: "50% đến 30%" })],
      findings: [{ messageId: "rangeReversed", cell: "D8", stated: 50, data: { lo: 50, hi: 30, unit: "%" } }],
    },
    {
      name: "a count range upside down",
      grids: [targetsSheet({ D9: "15 - 10" })],
      findings: [{ messageId: "rangeReversed", cell: "D9", data: { unit: "" } }],
    },
    {
      name: "an impossible rank 15/13",
      grids: [targetsSheet({ D3: "nhóm 15/13" })],
      findings: [{ messageId: "impossibleRank", cell: "D3", stated: 15, data: { rank: "15", of: "13" } }],
    },
    {
      name: "a percentage in the unit column: 150 with Đơn vị %",
      grids: [targetsSheet({ D4: "150" })],
      findings: [{ messageId: "percentOutOfRange", cell: "D4", stated: 150 }],
    },
  ],
});

describe("targets as people write them", () => {
  test.each([
    ["95%", { op: "eq", value: 95, percent: true }],
    ["≥ 80%", { op: "ge", value: 80, percent: true }],
    ["80% trở lên", { op: "ge", value: 80, percent: true }],
    ["trên 50%", { op: "gt", value: 50, percent: true }],
    ["> 50%", { op: "gt", value: 50, percent: true }],
    ["30% - 50%", { op: "range", lo: 30, hi: 50, percent: true }],
    ["30% đến 50%", { op: "range", lo: 30, hi: 50, percent: true }],
    ["Giảm tối đa từ 60% - 80%", { op: "range", lo: 60, hi: 80, percent: true }],
    ["10 - 15", { op: "range", lo: 10, hi: 15, percent: false }],
    ["10 đến 15 lượt", { op: "range", lo: 10, hi: 15, percent: false }],
    ["3/13", { op: "rank", rank: 3, of: 13 }],
    ["nhóm 3/13", { op: "rank", rank: 3, of: 13 }],
    ["dưới 10%", { op: "lt", value: 10 }],
    ["tối đa 5%", { op: "le", value: 5 }],
    ["Đạt 99,5%", { op: "eq", value: 99.5 }],
  ])("%p", (text, want) => expect(parseTarget(text)).toMatchObject(want));
  test.each(["", "Phổ cập dịch vụ mạng di động 4G/5G", "Hoàn thành"])("%p is qualitative", (t) =>
    expect(parseTarget(t)).toBeUndefined(),
  );
});
