/**
 * The cell styles of added sheets, appended to a package's styles.xml: new fonts, a thin border,
 * number formats and cell formats (`cellXfs`) go after the existing ones, so every index the
 * workbook's own cells use keeps its meaning. Without a styles part, a whole one is made.
 *
 * A style is asked for with {@link NewStyles.xf}, which gives the index to write in `<c s="…">`;
 * {@link NewStyles.apply} then returns the edited (or new) styles.xml text.
 */
import { Edits, attrOf, childNamed, childrenNamed, escapeXmlAttr, scanElements, type XmlSpan } from "./xmlEdit";

/** What one cell looks like. */
export interface CellStyle {
  font: { name: string; size: number; bold?: boolean; italic?: boolean; underline?: boolean; color?: string };
  numFmt?: string;
  border?: boolean;
  align?: "left" | "center" | "right" | "justify";
  vertical?: "top" | "middle" | "bottom";
  wrap?: boolean;
}

/** The built-in number formats (ECMA-376 §18.8.30) a SheetSpec may name. */
const BUILTIN_FORMATS: Record<string, number> = {
  General: 0,
  "0": 1,
  "0.00": 2,
  "#,##0": 3,
  "#,##0.00": 4,
  "0%": 9,
  "0.00%": 10,
  "0.00E+00": 11,
  "@": 49,
};

/** The order of styleSheet's children (CT_Stylesheet). */
const STYLESHEET_ORDER = [
  "numFmts",
  "fonts",
  "fills",
  "borders",
  "cellStyleXfs",
  "cellXfs",
  "cellStyles",
  "dxfs",
  "tableStyles",
  "colors",
  "extLst",
] as const;

export const STYLES_CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml";

const num = (s: string | undefined): number => {
  const n = s === undefined ? NaN : Number(s);
  return Number.isInteger(n) ? n : NaN;
};

function fontXml(p: string, f: CellStyle["font"]): string {
  const color = f.color && /^[0-9A-Fa-f]{6}$/.test(f.color) ? `<${p}color rgb="FF${f.color.toUpperCase()}"/>` : "";
  return (
    `<${p}font>${f.bold ? `<${p}b/>` : ""}${f.italic ? `<${p}i/>` : ""}${f.underline ? `<${p}u/>` : ""}` +
    `<${p}sz val="${f.size}"/>${color}<${p}name val="${escapeXmlAttr(f.name)}"/></${p}font>`
  );
}

/** Elements appended after the `base` a list already holds: each distinct one once, known by its index. */
class Appended {
  readonly items: string[] = [];
  private readonly index = new Map<string, number>();

  constructor(readonly base: number) {}

  /** The index of `xml` in the list, appended when new. */
  indexOf(xml: string): number {
    let i = this.index.get(xml);
    if (i === undefined) {
      i = this.base + this.items.length;
      this.items.push(xml);
      this.index.set(xml, i);
    }
    return i;
  }
}

export class NewStyles {
  private readonly root: XmlSpan | undefined;
  /** The element prefix of the styles part ("x:" or ""). */
  private readonly p: string;
  private readonly borderBase: number;
  private readonly customFormats = new Map<string, number>();
  private nextFormatId: number;
  private readonly fonts: Appended;
  private readonly formats: { id: number; code: string }[] = [];
  private thinBorder: number | undefined;
  private readonly xfs: Appended;
  /** The workbook's default font (font 0), for sheets that name none. */
  readonly defaultFont: { name: string; size: number };

  /** @param xml the package's styles.xml, undefined when it has none. @throws FormatError `corrupt` */
  constructor(
    private readonly xml: string | undefined,
    part = "xl/styles.xml",
  ) {
    this.root = xml === undefined ? undefined : scanElements(xml, part, 2);
    this.p = this.root?.prefix ?? "";
    const fonts = childrenNamed(childNamed(this.root, "fonts"), "font");
    // Without fonts, font 0 (the workbook's default) is added first.
    this.fonts = new Appended(fonts.length > 0 ? fonts.length : 1);
    this.borderBase = childrenNamed(childNamed(this.root, "borders"), "border").length;
    const xfs = childrenNamed(childNamed(this.root, "cellXfs"), "xf").length;
    // Without cellXfs, index 0 (the style of every unstyled cell) is added first.
    this.xfs = new Appended(xfs > 0 ? xfs : 1);
    let maxId = 163;
    for (const f of childrenNamed(childNamed(this.root, "numFmts"), "numFmt")) {
      const id = num(attrOf(xml!, f, "numFmtId"));
      const code = attrOf(xml!, f, "formatCode");
      if (!Number.isNaN(id)) {
        maxId = Math.max(maxId, id);
        if (code !== undefined && !this.customFormats.has(code)) this.customFormats.set(code, id);
      }
    }
    this.nextFormatId = maxId + 1;
    this.defaultFont = { name: "Calibri", size: 11 };
    if (fonts.length > 0) {
      // <font><sz val="11"/><name val="Calibri"/></font>: its children are below the scanned depth.
      const text = xml!.slice(fonts[0].start, fonts[0].end);
      const sz = /<(?:\w+:)?sz\s+val\s*=\s*["']([\d.]+)["']/.exec(text);
      const name = /<(?:\w+:)?name\s+val\s*=\s*["']([^"']+)["']/.exec(text);
      if (sz && Number(sz[1]) > 0) this.defaultFont.size = Number(sz[1]);
      if (name) this.defaultFont.name = name[1];
    }
  }

  private numFmtId(code: string | undefined): number {
    if (code === undefined || code === "") return 0;
    const builtin = BUILTIN_FORMATS[code];
    if (builtin !== undefined) return builtin;
    const known = this.customFormats.get(code);
    if (known !== undefined) return known;
    const id = this.nextFormatId++;
    this.customFormats.set(code, id);
    this.formats.push({ id, code });
    return id;
  }

  /** The index of the cell format `s` (added when new). */
  xf(s: CellStyle): number {
    const p = this.p;
    const numFmtId = this.numFmtId(s.numFmt);
    const fontId = this.fonts.indexOf(fontXml(p, s.font));
    let borderId = 0;
    if (s.border) {
      if (this.thinBorder === undefined) this.thinBorder = this.borderBase === 0 ? 1 : this.borderBase;
      borderId = this.thinBorder;
    }
    const align: string[] = [];
    if (s.align) align.push(`horizontal="${s.align}"`);
    if (s.vertical) align.push(`vertical="${s.vertical === "middle" ? "center" : s.vertical}"`);
    if (s.wrap) align.push(`wrapText="1"`);
    const xml =
      `<${p}xf numFmtId="${numFmtId}" fontId="${fontId}" fillId="0" borderId="${borderId}" xfId="0"` +
      `${numFmtId ? ` applyNumberFormat="1"` : ""} applyFont="1"${borderId ? ` applyBorder="1"` : ""}` +
      (align.length ? ` applyAlignment="1"><${p}alignment ${align.join(" ")}/></${p}xf>` : "/>");
    return this.xfs.indexOf(xml);
  }

  /** styles.xml with the new styles: the source's text edited, or a whole new part. */
  apply(): string {
    const p = this.p;
    const thin = `<${p}border><${p}left style="thin"><${p}color auto="1"/></${p}left><${p}right style="thin"><${p}color auto="1"/></${p}right><${p}top style="thin"><${p}color auto="1"/></${p}top><${p}bottom style="thin"><${p}color auto="1"/></${p}bottom><${p}diagonal/></${p}border>`;
    const emptyBorder = `<${p}border><${p}left/><${p}right/><${p}top/><${p}bottom/><${p}diagonal/></${p}border>`;
    const borders = this.thinBorder === undefined ? [] : this.borderBase === 0 ? [emptyBorder, thin] : [thin];
    const plainXf = `<${p}xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>`;
    const xfs =
      this.xfs.base === childrenNamed(childNamed(this.root, "cellXfs"), "xf").length
        ? this.xfs.items
        : [plainXf, ...this.xfs.items];
    const formats = this.formats.map((f) => `<${p}numFmt numFmtId="${f.id}" formatCode="${escapeXmlAttr(f.code)}"/>`);
    const hasFonts = childrenNamed(childNamed(this.root, "fonts"), "font").length > 0;
    const fonts = hasFonts ? this.fonts.items : [fontXml(p, this.defaultFont), ...this.fonts.items];

    if (this.xml === undefined || this.root === undefined) {
      const list = (name: string, items: string[]) => `<${name} count="${items.length}">${items.join("")}</${name}>`;
      return (
        `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
        `<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">` +
        (formats.length ? list("numFmts", formats) : "") +
        list("fonts", fonts) +
        list("fills", ['<fill><patternFill patternType="none"/></fill>', '<fill><patternFill patternType="gray125"/></fill>']) +
        list("borders", borders.length ? borders : [emptyBorder]) +
        list("cellStyleXfs", ['<xf numFmtId="0" fontId="0" fillId="0" borderId="0"/>']) +
        list("cellXfs", xfs) +
        `<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>` +
        `</styleSheet>`
      );
    }

    const e = new Edits(this.xml);
    const root = this.root;
    const add = (local: (typeof STYLESHEET_ORDER)[number], items: string[]) => {
      if (items.length === 0) return;
      const el = childNamed(root, local);
      if (el) {
        e.append(el, items.join(""));
        e.setAttr(el, "count", String(el.children.length + items.length));
      } else {
        e.insertInOrder(root, local, STYLESHEET_ORDER, `<${p}${local} count="${items.length}">${items.join("")}</${p}${local}>`);
      }
    };
    add("numFmts", formats);
    add("fonts", fonts);
    if (!childNamed(root, "fills")) {
      add("fills", [
        `<${p}fill><${p}patternFill patternType="none"/></${p}fill>`,
        `<${p}fill><${p}patternFill patternType="gray125"/></${p}fill>`,
      ]);
    }
    add("borders", borders);
    if (!childNamed(root, "cellStyleXfs")) add("cellStyleXfs", [`<${p}xf numFmtId="0" fontId="0" fillId="0" borderId="0"/>`]);
    add("cellXfs", xfs);
    return e.apply();
  }
}
