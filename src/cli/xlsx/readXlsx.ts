/**
 * readXlsx: an .xlsx (or .xlsm) file's bytes → one {@link Grid} per worksheet, in workbook order.
 *
 * A fast, low-memory reader written for the CLI (ExcelJS is far too slow and memory hungry for
 * 100 000-row workbooks):
 * - {@link sniffBytes} first, so an .xls, an encrypted workbook, a CSV, a Word file... get the
 *   right error code instead of a parser error;
 * - our own ZIP layer ({@link ZipReader}, fflate underneath) inflates only the parts we need,
 *   with zip-bomb limits and CRC checks;
 * - `_rels/.rels` → workbook part (fallbacks: [Content_Types].xml, xl/workbook.xml) → its
 *   relationships → worksheets in `<sheets>` order, with names and state (hidden / veryHidden →
 *   `grid.hidden = true`); chartsheets, dialog and macro sheets are skipped. Relationship
 *   targets may be relative or absolute;
 * - sharedStrings.xml (optional; rich text runs concatenated, phonetic `<rPh>` ignored, spaces
 *   kept) and styles.xml (optional; `cellXfs` → number format code, built-in ids included;
 *   `numberFormat` is set only when it is not "General");
 * - worksheets are inflated, decoded and scanned chunk by chunk (about 1 MB of text at a time):
 *   a hand-written indexOf-based scanner over `<row>` / `<c>`, never a DOM. Cells without value
 *   nor formula create nothing; missing `r` attributes are inferred (next column / next row);
 *   namespace prefixes (`<x:c>`) are ignored; shared formulas are expanded by
 *   {@link SharedFormulas} (sharedFormula.ts); merges → `grid.merges`, `<row hidden="1">` →
 *   `grid.hiddenRows`. Cell references and limits are address.ts's (core/grid).
 *
 * Cell values: number (`Number(<v>)`, exact), string (shared / inline / formula string, `_xHHHH_`
 * escapes decoded), boolean, `{error: "#REF!"}`, ISO date text for t="d", `null` for a formula
 * without a cached value. Dates stay serial numbers (their `numberFormat` tells they are dates);
 * the 1904 date system flag is not reported.
 *
 * `merges` and `hiddenRows` are present only when non-empty, `hidden` only when true.
 * Every failure is thrown as an InputError (errors.ts).
 */
import { type CellAddress, inSheet, MAX_ROWS, readCellAt, rectFromA1 } from "../../core/grid/address";
import type { Cell, CellValue, Grid, Rect, Row } from "../../core/grid/grid";
import { FormatError, toInputError } from "./errors";
import { SharedFormulas } from "./sharedFormula";
import { classifyZipNames, sniffBytes } from "./sniff";
import {
  child,
  children,
  decodeOoxmlEscapes,
  decodeXmlBytes,
  getAttr,
  isLocal,
  localStart,
  nameEnd,
  parseXml,
  readText,
  tagEnd,
  xmlDecoderFor,
  type TextEnd,
  type XmlDecoder,
  type XmlElement,
} from "./xml";
import { ZipReader, type ZipEntry, type ZipLimits } from "./zip";

export interface ReadXlsxOptions {
  /** Name used in error messages (default "workbook.xlsx"). */
  fileName?: string;
  /** ZIP limits (zip-bomb protection); see {@link ZipLimits}. */
  limits?: Partial<ZipLimits>;
}

/**
 * Reads an .xlsx workbook from memory.
 * @throws InputError (and nothing else) for any byte sequence that is not a readable workbook.
 */
export function readXlsx(bytes: Uint8Array, options: ReadXlsxOptions = {}): Grid[] {
  const fileName = options.fileName ?? "workbook.xlsx";
  try {
    return readUnchecked(bytes, options.limits);
  } catch (e) {
    throw toInputError(e, fileName);
  }
}

/** Excel's built-in number formats (ECMA-376 §18.8.30) that are not locale-dependent. */
const BUILTIN_NUMBER_FORMATS: Readonly<Record<number, string>> = {
  0: "General",
  1: "0",
  2: "0.00",
  3: "#,##0",
  4: "#,##0.00",
  9: "0%",
  10: "0.00%",
  11: "0.00E+00",
  12: "# ?/?",
  13: "# ??/??",
  14: "mm-dd-yy",
  15: "d-mmm-yy",
  16: "d-mmm",
  17: "mmm-yy",
  18: "h:mm AM/PM",
  19: "h:mm:ss AM/PM",
  20: "h:mm",
  21: "h:mm:ss",
  22: "m/d/yy h:mm",
  37: "#,##0 ;(#,##0)",
  38: "#,##0 ;[Red](#,##0)",
  39: "#,##0.00;(#,##0.00)",
  40: "#,##0.00;[Red](#,##0.00)",
  45: "mm:ss",
  46: "[h]:mm:ss",
  47: "mmss.0",
  48: "##0.0E+0",
  49: "@",
};

/** Decoded text handed to a part scanner at a time. */
const SCAN_CHUNK_CHARS = 1 << 20;

// ---------------------------------------------------------------------------------------------
// Package level

function readUnchecked(bytes: Uint8Array, limits: Partial<ZipLimits> | undefined): Grid[] {
  if (bytes.length === 0) throw new FormatError("empty-file");
  const sniffed = sniffBytes(bytes);
  switch (sniffed.kind) {
    case "zip":
      break;
    case "ole":
      if (sniffed.subtype === "encrypted") throw new FormatError("encrypted");
      if (sniffed.subtype === "doc")
        throw new FormatError("docx", { vi: "định dạng Word 97-2003 .doc", en: "Word 97-2003 .doc format" });
      if (sniffed.subtype === "ppt")
        throw new FormatError("pptx", { vi: "định dạng PowerPoint 97-2003 .ppt", en: "PowerPoint 97-2003 .ppt format" });
      throw new FormatError("xls");
    case "csv":
      throw new FormatError("csv");
    case "html":
      throw new FormatError("not-xlsx", {
        vi: "đây là trang web HTML được đặt đuôi Excel",
        en: "it is an HTML web page with an Excel extension",
      });
    case "xml2003":
      throw new FormatError("not-xlsx", { vi: "định dạng Bảng tính XML 2003", en: "Excel 2003 XML Spreadsheet format" });
    case "xml":
      throw new FormatError("not-xlsx", { vi: "đây là tệp XML", en: "it is an XML file" });
    case "pdf":
      throw new FormatError("not-xlsx", { vi: "đây là tệp PDF", en: "it is a PDF file" });
    case "text":
      throw new FormatError("not-xlsx", { vi: "đây là tệp văn bản", en: "it is a text file" });
    default:
      throw new FormatError("not-xlsx");
  }

  const zip = new ZipReader(bytes, limits);
  const pkg = new Package(zip);
  const workbookPath = pkg.findWorkbook();
  return pkg.readWorkbook(workbookPath);
}

interface Relationship {
  type: string;
  /** Resolved part name, without leading "/". */
  target: string;
}

function dirOf(part: string): string {
  const i = part.lastIndexOf("/");
  return i < 0 ? "" : part.slice(0, i + 1);
}

/** Resolves a relationship target against the source part's folder (relative or absolute). */
function resolveTarget(baseDir: string, target: string): string {
  let t = target.replace(/\\/g, "/");
  const hash = t.indexOf("#");
  if (hash >= 0) t = t.slice(0, hash);
  try {
    t = decodeURIComponent(t);
  } catch {
    // keep as is
  }
  const full = t.startsWith("/") ? t.slice(1) : baseDir + t;
  const out: string[] = [];
  for (const seg of full.split("/")) {
    if (seg === "" || seg === ".") continue;
    if (seg === "..") out.pop();
    else out.push(seg);
  }
  return out.join("/");
}

function relTypeIs(type: string, suffix: string): boolean {
  return type.endsWith("/" + suffix);
}

const WORKBOOK_CONTENT_TYPE = /(spreadsheetml\.(sheet|template)\.main|ms-excel\.(sheet|template|addin)\.macroenabled\.main)/i;

class Package {
  constructor(private readonly zip: ZipReader) {}

  text(path: string): string | undefined {
    const e = this.zip.get(path);
    return e ? decodeXmlBytes(this.zip.read(e)) : undefined;
  }

  xml(path: string): XmlElement | undefined {
    const t = this.text(path);
    return t === undefined ? undefined : parseXml(t, path);
  }

  /** Relationships of `part` ("" for the package), by id. */
  rels(part: string): Map<string, Relationship> {
    const dir = dirOf(part);
    const relsPath = `${dir}_rels/${part.slice(dir.length)}.rels`;
    const map = new Map<string, Relationship>();
    const root = this.xml(relsPath);
    if (!root) return map;
    for (const r of children(root, "Relationship")) {
      const { Id: id, Type: type, Target: target, TargetMode: mode } = r.attrs;
      if (!id || target === undefined || (mode && mode.toLowerCase() === "external")) continue;
      map.set(id, { type: type ?? "", target: resolveTarget(dir, target) });
    }
    return map;
  }

  /** The workbook part name, or a FormatError saying what the ZIP is instead. */
  findWorkbook(): string {
    const has = (n: string) => this.zip.has(n);
    let candidate: string | undefined;
    for (const rel of this.rels("").values()) {
      if (relTypeIs(rel.type, "officeDocument") && has(rel.target)) {
        candidate = rel.target;
        break;
      }
    }
    if (!candidate) {
      const ct = this.xml("[Content_Types].xml");
      for (const o of children(ct, "Override")) {
        const name = o.attrs.PartName;
        if (name && WORKBOOK_CONTENT_TYPE.test(o.attrs.ContentType ?? "") && has(name)) {
          candidate = resolveTarget("", name);
          break;
        }
      }
    }
    const kind = classifyZipNames(has);
    if (kind === "xlsx") return candidate && /workbook[^/]*\.xml$/i.test(candidate) ? candidate : "xl/workbook.xml";
    if (candidate && kind === "zip" && /\.xml$/i.test(candidate)) return candidate; // checked by readWorkbook
    switch (kind) {
      case "docx":
        throw new FormatError("docx");
      case "pptx":
        throw new FormatError("pptx");
      case "xlsb":
        throw new FormatError("not-xlsx", { vi: "sổ làm việc nhị phân Excel .xlsb", en: "Excel binary workbook .xlsb" });
      case "odf": {
        const mt = this.zip.get("mimetype");
        const m = mt && mt.uncompressedSize < 200 ? new TextDecoder().decode(this.zip.read(mt)) : "";
        if (/spreadsheet/.test(m))
          throw new FormatError("not-xlsx", { vi: "bảng tính OpenDocument .ods", en: "OpenDocument spreadsheet .ods" });
        if (/text/.test(m)) throw new FormatError("docx", { vi: "văn bản OpenDocument .odt", en: "OpenDocument text .odt" });
        if (/presentation/.test(m))
          throw new FormatError("pptx", { vi: "bản trình chiếu OpenDocument .odp", en: "OpenDocument presentation .odp" });
        throw new FormatError("not-xlsx", { vi: "tài liệu OpenDocument", en: "OpenDocument file" });
      }
      default:
        throw new FormatError("zip");
    }
  }

  readWorkbook(workbookPath: string): Grid[] {
    const wb = this.xml(workbookPath);
    if (!wb) throw new FormatError("corrupt", { vi: `thiếu ${workbookPath}`, en: `missing ${workbookPath}` });
    if (wb.name !== "workbook") {
      if (!this.zip.has("xl/workbook.xml")) throw new FormatError("zip");
      throw new FormatError("corrupt", {
        vi: `${workbookPath} không phải là sổ làm việc`,
        en: `${workbookPath} is not a workbook`,
      });
    }
    const rels = this.rels(workbookPath);
    const dir = dirOf(workbookPath);
    const relOfType = (suffix: string, fallback: string): string | undefined => {
      for (const r of rels.values()) if (relTypeIs(r.type, suffix) && this.zip.has(r.target)) return r.target;
      return this.zip.has(dir + fallback) ? dir + fallback : undefined;
    };

    const stylesPath = relOfType("styles", "styles.xml");
    const formats = stylesPath ? parseStyles(this.text(stylesPath)!, stylesPath) : [];
    const sstPath = relOfType("sharedStrings", "sharedStrings.xml");
    const sst = sstPath ? readSharedStrings(this.zip, this.zip.get(sstPath)!) : [];

    const grids: Grid[] = [];
    const sheets = children(child(wb, "sheets"), "sheet");
    sheets.forEach((s, index) => {
      const name = s.attrs.name ?? `Sheet${index + 1}`;
      const rid = s.attrs.id;
      const rel = rid !== undefined ? rels.get(rid) : undefined;
      let path: string | undefined;
      if (rel) {
        if (!relTypeIs(rel.type, "worksheet")) return; // chartsheet, dialogsheet, macrosheet
        path = rel.target;
      } else if (rels.size === 0) {
        path = `${dir}worksheets/sheet${index + 1}.xml`; // no relationships part at all: guess
      }
      const entry = path !== undefined ? this.zip.get(path) : undefined;
      if (!entry) {
        throw new FormatError("corrupt", { vi: `thiếu trang tính "${name}"`, en: `worksheet "${name}" is missing` });
      }
      const grid = readSheet(this.zip, entry, name, sst, formats);
      const state = s.attrs.state;
      if (state === "hidden" || state === "veryHidden") grid.hidden = true;
      grids.push(grid);
    });
    return grids;
  }
}

// ---------------------------------------------------------------------------------------------
// Styles and shared strings

/** Number format code by cell style (xf) index; undefined for General / unknown. */
function parseStyles(xml: string, part = "styles.xml"): (string | undefined)[] {
  const root = parseXml(xml, part);
  const custom = new Map<number, string>();
  for (const f of children(child(root, "numFmts"), "numFmt")) {
    const id = Number(f.attrs.numFmtId);
    if (Number.isInteger(id) && f.attrs.formatCode !== undefined) custom.set(id, f.attrs.formatCode);
  }
  const out: (string | undefined)[] = [];
  for (const xf of children(child(root, "cellXfs"), "xf")) {
    const id = Number(xf.attrs.numFmtId ?? 0);
    const code = custom.get(id) ?? BUILTIN_NUMBER_FORMATS[id];
    out.push(code === undefined || code === "" || code.toLowerCase() === "general" ? undefined : code);
  }
  return out;
}

/**
 * Copies a string out of the big decoded XML text: V8 keeps a slice's parent string alive, and
 * we must not keep megabytes of XML around for a few cell values.
 */
function own(s: string): string {
  return s.length < 13 ? s : (" " + s).slice(1);
}

/** Finds "</qname" followed by ">" or a space, from `from`; -1 if absent. */
function findClose(xml: string, from: number, qname: string): number {
  const pat = qname === "row" ? "</row" : "</" + qname;
  for (let i = xml.indexOf(pat, from); i >= 0; i = xml.indexOf(pat, i + 1)) {
    const c = xml.charCodeAt(i + pat.length);
    if (c === 62 || c === 32 || c === 9 || c === 10 || c === 13) return i;
  }
  return -1;
}

/** Skips "<?...?>", "<!--...-->", "<![CDATA[...]]>", "<!...>" or "</...>" at `lt`; -1 if incomplete. */
function skipSpecial(xml: string, lt: number): number {
  const c = xml.charCodeAt(lt + 1);
  let e: number;
  if (c === 63) e = xml.indexOf("?>", lt + 2) + 1;
  else if (xml.startsWith("<!--", lt)) e = xml.indexOf("-->", lt + 4) + 2;
  else if (xml.startsWith("<![CDATA[", lt)) e = xml.indexOf("]]>", lt + 9) + 2;
  else e = xml.indexOf(">", lt + 1);
  return e <= lt ? -1 : e + 1;
}

const textEnd: TextEnd = { end: 0 };

/** Concatenates the `<t>` texts in xml[s, e), skipping phonetic `<rPh>` runs. */
function collectText(xml: string, s: number, e: number): string {
  let out = "";
  let p = s;
  for (;;) {
    const lt = xml.indexOf("<", p);
    if (lt < 0 || lt >= e) break;
    const c = xml.charCodeAt(lt + 1);
    if (c === 47 || c === 33 || c === 63) {
      const next = skipSpecial(xml, lt);
      if (next < 0) break;
      p = next;
      continue;
    }
    const ne = nameEnd(xml, lt + 1);
    const te = tagEnd(xml, ne);
    if (te < 0 || te >= e) break;
    const ls = localStart(xml, lt + 1, ne);
    const len = ne - ls;
    const selfClosing = xml.charCodeAt(te - 1) === 47;
    if (len === 1 && xml.charCodeAt(ls) === 116 /* t */) {
      if (selfClosing) p = te + 1;
      else {
        out += readText(xml, te + 1, textEnd);
        p = textEnd.end;
      }
    } else if (len === 3 && xml.startsWith("rPh", ls) && !selfClosing) {
      const close = findClose(xml, te + 1, xml.slice(lt + 1, ne));
      p = close < 0 || close >= e ? e : close;
    } else p = te + 1;
  }
  return own(decodeOoxmlEscapes(out));
}

/**
 * Runs `scan` over the decoded text of `entry`, about {@link SCAN_CHUNK_CHARS} characters at a
 * time. `scan(text, final)` returns how much of `text` it consumed; the rest is handed back with
 * the next chunk. With `final` it must consume everything (or throw).
 */
function scanPart(zip: ZipReader, entry: ZipEntry, scan: (text: string, final: boolean) => number): void {
  let decoder: XmlDecoder | undefined;
  let pending = "";
  let parts: string[] = [];
  let size = 0;
  // New text needed before the next scan. When a construct is still incomplete after a scan
  // (a huge or unclosed row...), wait for as much new text as is pending, so that re-scanning
  // the pending text stays linear overall instead of quadratic.
  let threshold = SCAN_CHUNK_CHARS;
  const run = (final: boolean) => {
    const text = parts.length === 0 ? pending : pending + parts.join("");
    parts = [];
    size = 0;
    const used = scan(text, final);
    pending = used >= text.length ? "" : text.slice(used);
    threshold = Math.max(SCAN_CHUNK_CHARS, pending.length);
  };
  zip.stream(entry, (chunk) => {
    decoder ??= xmlDecoderFor(chunk);
    const s = decoder.decode(chunk, { stream: true });
    if (s.length > 0) {
      parts.push(s);
      size += s.length;
      if (size >= threshold) run(false);
    }
  });
  if (decoder) {
    const tail = decoder.decode();
    if (tail) parts.push(tail);
  }
  run(true);
}

function partCorrupt(part: string, en: string, vi: string): FormatError {
  return new FormatError("corrupt", { vi: `${part}: ${vi}`, en: `${part}: ${en}` });
}

const INCOMPLETE = -1;

/** Reads the shared string table (`<si>` items, in order). */
function readSharedStrings(zip: ZipReader, entry: ZipEntry): string[] {
  const out: string[] = [];
  let sawEnd = false;
  scanPart(zip, entry, (xml, final) => {
    let pos = 0;
    const n = xml.length;
    for (;;) {
      const lt = xml.indexOf("<", pos);
      if (lt < 0) return n;
      let next: number;
      const c = xml.charCodeAt(lt + 1);
      if (lt + 1 >= n) next = INCOMPLETE;
      else if (c === 47 || c === 33 || c === 63) {
        next = skipSpecial(xml, lt);
        if (c === 47 && next > 0 && isLocal(xml, lt + 2, nameEnd(xml, lt + 2), "sst")) sawEnd = true;
      } else {
        const ne = nameEnd(xml, lt + 1);
        const te = tagEnd(xml, ne);
        if (te < 0) next = INCOMPLETE;
        else {
          const ls = localStart(xml, lt + 1, ne);
          if (ne - ls === 3 && xml.startsWith("sst", ls) && xml.charCodeAt(te - 1) === 47) {
            sawEnd = true;
            next = te + 1;
          } else if (ne - ls === 2 && xml.startsWith("si", ls)) {
            if (xml.charCodeAt(te - 1) === 47) {
              out.push("");
              next = te + 1;
            } else {
              const close = findClose(xml, te + 1, xml.slice(lt + 1, ne));
              if (close < 0) next = INCOMPLETE;
              else {
                out.push(collectText(xml, te + 1, close));
                next = close + 1;
              }
            }
          } else next = te + 1;
        }
      }
      if (next === INCOMPLETE) {
        if (final) throw partCorrupt(entry.name, "unexpected end of XML", "XML kết thúc đột ngột");
        return lt;
      }
      pos = next;
    }
  });
  if (!sawEnd) throw partCorrupt(entry.name, "unexpected end of XML (</sst> missing)", "XML kết thúc đột ngột (thiếu </sst>)");
  return out;
}

// ---------------------------------------------------------------------------------------------
// Worksheets

/** Reads one worksheet part into a Grid. */
function readSheet(zip: ZipReader, entry: ZipEntry, name: string, sst: string[], formats: (string | undefined)[]): Grid {
  const sheet = new SheetScanner(entry.name, sst, formats);
  scanPart(zip, entry, (xml, final) => sheet.scan(xml, final));
  sheet.finish();
  const grid: Grid = { name, rows: sheet.rows };
  if (sheet.merges.length > 0) grid.merges = sheet.merges;
  if (sheet.hiddenRows.length > 0) grid.hiddenRows = sheet.hiddenRows;
  return grid;
}

// Cell types, as small integers (no string compare per cell).
const T_NUMBER = 0;
const T_SHARED = 1;
const T_STR = 2;
const T_INLINE = 3;
const T_BOOL = 4;
const T_ERROR = 5;
const T_OTHER = 6; // "d" (ISO date) and unknown types: the text is kept

function typeCode(xml: string, s: number, e: number): number {
  const len = e - s;
  if (len === 0) return T_NUMBER;
  const c = xml.charCodeAt(s);
  if (len === 1) {
    if (c === 115 /* s */) return T_SHARED;
    if (c === 110 /* n */) return T_NUMBER;
    if (c === 98 /* b */) return T_BOOL;
    if (c === 101 /* e */) return T_ERROR;
    return T_OTHER;
  }
  if (len === 3 && xml.startsWith("str", s)) return T_STR;
  if (len === 9 && xml.startsWith("inlineStr", s)) return T_INLINE;
  return T_OTHER;
}

// Attributes of the current <c> (set by scanCellAttrs; avoids objects and slices per cell).
/** Row/column from the r attribute (0-based), or -1 when absent or invalid. */
let attrRow = -1;
let attrCol = -1;
/** Style index (s), -1 when absent. */
let attrStyle = -1;
let attrType = T_NUMBER;

const attrCell: CellAddress = { row: -1, col: -1 };

/** Reads a cell reference such as "AB12" in xml[s, e) into attrRow/attrCol (left at -1 unless a cell of the sheet). */
function parseRefAt(xml: string, s: number, e: number): void {
  if (readCellAt(xml, s, e, attrCell)) {
    attrRow = attrCell.row;
    attrCol = attrCell.col;
  }
}

/** Non-negative integer in xml[s, e), or -1. */
function intAt(xml: string, s: number, e: number): number {
  if (s >= e || e - s > 9) return -1;
  let n = 0;
  for (let i = s; i < e; i++) {
    const c = xml.charCodeAt(i);
    if (c < 48 || c > 57) return -1;
    n = n * 10 + (c - 48);
  }
  return n;
}

/**
 * One pass over a `<c ...>` tag from `start` (just after the name): picks r, s and t (prefixes
 * ignored) and returns the index of the closing ">" (quote-aware), or -1 if there is none.
 */
function scanCellAttrs(xml: string, start: number): number {
  attrRow = attrCol = attrStyle = -1;
  attrType = T_NUMBER;
  const n = xml.length;
  let i = start;
  while (i < n) {
    const c = xml.charCodeAt(i);
    if (c === 62 /* > */) return i;
    if (c === 32 || c === 9 || c === 10 || c === 13 || c === 47) {
      i++;
      continue;
    }
    const ns = i;
    while (i < n) {
      const d = xml.charCodeAt(i);
      if (d === 61 || d === 32 || d === 9 || d === 10 || d === 13 || d === 62) break;
      i++;
    }
    const ne = i;
    while (i < n && xml.charCodeAt(i) !== 61) {
      if (xml.charCodeAt(i) === 62) return i; // attribute without value (malformed)
      i++;
    }
    i++;
    while (i < n) {
      const d = xml.charCodeAt(i);
      if (d === 34 || d === 39) break;
      if (d === 62) return i;
      i++;
    }
    if (i >= n) return -1;
    const ve = xml.indexOf(xml.charCodeAt(i) === 34 ? '"' : "'", i + 1);
    if (ve < 0) return -1;
    if (ne - ns === 1 || xml.charCodeAt(ne - 2) === 58 /* : */) {
      const a = xml.charCodeAt(ne - 1);
      if (a === 114 /* r */) parseRefAt(xml, i + 1, ve);
      else if (a === 115 /* s */) attrStyle = intAt(xml, i + 1, ve);
      else if (a === 116 /* t */) attrType = typeCode(xml, i + 1, ve);
    }
    i = ve + 1;
  }
  return -1;
}

function toNumber(v: string): CellValue {
  if (v === "") return null;
  const x = Number(v);
  return Number.isNaN(x) ? own(v.trim()) : x;
}

class SheetScanner {
  readonly rows: (Row | undefined)[] = [];
  readonly merges: Rect[] = [];
  readonly hiddenRows: number[] = [];
  private sawRoot = false;
  private sawEnd = false;
  private rowIdx = -1;
  private colIdx = -1;
  private readonly shared = new SharedFormulas();

  constructor(
    private readonly part: string,
    private readonly sst: string[],
    private readonly formats: (string | undefined)[],
  ) {}

  private corrupt(en: string, vi: string): FormatError {
    return partCorrupt(this.part, en, vi);
  }

  /** Scans as many complete top-level constructs of `xml` as possible; returns the index reached. */
  scan(xml: string, final: boolean): number {
    const n = xml.length;
    let pos = 0;
    for (;;) {
      const lt = xml.indexOf("<", pos);
      if (lt < 0) return n;
      let next: number = INCOMPLETE;
      if (lt + 1 < n) {
        const c = xml.charCodeAt(lt + 1);
        if (c === 47 || c === 33 || c === 63) {
          next = skipSpecial(xml, lt);
          if (c === 47 && next > 0 && isLocal(xml, lt + 2, nameEnd(xml, lt + 2), "worksheet")) this.sawEnd = true;
        } else {
          const ne = nameEnd(xml, lt + 1);
          const te = tagEnd(xml, ne);
          if (te >= 0) {
            const ls = localStart(xml, lt + 1, ne);
            const len = ne - ls;
            const selfClosing = xml.charCodeAt(te - 1) === 47;
            if (!this.sawRoot) {
              if (!(len === 9 && xml.startsWith("worksheet", ls))) {
                throw this.corrupt("not a worksheet", "không phải trang tính");
              }
              this.sawRoot = true;
              if (selfClosing) this.sawEnd = true;
              next = te + 1;
            } else if (len === 3 && xml.startsWith("row", ls)) {
              if (selfClosing) {
                this.startRow(xml, ne, te - 1);
                next = te + 1;
              } else {
                const close = findClose(xml, te + 1, ls === lt + 1 ? "row" : xml.slice(lt + 1, ne));
                if (close >= 0) {
                  this.startRow(xml, ne, te);
                  this.cells(xml, te + 1, close);
                  next = close + 1; // the "</row>" itself is skipped as an end tag
                }
              }
            } else {
              if (len === 9 && xml.startsWith("mergeCell", ls)) {
                const ref = getAttr(xml, ne, te, "ref");
                const r = ref ? rectFromA1(ref) : undefined;
                if (r) this.merges.push(r);
              }
              next = te + 1;
            }
          }
        }
      }
      if (next === INCOMPLETE) {
        if (final) throw this.corrupt("unexpected end of XML", "XML kết thúc đột ngột");
        return lt;
      }
      pos = next;
    }
  }

  /** Called after the last scan: the root element must have been closed. */
  finish(): void {
    if (!this.sawRoot) throw this.corrupt("no <worksheet> element", "thiếu phần tử <worksheet>");
    if (!this.sawEnd)
      throw this.corrupt("unexpected end of XML (</worksheet> missing)", "XML kết thúc đột ngột (thiếu </worksheet>)");
  }

  private startRow(xml: string, s: number, e: number): void {
    const r = getAttr(xml, s, e, "r");
    const idx = r === undefined ? NaN : Number(r);
    this.rowIdx = Number.isInteger(idx) && idx >= 1 ? idx - 1 : this.rowIdx + 1;
    this.colIdx = -1;
    const h = getAttr(xml, s, e, "hidden");
    if ((h === "1" || h === "true") && this.rowIdx < MAX_ROWS) this.hiddenRows.push(this.rowIdx);
  }

  /** The cells of one row: xml[s, e) is the content between <row ...> and </row>. */
  private cells(xml: string, s: number, e: number): void {
    let p = s;
    for (;;) {
      const lt = xml.indexOf("<", p);
      if (lt < 0 || lt >= e) return;
      const c1 = xml.charCodeAt(lt + 1);
      if (c1 === 47 || c1 === 33 || c1 === 63) {
        const next = skipSpecial(xml, lt);
        if (next < 0 || next > e) return;
        p = next;
        continue;
      }
      const c2 = xml.charCodeAt(lt + 2);
      const ne = c1 === 99 && (c2 === 32 || c2 === 62 || c2 === 47) ? lt + 2 : nameEnd(xml, lt + 1);
      const ls = ne === lt + 2 ? lt + 1 : localStart(xml, lt + 1, ne);
      if (!(ne - ls === 1 && xml.charCodeAt(ls) === 99 /* c */)) {
        const te = tagEnd(xml, ne);
        if (te < 0 || te >= e) throw this.corrupt("unterminated tag in a row", "thẻ không đóng trong một hàng");
        p = te + 1; // extLst and friends
        continue;
      }
      const te = scanCellAttrs(xml, ne);
      if (te < 0 || te >= e) throw this.corrupt("unterminated tag in a row", "thẻ không đóng trong một hàng");
      const selfClosing = xml.charCodeAt(te - 1) === 47;
      const styleIdx = attrStyle;
      const type = attrType;
      let row: number;
      let col: number;
      if (attrRow >= 0) {
        row = attrRow;
        col = attrCol;
      } else {
        row = this.rowIdx < 0 ? 0 : this.rowIdx;
        col = this.colIdx + 1;
      }
      this.colIdx = col;
      if (selfClosing) {
        p = te + 1;
        continue;
      }

      // Children: <f>, <v>, <is> (others ignored) up to </c>.
      let v: string | undefined;
      let isText: string | undefined;
      let hasF = false;
      let fText: string | undefined;
      let fType: string | undefined;
      let fSi: string | undefined;
      let q = te + 1;
      for (;;) {
        // Fast path for the common unprefixed "<v>123</v></c>".
        if (xml.charCodeAt(q) === 60 && xml.charCodeAt(q + 1) === 118 && xml.charCodeAt(q + 2) === 62) {
          v = readText(xml, q + 3, textEnd);
          q = textEnd.end;
          if (xml.startsWith("</v>", q)) q += 4;
          if (xml.startsWith("</c>", q) && q + 4 <= e) {
            q += 4;
            break;
          }
          continue;
        }
        const l2 = xml.indexOf("<", q);
        if (l2 < 0 || l2 >= e) throw this.corrupt("unclosed <c> element", "phần tử <c> không đóng");
        const c2 = xml.charCodeAt(l2 + 1);
        if (c2 === 47) {
          const n2 = nameEnd(xml, l2 + 2);
          const gt = xml.indexOf(">", n2);
          if (gt < 0 || gt >= e) throw this.corrupt("unclosed <c> element", "phần tử <c> không đóng");
          q = gt + 1;
          const l = localStart(xml, l2 + 2, n2);
          if (n2 - l === 1 && xml.charCodeAt(l) === 99) break; // </c>
          continue;
        }
        if (c2 === 33 || c2 === 63) {
          const next = skipSpecial(xml, l2);
          if (next < 0 || next > e) throw this.corrupt("unclosed <c> element", "phần tử <c> không đóng");
          q = next;
          continue;
        }
        const n2 = nameEnd(xml, l2 + 1);
        const t2 = tagEnd(xml, n2);
        if (t2 < 0 || t2 >= e) throw this.corrupt("unterminated tag in a cell", "thẻ không đóng trong một ô");
        const l = localStart(xml, l2 + 1, n2);
        const len = n2 - l;
        const sc = xml.charCodeAt(t2 - 1) === 47;
        const ch = xml.charCodeAt(l);
        if (len === 1 && ch === 118 /* v */) {
          if (sc) {
            v = "";
            q = t2 + 1;
          } else {
            v = readText(xml, t2 + 1, textEnd);
            q = textEnd.end;
          }
        } else if (len === 1 && ch === 102 /* f */) {
          hasF = true;
          const attrEnd = sc ? t2 - 1 : t2;
          fType = getAttr(xml, n2, attrEnd, "t");
          fSi = fType === "shared" ? getAttr(xml, n2, attrEnd, "si") : undefined;
          if (sc) q = t2 + 1;
          else {
            fText = readText(xml, t2 + 1, textEnd);
            q = textEnd.end;
          }
        } else if (len === 2 && ch === 105 /* i */ && xml.charCodeAt(l + 1) === 115 /* s */) {
          if (sc) {
            isText = "";
            q = t2 + 1;
          } else {
            const close = findClose(xml, t2 + 1, xml.slice(l2 + 1, n2));
            if (close < 0 || close >= e) throw this.corrupt("unclosed <is> element", "phần tử <is> không đóng");
            isText = collectText(xml, t2 + 1, close);
            q = close; // "</is>" is skipped as an end tag
          }
        } else q = t2 + 1;
      }
      p = q;

      // Value
      let value: CellValue = null;
      if (type === T_NUMBER) {
        if (v !== undefined) value = toNumber(v);
      } else if (type === T_SHARED) {
        if (v !== undefined && v !== "") {
          const s2 = this.sst[Number(v)];
          value = s2 === undefined ? null : s2;
        }
      } else if (type === T_STR) {
        if (v !== undefined) value = own(decodeOoxmlEscapes(v));
      } else if (type === T_INLINE) {
        value = isText !== undefined ? isText : v !== undefined ? own(decodeOoxmlEscapes(v)) : null;
      } else if (type === T_BOOL) {
        if (v !== undefined && v !== "") {
          const b = v.trim().toLowerCase();
          value = b === "1" || b === "true";
        }
      } else if (type === T_ERROR) {
        if (v !== undefined && v !== "") value = { error: own(v.trim()) };
      } else if (v !== undefined) {
        value = own(v); // "d" (ISO 8601 date) and unknown types: keep the text
      }

      // Formula
      let formula: string | undefined;
      if (hasF && fType !== "dataTable") {
        if (fType === "shared" && fSi !== undefined) {
          if (fText !== undefined && fText.trim() !== "") {
            const text = own(fText);
            this.shared.master(fSi, text, row, col);
            formula = own("=" + text);
          } else {
            const f = this.shared.follower(fSi, row, col);
            if (f !== undefined) formula = own("=" + f);
          }
        } else if (fText !== undefined && fText !== "") {
          formula = own("=" + fText);
        }
      }

      if (value === null && formula === undefined) continue;
      if (!inSheet(row, col)) continue;
      const cell: Cell = formula === undefined ? { value } : { value, formula };
      if (styleIdx >= 0) {
        const fmt = this.formats[styleIdx];
        if (fmt !== undefined) cell.numberFormat = fmt;
      }
      let ra = this.rows[row];
      if (ra === undefined) this.rows[row] = ra = [];
      ra[col] = cell;
    }
  }
}
