/**
 * BAD_VALUE: an amount/count/rate cell holds something that is not a number (text such as
 * "hai trăm", an error such as #REF!, a boolean), or a denominator is zero.
 */
import type { Finding } from "../findings";
import type { Model } from "../tables/model";
import { type Check, type CheckContext, findingAt, readable } from "./check";

export const badValue: Check = {
  code: "BAD_VALUE",
  severity: "error",
  description: {
    vi: "Ô số tiền, số lượng hoặc tỷ lệ chứa giá trị không phải là số (chữ, lỗi #REF!, ...), hoặc mẫu số bằng 0.",
    en: "An amount, count or rate cell holds something that is not a number (text, #REF!, ...), or a denominator is zero.",
  },
  run(model: Model, ctx: CheckContext): Finding[] {
    const out: Finding[] = [];
    for (const ref of model.numbers) {
      if (ref.status === "error") {
        out.push(
          findingAt(badValue, ref.sheet, ref.row, ref.col, {
            vi: `Ô này chứa lỗi ${ref.raw} thay vì một số; các tổng có ô này không kiểm tra được.`,
            en: `This cell holds the error ${ref.raw} instead of a number; totals that include it cannot be checked.`,
          }, ctx, ref.formula ? { formula: ref.formula } : {}),
        );
      } else if (ref.status === "bad") {
        out.push(
          findingAt(badValue, ref.sheet, ref.row, ref.col, {
            vi: `Ô này cần một số nhưng chứa "${ref.raw}"; các tổng có ô này không kiểm tra được.`,
            en: `This cell should hold a number but holds "${ref.raw}"; totals that include it cannot be checked.`,
          }, ctx),
        );
      }
    }
    for (const t of model.tables) {
      if (t.kind !== "figures") continue;
      for (const row of t.rows) {
        if (readable(row.den) && row.den.value === 0 && (readable(row.rate) || readable(row.num))) {
          out.push(
            findingAt(badValue, row.den.sheet, row.den.row, row.den.col, {
              vi: `Mẫu số của chỉ số "${row.label}" bằng 0: không tính được tỷ lệ.`,
              en: `The denominator of "${row.label}" is 0: no rate can be computed.`,
            }, ctx, { stated: 0 }),
          );
        }
      }
    }
    return out;
  },
};
