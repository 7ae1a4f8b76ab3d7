/**
 * The document's own details (agency, number, place and date, signer, recipients) resolved, each
 * from the first that has it:
 *
 *   1. the details given (the CLI options `--co-quan` …);
 *   2. the "Thông tin văn bản" sheet (detailsSheet.ts);
 *   3. the tables' captions ("(Kèm theo Báo cáo số … của UBND phường Nghĩa Lộ)") and titles (the years);
 *   4. defaults: for a UBND, signed TM. / CHỦ TỊCH; recipients naming today's bodies (Sở Khoa học
 *      và Công nghệ, which took over Sở Thông tin và Truyền thông on 1 March 2025).
 *
 * What none of them gives is left as a visible blank ("UBND ………", "Số:      /BC-UBND", "ngày
 * tháng      năm 2023") and named in `missing`, never filled in silence.
 */
import type { Model } from "../tables/model";
import { appendixView } from "../tables/views";
import { tidy } from "../text/normalize";
import {
  type Agency,
  type Committee,
  captionAgency,
  findCommittee,
  headerLines,
  parseAgency,
  placeOf,
  shortName,
  symbolOf,
} from "./agency";
import { classifyAppendices } from "./classify";
import { DETAIL_ROWS, readDetailsSheet, splitRecipients } from "./detailsSheet";
import { formatIssueDate, parseIssueDate } from "./issueDate";
import type { DocumentDetails, DraftMeta, MissingDetail, SigningAuthority } from "./types";
import { upperFirst } from "../text/case";

/** The visible blank of a detail nobody gave. */
const BLANK = "………";
/** The blank of a number or a date filled in at issue ("Số:      /BC-UBND", "ngày      tháng"). */
const GAP = "      ";

/** Details from the options first, then from the sheet; recipients are taken whole from the first that lists some. */
function merged(given: DocumentDetails, sheet: DocumentDetails): DocumentDetails {
  const out: DocumentDetails = { ...sheet };
  for (const [k, v] of Object.entries(given) as [keyof DocumentDetails, DocumentDetails[keyof DocumentDetails]][]) {
    if (v === undefined || (typeof v === "string" && v.trim() === "" && k !== "authority")) continue;
    if (Array.isArray(v) && v.length === 0) continue;
    (out as Record<string, unknown>)[k] = v;
  }
  return out;
}

/** Agency and years from the tables' captions and titles. */
function fromCaptions(model: Model): { agency?: Agency; year?: number; planYear?: number } {
  let agency: Agency | undefined;
  let year: number | undefined;
  for (const t of model.tables) {
    for (const line of t.title) {
      agency ??= captionAgency(line);
      const y = /năm\s+(\d{4})\s+của/iu.exec(line);
      if (y && year === undefined) year = Number(y[1]);
    }
  }
  const { plan } = classifyAppendices(model.tables.filter((t) => t.kind === "appendix").map(appendixView));
  const planTitle = plan?.title.join(" ") ?? "";
  const py = /năm\s+(\d{4})\s*$/iu.exec(planTitle) ?? /năm\s+(\d{4})/iu.exec(planTitle);
  const planYear = py ? Number(py[1]) : undefined;
  return { agency, year, planYear };
}

function upper(s: string): string {
  return s.toLocaleUpperCase("vi");
}

/** The title of the one who heads the body: "Chủ tịch" (UBND), "Giám đốc" (Sở). */
function headTitle(a: Agency): string | undefined {
  return a.kind === "ubnd" ? "Chủ tịch" : a.kind === "so" ? "Giám đốc" : undefined;
}

/** "Phó Chủ tịch" → "Chủ tịch": the head a deputy signs for. */
function headOfDeputy(title: string): string | undefined {
  const m = /^phó\s+(.+)$/iu.exec(title.trim());
  return m ? upperFirst(m[1]) : undefined;
}

/**
 * The signature's title lines (Decree 30, Phụ lục I): TM. + the collective body, then the title
 * (a deputy signing on its behalf: "KT. CHỦ TỊCH" between); KT. + the head's title, then the
 * deputy's; or the title alone.
 */
function signatureLines(authority: SigningAuthority, title: string, a: Agency): string[] {
  const head = headOfDeputy(title) ?? headTitle(a) ?? BLANK;
  if (authority === "TM") {
    const body = a.kind === "ubnd" ? "ỦY BAN NHÂN DÂN" : headerLines(a)[headerLines(a).length - 1];
    const deputy = headOfDeputy(title);
    return [`TM. ${body}`, ...(deputy ? [`KT. ${upper(deputy)}`] : []), upper(title)];
  }
  if (authority === "KT") return [`KT. ${upper(head)}`, upper(title)];
  return [upper(title)];
}

/** "125/BC-UBND" from what was given: "Số: 125/BC-UBND", "125/BC-UBND", or the number alone ("125"). */
function documentNumber(given: string | undefined, symbol: string): { text: string; known: boolean } {
  const g = tidy(given ?? "").replace(/^số\s*:?\s*/iu, "");
  if (g === "") return { text: `Số:${GAP}/BC-${symbol}`, known: false };
  if (/^\d+$/u.test(g)) return { text: `Số: ${g}/BC-${symbol}`, known: true };
  const known = /^\d/u.test(g);
  return { text: `Số:${known ? " " : GAP}${g}`, known };
}

/** Recipients as printed (without "- "): each ending in ";", then "Lưu: VT, <unit>." */
function recipientLines(
  given: string[] | undefined,
  unit: string | undefined,
  fallback: string[],
): { lines: string[]; unit?: string } {
  const listed = (given ?? []).flatMap(splitRecipients);
  let u = unit?.trim() || undefined;
  const others: string[] = [];
  for (const r of listed) {
    const keep = /^lưu\s*:?\s*(.*)$/iu.exec(r);
    if (!keep) {
      others.push(r.replace(/[;,.\s]+$/u, ""));
      continue;
    }
    // "Lưu: VT, VHTT." written among the recipients: its unit, unless one was given.
    const units = keep[1]
      .replace(/\.$/u, "")
      .split(/\s*,\s*/u)
      .filter((x) => x !== "" && x.toUpperCase() !== "VT");
    if (!u && units.length) u = units.join(", ");
  }
  const body = others.length ? others : fallback;
  return { lines: [...body.map((r) => `${r};`), u ? `Lưu: VT, ${u}.` : "Lưu: VT."], unit: u };
}

/** The governing body's line, in capitals ("UBND TỈNH QUẢNG NGÃI"), and the committee it names. */
function governing(text: string | undefined, a: Agency): { line?: string; committee?: Committee } {
  if (text?.trim()) {
    const c = findCommittee(text);
    return { line: upper(c ? shortName(c) : tidy(text)), committee: c };
  }
  if (a.kind === "so" && a.province) return { line: upper(shortName(a.province)), committee: a.province };
  return {};
}

/** The meta of a draft of `model`, given the details the user gave (they win over the sheet). */
export function resolveMeta(model: Model, details: DocumentDetails = {}): DraftMeta {
  const sheet = model.details?.[0];
  const d = merged(details, sheet ? readDetailsSheet(sheet) : {});
  const captions = fromCaptions(model);
  const missing: MissingDetail[] = [];
  const miss = (field: keyof DocumentDetails) => {
    const r = DETAIL_ROWS.find((x) => x.field === field);
    if (r && !missing.some((m) => m.key === r.option)) missing.push({ key: r.option, vi: r.vi, en: r.en });
  };

  // The issuing body: given, or named by a caption; unknown, a UBND with a blank name.
  const given = d.issuingBody?.trim() ? parseAgency(d.issuingBody) : undefined;
  const agency = given ?? captions.agency;
  const body: Agency = agency ?? { kind: "ubnd", area: "", name: BLANK };
  const gov = governing(d.governingBody, body);
  if (!agency) miss("issuingBody");
  if (body.kind === "so" && !gov.line) miss("governingBody");

  const agencyLines = agency ? headerLines(body) : ["ỦY BAN NHÂN DÂN", BLANK];
  const agencyShort = agency ? shortName(body) : `UBND ${BLANK}`;
  const oneLine = agency ? upper(agencyShort) : `UBND ${BLANK}`;
  const areaKind = body.kind === "ubnd" ? body.area : (gov.committee?.area ?? "");

  // Years: the captions', else the date's; the plan year follows.
  const date = d.date ? parseIssueDate(d.date) : undefined;
  let year = captions.year ?? (captions.planYear !== undefined ? captions.planYear - 1 : undefined);
  year ??= date?.year ?? new Date().getFullYear();
  const planYear = captions.planYear ?? year + 1;

  const symbol = symbolOf(body) ?? BLANK;
  const number = documentNumber(d.documentNumber, symbol);
  if (!number.known) miss("documentNumber");

  const place =
    d.place?.trim() || (body.kind === "ubnd" && agency ? placeOf(body) : gov.committee ? placeOf(gov.committee) : undefined);
  if (!place) miss("place");
  if (!date) miss("date");
  const dateLine = `${place ?? BLANK}, ${date ? formatIssueDate(date) : `ngày${GAP}tháng${GAP}năm ${year}`}`;

  const signerTitleGiven = d.signerTitle?.trim();
  const authority: SigningAuthority =
    d.authority ?? (signerTitleGiven && headOfDeputy(signerTitleGiven) ? "KT" : body.kind === "ubnd" ? "TM" : "");
  const head = headTitle(body);
  const defaultTitle = head && (authority === "KT" ? `Phó ${head}` : head);
  const signerTitle = signerTitleGiven || defaultTitle;
  if (!signerTitle) miss("signerTitle");
  const signer = d.signer?.trim() ?? "";
  if (!signer) miss("signer");

  const fallback =
    body.kind === "so"
      ? [gov.committee ? `${shortName(gov.committee)} (b/c)` : "UBND tỉnh (b/c)"]
      : ["Sở Khoa học và Công nghệ (b/c)"];
  const recipients = recipientLines(d.recipients, d.draftingUnit, fallback);
  if (!recipients.unit) miss("draftingUnit");

  return {
    ...(gov.line ? { parentAgency: gov.line } : {}),
    agency: oneLine,
    agencyLines,
    agencyShort,
    areaKind,
    place: place ?? BLANK,
    dateLine,
    year,
    planYear,
    documentNumber: number.text,
    title: `Kết quả thực hiện công tác chuyển đổi số${areaKind ? ` trên địa bàn ${areaKind}` : ""} năm ${year}`,
    signerTitleLines: signatureLines(authority, signerTitle ?? BLANK, body),
    signer,
    recipients: recipients.lines,
    closing: `${agencyShort} kính báo cáo./.`,
    missing: missing.sort((a, b) => order(a.key) - order(b.key)),
  };
}

function order(option: string): number {
  return DETAIL_ROWS.findIndex((r) => r.option === option);
}
