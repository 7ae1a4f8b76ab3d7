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
      findings: [{ messageId: "outsideTables", sheet: "Số liệu dân cư", cell: "B4", data: { cells: 9, range: "B4:D6" } }],
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
      findings: [{ messageId: "columnNoTotal", sheet: "Danh sách", cell: "C2", data: { column: "Kinh phí", cells: 3 } }],
    },
    {
      name: "a list whose total cannot be verified: one of its amounts is words",
      grids: [
        gridFromValues("Danh sách", [
          ["STT", "Nội dung", "Kinh phí"],
          [1, "a", 100],
          [2, "b", "hai trăm"],
          [undefined, "Tổng cộng", 300],
        ]),
      ],
      findings: [{ messageId: "columnBlocked", cell: "C2", data: { cells: 2 } }],
    },
    {
      name: "a comparison column no pair of columns explains",
      grids: [
        gridFromValues("So sánh", [
          ["STT", "Nội dung", "Năm 2023", "Năm 2024", "So sánh (%)"],
          [1, "a", 100, 120, 50],
          [2, "b", 50, 40, 77],
          [3, "c", 80, 80, 12],
        ]),
      ],
      findings: [
        { messageId: "columnNoTotal", cell: "C2" },
        { messageId: "columnNoTotal", cell: "D2" },
        { messageId: "columnNoRelation", cell: "E2", data: { column: "So sánh (%)", cells: 3 } },
      ],
    },
    {
      name: "a header sum the numbers contradict: dropped, and said why",
      grids: [
        gridFromValues("Nguồn vốn", [
          ["STT", "Nhiệm vụ", "Tổng số", "Nguồn vốn", undefined],
          [undefined, undefined, undefined, "NS tỉnh", "NS xã"],
          [1, "a", 500, 350, 120],
          [2, "b", 900, 550, 150],
          [3, "c", 400, 200, 100],
          [4, "d", 100, 200, 100],
        ]),
      ],
      findings: ["C3", "D3", "E3"].map((cell) => ({
        messageId: "columnRelationsDropped" as const,
        cell,
        message: expect.stringContaining("C = D + E: tiêu đề gợi ý quan hệ này nhưng số liệu chỉ khớp 0/4 dòng"),
      })),
    },
    {
      name: "English",
      lang: "en",
      grids: [unknownSheet()],
      findings: [{ messageId: "outsideTables", cell: "B4", message: expect.stringContaining("were NOT checked") }],
    },
  ],
});
