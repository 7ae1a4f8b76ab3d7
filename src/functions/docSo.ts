/** DOCSO: a number in Vietnamese words, with an amount unit and the spelling options of payment documents. */
import { decFromNumber, decRound, excelDigits, numberToWords, type WordsOptions } from "../core/number";
import { fold } from "../core/text/normalize";
import { decimalsArg, FnError, type FnResult, numberArg, textArg } from "./args";
import { Memo } from "./memo";

/** DOCSO reads numbers below this (in absolute value). */
const WORDS_LIMIT = 1e18;

interface UnitSpec {
  unit: string | undefined;
  scale: number;
}

/**
 * Amount units, folded (no accents, lower case) without spaces or dots: a scale word (nghìn, ngàn,
 * "1.000"; triệu, "tr", "1.000.000"; tỷ, tỉ, "1.000.000.000") before đồng, "đ" or VNĐ. "Tr.đ",
 * "trđ", "triệu VNĐ", "1.000 đồng", "ngàn đ" are all units.
 */
const UNITS: Record<string, UnitSpec> = {};
const SCALE_WORDS: [string[], number][] = [
  [[""], 0],
  [["nghin", "ngan", "1000"], 3],
  [["trieu", "tr", "1000000"], 6],
  [["ty", "ti", "1000000000"], 9],
];
for (const [words, scale] of SCALE_WORDS) {
  for (const w of words) for (const dong of ["dong", "d", "vnd"]) UNITS[w + dong] = { unit: "đồng", scale };
}
const UNIT_NOISE = /[\s.]/g;

type OptionKey = "le" | "linh" | "ngan" | "nghin" | "tu" | "bon" | "chan" | "thuong" | "hoa";
const OPTION_WORDS: Record<string, OptionKey> = {
  le: "le",
  linh: "linh",
  ngan: "ngan",
  nghin: "nghin",
  tu: "tu",
  bon: "bon",
  chan: "chan",
  thuong: "thuong",
  "chu thuong": "thuong",
  hoa: "hoa",
  "chu hoa": "hoa",
};

/** Options that contradict each other. */
const OPPOSITE: Partial<Record<OptionKey, OptionKey>> = {
  le: "linh",
  linh: "le",
  ngan: "nghin",
  nghin: "ngan",
  tu: "bon",
  bon: "tu",
  thuong: "hoa",
  hoa: "thuong",
};

/** The options of one (unit, options) pair, and the decimals read by default. */
interface Reading {
  opts: WordsOptions;
  /** Whole đồng for an amount in đồng; undefined: every decimal the 15 digits give. */
  decimals: number | undefined;
}

const readingCache = new Memo<Reading | FnError>();
const OPTION_SPLIT = /[,;]/;

function reading(donvi: string | undefined, tuychon: string | undefined): Reading | FnError {
  const key = (donvi ?? "") + "\u0001" + (tuychon ?? "");
  const hit = readingCache.get(key);
  if (hit !== undefined) return hit;
  const opts: WordsOptions = {};
  let decimals: number | undefined;
  if (donvi !== undefined) {
    const u = UNITS[fold(donvi).replace(UNIT_NOISE, "")];
    if (!u) {
      return readingCache.set(
        key,
        new FnError(
          "value",
          `Đơn vị "${donvi}" không đọc được; dùng "đồng" (VNĐ, đ), "nghìn đồng" (ngàn đ, 1.000 đồng), "triệu đồng" (Tr.đ) hoặc "tỷ đồng".`,
        ),
      );
    }
    opts.unit = u.unit;
    if (u.scale) opts.scale = u.scale;
    else decimals = 0;
  }
  if (tuychon !== undefined) {
    const seen = new Map<OptionKey, string>();
    for (const raw of tuychon.split(OPTION_SPLIT)) {
      const w = fold(raw);
      if (w === "") continue;
      const o = OPTION_WORDS[w];
      if (!o) {
        return readingCache.set(
          key,
          new FnError("value", `Tùy chọn "${raw.trim()}" không có; dùng: lẻ, ngàn, tư, chẵn, thường (cách nhau bằng dấu phẩy).`),
        );
      }
      const opposite = OPPOSITE[o];
      const other = opposite === undefined ? undefined : seen.get(opposite);
      if (other !== undefined) {
        return readingCache.set(key, new FnError("value", `Tùy chọn "${other}" và "${raw.trim()}" trái nhau; chỉ dùng một.`));
      }
      seen.set(o, raw.trim());
      if (o === "chan" && opts.unit === undefined) {
        return readingCache.set(
          key,
          new FnError("value", `Tùy chọn "${raw.trim()}" chỉ dùng khi có đơn vị tiền (ví dụ "đồng"): "chẵn" đứng sau "đồng".`),
        );
      }
      if (o === "le") opts.zeroTens = "lẻ";
      else if (o === "linh") opts.zeroTens = "linh";
      else if (o === "ngan") opts.thousand = "ngàn";
      else if (o === "nghin") opts.thousand = "nghìn";
      else if (o === "tu") opts.fourAfterTens = "tư";
      else if (o === "bon") opts.fourAfterTens = "bốn";
      else if (o === "chan") opts.even = true;
      else if (o === "thuong") opts.capitalize = false;
      else if (o === "hoa") opts.capitalize = true;
    }
  }
  return readingCache.set(key, { opts, decimals });
}

/**
 * DOCSO(so, [donvi], [tuychon], [sole]): the number in Vietnamese words, as on payment documents.
 * 13570 -> "Mười ba nghìn năm trăm bảy mươi"; 13570, "triệu đồng" -> "Mười ba tỷ năm trăm bảy
 * mươi triệu đồng" (the amount is read in đồng). Options: "lẻ", "ngàn", "tư", "chẵn", "thường".
 *
 * The double is first taken as Excel keeps it (15 significant digits: 4.35 * 100 is 435, a SUM
 * 6992.459999999999 is 6992.46), then rounded (half away from zero) to `sole` decimals of the number
 * as given; without `sole`, an amount in "đồng" is read in whole đồng and any other number with the
 * decimals it has.
 */
export function docSo(so: unknown, donvi?: unknown, tuychon?: unknown, sole?: unknown): FnResult {
  const n = numberArg(so, "Số");
  if (typeof n !== "number") return n;
  const v = excelDigits(n);
  if (v >= WORDS_LIMIT || v <= -WORDS_LIMIT) {
    return new FnError("num", "Số quá lớn để đọc (giới hạn dưới 10^18).");
  }
  const unit = textArg(donvi, "Đơn vị");
  if (unit instanceof FnError) return unit;
  const opt = textArg(tuychon, "Tùy chọn");
  if (opt instanceof FnError) return opt;
  const r = reading(unit, opt);
  if (r instanceof FnError) return r;
  const places = decimalsArg(sole, r.decimals);
  if (places instanceof FnError) return places;
  try {
    const d = decFromNumber(v);
    return numberToWords(places === undefined ? d : decRound(d, places), r.opts);
  } catch (e) {
    return new FnError("value", `Không đọc được số ${v}: ${(e as Error).message}`);
  }
}
