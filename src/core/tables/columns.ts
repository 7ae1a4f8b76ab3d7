/**
 * Which column is what, from its header and the cells below it: the numbering (TT), the label,
 * text columns (unit, note, lead unit, period …), targets written as text, and every number
 * column with its unit, whether it holds percentages, whether it is a row total, and whether
 * its rows may be added up.
 */
import { isBlankCell } from "../grid/cellText";
import type { Grid } from "../grid/grid";
import { formatInfo } from "../number/numberFormat";
import { parseNumberText } from "../number/parse";
import { foldVariants } from "../text/normalize";
import type { Header } from "./headers";
import { unitInHeader } from "./headers";
import type { HeaderTraits } from "./headerWords";
import type { Column } from "./model";
import type { NumberingRow } from "./numbering";
import { parseTarget } from "./target";

const SAMPLE_ROWS = 400;

interface Sample {
  filled: number;
  /** Texts that are units of measure ("%", "người", "hồ sơ", "triệu đồng"). */
  unitTexts: number;
  numbers: number;
  words: number;
  percentFmt: number;
  percentText: number;
  years: number;
  targetTexts: number;
}

function sampleColumn(grid: Grid, col: number, first: number): Sample {
  const s: Sample = { filled: 0, unitTexts: 0, numbers: 0, words: 0, percentFmt: 0, percentText: 0, years: 0, targetTexts: 0 };
  const last = Math.min(grid.rows.length, first + SAMPLE_ROWS);
  for (let r = first; r < last; r++) {
    const cell = grid.rows[r]?.[col];
    if (isBlankCell(cell) && cell?.formula === undefined) continue;
    s.filled++;
    const v = cell!.value;
    if (typeof v === "number" || (v === null && cell!.formula !== undefined)) {
      s.numbers++;
      if (formatInfo(cell!.numberFormat).percent) s.percentFmt++;
      if (typeof v === "number" && Number.isInteger(v) && v >= 1990 && v <= 2100) s.years++;
      continue;
    }
    if (typeof v === "string") {
      const t = v.trim();
      if (/^[-–—xX]$/.test(t)) {
        s.filled--;
        continue;
      }
      const p = parseNumberText(t, "vi");
      if (p) {
        s.numbers++;
        if (p.percent) s.percentText++;
        if (!p.percent && Number.isInteger(p.value) && p.value >= 1990 && p.value <= 2100 && !/[.,]/.test(t)) s.years++;
        continue;
      }
      s.words++;
      if (parseTarget(t) !== undefined) s.targetTexts++;
      if (UNIT_WORDS.test(foldVariants(t)[0])) s.unitTexts++;
      continue;
    }
    s.words++;
  }
  return s;
}

/** Units of measure as a "Đơn vị tính" column holds them. */
const UNIT_WORDS =
  /^(%|nguoi|ho so|luot|luot nguoi|tthc|thu tuc|to|cai|bo|may|trang|don vi|ho|km|ha|m2|chiec|van ban|(trieu|nghin|ngan|ty)? ?dong|tr\.?\s?d|thanh vien|cuoc|dich vu|tai khoan|diem|lop|nam|thang|ngay|so|phong|xa|co quan|doanh nghiep|nen tang|he thong|ung dung|csdl)\.?$/;

const SOURCE_LIKE =
  /^(ns|ngan sach|nstw|nsdp|von|nguon|trung uong|dia phuong|tinh|huyen|xa|khac|oda|vay|xa hoi hoa|doanh nghiep|nam \d{4}|\d{4}|quy|chi dau tu|chi thuong xuyen|dau tu|thuong xuyen|su nghiep)/;
const NOT_ADDITIVE = /(don gia|binh quan|trung binh|chi so|he so|ty le|ti le|muc luong)/;

/** True when a header text names a funding source or a year ("NS tỉnh", "Vốn ODA", "Năm 2024", "2025"). */
export function sourceLike(text: string): boolean {
  return foldVariants(text).some((f) => SOURCE_LIKE.test(f));
}

function any(traits: HeaderTraits[], pick: (t: HeaderTraits) => unknown): boolean {
  return traits.some((t) => Boolean(pick(t)));
}

/**
 * Classifies every header column. `first` is the first data row (cells below it are sampled);
 * `tableUnit` the "Đơn vị tính" line above the table.
 */
export function classifyColumns(
  grid: Grid,
  h: Header,
  first: number,
  numbering: NumberingRow | undefined,
  tableUnit: string | undefined,
): Column[] {
  const out: Column[] = [];
  /** Unit columns: do their cells hold units of measure (true) or names of units reporting (false)? */
  const unitLike = new Map<number, boolean>();
  for (const hc of h.columns) {
    const leaf = hc.traits[0];
    const s = sampleColumn(grid, hc.col, first);
    if (leaf.role === "unit") unitLike.set(hc.col, s.words === 0 || s.unitTexts * 2 >= s.words);
    const mostlyNumbers = s.numbers > 0 && s.numbers >= 0.6 * s.filled;
    const header = hc.path.join(" › ");
    const base = {
      col: hc.col,
      path: hc.path,
      header,
      label: numbering?.labels.get(hc.col),
      percent: false,
      totalLike: false,
      compare: false,
      additive: false,
      strong: false,
    };
    let role: Column["role"] | undefined = leaf.role;
    if (role === "group" && mostlyNumbers) role = undefined;
    if (role === "label" && mostlyNumbers && leaf.numeric) role = undefined;
    if (role !== undefined) {
      out.push({ ...base, role });
      continue;
    }
    if (leaf.target === "strong" || (leaf.target === "weak" && s.targetTexts > 0 && !mostlyNumbers)) {
      out.push({ ...base, role: "target" });
      continue;
    }
    if (leaf.source && !mostlyNumbers) {
      out.push({ ...base, role: "source" });
      continue;
    }
    const strong = any(hc.traits, (t) => t.numeric === "strong" || t.percent);
    const weak = any(hc.traits, (t) => t.numeric === "weak" || t.source || t.target);
    const yearsOnly = s.numbers > 0 && s.years === s.numbers && !strong;
    const numeric = !yearsOnly && (strong || ((weak || hc.traits.every((t) => !t.role)) && mostlyNumbers));
    if (!numeric) {
      out.push({ ...base, role: yearsOnly ? "year" : "text" });
      continue;
    }
    const percent =
      any(hc.traits.slice(0, 2), (t) => t.percent) || (s.numbers > 0 && (s.percentFmt + s.percentText) * 10 >= s.numbers * 6);
    const compare = any(hc.traits, (t) => t.compare);
    const totalLike = Boolean(leaf.totalLike);
    let unit: string | undefined;
    for (const p of [...hc.path].reverse()) {
      unit = unitInHeader(p);
      if (unit) break;
    }
    if (percent) unit = "%";
    unit ??= tableUnit;
    const measure = hc.traits.find((t) => t.measure)?.measure;
    const year = hc.traits.find((t) => t.year)?.year;
    const additive = !percent && !hc.path.some((p) => foldVariants(p).some((f) => NOT_ADDITIVE.test(f)));
    out.push({
      ...base,
      role: "number",
      percent,
      compare,
      totalLike,
      unit,
      measure,
      year,
      additive,
      strong: strong || percent,
    });
  }
  // A form without a "Nội dung" column names its rows by "Diễn giải", by a "Đơn vị" column whose
  // cells are the reporting units (not units of measure), or by "Mã số".
  if (!out.some((c) => c.role === "label")) {
    const named =
      out.find((c) => c.role === "description") ??
      out.find((c) => c.role === "unit" && unitLike.get(c.col) === false) ??
      out.find((c) => c.role === "code");
    if (named) named.role = "label";
  }
  return out;
}
