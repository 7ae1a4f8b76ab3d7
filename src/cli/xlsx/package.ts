/**
 * The .xlsx as an Open Packaging Convention package: from the file's bytes to the list of its
 * worksheet parts.
 *
 * - {@link openPackage}: bytes that are not a ZIP at all get the error saying what they are (an
 *   .xls, an encrypted workbook, a CSV, a Word file… — {@link sniffBytes}), then the ZIP is opened
 *   ({@link ZipReader}, zip-bomb limits).
 * - {@link Package.findWorkbook}: `_rels/.rels` → the workbook part (fallbacks:
 *   [Content_Types].xml, xl/workbook.xml); a ZIP that is a .docx, .pptx, .xlsb, OpenDocument file
 *   or plain archive gets its own error.
 * - {@link Package.readWorkbook}: workbook.xml and its relationships → the worksheets in `<sheets>`
 *   order, with their names and state (hidden / veryHidden → hidden), the date system (1904 or
 *   not), and the styles and shared strings parts. Chartsheets, dialog and macro sheets are skipped; a workbook without its
 *   relationships part is `corrupt` (which part is which sheet would be a guess). A `<sheet>` with an empty `r:id`, or one whose
 *   relationship or part is missing (Excel 16 and LibreOffice list VBA module sheets so), comes
 *   without an entry: readXlsx skips it. Defined names are not read.
 * - Relationship targets ({@link resolveTarget}) may be relative ("worksheets/sheet1.xml",
 *   "../xl/…") or absolute ("/xl/…"), percent-encoded, with backslashes or a "#fragment";
 *   external targets are ignored.
 */
import { FormatError } from "./errors";
import { classifyZipNames, sniffBytes } from "./sniff";
import { child, children, decodeXmlBytes, parseXml, type XmlElement } from "./xml";
import { ZipReader, type ZipEntry, type ZipLimits } from "./zip";

/**
 * The largest small part read whole (workbook, relationships, content types, styles): real ones
 * are kilobytes, a bloated styles.xml a few megabytes.
 */
const MAX_SMALL_PART_BYTES = 64 * 1024 * 1024;

/**
 * Opens `bytes` as a ZIP package.
 * @throws FormatError: `empty-file`, what the bytes are when not a ZIP (`xls`, `encrypted`, `csv`,
 *   `docx`, `pptx`, `not-xlsx`), or the ZIP layer's errors (`truncated`, `corrupt`…).
 */
export function openPackage(bytes: Uint8Array, limits?: Partial<ZipLimits>): Package {
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
  return new Package(new ZipReader(bytes, limits));
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

/** The relationships part of a part: "xl/workbook.xml" → "xl/_rels/workbook.xml.rels". */
function relsPathOf(part: string): string {
  const dir = dirOf(part);
  return `${dir}_rels/${part.slice(dir.length)}.rels`;
}

/** Resolves a relationship target against the source part's folder (relative or absolute). */
export function resolveTarget(baseDir: string, target: string): string {
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

/** A worksheet listed in workbook.xml. */
interface SheetRef {
  name: string;
  /** state="hidden" or "veryHidden". */
  hidden: boolean;
  /**
   * Its part; undefined when there is none: an empty `r:id` (a VBA module sheet), an id without a
   * relationship, or a target missing from the package.
   */
  entry: ZipEntry | undefined;
}

/** What {@link Package.readWorkbook} finds in the workbook part. */
export interface WorkbookParts {
  /** The worksheets, in `<sheets>` order (chartsheets, dialog and macro sheets left out). */
  sheets: SheetRef[];
  /** Part name of styles.xml, if the package has one. */
  stylesPath: string | undefined;
  /** Part name of sharedStrings.xml, if the package has one. */
  sharedStringsPath: string | undefined;
  /** `<workbookPr date1904="1"/>` (or "true"): serial numbers count days from 1904-01-01. */
  date1904: boolean;
}

export class Package {
  constructor(readonly zip: ZipReader) {}

  /** A small part's text (workbook, relationships, content types, styles): over {@link MAX_SMALL_PART_BYTES}, `too-large`. */
  text(path: string): string | undefined {
    const e = this.zip.get(path);
    if (e && e.uncompressedSize > MAX_SMALL_PART_BYTES) {
      throw new FormatError("too-large", {
        vi: `phần ${e.name} lớn bất thường (${Math.round(e.uncompressedSize / 1048576)} MiB)`,
        en: `${e.name} is abnormally large (${Math.round(e.uncompressedSize / 1048576)} MiB)`,
      });
    }
    return e ? decodeXmlBytes(this.zip.read(e)) : undefined;
  }

  /** A small part's text to be edited and written back in UTF-8: its XML declaration says UTF-8. */
  utf8Text(path: string): string | undefined {
    return this.text(path)?.replace(/^(<\?xml[^>]*?encoding\s*=\s*["'])[^"']*(["'])/, "$1UTF-8$2");
  }

  /** A small part as a tree of the elements in `keep` (see {@link parseXml}). */
  xml(path: string, keep?: readonly string[]): XmlElement | undefined {
    const t = this.text(path);
    return t === undefined ? undefined : parseXml(t, path, keep);
  }

  /** Relationships of `part` ("" for the package), by id. */
  rels(part: string): Map<string, Relationship> {
    const dir = dirOf(part);
    const relsPath = relsPathOf(part);
    const map = new Map<string, Relationship>();
    const root = this.xml(relsPath, ["Relationship"]);
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
      const ct = this.xml("[Content_Types].xml", ["Override"]);
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

  /** The workbook part's worksheets and style / shared-string parts. @throws FormatError */
  readWorkbook(workbookPath: string): WorkbookParts {
    const wb = this.xml(workbookPath, ["workbookPr", "sheets", "sheets/sheet"]);
    if (!wb) throw new FormatError("corrupt", { vi: `thiếu ${workbookPath}`, en: `missing ${workbookPath}` });
    if (wb.name !== "workbook") {
      if (!this.zip.has("xl/workbook.xml")) throw new FormatError("zip");
      throw new FormatError("corrupt", {
        vi: `${workbookPath} không phải là sổ làm việc`,
        en: `${workbookPath} is not a workbook`,
      });
    }
    const dir = dirOf(workbookPath);
    const relsPath = relsPathOf(workbookPath);
    // Without its relationships part nothing says which part holds which sheet: guessing
    // "worksheets/sheetN.xml" could show one sheet's numbers under another's name. Excel calls
    // such a file damaged and offers a repair; so do we.
    if (!this.zip.has(relsPath)) throw new FormatError("corrupt", { vi: `thiếu ${relsPath}`, en: `missing ${relsPath}` });
    const rels = this.rels(workbookPath);
    const relOfType = (suffix: string, fallback: string): string | undefined => {
      for (const r of rels.values()) if (relTypeIs(r.type, suffix) && this.zip.has(r.target)) return r.target;
      return this.zip.has(dir + fallback) ? dir + fallback : undefined;
    };

    const sheets: SheetRef[] = [];
    children(child(wb, "sheets"), "sheet").forEach((s, index) => {
      const name = s.attrs.name ?? `Sheet${index + 1}`;
      const rid = s.attrs.id;
      const rel = rid !== undefined ? rels.get(rid) : undefined;
      let path: string | undefined;
      if (rel) {
        if (!relTypeIs(rel.type, "worksheet")) return; // chartsheet, dialogsheet, macrosheet
        path = rel.target;
      }
      const state = s.attrs.state;
      sheets.push({
        name,
        hidden: state === "hidden" || state === "veryHidden",
        entry: path !== undefined ? this.zip.get(path) : undefined,
      });
    });
    const d1904 = child(wb, "workbookPr")?.attrs.date1904?.trim().toLowerCase();
    return {
      sheets,
      date1904: d1904 === "1" || d1904 === "true",
      stylesPath: relOfType("styles", "styles.xml"),
      sharedStringsPath: relOfType("sharedStrings", "sharedStrings.xml"),
    };
  }
}
