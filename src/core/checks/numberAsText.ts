/**
 * NUMBER_AS_TEXT: a number stored as text. It is still read (in the notation of its column), but
 * Excel's own SUM skips it, so a formula total over it is silently wrong.
 */
import type { Finding } from "../findings";
import type { Model } from "../tables/model";
import { type Check, type CheckContext, type CheckMeta, reporter } from "./check";

const meta = {
  code: "NUMBER_AS_TEXT",
  severity: "warning",
  title: { vi: "Số lưu dạng văn bản", en: "Number stored as text" },
  description: {
    vi: "Số được lưu dạng văn bản (vẫn đọc được, nhưng hàm SUM của Excel bỏ qua).",
    en: "A number stored as text (still read, but Excel's SUM ignores it).",
  },
  messages: {
    numberAsText: {
      vi: '"{{raw}}" là số lưu dạng văn bản (đọc là {{value}}); hàm SUM của Excel bỏ qua ô này — nên chuyển sang dạng số.',
      en: '"{{raw}}" is a number stored as text (read as {{value}}); Excel\'s SUM skips it — convert it to a number.',
    },
  },
} as const satisfies CheckMeta;

export const numberAsText: Check<typeof meta> = {
  meta,
  run(model: Model, ctx: CheckContext): Finding[] {
    const report = reporter(meta, ctx);
    const out: Finding[] = [];
    for (const ref of model.numbers) {
      if (ref.status !== "text") continue;
      out.push(
        report("numberAsText", { raw: ref.raw ?? "", value: ref.value }, ref.sheet, ref.row, ref.col, { stated: ref.value }),
      );
    }
    return out;
  },
};
