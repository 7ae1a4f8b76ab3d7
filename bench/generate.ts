/**
 * Generated appendices for benchmarks: N item rows in groups of 50, each group with its stated
 * sub-total, and a final "Tổng cộng". Amounts carry two decimals (exact sums are the work).
 *
 * Options (the defaults are what the core bench has always measured): `groupSize`, and
 * `formulas` — sub-totals as =SUM(Dfirst:Dlast) and the total as =Dg1+Dg2+…, each with its
 * value as the cached result (a workbook as Excel saves it; used for the CLI's .xlsx).
 */
import { toA1, type Grid, type Row } from "../src/core/grid/grid";

export interface AppendixOptions {
  groupSize?: number;
  formulas?: boolean;
}

export function generateAppendix(itemRows: number, name = "Phụ lục I", seed = 1, opts: AppendixOptions = {}): Grid {
  let s = seed >>> 0;
  const rand = () => ((s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32);
  const rows: Row[] = [];
  rows.push([{ value: "PHỤ LỤC I" }]);
  rows.push([{ value: "Đơn vị tính: Triệu đồng." }]);
  rows.push([{ value: "TT" }, { value: "Nội dung/Nhiệm vụ/Dự án" }, { value: "Kết quả, tiến độ thực hiện" }, { value: "Kinh phí" }, { value: "Ghi chú" }]);
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
      rows.push([{ value: i + 1 }, { value: `Nhiệm vụ ${done + i + 1}` }, { value: "2023" }, { value: c / 100, numberFormat: "#,##0.00" }]);
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
