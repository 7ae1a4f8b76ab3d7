/**
 * The draft for the clipboard, to paste into Word where a .docx cannot be downloaded (Excel on
 * Mac): HTML laid out as the .docx writer (src/docx/buildDocx.ts) lays it out — the header block
 * (agency, Quốc hiệu, tiêu ngữ, số/ký hiệu, place and date), "BÁO CÁO" and the title, the
 * sections, the closing, "Nơi nhận" and the signature, each appendix from a new page with its
 * bordered table —, in Times New Roman, body 14 pt justified with a 1,27 cm first-line indent,
 * tables 13 pt as on the Bản thảo sheet (toSheet.ts). The marker of unverified numbers is kept, in
 * bold red as in the .docx. Styles are inline only (Word and the browsers' clipboard keep them);
 * every text is escaped. The same content as plain text, tables tab-separated, goes with it.
 */
import {
  DOCUMENT_KIND,
  HEADER_CELL_PAD_PT,
  MOTTO,
  NATIONAL_TITLE,
  RECIPIENTS_LABEL,
  type Rule,
  SIZE,
  TEXT_WIDTH_PT,
  appendixCaption,
  headerLayout,
  recipientLines,
  titleRule,
} from "./decree30";
import { blockText } from "./text";
import { type Block, type Draft, type TableBlock, splitMarkers, unverifiedMarker } from "./types";

const FONT = "font-family:'Times New Roman',Times,serif";
const BODY = "font-size:14pt";
const TABLE = "font-size:13pt";
const INDENT = "text-indent:1.27cm";
const CELL_BORDER = "border:1px solid #000000";
const MARKER = "color:#C00000;font-weight:bold";

/** Text as HTML: &, <, >, quotes escaped; runs of spaces kept (the blanks of "ngày      tháng"). */
function esc(text: string): string {
  return text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&#39;")
    .replace(/ {2,}/g, (s) => " " + "&nbsp;".repeat(s.length - 1))
    .replace(/\r?\n/g, "<br>");
}

interface ParaStyle {
  align?: "left" | "center" | "right" | "justify";
  /** First-line indent of 1,27 cm. */
  indent?: boolean;
  /** Space before and after, in points (0 and 6 by default). */
  before?: number;
  after?: number;
  /** Font size in points (14 by default). */
  size?: number;
  /** Starts a new page (the appendices). */
  newPage?: boolean;
  /** Kept on the page of the next paragraph (headings, the lines above a table). */
  keepNext?: boolean;
}

function p(html: string, s: ParaStyle = {}): string {
  const style = [
    `margin:${s.before ?? 0}pt 0 ${s.after ?? 6}pt 0`,
    "line-height:120%",
    `text-align:${s.align ?? "justify"}`,
    ...(s.indent ? [INDENT] : []),
    FONT,
    `font-size:${s.size ?? 14}pt`,
    ...(s.newPage ? ["page-break-before:always"] : []),
    ...(s.keepNext ? ["page-break-after:avoid"] : []),
  ];
  return `<p style="${style.join(";")}">${html}</p>`;
}

function span(text: string, style: string): string {
  return style ? `<span style="${style}">${esc(text)}</span>` : esc(text);
}

/** A block's text with its markers (right after their numbers) in bold red so they cannot be missed. */
function withMarkers(text: string, style = ""): string {
  return splitMarkers(text)
    .map((r) => span(r.text, r.marker ? MARKER : style))
    .join("");
}

/** The note under a table naming its unverified cells. */
function tableNote(t: TableBlock): string {
  const m = unverifiedMarker(t.unverified).trim();
  return m ? span(m, MARKER) : "";
}

function blockHtml(b: Block): string {
  switch (b.kind) {
    case "heading":
      return p(withMarkers(b.text, "font-weight:bold"), { indent: b.level > 1, before: b.level === 1 ? 6 : 3, keepNext: true });
    case "bullet":
      return p(withMarkers(b.text), { indent: true });
    case "paragraph": {
      const style = [b.bold ? "font-weight:bold" : "", b.italic ? "font-style:italic" : ""].filter(Boolean).join(";");
      return p(withMarkers(b.text, style), { indent: true, align: b.align ?? "justify" });
    }
    case "table":
      return tableHtml(b);
  }
}

function tableCell(text: string, style: string, width?: number): string {
  const w = width === undefined ? "" : `width:${width.toFixed(1)}%;`;
  return (
    `<td style="${w}${CELL_BORDER};padding:1.5pt 3pt;vertical-align:middle;${FONT};${TABLE};${style}">` +
    `<p style="margin:0;${FONT};${TABLE};${style}">${withMarkers(text)}</p></td>`
  );
}

/** An appendix table: title, unit, the bordered table (header repeated on each page), the marker. */
function tableHtml(t: TableBlock, caption?: string): string {
  const total = t.widths.reduce((a, b) => a + b, 0);
  const pct = t.widths.map((w) => (w / total) * 100);
  const align = (i: number) => (i === t.amountCol ? "right" : i === 0 ? "center" : "left");
  const header = t.header.map((h, i) => tableCell(h, "font-weight:bold;text-align:center", pct[i])).join("");
  const rows = t.rows
    .map(
      (r) =>
        `<tr>${r.cells
          .map((c, i) =>
            tableCell(c, `text-align:${align(i)}${r.marked?.[i] ? `;${MARKER}` : r.role === "item" ? "" : ";font-weight:bold"}`),
          )
          .join("")}</tr>`,
    )
    .join("");
  const out = [p(span(t.title, "font-weight:bold"), { align: "center", after: 3, keepNext: true })];
  if (caption) out.push(p(span(caption, "font-style:italic"), { align: "center", keepNext: true }));
  if (t.unit)
    out.push(
      p(span(`Đơn vị tính: ${t.unit}`, "font-style:italic"), { align: "right", size: SIZE.unit, after: 3, keepNext: true }),
    );
  out.push(
    `<table border="1" cellspacing="0" cellpadding="0" style="width:100%;border-collapse:collapse;${CELL_BORDER}">` +
      `<thead><tr>${header}</tr></thead><tbody>${rows}</tbody></table>`,
  );
  const m = tableNote(t);
  if (m) out.push(p(m, { before: 3 }));
  return out.join("\n");
}

/**
 * A borderless layout table of fixed column widths (points), its cells padded as the header layout
 * assumes, `outdent` points into the left margin.
 */
function layoutTable(rows: { cells: string[]; align?: "top" | "bottom" }[], widths: number[], outdent = 0): string {
  const total = widths.reduce((a, b) => a + b, 0);
  const td = (html: string, w: number, align: string) =>
    `<td style="width:${pt(w)};vertical-align:${align};border:none;padding:0 ${pt(HEADER_CELL_PAD_PT)};${FONT};${BODY}">${html}</td>`;
  return (
    `<table border="0" cellspacing="0" cellpadding="0" style="width:${pt(total)};${outdent > 0 ? `margin-left:-${pt(outdent)};` : ""}border-collapse:collapse;border:none">` +
    rows.map((r) => `<tr>${r.cells.map((c, i) => td(c, widths[i], r.align ?? "top")).join("")}</tr>`).join("") +
    `</table>`
  );
}

/** Points as CSS. */
function pt(n: number): string {
  return `${Math.round(n * 10) / 10}pt`;
}

/** A centred line of the header or signature block. */
function line(text: string, style: string, before = 0): string {
  return `<p style="margin:${before}pt 0 0 0;text-align:center;${FONT};${style}">${esc(text)}</p>`;
}

/** A horizontal line: the bottom border of an empty paragraph `height` points high, `r.indent` in from each side. */
function rule(r: Rule, height: number, after = 0): string {
  return (
    `<p style="margin:0 ${pt(r.indent)} ${after}pt ${pt(r.indent)};border-bottom:0.75pt solid #000000;` +
    `font-size:1pt;line-height:${height}pt">&nbsp;</p>`
  );
}

/**
 * The header block, as the .docx has it: the agency (governing body, the issuing body in bold
 * capitals, a line under it) | Quốc hiệu and tiêu ngữ with its line; then "Số: …" | place and date.
 */
function headerBlock(d: Draft): string {
  const m = d.meta;
  const h = headerLayout(m);
  const left = [
    ...h.parentLines.map((l) => line(l, `font-size:${h.agencySize}pt`)),
    ...h.agencyLines.map((l) => line(l, `font-size:${h.agencySize}pt;font-weight:bold`)),
    rule(h.agencyRule, 4),
  ].join("");
  const right = [
    line(NATIONAL_TITLE, `font-size:${SIZE.nationalTitle}pt;font-weight:bold`),
    line(MOTTO, `font-size:${SIZE.motto}pt;font-weight:bold`),
    rule(h.mottoRule, 4),
  ].join("");
  return layoutTable(
    [
      { cells: [left, right] },
      {
        cells: [
          line(m.documentNumber, `font-size:${SIZE.number}pt`, 6),
          line(m.dateLine, `font-size:${h.dateSize}pt;font-style:italic`, 6),
        ],
        align: "bottom",
      },
    ],
    [h.leftWidth, h.rightWidth],
    h.outdent,
  );
}

/** "Nơi nhận" on the left; the signing authority and title, room to sign, the name (never dots) on the right. */
function signatureBlock(d: Draft): string {
  const m = d.meta;
  const left = [
    `<p style="margin:0;${FONT};font-size:${SIZE.recipientsLabel}pt;font-weight:bold;font-style:italic">${esc(RECIPIENTS_LABEL)}</p>`,
    ...recipientLines(m).map((r) => `<p style="margin:0;${FONT};font-size:${SIZE.recipients}pt">${esc(r)}</p>`),
  ].join("");
  const right = [
    ...m.signerTitleLines.map((l) => line(l, `${BODY};font-weight:bold`)),
    line(m.signer, `${BODY};font-weight:bold`, 84),
  ].join("");
  return layoutTable([{ cells: [left, right] }], [0.45 * TEXT_WIDTH_PT, 0.55 * TEXT_WIDTH_PT]);
}

/** The draft as an HTML document to paste into Word. */
export function draftToHtml(d: Draft): string {
  const m = d.meta;
  const parts: string[] = [
    headerBlock(d),
    p(span(DOCUMENT_KIND, "font-weight:bold"), { align: "center", before: 18, after: 0, keepNext: true }),
    p(span(m.title, "font-weight:bold"), { align: "center", after: 0, keepNext: true }),
    ...(m.subtitle ? [p(span(m.subtitle, "font-style:italic"), { align: "center", after: 0, keepNext: true })] : []),
    rule(titleRule(m), 6, 12),
    ...d.body.map(blockHtml),
    ...(m.closing ? [p(esc(m.closing), { indent: true, before: 6, after: 12, keepNext: true })] : []),
    signatureBlock(d),
  ];
  const caption = appendixCaption(m);
  for (const appendix of d.appendices) {
    appendix.forEach((b, i) => {
      if (i === 0 && b.kind === "heading")
        parts.push(p(withMarkers(b.text, "font-weight:bold"), { align: "center", after: 0, newPage: true, keepNext: true }));
      else parts.push(b.kind === "table" ? tableHtml(b, caption) : blockHtml(b));
    });
  }
  return (
    `<!DOCTYPE html>\n<html lang="vi"><head><meta charset="utf-8"><title>${esc(m.title)}</title></head>\n` +
    `<body lang="vi" style="${FONT};${BODY}">\n${parts.join("\n")}\n</body></html>`
  );
}

/**
 * The plain-text alternative that goes with the HTML: the header lines, the title, the blocks as
 * draftToText writes them (markers included) but with table cells tab-separated, so that a paste
 * into Word or Excel keeps the columns, then the closing and the signature.
 */
export function draftToPlainText(d: Draft): string {
  const m = d.meta;
  const block = (b: Block): string[] => {
    if (b.kind !== "table") return blockText(b);
    return [
      b.title,
      ...(b.unit ? [`Đơn vị tính: ${b.unit}`] : []),
      b.header.join("\t"),
      ...b.rows.map((r) => r.cells.join("\t")),
      ...(b.unverified.length ? [unverifiedMarker(b.unverified).trim()] : []),
    ];
  };
  const h = headerLayout(m);
  return [
    ...h.parentLines,
    ...h.agencyLines,
    m.documentNumber,
    NATIONAL_TITLE,
    MOTTO,
    m.dateLine,
    "",
    DOCUMENT_KIND,
    m.title,
    ...(m.subtitle ? [m.subtitle] : []),
    "",
    ...d.body.flatMap(block),
    ...(m.closing ? ["", m.closing] : []),
    "",
    RECIPIENTS_LABEL,
    ...recipientLines(m),
    "",
    ...m.signerTitleLines,
    ...(m.signer ? [m.signer] : []),
    ...d.appendices.flatMap((a) => ["", ...a.flatMap(block)]),
  ].join("\n");
}
