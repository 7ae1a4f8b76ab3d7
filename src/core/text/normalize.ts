/**
 * Text matching for headers and labels: Unicode NFC/NFD-proof, case- and accent-insensitive.
 * "Kinh phí", "KINH PHÍ", "Kinh phi" and an NFD-decomposed "Kinh phí" all become "kinh phi".
 */

const MARKS = /[\u0300-\u036f]/g;
const SPACES = /[\s\u00a0\u202f\u2009\u2007]+/g;

/** Folds a label for matching: no accents, "đ" -> "d", lower case, single spaces, trimmed. */
export function fold(s: string): string {
  return s.normalize("NFD").replace(MARKS, "").replace(/đ/g, "d").replace(/Đ/g, "d").toLowerCase().replace(SPACES, " ").trim();
}

/** Collapses runs of whitespace (incl. no-break spaces and line breaks from Word) and trims. */
export function tidy(s: string): string {
  return s.normalize("NFC").replace(SPACES, " ").trim();
}
