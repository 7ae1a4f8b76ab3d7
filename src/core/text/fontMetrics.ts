/**
 * How wide a line of text is in Times New Roman, from the font's advance widths (thousandths of an
 * em; Liberation Serif, which LibreOffice uses in its place, has the same metrics). The renderers
 * use it to size the header's agency column so that a name stays on one line, and to draw the
 * lines Decree 30 asks for at a share of a text's width. Vietnamese letters are as wide as their
 * base letter, except the horned Ơ ơ Ư ư, which the tables hold.
 */

/** Advance widths of the characters U+0020 … U+007E, regular. */
const REGULAR = [
  250, 333, 408, 500, 500, 833, 778, 180, 333, 333, 500, 564, 250, 333, 250, 278, 500, 500, 500, 500, 500, 500, 500, 500, 500,
  500, 278, 278, 564, 564, 564, 444, 921, 722, 667, 667, 722, 611, 556, 722, 722, 333, 389, 722, 611, 889, 722, 722, 556, 722,
  667, 556, 611, 722, 722, 944, 722, 722, 611, 333, 278, 333, 469, 500, 333, 444, 500, 444, 500, 444, 333, 500, 500, 278, 278,
  500, 278, 778, 500, 500, 500, 500, 333, 389, 278, 500, 500, 722, 500, 500, 444, 480, 200, 480, 541,
];
/** Advance widths of the characters U+0020 … U+007E, bold. */
const BOLD = [
  250, 333, 555, 500, 500, 1000, 833, 278, 333, 333, 500, 570, 250, 333, 250, 278, 500, 500, 500, 500, 500, 500, 500, 500, 500,
  500, 333, 333, 570, 570, 570, 500, 930, 722, 667, 722, 722, 667, 611, 778, 778, 389, 500, 778, 667, 944, 722, 778, 611, 778,
  722, 556, 667, 722, 722, 1000, 722, 722, 667, 333, 278, 333, 581, 500, 333, 500, 556, 444, 556, 444, 333, 500, 556, 278, 333,
  556, 278, 833, 556, 500, 556, 556, 444, 389, 333, 556, 500, 722, 500, 500, 444, 394, 220, 394, 520,
];
/** Letters not made of an ASCII letter and accents: [regular, bold]. */
const OWN: Record<string, [number, number]> = {
  Đ: [722, 722],
  đ: [500, 556],
  Ơ: [722, 778],
  ơ: [529, 554],
  Ư: [776, 796],
  ư: [542, 600],
  "\u00a0": [250, 250],
  "–": [500, 500],
  "—": [1000, 1000],
  "…": [1000, 1000],
};
const HORN = "\u031b";
const MARKS = /[\u0300-\u036f]/gu;
/** What an unknown character is taken to be: a wide letter, so that a column is rather too wide. */
const UNKNOWN = 722;

function charWidth(ch: string, bold: boolean): number {
  const own = OWN[ch];
  if (own) return own[bold ? 1 : 0];
  const nfd = ch.normalize("NFD");
  const base = nfd.replace(MARKS, "");
  if (nfd.includes(HORN)) {
    const horned = OWN[(base + HORN).normalize("NFC")];
    if (horned) return horned[bold ? 1 : 0];
  }
  const code = base.length === 1 ? base.charCodeAt(0) : -1;
  if (code >= 0x20 && code <= 0x7e) return (bold ? BOLD : REGULAR)[code - 0x20];
  return UNKNOWN;
}

/** The width in points of `text` set on one line in Times New Roman of `sizePt` points. */
export function textWidthPt(text: string, sizePt: number, bold = false): number {
  let em = 0;
  for (const ch of text.normalize("NFC")) em += charWidth(ch, bold);
  return (em / 1000) * sizePt;
}
