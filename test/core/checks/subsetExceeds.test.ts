import { subsetExceeds } from "../../../src/core/checks/subsetExceeds";
import { type CellValue, gridFromValues } from "../../../src/core/grid/grid";
import { ruleTester } from "../../helpers/ruleTester";

type V = CellValue | undefined;
const HEADER: V[] = ["STT", "Nội dung", "Dự toán năm 2024"];
const sheet = (rows: V[][]) => [gridFromValues("Biểu 49", [HEADER, ...rows])];
const chi = (edu: number, health: number | undefined): V[][] => [
  ["I", "Chi đầu tư phát triển", 1650],
  ["II", "Chi thường xuyên", 6268],
  [undefined, "Trong đó:", undefined],
  ["-", "Chi giáo dục - đào tạo và dạy nghề", edu],
  ["-", "Chi y tế, dân số và gia đình", health],
  ["III", "Dự phòng ngân sách", 172],
];

ruleTester(subsetExceeds, {
  valid: [
    { name: "a breakdown below its parent", grids: sheet(chi(2612, 640)) },
    { name: "a breakdown equal to its parent", grids: sheet(chi(5628, 640)) },
    {
      name: '"Trong đó" columns under their total',
      grids: [
        gridFromValues("S", [
          ["STT", "Nội dung", "Tổng số", "Trong đó: vốn trong nước"],
          [1, "a", 100, 80],
          [2, "b", 50, 50],
        ]),
      ],
    },
  ],
  invalid: [
    {
      name: "the breakdown of Chi thường xuyên adds up to more than it (at the parent)",
      grids: sheet(chi(5800, 640)),
      findings: [
        {
          messageId: "partsOverParent",
          sheet: "Biểu 49",
          cell: "C3",
          stated: 6268,
          computed: 6440,
          relation: "C3 ≥ C5+C6",
          data: { excess: 172 },
        },
      ],
    },
    {
      name: 'a single "Trong đó" column over its total (at the part)',
      grids: [
        gridFromValues("S", [
          ["STT", "Nội dung", "Tổng số", "Trong đó: vốn trong nước"],
          [1, "a", 100, 80],
          [2, "b", 50, 70],
        ]),
      ],
      findings: [{ messageId: "partsOverParent", cell: "C3", stated: 50, computed: 70 }],
    },
    {
      name: 'a single "Trong đó" row over its parent (at the part)',
      grids: sheet(chi(7000, undefined).filter((r) => r[2] !== undefined || r[1] === "Trong đó:")),
      findings: [
        {
          messageId: "partOverParent",
          cell: "C5",
          stated: 7000,
          computed: 6268,
          data: { stated: 7000, parent: 6268, what: 'tổng của nhóm II "Chi thường xuyên"' },
        },
      ],
    },
  ],
});
