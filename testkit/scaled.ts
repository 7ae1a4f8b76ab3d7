/** A commune's workbook for the consolidation tests and bench: the example template with other amounts. */
import type { SheetSpec } from "../src/core/grid/spec";
import { decFromNumber, decToNumber } from "../src/core/number/decimal";

/** Every amount of the template (cells formatted "#,##0…") times k, exactly; rates stay as they are. */
export function scaled(specs: SheetSpec[], k: number): SheetSpec[] {
  return specs.map((s) => ({
    ...s,
    cells: s.cells.map((c) => {
      if (typeof c.value !== "number" || !c.numberFormat?.startsWith("#,##0")) return c;
      const d = decFromNumber(c.value);
      return { ...c, value: decToNumber({ m: d.m * BigInt(k), s: d.s }) };
    }),
  }));
}
