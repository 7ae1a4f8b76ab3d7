/**
 * Generated appendices for benchmarks: N item rows in groups of 50, each group with its stated
 * sub-total, and a final "Tổng cộng". Amounts carry two decimals (exact sums are the work).
 *
 * Options (the defaults are what the core bench has always measured): `groupSize`, and
 * `formulas` — sub-totals as =SUM(Dfirst:Dlast) and the total as =Dg1+Dg2+…, each with its
 * value as the cached result (a workbook as Excel saves it; used for the CLI's .xlsx).
 */
import { type Grid, type Row } from "../src/core/grid/grid";
import { toA1 } from "../src/core/grid/address";

export interface AppendixOptions {
  groupSize?: number;
  formulas?: boolean;
}

export function generateAppendix(itemRows: number, name = "Phụ lục I", seed = 1, opts: AppendixOptions = {}): Grid {
  let s = seed >>> 0;
  const rand = () => (s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32;
  const rows: Row[] = [];
  rows.push([{ value: "PHỤ LỤC I" }]);
  rows.push([{ value: "Đơn vị tính: Triệu đồng." }]);
  rows.push([
    { value: "TT" },
    { value: "Nội dung/Nhiệm vụ/Dự án" },
    { value: "Kết quả, tiến độ thực hiện" },
    { value: "Kinh phí" },
    { value: "Ghi chú" },
  ]);
  const groupSize = opts.groupSize ?? 50;
  const groupRows: number[] = [];
  let totalCents = 0;
  for (let done = 0, g = 0; done < itemRows; g++) {
    const n = Math.min(groupSize, itemRows - done);
    const groupRow: Row = [undefined, { value: `Năm ${2000 + (g % 30)}` }, undefined, { value: 0 }];
    const groupAt = rows.length;
    groupRows.push(groupAt);
    rows.push(groupRow);
    let cents = 0;
    for (let i = 0; i < n; i++) {
      const c = Math.floor(rand() * 1_000_000);
      cents += c;
      rows.push([
        { value: i + 1 },
        { value: `Nhiệm vụ ${done + i + 1}` },
        { value: "2023" },
        { value: c / 100, numberFormat: "#,##0.00" },
      ]);
    }
    groupRow[3] = { value: cents / 100, numberFormat: "#,##0.00" };
    if (opts.formulas) groupRow[3].formula = `=SUM(${toA1(groupAt + 1, 3)}:${toA1(groupAt + n, 3)})`;
    totalCents += cents;
    done += n;
  }
  const total: Row = [undefined, { value: "Tổng cộng" }, undefined, { value: totalCents / 100, numberFormat: "#,##0.00" }];
  if (opts.formulas) total[3]!.formula = "=" + groupRows.map((r) => toA1(r, 3)).join("+");
  rows.push(total);
  return { name, rows };
}

/**
 * A plan table with six number columns and row relations, as the funding-source forms have them:
 * STT | Nhiệm vụ | Tổng kinh phí | NS Trung ương | NS tỉnh | NS xã | Nguồn khác | Tỷ lệ NS xã (%),
 * a column-numbering row "A | B | 1=2+3+4+5 | 2 | 3 | 4 | 5 | 6=4/1*100", N item rows in groups of
 * 50 ("Nhóm nhiệm vụ 1", …) with their stated sub-totals in every column, and a final "Tổng cộng".
 */
export function generateFundingTable(itemRows: number, name = "Kế hoạch", seed = 7): Grid {
  let s = seed >>> 0;
  const rand = () => (s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32;
  const rows: Row[] = [];
  rows.push([{ value: "DANH MỤC NHIỆM VỤ VÀ NGUỒN VỐN" }]);
  rows.push([{ value: "Đơn vị tính: Triệu đồng" }]);
  rows.push(
    ["STT", "Nhiệm vụ", "Tổng kinh phí", "NS Trung ương", "NS tỉnh", "NS xã", "Nguồn khác", "Tỷ lệ NS xã (%)"].map((value) => ({
      value,
    })),
  );
  rows.push(["A", "B", "1=2+3+4+5", "2", "3", "4", "5", "6=4/1*100"].map((value) => ({ value })));
  const rate = (x: number, tot: number): Row[number] =>
    tot === 0 ? undefined : { value: Math.round((x / tot) * 10000) / 100, numberFormat: "0.00" };
  const totals = [0, 0, 0, 0];
  for (let done = 0, g = 0; done < itemRows; g++) {
    const n = Math.min(50, itemRows - done);
    const groupRow: Row = [];
    rows.push(groupRow);
    const sums = [0, 0, 0, 0];
    for (let i = 0; i < n; i++) {
      const src = [Math.floor(rand() * 500), Math.floor(rand() * 800), Math.floor(rand() * 300), Math.floor(rand() * 100)];
      const tot = src[0] + src[1] + src[2] + src[3];
      src.forEach((v, k) => (sums[k] += v));
      rows.push([
        { value: i + 1 },
        { value: `Nhiệm vụ ${done + i + 1}` },
        { value: tot },
        ...src.map((value) => ({ value })),
        rate(src[2], tot),
      ]);
    }
    const gt = sums[0] + sums[1] + sums[2] + sums[3];
    groupRow.push(
      undefined,
      { value: `Nhóm nhiệm vụ ${g + 1}` },
      { value: gt },
      ...sums.map((value) => ({ value })),
      rate(sums[2], gt),
    );
    sums.forEach((v, k) => (totals[k] += v));
    done += n;
  }
  const tt = totals[0] + totals[1] + totals[2] + totals[3];
  rows.push([undefined, { value: "Tổng cộng" }, { value: tt }, ...totals.map((value) => ({ value })), rate(totals[2], tt)]);
  return { name, rows };
}
