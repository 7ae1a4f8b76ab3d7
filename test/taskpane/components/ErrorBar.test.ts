/** errorText: what the pane's error bar says for what a host throws. */
import { errorText } from "../../../src/taskpane/components/ErrorBar";
import { SheetWriteError } from "../../../src/host/host";
import { StandInError } from "../../../src/preview/standin/errors";

const refused = new StandInError("GeneralException", "An internal error has occurred.");

describe("errorText", () => {
  test("an Excel error: its message and code", () => {
    expect(errorText(refused, "vi")).toBe("An internal error has occurred. (GeneralException)");
  });

  test("a write undone: the sheets, Excel's error, and that the workbook is as it was", () => {
    const err = new SheetWriteError(["Phụ lục I (2)", "Phụ lục II (2)"], [], refused);
    expect(errorText(err, "vi")).toBe(
      "Không tạo được các trang tính Phụ lục I (2), Phụ lục II (2): An internal error has occurred. (GeneralException). " +
        "Các trang vừa thêm dở đã được xóa, bảng tính giữ nguyên như trước. Hãy thử lại.",
    );
    expect(errorText(err, "en")).toBe(
      "Could not create the sheets Phụ lục I (2), Phụ lục II (2): An internal error has occurred. (GeneralException). " +
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
