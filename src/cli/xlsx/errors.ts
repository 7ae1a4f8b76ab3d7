/**
 * Errors for bad input files: one class, {@link InputError}, that the CLI prints as is.
 *
 * Every InputError carries a machine-readable `code` and a ONE-LINE message in Vietnamese (`vi`,
 * also `message`) and English (`en`) that names the file and tells the user what to do.
 *
 * Inside the reader (zip, XML, sheets) we do not know the file name, so the low-level code throws
 * {@link FormatError} (a code plus a short technical detail); `readXlsx` / `readWorkbookFile`
 * turn it into an InputError with {@link toInputError}, which also wraps any unexpected exception
 * into `corrupt`, so callers only ever see InputError.
 */

export type InputErrorCode =
  | "not-found"
  | "not-a-file"
  | "unreadable"
  | "empty-file"
  | "not-xlsx"
  | "csv"
  | "docx"
  | "pptx"
  | "zip"
  | "xls"
  | "encrypted"
  | "truncated"
  | "corrupt"
  | "too-large";

/** A short explanation in both languages (put in parentheses in the message). */
export interface Detail {
  vi: string;
  en: string;
}

/** Thrown by the low-level reader (no file name known yet). Converted by {@link toInputError}. */
export class FormatError extends Error {
  readonly code: InputErrorCode;
  readonly detail?: Detail;
  constructor(code: InputErrorCode, detail?: Detail | string) {
    const d = typeof detail === "string" ? { vi: detail, en: detail } : detail;
    super(d ? `${code}: ${d.en}` : code);
    this.name = "FormatError";
    this.code = code;
    this.detail = d;
  }
}

/** Makes text safe for a one-line message: no control characters, bounded length. */
function oneLine(s: string, max = 200): string {
  // eslint-disable-next-line no-control-regex
  let t = s.replace(/[\u0000-\u001f\u007f\u2028\u2029]+/g, " ").trim();
  if (t.length > max) t = t.slice(0, max - 1) + "…";
  return t;
}

function messages(code: InputErrorCode, f: string, d: Detail | undefined): Detail {
  const dv = d ? ` (${oneLine(d.vi)})` : "";
  const de = d ? ` (${oneLine(d.en)})` : "";
  switch (code) {
    case "not-found":
      return {
        vi: `Không tìm thấy tệp "${f}"${dv}; hãy kiểm tra lại đường dẫn và tên tệp.`,
        en: `File "${f}" was not found${de}; check the path and the file name.`,
      };
    case "not-a-file":
      return {
        vi: `"${f}" không phải là một tệp${dv || " (có thể là thư mục)"}; hãy chỉ định đường dẫn tới một tệp Excel .xlsx.`,
        en: `"${f}" is not a file${de || " (it may be a folder)"}; give the path of an Excel .xlsx file.`,
      };
    case "unreadable":
      return {
        vi: `Không đọc được tệp "${f}"${dv || " (không có quyền truy cập hoặc tệp đang bị khóa)"}; hãy kiểm tra quyền truy cập hoặc đóng tệp trong chương trình khác rồi thử lại.`,
        en: `Cannot read "${f}"${de || " (permission denied or the file is locked)"}; check its permissions or close it in other programs and try again.`,
      };
    case "empty-file":
      return {
        vi: `Tệp "${f}" rỗng (0 byte), có thể chưa được lưu xong hoặc sao chép bị lỗi; hãy lấy lại bản gốc của tệp.`,
        en: `"${f}" is empty (0 bytes), probably not saved or copied completely; get the original file again.`,
      };
    case "not-xlsx":
      return {
        vi: `Tệp "${f}" không phải là sổ làm việc Excel (.xlsx)${dv}; hãy mở bằng Excel (hoặc chương trình đã tạo ra nó) rồi lưu lại dưới dạng Sổ làm việc Excel (.xlsx).`,
        en: `"${f}" is not an Excel workbook (.xlsx)${de}; open it in Excel (or the program that created it) and save it as an Excel Workbook (.xlsx).`,
      };
    case "csv":
      return {
        vi: `Tệp "${f}" là tệp CSV/văn bản bị đổi đuôi thành .xlsx${dv}; hãy mở trong Excel rồi lưu lại dưới dạng Sổ làm việc Excel (.xlsx) (Tệp > Lưu thành).`,
        en: `"${f}" is a CSV/text file renamed to .xlsx${de}; open it in Excel and save it as an Excel Workbook (.xlsx) (File > Save As).`,
      };
    case "docx":
      return {
        vi: `Tệp "${f}" là tài liệu Word, không phải sổ làm việc Excel${dv}; hãy chọn đúng tệp Excel (.xlsx) của báo cáo.`,
        en: `"${f}" is a Word document, not an Excel workbook${de}; choose the report's Excel (.xlsx) file.`,
      };
    case "pptx":
      return {
        vi: `Tệp "${f}" là bản trình chiếu PowerPoint, không phải sổ làm việc Excel${dv}; hãy chọn đúng tệp Excel (.xlsx) của báo cáo.`,
        en: `"${f}" is a PowerPoint presentation, not an Excel workbook${de}; choose the report's Excel (.xlsx) file.`,
      };
    case "zip":
      return {
        vi: `Tệp "${f}" là tệp nén ZIP nhưng không chứa sổ làm việc Excel${dv}; nếu báo cáo nằm trong tệp nén, hãy giải nén rồi chọn tệp .xlsx bên trong.`,
        en: `"${f}" is a ZIP archive, not an Excel workbook${de}; if the report is inside it, extract it and choose the .xlsx file.`,
      };
    case "xls":
      return {
        vi: `Tệp "${f}" ở định dạng Excel 97-2003 (.xls) cũ${dv}; hãy mở trong Excel rồi lưu lại dưới dạng Sổ làm việc Excel (.xlsx) (Tệp > Lưu thành).`,
        en: `"${f}" is in the old Excel 97-2003 (.xls) format${de}; open it in Excel and save it as an Excel Workbook (.xlsx) (File > Save As).`,
      };
    case "encrypted":
      return {
        vi: `Tệp "${f}" được bảo vệ bằng mật khẩu (mã hóa)${dv}; hãy mở trong Excel, bỏ mật khẩu (Tệp > Thông tin > Bảo vệ sổ làm việc) rồi lưu lại.`,
        en: `"${f}" is password-protected (encrypted)${de}; open it in Excel, remove the password and save it again.`,
      };
    case "truncated":
      return {
        vi: `Tệp "${f}" bị cắt cụt, không đầy đủ${dv}, có thể do tải xuống hoặc sao chép bị gián đoạn; hãy tải hoặc sao chép lại tệp.`,
        en: `"${f}" is truncated, incomplete${de}, probably an interrupted download or copy; download or copy it again.`,
      };
    case "corrupt":
      return {
        vi: `Tệp "${f}" bị hỏng, không đọc được nội dung${dv}; hãy mở trong Excel (Excel có thể đề nghị sửa chữa) rồi lưu lại.`,
        en: `"${f}" is damaged and cannot be read${de}; open it in Excel (it may offer to repair it) and save it again.`,
      };
    case "too-large":
      return {
        vi: `Tệp "${f}" quá lớn hoặc chứa dữ liệu nén bất thường${dv}; hãy kiểm tra lại tệp, xóa các trang tính không cần thiết rồi lưu lại.`,
        en: `"${f}" is too large or contains abnormally compressed data${de}; check the file, remove unneeded sheets and save it again.`,
      };
  }
}

/** A problem with an input file, with a one-line message in Vietnamese (`vi`) and English (`en`). */
export class InputError extends Error {
  readonly code: InputErrorCode;
  readonly vi: string;
  readonly en: string;
  /** The file name as given by the caller (used in the messages). */
  readonly fileName: string;
  readonly detail?: Detail;

  constructor(code: InputErrorCode, fileName: string, detail?: Detail | string, options?: { cause?: unknown }) {
    const d = typeof detail === "string" ? { vi: detail, en: detail } : detail;
    const m = messages(code, oneLine(fileName, 300), d);
    super(m.vi, options?.cause !== undefined ? { cause: options.cause } : undefined);
    this.name = "InputError";
    this.code = code;
    this.vi = m.vi;
    this.en = m.en;
    this.fileName = fileName;
    this.detail = d;
  }
}

/**
 * Converts anything thrown while reading into an InputError naming `fileName`:
 * InputError passes through, FormatError keeps its code, everything else becomes `corrupt`
 * (a RangeError from an impossible allocation becomes `too-large`).
 */
export function toInputError(e: unknown, fileName: string): InputError {
  if (e instanceof InputError) return e;
  if (e instanceof FormatError) return new InputError(e.code, fileName, e.detail, { cause: e });
  if (e instanceof RangeError && /allocat|Array buffer|Invalid (typed )?array length|string length/i.test(e.message)) {
    return new InputError(
      "too-large",
      fileName,
      { vi: "không đủ bộ nhớ để đọc", en: "out of memory while reading" },
      { cause: e },
    );
  }
  const msg = e instanceof Error ? e.message : String(e);
  return new InputError("corrupt", fileName, { vi: `lỗi khi đọc: ${msg}`, en: `read error: ${msg}` }, { cause: e });
}
