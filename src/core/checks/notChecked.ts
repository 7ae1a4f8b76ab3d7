/**
 * NOT_CHECKED: numbers no check covers — a sheet (or a block of at least 6 number cells) outside
 * every recognised table, or a number column of a table that no relation verifies. At its first
 * number cell, saying what was looked for. A checker that passes what it did not read is worse
 * than none.
 */
import type { Finding } from "../findings";
import { colToLetters, rectToA1 } from "../grid/grid";
import { HEADER_WORDS_EN, HEADER_WORDS_VI } from "../tables/headerWords";
import type { Model } from "../tables/model";
import { verify } from "../verify";
import { type Check, type CheckContext, findingAt } from "./check";

/** A block outside tables this large is reported even on a sheet that has tables. */
const MIN_BLOCK_CELLS = 6;

export const notChecked: Check = {
  code: "NOT_CHECKED",
  severity: "warning",
  description: {
    vi: "Trang tính hoặc khối số (từ 6 ô) không thuộc bảng nào được nhận ra, hoặc cột số không có quan hệ nào để kiểm tra.",
    en: "A sheet or block of numbers (6 cells or more) in no recognised table, or a number column no relation verifies.",
  },
  run(model: Model, ctx: CheckContext): Finding[] {
    const v = verify(model);
    const out: Finding[] = [];
    for (const b of v.blocks) {
      if (!b.bare && b.cells < MIN_BLOCK_CELLS) continue;
      const range = rectToA1(b);
      out.push(
        findingAt(
          notChecked,
          b.sheet,
          b.row,
          b.col,
          {
            vi: `${b.cells} ô số ở ${range} không thuộc bảng nào được nhận ra nên KHÔNG được kiểm tra. Đã tìm dòng tiêu đề có các từ: ${HEADER_WORDS_VI}.`,
            en: `${b.cells} number cells in ${range} belong to no recognised table and were NOT checked. Header words looked for: ${HEADER_WORDS_EN}.`,
          },
          ctx,
        ),
      );
    }
    v.counts.forEach((tc, ti) => {
      const t = tc.table;
      const st = v.states[ti];
      t.numeric.forEach((c, k) => {
        const cc = tc.columns[k];
        if (cc.numeric === 0 || cc.checked > 0) return;
        const dropped = t.dropped.filter(
          (d) => d.text.includes(colToLetters(c.col)) || (c.label !== undefined && d.text.startsWith(c.label)),
        );
        const why =
          st.blocked[k] > 0
            ? {
                vi: "các tổng và quan hệ chứa các số này có ô không đọc được (xem BAD_VALUE) nên không đối chiếu được — sửa các ô đó rồi kiểm tra lại",
                en: "the totals and relations these numbers are in hold an unreadable cell (see BAD_VALUE) and could not be verified — fix those cells and check again",
              }
            : dropped.length
              ? {
                  vi: dropped.map((d) => `${d.text}: ${d.why.vi}`).join("; "),
                  en: dropped.map((d) => `${d.text}: ${d.why.en}`).join("; "),
                }
              : c.percent || c.compare
                ? {
                    vi: 'không tìm thấy quan hệ nào cho cột này (đã tìm: dòng đánh số cột như "4=3/2", tiêu đề như "TH/KH" hay "so với dự toán", và cặp cột khớp ít nhất 80% số dòng)',
                    en: 'no relation was found for this column (looked for: a numbering row such as "4=3/2", a header such as "TH/KH" or "so với dự toán", and a column pair that fits at least 80% of the rows)',
                  }
                : {
                    vi: "bảng không có dòng tổng, tổng nhóm, mục có mục con hay cột tổng nào chứa các số này để đối chiếu",
                    en: "the table has no total, sub-total, item with parts or total column these numbers add up to",
                  };
        out.push(
          findingAt(
            notChecked,
            t.sheet,
            cc.firstRow,
            c.col,
            {
              vi: `Cột "${c.header}" có ${cc.numeric} ô số nhưng không ô nào được kiểm tra: ${why.vi}.`,
              en: `Column "${c.header}" holds ${cc.numeric} number cells but none was checked: ${why.en}.`,
            },
            ctx,
          ),
        );
      });
    });
    return out;
  },
};
