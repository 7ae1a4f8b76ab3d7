/**
 * Why no table was found on a sheet of numbers: the row that came closest to a header, and what it
 * lacks. A header (headers.ts) needs a row of at least two short texts, one naming the rows (TT,
 * Nội dung, Chỉ tiêu …) and one naming numbers (Kinh phí, Tổng số, Tỷ lệ …, or numbers under it).
 */
import type { Grid } from "../grid/grid";
import { mayBeHeader } from "./headers";
import { headerTraits } from "./headerWords";

type HeaderPart = "headerRow" | "keyColumn" | "numberColumn";

export interface NearestHeader {
  /** 0-based row of the closest candidate; undefined when no row has two short texts. */
  row?: number;
  missing: HeaderPart[];
}

const KEY_ROLES = new Set(["tt", "label", "description", "code", "unit"]);

export function nearestHeader(grid: Grid): NearestHeader {
  let best: { row: number; key: boolean; num: boolean } | undefined;
  const score = (b: { key: boolean; num: boolean }) => (b.key ? 1 : 0) + (b.num ? 1 : 0);
  for (let r = 0; r < grid.rows.length; r++) {
    const cells = grid.rows[r];
    if (!cells || !mayBeHeader(grid, r)) continue;
    let key = false;
    let num = false;
    for (const c of cells) {
      if (!c || typeof c.value !== "string" || c.value.trim() === "") continue;
      const tr = headerTraits(c.value);
      if (tr.role !== undefined && KEY_ROLES.has(tr.role)) key = true;
      else if (tr.numeric || tr.percent || tr.target) num = true;
    }
    const cand = { row: r, key, num };
    if (!best || score(cand) > score(best)) best = cand;
    if (score(best) === 2) break;
  }
  if (!best) return { missing: ["headerRow"] };
  const missing: HeaderPart[] = [];
  if (!best.key) missing.push("keyColumn");
  // Both parts named and still no table: its number columns are named by words the recognisers
  // do not know and no numbers stand under them.
  if (!best.num || best.key) missing.push("numberColumn");
  return { row: best.row, missing };
}
