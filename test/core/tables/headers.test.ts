import { gridFromValues } from "../../../src/core/grid/grid";
import { findHeader } from "../../../src/core/tables/headers";

describe("header rows", () => {
  test("a data row of foreign text and numbers is not a header", () => {
    const g = gridFromValues("RC", [
      [44228, "Tender Expert", "", null, "tender-expert.net", "Признаки", 0],
      [44228, "The Forex", "", null, "theforex.cash", "Признаки", 0],
    ]);
    expect(findHeader(g, 0)).toBeUndefined();
  });
  test("a header needs a numbering or label column and one more kind of column", () => {
    expect(findHeader(gridFromValues("S", [["Nội dung", "Kinh phí"]]), 0)).toMatchObject({
      top: 0,
      bottom: 0,
      left: 0,
      right: 1,
      columns: [
        { col: 0, path: ["Nội dung"], traits: [{ role: "label" }] },
        { col: 1, path: ["Kinh phí"], traits: [{ numeric: "strong" }] },
      ],
    });
    expect(findHeader(gridFromValues("S", [["Nội dung", "Ghi chú"]]), 0)).toBeUndefined();
    expect(findHeader(gridFromValues("S", [["Nội dung", "Tên đơn vị"]]), 0)).toBeUndefined();
    expect(
      findHeader(
        gridFromValues("S", [
          ["Họ và tên", "Chức vụ", "Số điện thoại"],
          ["A", "B", "0905"],
        ]),
        0,
      ),
    ).toBeUndefined();
  });
});
