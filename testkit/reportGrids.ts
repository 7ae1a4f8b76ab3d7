/**
 * Sheets shaped like the real report (docs/report-example.md), as people keep them: pasted from
 * Word (numbers as Vietnamese-notation text, the header repeated where the table crossed a page,
 * blank rows), plus small builders for single-table sheets used by the check tests.
 */
import type { CellValue, Grid } from "../src/core/grid/grid";
import { gridFromValues } from "../src/core/grid/grid";
import { fromA1 } from "../src/core/grid/address";

type V = CellValue | undefined;

const PL1_HEADER: V[] = ["TT", "Nội dung/Nhiệm vụ/Dự án", "Kết quả, tiến độ thực hiện", "Kinh phí", "Ghi chú"];

/** Phụ lục I exactly as the report prints it, pasted from Word: amounts are text, "92,460" included. */
export function pastedAppendixI(overrides: Record<string, V> = {}): Grid {
  const rows: V[][] = [
    ["PHỤ LỤC I"],
    ["DANH MỤC NỘI DUNG BỔ TRÍ KINH PHÍ THỰC HIỆN CÔNG TÁC CHUYỂN ĐỔI SỐ TỪ NĂM 2021 ĐẾN NĂM 2023"],
    ["(Ban hành kèm theo Báo cáo số /BC-UBND ngày tháng năm 2023 của UBND thị xã Đức Phổ)"],
    [],
    ["Đơn vị tính: Triệu đồng."],
    [],
    PL1_HEADER, // row 7
    [undefined, "Từ năm 2021-2022", undefined, "6.992,46"], // row 8
    [
      "1",
      "Hệ thống Hội nghị truyền hình 3 cấp - tỉnh huyện xã; đảm bảo kết nối 4 cấp theo yêu cầu của Chính phủ",
      "2021",
      "6.100",
      "(Nguồn vốn ngân sách thị xã và ngân sách tỉnh hỗ trợ)",
    ],
    [
      "2",
      "Trung tâm Điều hành Thông minh IOC cho thị xã Đức Phổ",
      "2022",
      "92,460",
      "(Chưa tính nguồn kinh phí do Tập đoàn Bưu chính Viễn thông (VNPT) tài trợ)",
    ],
    ["3", "Mua sắm Ipad phục vụ Phòng họp không giấy", "2022", "480", "(Nguồn vốn ngân sách thị xã)"],
    [
      "4",
      "Nâng cao chất lượng hoạt động Trang thông tin điện tử thị xã và xã, phường",
      "2022",
      "120",
      "(Nguồn vốn ngân sách thị xã)",
    ],
    ["5", "Duy trì hoạt động Bộ phận một cửa hiện đại tại UBND thị xã", "2022", "200", "(Nguồn vốn ngân sách thị xã)"],
    [undefined, "Năm 2023", undefined, "1.970"], // row 14
    [
      "1",
      "Nâng cao chất lượng hoạt động Trang thông tin điện tử thị xã và xã, phường",
      "2023",
      "120",
      "(Nguồn vốn ngân sách thị xã)",
    ],
    ["2", "Duy trì hoạt động Bộ phận một cửa hiện đại tại UBND thị xã", "2023", "300", "(Nguồn vốn ngân sách thị xã)"],
    [
      "3",
      "Đầu tư mua sắm trang thiết bị cho Bộ phận tiếp nhận và giải quyết TTHC các xã, phường",
      "2023",
      "700",
      "(Nguồn vốn ngân sách thị xã)",
    ],
    [],
    PL1_HEADER, // row 19: repeated where the table crossed a page
    ["4", "Tập huấn về công tác Chuyển đổi số", "2023", "300", "(Nguồn vốn ngân sách thị xã)"],
    ["5", "Thực hiện các nhiệm vụ Chuyển đổi số năm 2023", "2023", "550", "(Nguồn vốn ngân sách tỉnh)"], // row 21
  ];
  return applyOverrides(gridFromValues("Phụ lục I", rows), overrides);
}

const PL2_TOP: V[] = [
  "STT",
  "Nội dung nhiệm vụ",
  "Đơn vị chủ trì",
  "Diễn giải",
  "Kinh phí và nguồn vốn",
  undefined,
  "Thời gian thực hiện",
];
const PL2_SUB: V[] = [undefined, undefined, undefined, undefined, "Kinh phí", "Nguồn vốn"];

function item(stt: string, content: string, amount: V, source = "Ngân sách thị xã"): V[] {
  return [stt, content, "Phòng Văn hóa và Thông tin thị xã", "…", amount, source, "2024"];
}

/** Phụ lục II as pasted from Word: two-row merged header repeated on every page, Roman groups, "Tổng cộng:". */
export function pastedAppendixII(overrides: Record<string, V> = {}): Grid {
  const rows: V[][] = [
    ["PHỤ LỤC II"],
    ["DANH MỤC NỘI DUNG, NHIỆM VỤ PHÁT TRIỂN CHUYỂN ĐỔI SỐ THỊ XÃ ĐỨC PHỐ NĂM 2024"],
    ["(Ban hành kèm theo Báo cáo số /BC-UBND ngày tháng năm 2023 của UBND thị xã Đức Phổ)"],
    ["Đơn vị tính: Triệu đồng"],
    PL2_TOP, // row 5
    PL2_SUB, // row 6
    ["I", "Nhóm phát triển chính quyền số"], // row 7
    item("1", "Duy trì hoạt động Trang thông tin điện tử thị xã", "120", "Chi thường xuyên, ngân sách thị xã"),
    item("2", "Tổ chức các hội nghị, hội thảo về “Chính quyền điện tử và chuyển đổi số”", "100"),
    [],
    PL2_TOP, // row 11
    PL2_SUB,
    item("3", "Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính", "2.000", "Ngân sách tỉnh, ngân sách thị xã"), // row 13
    item("4", "Triển khai hệ thống phòng họp không giấy tờ", "1.000", "Ngân sách tỉnh"),
    item("5", "Hệ thống Hội nghị truyền hình trực tuyến", "200"),
    item(
      "6",
      "Đầu tư, nâng cấp trang thiết bị cho Bộ phận tiếp nhận và trả kết quả giải quyết TTHC thị xã và các xã, phường",
      "1.000",
    ),
    [],
    PL2_TOP,
    PL2_SUB,
    ["II", "Nhóm phát triển kinh tế số, xã hội số"], // row 20
    item("1", "Triển khai hướng dẫn, cập nhật thông tin dịch vụ công, chuyển đổi số cho người dân và doanh nghiệp", "150"),
    item(
      "2",
      "Tập huấn chuyển đổi số cho Tổ công nghệ số cộng đồng thị xã, xã, phường, thôn, tổ dân phố",
      "100",
      "ngân sách thị xã",
    ),
    [],
    PL2_TOP,
    PL2_SUB,
    ["III", "Đảm bảo an toàn, an ninh mạng"], // row 26
    item(
      "1",
      "Thực hiện công tác đánh giá và đề xuất cấp độ an toàn hệ thống thông tin",
      "750",
      "Ngân sách tỉnh, ngân sách thị xã",
    ),
    ["IV", "Nhóm chuyển đổi nhận thức"], // row 28
    item("1", "Cập nhật kiến thức, công nghệ cho các cán bộ chuyên trách, công chức, viên chức", "150"),
    [],
    PL2_TOP,
    PL2_SUB,
    ["V", "Đô thị thông minh"], // row 33
    item("1", "Hệ thống thông tin quản lý đô thị thông minh", "4.000", "Ngân sách tỉnh"),
    item("2", "Xã nông thôn mới thông minh", "4.000", "Ngân sách tỉnh"),
    ["Tổng cộng:", undefined, undefined, undefined, "13.570"], // row 36
    [],
    ["Tổng kinh phí dự kiến của Kế hoạch năm 2024 là 13.570 triệu đồng."],
  ];
  const g = applyOverrides(gridFromValues("Phụ lục II", rows), overrides);
  g.merges = [
    { top: 4, left: 4, bottom: 4, right: 5 },
    { top: 4, left: 0, bottom: 5, right: 0 },
    { top: 35, left: 0, bottom: 35, right: 3 },
  ];
  return g;
}

/**
 * The figures of sections II.1.1 b) and II.1.2 b) (docs/report-example.md) in the figures-table layout
 * TT | Chỉ số | Tử số | Mẫu số | Tỷ lệ (%) | Ghi chú (docs/contracts.md), numbers as numbers.
 */
export function figuresSheet(overrides: Record<string, V> = {}): Grid {
  const rows: V[][] = [
    ["SỐ LIỆU KẾT QUẢ THỰC HIỆN NĂM 2023"],
    [],
    ["TT", "Chỉ số", "Tử số", "Mẫu số", "Tỷ lệ (%)", "Ghi chú"], // row 3
    ["1", "Hồ sơ trực tuyến tại Bộ phận một cửa thị xã", 1050, 1710, 61.4], // row 4
    ["1.1", "Mức độ 3", 310, 845],
    ["1.2", "Mức độ 4", 740, 865],
    ["2", "Hồ sơ trực tuyến tại Bộ phận một cửa các xã, phường", 18923, 46357, 40.82], // row 7
    ["2.1", "Mức độ 3", 11931, 37703],
    ["2.2", "Mức độ 4", 6992, 8654],
    ["3", "Dịch vụ công trực tuyến mức độ 3 và 4", 134], // row 10
    ["3.1", "Cấp huyện", 83],
    ["3.2", "Cấp xã", 51],
    ["4", "Tổ Công nghệ số cộng đồng", 99], // row 13
    ["4.1", "Thị xã", 1],
    ["4.2", "Xã, phường", 15],
    ["4.3", "Thôn, tổ dân phố", 83],
    ["5", "Thành viên Tổ Công nghệ số cộng đồng", 615], // row 17
    ["5.1", "Thị xã", 15],
    ["5.2", "Xã, phường", 134],
    ["5.3", "Thôn, tổ dân phố", 466],
  ];
  return applyOverrides(gridFromValues("Số liệu", rows), overrides);
}

/**
 * Targets of section III.1 (docs/report-example.md) in the targets-table layout
 * TT | Nhóm | Chỉ tiêu | Mục tiêu | Đơn vị | Thực hiện (docs/contracts.md).
 */
export function targetsSheet(overrides: Record<string, V> = {}): Grid {
  const a = "a) Phát triển Chính quyền số";
  const rows: V[][] = [
    ["CHỈ TIÊU NĂM 2024"],
    ["TT", "Nhóm", "Chỉ tiêu", "Mục tiêu", "Đơn vị", "Thực hiện"], // row 2
    ["1", a, "Chỉ số chuyển đổi số của thị xã", "nhóm 3/13", "xếp hạng"], // row 3
    ["2", undefined, "Hồ sơ công việc của thị xã xử lý trên môi trường mạng", "95%", "%"],
    ["3", undefined, "Hồ sơ công việc xã, phường xử lý trên môi trường mạng", "80% trở lên", "%"],
    ["4", undefined, "Giảm sử dụng tài liệu giấy", "60% - 80%", "%"], // row 6
    ["5", "c) Phát triển xã hội số", "Dân số có tài khoản thanh toán điện tử", "trên 50%", "%"],
    ["6", undefined, "Xã có truyền thanh cơ sở ứng dụng công nghệ số", "30% đến 50%", "%"], // row 8
    ["7", undefined, "Giao dịch sản phẩm nông nghiệp qua sàn", "10 đến 15", "lượt"],
    ["8", undefined, "Phổ cập dịch vụ mạng di động 4G/5G", undefined, undefined],
  ];
  return applyOverrides(gridFromValues("Chỉ tiêu 2024", rows), overrides);
}

/** Sets cells by A1 address ("D14": "1.907"); undefined clears. */
export function applyOverrides(g: Grid, overrides: Record<string, V>): Grid {
  for (const [addr, v] of Object.entries(overrides)) {
    const at = fromA1(addr);
    if (!at) throw new Error(addr);
    const r = (g.rows[at.row] ??= []);
    r[at.col] = v === undefined ? undefined : { value: v };
  }
  return g;
}
