import { headerTraits, rateHint } from "../../../src/core/tables/headerWords";

describe("what header texts say", () => {
  test.each([
    ["STT", { role: "tt" }],
    ["Số TT", { role: "tt" }],
    ["Nội dung/Nhiệm vụ/Dự án", { role: "label" }],
    ["Tên đơn vị", { role: "label" }],
    ["Đơn vị tính", { role: "unit" }],
    ["Kinh phí (triệu đồng)", { numeric: "strong" }],
    ["Tỷ lệ thực hiện (%)", { numeric: "strong", percent: true, measure: "actual" }],
    ["So sánh (%)", { numeric: "strong", percent: true, compare: true }],
    ["Tăng (+), giảm (-)", { compare: true }],
    ["Tổng số", { totalLike: true }],
    ["Chia ra", { split: "equal" }],
    ["Trong đó", { split: "subset" }],
    ["Mục tiêu", { target: "strong" }],
    ["Dự toán năm 2024", { measure: "budget", year: 2024 }],
  ])("%s", (text, want) => expect(headerTraits(text)).toMatchObject(want));
  test('words that only start like a header word are not one ("Tender Expert" is no "Tên")', () => {
    expect(headerTraits("Tender Expert").role).toBeUndefined();
    expect(headerTraits("tender-expert.net").role).toBeUndefined();
  });
  test("rate headers name their columns", () => {
    expect(rateHint("TH/KH (%)")).toMatchObject({ num: { measure: "actual" }, den: { measure: "plan" } });
    expect(rateHint("So sánh QT/DT (%)")).toMatchObject({ num: { measure: "settlement" }, den: { measure: "budget" } });
    expect(rateHint("Ước TH năm 2024 so với dự toán")).toMatchObject({
      num: { measure: "estimate", year: 2024 },
      den: { measure: "budget", year: 2024 },
    });
    expect(rateHint("ƯTH năm hiện hành so dự toán")).toMatchObject({
      num: { measure: "estimate", when: "nam hien hanh" },
      den: { measure: "budget", when: "nam hien hanh" },
    });
    expect(rateHint("Tỷ lệ giải ngân (%)")).toMatchObject({ num: { measure: "disbursed" }, den: { measure: "plan" } });
    expect(rateHint("Tỷ lệ (%)")).toBeUndefined();
  });
});
