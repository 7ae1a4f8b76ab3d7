/**
 * Labels copied from the workbook, made to read inside a sentence: the first letter lowered only
 * where it is an ordinary word (acronyms such as UBND, TTHC, CBCCVC and proper names such as
 * "Tổ Công nghệ số cộng đồng" or "Quảng Ngãi" keep theirs), doubled punctuation and stray spaces
 * tidied — never a digit changed.
 */
import { tidy } from "../text/normalize";
import { upperFirst } from "../text/case";

const UPPER = /^\p{Lu}/u;
const LOWER_WORD = /^\p{Ll}/u;

/** Words that open a name and keep their capital in running text. */
const NAME_HEADS = new Set(["Sở", "Bộ", "Nhà", "Chính", "Trung", "Ủy", "Uỷ", "Hội", "Đảng", "Quốc"]);

/** Whether a word is an acronym or a code ("UBND", "TTHC", "CBCCVC", "IOC", "4G/5G", "iOffice"). */
function isAcronym(word: string): boolean {
  const letters = word.replace(/[^\p{L}]/gu, "");
  if (letters.length >= 2 && letters === letters.toLocaleUpperCase("vi")) return true;
  return /\p{Ll}\p{Lu}/u.test(word);
}

/** Copied text tidied: spaces, doubled commas and semicolons, a space before punctuation. */
export function tidyCopied(s: string): string {
  return tidy(s)
    .replace(/([,;:])(?:\s*\1)+/g, "$1")
    .replace(/\s+([,;:.!?)])/g, "$1")
    .replace(/\(\s+/g, "(")
    .replace(/,(?=\p{L})/gu, ", ");
}

/** The first letter lowered for use inside a sentence, unless the first word is an acronym or a name. */
export function inSentence(s: string): string {
  const t = tidyCopied(s);
  const words = t.split(" ");
  const first = words[0] ?? "";
  if (!UPPER.test(first) || isAcronym(first) || NAME_HEADS.has(first)) return t;
  const second = words[1];
  // "Tổ Công nghệ …", "Quảng Ngãi": a capital on the next word makes a name.
  if (second !== undefined && UPPER.test(second) && !LOWER_WORD.test(second)) return t;
  return first.charAt(0).toLocaleLowerCase("vi") + t.slice(1);
}

/** The first letter raised (a sentence or a bullet starts with a capital). */
export function sentenceStart(s: string): string {
  const t = tidyCopied(s);
  return upperFirst(t);
}

/** Whether `s` starts with one of `words` as whole words ("từ năm 2022", not "từng"), any case. */
export function startsWithWord(s: string, words: string[]): boolean {
  const t = s.trimStart().toLocaleLowerCase("vi");
  return words.some((w) => t.startsWith(w) && !/^[\p{L}\p{N}]/u.test(t.slice(w.length)));
}

/** A label without its trailing punctuation (to be followed by more words); an ellipsis "..." stays. */
export function withoutEnd(s: string): string {
  const t = tidyCopied(s);
  return /(\.\.\.|…)$/u.test(t) ? t : t.replace(/[.;:,]+$/u, "");
}

/** A sentence closed with a full stop, unless it already ends with one or an ellipsis. */
export function closed(s: string): string {
  return /[.!?…]$/u.test(s) ? s : s + ".";
}

/**
 * A note of the figures table ("Trừ văn bản, hồ sơ mật", "Trên môi trường mạng", "Từ năm 2022
 * đến nay") as words that follow the indicator: in brackets when it excepts, as is otherwise.
 */
export function noteQualifier(note: string | undefined): string {
  if (!note) return "";
  const n = withoutEnd(note);
  if (startsWithWord(n, ["trừ", "không kể", "không tính", "không bao gồm", "chưa kể", "chưa tính"])) return ` (${inSentence(n)})`;
  if (startsWithWord(n, ["trên", "tại", "trong", "qua", "từ", "đến", "tính đến", "tính từ", "bằng"])) return ` ${inSentence(n)}`;
  return "";
}
