/**
 * The blank template: the example's sheets, headers, group and total rows with their formulas,
 * numbering and layout, with no figure and no item text — a form to fill in. Built from the
 * example (src/core/template/example.ts), so the two can never differ in structure.
 *
 * - titles above the header are kept, except lines that name the example's town;
 * - header rows are kept whole;
 * - below the header: a row whose formula reads other rows (a group or total row: "Năm 2023",
 *   "Tổng cộng") keeps its texts and formulas; every other row keeps only its TT/STT cell;
 *   formulas give 0 over the empty items; a rate "=C6/D6*100" becomes "=IF(COUNT(C6,D6)<2,"",C6/D6*100)"
 *   and a sum feeding a rate "=D7+D8" becomes "=IF(COUNT(D7,D8)=0,"",D7+D8)", so that an empty
 *   row shows nothing instead of #DIV/0! or a zero denominator;
 * - the document-details sheet ("Thông tin văn bản") keeps its labels and guidance, its Nội dung
 *   column empty.
 */
import { fromA1, toA1 } from "../grid/address";
import type { SheetSpec, SpecCell } from "../grid/spec";
import { fold } from "../text/normalize";
import { DETAILS_SHEET } from "../draft/detailsSheet";
import { exampleTemplate } from "./example";

const CELL_REF = /\$?[A-Z]{1,3}\$?(\d+)/g;
const RATE = /^=([A-Z]+\d+)\/([A-Z]+\d+)\*100$/;
/** Text of the example that belongs to its town, not to the form. */
const EXAMPLE_PLACE = "duc pho";

/** True when the formula reads a row other than its own (a sub-total, a total). */
function readsOtherRows(formula: string, row: number): boolean {
  for (const m of formula.matchAll(CELL_REF)) {
    const a = fromA1(m[0].replace(/\$/g, ""));
    if (a && a.row !== row) return true;
  }
  return false;
}

/** The column letters of a cell. */
function colOf(c: SpecCell): string {
  return toA1(c.row, c.col).replace(/\d+$/, "");
}

/** The details sheet with its Nội dung column (B) emptied below the header. */
function blankDetails(spec: SheetSpec): SheetSpec {
  const header = spec.printTitleRows?.last ?? 0;
  const cells = spec.cells.map((c): SpecCell => (c.row > header && c.col === 1 ? { ...c, value: null } : { ...c }));
  return { ...spec, cells, merges: spec.merges.map((m) => ({ ...m })) };
}

function blankSheet(spec: SheetSpec): SheetSpec {
  if (spec.name === DETAILS_SHEET) return blankDetails(spec);
  const headerTop = spec.printTitleRows?.first ?? 0;
  const headerBottom = spec.printTitleRows?.last ?? headerTop;
  const groupRows = new Set<number>();
  /** Columns a rate divides (its numerator and denominator columns). */
  const rateCols = new Set<string>();
  for (const c of spec.cells) {
    const rate = c.formula === undefined ? null : RATE.exec(c.formula);
    if (rate) for (const ref of [rate[1], rate[2]]) rateCols.add(ref.replace(/\d+/, ""));
  }
  for (const c of spec.cells) {
    if (c.row > headerBottom && c.formula !== undefined && readsOtherRows(c.formula, c.row)) groupRows.add(c.row);
  }
  const cells = spec.cells.map((c): SpecCell => {
    if (c.row < headerTop) {
      return typeof c.value === "string" && fold(c.value).includes(EXAMPLE_PLACE) ? { ...c, value: null } : { ...c };
    }
    if (c.row <= headerBottom) return { ...c };
    if (c.formula !== undefined) {
      const rate = RATE.exec(c.formula);
      if (rate) return { ...c, formula: `=IF(COUNT(${rate[1]},${rate[2]})<2,"",${c.formula.slice(1)})`, value: "" };
      const col = colOf(c);
      if (rateCols.has(col)) {
        const refs = [...c.formula.matchAll(CELL_REF)].map((m) => m[0]);
        return { ...c, formula: `=IF(COUNT(${refs.join(",")})=0,"",${c.formula.slice(1)})`, value: "" };
      }
      return { ...c, value: 0 };
    }
    // The TT/STT column, and the label of a group or total row (column B, or A when merged across).
    if (c.col === 0 || (c.col === 1 && groupRows.has(c.row) && typeof c.value === "string")) return { ...c };
    return { ...c, value: null };
  });
  return { ...spec, cells, merges: spec.merges.map((m) => ({ ...m })) };
}

/** The template's sheets with no figures and no item texts (same names as the example's). */
export function blankTemplate(): SheetSpec[] {
  return exampleTemplate().map(blankSheet);
}
