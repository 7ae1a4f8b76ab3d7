/**
 * AMBIGUOUS_NUMBER: text such as "92,460" that reads differently in Vietnamese notation (92,46)
 * and English notation (92 460). It is read in the notation of its column; the user must confirm.
 */
import type { Finding } from "../findings";
import type { Model } from "../tables/model";
import { type Check, type CheckContext, type CheckMeta, reporter } from "./check";

const meta = {
  code: "AMBIGUOUS_NUMBER",
  severity: "warning",
  title: { vi: "Số đọc được hai cách", en: "Number reads two ways" },
  description: {
    vi: 'Số dạng văn bản đọc khác nhau theo cách ghi Việt Nam và cách ghi tiếng Anh (như "92,460").',
    en: 'Text such as "92,460" that reads differently in Vietnamese and English notation.',
  },
  messages: {
    twoReadings: {
      vi: '"{{raw}}" theo cách ghi Việt Nam là {{vi}}, theo cách ghi tiếng Anh là {{en}}; đã đọc là {{value}} theo cách ghi của cột — hãy kiểm tra lại và nhập lại dưới dạng số.',
      en: '"{{raw}}" is {{vi}} in Vietnamese notation but {{en}} in English notation; read as {{value}} following its column — check it and enter it as a number.',
    },
  },
} as const satisfies CheckMeta;

export const ambiguousNumber: Check<typeof meta> = {
  meta,
  run(model: Model, ctx: CheckContext): Finding[] {
    const report = reporter(meta, ctx);
    const out: Finding[] = [];
    for (const ref of model.numbers) {
      if (ref.alt === undefined || ref.status !== "text") continue;
      const inVi = ref.notation === "vi";
      const data = { raw: ref.raw ?? "", vi: inVi ? ref.value : ref.alt, en: inVi ? ref.alt : ref.value, value: ref.value };
      out.push(report("twoReadings", data, ref.sheet, ref.row, ref.col, { stated: ref.value }));
    }
    return out;
  },
};
