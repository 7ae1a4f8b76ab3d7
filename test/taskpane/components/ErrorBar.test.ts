/** paneError / errorText: what the pane's error bar says for what a host throws. */
import { errorText, paneError } from "../../../src/taskpane/components/ErrorBar";
import { SheetWriteError } from "../../../src/host/host";
import { StandInError } from "../../../src/preview/standin/errors";

const refused = new StandInError("GeneralException", "An internal error has occurred.");
const raw = "RichApi.Error GeneralException: An internal error has occurred.";

describe("paneError", () => {
  test("an Excel error: its explanation, and Excel's message as the detail", () => {
    expect(paneError(refused, "vi")).toEqual({
      text: "Excel gặp lỗi nội bộ khi thực hiện yêu cầu. Hãy thử lại; nếu vẫn lỗi, lưu bảng tính, đóng và mở lại Excel.",
      detail: raw,
    });
    expect(errorText(refused, "en")).toBe(
      "Excel ran into an internal error while doing this. Try again; if it fails again, save the workbook, close Excel and open it again.",
    );
  });

  test("a write undone: the sheets, the cause explained, and that the workbook is as it was", () => {
    const err = new SheetWriteError(["Phụ lục I (2)", "Phụ lục II (2)"], [], refused);
    expect(paneError(err, "vi")).toEqual({
      text:
        "Không tạo được các trang tính Phụ lục I (2), Phụ lục II (2): Excel gặp lỗi nội bộ khi thực hiện yêu cầu. Hãy thử lại; nếu vẫn lỗi, lưu bảng tính, đóng và mở lại Excel. " +
        "Các trang vừa thêm dở đã được xóa, bảng tính giữ nguyên như trước. Hãy thử lại.",
      detail: raw,
    });
    expect(errorText(err, "en")).toBe(
      "Could not create the sheets Phụ lục I (2), Phụ lục II (2): Excel ran into an internal error while doing this. Try again; if it fails again, save the workbook, close Excel and open it again. " +
        "The sheets half added were deleted; the workbook is as it was. Try again.",
    );
  });

  test("a write that could not be undone: the sheets the user must delete", () => {
    const err = new SheetWriteError(["Bản thảo (2)"], ["Bản thảo (2)"], refused);
    const vi = errorText(err, "vi");
    expect(vi).toContain("Không xóa được các trang đã thêm dở");
    expect(vi.endsWith("(chuột phải vào thẻ trang tính → Xóa) các trang: Bản thảo (2).")).toBe(true);
    const en = errorText(err, "en");
    expect(en).toContain("could not be deleted");
    expect(en.endsWith("(right-click the sheet tab → Delete): Bản thảo (2).")).toBe(true);
  });
});
