/**
 * The docs of the checks (docs/checks/<CODE>.md), read for the pane: the section in the pane's
 * language, as blocks simple enough to render without a Markdown library. A doc is written in the
 * small subset read here — "### " headings, paragraphs, "- " and "1. " lists, "> " quotes,
 * fenced code blocks, **bold** and `code` — which test/core/checks/meta.test.ts holds every doc to.
 */
import type { Lang } from "../core/findings";

/** The headings of the language sections, in the order a doc gives them. */
export const DOC_SECTIONS: Record<Lang, string> = { vi: "Tiếng Việt", en: "English" };

export type DocBlock =
  | { kind: "heading"; text: string }
  | { kind: "paragraph"; text: string }
  | { kind: "quote"; text: string }
  | { kind: "code"; text: string }
  | { kind: "list"; ordered: boolean; items: string[] };

export interface Inline {
  kind: "text" | "code" | "strong";
  text: string;
}

/** The lines of the "## <heading>" section of a doc (up to the next "## " heading), or [] without one. */
export function sectionLines(md: string, heading: string): string[] {
  const lines = md.replace(/\r\n?/g, "\n").split("\n");
  const start = lines.findIndex((l) => l.trim() === `## ${heading}`);
  if (start < 0) return [];
  let end = start + 1;
  let fenced = false;
  for (; end < lines.length; end++) {
    if (lines[end].startsWith("```")) fenced = !fenced;
    if (!fenced && lines[end].startsWith("## ")) break;
  }
  return lines.slice(start + 1, end);
}

const ITEM = /^(?:(-)|(\d+)\.)\s+(.*)$/;

/** The blocks of some lines of a doc. */
export function parseBlocks(lines: string[]): DocBlock[] {
  const out: DocBlock[] = [];
  let para: string[] = [];
  let quote: string[] = [];
  let list: { ordered: boolean; items: string[] } | undefined;
  const flush = () => {
    if (para.length) out.push({ kind: "paragraph", text: para.join(" ") });
    if (quote.length) out.push({ kind: "quote", text: quote.join(" ") });
    if (list) out.push({ kind: "list", ...list });
    para = [];
    quote = [];
    list = undefined;
  };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const trimmed = line.trim();
    if (line.startsWith("```")) {
      flush();
      const code: string[] = [];
      for (i++; i < lines.length && !lines[i].startsWith("```"); i++) code.push(lines[i]);
      out.push({ kind: "code", text: code.join("\n") });
      continue;
    }
    if (trimmed === "") {
      flush();
      continue;
    }
    if (line.startsWith("#")) {
      flush();
      out.push({ kind: "heading", text: line.replace(/^#+\s*/, "") });
      continue;
    }
    if (line.startsWith(">")) {
      if (para.length || list) flush();
      quote.push(line.replace(/^>\s?/, ""));
      continue;
    }
    const item = ITEM.exec(line);
    if (item) {
      const ordered = item[2] !== undefined;
      if (!list || list.ordered !== ordered) {
        flush();
        list = { ordered, items: [] };
      }
      list.items.push(item[3]);
      continue;
    }
    if (list && /^\s+\S/.test(line)) {
      // A list item's continuation line.
      list.items[list.items.length - 1] += " " + trimmed;
      continue;
    }
    if (list || quote.length) flush();
    para.push(trimmed);
  }
  flush();
  return out;
}

/** The section of a check's doc in `lang`, as blocks. */
export function docSection(md: string, lang: Lang): DocBlock[] {
  return parseBlocks(sectionLines(md, DOC_SECTIONS[lang]));
}

/** A block's text split into plain text, `code` and **bold**. */
export function parseInline(text: string): Inline[] {
  const out: Inline[] = [];
  let last = 0;
  for (const m of text.matchAll(/`([^`]+)`|\*\*(.+?)\*\*/g)) {
    if (m.index > last) out.push({ kind: "text", text: text.slice(last, m.index) });
    out.push(m[1] !== undefined ? { kind: "code", text: m[1] } : { kind: "strong", text: m[2] });
    last = m.index + m[0].length;
  }
  if (last < text.length) out.push({ kind: "text", text: text.slice(last) });
  return out;
}
