/**
 * BAD_VALUE: an amount/count/rate cell holds something that is not a number (text such as
 * "hai trăm", an error such as #REF!, a boolean), or a rate's denominator is zero.
 */
import type { Finding } from "../findings";
import type { Model } from "../tables/model";
import { CellReader, NUM } from "../tables/values";
import { figureRows } from "../tables/views";
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
          findingAt(
            badValue,
            ref.sheet,
            ref.row,
            ref.col,
            {
              vi: `Ô này chứa lỗi ${ref.raw} thay vì một số; các tổng có ô này không kiểm tra được.`,
              en: `This cell holds the error ${ref.raw} instead of a number; totals that include it cannot be checked.`,
            },
            ctx,
            ref.formula ? { formula: ref.formula } : {},
          ),
        );
      } else if (ref.status === "bad") {
        out.push(
          findingAt(
            badValue,
            ref.sheet,
            ref.row,
            ref.col,
            {
              vi: `Ô này cần một số nhưng chứa "${ref.raw}"; các tổng có ô này không kiểm tra được.`,
              en: `This cell should hold a number but holds "${ref.raw}"; totals that include it cannot be checked.`,
            },
            ctx,
          ),
        );
      }
    }
    for (const t of model.tables) {
      if (t.kind === "figures") {
        for (const row of figureRows(t)) {
          if (readable(row.den) && row.den.value === 0 && (readable(row.rate) || readable(row.num))) {
            out.push(
              findingAt(
                badValue,
                row.den.sheet,
                row.den.row,
                row.den.col,
                {
                  vi: `Mẫu số của chỉ số "${row.label}" bằng 0: không tính được tỷ lệ.`,
                  en: `The denominator of "${row.label}" is 0: no rate can be computed.`,
                },
                ctx,
                { stated: 0 },
              ),
            );
          }
        }
        continue;
      }
      // Elsewhere a stated rate over a zero base cannot be right ("-" or an empty cell can).
      const rd = new CellReader(t);
      for (const rel of t.relations) {
        if (rel.kind !== "rate" || rel.operands.length !== 2) continue;
        const den = rel.operands[1];
        const header = t.numeric.find((c) => c.col === den)?.header ?? "";
        for (let i = 0; i < t.outline.n; i++) {
          const r = t.outline.row[i];
          if (rd.read(r, den) !== NUM || rd.value !== 0 || rd.read(r, rel.target) !== NUM) continue;
          out.push(
            findingAt(
              badValue,
              t.sheet,
              r,
              den,
              {
                vi: `Cột "${header}" bằng 0 nhưng dòng này vẫn ghi tỷ lệ (${rel.text}): không chia cho 0 được.`,
                en: `Column "${header}" is 0 but the row still states a rate (${rel.text}): there is no dividing by 0.`,
              },
              ctx,
              { stated: 0 },
            ),
          );
        }
      }
    }
    return out;
  },
};
