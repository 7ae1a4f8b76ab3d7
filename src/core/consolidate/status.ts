/** The words for what became of an input (the pane shows them without loading the consolidation). */
import type { Note } from "../tables/model";

/** What became of one input. */
export type InputStatus = "summed" | "partial" | "other-form" | "errors" | "unreadable" | "duplicate";

export const STATUS_TEXT: Record<InputStatus, Note> = {
  summed: { vi: "đã cộng", en: "summed" },
  partial: { vi: "khớp một phần — không cộng", en: "partly matched — not summed" },
  "other-form": { vi: "không cùng biểu mẫu", en: "another form" },
  errors: { vi: "có lỗi", en: "has errors" },
  unreadable: { vi: "không đọc được", en: "unreadable" },
  duplicate: { vi: "trùng tệp — đã cộng một lần", en: "same file again — summed once" },
};
