/**
 * Classifies raw bytes BEFORE trying to parse them as .xlsx, so that a wrong file gets a clear
 * message instead of a parser error:
 *
 * - `zip`: starts with "PK" (an .xlsx, .docx, .pptx, plain .zip... — or a truncated one);
 *   the ZIP layer decides which ({@link classifyZipNames}). Also a ZIP after other bytes (a
 *   self-extracting stub...), which the ZIP layer tolerates: found by its end-of-central-directory
 *   record, whose directory must end right before it (checked after OLE and PDF, before text).
 * - `ole`: an OLE2 compound file (D0 CF 11 E0 A1 B1 1A E1): a password-protected .xlsx
 *   (has the UTF-16LE stream name "EncryptionInfo"/"EncryptedPackage"), a Word .doc
 *   ("WordDocument"), a PowerPoint .ppt ("PowerPoint Document"), otherwise an Excel 97-2003 .xls.
 * - `text`: printable text; `csv` when it has line breaks or separators (, ; tab |), `html`
 *   (a web page saved with an Excel extension), `xml2003` (Excel 2003 XML Spreadsheet), `xml`.
 * - `pdf`, or `unknown` for anything else (random bytes, images...).
 *
 * Pure and cheap: looks at the first 64 KiB and the last 64 KiB, except for the OLE stream-name search.
 */

export type Sniffed =
  | { kind: "zip" }
  | { kind: "ole"; subtype: "encrypted" | "xls" | "doc" | "ppt" }
  | { kind: "csv" | "html" | "xml2003" | "xml" | "text" | "pdf" | "unknown" };

const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

function utf16le(s: string): Uint8Array {
  const b = new Uint8Array(s.length * 2);
  for (let i = 0; i < s.length; i++) b[i * 2] = s.charCodeAt(i);
  return b;
}

const ENCRYPTION_INFO = utf16le("EncryptionInfo");
const ENCRYPTED_PACKAGE = utf16le("EncryptedPackage");
const WORD_DOCUMENT = utf16le("WordDocument");
const POWERPOINT_DOCUMENT = utf16le("PowerPoint Document");
const WORKBOOK = utf16le("Workbook");

/** Index of `needle` in `hay`, or -1. */
function indexOfBytes(hay: Uint8Array, needle: Uint8Array, from = 0): number {
  const n = needle.length;
  if (n === 0) return from;
  const first = needle[0];
  for (let i = hay.indexOf(first, from); i >= 0 && i + n <= hay.length; i = hay.indexOf(first, i + 1)) {
    let k = 1;
    while (k < n && hay[i + k] === needle[k]) k++;
    if (k === n) return i;
  }
  return -1;
}

function u32(b: Uint8Array, o: number): number {
  return (b[o] | (b[o + 1] << 8) | (b[o + 2] << 16) | (b[o + 3] << 24)) >>> 0;
}

/**
 * True when the bytes end with a ZIP's end-of-central-directory record (within the last 64 KiB
 * plus 22 bytes, the longest comment) whose directory ends right before it, starting with a
 * directory entry — or with a ZIP64 locator right before it. What a ZIP with bytes prepended is.
 */
function endsLikeZip(b: Uint8Array): boolean {
  const n = b.length;
  for (let i = n - 22, stop = Math.max(0, n - 22 - 0xffff); i >= stop; i--) {
    if (b[i] !== 0x50 || u32(b, i) !== 0x06054b50) continue;
    if (i + 22 + (b[i + 20] | (b[i + 21] << 8)) > n) continue;
    const count = b[i + 10] | (b[i + 11] << 8);
    const cdSize = u32(b, i + 12);
    if (count === 0xffff || cdSize === 0xffffffff) return i >= 20 && u32(b, i - 20) === 0x07064b50;
    if (cdSize > 0 && cdSize <= i && u32(b, i - cdSize) === 0x02014b50) return true;
  }
  return false;
}

function isOle(bytes: Uint8Array): boolean {
  if (bytes.length < 8) return false;
  for (let i = 0; i < 8; i++) if (bytes[i] !== OLE_MAGIC[i]) return false;
  return true;
}

/** Classifies `bytes` (see the file comment). */
export function sniffBytes(bytes: Uint8Array): Sniffed {
  if (bytes.length >= 2 && bytes[0] === 0x50 && bytes[1] === 0x4b && (bytes.length < 3 || bytes[2] < 9)) return { kind: "zip" };
  if (isOle(bytes)) {
    if (indexOfBytes(bytes, ENCRYPTION_INFO) >= 0 || indexOfBytes(bytes, ENCRYPTED_PACKAGE) >= 0)
      return { kind: "ole", subtype: "encrypted" };
    if (indexOfBytes(bytes, WORKBOOK) < 0) {
      if (indexOfBytes(bytes, WORD_DOCUMENT) >= 0) return { kind: "ole", subtype: "doc" };
      if (indexOfBytes(bytes, POWERPOINT_DOCUMENT) >= 0) return { kind: "ole", subtype: "ppt" };
    }
    return { kind: "ole", subtype: "xls" };
  }
  if (bytes.length >= 5 && bytes[0] === 0x25 && bytes[1] === 0x50 && bytes[2] === 0x44 && bytes[3] === 0x46 && bytes[4] === 0x2d)
    return { kind: "pdf" };
  if (endsLikeZip(bytes)) return { kind: "zip" };
  const text = asText(bytes.subarray(0, 65536));
  if (text === undefined) return { kind: "unknown" };
  const head = text
    .replace(/^[\s\ufeff]+/, "")
    .slice(0, 4096)
    .toLowerCase();
  if (head.startsWith("<")) {
    if (/urn:schemas-microsoft-com:office:spreadsheet/.test(text.slice(0, 8192))) return { kind: "xml2003" };
    if (/<html|<!doctype html|<table|<head|<body|<meta/.test(head)) return { kind: "html" };
    return { kind: "xml" };
  }
  if (/[\r\n,;\t|]/.test(text)) return { kind: "csv" };
  return { kind: "text" };
}

/**
 * Decodes `sample` as text when it looks like text (UTF-8/legacy 8-bit, or UTF-16 with a BOM)
 * with (almost) no control characters; undefined otherwise.
 */
function asText(sample: Uint8Array): string | undefined {
  if (sample.length === 0) return undefined;
  let s: string;
  if (sample.length >= 2 && ((sample[0] === 0xff && sample[1] === 0xfe) || (sample[0] === 0xfe && sample[1] === 0xff))) {
    const le = sample[0] === 0xff;
    s = new TextDecoder(le ? "utf-16le" : "utf-16be").decode(sample.subarray(0, sample.length & ~1));
  } else {
    // Bytes >= 0x80 are accepted (UTF-8, Windows-1258, TCVN3...); only control bytes count against.
    let bad = 0;
    for (let i = 0; i < sample.length; i++) {
      const c = sample[i];
      if (c < 32 && c !== 9 && c !== 10 && c !== 13 && c !== 12 && c !== 26) bad++;
      else if (c === 127) bad++;
    }
    if (bad > sample.length / 1000) return undefined;
    s = new TextDecoder().decode(sample);
  }
  let bad = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if ((c < 32 && c !== 9 && c !== 10 && c !== 13 && c !== 12 && c !== 26) || c === 127) bad++;
  }
  return bad > s.length / 1000 ? undefined : s;
}

/** What a ZIP holds, judging by its entry names (lower-case, no leading "/"). */
export type ZipKind = "xlsx" | "xlsb" | "docx" | "pptx" | "odf" | "zip";

export function classifyZipNames(has: (name: string) => boolean): ZipKind {
  if (has("xl/workbook.xml")) return "xlsx";
  if (has("xl/workbook.bin")) return "xlsb";
  if (has("word/document.xml")) return "docx";
  if (has("ppt/presentation.xml")) return "pptx";
  if (has("mimetype") && has("content.xml")) return "odf"; // OpenDocument (.ods, .odt...): see its "mimetype"
  return "zip";
}
