/** What the pane says when the host could not select a finding's cell. */
import { selectNoteText } from "../../../src/taskpane/components/HostNotes";

describe("selectNoteText", () => {
  test("a hidden sheet: unhide it, then select again", () => {
    const note = { sheet: "Phụ lục I", cell: "D5", reason: "hidden" } as const;
    expect(selectNoteText("vi", note)).toBe(
      "Ô Phụ lục I!D5 nằm trên trang tính đang ẩn. Hãy bỏ ẩn trang tính (chuột phải vào thẻ trang tính → Bỏ ẩn) rồi chọn lại.",
    );
    expect(selectNoteText("en", note)).toBe(
      "Cell Phụ lục I!D5 is on a hidden sheet. Unhide the sheet (right-click a sheet tab → Unhide) and select it again.",
    );
  });

  test("a very hidden sheet: not from the sheet tabs", () => {
    const note = { sheet: "Số liệu", cell: "C7", reason: "veryHidden" } as const;
    expect(selectNoteText("vi", note)).toMatch(/^Ô Số liệu!C7 nằm trên trang tính bị ẩn sâu \(Very Hidden\).*Visual Basic/);
    expect(selectNoteText("en", note)).toMatch(/^Cell Số liệu!C7 is on a very hidden sheet.*Visual Basic/);
  });

  test("a sheet gone since the check: check again", () => {
    const note = { sheet: "Phụ lục III", cell: "D5", reason: "missing" } as const;
    expect(selectNoteText("vi", note)).toBe(
      "Không còn trang tính “Phụ lục III” (đã bị xóa hoặc đổi tên sau lần kiểm tra). Hãy bấm “Kiểm tra” để kiểm tra lại.",
    );
    expect(selectNoteText("en", note)).toBe(
      "The sheet “Phụ lục III” is no longer there (deleted or renamed since the check). Press “Check” to check again.",
    );
  });
});
