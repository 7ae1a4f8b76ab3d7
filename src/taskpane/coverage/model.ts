/**
 * The coverage panel's view: from a report, per sheet what was recognised (table kind, range, the
 * columns and what verified them: "Cột D (Kinh phí): tổng nhóm, tổng cộng") or why it was skipped
 * ("trang tính trống", "không nhận ra bảng: không thấy cột TT/Nội dung/Kinh phí"), and a headline
 * that claims only the checks that ran: green only when every number cell was checked, no sheet
 * holding numbers was skipped or unread, and no error was found. Pure: text in the pane's language,
 * numbers in Vietnamese notation (the workbook's).
 */
import type { CoverageColumn, CoverageEntry, Lang, SheetCoverage, Summary } from "../../core/findings";
import { formatNumber } from "../../core/number/format";
import { type Key, t } from "../strings";

type Tone = "success" | "warning" | "error";

interface ColumnView {
  column: string;
  text: string;
  complete: boolean;
}

interface TableView {
  text: string;
  kind: CoverageEntry["kind"];
  range: string;
  complete: boolean;
  columns: ColumnView[];
}

interface SheetView {
  sheet: string;
  status: SheetCoverage["status"] | "unread";
  /** "2 bảng · 63/69 ô số", or "Bỏ qua: trang tính trống". */
  line: string;
  /** Skipped or partly unchecked while holding numbers: the panel flags it. */
  attention: boolean;
  tables: TableView[];
  /** Blocks of numbers outside every table. */
  outside: string[];
}

export interface CoverageView {
  tone: Tone;
  /** Every number cell checked, nothing holding numbers skipped, nothing unread. */
  complete: boolean;
  headline: string;
  checked: number;
  numeric: number;
  sheets: SheetView[];
  /** "Sheet!A5:F31 — cột C …": what was not checked and why, one line each. */
  notChecked: string[];
}

const n = (v: number) => formatNumber(v, "vi");

function relationCheck(lang: Lang, r: NonNullable<CoverageColumn["verified"]>["rowRelations"][number]): string {
  const key: Key = !r.result
    ? "cov.check.operand"
    : r.kind === "rate"
      ? "cov.check.rate"
      : r.kind === "subset"
        ? "cov.check.rowSubset"
        : "cov.check.rowSum";
  const text = t(lang, key, { relation: r.relation });
  return r.inferred ? t(lang, "cov.check.inferred", { check: text }) : text;
}

/** What verified a column: "tổng nhóm, tổng cộng, tỷ lệ E = C / D × 100". */
function columnChecks(lang: Lang, c: CoverageColumn): string {
  const v = c.verified;
  if (!v) return c.relations.length ? c.relations.join("; ") : t(lang, "cov.check.none");
  const parts: string[] = [];
  if (v.subtotals > 0) parts.push(t(lang, "cov.check.subtotals"));
  if (v.totals > 0) parts.push(t(lang, "cov.check.totals"));
  if (v.labelFormulas > 0) parts.push(t(lang, "cov.check.labelFormulas"));
  if (v.breakdowns > 0) parts.push(t(lang, "cov.check.breakdowns"));
  for (const r of v.rowRelations) if (r.rows > 0) parts.push(relationCheck(lang, r));
  return parts.length ? parts.join(", ") : t(lang, "cov.check.none");
}

function tableView(lang: Lang, e: CoverageEntry): TableView {
  const columns = e.columns.map((c) => ({
    column: c.column,
    text:
      t(lang, "cov.column", { column: c.column, header: c.header, checks: columnChecks(lang, c) }) +
      ` (${n(c.checkedCells)}/${n(c.numericCells)})`,
    complete: c.checkedCells === c.numericCells,
  }));
  const head = t(lang, "cov.table", {
    kind: e.kind === "unrecognized" ? "" : t(lang, `cov.kind.${e.kind}`),
    range: e.range,
    checked: n(e.checkedCells),
    numeric: n(e.numericCells),
  });
  return {
    text: e.kind === "targets" && e.numericCells === 0 ? `${head} — ${t(lang, "cov.targetsOnly")}` : head,
    kind: e.kind,
    range: e.range,
    complete: e.checkedCells === e.numericCells,
    columns,
  };
}

function skipReason(lang: Lang, s: SheetCoverage | { status: "unread" }): string {
  if (s.status !== "numbers") return t(lang, `cov.reason.${s.status as "empty" | "text" | "draft" | "details" | "unread"}`);
  const missing = s.missing ?? [];
  const what =
    missing.includes("keyColumn") && missing.includes("numberColumn")
      ? t(lang, "cov.missing.both")
      : missing.map((m) => t(lang, `cov.missing.${m}`)).join(", ");
  const located = s.nearestHeaderRow !== undefined ? t(lang, "cov.reason.nearest", { what, row: s.nearestHeaderRow }) : what;
  return t(lang, "cov.reason.numbers", { what: located });
}

/** Per sheet from `sheetCoverage`; a report without it (an older engine's) is grouped from its coverage. */
function sheetsOf(s: Summary, sheetNames: readonly string[]): SheetCoverage[] {
  if (s.sheetCoverage) return s.sheetCoverage;
  const names = [...sheetNames];
  for (const c of s.coverage) if (!names.includes(c.sheet)) names.push(c.sheet);
  return names.map((sheet) => {
    const entries = s.coverage.filter((c) => c.sheet === sheet);
    const tables = entries.filter((c) => c.kind !== "unrecognized").length;
    const numericCells = entries.reduce((a, c) => a + c.numericCells, 0);
    const checkedCells = entries.reduce((a, c) => a + c.checkedCells, 0);
    return { sheet, status: tables ? "tables" : numericCells ? "numbers" : "text", tables, numericCells, checkedCells };
  });
}

export function coverageView(summary: Summary, lang: Lang, sheetNames: readonly string[] = []): CoverageView {
  const unread = summary.unreadSheets ?? [];
  const sheets: SheetView[] = sheetsOf(summary, sheetNames).map((s) => {
    const entries = summary.coverage.filter((c) => c.sheet === s.sheet);
    const tables = entries.filter((c) => c.kind !== "unrecognized").map((e) => tableView(lang, e));
    const outside = entries
      .filter((c) => c.kind === "unrecognized")
      .map((c) => t(lang, "cov.outside", { range: c.range, cells: n(c.numericCells) }));
    const hidden = s.hidden ? ` (${t(lang, "cov.hidden")})` : "";
    const line =
      s.status === "tables"
        ? t(lang, "cov.sheetTables", { tables: s.tables, checked: n(s.checkedCells), numeric: n(s.numericCells) })
        : t(lang, "cov.sheetSkipped", { reason: skipReason(lang, s) }) +
          (s.numericCells > 0 ? ` — ${t(lang, "cov.sheetUnchecked", { numeric: n(s.numericCells) })}` : "");
    return {
      sheet: s.sheet,
      status: s.status,
      line: line + hidden,
      attention: s.checkedCells < s.numericCells,
      tables,
      outside,
    };
  });
  for (const sheet of unread) {
    if (sheets.some((s) => s.sheet === sheet)) continue;
    sheets.push({
      sheet,
      status: "unread",
      line: t(lang, "cov.sheetSkipped", { reason: skipReason(lang, { status: "unread" }) }),
      attention: true,
      tables: [],
      outside: [],
    });
  }

  const checked = summary.checkedCells;
  const numeric = summary.numericCells;
  const unchecked = numeric - checked;
  const uncheckedSheets = sheets.filter((s) => s.status !== "unread" && s.attention).map((s) => s.sheet);
  const complete = unchecked === 0 && unread.length === 0;
  const where = uncheckedSheets.length ? t(lang, "cov.onSheets", { sheets: uncheckedSheets.join(", ") }) : "";
  const params = {
    checked: n(checked),
    numeric: n(numeric),
    unchecked: n(unchecked),
    tables: summary.tables,
    errors: n(summary.errors),
    warnings: n(summary.warnings),
    where,
  };
  let headline: string;
  if (checked === 0 && summary.errors === 0) headline = t(lang, "cov.nothing");
  else if (summary.errors > 0) headline = t(lang, unchecked > 0 ? "cov.errorsPartial" : "cov.errors", params);
  else if (unchecked > 0) headline = t(lang, "cov.noErrorPartial", params);
  else headline = t(lang, summary.warnings > 0 ? "cov.allClearWarnings" : "cov.allClear", params);
  if (unread.length) headline += t(lang, "cov.unreadTail", { sheets: unread.join(", ") });
  headline = headline.replace(/ {2,}/g, " ").replace(/ ;/g, ";");

  const notChecked: string[] = [];
  for (const c of summary.coverage) {
    if (c.kind === "unrecognized") notChecked.push(`${c.sheet}!${c.range}: ${c.notes.join("; ")} (${n(c.numericCells)})`);
    else for (const note of c.notes) notChecked.push(`${c.sheet}!${c.range} — ${note}`);
  }
  const tone: Tone = summary.errors > 0 ? "error" : complete && checked > 0 ? "success" : "warning";
  return { tone, complete, headline, checked, numeric, sheets, notChecked };
}
