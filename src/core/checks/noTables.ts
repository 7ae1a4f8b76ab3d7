/**
 * NO_TABLES: nothing in the workbook was recognised as an appendix, target or figures table.
 */
import type { Finding } from "../findings";
import type { Model } from "../tables/model";
import { type Check, type CheckContext, type CheckMeta, reporter } from "./check";

const meta = {
  code: "NO_TABLES",
  severity: "error",
  title: { vi: "Không tìm thấy bảng", en: "No tables found" },
  description: {
    vi: "Không nhận ra bảng phụ lục kinh phí, bảng số liệu hay bảng chỉ tiêu nào trong sổ làm việc.",
    en: "Nothing in the workbook was recognised as an appendix, figures or targets table.",
  },
  messages: {
    noTables: {
      vi:
        "Không tìm thấy bảng nào để kiểm tra. Cần một dòng tiêu đề bảng như: TT | Nội dung | ... | Kinh phí (phụ lục kinh phí); " +
        "TT | Chỉ số | Tử số | Mẫu số | Tỷ lệ (%) (số liệu); TT | Nhóm | Chỉ tiêu | Mục tiêu | Đơn vị | Thực hiện (chỉ tiêu).",
      en:
        "No table to check was found. A header row is needed such as: TT | Nội dung | ... | Kinh phí (budget appendix); " +
        "TT | Chỉ số | Tử số | Mẫu số | Tỷ lệ (%) (figures); TT | Nhóm | Chỉ tiêu | Mục tiêu | Đơn vị | Thực hiện (targets).",
    },
  },
} as const satisfies CheckMeta;

export const noTables: Check<typeof meta> = {
  meta,
  run(model: Model, ctx: CheckContext): Finding[] {
    if (model.tables.length > 0) return [];
    const sheet = model.sheets.find((s) => !s.hidden)?.name ?? model.sheets[0]?.name ?? "";
    return [reporter(meta, ctx)("noTables", {}, sheet, 0, 0)];
  },
};
