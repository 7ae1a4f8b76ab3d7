/**
 * The custom functions' logic: pure, synchronous, no Office globals. Each function takes what
 * Excel passes (numbers, texts, null for an omitted optional argument or an empty cell, matrices
 * for ranges) and returns either the text to show or an FnError — it never throws. functions.ts
 * turns an FnError into CustomFunctions.Error (#VALUE! or #NUM!).
 *
 * Speed matters (the functions are recalculated over whole columns): nothing here builds a RegExp
 * or an Intl object per call; option texts are parsed once and cached.
 */
import {
  type Dec,
  DecSum,
  decAbs,
  decFromNumber,
  decShift,
  decSub,
  decToNumber,
  decimalsOf,
  formatNumberVN,
  type FormatOptions,
  formatPercentVN,
  formatScaledVN,
  numberToWords,
  parseNumberText,
  withinRounding,
  type WordsOptions,
} from "../core/number";
import { attained, parseTarget, phraseTarget, type Target, targetProblem } from "../core/tables/target";
import { fold } from "../core/text/normalize";

/** An Excel error: "value" is #VALUE! (wrong kind of argument), "num" is #NUM! (a bad number). */
export class FnError {
  constructor(
    readonly kind: "value" | "num",
    readonly message: string,
  ) {}
}

export type FnResult = string | FnError;

/** Largest number of decimals SOVN/TYLE write. */
const MAX_DECIMALS = 10;
/** DOCSO reads numbers below this (in absolute value). */
const WORDS_LIMIT = 1e18;

const MAX_SAFE = Number.MAX_SAFE_INTEGER;
const POW10: number[] = [];
for (let i = 0, p = 1; i <= 22; i++, p *= 10) POW10.push(p);
const POW10_BIG: bigint[] = [];
for (let i = 0, p = 1n; i <= 40; i++, p *= 10n) POW10_BIG.push(p);
function pow10big(n: number): bigint {
  return n < POW10_BIG.length ? POW10_BIG[n] : 10n ** BigInt(n);
}

// ---------------------------------------------------------------------------------------------
// Argument helpers

/** Excel passes null (or nothing) for an omitted optional argument, "" or null for an empty cell. */
function isMissing(v: unknown): boolean {
  return v === null || v === undefined || v === "";
}

/**
 * Parameters typed "any" may receive Excel cell value objects (allowCustomDataForDataTypeAny):
 * {type: "Double" | "String" | "FormattedNumber" | ..., basicValue}. Their basic value is used.
 */
function basic(v: unknown): unknown {
  if (v !== null && typeof v === "object" && !Array.isArray(v) && "basicValue" in v) {
    const b = v.basicValue;
    if (typeof b === "number" || typeof b === "string" || typeof b === "boolean") return b;
  }
  return v;
}

function describe(v: unknown): string {
  if (typeof v === "string") return `"${v.length > 40 ? v.slice(0, 40) + "…" : v}"`;
  if (typeof v === "boolean") return v ? "TRUE" : "FALSE";
  if (Array.isArray(v)) return "một vùng ô";
  return String(v);
}

/** A number argument: a finite number, or an FnError. */
function numberArg(v: unknown, name: string): number | FnError {
  if (typeof v === "number") {
    if (Number.isFinite(v)) return v;
    return new FnError("num", `${name} không phải số hữu hạn (${v}).`);
  }
  if (isMissing(v)) return new FnError("value", `Thiếu ${name}.`);
  return new FnError("value", `${name} phải là số, không phải ${describe(v)}.`);
}

/** An optional count of decimals: the default when omitted, else an integer 0..MAX_DECIMALS. */
function decimalsArg(v: unknown, dflt: number | undefined): number | undefined | FnError {
  if (isMissing(v)) return dflt;
  if (typeof v !== "number") return new FnError("value", `Số chữ số thập phân phải là số, không phải ${describe(v)}.`);
  if (!Number.isInteger(v) || v < 0 || v > MAX_DECIMALS) {
    return new FnError("num", `Số chữ số thập phân phải là số nguyên từ 0 đến ${MAX_DECIMALS} (nhận ${v}).`);
  }
  return v;
}

/** An optional text argument: undefined when omitted, the trimmed text otherwise. */
function textArg(v: unknown, name: string): string | undefined | FnError {
  if (isMissing(v)) return undefined;
  if (typeof v !== "string") return new FnError("value", `${name} phải là văn bản, không phải ${describe(v)}.`);
  const t = v.trim();
  return t === "" ? undefined : t;
}

/** A small cache that is simply emptied when it grows too big. */
class Memo<V> {
  private map = new Map<string, V>();
  constructor(private readonly limit = 512) {}
  get(k: string): V | undefined {
    return this.map.get(k);
  }
  set(k: string, v: V): V {
    if (this.map.size >= this.limit) this.map.clear();
    this.map.set(k, v);
    return v;
  }
}

// ---------------------------------------------------------------------------------------------
// SOVN

const AS_IS: FormatOptions = { maxDecimals: MAX_DECIMALS };
const FIXED: FormatOptions[] = Array.from({ length: MAX_DECIMALS + 1 }, (_, d) => ({ decimals: d }));

/**
 * SOVN(so, [sole]): a number as Vietnamese-notation text, 8962.46 -> "8.962,46". With `sole`,
 * exactly that many decimals (rounded half away from zero); without, as many as the number has
 * (at most 10).
 */
export function soVN(so: unknown, sole?: unknown): FnResult {
  const v = numberArg(so, "Số");
  if (typeof v !== "number") return v;
  const d = decimalsArg(sole, undefined);
  if (d instanceof FnError) return d;
  try {
    return formatNumberVN(v, d === undefined ? AS_IS : FIXED[d]);
  } catch (e) {
    return new FnError("value", `Không định dạng được số ${v}: ${(e as Error).message}`);
  }
}

// ---------------------------------------------------------------------------------------------
// TYLE

/**
 * The fewest decimals k (0..6) for which v is an integer over 10^k that is exact in a double
 * (892.46 -> 2), as core's DecSum finds them; -1 when there is none.
 */
function scaleOf(v: number): number {
  if (Number.isInteger(v)) return v <= MAX_SAFE && v >= -MAX_SAFE ? 0 : -1;
  for (let k = 1; k <= 6; k++) {
    const m = Math.round(v * POW10[k]);
    if (m / POW10[k] === v) return m <= MAX_SAFE && m >= -MAX_SAFE ? k : -1;
  }
  return -1;
}

/**
 * round(num / den * 100, d) exactly (half away from zero), as Vietnamese text with a "%":
 * 1050 / 1710 -> "61,4%". Inputs are compared as the decimals they show, so 1229 / 2000 with one
 * decimal is 61,5% (61,45 rounded), not 61,4% as the nearest double 61.449999... would give.
 */
function exactRate(num: number, den: number, d: number): string {
  const negative = num < 0 !== den < 0;
  // Fast path in doubles: both as integers over powers of ten (892.46 = 89246 / 10^2).
  const ka = scaleOf(num);
  const kb = ka < 0 ? -1 : scaleOf(den);
  if (kb >= 0 && kb + 2 + d < POW10.length) {
    const n = Math.round((num < 0 ? -num : num) * POW10[ka]) * POW10[kb + 2 + d];
    const D = Math.round((den < 0 ? -den : den) * POW10[kb]) * POW10[ka];
    if (n <= MAX_SAFE && D <= MAX_SAFE && 2 * n + D <= MAX_SAFE) {
      // q = floor((2n + D) / 2D), computed exactly: the remainder of doubles is exact.
      const top = 2 * n + D;
      const twoD = 2 * D;
      const q = (top - (top % twoD)) / twoD;
      return formatScaledVN(negative ? -q : q, d) + "%";
    }
  }
  const a = decFromNumber(num);
  const b = decFromNumber(den);
  const am = a.m < 0n ? -a.m : a.m;
  const bm = b.m < 0n ? -b.m : b.m;
  // num / den * 100 * 10^d = am * 10^(b.s + 2 + d) / (bm * 10^a.s)
  const N = am * pow10big(b.s + 2 + d);
  const D = bm * pow10big(a.s);
  const q = (2n * N + D) / (2n * D);
  const dec: Dec = { m: negative ? -q : q, s: d };
  return formatPercentVN(dec, d);
}

/** TYLE(tuso, mauso, [sole]): tuso / mauso as a percentage, 1 decimal by default: "61,4%". */
export function tyLe(tuso: unknown, mauso: unknown, sole?: unknown): FnResult {
  const num = numberArg(tuso, "Tử số");
  if (typeof num !== "number") return num;
  const den = numberArg(mauso, "Mẫu số");
  if (typeof den !== "number") return den;
  const d = decimalsArg(sole, 1);
  if (d instanceof FnError) return d;
  if (den === 0) return new FnError("num", "Mẫu số bằng 0: không tính được tỷ lệ.");
  try {
    return exactRate(num, den, d as number);
  } catch (e) {
    return new FnError("value", `Không tính được tỷ lệ: ${(e as Error).message}`);
  }
}

// ---------------------------------------------------------------------------------------------
// DOCSO

interface UnitSpec {
  unit: string | undefined;
  scale: number;
}

/** Amount units, folded (no accents, lower case). */
const UNITS: Record<string, UnitSpec> = {
  dong: { unit: "đồng", scale: 0 },
  d: { unit: "đồng", scale: 0 },
  vnd: { unit: "đồng", scale: 0 },
  "nghin dong": { unit: "đồng", scale: 3 },
  "ngan dong": { unit: "đồng", scale: 3 },
  "trieu dong": { unit: "đồng", scale: 6 },
  "ty dong": { unit: "đồng", scale: 9 },
  "ti dong": { unit: "đồng", scale: 9 },
};

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

const wordsOptionsCache = new Memo<WordsOptions | FnError>();
const OPTION_SPLIT = /[,;]/;

function wordsOptions(donvi: string | undefined, tuychon: string | undefined): WordsOptions | FnError {
  const key = (donvi ?? "") + "\u0001" + (tuychon ?? "");
  const hit = wordsOptionsCache.get(key);
  if (hit !== undefined) return hit;
  const opts: WordsOptions = {};
  if (donvi !== undefined) {
    const u = UNITS[fold(donvi).replace(/\./g, "")];
    if (!u) {
      return wordsOptionsCache.set(
        key,
        new FnError("value", `Đơn vị "${donvi}" không đọc được; dùng "đồng", "nghìn đồng", "triệu đồng" hoặc "tỷ đồng".`),
      );
    }
    opts.unit = u.unit;
    if (u.scale) opts.scale = u.scale;
  }
  if (tuychon !== undefined) {
    for (const raw of tuychon.split(OPTION_SPLIT)) {
      const w = fold(raw);
      if (w === "") continue;
      const o = OPTION_WORDS[w];
      if (!o) {
        return wordsOptionsCache.set(
          key,
          new FnError("value", `Tùy chọn "${raw.trim()}" không có; dùng: lẻ, ngàn, tư, chẵn, thường (cách nhau bằng dấu phẩy).`),
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
  return wordsOptionsCache.set(key, opts);
}

/**
 * DOCSO(so, [donvi], [tuychon]): the number in Vietnamese words, as on payment documents.
 * 13570 -> "Mười ba nghìn năm trăm bảy mươi"; 13570, "triệu đồng" -> "Mười ba tỷ năm trăm bảy
 * mươi triệu đồng" (the amount is read in đồng). Options: "lẻ", "ngàn", "tư", "chẵn", "thường".
 */
export function docSo(so: unknown, donvi?: unknown, tuychon?: unknown): FnResult {
  const v = numberArg(so, "Số");
  if (typeof v !== "number") return v;
  if (v >= WORDS_LIMIT || v <= -WORDS_LIMIT) {
    return new FnError("num", "Số quá lớn để đọc (giới hạn dưới 10^18).");
  }
  const unit = textArg(donvi, "Đơn vị");
  if (unit instanceof FnError) return unit;
  const opt = textArg(tuychon, "Tùy chọn");
  if (opt instanceof FnError) return opt;
  const opts = wordsOptions(unit, opt);
  if (opts instanceof FnError) return opts;
  try {
    return numberToWords(v, opts);
  } catch (e) {
    return new FnError("value", `Không đọc được số ${v}: ${(e as Error).message}`);
  }
}

// ---------------------------------------------------------------------------------------------
// KIEMTRATONG

interface Stated {
  exact: Dec;
  decimals: number;
}

function statedArg(raw: unknown): Stated | FnError {
  const v = basic(raw);
  if (typeof v === "number") {
    if (!Number.isFinite(v)) return new FnError("num", `Tổng ghi không phải số hữu hạn (${v}).`);
    return { exact: decFromNumber(v), decimals: Math.min(decimalsOf(v), MAX_DECIMALS) };
  }
  if (typeof v === "string" && v.trim() !== "") {
    const p = parseNumberText(v, "vi");
    if (!p || p.percent) return new FnError("value", `Tổng ghi ${describe(v)} không phải số.`);
    return { exact: p.exact, decimals: p.decimals };
  }
  if (isMissing(v)) return new FnError("value", "Thiếu tổng ghi để so.");
  return new FnError("value", `Tổng ghi phải là số, không phải ${describe(v)}.`);
}

/** Adds one cell; undefined when fine, an FnError when the cell is not a number. */
function addCell(sum: DecSum, raw: unknown, index: number): FnError | undefined {
  const c = basic(raw);
  if (typeof c === "number") {
    if (!Number.isFinite(c)) return new FnError("num", `Ô thứ ${index} không phải số hữu hạn.`);
    sum.add(c);
    return undefined;
  }
  if (c === null || c === undefined) return undefined;
  if (typeof c === "string") {
    if (c.trim() === "") return undefined;
    const p = parseNumberText(c, "vi");
    if (!p || p.percent) return new FnError("value", `Ô thứ ${index} (${describe(c)}) không phải số.`);
    sum.add(p.exact);
    return undefined;
  }
  return new FnError("value", `Ô thứ ${index} (${describe(c)}) không phải số.`);
}

/**
 * KIEMTRATONG(cacso, tong): whether the cells add up to the stated total, within the rounding
 * of the total's shown decimals. "Khớp", or "Lệch 63 (cộng được 1.970, ghi 1.907)".
 * Empty cells are skipped; numbers typed as Vietnamese text ("1.970", "892,46") are read.
 */
export function kiemTraTong(cacso: unknown, tong: unknown): FnResult {
  const stated = statedArg(tong);
  if (stated instanceof FnError) return stated;
  const sum = new DecSum();
  let index = 0;
  try {
    if (Array.isArray(cacso)) {
      for (const row of cacso) {
        if (Array.isArray(row)) {
          for (const c of row) {
            const err = addCell(sum, c, ++index);
            if (err) return err;
          }
        } else {
          const err = addCell(sum, row, ++index);
          if (err) return err;
        }
      }
    } else {
      const err = addCell(sum, cacso, ++index);
      if (err) return err;
    }
    const computed = sum.result();
    if (withinRounding(stated.exact, computed, stated.decimals)) return "Khớp";
    const diff = decAbs(decSub(computed, stated.exact));
    return `Lệch ${formatNumberVN(diff)} (cộng được ${formatNumberVN(computed)}, ghi ${formatNumberVN(stated.exact)})`;
  } catch (e) {
    return new FnError("value", `Không cộng được: ${(e as Error).message}`);
  }
}

// ---------------------------------------------------------------------------------------------
// DATCHITIEU

const targetCache = new Memo<Target | null>();

function cachedTarget(text: string, unit: string | undefined): Target | undefined {
  const key = text + "\u0001" + (unit ?? "");
  let t = targetCache.get(key);
  if (t === undefined) t = targetCache.set(key, parseTarget(text, { unit }) ?? null);
  return t ?? undefined;
}

function fmtDec(d: Dec, percent: boolean): string {
  return formatNumberVN(d, { maxDecimals: 4 }) + (percent ? "%" : "");
}

/**
 * DATCHITIEU(thuchien, muctieu, [donvi]): whether the actual figure attains the target.
 *
 * Units rule: when the target is a percentage ("80% trở lên", or a number with donvi "%") and
 * donvi is omitted, an actual between 0 and 1 is a fraction from a percent-formatted cell and is
 * read as percent (0,97 -> 97%); an actual above 1, a text with "%", or any actual when donvi
 * is "%", is already in percent units. A numeric target is a plain number, or percent units with
 * donvi "%". A rank target ("nhóm 3/13") takes the rank attained (1 is best).
 */
export function datChiTieu(rawThuchien: unknown, rawMuctieu: unknown, donvi?: unknown): FnResult {
  const thuchien = basic(rawThuchien);
  const muctieu = basic(rawMuctieu);
  const unit = textArg(donvi, "Đơn vị");
  if (unit instanceof FnError) return unit;
  const unitIsPercent = unit === "%";

  let target: Target | undefined;
  if (typeof muctieu === "string") {
    const text = muctieu.trim();
    target = text === "" ? undefined : cachedTarget(text, unit);
  } else if (typeof muctieu === "number") {
    target = parseTarget(muctieu, { unit });
  } else if (!isMissing(muctieu)) {
    return new FnError("value", `Chỉ tiêu phải là văn bản hoặc số, không phải ${describe(muctieu)}.`);
  }
  if (!target) {
    return new FnError("value", `Không xác định được chỉ tiêu${isMissing(muctieu) ? "" : " " + describe(muctieu)}.`);
  }
  const problem = targetProblem(target);
  if (problem) return new FnError("num", `Chỉ tiêu không hợp lệ: ${problem.vi}.`);

  // The actual, in the target's units.
  let actual: Dec;
  let actualValue: number;
  try {
    if (typeof thuchien === "number") {
      if (!Number.isFinite(thuchien)) return new FnError("num", `Số thực hiện không phải số hữu hạn (${thuchien}).`);
      actual = decFromNumber(thuchien);
      if (target.percent && !unitIsPercent && thuchien >= 0 && thuchien <= 1) actual = decShift(actual, 2);
    } else if (typeof thuchien === "string" && thuchien.trim() !== "") {
      const p = parseNumberText(thuchien, "vi");
      if (!p) return new FnError("value", `Số thực hiện ${describe(thuchien)} không phải số.`);
      actual = p.exact;
    } else if (isMissing(thuchien)) {
      return new FnError("value", "Thiếu số thực hiện.");
    } else {
      return new FnError("value", `Số thực hiện phải là số, không phải ${describe(thuchien)}.`);
    }
    actualValue = decToNumber(actual);

    if (target.op === "rank") {
      if (!Number.isInteger(actualValue) || actualValue < 1) {
        return new FnError("num", `Thứ hạng thực hiện phải là số nguyên từ 1 (nhận ${formatNumberVN(actual)}).`);
      }
      if (attained(actualValue, target)) return "Đạt";
      return `Chưa đạt (xếp thứ ${actualValue}, chỉ tiêu ${phraseTarget(target)})`;
    }
    if (attained(actualValue, target)) return "Đạt";

    const pct = target.percent;
    const gapUnit = pct ? " điểm %" : unit && !unitIsPercent ? " " + unit : "";
    const shortOf = (threshold: number) => formatNumberVN(decSub(decFromNumber(threshold), actual), { maxDecimals: 4 });
    switch (target.op) {
      case "eq":
      case "ge":
        return `Chưa đạt (thiếu ${shortOf(target.value as number)}${gapUnit})`;
      case "range":
        return `Chưa đạt (thiếu ${shortOf(target.lo as number)}${gapUnit})`;
      case "le": {
        const over = formatNumberVN(decSub(actual, decFromNumber(target.value as number)), { maxDecimals: 4 });
        return `Chưa đạt (vượt ${over}${gapUnit})`;
      }
      default:
        // "gt" and "lt": the bound itself does not attain.
        return `Chưa đạt (cần ${phraseTarget(target)}, thực hiện ${fmtDec(actual, pct)})`;
    }
  } catch (e) {
    return new FnError("value", `Không so được với chỉ tiêu: ${(e as Error).message}`);
  }
}
