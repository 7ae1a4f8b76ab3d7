/**
 * Tiny, fast XML helpers for reading OOXML parts (no DOM library, no regex over whole files).
 *
 * - {@link decodeEntities}: &amp; &lt; &gt; &quot; &apos; &#NN; &#xHH; (unknown entities are kept).
 * - Line ends as XML 1.0 requires (§2.11): a literal CR LF or lone CR in text (CDATA included)
 *   reads as one LF ({@link normalizeLineEnds}), before entities are decoded — so `&#13;` still
 *   gives a CR — and before the callers decode `_xHHHH_` escapes ("A_x000D_\r\nB" → "A\r\nB").
 *   Attribute values are normalised as §3.3.3 says: a literal tab, LF, CR or CR LF is one space.
 * - {@link decodeOoxmlEscapes}: the OOXML `_xHHHH_` escapes used in strings (`_x000D_` → CR,
 *   `_x005F_` → "_", so `_x005F_x000D_` stays the literal text `_x000D_`).
 * - Scanner primitives working on index ranges of a big string without copying it:
 *   {@link tagEnd} (quote-aware end of a tag), {@link nameEnd}, {@link localStart},
 *   {@link getAttr} (namespace prefixes ignored, `xmlns` declarations skipped), {@link readText}
 *   (text up to the next tag, CDATA sections included, entities decoded), {@link findClose} (the
 *   end tag of an element; {@link findCloseOutside} when comments or CDATA may hide a false one),
 *   {@link skipSpecial} (past a comment, CDATA, declaration or end tag),
 *   and {@link own} (a value copied out of the big text, so the text can be freed).
 * - {@link parseXml}: a small element tree for the small parts (workbook, relationships, content
 *   types, styles). Element and attribute names are reduced to their local name (prefixes such
 *   as `x:` in `<x:sheet>` are ignored). Mismatched or unclosed tags throw FormatError `corrupt`.
 *   Bounded: only the elements the caller asks for are built (`keep`: paths below the root, the
 *   rest is scanned for well-formedness and dropped), at most {@link MAX_XML_NODES} elements and
 *   attributes are kept and elements nest at most {@link MAX_XML_DEPTH} deep (`too-large` beyond)
 *   — a 10 KB workbook.xml inflating to 10 MiB of `<x/>` made a 415 MB tree before.
 * - {@link decodeXmlBytes} / {@link xmlDecoderFor}: UTF-8 by default, UTF-16 when a BOM or the first "<" says so.
 */
import { FormatError } from "./errors";

const ENTITY_RE = /&(#[xX][0-9a-fA-F]{1,6}|#[0-9]{1,7}|amp|lt|gt|quot|apos);/g;

function entity(m: string, body: string): string {
  switch (body) {
    case "amp":
      return "&";
    case "lt":
      return "<";
    case "gt":
      return ">";
    case "quot":
      return '"';
    case "apos":
      return "'";
  }
  const cp = body.charCodeAt(1) === 120 || body.charCodeAt(1) === 88 ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
  if (!(cp >= 0 && cp <= 0x10ffff) || (cp >= 0xd800 && cp <= 0xdfff)) return m;
  return String.fromCodePoint(cp);
}

/** Decodes XML character and predefined entity references. Fast when there is no "&". */
export function decodeEntities(s: string): string {
  return s.indexOf("&") < 0 ? s : s.replace(ENTITY_RE, entity);
}

const CR_RE = /\r\n?/g;

/** XML 1.0 §2.11: a literal CR LF or lone CR becomes LF. Fast when there is no CR. */
export function normalizeLineEnds(s: string): string {
  return s.indexOf("\r") < 0 ? s : s.replace(CR_RE, "\n");
}

/** Raw text content as an XML parser hands it: line ends normalised, then entities decoded. */
function decodeText(raw: string): string {
  return decodeEntities(normalizeLineEnds(raw));
}

const ATTR_SPACE_RE = /\r\n|[\t\n\r]/g;

/** A raw attribute value as an XML parser hands it (§3.3.3): literal white space → " ", then entities. */
function decodeAttr(raw: string): string {
  return decodeEntities(/[\t\n\r]/.test(raw) ? raw.replace(ATTR_SPACE_RE, " ") : raw);
}

const OOXML_ESCAPE_RE = /_x([0-9A-Fa-f]{4})_/g;

/** Decodes OOXML `_xHHHH_` escapes (ST_Xstring). Fast when there is no "_x". */
export function decodeOoxmlEscapes(s: string): string {
  return s.indexOf("_x") < 0 ? s : s.replace(OOXML_ESCAPE_RE, (_m, h: string) => String.fromCharCode(parseInt(h, 16)));
}

function isSpace(c: number): boolean {
  return c === 32 || c === 10 || c === 13 || c === 9;
}

/** Index of the ">" closing the tag whose name starts at or before `from` (quote-aware), or -1. */
export function tagEnd(xml: string, from: number): number {
  const n = xml.length;
  for (let i = from; i < n; i++) {
    const c = xml.charCodeAt(i);
    if (c === 62) return i;
    if (c === 34 || c === 39) {
      const j = xml.indexOf(c === 34 ? '"' : "'", i + 1);
      if (j < 0) return -1;
      i = j;
    }
  }
  return -1;
}

/** End (exclusive) of the element name starting at `from`. */
export function nameEnd(xml: string, from: number): number {
  const n = xml.length;
  let i = from;
  while (i < n) {
    const c = xml.charCodeAt(i);
    if (c === 62 || c === 47 || isSpace(c)) break;
    i++;
  }
  return i;
}

/** Start of the local part of the name in [from, end): just after the last ":". */
export function localStart(xml: string, from: number, end: number): number {
  for (let i = end - 1; i >= from; i--) if (xml.charCodeAt(i) === 58) return i + 1;
  return from;
}

/** True when xml[from, end) (a qualified name) has the local name `local`. */
export function isLocal(xml: string, from: number, end: number, local: string): boolean {
  const ls = localStart(xml, from, end);
  return end - ls === local.length && xml.startsWith(local, ls);
}

/**
 * The (entity-decoded) value of the attribute whose local name is `name`, looking in the tag text
 * xml[start, end) (start after the element name, end at ">"), or undefined.
 */
export function getAttr(xml: string, start: number, end: number, name: string): string | undefined {
  let i = start;
  while (i < end) {
    const c = xml.charCodeAt(i);
    if (isSpace(c) || c === 47) {
      i++;
      continue;
    }
    const ns = i;
    while (i < end) {
      const d = xml.charCodeAt(i);
      if (d === 61 || isSpace(d) || d === 47 || d === 62) break;
      i++;
    }
    const ne = i;
    while (i < end && isSpace(xml.charCodeAt(i))) i++;
    if (xml.charCodeAt(i) !== 61) {
      if (i === ns) i++;
      continue; // attribute without value (malformed): skip it
    }
    i++;
    while (i < end && isSpace(xml.charCodeAt(i))) i++;
    const q = xml.charCodeAt(i);
    if (q !== 34 && q !== 39) return undefined;
    const vs = i + 1;
    const ve = xml.indexOf(q === 34 ? '"' : "'", vs);
    if (ve < 0) return undefined;
    const ls = localStart(xml, ns, ne);
    if (ne - ls === name.length && xml.startsWith(name, ls) && !(ls - ns === 6 && xml.startsWith("xmlns", ns))) {
      return decodeAttr(xml.slice(vs, ve));
    }
    i = ve + 1;
  }
  return undefined;
}

/** Out-parameter of {@link readText}. */
export interface TextEnd {
  end: number;
}

/**
 * Text content starting at `from` up to the next tag that is not a CDATA section (comments are
 * skipped), line ends normalised and entities decoded. Sets `out.end` to the index of that tag's "<" (or xml.length).
 */
export function readText(xml: string, from: number, out: TextEnd): string {
  let lt = xml.indexOf("<", from);
  if (lt < 0) lt = xml.length;
  let s = decodeText(xml.slice(from, lt));
  while (lt < xml.length && xml.charCodeAt(lt + 1) === 33) {
    let next: number;
    if (xml.startsWith("<![CDATA[", lt)) {
      const e = xml.indexOf("]]>", lt + 9);
      if (e < 0) break;
      s += normalizeLineEnds(xml.slice(lt + 9, e));
      next = e + 3;
    } else if (xml.startsWith("<!--", lt)) {
      const e = xml.indexOf("-->", lt + 4);
      if (e < 0) break;
      next = e + 3;
    } else break;
    lt = xml.indexOf("<", next);
    if (lt < 0) lt = xml.length;
    s += decodeText(xml.slice(next, lt));
  }
  out.end = lt;
  return s;
}

/**
 * Copies a string out of the big decoded XML text: V8 keeps a slice's parent string alive, and
 * we must not keep megabytes of XML around for a few cell values.
 */
export function own(s: string): string {
  return s.length < 13 ? s : (" " + s).slice(1);
}

/** Finds "</qname" followed by ">" or a space, from `from`; -1 if absent. */
export function findClose(xml: string, from: number, qname: string): number {
  const pat = "</" + qname;
  for (let i = xml.indexOf(pat, from); i >= 0; i = xml.indexOf(pat, i + 1)) {
    const c = xml.charCodeAt(i + pat.length);
    if (c === 62 || c === 32 || c === 9 || c === 10 || c === 13) return i;
  }
  return -1;
}

/**
 * As {@link findClose}, but an end tag inside a comment or a CDATA section does not count: the
 * slow path, for an element whose content holds "<!". -1 if absent (or a comment / CDATA section
 * is not closed in `xml`).
 */
export function findCloseOutside(xml: string, from: number, qname: string): number {
  const pat = "</" + qname;
  let i = from;
  for (;;) {
    const lt = xml.indexOf("<", i);
    if (lt < 0) return -1;
    if (xml.charCodeAt(lt + 1) === 33 /* ! */ && (xml.startsWith("<!--", lt) || xml.startsWith("<![CDATA[", lt))) {
      const next = skipSpecial(xml, lt);
      if (next < 0) return -1;
      i = next;
      continue;
    }
    if (xml.startsWith(pat, lt)) {
      const c = xml.charCodeAt(lt + pat.length);
      if (c === 62 || c === 32 || c === 9 || c === 10 || c === 13) return lt;
    }
    i = lt + 1;
  }
}

/** Skips "<?...?>", "<!--...-->", "<![CDATA[...]]>", "<!...>" or "</...>" at `lt`; -1 if incomplete. */
export function skipSpecial(xml: string, lt: number): number {
  const c = xml.charCodeAt(lt + 1);
  let e: number;
  if (c === 63) e = xml.indexOf("?>", lt + 2) + 1;
  else if (xml.startsWith("<!--", lt)) e = xml.indexOf("-->", lt + 4) + 2;
  else if (xml.startsWith("<![CDATA[", lt)) e = xml.indexOf("]]>", lt + 9) + 2;
  else e = xml.indexOf(">", lt + 1);
  return e <= lt ? -1 : e + 1;
}

// ---------------------------------------------------------------------------------------------

/** An element of {@link parseXml}'s tree. Names are local (prefix removed). */
export interface XmlElement {
  name: string;
  attrs: Record<string, string>;
  children: XmlElement[];
  /** Concatenated direct text content (line ends normalised, entities decoded, CDATA included, not trimmed). */
  text: string;
}

function xmlCorrupt(what: string, part?: string): FormatError {
  const p = part ? `${part}: ` : "";
  return new FormatError("corrupt", { vi: `${p}XML không hợp lệ (${what})`, en: `${p}malformed XML (${what})` });
}

/** Elements plus attributes {@link parseXml} keeps in one tree (≈ 100 bytes each: ≤ 50 MB). */
const MAX_XML_NODES = 500_000;
/** How deep {@link parseXml} lets elements nest (OOXML parts nest a dozen levels at most). */
const MAX_XML_DEPTH = 256;

function xmlTooLarge(en: string, vi: string, part?: string): FormatError {
  const p = part ? `${part}: ` : "";
  return new FormatError("too-large", { vi: `${p}${vi}`, en: `${p}${en}` });
}

function parseAttrs(xml: string, start: number, end: number, part?: string): Record<string, string> {
  const attrs: Record<string, string> = {};
  let i = start;
  while (i < end) {
    const c = xml.charCodeAt(i);
    if (isSpace(c) || c === 47) {
      i++;
      continue;
    }
    const ns = i;
    while (i < end) {
      const d = xml.charCodeAt(i);
      if (d === 61 || isSpace(d) || d === 47) break;
      i++;
    }
    const ne = i;
    while (i < end && isSpace(xml.charCodeAt(i))) i++;
    if (xml.charCodeAt(i) !== 61) {
      if (i === ns) i++;
      continue;
    }
    i++;
    while (i < end && isSpace(xml.charCodeAt(i))) i++;
    const q = xml.charCodeAt(i);
    if (q !== 34 && q !== 39) throw xmlCorrupt("attribute without quotes", part);
    const ve = xml.indexOf(q === 34 ? '"' : "'", i + 1);
    if (ve < 0 || ve > end) throw xmlCorrupt("unterminated attribute", part);
    const qname = xml.slice(ns, ne);
    if (qname !== "xmlns" && !qname.startsWith("xmlns:")) {
      const local = qname.slice(qname.lastIndexOf(":") + 1);
      if (!(local in attrs)) attrs[local] = decodeAttr(xml.slice(i + 1, ve));
    }
    i = ve + 1;
  }
  return attrs;
}

/**
 * Parses a (small) XML document into an element tree and returns the root element.
 * @param part the part name, used in error details.
 * @param keep the elements to build, as paths of local names below the root ("sheets",
 *   "sheets/sheet"); the root is always built; without `keep`, every element is.
 * @throws FormatError `corrupt` on malformed XML, `too-large` over {@link MAX_XML_NODES} or
 *   {@link MAX_XML_DEPTH}.
 */
export function parseXml(xml: string, part?: string, keep?: readonly string[]): XmlElement {
  // stack[k] is the element at depth k, or undefined when it is not kept (nor anything below it).
  const stack: (XmlElement | undefined)[] = [];
  const qnames: string[] = [];
  const paths: string[] = [];
  const keepSet = keep ? new Set(keep) : undefined;
  let nodes = 0;
  let root: XmlElement | undefined;
  const n = xml.length;
  let i = 0;
  const bad = (what: string) => xmlCorrupt(what, part);
  while (i < n) {
    const lt = xml.indexOf("<", i);
    const textEnd = lt < 0 ? n : lt;
    if (textEnd > i && stack.length > 0) {
      const top = stack[stack.length - 1];
      if (top) top.text += decodeText(xml.slice(i, textEnd));
    } else if (textEnd > i && !/^\s*$/.test(xml.slice(i, textEnd))) throw bad("text outside the root element");
    if (lt < 0) break;
    const c = xml.charCodeAt(lt + 1);
    if (c === 63) {
      // <? ... ?>
      const e = xml.indexOf("?>", lt + 2);
      if (e < 0) throw bad("unterminated processing instruction");
      i = e + 2;
    } else if (c === 33) {
      if (xml.startsWith("<!--", lt)) {
        const e = xml.indexOf("-->", lt + 4);
        if (e < 0) throw bad("unterminated comment");
        i = e + 3;
      } else if (xml.startsWith("<![CDATA[", lt)) {
        const e = xml.indexOf("]]>", lt + 9);
        if (e < 0 || stack.length === 0) throw bad("bad CDATA section");
        const top = stack[stack.length - 1];
        if (top) top.text += normalizeLineEnds(xml.slice(lt + 9, e));
        i = e + 3;
      } else {
        // <!DOCTYPE ...> possibly with an internal subset [...]; entities in it are NOT expanded.
        let e = xml.indexOf(">", lt + 2);
        const br = xml.indexOf("[", lt + 2);
        if (br >= 0 && br < e) {
          const close = xml.indexOf("]", br);
          e = close < 0 ? -1 : xml.indexOf(">", close);
        }
        if (e < 0) throw bad("unterminated declaration");
        i = e + 1;
      }
    } else if (c === 47) {
      const e = xml.indexOf(">", lt + 2);
      if (e < 0) throw bad("unterminated end tag");
      const qn = xml.slice(lt + 2, e).trim();
      if (stack.length === 0 || qnames[qnames.length - 1] !== qn) throw bad(`unexpected </${qn.slice(0, 40)}>`);
      stack.pop();
      qnames.pop();
      paths.pop();
      i = e + 1;
    } else {
      const e = tagEnd(xml, lt + 1);
      if (e < 0) throw bad("unterminated tag");
      const ne = nameEnd(xml, lt + 1);
      if (ne === lt + 1 || ne > e) throw bad("tag without a name");
      const selfClosing = xml.charCodeAt(e - 1) === 47;
      const qn = xml.slice(lt + 1, ne);
      const name = qn.slice(qn.lastIndexOf(":") + 1);
      if (stack.length === 0 && root) throw bad("more than one root element");
      const depth = stack.length;
      const path = depth === 0 ? "" : depth === 1 ? name : `${paths[depth - 1]}/${name}`;
      const parent = depth > 0 ? stack[depth - 1] : undefined;
      let el: XmlElement | undefined;
      if (depth === 0 || (parent && (!keepSet || keepSet.has(path)))) {
        el = { name, attrs: parseAttrs(xml, ne, selfClosing ? e - 1 : e, part), children: [], text: "" };
        nodes += 1 + Object.keys(el.attrs).length;
        if (nodes > MAX_XML_NODES) {
          throw xmlTooLarge(
            `more than ${MAX_XML_NODES} elements and attributes`,
            `hơn ${MAX_XML_NODES} phần tử và thuộc tính XML`,
            part,
          );
        }
        if (parent) parent.children.push(el);
        else root = el;
      }
      if (!selfClosing) {
        if (depth >= MAX_XML_DEPTH) {
          throw xmlTooLarge(
            `elements nested more than ${MAX_XML_DEPTH} deep`,
            `phần tử XML lồng nhau quá ${MAX_XML_DEPTH} cấp`,
            part,
          );
        }
        stack.push(el);
        qnames.push(qn);
        paths.push(path);
      }
      i = e + 1;
    }
  }
  if (stack.length > 0) throw xmlCorrupt(`<${qnames[qnames.length - 1].slice(0, 40)}> not closed`, part);
  if (!root) throw xmlCorrupt("no root element", part);
  return root;
}

/** The first child element named `name` (local name), or undefined. */
export function child(el: XmlElement | undefined, name: string): XmlElement | undefined {
  if (!el) return undefined;
  for (const c of el.children) if (c.name === name) return c;
  return undefined;
}

/** All child elements named `name` (local name). */
export function children(el: XmlElement | undefined, name: string): XmlElement[] {
  return el ? el.children.filter((c) => c.name === name) : [];
}

// ---------------------------------------------------------------------------------------------

/** The part of TextDecoder we use (typed here: the CLI build has no DOM lib). */
export interface XmlDecoder {
  decode(input?: Uint8Array, options?: { stream?: boolean }): string;
}

/**
 * A TextDecoder for XML bytes that start with `head`: UTF-16 when a BOM says so, or — without a BOM —
 * when the first character "<" comes as two bytes with a zero byte (XML 1.0 Appendix F: `00 3C` is
 * UTF-16BE, `3C 00` UTF-16LE; PhpSpreadsheet's utf16be.xlsx has such a workbook.xml); else UTF-8.
 */
export function xmlDecoderFor(head: Uint8Array): XmlDecoder {
  if (head.length >= 2) {
    const [a, b] = [head[0], head[1]];
    if ((a === 0xff && b === 0xfe) || (a === 0x3c && b === 0)) return new TextDecoder("utf-16le");
    if ((a === 0xfe && b === 0xff) || (a === 0 && b === 0x3c)) return new TextDecoder("utf-16be");
  }
  return new TextDecoder();
}

/** Decodes a whole XML part (see {@link xmlDecoderFor}). */
export function decodeXmlBytes(bytes: Uint8Array): string {
  return xmlDecoderFor(bytes).decode(bytes);
}
