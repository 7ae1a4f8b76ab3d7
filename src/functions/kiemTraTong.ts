/** KIEMTRATONG: an exact sum of cells against a stated total, within the total's rounding. */
import {
  type Dec,
  DecSum,
  decAbs,
  decFromNumber,
  decSub,
  decimalsOf,
  formatNumberVN,
  parseNumberText,
  withinRounding,
} from "../core/number";
import { basic, describe, FnError, type FnResult, isMissing, MAX_DECIMALS } from "./args";

interface Stated {
  exact: Dec;
  decimals: number;
}

function statedArg(raw: unknown): Stated | FnError {
  const v = basic(raw);
  if (typeof v === "number") {
    if (!Number.isFinite(v)) return new FnError("num", `Tổng ghi không phải số hữu hạn (${v}).`);
    return { exact: decFromNumber(v), decimals: Math.min(decimalsOf(v), MAX_DECIMALS) };
  }
  if (typeof v === "string" && v.trim() !== "") {
    const p = parseNumberText(v, "vi");
    if (!p || p.percent) return new FnError("value", `Tổng ghi ${describe(v)} không phải số.`);
    return { exact: p.exact, decimals: p.decimals };
  }
  if (isMissing(v)) return new FnError("value", "Thiếu tổng ghi để so.");
  return new FnError("value", `Tổng ghi phải là số, không phải ${describe(v)}.`);
}

/** Adds one cell; undefined when fine, an FnError when the cell is not a number. */
function addCell(sum: DecSum, raw: unknown, index: number): FnError | undefined {
  const c = basic(raw);
  if (typeof c === "number") {
    if (!Number.isFinite(c)) return new FnError("num", `Ô thứ ${index} không phải số hữu hạn.`);
    sum.add(c);
    return undefined;
  }
  if (c === null || c === undefined) return undefined;
  if (typeof c === "string") {
    if (c.trim() === "") return undefined;
    const p = parseNumberText(c, "vi");
    if (!p || p.percent) return new FnError("value", `Ô thứ ${index} (${describe(c)}) không phải số.`);
    sum.add(p.exact);
    return undefined;
  }
  return new FnError("value", `Ô thứ ${index} (${describe(c)}) không phải số.`);
}

/**
 * KIEMTRATONG(cacso, tong): whether the cells add up to the stated total, within the rounding
 * of the total's shown decimals. "Khớp", or "Lệch 63 (cộng được 1.970, ghi 1.907)".
 * Empty cells are skipped; numbers typed as Vietnamese text ("1.970", "892,46") are read.
 */
export function kiemTraTong(cacso: unknown, tong: unknown): FnResult {
  const stated = statedArg(tong);
  if (stated instanceof FnError) return stated;
  const sum = new DecSum();
  let index = 0;
  try {
    if (Array.isArray(cacso)) {
      for (const row of cacso) {
        if (Array.isArray(row)) {
          for (const c of row) {
            const err = addCell(sum, c, ++index);
            if (err) return err;
          }
        } else {
          const err = addCell(sum, row, ++index);
          if (err) return err;
        }
      }
    } else {
      const err = addCell(sum, cacso, ++index);
      if (err) return err;
    }
    const computed = sum.result();
    if (withinRounding(stated.exact, computed, stated.decimals)) return "Khớp";
    const diff = decAbs(decSub(computed, stated.exact));
    return `Lệch ${formatNumberVN(diff)} (cộng được ${formatNumberVN(computed)}, ghi ${formatNumberVN(stated.exact)})`;
  } catch (e) {
    return new FnError("value", `Không cộng được: ${(e as Error).message}`);
  }
}
