/**
 * Editing a small XML part in place (workbook.xml, its relationships, [Content_Types].xml,
 * styles.xml): where its elements start and end, and text spliced in at those places — every byte
 * not edited stays as it was (declarations, prefixes, unknown elements, extension lists, white
 * space).
 *
 * - {@link scanElements}: the element tree as positions, down to `depth` levels below the root
 *   (deeper elements are skipped over, not recorded); comments, CDATA, processing instructions and
 *   quoted ">" are stepped over. Mismatched tags are `corrupt`.
 * - {@link Edits}: insertions and replacements at positions of the original text, applied at once
 *   (so positions found before stay valid); helpers to append children to an element (opening a
 *   self-closing one), to set an attribute, and to place a new child by the schema's order.
 * - {@link escapeXmlText}, {@link escapeXmlAttr}: text for an element or an attribute value.
 *
 * Pure TypeScript (no Node APIs).
 */
import { FormatError } from "./errors";
import { getAttr, localStart, nameEnd, skipSpecial, tagEnd } from "./xml";

/** An element of a scanned part, as positions in its text. */
export interface XmlSpan {
  /** Qualified name ("x:sheet") and local name ("sheet"); `prefix` is "x:" or "". */
  qname: string;
  local: string;
  prefix: string;
  /** Index of the "<" of the start tag. */
  start: number;
  /** Index just after the name in the start tag (attributes run from here to the tag's end). */
  attrsStart: number;
  /** Index of the ">" of the start tag ("/>" ends at its ">"). */
  tagClose: number;
  selfClosing: boolean;
  /** Index of the "<" of the end tag; for a self-closing element, `tagClose + 1`. */
  closeStart: number;
  /** Index just after the element. */
  end: number;
  children: XmlSpan[];
}

function corrupt(part: string, what: string): FormatError {
  return new FormatError("corrupt", { vi: `${part}: XML không hợp lệ (${what})`, en: `${part}: malformed XML (${what})` });
}

/** The root element of `xml` with its children down to `depth` levels. @throws FormatError `corrupt` */
export function scanElements(xml: string, part: string, depth = 2): XmlSpan {
  const stack: XmlSpan[] = [];
  let root: XmlSpan | undefined;
  let i = 0;
  for (;;) {
    const lt = xml.indexOf("<", i);
    if (lt < 0) break;
    const c = xml.charCodeAt(lt + 1);
    if (c === 33 /* ! */ || c === 63 /* ? */) {
      const next = skipSpecial(xml, lt);
      if (next < 0) throw corrupt(part, "unterminated comment or declaration");
      i = next;
      continue;
    }
    const gt = tagEnd(xml, lt + 1);
    if (gt < 0) throw corrupt(part, "unterminated tag");
    if (c === 47 /* / */) {
      const ne = nameEnd(xml, lt + 2);
      const qname = xml.slice(lt + 2, ne);
      const open = stack.pop();
      if (!open || open.qname !== qname) throw corrupt(part, `unexpected </${qname}>`);
      open.closeStart = lt;
      open.end = gt + 1;
      i = gt + 1;
      continue;
    }
    const ne = nameEnd(xml, lt + 1);
    const qname = xml.slice(lt + 1, ne);
    const ls = localStart(xml, lt + 1, ne);
    const selfClosing = xml.charCodeAt(gt - 1) === 47;
    const span: XmlSpan = {
      qname,
      local: xml.slice(ls, ne),
      prefix: xml.slice(lt + 1, ls),
      start: lt,
      attrsStart: ne,
      tagClose: gt,
      selfClosing,
      closeStart: selfClosing ? gt + 1 : -1,
      end: selfClosing ? gt + 1 : -1,
      children: [],
    };
    if (!root) {
      if (stack.length > 0) throw corrupt(part, "content after the root element");
      root = span;
    } else if (stack.length === 0) throw corrupt(part, "a second root element");
    else if (stack.length <= depth) stack[stack.length - 1].children.push(span);
    if (!selfClosing) stack.push(span);
    i = gt + 1;
  }
  if (!root) throw corrupt(part, "no root element");
  if (stack.length > 0) throw corrupt(part, `<${stack[stack.length - 1].qname}> not closed`);
  return root;
}

/** The direct children of `el` with the local name `local`. */
export function childrenNamed(el: XmlSpan | undefined, local: string): XmlSpan[] {
  return el ? el.children.filter((c) => c.local === local) : [];
}

export function childNamed(el: XmlSpan | undefined, local: string): XmlSpan | undefined {
  return el?.children.find((c) => c.local === local);
}

/** An attribute of `el` by local name (entity-decoded), or undefined. */
export function attrOf(xml: string, el: XmlSpan, local: string): string | undefined {
  return getAttr(xml, el.attrsStart, el.tagClose, local);
}

/** The namespace prefixes declared on `el`: prefix ("" for the default namespace) → URI. */
export function namespacesOf(xml: string, el: XmlSpan): Map<string, string> {
  const out = new Map<string, string>();
  const tag = xml.slice(el.attrsStart, el.tagClose);
  for (const m of tag.matchAll(/\sxmlns(?::([\w.-]+))?\s*=\s*("([^"]*)"|'([^']*)')/g)) {
    out.set(m[1] ?? "", m[3] ?? m[4] ?? "");
  }
  return out;
}

/** Text for an element's content: `&`, `<`, `>` escaped. */
export function escapeXmlText(s: string): string {
  return s.replace(/[&<>]/g, (c) => (c === "&" ? "&amp;" : c === "<" ? "&lt;" : "&gt;"));
}

/** Text for a double-quoted attribute value (white space kept as character references). */
export function escapeXmlAttr(s: string): string {
  return s.replace(/[&<>"\t\n\r]/g, (c) => {
    switch (c) {
      case "&":
        return "&amp;";
      case "<":
        return "&lt;";
      case ">":
        return "&gt;";
      case '"':
        return "&quot;";
      default:
        return `&#${c.charCodeAt(0)};`;
    }
  });
}

/** Insertions and replacements at positions of one original text, applied together. */
export class Edits {
  private readonly list: { from: number; to: number; text: string; seq: number }[] = [];
  /** Self-closing elements already opened by {@link append} (by start index). */
  private readonly opened = new Set<number>();

  constructor(readonly xml: string) {}

  /** Replaces xml[from, to) by `text` (from === to: inserts). Edits must not overlap. */
  replace(from: number, to: number, text: string, seq = this.list.length): void {
    this.list.push({ from, to, text, seq });
  }

  insert(at: number, text: string): void {
    this.replace(at, at, text);
  }

  /** Appends `text` as the last content of `el` (a self-closing element is opened). */
  append(el: XmlSpan, text: string): void {
    if (el.selfClosing) {
      if (!this.opened.has(el.start)) {
        this.opened.add(el.start);
        this.replace(this.xml.lastIndexOf("/", el.tagClose), el.tagClose + 1, ">");
        this.replace(el.tagClose + 1, el.tagClose + 1, `</${el.qname}>`, Infinity); // after every appended text
      }
      this.insert(el.tagClose + 1, text);
    } else this.insert(el.closeStart, text);
  }

  /** Sets the attribute `name` (a qualified name as written) of `el` to `value`. */
  setAttr(el: XmlSpan, name: string, value: string): void {
    const tag = this.xml.slice(el.attrsStart, el.tagClose);
    const re = new RegExp(`(\\s${name.replace(/[.:-]/g, "\\$&")}\\s*=\\s*)("[^"]*"|'[^']*')`);
    const m = re.exec(tag);
    if (m) {
      const at = el.attrsStart + m.index + m[1].length;
      this.replace(at, at + m[2].length, `"${escapeXmlAttr(value)}"`);
    } else this.insert(el.attrsStart, ` ${name}="${escapeXmlAttr(value)}"`);
  }

  /**
   * Inserts `text` (a new child of `parent`) where the schema's `order` of children puts an
   * element named `local`: after the last present child that comes before it, else first.
   */
  insertInOrder(parent: XmlSpan, local: string, order: readonly string[], text: string): void {
    const rank = order.indexOf(local);
    let after: XmlSpan | undefined;
    for (const c of parent.children) {
      const r = order.indexOf(c.local);
      if (r >= 0 && r < rank) after = c;
    }
    if (after) this.insert(after.end, text);
    else if (parent.selfClosing) this.append(parent, text);
    else this.insert(parent.tagClose + 1, text);
  }

  /** The text with every edit applied. */
  apply(): string {
    const sorted = [...this.list].sort((a, b) => a.from - b.from || a.seq - b.seq);
    let out = "";
    let at = 0;
    for (const e of sorted) {
      if (e.from < at) throw new Error("overlapping XML edits");
      out += this.xml.slice(at, e.from) + e.text;
      at = e.to;
    }
    return out + this.xml.slice(at);
  }
}
