/**
 * Every text the task pane and the preview page show, in Vietnamese (default) and English.
 * Placeholders are written {name} and filled by t().
 */
import { CHECKS, type CheckMeta } from "../core/checks";
import type { FindingCode, Lang, Severity } from "../core/findings";
import { formatNumberVN } from "../core/number/format";

export type { Lang };

export const LANGS: readonly Lang[] = ["vi", "en"];

const vi = {
  "app.title": "Kiểm tra số liệu báo cáo chuyển đổi số",
  "lang.switch": "English",
  "lang.switchHint": "Chuyển giao diện và thông báo sang tiếng Anh",

  "action.check": "Kiểm tra",
  "action.checkHint": "Đọc mọi trang tính và đối chiếu các con số (không sửa ô nào)",
  "action.template": "Tạo mẫu",
  "action.templateHint": "Thêm các trang mẫu với số liệu báo cáo Đức Phổ 2023",
  "action.draft": "Soạn báo cáo",
  "action.draftHint":
    'Soạn các phần báo cáo có số liệu vào một trang tính mới "Bản thảo" (Times New Roman 14, dán được vào Word) và tệp Word',

  "progress.check": "Đang kiểm tra…",
  "progress.template": "Đang tạo các trang mẫu…",
  "progress.starting": "Bắt đầu",
  "stage.read": "Đang đọc các trang tính",
  "stage.recognize": "Đang nhận dạng các bảng",
  "stage.check": "Đang đối chiếu số liệu",
  "stage.done": "Xong",

  "intro.title": "Tiện ích kiểm tra những gì?",
  "intro.appendix":
    "Bảng phụ lục kinh phí (TT | Nội dung | Kinh phí): mỗi tổng nhóm (“Năm 2023”, “Từ năm 2021-2022”, I, II…) và dòng “Tổng cộng” phải bằng tổng các dòng của nó.",
  "intro.figures":
    "Bảng số liệu (TT | Chỉ số | Tử số | Mẫu số | Tỷ lệ (%)): tỷ lệ phải bằng tử số ÷ mẫu số × 100; các mục 1.1, 1.2 cộng lại bằng mục 1.",
  "intro.targets":
    "Bảng chỉ tiêu (TT | Nhóm | Chỉ tiêu | Mục tiêu | Đơn vị | Thực hiện): mục tiêu phần trăm nằm trong 0–100%, khoảng “30% đến 50%” có đầu dưới không lớn hơn đầu trên.",
  "intro.forms":
    "Biểu mẫu ngân sách và kế hoạch (dự toán, quyết toán, nguồn vốn, theo năm, Kế hoạch | Thực hiện | Tỷ lệ): mọi cột số, tổng theo dòng (“3=1+2”, Tổng số = các nguồn), cột tỷ lệ và so sánh, các đề mục A/I/1/1.1/a)/-/+, phần “Trong đó” không vượt số tổng.",
  "intro.more":
    "Ngoài ra: ô ghi chữ thay vì số, số lưu dạng văn bản, số đọc được hai cách như “92,460”; số không thuộc bảng nào được báo là chưa kiểm tra.",
  "intro.readOnly": "Kiểm tra chỉ đọc bảng tính, không bao giờ thay đổi ô nào.",
  "intro.start": "Bấm “Kiểm tra” để bắt đầu, hoặc “Tạo mẫu” để có các trang mẫu đúng cấu trúc.",

  "summary.title": "Kết quả kiểm tra",
  "summary.errors": "Lỗi",
  "summary.warnings": "Cảnh báo",
  "summary.infos": "Ghi chú",
  "summary.scope": "Bảng tìm thấy: {tables} · Trang tính đã đọc: {sheets}",
  "summary.coverage": "Đã kiểm tra {checked}/{numeric} ô số",
  "summary.notChecked": "Chưa kiểm tra:",

  "clean.title": "Không có lỗi",
  "clean.body":
    "{checked} ô số của {tables} bảng trên {sheets} trang tính đã được đối chiếu — tổng nhóm, tổng cộng, tổng theo dòng, tỷ lệ và chỉ tiêu — và đều khớp.",
  "clean.partialTitle": "Không có lỗi ở các ô đã kiểm tra",
  "clean.partialBody":
    "{checked}/{numeric} ô số được đối chiếu và khớp; {unchecked} ô số chưa được kiểm tra (xem “Chưa kiểm tra” ở trên) — hãy tự soát những số đó.",

  "noTables.title": "Không tìm thấy bảng nào để kiểm tra",
  "noTables.body":
    "Tiện ích nhận ra bảng theo dòng tiêu đề cột, không theo tên trang tính. Cần ít nhất một dòng tiêu đề như: “TT | Nội dung | Kinh phí” (phụ lục kinh phí), “TT | Chỉ số | Tử số | Mẫu số | Tỷ lệ (%)” (số liệu) hoặc “TT | Nhóm | Chỉ tiêu | Mục tiêu | Đơn vị | Thực hiện” (chỉ tiêu). Bấm “Tạo mẫu” để thêm các trang mẫu đúng cấu trúc.",

  "group.workbook": "Toàn bảng tính",
  "group.sheetCount": "{n} mục",
  "severity.error": "Lỗi",
  "severity.warning": "Cảnh báo",
  "severity.info": "Ghi chú",

  "finding.stated": "Ghi",
  "finding.computed": "Tính được",
  "finding.formula": "Công thức",
  "finding.expected": "cần cộng {range}",
  "finding.relation": "Quan hệ",
  "finding.inferred": "suy ra từ số liệu",
  "finding.goTo": "Chọn ô {cell} trên trang {sheet}",
  "finding.howToFix": "Cách sửa",

  "template.done": "Đã tạo các trang: {sheets}.",
  "template.none": "Không có trang nào được tạo.",
  "draft.done":
    'Đã soạn báo cáo vào trang tính mới "{sheet}": chọn các dòng, sao chép và dán vào Word — hoặc tải tệp Word theo thể thức Nghị định 30/2020/NĐ-CP.',
  "draft.doneCopy":
    'Đã soạn báo cáo vào trang tính mới "{sheet}". Bấm nút dưới đây để sao chép cả báo cáo (giữ định dạng) rồi dán vào Word — hoặc chọn các dòng của trang "{sheet}", sao chép và dán vào Word.',
  "draft.download": "Tải tệp Word (.docx)",
  "draft.copy": "Sao chép để dán vào Word",
  "draft.preparing": "Đang tạo tệp Word…",
  "draft.copied":
    'Đã sao chép báo cáo (giữ định dạng). Mở Word và dán: ⌘V trên máy Mac, Ctrl+V trên Windows. Cách khác: báo cáo có sẵn trên trang tính "{sheet}".',
  "draft.copiedNoDownload":
    'Không tải được tệp Word ở đây, nên báo cáo đã được sao chép (giữ định dạng). Mở Word và dán: ⌘V trên máy Mac, Ctrl+V trên Windows. Cách khác: báo cáo có sẵn trên trang tính "{sheet}".',
  "draft.copyFailed":
    'Không sao chép được báo cáo. Hãy dùng trang tính "{sheet}": chọn các dòng, sao chép (⌘C trên máy Mac, Ctrl+C trên Windows) rồi dán vào Word.',
  "draft.downloadCopyFailed":
    'Không tải được tệp Word và cũng không sao chép được báo cáo. Hãy dùng trang tính "{sheet}": chọn các dòng, sao chép (⌘C trên máy Mac, Ctrl+C trên Windows) rồi dán vào Word.',
  "draft.unverified": "Các số sau chưa khớp khi kiểm tra; trong bản thảo, ngay sau mỗi số đó có đánh dấu [CHƯA KHỚP]:",
  "progress.draft": "Đang soạn báo cáo…",
  "stage.write": "Đang ghi trang bản thảo",

  "error.title": "Excel báo lỗi",
  "error.unknown": "Lỗi không xác định",
  "error.dismiss": "Đóng",
  "crash.title": "Ngăn tác vụ gặp sự cố",
  "crash.retry": "Thử lại",

  "write.undone":
    "Không tạo được các trang tính {sheets}: {cause}. Các trang vừa thêm dở đã được xóa, bảng tính giữ nguyên như trước. Hãy thử lại.",
  "write.leftover":
    "Không tạo được các trang tính {sheets}: {cause}. Không xóa được các trang đã thêm dở — hãy tự xóa (chuột phải vào thẻ trang tính → Xóa) các trang: {leftover}.",
  "select.hidden":
    "Ô {sheet}!{cell} nằm trên trang tính đang ẩn. Hãy bỏ ẩn trang tính (chuột phải vào thẻ trang tính → Bỏ ẩn) rồi chọn lại.",
  "select.veryHidden":
    "Ô {sheet}!{cell} nằm trên trang tính bị ẩn sâu (Very Hidden), không bỏ ẩn được từ thẻ trang tính. Hãy bỏ ẩn trong Visual Basic (Alt+F11 → chọn trang tính → Visible = xlSheetVisible) rồi chọn lại.",
  "select.missing":
    "Không còn trang tính “{sheet}” (đã bị xóa hoặc đổi tên sau lần kiểm tra). Hãy bấm “Kiểm tra” để kiểm tra lại.",
  "calc.manual":
    "Excel đang tính toán thủ công (Manual): kết quả công thức có thể chưa cập nhật. Nhấn F9 (hoặc Công thức → Tùy chọn tính toán → Tự động) rồi kiểm tra lại.",

  "preview.banner":
    "Bản xem trước không cần Excel: ngăn tác vụ thật chạy trên một sổ làm việc mẫu trong trình duyệt. Nhấp đúp vào ô để sửa (gõ số hoặc công thức bắt đầu bằng “=”), rồi bấm “Kiểm tra”.",
  "preview.formulaBar": "Thanh công thức",
  "preview.sheets": "Các trang tính",
  "preview.editHint": "Enter để lưu, Esc để hủy",

  // Issue 13, point 10: the preview opens any workbook.
  "preview.open.label": "Mở tệp Excel (.xlsx)…",
  "preview.open.private": "Tệp được đọc ngay trong trình duyệt này, không tải lên đâu cả.",
  "preview.open.reading": "Đang đọc “{name}”…",
  "preview.open.done": "Đã mở “{name}”: {sheets} trang tính. Bấm “Kiểm tra” để kiểm tra sổ này.",
  "preview.open.unread": "Không có dữ liệu để đọc ở trang tính: {sheets}.",
  "preview.open.kept": "Sổ đang mở được giữ nguyên.",
  // Issue 13, points 1 and 6: the coverage panel, the first run, the template dialog.
  "cov.title": "Đã kiểm tra những gì",
  "cov.allClear": "Đã kiểm tra {checked}/{numeric} ô số trong {tables} bảng: không có lỗi",
  "cov.allClearWarnings": "Đã kiểm tra {checked}/{numeric} ô số trong {tables} bảng: không có lỗi, {warnings} cảnh báo",
  "cov.noErrorPartial": "Không thấy lỗi trong {checked} ô số đã kiểm tra; {unchecked} ô số {where} chưa được kiểm tra",
  "cov.errors": "{errors} lỗi trong {checked}/{numeric} ô số đã kiểm tra",
  "cov.errorsPartial": "{errors} lỗi trong {checked} ô số đã kiểm tra; {unchecked} ô số {where} chưa được kiểm tra",
  "cov.onSheets": "trên trang {sheets}",
  "cov.unreadTail": "; không đọc được trang {sheets}",
  "cov.nothing": "Không có ô số nào được kiểm tra",
  "cov.sheetTables": "{tables} bảng · {checked}/{numeric} ô số",
  "cov.sheetSkipped": "Bỏ qua: {reason}",
  "cov.sheetUnchecked": "{numeric} ô số không được kiểm tra",
  "cov.hidden": "trang ẩn",
  "cov.kind.appendix": "Phụ lục kinh phí",
  "cov.kind.figures": "Bảng số liệu",
  "cov.kind.targets": "Bảng chỉ tiêu",
  "cov.kind.form": "Biểu số liệu",
  "cov.table": "{kind} {range}: {checked}/{numeric} ô số",
  "cov.column": "Cột {column} ({header}): {checks}",
  "cov.check.subtotals": "tổng nhóm",
  "cov.check.totals": "tổng cộng",
  "cov.check.labelFormulas": "công thức ở tên dòng",
  "cov.check.breakdowns": "phần “Trong đó”",
  "cov.check.rowSum": "tổng theo dòng {relation}",
  "cov.check.rate": "tỷ lệ {relation}",
  "cov.check.rowSubset": "“Trong đó” theo dòng {relation}",
  "cov.check.operand": "dùng trong {relation}",
  "cov.check.inferred": "{check} (suy ra từ số liệu)",
  "cov.check.none": "không có quan hệ nào để kiểm tra",
  "cov.outside": "{range}: {cells} ô số ngoài mọi bảng, không được kiểm tra",
  "cov.targetsOnly": "mục tiêu dạng chữ: kiểm tra khoảng và giới hạn 0–100%",
  "cov.reason.empty": "trang tính trống",
  "cov.reason.text": "chỉ có chữ, không có số",
  "cov.reason.draft": "bản thảo, kết quả kiểm tra hoặc chi tiết tổng hợp — không đọc làm số liệu",
  "cov.reason.unread": "không đọc được (tệp không chứa dữ liệu của trang này)",
  "cov.reason.numbers": "không nhận ra bảng: {what}",
  "cov.reason.nearest": "{what} (dòng gần giống tiêu đề nhất: {row})",
  "cov.missing.headerRow": "không có dòng tiêu đề (dòng có từ hai ô chữ)",
  "cov.missing.keyColumn": "không thấy cột TT/Nội dung",
  "cov.missing.numberColumn": "không thấy cột Kinh phí/Tổng số/Tỷ lệ",
  "cov.missing.both": "không thấy cột TT/Nội dung/Kinh phí",

  "first.title": "Tiện ích đọc được các bảng như sau",
  "first.lead":
    "Bảng được nhận ra theo dòng tiêu đề cột, ở bất kỳ đâu trên trang tính. Các số trong ví dụ minh họa cách kiểm tra.",
  "first.noTablesTitle": "Không tìm thấy bảng nào để kiểm tra",
  "first.noTablesBody":
    "Không trang tính nào có dòng tiêu đề như các bảng dưới đây. Hãy sửa dòng tiêu đề, hoặc tạo các trang mẫu rồi điền số liệu.",
  "first.numberingRow": "dòng đánh số cột",
  "first.layoutsLabel": "Các kiểu bảng tiện ích đọc được",
  "first.createTemplate": "Tạo mẫu…",
  "template.dialogTitle": "Tạo các trang mẫu",
  "template.dialogBody":
    "Các trang mới được thêm vào sổ làm việc; không trang nào có sẵn bị thay đổi (trùng tên thì thêm “(2)”).",
  "template.kindLabel": "Loại mẫu",
  "template.kindBlank": "Mẫu trống: tiêu đề, nhóm, dòng tổng và công thức, chưa có số liệu",
  "template.kindExample": "Mẫu có ví dụ: số liệu báo cáo Đức Phổ 2023",
  "template.confirm": "Tạo",
  "template.cancel": "Hủy",
  // Issue 13, points 8–9 (follow Office, screen readers): office.js unreachable, Excel's error codes, announcements.
  "officeJs.title": "Không tải được thư viện Office (office.js)",
  "officeJs.body":
    "Phần bổ trợ không kết nối được tới {url}, nên không làm việc được với Excel. Thường do mạng cơ quan (tường lửa, máy chủ proxy) chặn địa chỉ này.",
  "officeJs.ask":
    "Hãy nhờ bộ phận CNTT cho phép truy cập hai địa chỉ: appsforoffice.microsoft.com và {origin} (địa chỉ của phần bổ trợ), rồi tải lại ngăn tác vụ.",
  "officeJs.reload": "Tải lại",
  "error.details": "Chi tiết",
  "excelError.ExcelUnavailable":
    "Ngăn tác vụ không kết nối được với Excel (thư viện Office chưa sẵn sàng, hoặc ngăn đang mở ngoài Excel). Hãy đóng ngăn tác vụ và mở lại từ thẻ Báo cáo; nếu vẫn lỗi, khởi động lại Excel.",
  "excelError.ItemNotFound":
    "Không tìm thấy trang tính hoặc vùng ô cần dùng — có thể nó vừa bị xóa hoặc đổi tên. Hãy bấm “Kiểm tra” để đọc lại bảng tính.",
  "excelError.InvalidArgument":
    "Excel không chấp nhận một giá trị tiện ích gửi tới (tên trang tính hoặc địa chỉ ô không hợp lệ). Hãy thử lại; nếu vẫn lỗi, gửi phần “Chi tiết” cho người hỗ trợ.",
  "excelError.GeneralException":
    "Excel gặp lỗi nội bộ khi thực hiện yêu cầu. Hãy thử lại; nếu vẫn lỗi, lưu bảng tính, đóng và mở lại Excel.",
  "excelError.AccessDenied":
    "Excel không cho phép thao tác này: bảng tính hoặc trang tính đang được bảo vệ, hoặc tệp chỉ cho đọc. Hãy bỏ bảo vệ (Xem lại → Bỏ bảo vệ trang tính) hoặc lưu một bản sao rồi thử lại.",
  "excelError.InvalidOperation":
    "Excel không thực hiện được thao tác lúc này. Hãy rời ô đang sửa (nhấn Enter hoặc Esc), đóng các hộp thoại đang mở rồi thử lại.",
  "excelError.CellEditMode": "Excel đang ở chế độ sửa ô nên không nhận lệnh. Nhấn Enter hoặc Esc để rời ô đang sửa rồi thử lại.",
  "excelError.PayloadTooLarge":
    "Dữ liệu quá lớn để Excel chuyển một lần. Hãy xóa các dòng, cột trống thừa ở cuối trang tính (Ctrl+End cho biết vùng đã dùng) hoặc tách bảng tính, rồi thử lại.",
  "excelError.RangeExceedsLimit":
    "Vùng ô vượt giới hạn Excel cho phép trong một lần đọc. Hãy xóa các dòng, cột trống thừa ở cuối trang tính (Ctrl+End cho biết vùng đã dùng) rồi thử lại.",
  "excelError.ApiNotFound":
    "Phiên bản Excel này chưa có chức năng tiện ích cần dùng. Hãy cập nhật Office (Tệp → Tài khoản → Tùy chọn cập nhật → Cập nhật ngay) hoặc dùng Excel trên web.",
  "excelError.ItemAlreadyExists": "Đã có một trang tính hoặc mục cùng tên. Hãy đổi tên hoặc xóa trang đó rồi thử lại.",
  "excelError.Busy": "Excel đang bận hoặc dịch vụ tạm thời không sẵn sàng. Hãy đợi một lát rồi thử lại.",
  "excelError.Conflict": "Bảng tính vừa bị thay đổi cùng lúc (người khác đang sửa, hoặc một thao tác khác). Hãy thử lại.",
  "excelError.MemoryLimitReached": "Excel hết bộ nhớ khi thực hiện yêu cầu. Hãy đóng bớt các tệp, chương trình khác rồi thử lại.",
  "excelError.other": "Excel báo một lỗi chưa rõ nguyên nhân. Hãy thử lại; nếu vẫn lỗi, gửi phần “Chi tiết” cho người hỗ trợ.",
  "a11y.error": "Lỗi",
  "a11y.warning": "Cảnh báo",
  "a11y.info": "Ghi chú",
  "announce.checkDone": "Kiểm tra xong: {errors} lỗi, {warnings} cảnh báo; đã kiểm tra {checked}/{numeric} ô số.",
  "announce.draftDone": "Đã soạn báo cáo vào trang tính “{sheet}”.",
  "announce.templateDone": "Đã tạo các trang mẫu: {sheets}.",
  "select.title": "Không chọn được ô",
  "calc.title": "Excel đang tính toán thủ công",
  "template.title": "Đã tạo mẫu",
  "draft.title": "Đã soạn báo cáo",
  // Issue 13, points 2 and 7: results that never go stale; progress that moves, "Dừng".
  "stale.title": "Sổ đã thay đổi — Kiểm tra lại",
  "stale.body": "Kết quả dưới đây là của lần kiểm tra lúc {time}. Từ đó đã có thay đổi ở: {sheets}.",
  "stale.recheck": "Kiểm tra lại",
  "stale.auto": "Tự kiểm tra lại",
  "stale.autoHint": "Kiểm tra lại sau mỗi lần sửa, chỉ đọc lại các trang tính đã thay đổi",
  "stale.noEvents":
    "Excel này không báo khi sổ thay đổi: kết quả đúng với sổ lúc {time}. Sửa xong, hãy bấm “Kiểm tra” để kiểm tra lại.",
  "stale.checkedAt": "Kiểm tra lúc {time}",
  "progress.readSheet": "Đang đọc {sheet} ({index}/{count})…",
  "progress.readSheets": "Đang đọc {first} … {last} ({index}–{lastIndex}/{count})…",
  "progress.recognizeSheet": "Đang nhận dạng các bảng của {sheet} ({index}/{count})…",
  "progress.runCheck": "Đang đối chiếu: {check} ({index}/{count})…",
  "progress.cancel": "Dừng",
  "progress.cancelHint": "Dừng việc đang chạy; kết quả trước đó được giữ lại",
  "stopped.title": "Đã dừng",
  "stopped.kept": "Kết quả dưới đây là của lần kiểm tra lúc {time}, có thể không còn đúng với sổ.",
  "stopped.none": "Chưa có kết quả nào. Bấm “Kiểm tra” khi sẵn sàng.",
  // Issue 13, points 3–5: the finding cards, the sticky bar, the list and the export.
  "card.stated": "Ghi",
  "card.shouldBe": "đúng",
  "card.computed": "tính được",
  "card.gap": "lệch",
  "card.points": "điểm %",
  "card.passedOn": "Lỗi này lan sang {cells}: các tổng đó không kiểm tra được cho đến khi sửa ô {cell}.",
  "card.cells": "{n} ô",
  "card.name": "{severity} tại {cell}: {names}",
  "card.severity.error": "Lỗi",
  "card.severity.warning": "Cảnh báo",
  "card.severity.info": "Ghi chú",
  "bar.label": "Lệnh và bộ lọc kết quả",
  "bar.count.error": "{n} lỗi",
  "bar.count.warning": "{n} cảnh báo",
  "bar.count.info": "{n} ghi chú",
  "bar.next": "Lỗi tiếp theo",
  "bar.nextHint": "Chọn ô của lỗi tiếp theo trong bảng tính",
  "bar.severity": "Mức độ",
  "bar.allSeverities": "Mọi mức độ",
  "bar.sheet": "Trang tính",
  "bar.allSheets": "Mọi trang tính",
  "bar.shown": "Đang hiện {shown}/{total} mục",
  "bar.export": "Xuất kết quả",
  "bar.exportHint": "Ghi các phát hiện vào một trang tính mới “Kết quả kiểm tra” (không ghi đè trang nào)",
  "bar.exporting": "Đang ghi kết quả…",
  "bar.exported": "Đã ghi {n} phát hiện vào trang tính mới “{sheet}”.",
  "list.label": "Các phát hiện",
  "list.hint": "Mũi tên lên, xuống để di chuyển; Enter để chọn ô; Enter trên tên trang tính để thu gọn hoặc mở.",

  // The document's own details ("Thông tin văn bản"): missing after a draft, and the sheet in the coverage.
  "details.title": "Còn thiếu thông tin của văn bản",
  "details.missing": "Bản thảo để trống những thông tin sau:",
  "details.where":
    "Điền vào cột Nội dung của trang “Thông tin văn bản” rồi bấm Soạn báo cáo lại. Sổ chưa có trang này: Tạo mẫu thêm trang này cùng các trang mẫu.",
  "cov.reason.details": "thông tin của văn bản (người ký, nơi nhận…), dùng khi soạn báo cáo, không phải số liệu",
  // Issue 14: the whole report — sections left for the unit to write.
  "draft.placeholders":
    "Bản thảo có {count} phần không có số liệu trong sổ — mỗi phần có dòng “[Đơn vị bổ sung: …]” nói cần viết gì; hãy viết thay các dòng đó trước khi trình ký.",
  // Issue 15: "Tổng hợp" — one form added up over many communes' files.
  "action.consolidate": "Tổng hợp…",
  "action.consolidateHint":
    "Chọn các tệp .xlsx cùng biểu mẫu của các xã: kiểm tra từng tệp, cộng số liệu và ghi vào các trang tính mới (không ghi đè trang nào)",
  "consolidate.input": "Chọn các tệp .xlsx để tổng hợp",
  "progress.consolidate": "Đang tổng hợp…",
  "consolidate.reading": "Đang đọc và kiểm tra tệp {index}/{count}: {file}",
  "consolidate.writing": "Đang ghi các trang tổng hợp",
  "consolidate.title": "Tổng hợp",
  "consolidate.done": "Đã cộng {summed}/{count} tệp theo biểu mẫu của “{form}” và ghi vào các trang mới: {sheets}.",
  "consolidate.nothing": "Không tệp nào có bảng số liệu để tổng hợp; không ghi trang nào.",
  "consolidate.unreadableAll": "Không đọc được tệp nào; không ghi trang nào.",
  "consolidate.inputs": "Các tệp đã chọn",
  "consolidate.errorsHint": "mở tệp “{file}” và bấm Kiểm tra để xem",
  "consolidate.readFailed": "trình duyệt không đọc được tệp ({reason}); hãy chọn lại",
} as const;

export type Key = keyof typeof vi;

const en: Record<Key, string> = {
  "app.title": "Digital transformation report check",
  "lang.switch": "English",
  "lang.switchHint": "Switch the pane and its messages to English",

  "action.check": "Check",
  "action.checkHint": "Reads every sheet and checks the numbers (changes no cell)",
  "action.template": "Create template",
  "action.draft": "Draft report",
  "action.draftHint":
    'Draft the number-bearing sections of the report into a new sheet "Bản thảo" (Times New Roman 14, ready to paste into Word) and a Word file',
  "action.templateHint": "Adds the template sheets filled with the Đức Phổ 2023 report's figures",

  "progress.check": "Checking…",
  "progress.template": "Creating the template sheets…",
  "progress.starting": "Starting",
  "stage.read": "Reading the sheets",
  "stage.recognize": "Recognising the tables",
  "stage.check": "Checking the numbers",
  "stage.done": "Done",

  "intro.title": "What does the check look for?",
  "intro.appendix":
    "Budget appendix tables (TT | Nội dung | Kinh phí): every group sub-total (“Năm 2023”, “Từ năm 2021-2022”, I, II…) and the “Tổng cộng” row must equal the sum of their rows.",
  "intro.figures":
    "Figures tables (TT | Chỉ số | Tử số | Mẫu số | Tỷ lệ (%)): each rate must equal numerator ÷ denominator × 100; items 1.1, 1.2 must add up to item 1.",
  "intro.targets":
    "Targets tables (TT | Nhóm | Chỉ tiêu | Mục tiêu | Đơn vị | Thực hiện): percentage targets lie within 0–100%, and a range such as “30% đến 50%” has its lower end below its upper end.",
  "intro.forms":
    "Budget and plan forms (estimates, settlements, funding sources, per year, Kế hoạch | Thực hiện | Tỷ lệ): every number column, row totals (“3=1+2”, Tổng số = the sources), rate and comparison columns, A/I/1/1.1/a)/-/+ outlines, “Trong đó” breakdowns not above their total.",
  "intro.more":
    "Also: text where a number belongs, numbers stored as text, numbers such as “92,460” that read two ways; numbers in no table are reported as not checked.",
  "intro.readOnly": "The check only reads the workbook; it never changes a cell.",
  "intro.start": "Press “Check” to start, or “Create template” to add sheets with the expected layout.",

  "summary.title": "Check results",
  "summary.errors": "Errors",
  "summary.warnings": "Warnings",
  "summary.infos": "Notes",
  "summary.scope": "Tables found: {tables} · Sheets read: {sheets}",
  "summary.coverage": "Checked {checked} of {numeric} number cells",
  "summary.notChecked": "Not checked:",

  "clean.title": "No errors found",
  "clean.body":
    "The {checked} number cells of {tables} tables on {sheets} sheets were checked — sub-totals, totals, row totals, rates and targets — and all agree.",
  "clean.partialTitle": "No errors in what was checked",
  "clean.partialBody":
    "{checked} of {numeric} number cells were checked and agree; {unchecked} were not checked (see “Not checked” above) — review those yourself.",

  "noTables.title": "No table to check was found",
  "noTables.body":
    "Tables are recognised by their header row, not by sheet name. At least one header row is needed such as “TT | Nội dung | Kinh phí” (budget appendix), “TT | Chỉ số | Tử số | Mẫu số | Tỷ lệ (%)” (figures) or “TT | Nhóm | Chỉ tiêu | Mục tiêu | Đơn vị | Thực hiện” (targets). Press “Create template” to add sheets with that layout.",

  "group.workbook": "Whole workbook",
  "group.sheetCount": "{n} items",
  "severity.error": "Errors",
  "severity.warning": "Warnings",
  "severity.info": "Notes",

  "finding.stated": "Stated",
  "finding.computed": "Computed",
  "finding.formula": "Formula",
  "finding.expected": "should add {range}",
  "finding.relation": "Relation",
  "finding.inferred": "inferred from the numbers",
  "finding.goTo": "Select cell {cell} on sheet {sheet}",
  "finding.howToFix": "How to fix",

  "template.done": "Created sheets: {sheets}.",
  "template.none": "No sheet was created.",
  "draft.done":
    'The report was drafted into the new sheet "{sheet}": select the rows, copy and paste them into Word — or download the Word file in the layout of Decree 30/2020/NĐ-CP.',
  "draft.doneCopy":
    'The report was drafted into the new sheet "{sheet}". Press the button below to copy the whole report (with its formatting) and paste it into Word — or select the rows of sheet "{sheet}", copy and paste them into Word.',
  "draft.download": "Download Word (.docx)",
  "draft.copy": "Copy to paste into Word",
  "draft.preparing": "Preparing the Word file…",
  "draft.copied":
    'The report was copied (with its formatting). Open Word and paste: ⌘V on a Mac, Ctrl+V on Windows. Or use the sheet "{sheet}", which holds the report too.',
  "draft.copiedNoDownload":
    'The Word file could not be downloaded here, so the report was copied instead (with its formatting). Open Word and paste: ⌘V on a Mac, Ctrl+V on Windows. Or use the sheet "{sheet}", which holds the report too.',
  "draft.copyFailed":
    'The report could not be copied. Use the sheet "{sheet}": select its rows, copy them (⌘C on a Mac, Ctrl+C on Windows) and paste them into Word.',
  "draft.downloadCopyFailed":
    'The Word file could not be downloaded and the report could not be copied either. Use the sheet "{sheet}": select its rows, copy them (⌘C on a Mac, Ctrl+C on Windows) and paste them into Word.',
  "draft.unverified": "These numbers did not check out; in the draft each is followed by the marker [CHƯA KHỚP] (not verified):",
  "progress.draft": "Drafting the report…",
  "stage.write": "Writing the draft sheet",

  "error.title": "Excel reported an error",
  "error.unknown": "Unknown error",
  "error.dismiss": "Dismiss",
  "crash.title": "The task pane ran into a problem",
  "crash.retry": "Try again",

  "write.undone":
    "Could not create the sheets {sheets}: {cause}. The sheets half added were deleted; the workbook is as it was. Try again.",
  "write.leftover":
    "Could not create the sheets {sheets}: {cause}. The half-added sheets could not be deleted — delete them yourself (right-click the sheet tab → Delete): {leftover}.",
  "select.hidden":
    "Cell {sheet}!{cell} is on a hidden sheet. Unhide the sheet (right-click a sheet tab → Unhide) and select it again.",
  "select.veryHidden":
    "Cell {sheet}!{cell} is on a very hidden sheet, which the sheet tabs cannot unhide. Unhide it in Visual Basic (Alt+F11 → the sheet → Visible = xlSheetVisible) and select it again.",
  "select.missing": "The sheet “{sheet}” is no longer there (deleted or renamed since the check). Press “Check” to check again.",
  "calc.manual":
    "Excel is set to manual calculation: formula results may be out of date. Press F9 (or Formulas → Calculation Options → Automatic) and check again.",

  "preview.banner":
    "Preview without Excel: the real task pane runs on an example workbook in the browser. Double-click a cell to edit it (type a number or a formula starting with “=”), then press “Check”.",
  "preview.formulaBar": "Formula bar",
  "preview.sheets": "Sheets",
  "preview.editHint": "Enter to save, Esc to cancel",

  // Issue 13, point 10: the preview opens any workbook.
  "preview.open.label": "Open an Excel file (.xlsx)…",
  "preview.open.private": "The file is read right here in this browser and uploaded nowhere.",
  "preview.open.reading": "Reading “{name}”…",
  "preview.open.done": "Opened “{name}” (sheets: {sheets}). Press “Check” to check this workbook.",
  "preview.open.unread": "No data to read in the sheets: {sheets}.",
  "preview.open.kept": "The workbook already open is kept.",
  // Issue 13, points 1 and 6: the coverage panel, the first run, the template dialog.
  "cov.title": "What was checked",
  "cov.allClear": "Checked {checked}/{numeric} number cells in {tables} tables: no errors",
  "cov.allClearWarnings": "Checked {checked}/{numeric} number cells in {tables} tables: no errors, {warnings} warnings",
  "cov.noErrorPartial": "No errors in the {checked} number cells checked; {unchecked} number cells {where} were not checked",
  "cov.errors": "{errors} errors in the {checked}/{numeric} number cells checked",
  "cov.errorsPartial": "{errors} errors in the {checked} number cells checked; {unchecked} number cells {where} were not checked",
  "cov.onSheets": "on sheet {sheets}",
  "cov.unreadTail": "; sheet {sheets} could not be read",
  "cov.nothing": "No number cell was checked",
  "cov.sheetTables": "{tables} tables · {checked}/{numeric} number cells",
  "cov.sheetSkipped": "Skipped: {reason}",
  "cov.sheetUnchecked": "{numeric} number cells not checked",
  "cov.hidden": "hidden sheet",
  "cov.kind.appendix": "Budget appendix",
  "cov.kind.figures": "Figures table",
  "cov.kind.targets": "Targets table",
  "cov.kind.form": "Form",
  "cov.table": "{kind} {range}: {checked}/{numeric} number cells",
  "cov.column": "Column {column} ({header}): {checks}",
  "cov.check.subtotals": "group sub-totals",
  "cov.check.totals": "grand total",
  "cov.check.labelFormulas": "formulas in labels",
  "cov.check.breakdowns": "“Trong đó” breakdowns",
  "cov.check.rowSum": "row total {relation}",
  "cov.check.rate": "rate {relation}",
  "cov.check.rowSubset": "row “Trong đó” {relation}",
  "cov.check.operand": "used in {relation}",
  "cov.check.inferred": "{check} (inferred from the numbers)",
  "cov.check.none": "no relation to check",
  "cov.outside": "{range}: {cells} number cells in no table, not checked",
  "cov.targetsOnly": "targets written as text: ranges and the 0–100% limit checked",
  "cov.reason.empty": "the sheet is empty",
  "cov.reason.text": "text only, no numbers",
  "cov.reason.draft": "a draft, exported results or consolidation details — not read as figures",
  "cov.reason.unread": "could not be read (the file holds no data for this sheet)",
  "cov.reason.numbers": "no table recognised: {what}",
  "cov.reason.nearest": "{what} (closest to a header: row {row})",
  "cov.missing.headerRow": "no header row (a row of at least two texts)",
  "cov.missing.keyColumn": "no TT/Nội dung column",
  "cov.missing.numberColumn": "no Kinh phí/Tổng số/Tỷ lệ column",
  "cov.missing.both": "no TT/Nội dung/Kinh phí columns",

  "first.title": "The checker reads tables like these",
  "first.lead": "Tables are recognised by their header row, anywhere on a sheet. The example numbers show what is checked.",
  "first.noTablesTitle": "No table to check was found",
  "first.noTablesBody":
    "No sheet has a header row like the tables below. Fix the header row, or create the template sheets and fill them in.",
  "first.numberingRow": "column-numbering row",
  "first.layoutsLabel": "The kinds of table the checker reads",
  "first.createTemplate": "Create template…",
  "template.dialogTitle": "Create the template sheets",
  "template.dialogBody": "New sheets are added to the workbook; no existing sheet is changed (a name already taken gets “(2)”).",
  "template.kindLabel": "Template",
  "template.kindBlank": "Blank: headers, groups, total rows and formulas, no figures",
  "template.kindExample": "Worked example: the Đức Phổ 2023 report's figures",
  "template.confirm": "Create",
  "template.cancel": "Cancel",
  // Issue 13, points 8–9 (follow Office, screen readers): office.js unreachable, Excel's error codes, announcements.
  "officeJs.title": "The Office library (office.js) could not be loaded",
  "officeJs.body":
    "The add-in cannot reach {url}, so it cannot work with Excel. An office network (firewall, proxy server) blocking that address is the usual cause.",
  "officeJs.ask":
    "Ask IT to allow two addresses: appsforoffice.microsoft.com and {origin} (the add-in's own address), then reload the task pane.",
  "officeJs.reload": "Reload",
  "error.details": "Details",
  "excelError.ExcelUnavailable":
    "The task pane cannot reach Excel (the Office library is not ready, or the pane is open outside Excel). Close the task pane and open it again from the Báo cáo tab; if that fails, restart Excel.",
  "excelError.ItemNotFound":
    "A sheet or range the add-in needs was not found — it may just have been deleted or renamed. Press “Check” to read the workbook again.",
  "excelError.InvalidArgument":
    "Excel refused a value the add-in sent (a sheet name or cell address it does not accept). Try again; if it fails again, send the “Details” to whoever supports you.",
  "excelError.GeneralException":
    "Excel ran into an internal error while doing this. Try again; if it fails again, save the workbook, close Excel and open it again.",
  "excelError.AccessDenied":
    "Excel does not allow this: the workbook or sheet is protected, or the file is read-only. Unprotect it (Review → Unprotect Sheet) or save a copy, then try again.",
  "excelError.InvalidOperation":
    "Excel cannot do this right now. Leave the cell you are editing (press Enter or Esc), close any open dialog, then try again.",
  "excelError.CellEditMode":
    "Excel is editing a cell and takes no command. Press Enter or Esc to leave the cell, then try again.",
  "excelError.PayloadTooLarge":
    "Too much data for Excel to pass in one go. Delete the empty rows and columns at the end of the sheet (Ctrl+End shows the used range) or split the workbook, then try again.",
  "excelError.RangeExceedsLimit":
    "The range is larger than Excel allows in one read. Delete the empty rows and columns at the end of the sheet (Ctrl+End shows the used range), then try again.",
  "excelError.ApiNotFound":
    "This version of Excel lacks a feature the add-in needs. Update Office (File → Account → Update Options → Update Now) or use Excel on the web.",
  "excelError.ItemAlreadyExists": "A sheet or item of that name already exists. Rename or delete it, then try again.",
  "excelError.Busy": "Excel is busy or the service is briefly unavailable. Wait a moment, then try again.",
  "excelError.Conflict": "The workbook was changed at the same moment (someone else editing, or another action). Try again.",
  "excelError.MemoryLimitReached": "Excel ran out of memory doing this. Close other files and programs, then try again.",
  "excelError.other":
    "Excel reported an error without a known cause. Try again; if it fails again, send the “Details” to whoever supports you.",
  "a11y.error": "Error",
  "a11y.warning": "Warning",
  "a11y.info": "Note",
  "announce.checkDone": "Check finished — errors: {errors}, warnings: {warnings}; {checked} of {numeric} number cells checked.",
  "announce.draftDone": "The report was drafted into the sheet “{sheet}”.",
  "announce.templateDone": "Template sheets created: {sheets}.",
  "select.title": "Cell not selected",
  "calc.title": "Excel calculates manually",
  "template.title": "Template created",
  "draft.title": "Report drafted",
  // Issue 13, points 2 and 7: results that never go stale; progress that moves, "Dừng".
  "stale.title": "The workbook has changed — check again",
  "stale.body": "The results below are from the check at {time}. Since then, these changed: {sheets}.",
  "stale.recheck": "Check again",
  "stale.auto": "Check again by itself",
  "stale.autoHint": "Check again after every edit, reading again only the sheets that changed",
  "stale.noEvents":
    "This Excel does not say when the workbook changes: the results hold for the workbook as it was at {time}. After editing, press “Check” again.",
  "stale.checkedAt": "Checked at {time}",
  "progress.readSheet": "Reading {sheet} ({index}/{count})…",
  "progress.readSheets": "Reading {first} … {last} ({index}–{lastIndex}/{count})…",
  "progress.recognizeSheet": "Recognising the tables of {sheet} ({index}/{count})…",
  "progress.runCheck": "Checking: {check} ({index}/{count})…",
  "progress.cancel": "Stop",
  "progress.cancelHint": "Stop the task in progress; the earlier results are kept",
  "stopped.title": "Stopped",
  "stopped.kept": "The results below are from the check at {time} and may no longer match the workbook.",
  "stopped.none": "No results yet. Press “Check” when ready.",
  // Issue 13, points 3–5: the finding cards, the sticky bar, the list and the export.
  "card.stated": "Stated",
  "card.shouldBe": "should be",
  "card.computed": "computed",
  "card.gap": "off by",
  "card.points": "points",
  "card.passedOn": "This error passes on to {cells}: those totals cannot be checked until cell {cell} is fixed.",
  "card.cells": "{n} cells",
  "card.name": "{severity} at {cell}: {names}",
  "card.severity.error": "Error",
  "card.severity.warning": "Warning",
  "card.severity.info": "Note",
  "bar.label": "Result commands and filters",
  "bar.count.error": "{n} errors",
  "bar.count.warning": "{n} warnings",
  "bar.count.info": "{n} notes",
  "bar.next": "Next error",
  "bar.nextHint": "Selects the cell of the next error in the workbook",
  "bar.severity": "Severity",
  "bar.allSeverities": "All severities",
  "bar.sheet": "Sheet",
  "bar.allSheets": "All sheets",
  "bar.shown": "Showing {shown} of {total}",
  "bar.export": "Export results",
  "bar.exportHint": "Writes the findings to a new sheet “Kết quả kiểm tra” (never over an existing sheet)",
  "bar.exporting": "Writing the results…",
  "bar.exported": "{n} findings were written to the new sheet “{sheet}”.",
  "list.label": "Findings",
  "list.hint": "Up and down arrows move; Enter selects the cell; Enter on a sheet name collapses or expands it.",

  // The document's own details ("Thông tin văn bản"): missing after a draft, and the sheet in the coverage.
  "details.title": "Details of the document missing",
  "details.missing": "The draft leaves these details blank:",
  "details.where":
    "Fill in the Nội dung column of the “Thông tin văn bản” sheet, then Draft report again. No such sheet yet: Create template adds it, with the template sheets.",
  "cov.reason.details": "the document's own details (signer, recipients…), used by the draft, not figures",
  // Issue 14: the whole report — sections left for the unit to write.
  "draft.placeholders":
    "The draft has {count} sections the workbook holds no figures for — each carries a line “[Đơn vị bổ sung: …]” saying what belongs there; replace those lines before the report is signed.",
  // Issue 15: "Tổng hợp" — one form added up over many communes' files.
  "action.consolidate": "Consolidate…",
  "action.consolidateHint":
    "Choose the communes' .xlsx files of one form: each is checked, the figures are added up and written to new sheets (no sheet is written over)",
  "consolidate.input": "Choose the .xlsx files to consolidate",
  "progress.consolidate": "Consolidating…",
  "consolidate.reading": "Reading and checking file {index}/{count}: {file}",
  "consolidate.writing": "Writing the consolidated sheets",
  "consolidate.title": "Consolidation",
  "consolidate.done": "{summed} of {count} files added up in the form of “{form}” and written to new sheets: {sheets}.",
  "consolidate.nothing": "No file holds a table to consolidate; no sheet written.",
  "consolidate.unreadableAll": "No file could be read; no sheet written.",
  "consolidate.inputs": "The files chosen",
  "consolidate.errorsHint": "open “{file}” and press Check to see them",
  "consolidate.readFailed": "the browser could not read the file ({reason}); choose it again",
};

export const STRINGS: Record<Lang, Record<Key, string>> = { vi, en };

export const SEVERITY_KEYS: Record<Severity, Key> = {
  error: "severity.error",
  warning: "severity.warning",
  info: "severity.info",
};

/** A placeholder's value: numbers in the workbook's Vietnamese notation in both languages (1.907), row numbers as Excel shows them. */
function param(name: string, v: string | number): string {
  return typeof v === "number" && name !== "row" ? formatNumberVN(v) : String(v);
}

/** The text for a key, with {name} placeholders filled. */
export function t(lang: Lang, key: Key, params?: Record<string, string | number>): string {
  const s = STRINGS[lang][key] ?? STRINGS.vi[key] ?? key;
  if (!params) return s;
  return s.replace(/\{(\w+)\}/g, (m, name: string) => (name in params ? param(name, params[name]) : m));
}

const CHECK_META = new Map<string, CheckMeta>(CHECKS.map((c) => [c.meta.code, c.meta]));

/** The name of a finding code: its check's `meta.title` (the code itself for one the pane does not know). */
export function findingName(lang: Lang, code: FindingCode): string {
  return CHECK_META.get(code)?.title[lang] ?? code;
}

/** A translated progress stage when the host sends a known stage id, else the text as sent. */
export function stageText(lang: Lang, stage: string): string {
  const key = `stage.${stage}`;
  return key in STRINGS[lang] ? STRINGS[lang][key as Key] : stage;
}

const LANG_STORAGE_KEY = "baocao.lang";

export function loadLang(): Lang {
  try {
    const v = globalThis.localStorage?.getItem(LANG_STORAGE_KEY);
    return v === "en" ? "en" : "vi";
  } catch {
    return "vi";
  }
}

export function saveLang(lang: Lang): void {
  try {
    globalThis.localStorage?.setItem(LANG_STORAGE_KEY, lang);
  } catch {
    /* storage may be blocked (private mode, locked-down Office): the choice just does not persist */
  }
}
