/**
 * Generated appendices for benchmarks: N item rows in groups of 50, each group with its stated
 * sub-total, and a final "Tổng cộng". Amounts carry two decimals (exact sums are the work).
 */
import type { Grid, Row } from "../src/core/grid/grid";

export function generateAppendix(itemRows: number, name = "Phụ lục I", seed = 1): Grid {
  let s = seed >>> 0;
  const rand = () => ((s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32);
  const rows: Row[] = [];
  rows.push([{ value: "PHỤ LỤC I" }]);
  rows.push([{ value: "Đơn vị tính: Triệu đồng." }]);
  rows.push([{ value: "TT" }, { value: "Nội dung/Nhiệm vụ/Dự án" }, { value: "Kết quả, tiến độ thực hiện" }, { value: "Kinh phí" }, { value: "Ghi chú" }]);
  const groupSize = 50;
  let totalCents = 0;
  for (let done = 0, g = 0; done < itemRows; g++) {
    const n = Math.min(groupSize, itemRows - done);
    const groupRow: Row = [undefined, { value: `Năm ${2000 + (g % 30)}` }, undefined, { value: 0 }];
    rows.push(groupRow);
    let cents = 0;
    for (let i = 0; i < n; i++) {
      const c = Math.floor(rand() * 1_000_000);
      cents += c;
      rows.push([{ value: i + 1 }, { value: `Nhiệm vụ ${done + i + 1}` }, { value: "2023" }, { value: c / 100, numberFormat: "#,##0.00" }]);
    }
    groupRow[3] = { value: cents / 100, numberFormat: "#,##0.00" };
    totalCents += cents;
    done += n;
  }
  rows.push([undefined, { value: "Tổng cộng" }, undefined, { value: totalCents / 100, numberFormat: "#,##0.00" }]);
  return { name, rows };
}
