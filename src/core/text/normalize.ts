/**
 * Text matching for headers and labels: Unicode NFC/NFD-proof, case- and accent-insensitive.
 * "Kinh phí", "KINH PHÍ", "Kinh phi" and an NFD-decomposed "Kinh phí" all become "kinh phi".
 */

import { fromTcvn3, looksTcvn3 } from "./tcvn3";

const MARKS = /[\u0300-\u036f]/g;
const SPACES = /[\s\u00a0\u202f\u2009\u2007]+/g;

/**
 * Folds a label for matching: no accents, "đ" -> "d", lower case, single spaces, trimmed. Text in
 * the old TCVN3 encoding ("Kinh phÝ") is read as the Unicode it stands for first.
 */
export function fold(s: string): string {
  if (looksTcvn3(s)) s = fromTcvn3(s);
  return s.normalize("NFD").replace(MARKS, "").replace(/đ/g, "d").replace(/Đ/g, "d").toLowerCase().replace(SPACES, " ").trim();
}

/**
 * Collapses runs of whitespace (incl. no-break spaces and line breaks from Word) and trims; text
 * that is plainly TCVN3 ("N¨m 2023") is given back in Unicode ("Năm 2023").
 */
export function tidy(s: string): string {
  if (looksTcvn3(s)) s = fromTcvn3(s);
  return s.normalize("NFC").replace(SPACES, " ").trim();
}

const LATIN1_LETTERS = /[\u00a1-\u00ff]/;

/**
 * The ways a label may be read: as written, and — when it has Latin-1 letters that TCVN3 uses for
 * Vietnamese ones ("Néi dung", "Ghi chó") — as TCVN3. Header and label matching tries each.
 */
export function foldVariants(s: string): string[] {
  const a = fold(s);
  if (!LATIN1_LETTERS.test(s)) return [a];
  const b = fold(fromTcvn3(s));
  return b === a ? [a] : [a, b];
}
