/**
 * BAD_VALUE: an amount/count/rate cell holds something that is not a number (text such as
 * "hai trăm", an error such as #REF!, a boolean), or a rate's denominator is zero.
 */
import type { Finding } from "../findings";
import type { Model } from "../tables/model";
import { CellReader, NUM } from "../tables/values";
import { figureRows } from "../tables/views";
import { readable } from "../tables/cells";
import { type Check, type CheckContext, type CheckMeta, reporter } from "./check";

const meta = {
  code: "BAD_VALUE",
  severity: "error",
  title: { vi: "Giá trị không phải là số", en: "Not a number" },
  description: {
    vi: "Ô số tiền, số lượng hoặc tỷ lệ chứa giá trị không phải là số (chữ, lỗi #REF!, ...), hoặc mẫu số bằng 0.",
    en: "An amount, count or rate cell holds something that is not a number (text, #REF!, ...), or a denominator is zero.",
  },
  messages: {
    errorValue: {
      vi: "Ô này chứa lỗi {{error}} thay vì một số; các tổng có ô này không kiểm tra được.",
      en: "This cell holds the error {{error}} instead of a number; totals that include it cannot be checked.",
    },
    notANumber: {
      vi: 'Ô này cần một số nhưng chứa "{{raw}}"; các tổng có ô này không kiểm tra được.',
      en: 'This cell should hold a number but holds "{{raw}}"; totals that include it cannot be checked.',
    },
    zeroDenominator: {
      vi: 'Mẫu số của chỉ số "{{indicator}}" bằng 0: không tính được tỷ lệ.',
      en: 'The denominator of "{{indicator}}" is 0: no rate can be computed.',
    },
    zeroBase: {
      vi: 'Cột "{{column}}" bằng 0 nhưng dòng này vẫn ghi tỷ lệ ({{relation}}): không chia cho 0 được.',
      en: 'Column "{{column}}" is 0 but the row still states a rate ({{relation}}): there is no dividing by 0.',
    },
  },
} as const satisfies CheckMeta;

export const badValue: Check<typeof meta> = {
  meta,
  run(model: Model, ctx: CheckContext): Finding[] {
    const report = reporter(meta, ctx);
    const out: Finding[] = [];
    for (const ref of model.numbers) {
      if (ref.status === "error") {
        const extra = ref.formula ? { formula: ref.formula } : {};
        out.push(report("errorValue", { error: ref.raw ?? "" }, ref.sheet, ref.row, ref.col, extra));
      } else if (ref.status === "bad") {
        out.push(report("notANumber", { raw: ref.raw ?? "" }, ref.sheet, ref.row, ref.col));
      }
    }
    for (const t of model.tables) {
      if (t.kind === "figures") {
        for (const row of figureRows(t)) {
          if (readable(row.den) && row.den.value === 0 && (readable(row.rate) || readable(row.num))) {
            const d = row.den;
            out.push(report("zeroDenominator", { indicator: row.label }, d.sheet, d.row, d.col, { stated: 0 }));
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
          out.push(report("zeroBase", { column: header, relation: rel.text }, t.sheet, r, den, { stated: 0 }));
        }
      }
    }
    return out;
  },
};
