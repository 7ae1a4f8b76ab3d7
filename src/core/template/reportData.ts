/**
 * The Đức Phổ 2023 report as typed data: the numbers and texts the example template and the
 * drafter need. Pure data, no Node/Office/DOM. Every figure here, with the sentences of the report
 * it comes from and its section numbers (II.1.2 b), III.1 …), is in docs/report-example.md.
 *
 * Amounts are in triệu đồng, as the report states them. Numbers are JS numbers: the report's
 * "6.992,46" is 6992.46, its "92,460" is 92.46 (Vietnamese notation).
 */

/* ------------------------------------------------------------------------------------------ */
/* Metadata                                                                                   */
/* ------------------------------------------------------------------------------------------ */

export interface ReportMeta {
  /** Issuing agency, as in the heading ("UBND THỊ XÃ ĐỨC PHỔ"). */
  agency: string;
  /** The agency in running text ("UBND thị xã Đức Phổ"). */
  agencyShort: string;
  /** Superior agency line of the heading, when the report shows one (it does not). */
  parentAgency?: string;
  province: string;
  /** Place in "Đức Phổ, ngày ... tháng ... năm 2023". */
  place: string;
  year: number;
  /** The plan year of section III / Phụ lục II. */
  planYear: number;
  /** Document number with blanks, as before signing. */
  documentNumber: string;
  documentKind: string;
  reportTitle: string;
  reportSubtitle: string;
  /** Where the report goes (addressee). */
  addressee: string;
  signer: string;
  /** "KT. CHỦ TỊCH / PHÓ CHỦ TỊCH" (the two lines joined by " / "). */
  signerTitle: string;
  signerTitleLines: string[];
  /** "Nơi nhận" lines, without the leading "- ", with their ";" / "." as in the report. */
  recipients: string[];
  /** Closing sentence before "Nơi nhận". */
  closing: string;
  /** Unit of every amount in the appendices. */
  amountUnit: string;
}

export const reportMeta: ReportMeta = {
  agency: "UBND THỊ XÃ ĐỨC PHỔ",
  agencyShort: "UBND thị xã Đức Phổ",
  province: "Quảng Ngãi",
  place: "Đức Phổ",
  year: 2023,
  planYear: 2024,
  documentNumber: "Số:     /BC-UBND",
  documentKind: "BÁO CÁO",
  reportTitle: "Kết quả thực hiện công tác chuyển đổi số trên địa bàn thị xã năm 2023",
  reportSubtitle: "(Phục vụ công tác kiểm tra thực hiện công tác chuyển đổi số của Sở Thông tin và Truyền thông tỉnh)",
  addressee: "Sở Thông tin và Truyền thông tỉnh Quảng Ngãi",
  signer: "Võ Thanh Hùng",
  signerTitle: "KT. CHỦ TỊCH / PHÓ CHỦ TỊCH",
  signerTitleLines: ["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"],
  recipients: [
    "Sở TT&TT (báo cáo);",
    "CT, các PCT UBND thị xã;",
    "VP: CVP, PCVP, CV Thường;",
    "Phòng VHTT thị xã;",
    "CV Dung-VHTT;",
    "Lưu: VT.",
  ],
  closing: "UBND thị xã Đức Phổ kính báo cáo./.",
  amountUnit: "Triệu đồng",
};

/* ------------------------------------------------------------------------------------------ */
/* Phụ lục I: money spent 2021–2023                                                           */
/* ------------------------------------------------------------------------------------------ */

interface AppendixIItem {
  tt: number;
  content: string;
  /** "Kết quả, tiến độ thực hiện": the year, as text ("2021"). */
  progress: string;
  /** Triệu đồng. */
  amount: number;
  note: string;
}

export interface AppendixIGroup {
  /** Period label: "Từ năm 2021-2022", "Năm 2023". */
  label: string;
  /** The sub-total the report states for the group. */
  statedTotal: number;
  items: AppendixIItem[];
}

const NS_TX = "(Nguồn vốn ngân sách thị xã)";

export const appendixI = {
  label: "PHỤ LỤC I",
  title: "DANH MỤC NỘI DUNG BỐ TRÍ KINH PHÍ THỰC HIỆN CÔNG TÁC CHUYỂN ĐỔI SỐ TỪ NĂM 2021 ĐẾN NĂM 2023",
  issuedWith: "(Ban hành kèm theo Báo cáo số     /BC-UBND ngày     tháng     năm 2023 của UBND thị xã Đức Phổ)",
  unitLine: "Đơn vị tính: Triệu đồng.",
  totalLabel: "Tổng cộng",
  /** The total the report states in II.1.2 d) ("8.962,46 triệu đồng"). */
  statedTotal: 8962.46,
  groups: [
    {
      label: "Từ năm 2021-2022",
      statedTotal: 6992.46,
      items: [
        {
          tt: 1,
          content: "Hệ thống Hội nghị truyền hình 3 cấp - tỉnh huyện xã; đảm bảo kết nối 4 cấp theo yêu cầu của Chính phủ",
          progress: "2021",
          amount: 6100,
          note: "(Nguồn vốn ngân sách thị xã và ngân sách tỉnh hỗ trợ)",
        },
        {
          tt: 2,
          content: "Trung tâm Điều hành Thông minh IOC cho thị xã Đức Phổ",
          progress: "2022",
          amount: 92.46,
          note: "(Chưa tính nguồn kinh phí do Tập đoàn Bưu chính Viễn thông (VNPT) tài trợ)",
        },
        { tt: 3, content: "Mua sắm Ipad phục vụ Phòng họp không giấy", progress: "2022", amount: 480, note: NS_TX },
        {
          tt: 4,
          content: "Nâng cao chất lượng hoạt động Trang thông tin điện tử thị xã và xã, phường",
          progress: "2022",
          amount: 120,
          note: NS_TX,
        },
        {
          tt: 5,
          content: "Duy trì hoạt động Bộ phận một cửa hiện đại tại UBND thị xã",
          progress: "2022",
          amount: 200,
          note: NS_TX,
        },
      ],
    },
    {
      label: "Năm 2023",
      statedTotal: 1970,
      items: [
        {
          tt: 1,
          content: "Nâng cao chất lượng hoạt động Trang thông tin điện tử thị xã và xã, phường",
          progress: "2023",
          amount: 120,
          note: NS_TX,
        },
        {
          tt: 2,
          content: "Duy trì hoạt động Bộ phận một cửa hiện đại tại UBND thị xã",
          progress: "2023",
          amount: 300,
          note: NS_TX,
        },
        {
          tt: 3,
          content: "Đầu tư mua sắm trang thiết bị cho Bộ phận tiếp nhận và giải quyết TTHC các xã, phường",
          progress: "2023",
          amount: 700,
          note: NS_TX,
        },
        { tt: 4, content: "Tập huấn về công tác Chuyển đổi số", progress: "2023", amount: 300, note: NS_TX },
        {
          tt: 5,
          content: "Thực hiện các nhiệm vụ Chuyển đổi số năm 2023",
          progress: "2023",
          amount: 550,
          note: "(Nguồn vốn ngân sách tỉnh)",
        },
      ],
    },
  ] as AppendixIGroup[],
};

/** Spending by year as the report states it in II.1.2 d) (triệu đồng). */
export const spendingByYearStated: { year: number; amount: number }[] = [
  { year: 2021, amount: 6100 },
  { year: 2022, amount: 892.46 },
  { year: 2023, amount: 1970 },
];

/* ------------------------------------------------------------------------------------------ */
/* Phụ lục II: the 2024 plan                                                                  */
/* ------------------------------------------------------------------------------------------ */

interface AppendixIIItem {
  stt: number;
  content: string;
  /** "Đơn vị chủ trì" (as in the report, its typos included). */
  leadUnit: string;
  /** "Diễn giải". */
  description: string;
  /** Triệu đồng. */
  amount: number;
  /** "Nguồn vốn". */
  fundingSource: string;
  /** "Thời gian thực hiện", as text. */
  period: string;
}

export interface AppendixIIGroup {
  /** Roman numeral "I".."V". */
  stt: string;
  title: string;
  items: AppendixIIItem[];
}

const VP_VHTT = "Văn phòng HĐND và UBND thị xã, Phòng Văn hóa và Thông tin thị xã";
const CAC_PHONG = "Các phòng, ban ngành thuộc UBND thị xã, UBND các xã, phường.";

export const appendixII = {
  label: "PHỤ LỤC II",
  title: "DANH MỤC NỘI DUNG, NHIỆM VỤ PHÁT TRIỂN CHUYỂN ĐỔI SỐ THỊ XÃ ĐỨC PHỔ NĂM 2024",
  issuedWith: "(Ban hành kèm theo Báo cáo số     /BC-UBND ngày     tháng     năm 2023 của UBND thị xã Đức Phổ)",
  unitLine: "Đơn vị tính: Triệu đồng",
  totalLabel: "Tổng cộng:",
  /** The total the report states ("13.570"). */
  statedTotal: 13570,
  groups: [
    {
      stt: "I",
      title: "Nhóm phát triển chính quyền số",
      items: [
        {
          stt: 1,
          content: "Duy trì hoạt động Trang thông tin điện tử thị xã",
          leadUnit: "Phòng Văn hóa và Thông tin thị xã",
          description:
            "Cập nhật các thông tin chỉ đạo điều hành của thị xã về phát triển kinh tế xã hội; chú trọng xây dựng chuyên mục tuyên truyền về kế hoạch và kết quả thực hiện chuyển đổi số, đô thị thông minh trên Trang thông tin điện tử của thị xã.",
          amount: 120,
          fundingSource: "Chi thường xuyên, ngân sách thị xã",
          period: "2024",
        },
        {
          stt: 2,
          content: "Tổ chức các hội nghị, hội thảo về “Chính quyền điện tử và chuyển đổi số”",
          leadUnit: VP_VHTT,
          description:
            "Phối hợp với các đơn vị, doanh nghiệp trên địa bàn tổ chức các hội thảo, chương trình đào tạo giới thiệu kiến thức cơ bản về chuyển đổi số cho đội ngũ cán bộ, công chức, viên chức; cho các doanh nghiệp trên địa bàn thị xã nhằm nâng cao nhận thức và kỹ năng số.",
          amount: 100,
          fundingSource: "Ngân sách thị xã",
          period: "2024",
        },
        {
          stt: 3,
          content: "Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính",
          leadUnit: "Văn phòng HĐND và UBND thị xã,, UBND các xã, phường",
          description:
            "Số hóa hồ sơ, kết quả giải quyết TTHC, tại Bộ phận một cửa cấp thị xã, các xã, phường và các cơ quan, đơn vị.",
          amount: 2000,
          fundingSource: "Ngân sách tỉnh, ngân sách thị xã",
          period: "2024",
        },
        {
          stt: 4,
          content: "Triển khai hệ thống phòng họp không giấy tờ",
          leadUnit: "Văn phòng HĐND và UBND thị xã,, UBND các xã, phường",
          description: "Triển khai họp không giấy đối với các cuộc họp, hội nghị của HĐND, UBND thị xã, các xã, phường.",
          amount: 1000,
          fundingSource: "Ngân sách tỉnh",
          period: "2024",
        },
        {
          stt: 5,
          content: "Hệ thống Hội nghị truyền hình trực tuyến",
          leadUnit: "Văn phòng HĐND và UBND thị xã, Phòng Văn hóa và Thông tin thị xã, UBND các xã, phường",
          description: "Nâng cấp thiết bị, thuê đường truyền nhằm đẩy mạnh họp trực tuyến giữa thị xã với các xã, phường.",
          amount: 200,
          fundingSource: "Ngân sách thị xã",
          period: "2024",
        },
        {
          stt: 6,
          content:
            "Đầu tư, nâng cấp trang thiết bị cho Bộ phận tiếp nhận và trả kết quả giải quyết TTHC thị xã và các xã, phường",
          leadUnit: "Văn phòng HĐND và UBND thị xã, UBND các xã, phường",
          description:
            "Đầu tư, nâng cấp trang thiết bị phục vụ như: Máy vi tính, máy scanner, máy in, máy photocopy, bàn, ghế, tủ đựng hồ sơ,...",
          amount: 1000,
          fundingSource: "Ngân sách thị xã",
          period: "2024",
        },
      ],
    },
    {
      stt: "II",
      title: "Nhóm phát triển kinh tế số, xã hội số",
      items: [
        {
          stt: 1,
          content:
            "Triển khai hướng dẫn, cập nhật thông tin dịch vụ công, chuyển đổi số cho người dân và doanh nghiệp. Tổ chức các chương trình phổ biến kiến thức về công nghệ số, chuyển đổi số,...",
          leadUnit: "Văn phòng HĐND và UBND thị xã, Phòng Văn hóa và Thông tin thị xã, UBND các xã, phường",
          description:
            "Triển khai các hoạt động về tuyên truyền hướng dẫn, cập nhật thông tin cho người dân về sử dụng dịch vụ công. Phổ biến kiến thức chung về xây dựng lộ trình và thực hiện chuyển đổi, truyền tải các thông điệp thiết thực, gần gũi về chuyển đổi số, những lợi ích chuyển đổi số mang lại cho người dân. Hướng dẫn, hỏi đáp về sử dụng các ứng dụng công nghệ thông minh, công nghệ số, nền tảng số, thương mại điện tử, dịch vụ hành chính công.",
          amount: 150,
          fundingSource: "Ngân sách thị xã",
          period: "2024",
        },
        {
          stt: 2,
          content: "Tập huấn chuyển đổi số cho Tổ công nghệ số cộng đồng thị xã, xã, phường, thôn, tổ dân phố",
          leadUnit: "Phòng Văn hóa và Thông tin thị xã, UBND các xã, phường",
          description:
            "Triển khai các hoạt động về tuyên truyền hướng dẫn, cập nhật thông tin cho người dân về sử dụng dịch vụ công, cuộc cách mạng chuyển đổi số quốc gia.",
          amount: 100,
          fundingSource: "ngân sách thị xã",
          period: "2024",
        },
      ],
    },
    {
      stt: "III",
      title: "Đảm bảo an toàn, an ninh mạng",
      items: [
        {
          stt: 1,
          content:
            "Thực hiện công tác đánh giá và đề xuất cấp độ an toàn hệ thống thông tin của các phòng, ban, đơn vị trên địa bàn thị xã: Thiết bị tường lửa, bản quyền phần mềm tường lửa; phần mềm phòng chống mã độc.",
          leadUnit: "Phòng Văn hóa và Thông tin thị xã, UBND các xã, phường",
          description: "Xây dựng, hoàn thiện đảm bảo đạt mức độ an toàn thông tin cấp độ 2 theo khuyến cáo của Sở TT&TT",
          amount: 750,
          fundingSource: "Ngân sách tỉnh, ngân sách thị xã",
          period: "2024",
        },
      ],
    },
    {
      stt: "IV",
      title: "Nhóm chuyển đổi nhận thức",
      items: [
        {
          stt: 1,
          content: "Cập nhật kiến thức, công nghệ cho các cán bộ chuyên trách, công chức, viên chức",
          leadUnit: CAC_PHONG,
          description:
            "Tổ chức các hội nghị về “Chính quyền điện tử và chuyển đổi số”, cử nhân sự tham gia các Hội thảo và tổ chức đào tạo chuyên sâu về các công nghệ mới cho cán bộ chuyên trách Công nghệ thông tin của thị xã",
          amount: 150,
          fundingSource: "Ngân sách thị xã",
          period: "2024",
        },
      ],
    },
    {
      stt: "V",
      title: "Đô thị thông minh",
      items: [
        {
          stt: 1,
          content: "Hệ thống thông tin quản lý đô thị thông minh",
          leadUnit: CAC_PHONG,
          description: "Đầu tư hệ thống thông tin quản lý đô thị thông minh trên địa bàn thị xã",
          amount: 4000,
          fundingSource: "Ngân sách tỉnh",
          period: "2024",
        },
        {
          stt: 2,
          content: "Xã nông thôn mới thông minh",
          leadUnit: CAC_PHONG,
          description: "Chọn 01 xã đầu tư đạt các tiêu chí xã nông thôn mới thông minh",
          amount: 4000,
          fundingSource: "Ngân sách tỉnh",
          period: "2024",
        },
      ],
    },
  ] as AppendixIIGroup[],
};

/* ------------------------------------------------------------------------------------------ */
/* Figures: section II.1.1 b) and II.1.2                                                      */
/* ------------------------------------------------------------------------------------------ */

export interface FigureRow {
  /** "1", "1.1"... */
  tt: string;
  /** "Chỉ số". */
  indicator: string;
  /** "Tử số" (or the count, for a figure without a denominator). */
  numerator?: number;
  /** "Mẫu số". */
  denominator?: number;
  /** The rate the report states, in percent units (61.4). */
  rate?: number;
  /** Decimals the rate is shown with (61,4 -> 1; 40,82 -> 2). */
  rateDecimals?: number;
  /** What is counted ("hồ sơ", "TTHC", "người"...), for drafting. */
  unit?: string;
  /** "Ghi chú". */
  note?: string;
  /** Parts ("1.1", "1.2"): their numerators and denominators add up to this row's. */
  parts?: FigureRow[];
}

export const figuresTitle = "SỐ LIỆU KẾT QUẢ THỰC HIỆN CHUYỂN ĐỔI SỐ NĂM 2023";
export const figuresSubtitle = "(Mục II.1 của Báo cáo)";

export const figures: FigureRow[] = [
  {
    tt: "1",
    indicator: "Hồ sơ tiếp nhận, giải quyết trực tuyến tại Bộ phận một cửa thị xã",
    numerator: 1050,
    denominator: 1710,
    rate: 61.4,
    rateDecimals: 1,
    unit: "hồ sơ",
    note: "Từ năm 2022 đến nay",
    parts: [
      { tt: "1.1", indicator: "Mức độ 3", numerator: 310, denominator: 845, unit: "hồ sơ" },
      { tt: "1.2", indicator: "Mức độ 4", numerator: 740, denominator: 865, unit: "hồ sơ" },
    ],
  },
  {
    tt: "2",
    indicator: "Hồ sơ tiếp nhận, giải quyết trực tuyến tại Bộ phận một cửa các xã, phường",
    numerator: 18923,
    denominator: 46357,
    rate: 40.82,
    rateDecimals: 2,
    unit: "hồ sơ",
    note: "Từ năm 2022 đến nay",
    parts: [
      { tt: "2.1", indicator: "Mức độ 3", numerator: 11931, denominator: 37703, unit: "hồ sơ" },
      { tt: "2.2", indicator: "Mức độ 4", numerator: 6992, denominator: 8654, unit: "hồ sơ" },
    ],
  },
  {
    tt: "3",
    indicator: "Dịch vụ công trực tuyến mức độ 3 và mức độ 4 (TTHC)",
    numerator: 134,
    unit: "TTHC",
    parts: [
      { tt: "3.1", indicator: "Cấp huyện", numerator: 83, unit: "TTHC" },
      { tt: "3.2", indicator: "Cấp xã", numerator: 51, unit: "TTHC" },
    ],
  },
  {
    tt: "4",
    indicator: "Tổ Công nghệ số cộng đồng",
    numerator: 99,
    unit: "tổ",
    parts: [
      { tt: "4.1", indicator: "Cấp thị xã", numerator: 1, unit: "tổ" },
      { tt: "4.2", indicator: "Cấp xã, phường", numerator: 15, unit: "tổ" },
      { tt: "4.3", indicator: "Thôn, tổ dân phố", numerator: 83, unit: "tổ" },
    ],
  },
  {
    tt: "5",
    indicator: "Thành viên Tổ Công nghệ số cộng đồng",
    numerator: 615,
    unit: "thành viên",
    parts: [
      { tt: "5.1", indicator: "Cấp thị xã", numerator: 15, unit: "thành viên" },
      { tt: "5.2", indicator: "Cấp xã, phường", numerator: 134, unit: "thành viên" },
      { tt: "5.3", indicator: "Thôn, tổ dân phố", numerator: 466, unit: "thành viên" },
    ],
  },
  {
    tt: "6",
    indicator: "Cán bộ, công chức, viên chức làm công tác chuyển đổi số, an toàn, an ninh mạng",
    numerator: 31,
    unit: "người",
    parts: [
      { tt: "6.1", indicator: "UBND thị xã", numerator: 1, unit: "người" },
      { tt: "6.2", indicator: "UBND các xã, phường", numerator: 30, unit: "người" },
    ],
  },
  {
    tt: "7",
    indicator: "Thanh toán trực tuyến thuế, lệ phí trước bạ về đất đai (lượt người)",
    numerator: 2954,
    unit: "lượt người",
    note: "Từ năm 2022 đến nay",
  },
  {
    tt: "8",
    indicator: "Số tiền thanh toán trực tuyến (đồng)",
    numerator: 49634181598,
    unit: "đồng",
    note: "Từ năm 2022 đến nay",
  },
  {
    tt: "9",
    indicator: "Tỷ lệ xử lý văn bản, hồ sơ công việc trên môi trường mạng",
    rate: 100,
    rateDecimals: 0,
    note: "Trừ văn bản, hồ sơ mật",
  },
  {
    tt: "10",
    indicator: "Tỷ lệ gửi, nhận văn bản điện tử các cấp chính quyền",
    rate: 95,
    rateDecimals: 0,
    note: "đạt trên 95%",
  },
  {
    tt: "11",
    indicator: "Tỷ lệ văn bản được ký số khi ban hành",
    rate: 90,
    rateDecimals: 0,
    note: "Trên môi trường mạng",
  },
  {
    tt: "12",
    indicator: "Tỷ lệ giải quyết hồ sơ cho người dân và doanh nghiệp trong 02 năm",
    rate: 94.75,
    rateDecimals: 2,
  },
];

/* ------------------------------------------------------------------------------------------ */
/* Targets for 2024: section III.1 a)–d)                                                      */
/* ------------------------------------------------------------------------------------------ */

interface TargetGroup {
  letter: "a" | "b" | "c" | "d";
  title: string;
}

export interface Target {
  /** Group letter "a".."d". */
  group: TargetGroup["letter"];
  groupTitle: string;
  /**
   * Noun phrase, first letter capital: reads as a table cell, and as
   * `${target} ${unit !== "%" && unit ? unit + " " : ""}${lowerFirst(indicator)}` in a sentence.
   */
  indicator: string;
  /** "Mục tiêu" as people write it ("95%", "80% trở lên", "10 đến 15"); "" for a qualitative bullet. */
  target: string;
  /** "%" for percentages, "lượt" for counts, "" otherwise. */
  unit: string;
  /** The bullet of the report this row comes from (without "- "); a split bullet gives two rows. */
  source: string;
}

export const targetsTitle = "CHỈ TIÊU CHUYỂN ĐỔI SỐ NĂM 2024";
export const targetsSubtitle = "(Mục III.1 của Báo cáo)";

const targetGroups: TargetGroup[] = [
  { letter: "a", title: "Phát triển Chính quyền số, nâng cao hiệu quả, hiệu lực hoạt động các cơ quan nhà nước" },
  { letter: "b", title: "Phát triển kinh tế số, nâng cao năng lực cạnh tranh của nền kinh tế" },
  { letter: "c", title: "Phát triển xã hội số, thu hẹp khoảng cách số" },
  { letter: "d", title: "Bảo đảm an toàn thông tin" },
];

type T = [indicator: string, target: string, unit: string, source: string];

const A_BULLETS = {
  rank: "Năm 2024, phấn đấu chỉ số chuyển đổi số của thị xã nằm trong nhóm 3/13 huyện, thị xã, thành phố.",
  hoSo: "95% hồ sơ công việc của thị xã; 80% trở lên hồ sơ công việc xã, phường được xử lý trên môi trường mạng (trừ hồ sơ công việc thuộc phạm vi bí mật nhà nước).",
  nguoiDungDau:
    "100% người đứng đầu của các đơn vị, tổ chức nhà nước được tuyên truyền, nâng cao nhận thức và trách nhiệm về bảo đảm an toàn thông tin.",
};

const CSDL =
  "Các cơ quan, đơn vị thực hiện số hóa, xây dựng các cơ sở dữ liệu dùng chung, chuyên ngành kết nối, liên thông với cơ sở dữ liệu quốc gia bao gồm cơ sở dữ liệu quốc gia về dân cư, đất đai, đăng ký doanh nghiệp, tài chính, bảo hiểm, tư pháp,... tạo nền tảng phát triển chính quyền số của thị xã; từng bước mở dữ liệu của các cơ quan nhà nước để cung cấp dịch vụ công kịp thời, phục vụ người dân và phát triển kinh tế - xã hội";
const PHAN_MEM =
  "Các cơ quan, đơn vị thực hiện có hiệu quả những phần mềm đã được đưa vào ứng dụng trong các cơ quan nhà nước như phần mềm: Một cửa điện tử liên thông, phần mềm quản lý văn bản và điều hành iOffice, phần mềm quản lý cán bộ, công chức, viên chức, quản lý hộ tịch, hộ khẩu, phần mềm quản lý tài chính...";
const TRANG_TTDT =
  "Trang thông tin điện tử của thị xã, các xã, phường công khai thông tin đầy đủ theo quy định tại Nghị định số 42/2022/NĐ-CP ngày 24/6/2022 của Chính phủ quy định về việc cung cấp thông tin và dịch vụ công trực tuyến của cơ quan nhà nước trên môi trường mạng";
const TICH_HOP =
  "Tăng cường phát triển, tích hợp hệ thống thông tin, cơ sở dữ liệu của thị xã; nâng cao chất lượng công tác chỉ đạo điều hành của UBND thị xã, thúc đẩy cải cách hành chính và triển khai công tác bảo đảm an toàn, an ninh thông tin";
const DO_THI =
  "Triển khai thực hiện các dịch vụ đô thị thông minh tại thị xã gồm các dịch vụ: Giám sát an ninh trật tự đô thị và điều hành giao thông, phản ánh hiện trường, giám sát hệ thống dịch vụ công trực tuyến, giám sát hệ thống quản lý văn bản và điều hành, giám sát thông tin mạng xã hội...";
const NGUOI_DUNG_DAU =
  "Người đứng đầu của các đơn vị, tổ chức nhà nước được tuyên truyền, nâng cao nhận thức và trách nhiệm về bảo đảm an toàn thông tin";
const CAP_QUANG = "Hạ tầng mạng băng rộng cáp quang phủ trên 60% hộ gia đình, 100% xã, phường.";
const NONG_NGHIEP =
  "80% hộ sản xuất nông nghiệp được tập huấn; 10 đến 15 lượt giao dịch sản phẩm nông nghiệp được tiêu thụ qua sàn thương mại điện tử.";

const ROWS: Record<TargetGroup["letter"], T[]> = {
  a: [
    ["Chỉ số chuyển đổi số của thị xã (xếp hạng trong 13 huyện, thị xã, thành phố)", "nhóm 3/13", "", A_BULLETS.rank],
    [
      "Hồ sơ công việc của thị xã được xử lý trên môi trường mạng (trừ hồ sơ công việc thuộc phạm vi bí mật nhà nước)",
      "95%",
      "%",
      A_BULLETS.hoSo,
    ],
    [
      "Hồ sơ công việc xã, phường được xử lý trên môi trường mạng (trừ hồ sơ công việc thuộc phạm vi bí mật nhà nước)",
      "80% trở lên",
      "%",
      A_BULLETS.hoSo,
    ],
    [
      "Báo cáo định kỳ (không bao gồm nội dung mật) được cập nhật qua Hệ thống thông tin báo cáo của UBND tỉnh Quảng Ngãi",
      "100%",
      "%",
      "100% báo cáo định kỳ (không bao gồm nội dung mật) được cập nhật qua Hệ thống thông tin báo cáo của UBND tỉnh Quảng Ngãi.",
    ],
    [
      "Các cuộc họp của UBND thị xã với UBND các xã, phường thực hiện bằng hình thức trực tuyến",
      "70%",
      "%",
      "70% các cuộc họp của UBND thị xã với UBND các xã, phường thực hiện bằng hình thức trực tuyến.",
    ],
    [TICH_HOP, "", "", TICH_HOP + "."],
    [
      "Dịch vụ công được hỗ trợ giải đáp thắc mắc cho người dân, doanh nghiệp",
      "100%",
      "%",
      "100% dịch vụ công được hỗ trợ giải đáp thắc mắc cho người dân, doanh nghiệp.",
    ],
    [
      "Cơ quan nhà nước công khai mức độ hài lòng của người dân khi sử dụng dịch vụ công trực tuyến",
      "100%",
      "%",
      "100% cơ quan nhà nước công khai mức độ hài lòng của người dân khi sử dụng dịch vụ công trực tuyến.",
    ],
    [TRANG_TTDT, "100%", "%", "100% " + TRANG_TTDT + "."],
    [
      "Việc sử dụng tài liệu giấy tại các cuộc họp và các văn bản chỉ đạo, điều hành của thị xã được giảm tối đa (trừ văn bản mật)",
      "60% - 80%",
      "%",
      "Giảm tối đa từ 60% - 80% việc sử dụng tài liệu giấy tại các cuộc họp và các văn bản chỉ đạo, điều hành của thị xã (trừ văn bản mật).",
    ],
    [PHAN_MEM, "100%", "%", "100% c" + PHAN_MEM.slice(1)],
    [NGUOI_DUNG_DAU, "100%", "%", A_BULLETS.nguoiDungDau],
    [
      "Công chức, viên chức, người lao động được gắn định danh số",
      "100%",
      "%",
      "100% công chức, viên chức, người lao động được gắn định danh số.",
    ],
    [
      "Xã có hệ thống thông tin truyền thanh cơ sở ứng dụng công nghệ số, nền tảng số",
      "30% đến 50%",
      "%",
      "30% đến 50% xã có hệ thống thông tin truyền thanh cơ sở ứng dụng công nghệ số, nền tảng số.",
    ],
    [CSDL, "100%", "%", "100% c" + CSDL.slice(1) + "."],
  ],
  b: [
    [
      "Hộ sản xuất nông nghiệp đạt chuẩn được đưa thông tin lên sàn giao dịch thương mại điện tử",
      "40%",
      "%",
      "40% hộ sản xuất nông nghiệp đạt chuẩn được đưa thông tin lên sàn giao dịch thương mại điện tử.",
    ],
    ["Hộ sản xuất nông nghiệp được tập huấn", "80%", "%", NONG_NGHIEP],
    ["Giao dịch sản phẩm nông nghiệp được tiêu thụ qua sàn thương mại điện tử", "10 đến 15", "lượt", NONG_NGHIEP],
  ],
  c: [
    ["Hộ gia đình được phủ hạ tầng mạng băng rộng cáp quang", "trên 60%", "%", CAP_QUANG],
    ["Xã, phường được phủ hạ tầng mạng băng rộng cáp quang", "100%", "%", CAP_QUANG],
    ["Phổ cập dịch vụ mạng di động 4G/5G", "", "", "Phổ cập dịch vụ mạng di động 4G/5G."],
    ["Dân số có tài khoản thanh toán điện tử", "trên 50%", "%", "Tỷ lệ dân số có tài khoản thanh toán điện tử là trên 50%."],
    [
      "Dân số có điện thoại thông minh thực hiện cài đặt và sử dụng các ứng dụng tương tác với chính quyền điện tử",
      "trên 60%",
      "%",
      "Tỷ lệ dân số có điện thoại thông minh thực hiện cài đặt và sử dụng các ứng dụng tương tác với chính quyền điện tử đạt trên 60%.",
    ],
    [
      "Các trường học sử dụng nền tảng số trong công tác giảng dạy và hoạt động quản lý",
      "60%",
      "%",
      "60% các trường học sử dụng nền tảng số trong công tác giảng dạy và hoạt động quản lý.",
    ],
    [
      "Bệnh viện kết nối với bệnh viện tuyến trên phục vụ khám chữa bệnh qua nền tảng công nghệ số",
      "100%",
      "%",
      "100% bệnh viện kết nối với bệnh viện tuyến trên phục vụ khám chữa bệnh qua nền tảng công nghệ số.",
    ],
    [DO_THI, "", "", DO_THI],
  ],
  d: [
    [
      "Hệ thống thông tin được xác định cấp độ và triển khai phương án bảo đảm an toàn thông tin theo cấp độ",
      "100%",
      "%",
      "100% hệ thống thông tin được xác định cấp độ và triển khai phương án bảo đảm an toàn thông tin theo cấp độ.",
    ],
    ["Thiết bị đầu cuối được cài đặt giải pháp bảo vệ", "100%", "%", "100% thiết bị đầu cuối được cài đặt giải pháp bảo vệ."],
    [NGUOI_DUNG_DAU, "100%", "%", A_BULLETS.nguoiDungDau],
    [
      "Cán bộ, công chức, viên chức và người lao động của cơ quan được tuyên truyền, phổ biến về thói quen, trách nhiệm và kỹ năng cơ bản bảo đảm an toàn thông tin",
      "100%",
      "%",
      "Phần đầu 100% cán bộ, công chức, viên chức và người lao động của cơ quan được tuyên truyền, phổ biến về thói quen, trách nhiệm và kỹ năng cơ bản bảo đảm an toàn thông tin.",
    ],
    [
      "Cán bộ, công chức, viên chức và người lao động của cơ quan được đào tạo, bồi dưỡng về an toàn thông tin",
      "80%",
      "%",
      "80% cán bộ, công chức, viên chức và người lao động của cơ quan được đào tạo, bồi dưỡng về an toàn thông tin.",
    ],
  ],
};

/** Every target of section III.1 a)–d), in report order; a bullet with two targets gives two rows. */
export const targets: Target[] = targetGroups.flatMap((g) =>
  ROWS[g.letter].map(([indicator, target, unit, source]) => ({
    group: g.letter,
    groupTitle: g.title,
    indicator,
    target,
    unit,
    source,
  })),
);

/** "a) Phát triển Chính quyền số, ..." — the group as the targets sheet shows it. */
export function targetGroupLabel(t: { group: string; groupTitle: string }): string {
  return `${t.group}) ${t.groupTitle}`;
}
