/**
 * What a header text says about its column, read on folded text (accent- and case-insensitive,
 * TCVN3-proof): "STT" numbers the rows, "Nội dung" labels them, "Kinh phí" holds amounts, "Tỷ lệ
 * (%)" rates, "Tổng số" is a row total, "Chia ra" / "Trong đó" split it, "TH/KH" names a rate's
 * two columns.
 */
import { foldVariants } from "../text/normalize";

/** Columns that hold text, whatever their cells look like. */
export type TextRole = "tt" | "label" | "unit" | "note" | "lead" | "description" | "year" | "group" | "code";

/** What a number column measures; rate headers ("TH/KH", "so với dự toán") name them. */
export type Measure = "actual" | "estimate" | "plan" | "budget" | "settlement" | "disbursed" | "prior" | "num" | "den";

export interface HeaderTraits {
  /** A text column ("STT", "Nội dung", "Đơn vị tính", "Ghi chú" …). */
  role?: TextRole;
  /** "Mục tiêu" (targets written as text); "Kế hoạch" is one when its cells are targets, not numbers. */
  target?: "strong" | "weak";
  /** "Nguồn vốn": text (Phụ lục II) or a group of amount columns, as the cells say. */
  source?: boolean;
  /** A number column by its name alone (words in its cells are bad values). */
  numeric?: "strong" | "weak";
  /** Percent units: "Tỷ lệ", "(%)", "So sánh (%)". */
  percent?: boolean;
  /** A comparison: "So sánh", "Tăng, giảm", "Chênh lệch". */
  compare?: boolean;
  /** A row total: "Tổng số", "Tổng cộng", "Tổng kinh phí", "Cộng". */
  totalLike?: boolean;
  /** A group header that splits a total: "Chia ra", "Bao gồm", "Gồm" (equal); "Trong đó" (subset). */
  split?: "equal" | "subset";
  measure?: Measure;
  /** A year named in the header ("Năm 2023", "2024", "DT 2025"). */
  year?: number;
}

const TEXT_ROLES: [TextRole, RegExp][] = [
  ["tt", /^(s\.?\s?tt|tt|so tt|so thu tu|thu tu)\.?$/],
  ["code", /^(ma so|ma|ma chuong|ma nganh|ma du an|ma so du an)\.?$/],
  ["lead", /^((don vi|co quan) (chu tri|thuc hien|phu trach|du kien|quan ly|phoi hop)|chu dau tu)/],
  ["unit", /^(don vi tinh|dvt|d\.v\.t|don vi)\.?( \(.*\))?$/],
  [
    "year",
    /^(thoi gian|thoi han|nam thuc hien|nam$|ket qua,? tien do|tien do|giai doan|nam bat dau|nam hoan thanh|thoi diem|dia diem|ngay)/,
  ],
  ["description", /^(dien giai|mo ta|noi dung chi tiet|quy mo|muc tieu,? quy mo|noi dung dau tu|ket qua dau ra|san pham)/],
  ["note", /^ghi chu/],
  ["group", /^(nhom|linh vuc)( chi tieu)?$/],
  [
    "label",
    /^(noi dung|ten|nhiem vu|danh muc|hang muc|du an|chi so|cong viec|chi tieu(?! ke hoach| giao| nam)|khoan muc|linh vuc|nganh|tieu chi|dia phuong|doi tuong|muc chi|loai)\b/,
  ],
];

const SPLIT_EQUAL =
  /^(chia ra|bao gom|gom|chi tiet( theo.*)?|theo nguon( von)?|nguon von|co cau nguon von|phan theo.*|chia theo.*|trong do chia ra)\s*:?$/;
const SPLIT_SUBSET = /^trong do\b/;
const TOTAL_LIKE =
  /^(tong so|tong cong|tong|cong|tong kinh phi|tong von|tong muc dau tu|tong du toan|tong so von|tong nguon|tong cong kinh phi|tong so tien|tong chi|tong thu)\b\s*(\(.*\))?\s*:?$/;
const PERCENT = /(\(%\)|%|^ty le\b|^ti le\b|\bty le\b|\bti le\b|toc do tang)/;
const COMPARE = /^(so sanh|tang,? giam|tang \/ giam|tang\/giam|chenh lech)|^tang\b.*\bgiam\b/;
const STRONG_NUMERIC =
  /^(kinh phi|tong kinh phi|so tien|du toan|thanh tien|gia tri|tong muc|muc kinh phi|von|tong von|quyet toan|giai ngan|ngan sach|ns\b|nstw|nsdp|nst\b|nsh\b|nsx\b|tu so|mau so|ty le|ti le|so sanh|tong so|tong cong|tong\b|cong$|cong\s*\(|luy ke|uoc thuc hien|uoc th|ke hoach von|von dau tu|trung uong$|dia phuong$|nguon khac|von khac|khac$|nam \d{4}|\d{4}$|so luong|don gia|thu ngan sach|chi ngan sach)/;
const WEAK_NUMERIC =
  /^(thuc hien|ke hoach|ket qua|so|gia tri|uoc|muc|chi tieu ke hoach|dat|con lai|phat sinh|so du|dau ky|cuoi ky)/;

const MEASURES: [Measure, RegExp][] = [
  ["num", /^tu so/],
  ["den", /^mau so/],
  ["estimate", /\b(uoc thuc hien|uoc th|uth|uoc)\b/],
  ["settlement", /\b(quyet toan|qt)\b/],
  ["disbursed", /\b(giai ngan|gn)\b/],
  ["budget", /\b(du toan|dt)\b/],
  ["plan", /\b(ke hoach|kh|chi tieu ke hoach|chi tieu giao|muc tieu)\b/],
  ["prior", /\b(cung ky|nam truoc)\b/],
  ["actual", /\b(thuc hien|th|ket qua)\b/],
];

/** Reads one header text. */
export function headerTraits(text: string): HeaderTraits {
  const out: HeaderTraits = {};
  if (text.length > 120) return out;
  for (const f of foldVariants(text)) {
    const t = f.replace(/\s*[:.]$/, "");
    if (out.role === undefined)
      for (const [role, re] of TEXT_ROLES)
        if (re.test(t)) {
          out.role = role;
          break;
        }
    if (/^muc tieu/.test(t)) out.target = "strong";
    else if (/^(chi tieu ke hoach|ke hoach|chi tieu giao|chi tieu nam)/.test(t) && out.target === undefined) out.target = "weak";
    if (/^nguon (von|kinh phi)|^nguon$/.test(t)) out.source = true;
    if (SPLIT_SUBSET.test(t)) out.split = "subset";
    else if (SPLIT_EQUAL.test(t)) out.split = "equal";
    if (TOTAL_LIKE.test(t)) out.totalLike = true;
    if (PERCENT.test(t)) out.percent = true;
    if (COMPARE.test(t)) out.compare = true;
    if (STRONG_NUMERIC.test(t)) out.numeric = "strong";
    else if (out.numeric === undefined && WEAK_NUMERIC.test(t)) out.numeric = "weak";
    if (out.measure === undefined)
      for (const [m, re] of MEASURES)
        if (re.test(t)) {
          out.measure = m;
          break;
        }
    const y = /\b(19[89]\d|20\d\d)\b/.exec(t);
    if (y && out.year === undefined) out.year = Number(y[1]);
  }
  // "Đơn vị tính", "Thời gian", "Ghi chú" … never hold the numbers a check adds, whatever else they say.
  if (out.role !== undefined && out.role !== "label" && out.role !== "group") {
    out.numeric = undefined;
    out.percent = undefined;
  }
  if (out.role === "label" && out.numeric === undefined) out.percent = undefined;
  return out;
}

/** One side of a rate header: what it measures, in which year ("2024", "năm hiện hành"). */
export interface RateSide {
  measure?: Measure;
  year?: number;
  /** A relative year: "nam truoc", "nam hien hanh", "nam nay", "nam ke hoach", "nam sau" (folded). */
  when?: string;
}

/**
 * A rate header that names its two columns: "TH/KH", "Ước TH/DT", "QT 2023/DT 2023", "So sánh
 * thực hiện với kế hoạch", "ƯTH năm hiện hành so dự toán", "Tỷ lệ giải ngân", "Tỷ lệ thực hiện".
 * A side that names no year takes the other side's ("ƯTH năm hiện hành so dự toán": the dự toán
 * of the same year).
 */
export function rateHint(text: string): { num: RateSide; den: RateSide } | undefined {
  for (const f of foldVariants(text)) {
    const slash = /([a-z ]+?)\s*(\d{4})?\s*\/\s*([a-z ]+?)\s*(\d{4})?\s*(\(|%|$)/.exec(
      f.replace(/^(so sanh|ty le|ti le)\s*(\(%\))?\s*/, ""),
    );
    if (slash) {
      const num = side(slash[1], slash[2]);
      const den = side(slash[3], slash[4]);
      if (num.measure && den.measure) return pair(num, den);
    }
    const vs = /^(?:so sanh\s+)?(.*?)\s+so(?:\s+voi)?\s+(.+?)\s*(\(%\)|%)?$/.exec(f);
    if (vs) {
      const den = side(vs[2]);
      if (den.measure) return pair(side(vs[1]), den);
    }
    if (/^(ty le|ti le) giai ngan/.test(f)) return { num: { measure: "disbursed" }, den: { measure: "plan" } };
    if (/^(ty le|ti le) (thuc hien|hoan thanh|dat)/.test(f)) return { num: { measure: "actual" }, den: { measure: "plan" } };
  }
  return undefined;
}

const WHEN = /\bnam (truoc|hien hanh|nay|ke hoach|sau)\b|\bcung ky\b/;

function side(text: string, year?: string): RateSide {
  return { measure: measureOf(text), year: year ? Number(year) : yearIn(text), when: WHEN.exec(text)?.[0] };
}

function pair(num: RateSide, den: RateSide): { num: RateSide; den: RateSide } {
  if (den.year === undefined && den.when === undefined) return { num, den: { ...den, year: num.year, when: num.when } };
  if (num.year === undefined && num.when === undefined) return { num: { ...num, year: den.year, when: den.when }, den };
  return { num, den };
}

/** The relative year a header names ("năm hiện hành"), folded; undefined when none. */
export function relativeYear(text: string): string | undefined {
  for (const f of foldVariants(text)) {
    const m = WHEN.exec(f);
    if (m) return m[0];
  }
  return undefined;
}

function yearIn(s: string): number | undefined {
  const y = /\b(19[89]\d|20\d\d)\b/.exec(s);
  return y ? Number(y[1]) : undefined;
}

function measureOf(s: string): Measure | undefined {
  const t = s.trim();
  if (t === "") return undefined;
  for (const [m, re] of MEASURES) if (re.test(t)) return m;
  return undefined;
}

/** Header words looked for, for messages about numbers no table covers. */
export const HEADER_WORDS_VI =
  "TT/STT, Nội dung/Chỉ tiêu/Tên, Kinh phí/Dự toán/Tổng số/Kế hoạch/Thực hiện, Tử số/Mẫu số/Tỷ lệ, Mục tiêu";
export const HEADER_WORDS_EN =
  "TT/STT, Nội dung/Chỉ tiêu/Tên (label), Kinh phí/Dự toán/Tổng số/Kế hoạch/Thực hiện (amounts), Tử số/Mẫu số/Tỷ lệ (rates), Mục tiêu (targets)";
