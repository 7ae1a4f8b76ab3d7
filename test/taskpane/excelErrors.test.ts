/** explainError (src/taskpane/excelErrors.ts): Excel's error codes as explanations, the raw message as detail. */
import { StandInError } from "../../src/preview/standin/errors";
import { explainError, explanationKey, KNOWN_CODES, rawError } from "../../src/taskpane/excelErrors";
import { STRINGS } from "../../src/taskpane/strings";

/** An error as Excel's API throws it (OfficeExtension.Error): name, code, message, debugInfo. */
function richApi(code: string, message: string, errorLocation?: string) {
  return Object.assign(new Error(message), { name: "RichApi.Error", code, debugInfo: { code, message, errorLocation } });
}

describe("explainError", () => {
  test("ItemNotFound: what happened and what to do, in both languages; Excel's words as the detail", () => {
    const err = richApi("ItemNotFound", "The requested resource doesn't exist.", "Worksheet.getItem");
    expect(explainError(err, "vi")).toEqual({
      text: "Không tìm thấy trang tính hoặc vùng ô cần dùng — có thể nó vừa bị xóa hoặc đổi tên. Hãy bấm “Kiểm tra” để đọc lại bảng tính.",
      detail: "RichApi.Error ItemNotFound: The requested resource doesn't exist. (Worksheet.getItem)",
    });
    expect(explainError(err, "en").text).toBe(
      "A sheet or range the add-in needs was not found — it may just have been deleted or renamed. Press “Check” to read the workbook again.",
    );
  });

  test("the codes named in issue 13, each to its own explanation", () => {
    const cases: [string, RegExp][] = [
      ["InvalidArgument", /^Excel không chấp nhận một giá trị/],
      ["GeneralException", /^Excel gặp lỗi nội bộ/],
      ["AccessDenied", /đang được bảo vệ.*Bỏ bảo vệ trang tính/],
      ["InvalidOperation", /nhấn Enter hoặc Esc/],
      ["InvalidOperationInCellEditMode", /^Excel đang ở chế độ sửa ô/],
      ["RequestPayloadSizeLimitExceeded", /^Dữ liệu quá lớn/],
      ["ResponsePayloadSizeLimitExceeded", /^Dữ liệu quá lớn/],
      ["RangeExceedsLimit", /^Vùng ô vượt giới hạn/],
      ["ApiNotFound", /cập nhật Office/],
      ["ItemAlreadyExists", /cùng tên/],
    ];
    for (const [code, re] of cases) {
      const out = explainError(new StandInError(code, "raw English"), "vi");
      expect({ code, text: out.text }).toEqual({ code, text: expect.stringMatching(re) });
      expect(out.detail).toBe(`RichApi.Error ${code}: raw English`);
    }
  });

  test("every known code has an explanation in both languages, never the raw message", () => {
    expect(KNOWN_CODES.length).toBeGreaterThanOrEqual(20);
    for (const code of KNOWN_CODES) {
      const key = explanationKey({ code, message: "x" });
      expect({ code, key: key !== undefined && key in STRINGS.vi && key in STRINGS.en }).toEqual({ code, key: true });
      expect(explainError({ code, message: "raw English" }, "en").text).not.toContain("raw English");
    }
  });

  test("“Excel is not defined” (the pane outside Excel, office.js not ready): reopen the pane", () => {
    const err = new ReferenceError("Excel is not defined");
    expect(explainError(err, "vi")).toEqual({
      text: expect.stringMatching(/^Ngăn tác vụ không kết nối được với Excel/),
      detail: "ReferenceError: Excel is not defined",
    });
    expect(explainError(new ReferenceError("Office is not defined"), "en").text).toMatch(/^The task pane cannot reach Excel/);
  });

  test("a message that names its code only in words", () => {
    expect(explainError(new Error("RichApi.Error: The requested resource doesn't exist."), "vi").text).toMatch(
      /^Không tìm thấy trang tính/,
    );
    expect(explanationKey("The request payload size limit has been exceeded.")).toBe("excelError.PayloadTooLarge");
  });

  test("an unknown Excel code or a runtime error: a general explanation, Excel's words only in the detail", () => {
    expect(explainError(new StandInError("SomethingNew", "It broke."), "vi")).toEqual({
      text: "Excel báo một lỗi chưa rõ nguyên nhân. Hãy thử lại; nếu vẫn lỗi, gửi phần “Chi tiết” cho người hỗ trợ.",
      detail: "RichApi.Error SomethingNew: It broke.",
    });
    expect(explainError(new TypeError("Cannot read properties of undefined (reading 'values')"), "en")).toEqual({
      text: expect.stringMatching(/^Excel reported an error without a known cause/),
      detail: "TypeError: Cannot read properties of undefined (reading 'values')",
    });
    expect(explainError(undefined, "vi")).toEqual({ text: expect.stringMatching(/^Excel báo một lỗi/) });
  });

  test("the add-in's own errors (a plain Error, no code) are already written for the user: kept as they are", () => {
    const own = new Error("Excel từ chối trả dữ liệu dù đã chia thành những yêu cầu nhỏ nhất.");
    expect(explainError(own, "vi")).toEqual({ text: "Excel từ chối trả dữ liệu dù đã chia thành những yêu cầu nhỏ nhất." });
  });
});

describe("rawError", () => {
  test("name, code (unless the message says it), message and where", () => {
    expect(rawError(richApi("GeneralException", "An internal error has occurred."))).toBe(
      "RichApi.Error GeneralException: An internal error has occurred.",
    );
    expect(rawError({ code: "ItemNotFound", message: "ItemNotFound: gone" })).toBe("ItemNotFound: gone");
    expect(rawError(new Error("plain"))).toBe("plain");
    expect(rawError("a string thrown")).toBe("a string thrown");
    expect(rawError(42)).toBeUndefined();
  });
});
