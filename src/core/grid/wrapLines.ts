/**
 * How many lines a text takes in a wrapped cell of a given width, so that a written sheet can give
 * each row a height that fits its text (Excel does not grow a row under a merged cell by itself).
 *
 * Widths are those of Times New Roman (the Adobe Times metrics, which Liberation Serif and Tinos
 * share), in thousandths of an em, looked up by the base letter (accents do not widen a letter).
 * The text is wrapped word by word as Excel does, with every word taken SCREEN_FACTOR wider than
 * its metrics: Excel lays text out at screen resolution, where letters come out a little wider, and
 * a row a line too tall is better than a clipped line. (Against LibreOffice's own wrapping of the
 * example's paragraphs, the metrics alone give the same line counts.)
 */

/** Advance widths (1/1000 em) of Times Roman; bold takes BOLD_FACTOR more. */
const WIDTHS: Record<string, number> = {
  " ": 250,
  "!": 333,
  '"': 408,
  "#": 500,
  $: 500,
  "%": 833,
  "&": 778,
  "'": 180,
  "(": 333,
  ")": 333,
  "*": 500,
  "+": 564,
  ",": 250,
  "-": 333,
  ".": 250,
  "/": 278,
  ":": 278,
  ";": 278,
  "<": 564,
  "=": 564,
  ">": 564,
  "?": 444,
  "@": 921,
  "[": 333,
  "\\": 278,
  "]": 333,
  _: 500,
  "|": 200,
  "–": 500,
  "—": 1000,
  "“": 444,
  "”": 444,
  "‘": 333,
  "’": 333,
  "…": 1000,
  "─": 708,
  a: 444,
  b: 500,
  c: 444,
  d: 500,
  e: 444,
  f: 333,
  g: 500,
  h: 500,
  i: 278,
  j: 278,
  k: 500,
  l: 278,
  m: 778,
  n: 500,
  o: 500,
  p: 500,
  q: 500,
  r: 333,
  s: 389,
  t: 278,
  u: 500,
  v: 500,
  w: 722,
  x: 500,
  y: 500,
  z: 444,
  đ: 500,
  A: 722,
  B: 667,
  C: 667,
  D: 722,
  E: 611,
  F: 556,
  G: 722,
  H: 722,
  I: 333,
  J: 389,
  K: 722,
  L: 611,
  M: 889,
  N: 722,
  O: 722,
  P: 556,
  Q: 722,
  R: 667,
  S: 556,
  T: 611,
  U: 722,
  V: 722,
  W: 944,
  X: 722,
  Y: 722,
  Z: 611,
  Đ: 722,
};
/** Digits are all 500; a letter not in the table (another script, a symbol) counts as an "M". */
const DIGIT = 500;
const UNKNOWN = 889;
/** The horn of ơ and ư widens them a little. */
const HORN = 60;
const BOLD_FACTOR = 1.06;
/** Screen layout against metrics: wrap as if letters were this much wider. */
const SCREEN_FACTOR = 1.06;
/** Excel's cell margins, left and right together, in points. */
const CELL_PADDING = 5;
/** Points per Excel column-width unit (7 px of the default Calibri 11 digit, 0.75 pt a px). */
export const POINTS_PER_UNIT = 5.25;

function charWidth(ch: string): number {
  if (ch >= "0" && ch <= "9") return DIGIT;
  const known = WIDTHS[ch];
  if (known !== undefined) return known;
  const d = ch.normalize("NFD");
  const base = WIDTHS[d[0]];
  if (base === undefined) return UNKNOWN;
  return d.includes("\u031b") ? base + HORN : base;
}

/** The width of a text in points at a font size (Times New Roman). */
export function textWidth(text: string, size: number, bold = false): number {
  let w = 0;
  for (const ch of text.normalize("NFC")) w += charWidth(ch);
  return (w / 1000) * size * (bold ? BOLD_FACTOR : 1);
}

/**
 * The lines `text` wraps to in a cell `widthUnits` wide (Excel column-width units, the sum of a
 * merged area's columns) at font `size`: word by word, a word longer than a line broken across
 * lines, each "\n" a new line; at least 1.
 */
export function wrapLines(text: string, widthUnits: number, size: number, bold = false): number {
  const room = Math.max(size, widthUnits * POINTS_PER_UNIT - CELL_PADDING);
  const space = textWidth(" ", size, bold) * SCREEN_FACTOR;
  let lines = 0;
  for (const part of text.split("\n")) {
    let n = 1;
    let x = 0;
    for (const word of part.split(" ")) {
      if (word === "") {
        x += space;
        continue;
      }
      let w = textWidth(word, size, bold) * SCREEN_FACTOR;
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
