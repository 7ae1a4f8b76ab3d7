/**
 * A small XML parser, enough for manifests: elements, attributes, text, CDATA, comments,
 * processing instructions and a DOCTYPE (skipped). It reports the line of the first error.
 */

export class XmlError extends Error {}

export interface XmlEl {
  name: string;
  attrs: Record<string, string>;
  children: XmlEl[];
  text: string;
  line: number;
  parent?: XmlEl;
}

const ENTITIES = new Map<string, string>([
  ["amp", "&"],
  ["lt", "<"],
  ["gt", ">"],
  ["quot", '"'],
  ["apos", "'"],
]);

function decodeEntities(s: string, line: number): string {
  return s.replace(/&(#x[0-9a-fA-F]+|#\d+|[A-Za-z]+);|&/g, (_m, ent: string | undefined) => {
    if (!ent) throw new XmlError(`line ${line}: bare "&" (write &amp;)`);
    if (ent[0] === "#") return String.fromCodePoint(ent[1] === "x" ? parseInt(ent.slice(2), 16) : parseInt(ent.slice(1), 10));
    const value = ENTITIES.get(ent);
    if (value === undefined) throw new XmlError(`line ${line}: unknown entity &${ent};`);
    return value;
  });
}

const NAME = "[A-Za-z_][\\w.:-]*";
const RE_OPEN = new RegExp(`<(${NAME})((?:\\s+${NAME}\\s*=\\s*(?:"[^"<]*"|'[^'<]*'))*)\\s*(/?)>`, "y");
const RE_ATTR = new RegExp(`(${NAME})\\s*=\\s*(?:"([^"<]*)"|'([^'<]*)')`, "g");
const RE_CLOSE = new RegExp(`</(${NAME})\\s*>`, "y");

/**
 * Parses XML into {name, attrs, children, text, line} and returns the root element. Throws
 * XmlError on malformed input (unclosed or mismatched tags, duplicate attributes, stray "<" or "&",
 * text outside the root...).
 */
export function parseXml(text: string): XmlEl {
  const doc: XmlEl = { name: "#document", attrs: {}, children: [], text: "", line: 1 };
  const stack: XmlEl[] = [doc];
  let i = 0;
  let line = 1;
  let rootSeen = false;
  const advance = (to: number) => {
    for (let k = i; k < to; k++) if (text.charCodeAt(k) === 10) line++;
    i = to;
  };
  if (text.charCodeAt(0) === 0xfeff) i = 1;
  while (i < text.length) {
    const top = stack[stack.length - 1];
    if (text.startsWith("<?", i)) {
      const end = text.indexOf("?>", i);
      if (end < 0) throw new XmlError(`line ${line}: unterminated processing instruction`);
      if (text.startsWith("<?xml", i) && i > (text.charCodeAt(0) === 0xfeff ? 1 : 0)) {
        throw new XmlError(`line ${line}: the XML declaration must come first`);
      }
      advance(end + 2);
    } else if (text.startsWith("<!--", i)) {
      const end = text.indexOf("-->", i + 4);
      if (end < 0) throw new XmlError(`line ${line}: unterminated comment`);
      if (text.slice(i + 4, end).includes("--")) throw new XmlError(`line ${line}: "--" inside a comment`);
      advance(end + 3);
    } else if (text.startsWith("<![CDATA[", i)) {
      const end = text.indexOf("]]>", i);
      if (end < 0) throw new XmlError(`line ${line}: unterminated CDATA`);
      if (stack.length === 1) throw new XmlError(`line ${line}: CDATA outside the root element`);
      top.text += text.slice(i + 9, end);
      advance(end + 3);
    } else if (text.startsWith("<!DOCTYPE", i)) {
      const end = text.indexOf(">", i);
      if (end < 0) throw new XmlError(`line ${line}: unterminated DOCTYPE`);
      advance(end + 1);
    } else if (text.startsWith("</", i)) {
      RE_CLOSE.lastIndex = i;
      const m = RE_CLOSE.exec(text);
      if (!m) throw new XmlError(`line ${line}: malformed closing tag`);
      if (stack.length === 1) throw new XmlError(`line ${line}: closing tag </${m[1]}> without an opening tag`);
      if (m[1] !== top.name) throw new XmlError(`line ${line}: </${m[1]}> closes <${top.name}> (opened on line ${top.line})`);
      stack.pop();
      advance(RE_CLOSE.lastIndex);
    } else if (text[i] === "<") {
      RE_OPEN.lastIndex = i;
      const m = RE_OPEN.exec(text);
      if (!m) throw new XmlError(`line ${line}: malformed tag`);
      if (stack.length === 1) {
        if (rootSeen) throw new XmlError(`line ${line}: a second root element <${m[1]}>`);
        rootSeen = true;
      }
      const el: XmlEl = { name: m[1], attrs: {}, children: [], text: "", line };
      RE_ATTR.lastIndex = 0;
      let a: RegExpExecArray | null;
      while ((a = RE_ATTR.exec(m[2]))) {
        if (Object.hasOwn(el.attrs, a[1])) throw new XmlError(`line ${line}: duplicate attribute ${a[1]} on <${m[1]}>`);
        el.attrs[a[1]] = decodeEntities(a[2] !== undefined ? a[2] : a[3], line);
      }
      el.parent = top;
      top.children.push(el);
      advance(RE_OPEN.lastIndex);
      if (!m[3]) stack.push(el);
    } else {
      const end = text.indexOf("<", i);
      const chunk = text.slice(i, end < 0 ? text.length : end);
      if (stack.length === 1) {
        if (chunk.trim() !== "") throw new XmlError(`line ${line}: text outside the root element`);
      } else {
        top.text += decodeEntities(chunk, line);
      }
      advance(end < 0 ? text.length : end);
    }
  }
  if (stack.length > 1) {
    const open = stack[stack.length - 1];
    throw new XmlError(`<${open.name}> opened on line ${open.line} is never closed`);
  }
  if (!rootSeen) throw new XmlError("no root element");
  return doc.children[0];
}

/** The local name (without prefix): "bt:Image" -> "Image". */
export function local(name: string): string {
  const k = name.indexOf(":");
  return k < 0 ? name : name.slice(k + 1);
}

/** All elements below `el` (depth first), optionally only those with this local name. */
export function all(el: XmlEl, localName?: string): XmlEl[] {
  const out: XmlEl[] = [];
  const walk = (e: XmlEl) => {
    for (const c of e.children) {
      if (!localName || local(c.name) === localName) out.push(c);
      walk(c);
    }
  };
  walk(el);
  return out;
}

/** The first child of `el` with this local name (undefined when `el` is). */
export function child(el: XmlEl | undefined, localName: string): XmlEl | undefined {
  return el?.children.find((c) => local(c.name) === localName);
}
