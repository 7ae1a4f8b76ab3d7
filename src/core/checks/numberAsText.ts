/**
 * NUMBER_AS_TEXT: a number stored as text. It is still read (in the notation of its column), but
 * Excel's own SUM skips it, so a formula total over it is silently wrong.
 */
import type { Finding } from "../findings";
import type { Model } from "../tables/model";
import { type Check, type CheckContext, findingAt, fmt } from "./check";

export const numberAsText: Check = {
  code: "NUMBER_AS_TEXT",
  severity: "warning",
  description: {
    vi: "Số được lưu dạng văn bản (vẫn đọc được, nhưng hàm SUM của Excel bỏ qua).",
    en: "A number stored as text (still read, but Excel's SUM ignores it).",
  },
  run(model: Model, ctx: CheckContext): Finding[] {
    const out: Finding[] = [];
    for (const ref of model.numbers) {
      if (ref.status !== "text") continue;
      out.push(
        findingAt(
          numberAsText,
          ref.sheet,
          ref.row,
          ref.col,
          {
            vi: `"${ref.raw}" là số lưu dạng văn bản (đọc là ${fmt(ref.value, ctx)}); hàm SUM của Excel bỏ qua ô này — nên chuyển sang dạng số.`,
            en: `"${ref.raw}" is a number stored as text (read as ${fmt(ref.value, { lang: "en" })}); Excel's SUM skips it — convert it to a number.`,
          },
          ctx,
          { stated: ref.value },
        ),
      );
    }
    return out;
  },
};
