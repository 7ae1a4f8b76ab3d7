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
import { appendixCaption } from "./decree30";
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
      return p(withMarkers(b.text, "font-weight:bold"), { indent: b.level > 1, before: b.level === 1 ? 6 : 3 });
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
    `<p style="margin:0;${FONT};${TABLE};${style}">${esc(text)}</p></td>`
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
          .map((c, i) => tableCell(c, `text-align:${align(i)}${r.role === "item" ? "" : ";font-weight:bold"}`))
          .join("")}</tr>`,
    )
    .join("");
  const out = [p(span(t.title, "font-weight:bold"), { align: "center", after: 3 })];
  if (caption) out.push(p(span(caption, "font-style:italic"), { align: "center", size: 13 }));
  if (t.unit) out.push(p(span(`Đơn vị tính: ${t.unit}`, "font-style:italic"), { align: "right", size: 12, after: 3 }));
  out.push(
    `<table border="1" cellspacing="0" cellpadding="0" style="width:100%;border-collapse:collapse;${CELL_BORDER}">` +
      `<thead><tr>${header}</tr></thead><tbody>${rows}</tbody></table>`,
  );
  const m = tableNote(t);
  if (m) out.push(p(m, { before: 3 }));
  return out.join("\n");
}

/** Two columns without borders, as a layout table. */
function layoutTable(left: string, right: string, leftPct: number): string {
  const td = (html: string, w: number) =>
    `<td style="width:${w}%;vertical-align:top;border:none;padding:0 3pt;${FONT};${BODY}">${html}</td>`;
  return (
    `<table border="0" cellspacing="0" cellpadding="0" style="width:100%;border-collapse:collapse;border:none">` +
    `<tr>${td(left, leftPct)}${td(right, 100 - leftPct)}</tr></table>`
  );
}

/** A centred line of the header or signature block. */
function line(text: string, style: string, after = 0): string {
  return `<p style="margin:0 0 ${after}pt 0;text-align:center;${FONT};${style}">${esc(text)}</p>`;
}

function headerBlock(d: Draft): string {
  const m = d.meta;
  const left = [
    ...(m.parentAgency ? [line(m.parentAgency, "font-size:13pt")] : []),
    line(m.agency, "font-size:13pt;font-weight:bold"),
    line("_______", "font-size:10pt", 6),
    line(m.documentNumber, "font-size:13pt"),
  ].join("");
  const right = [
    line("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "font-size:12pt;font-weight:bold"),
    line("Độc lập - Tự do - Hạnh phúc", "font-size:13pt;font-weight:bold;text-decoration:underline", 12),
    line(m.dateLine, `${BODY};font-style:italic`),
  ].join("");
  return layoutTable(left, right, 40);
}

function signatureBlock(d: Draft): string {
  const m = d.meta;
  const left = [
    `<p style="margin:0;${FONT};font-size:12pt;font-weight:bold;font-style:italic">${esc("Nơi nhận:")}</p>`,
    ...m.recipients.map((r) => `<p style="margin:0;${FONT};font-size:11pt">${esc(`- ${r}`)}</p>`),
  ].join("");
  const right = [
    ...m.signerTitleLines.map((l) => line(l, `${BODY};font-weight:bold`)),
    line("", BODY, 60),
    line(m.signer, `${BODY};font-weight:bold`),
  ].join("");
  return layoutTable(left, right, 50);
}

/** The draft as an HTML document to paste into Word. */
export function draftToHtml(d: Draft): string {
  const m = d.meta;
  const parts: string[] = [
    headerBlock(d),
    p(span("BÁO CÁO", "font-weight:bold"), { align: "center", before: 12, after: 0 }),
    p(span(m.title, "font-weight:bold"), { align: "center", after: m.subtitle ? 0 : 12 }),
    ...(m.subtitle ? [p(span(m.subtitle, "font-style:italic"), { align: "center", after: 12 })] : []),
    ...d.body.map(blockHtml),
    ...(m.closing ? [p(esc(m.closing), { indent: true, before: 6 })] : []),
    signatureBlock(d),
  ];
  for (const appendix of d.appendices) {
    const caption = appendixCaption(m);
    appendix.forEach((b, i) => {
      if (i === 0 && b.kind === "heading")
        parts.push(p(withMarkers(b.text, "font-weight:bold"), { align: "center", after: 0, newPage: true }));
      else parts.push(b.kind === "table" ? tableHtml(b, caption) : blockHtml(b));
    });
  }
  return (
    `<!DOCTYPE html>\n<html lang="vi"><head><meta charset="utf-8"><title>${esc(m.title)}</title></head>\n` +
    `<body style="${FONT};${BODY}">\n${parts.join("\n")}\n</body></html>`
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
  return [
    ...(m.parentAgency ? [m.parentAgency] : []),
    m.agency,
    m.documentNumber,
    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
    "Độc lập - Tự do - Hạnh phúc",
    m.dateLine,
    "",
    "BÁO CÁO",
    m.title,
    ...(m.subtitle ? [m.subtitle] : []),
    "",
    ...d.body.flatMap(block),
    ...(m.closing ? ["", m.closing] : []),
    "",
    ...m.signerTitleLines,
    ...(m.signer ? [m.signer] : []),
    ...d.appendices.flatMap((a) => ["", ...a.flatMap(block)]),
  ].join("\n");
}
