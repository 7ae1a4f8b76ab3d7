/**
 * The whole report: every section of the reference outline present — drafted from the numbers or
 * a visible placeholder — and every figure the example workbook holds written into its section
 * in the reference report's sentences (docs/report-example.md).
 */
import { draftReport } from "../../../src/core/draft/draft";
import { draftToText } from "../../../src/core/draft/text";
import type { Draft } from "../../../src/core/draft/types";
import { checkWorkbook } from "../../../src/core/engine";
import { gridFromSpec } from "../../../src/core/grid/fromSpec";
import type { Grid } from "../../../src/core/grid/grid";
import { exampleTemplate } from "../../../src/core/template/example";
import { buildLayout } from "../../../testkit/forms/build";
import { LAYOUTS } from "../../../testkit/forms/layouts";
import { applyOverrides } from "../../../testkit/reportGrids";

function draftOf(grids: Grid[]): Draft {
  const { model, report } = checkWorkbook(grids);
  return draftReport(model, report);
}

const example = () => exampleTemplate().map(gridFromSpec);

function lines(d: Draft): string[] {
  return draftToText(d).split("\n");
}

describe("the example drafts the whole report", () => {
  const d = draftOf(example());
  const text = lines(d);

  test("every heading of the reference outline, in order", () => {
    const headings = [
      "I. KHÁI QUÁT CHUNG",
      "II. KẾT QUẢ THỰC HIỆN",
      "1. Về ứng dụng công nghệ thông tin, chuyển đổi số",
      "1.1. Việc triển khai thực hiện các kế hoạch",
      "a) Ban hành và triển khai thực hiện các kế hoạch",
      "b) Về nguồn nhân lực",
      "1.2. Kết quả thực hiện các nhiệm vụ chuyển đổi số",
      "a) Về xử lý văn bản, hồ sơ công việc trên môi trường mạng và sử dụng chữ ký số trong năm 2023",
      "b) Về việc cung cấp dịch vụ công trực tuyến",
      "c) Việc thực hiện đảm bảo an toàn thông tin mạng",
      "d) Việc quản lý, sử dụng kinh phí",
      "III. NHỮNG HẠN CHẾ, KHÓ KHĂN VÀ NGUYÊN NHÂN",
      "1. Hạn chế, khó khăn",
      "2. Nguyên nhân hạn chế, khó khăn",
      "IV. ĐỊNH HƯỚNG VỀ KẾ HOẠCH THỰC HIỆN TRONG NĂM 2024",
      "1. Mục tiêu",
      "2. Nhiệm vụ",
      "3. Dự trù kinh phí",
      "V. KIẾN NGHỊ, ĐỀ XUẤT",
    ];
    let at = -1;
    for (const h of headings) {
      const i = text.findIndex((l, k) => k > at && l.startsWith(h));
      expect({ heading: h, found: i > at }).toEqual({ heading: h, found: true });
      at = i;
    }
  });

  test("the opening and the sections without numbers are visible placeholders, listed", () => {
    expect(text[0]).toMatch(/^Thực hiện \[Đơn vị bổ sung: văn bản yêu cầu báo cáo.*\], UBND thị xã Đức Phổ báo cáo kết quả/);
    const holes = text.filter((l) => l.startsWith("[Đơn vị bổ sung: "));
    // I, 1.1 a), 1.2 c), III.1, III.2, IV.2, V — the sections the workbook holds no numbers for.
    expect(holes).toHaveLength(7);
    expect(d.placeholders).toHaveLength(8);
    expect(text[text.indexOf("V. KIẾN NGHỊ, ĐỀ XUẤT") + 1]).toMatch(/^\[Đơn vị bổ sung: kiến nghị/);
  });

  test("staffing 31 = 01 + 30, teams 99 = 01 + 15 + 83 with 615 members", () => {
    expect(text).toContain(
      "- Tổng số cán bộ, công chức, viên chức làm công tác chuyển đổi số, an toàn, an ninh mạng là 31 người (UBND thị xã: 01 người, UBND các xã, phường: 30 người).",
    );
    expect(text).toContain("- Tính đến nay, toàn thị xã đã thành lập 99 Tổ Công nghệ số cộng đồng, với 615 thành viên, cụ thể:");
    expect(text).toContain("+ Cấp thị xã: 01 tổ, với 15 thành viên;");
    expect(text).toContain("+ Cấp xã, phường: 15 tổ, với 134 thành viên;");
    expect(text).toContain("+ Thôn, tổ dân phố: 83 tổ, với 466 thành viên.");
  });

  test("II.1.2 a) the three rates 100 %, 95 %, 90 % with their notes", () => {
    expect(text).toContain("- Tỷ lệ xử lý văn bản, hồ sơ công việc trên môi trường mạng (trừ văn bản, hồ sơ mật) đạt 100%.");
    expect(text).toContain("- Tỷ lệ gửi, nhận văn bản điện tử các cấp chính quyền đạt trên 95%.");
    expect(text).toContain("- Tỷ lệ văn bản được ký số khi ban hành trên môi trường mạng đạt 90%.");
  });

  test("II.1.2 b) since 2022, the two-year rate 94,75 %, online payments 2.954 lượt and 49.634.181.598 đồng", () => {
    const b = text.find((l) => l.startsWith("- Tổng số dịch vụ công trực tuyến"))!;
    expect(b).toContain(
      "tổng số hồ sơ tiếp nhận và giải quyết trực tuyến từ năm 2022 đến nay: Bộ phận một cửa thị xã tiếp nhận 1.050",
    );
    expect(b).toMatch(/\. Tỷ lệ giải quyết hồ sơ cho người dân và doanh nghiệp trong 02 năm đạt 94,75%\.$/);
    expect(text).toContain(
      "- Thanh toán trực tuyến thuế, lệ phí trước bạ về đất đai từ năm 2022 đến nay: 2.954 lượt người, với tổng số tiền 49.634.181.598 đồng.",
    );
  });

  test("labels keep acronyms and names; lists after “trong đó:” are lower-case and uniform; typos tidied", () => {
    const all = text.join("\n");
    expect(all).not.toMatch(/\b(uBND|tTHC|cBCCVC)\b/u);
    expect(all).toContain("(cấp huyện 83, cấp xã 51)");
    expect(all).toContain("các cuộc họp của UBND thị xã với UBND các xã, phường");
    const budget = text.find((l) => l.startsWith("Tổng kinh phí khoảng"))!;
    const items = budget.split("trong đó: ")[1].replace(/\.$/, "").split("; ");
    expect(items).toHaveLength(5);
    for (const it of items) expect(it).toMatch(/^\p{Ll}[^:]*: [\d.,]+ triệu đồng$/u);
    // "Văn phòng HĐND và UBND thị xã,, UBND các xã" in Phụ lục II is copied tidied; every number unchanged.
    expect(all).not.toContain(",,");
    expect(all).toContain("Văn phòng HĐND và UBND thị xã, UBND các xã, phường");
    expect(all).toContain("tư pháp,... tạo nền tảng");
  });

  test("rank and reduction targets read as sentences", () => {
    expect(text).toContain("- Năm 2024, phấn đấu chỉ số chuyển đổi số của thị xã nằm trong nhóm 3/13 huyện, thị xã, thành phố.");
    expect(text.find((l) => l.includes("tài liệu giấy"))).toBe(
      "- Giảm tối đa từ 60% đến 80% việc sử dụng tài liệu giấy tại các cuộc họp và các văn bản chỉ đạo, điều hành của thị xã (trừ văn bản mật).",
    );
  });
});

describe("markers stand right after the unverified number", () => {
  test("a wrong rate: the marker follows 64,1% inside the sentence, not the paragraph's end", () => {
    const grids = example();
    applyOverrides(
      grids.find((g) => g.name === "Số liệu")!,
      { E6: 64.1 },
    );
    const b = lines(draftOf(grids)).find((l) => l.startsWith("- Tổng số dịch vụ công"))!;
    expect(b).toContain("chiếm tỷ lệ 64,1% [CHƯA KHỚP — kiểm tra Số liệu!E6] (mức độ 3 là 310/845");
    expect(b.match(/CHƯA KHỚP/g)).toHaveLength(1);
  });

  test("a wrong group sub-total of Phụ lục II: its cell marked in the table, the note under it, the marker after 4.402 in IV.3", () => {
    const grids = example();
    applyOverrides(
      grids.find((g) => g.name === "Phụ lục II")!,
      { E7: 4402 },
    );
    const d = draftOf(grids);
    const budget = lines(d).find((l) => l.startsWith("Tổng kinh phí khoảng"))!;
    expect(budget).toContain("nhóm phát triển chính quyền số: 4.402 triệu đồng [CHƯA KHỚP — kiểm tra Phụ lục II!E7];");
    const table = d.appendices[1][1];
    if (table.kind !== "table") throw new Error("Phụ lục II is not a table");
    const group = table.rows.find((r) => r.cells[0] === "I")!;
    expect(group.cells[3]).toBe("4.402");
    expect(group.marked?.[3]).toBe(true);
    expect(table.rows.filter((r) => r.marked?.some(Boolean))).toHaveLength(1);
    expect(table.unverified.map((u) => u.cell)).toEqual(["E7"]);
  });
});

describe("other layouts draft through the general table engine", () => {
  test("a commune's budget form (05) drafts its totals into II.1.2 đ) and its table as an appendix", () => {
    const layout = LAYOUTS.find((l) => l.id === "05-xa-thu-chi-numbering")!;
    const d = draftOf([gridFromSpec(buildLayout(layout).spec)]);
    const text = lines(d);
    expect(text).toContain("đ) Các số liệu khác");
    expect(text[text.indexOf("đ) Các số liệu khác") + 1]).toMatch(
      /^- Cân đối thu, chi ngân sách xã năm 2025 \(chi tiết theo Phụ lục I đính kèm\): Tổng thu ngân sách xã: dự toán năm 2025 [\d.,]+ triệu đồng, ước thực hiện năm 2025 [\d.,]+ triệu đồng, so sánh [\d,]+%; Tổng chi/,
    );
    expect(d.appendices).toHaveLength(1);
    const [heading, table] = d.appendices[0];
    expect(heading.kind === "heading" && heading.text).toBe("PHỤ LỤC I");
    if (table.kind !== "table") throw new Error("not a table");
    expect(table.header).toEqual(["TT", "Nội dung", "Dự toán năm 2025", "Ước thực hiện năm 2025", "So sánh (%)"]);
    expect(table.rows.some((r) => r.cells[1] === "Phí, lệ phí" && r.cells[2] === "45" && r.cells[3] === "52,3")).toBe(true);
    expect(d.unverified).toEqual([]);
    // Sections the form holds nothing for are placeholders, never silently missing.
    expect(text).toContain("b) Về nguồn nhân lực");
    expect(text[text.indexOf("b) Về nguồn nhân lực") + 1]).toMatch(/^\[Đơn vị bổ sung: /);
  });
});
