/** TCVN3 (ABC): the text of .VnTime documents pasted into Excel, for the hostile corpus. */
import type { Grid } from "../../src/core/grid/grid";

/** TCVN3 (ABC) code of each Vietnamese lower-case letter (toned capitals use these too). */
const TCVN3_LOWER: Record<string, string> = {
  à: "µ",
  ả: "¶",
  ã: "·",
  á: "¸",
  ạ: "¹",
  ă: "¨",
  ằ: "»",
  ẳ: "¼",
  ẵ: "½",
  ắ: "¾",
  ặ: "Æ",
  â: "©",
  ầ: "Ç",
  ẩ: "È",
  ẫ: "É",
  ấ: "Ê",
  ậ: "Ë",
  đ: "®",
  è: "Ì",
  ẻ: "Î",
  ẽ: "Ï",
  é: "Ð",
  ẹ: "Ñ",
  ê: "ª",
  ề: "Ò",
  ể: "Ó",
  ễ: "Ô",
  ế: "Õ",
  ệ: "Ö",
  ì: "×",
  ỉ: "Ø",
  ĩ: "Ü",
  í: "Ý",
  ị: "Þ",
  ò: "ß",
  ỏ: "á",
  õ: "â",
  ó: "ã",
  ọ: "ä",
  ô: "«",
  ồ: "å",
  ổ: "æ",
  ỗ: "ç",
  ố: "è",
  ộ: "é",
  ơ: "¬",
  ờ: "ê",
  ở: "ë",
  ỡ: "ì",
  ớ: "í",
  ợ: "î",
  ù: "ï",
  ủ: "ñ",
  ũ: "ò",
  ú: "ó",
  ụ: "ô",
  ư: "\u00ad",
  ừ: "õ",
  ử: "ö",
  ữ: "÷",
  ứ: "ø",
  ự: "ù",
  ỳ: "ú",
  ỷ: "û",
  ỹ: "ü",
  ý: "ý",
  ỵ: "þ",
};
const TCVN3_CAPITAL: Record<string, string> = { Ă: "¡", Â: "¢", Đ: "§", Ê: "£", Ô: "¤", Ơ: "¥", Ư: "¦" };

/** Unicode Vietnamese → TCVN3 (ABC) text, as a .VnTime document pasted into Excel shows it. */
export function toTcvn3(s: string): string {
  let out = "";
  for (const ch of s.normalize("NFC")) {
    const cap = TCVN3_CAPITAL[ch];
    if (cap !== undefined) out += cap;
    else out += TCVN3_LOWER[ch] ?? TCVN3_LOWER[ch.toLowerCase()] ?? ch;
  }
  return out;
}

/** Applies `f` to every text cell of a grid (in place) and returns it. */
export function mapTexts(g: Grid, f: (s: string) => string): Grid {
  for (const row of g.rows) row?.forEach((c) => c && typeof c.value === "string" && (c.value = f(c.value)));
  return g;
}
