/**
 * AMBIGUOUS_NUMBER: text such as "92,460" that reads differently in Vietnamese notation (92,46)
 * and English notation (92 460). It is read in the notation of its column; the user must confirm.
 */
import type { Finding } from "../findings";
import type { Model } from "../tables/model";
import { type Check, type CheckContext, findingAt, fmt } from "./check";

export const ambiguousNumber: Check = {
  code: "AMBIGUOUS_NUMBER",
  severity: "warning",
  description: {
    vi: 'Số dạng văn bản đọc khác nhau theo cách ghi Việt Nam và cách ghi tiếng Anh (như "92,460").',
    en: 'Text such as "92,460" that reads differently in Vietnamese and English notation.',
  },
  run(model: Model, ctx: CheckContext): Finding[] {
    const out: Finding[] = [];
    for (const ref of model.numbers) {
      if (ref.alt === undefined || ref.status !== "text") continue;
      const vi = ref.notation === "vi";
      const viVal = vi ? ref.value : ref.alt;
      const enVal = vi ? ref.alt : ref.value;
      out.push(
        findingAt(
          ambiguousNumber,
          ref.sheet,
          ref.row,
          ref.col,
          {
            vi: `"${ref.raw}" theo cách ghi Việt Nam là ${fmt(viVal, ctx)}, theo cách ghi tiếng Anh là ${fmt(enVal, ctx)}; đã đọc là ${fmt(ref.value, ctx)} theo cách ghi của cột — hãy kiểm tra lại và nhập lại dưới dạng số.`,
            en: `"${ref.raw}" is ${fmt(viVal, { lang: "en" })} in Vietnamese notation but ${fmt(enVal, { lang: "en" })} in English notation; read as ${fmt(ref.value, { lang: "en" })} following its column — check it and enter it as a number.`,
          },
          ctx,
          { stated: ref.value },
        ),
      );
    }
    return out;
  },
};
