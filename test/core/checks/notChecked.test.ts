import { notChecked } from "../../../src/core/checks/notChecked";
import { gridFromValues } from "../../../src/core/grid/grid";
import { pastedAppendixI } from "../../../testkit/reportGrids";
import { ruleTester } from "../../helpers/ruleTester";
import { templateGrids } from "../../../testkit/templateGrids";

const unknownSheet = () =>
  gridFromValues("Số liệu dân cư", [
    ["SỐ LIỆU DÂN CƯ THEO THÔN"],
    [],
    ["Thôn", "Hộ", "Khẩu", "Lao động"],
    ["An Thạnh", 412, 1630, 905],
    ["Hải Tân", 388, 1511, 840],
    ["Thạnh Lợi", 295, 1204, 655],
  ]);

ruleTester(notChecked, {
  valid: [
    { name: "the example template: every number column has relations to check", grids: templateGrids() },
    { name: "the report's Phụ lục I as pasted", grids: [pastedAppendixI()] },
    {
      name: "a few numbers beside a table (less than 6) are counted, not reported",
      grids: [{ ...pastedAppendixI(), rows: [...pastedAppendixI().rows, [], [], [], [], [{ value: 12 }, { value: 13 }]] }],
    },
  ],
  invalid: [
    {
      name: "a sheet of numbers under a header no recogniser knows, beside a recognised appendix",
      grids: [pastedAppendixI(), unknownSheet()],
      findings: [{ sheet: "Số liệu dân cư", cell: "B4", message: expect.stringContaining("9 ô số ở B4:D6") }],
    },
    {
      name: "a number column no relation covers (a list of amounts with no total)",
      grids: [
        gridFromValues("Danh sách", [
          ["STT", "Nội dung", "Kinh phí"],
          [1, "a", 100],
          [2, "b", 200],
          [3, "c", 300],
        ]),
      ],
      findings: [{ sheet: "Danh sách", cell: "C2", message: expect.stringContaining("không có dòng tổng") }],
    },
    {
      name: "English",
      lang: "en",
      grids: [unknownSheet()],
      findings: [{ cell: "B4", message: expect.stringContaining("were NOT checked") }],
    },
  ],
});
