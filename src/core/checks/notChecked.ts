/**
 * NOT_CHECKED: numbers no check covers — a sheet (or a block of at least 6 number cells) outside
 * every recognised table, or a number column of a table that no relation verifies. At its first
 * number cell, saying what was looked for. A checker that passes what it did not read is worse
 * than none.
 */
import type { Finding } from "../findings";
import { colToLetters, rectToA1 } from "../grid/address";
import { HEADER_WORDS_EN, HEADER_WORDS_VI } from "../tables/headerWords";
import type { Model } from "../tables/model";
import { verify } from "../verify";
import { type Check, type CheckContext, type CheckMeta, reporter } from "./check";

/** A block outside tables this large is reported even on a sheet that has tables. */
const MIN_BLOCK_CELLS = 6;

const meta = {
  code: "NOT_CHECKED",
  severity: "warning",
  title: { vi: "Số chưa được kiểm tra", en: "Numbers not checked" },
  description: {
    vi: "Trang tính hoặc khối số (từ 6 ô) không thuộc bảng nào được nhận ra, hoặc cột số không có quan hệ nào để kiểm tra.",
    en: "A sheet or block of numbers (6 cells or more) in no recognised table, or a number column no relation verifies.",
  },
  messages: {
    outsideTables: {
      vi: "{{cells}} ô số ở {{range}} không thuộc bảng nào được nhận ra nên KHÔNG được kiểm tra. Đã tìm dòng tiêu đề có các từ: {{headerWords}}.",
      en: "{{cells}} number cells in {{range}} belong to no recognised table and were NOT checked. Header words looked for: {{headerWords}}.",
    },
    columnBlocked: {
      vi: 'Cột "{{column}}" có {{cells}} ô số nhưng không ô nào được kiểm tra: các tổng và quan hệ chứa các số này có ô không đọc được (xem BAD_VALUE) nên không đối chiếu được — sửa các ô đó rồi kiểm tra lại.',
      en: 'Column "{{column}}" holds {{cells}} number cells but none was checked: the totals and relations these numbers are in hold an unreadable cell (see BAD_VALUE) and could not be verified — fix those cells and check again.',
    },
    columnRelationsDropped: {
      vi: 'Cột "{{column}}" có {{cells}} ô số nhưng không ô nào được kiểm tra: {{reasons}}.',
      en: 'Column "{{column}}" holds {{cells}} number cells but none was checked: {{reasons}}.',
    },
    columnNoRelation: {
      vi: 'Cột "{{column}}" có {{cells}} ô số nhưng không ô nào được kiểm tra: không tìm thấy quan hệ nào cho cột này (đã tìm: dòng đánh số cột như "4=3/2", tiêu đề như "TH/KH" hay "so với dự toán", và cặp cột khớp ít nhất 80% số dòng).',
      en: 'Column "{{column}}" holds {{cells}} number cells but none was checked: no relation was found for this column (looked for: a numbering row such as "4=3/2", a header such as "TH/KH" or "so với dự toán", and a column pair that fits at least 80% of the rows).',
    },
    columnNoTotal: {
      vi: 'Cột "{{column}}" có {{cells}} ô số nhưng không ô nào được kiểm tra: bảng không có dòng tổng, tổng nhóm, mục có mục con hay cột tổng nào chứa các số này để đối chiếu.',
      en: 'Column "{{column}}" holds {{cells}} number cells but none was checked: the table has no total, sub-total, item with parts or total column these numbers add up to.',
    },
  },
} as const satisfies CheckMeta;

export const notChecked: Check<typeof meta> = {
  meta,
  run(model: Model, ctx: CheckContext): Finding[] {
    const report = reporter(meta, ctx);
    const v = verify(model);
    const out: Finding[] = [];
    const headerWords = { vi: HEADER_WORDS_VI, en: HEADER_WORDS_EN };
    for (const b of v.blocks) {
      if (!b.bare && b.cells < MIN_BLOCK_CELLS) continue;
      out.push(report("outsideTables", { cells: b.cells, range: rectToA1(b), headerWords }, b.sheet, b.row, b.col));
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
        const data = { column: c.header, cells: cc.numeric };
        const at = [t.sheet, cc.firstRow, c.col] as const;
        if (st.blocked[k] > 0) out.push(report("columnBlocked", data, ...at));
        else if (dropped.length) {
          const reasons = {
            vi: dropped.map((d) => `${d.text}: ${d.why.vi}`).join("; "),
            en: dropped.map((d) => `${d.text}: ${d.why.en}`).join("; "),
          };
          out.push(report("columnRelationsDropped", { ...data, reasons }, ...at));
        } else out.push(report(c.percent || c.compare ? "columnNoRelation" : "columnNoTotal", data, ...at));
      });
    });
    return out;
  },
};
