/**
 * How many lines a text takes in a wrapped cell of a given width, so that a written sheet can give
 * each row a height that fits its text (Excel does not grow a row under a merged cell by itself).
 *
 * Widths are those of Times New Roman (src/core/text/fontMetrics.ts).
 * The text is wrapped word by word as Excel does, with every word taken SCREEN_FACTOR wider than
 * its metrics: Excel lays text out at screen resolution, where letters come out a little wider, and
 * a row a line too tall is better than a clipped line. (Against LibreOffice's own wrapping of the
 * example's paragraphs, the metrics alone give the same line counts.)
 */

import { textWidthPt } from "../text/fontMetrics";

/** Screen layout against metrics: wrap as if letters were this much wider. */
const SCREEN_FACTOR = 1.06;
/** Excel's cell margins, left and right together, in points. */
const CELL_PADDING = 5;
/** Points per Excel column-width unit (7 px of the default Calibri 11 digit, 0.75 pt a px). */
export const POINTS_PER_UNIT = 5.25;

/**
 * The lines `text` wraps to in a cell `widthUnits` wide (Excel column-width units, the sum of a
 * merged area's columns) at font `size`: word by word, a word longer than a line broken across
 * lines, each "\n" a new line; at least 1.
 */
export function wrapLines(text: string, widthUnits: number, size: number, bold = false): number {
  const room = Math.max(size, widthUnits * POINTS_PER_UNIT - CELL_PADDING);
  const space = textWidthPt(" ", size, bold) * SCREEN_FACTOR;
  let lines = 0;
  for (const part of text.split("\n")) {
    let n = 1;
    let x = 0;
    for (const word of part.split(" ")) {
      if (word === "") {
        x += space;
        continue;
      }
      let w = textWidthPt(word, size, bold) * SCREEN_FACTOR;
      const gap = x > 0 ? space : 0;
      if (x + gap + w <= room) {
        x += gap + w;
        continue;
      }
      if (x > 0) n++;
      // A word wider than a line runs over onto the next ones.
      while (w > room) {
        w -= room;
        n++;
      }
      x = w;
    }
    lines += n;
  }
  return Math.max(1, lines);
}
