/**
 * TCVN3 (ABC) — the 8-bit encoding of the old .VnTime fonts. Text pasted from such documents
 * arrives as "Kinh phÝ", "Néi dung", "Tæng céng"; for matching headers and labels it is read back
 * as Unicode ("Kinh phí", "Nội dung", "Tổng cộng").
 */

// Each TCVN3 character and the Vietnamese letter it stands for (toned capitals share the
// lowercase codes in the .VnTimeH fonts).
const PAIRS: [string, string][] = [
  ["µ", "à"],
  ["¶", "ả"],
  ["·", "ã"],
  ["¸", "á"],
  ["¹", "ạ"],
  ["¨", "ă"],
  ["»", "ằ"],
  ["¼", "ẳ"],
  ["½", "ẵ"],
  ["¾", "ắ"],
  ["Æ", "ặ"],
  ["©", "â"],
  ["Ç", "ầ"],
  ["È", "ẩ"],
  ["É", "ẫ"],
  ["Ê", "ấ"],
  ["Ë", "ậ"],
  ["®", "đ"],
  ["Ì", "è"],
  ["Î", "ẻ"],
  ["Ï", "ẽ"],
  ["Ð", "é"],
  ["Ñ", "ẹ"],
  ["ª", "ê"],
  ["Ò", "ề"],
  ["Ó", "ể"],
  ["Ô", "ễ"],
  ["Õ", "ế"],
  ["Ö", "ệ"],
  ["×", "ì"],
  ["Ø", "ỉ"],
  ["Ü", "ĩ"],
  ["Ý", "í"],
  ["Þ", "ị"],
  ["ß", "ò"],
  ["á", "ỏ"],
  ["â", "õ"],
  ["ã", "ó"],
  ["ä", "ọ"],
  ["«", "ô"],
  ["å", "ồ"],
  ["æ", "ổ"],
  ["ç", "ỗ"],
  ["è", "ố"],
  ["é", "ộ"],
  ["¬", "ơ"],
  ["ê", "ờ"],
  ["ë", "ở"],
  ["ì", "ỡ"],
  ["í", "ớ"],
  ["î", "ợ"],
  ["ï", "ù"],
  ["ñ", "ủ"],
  ["ò", "ũ"],
  ["ó", "ú"],
  ["ô", "ụ"],
  ["\u00ad", "ư"],
  ["õ", "ừ"],
  ["ö", "ử"],
  ["÷", "ữ"],
  ["ø", "ứ"],
  ["ù", "ự"],
  ["ú", "ỳ"],
  ["û", "ỷ"],
  ["ü", "ỹ"],
  ["ý", "ý"],
  ["þ", "ỵ"],
  ["¡", "Ă"],
  ["¢", "Â"],
  ["§", "Đ"],
  ["£", "Ê"],
  ["¤", "Ô"],
  ["¥", "Ơ"],
  ["¦", "Ư"],
];

const MAP = new Map(PAIRS);

/** Characters that never appear in Unicode Vietnamese text but are common in TCVN3 text. */
const ONLY_TCVN3 = /[µ¶·¸¹¨»¼½¾Æ©ÇË®ÎÏÐÑªÖ×ØÜÞßäæçëîïñö÷øûüþ¡¢§£¤¥¦¬\u00ad«]/;
/** A Latin-1 capital right after a lower-case letter ("phÝ", "KÕt"): TCVN3, not Vietnamese capitals. */
const CAPITAL_INSIDE_WORD = /[a-z][ÈÉÊÌÒÓÔÕÝ]/;
/** Letters only Unicode Vietnamese has (outside Latin-1): such text is not TCVN3. */
const UNICODE_VIETNAMESE = /[ăắằẳẵặấầẩẫậđếềểễệỉịốồổỗộơớờởỡợủụưứừửữựỳỷỹỵĂĐƠƯ]/;

export function looksTcvn3(s: string): boolean {
  if (UNICODE_VIETNAMESE.test(s)) return false;
  return ONLY_TCVN3.test(s) || CAPITAL_INSIDE_WORD.test(s);
}

export function fromTcvn3(s: string): string {
  let out = "";
  for (const ch of s) out += MAP.get(ch) ?? ch;
  return out;
}
