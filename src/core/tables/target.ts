/**
 * Targets as people write them: "95%", "≥ 80%", "80% trở lên", "trên 50%", "> 50%", "30% - 50%",
 * "30% đến 50%", "từ 10 đến 15", "nhóm 3/13". Parsing, phrasing back, and attainment.
 */
import { formatNumberVN } from "../number/format";
import { parseNumberText } from "../number/parse";
import { fold } from "../text/normalize";

type TargetOp = "eq" | "ge" | "gt" | "le" | "lt" | "range" | "rank";

export interface Target {
  op: TargetOp;
  /** The numbers are percentages. */
  percent: boolean;
  /** For eq/ge/gt/le/lt. */
  value?: number;
  /** For range. */
  lo?: number;
  hi?: number;
  /** For rank ("nhóm 3/13": rank 3 of 13; lower is better). */
  rank?: number;
  of?: number;
}

const NUM = "(\\d+(?:[.,]\\d+)*)";
/** A number that may carry a minus sign. */
const SNUM = "((?:-\\s*)?\\d+(?:[.,]\\d+)*)";

function num(s: string): number | undefined {
  return parseNumberText(s, "vi")?.value;
}

interface Pattern {
  re: RegExp;
  build: (m: RegExpExecArray) => Omit<Target, "percent"> | undefined;
}

const PATTERNS: Pattern[] = [
  {
    re: new RegExp(`(?:^|\\b(?:nhom|top|hang|thu|trong)\\s+)${NUM}\\s*/\\s*${NUM}\\b`),
    build: (m) => {
      const rank = num(m[1]);
      const of = num(m[2]);
      return rank === undefined || of === undefined ? undefined : { op: "rank", rank, of };
    },
  },
  {
    re: new RegExp(`${SNUM}\\s*%?\\s*(?:-|–|—|den|toi)\\s*(-?\\s*${NUM})\\s*%?`),
    build: (m) => {
      const lo = num(m[1].replace(/\s+/g, ""));
      const hi = num(m[2].replace(/\s+/g, ""));
      return lo === undefined || hi === undefined ? undefined : { op: "range", lo, hi };
    },
  },
  { re: new RegExp(`${SNUM}\\s*%?\\s*tro len`), build: (m) => one("ge", m[1].replace(/\s+/g, "")) },
  { re: new RegExp(`${SNUM}\\s*%?\\s*tro xuong`), build: (m) => one("le", m[1]) },
  {
    re: new RegExp(`(?:>=|≥|it nhat|toi thieu|khong duoi|khong it hon)\\s*${SNUM}`),
    build: (m) => one("ge", m[1].replace(/\s+/g, "")),
  },
  { re: new RegExp(`(?:<=|≤|toi da|khong qua|khong vuot qua)\\s*${SNUM}`), build: (m) => one("le", m[1]) },
  { re: new RegExp(`(?:>|\\btren|\\bhon|\\bvuot)\\s*${SNUM}`), build: (m) => one("gt", m[1]) },
  { re: new RegExp(`(?:<|\\bduoi)\\s*${SNUM}`), build: (m) => one("lt", m[1]) },
  {
    re: new RegExp(`^(?:dat|phan dau|phan dau dat|khoang|bang|muc)?\\s*(-?\\s*${NUM})\\s*(?:%|[a-z ]{0,24})$`),
    build: (m) => one("eq", m[1].replace(/\s+/g, "")),
  },
];

function one(op: TargetOp, s: string): Omit<Target, "percent"> | undefined {
  const v = num(s);
  return v === undefined ? undefined : { op, value: v };
}

export interface TargetContext {
  /** The "Đơn vị" of the row ("%", "lượt"...). */
  unit?: string;
  /** The cell has a percent number format (0,95 shows 95%). */
  percentFormat?: boolean;
}

/** Parses a target; undefined for a qualitative one ("Phổ cập dịch vụ 4G/5G", ""). */
export function parseTarget(input: string | number, ctx: TargetContext = {}): Target | undefined {
  const unitPercent = ctx.unit !== undefined && ctx.unit.trim() === "%";
  if (typeof input === "number") {
    if (!Number.isFinite(input)) return undefined;
    if (ctx.percentFormat) return { op: "eq", percent: true, value: input * 100 };
    return { op: "eq", percent: unitPercent, value: input };
  }
  const f = fold(input);
  if (f === "") return undefined;
  for (const p of PATTERNS) {
    const m = p.re.exec(f);
    if (!m) continue;
    const t = p.build(m);
    if (!t) continue;
    return { ...t, percent: t.op !== "rank" && (f.includes("%") || unitPercent) };
  }
  return undefined;
}

/** Why a target cannot be right, or undefined when it is sane. */
export function targetProblem(t: Target): { vi: string; en: string } | undefined {
  if (t.op === "range" && t.lo !== undefined && t.hi !== undefined && t.lo > t.hi) {
    return {
      vi: `khoảng có đầu dưới ${fmt(t.lo, t.percent)} lớn hơn đầu trên ${fmt(t.hi, t.percent)}`,
      en: `the range's lower end ${fmt(t.lo, t.percent)} exceeds its upper end ${fmt(t.hi, t.percent)}`,
    };
  }
  if (t.op === "rank" && t.rank !== undefined && t.of !== undefined && (t.rank < 1 || t.rank > t.of)) {
    return { vi: `thứ hạng ${t.rank}/${t.of} không thể có`, en: `rank ${t.rank}/${t.of} is impossible` };
  }
  if (t.percent) {
    for (const v of [t.value, t.lo, t.hi]) {
      if (v !== undefined && (v < 0 || v > 100)) {
        return { vi: `tỷ lệ ${fmt(v, true)} nằm ngoài 0% – 100%`, en: `the percentage ${fmt(v, true)} is outside 0% – 100%` };
      }
    }
  }
  return undefined;
}

function fmt(v: number, percent: boolean): string {
  return formatNumberVN(v, { maxDecimals: 4 }) + (percent ? "%" : "");
}

/** The target as people write it in a report: "80% trở lên", "trên 50%", "từ 30% đến 50%". */
export function phraseTarget(t: Target): string {
  const p = (v: number | undefined) => fmt(v ?? NaN, t.percent);
  switch (t.op) {
    case "eq":
      return p(t.value);
    case "ge":
      return `${p(t.value)} trở lên`;
    case "gt":
      return `trên ${p(t.value)}`;
    case "le":
      return `tối đa ${p(t.value)}`;
    case "lt":
      return `dưới ${p(t.value)}`;
    case "range":
      return `từ ${p(t.lo)} đến ${p(t.hi)}`;
    case "rank":
      return `nhóm ${t.rank}/${t.of}`;
  }
}

/**
 * Whether an actual value attains the target. For "eq" a percentage target is a floor
 * (95% of files online is met by 97%); a rank is met at or above it.
 */
export function attained(actual: number, t: Target): boolean {
  switch (t.op) {
    case "eq":
    case "ge":
      return actual >= (t.value as number);
    case "gt":
      return actual > (t.value as number);
    case "le":
      return actual <= (t.value as number);
    case "lt":
      return actual < (t.value as number);
    case "range":
      return actual >= (t.lo as number);
    case "rank":
      return actual >= 1 && actual <= (t.rank as number);
  }
}
