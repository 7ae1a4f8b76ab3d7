/**
 * make-hostile: builds the corpus of hostile workbooks in test/fixtures/hostile (`npm run hostile`).
 *
 * Every case is a real file as people (or other programs) produce them: error values and words in
 * amount cells, merged amounts, hidden rows and sheets, a 10 000-column row, 200 000 formatted empty
 * rows, circular formulas, formulas saved without results, NFD and TCVN3 headers, truncated,
 * encrypted, renamed and bomb files, an empty workbook, a SUM that leaves out a row. Each case says
 * what `baocao check FILE --json` must return; test/cli/hostile.test.ts builds the corpus afresh
 * into a temporary folder and runs the CLI over it, and checks that the committed files are
 * byte for byte what this script writes now.
 *
 * Deterministic: ExcelJS output is written with fixed document dates and re-zipped by our own
 * writer with a fixed entry time (ExcelJS stamps every zip entry with the current time); the other
 * files are built by hand; anything random comes from a seeded generator.
 *
 * Run directly: `tsx scripts/make-hostile.ts [DIR]` (default test/fixtures/hostile).
 */
import { promises as fs } from "node:fs";
import * as path from "node:path";
import ExcelJS from "exceljs";
import { Deflate, deflateSync, strToU8, unzipSync } from "fflate";
import { isCellError, toA1, type Cell, type CellValue, type Grid } from "../src/core/grid/grid";
import type { InputErrorCode } from "../src/cli/xlsx/errors";
import { crc32 } from "../src/cli/xlsx/zip";
import { applyOverrides, pastedAppendixI, pastedAppendixII } from "../test/helpers/reportGrids";
import { templateGrids } from "../test/helpers/templateGrids";
import { randomBytes } from "../test/helpers/random";

export interface HostileExpect {
  /** Exit code of `baocao check FILE --json`. */
  exit: 0 | 1 | 2;
  /** Finding codes that must appear. */
  codes?: string[];
  /** Finding codes that must not appear. */
  absent?: string[];
  /** Findings that must appear at these cells (sheet defaults to the first sheet of the file). */
  at?: { code: string; cell: string; sheet?: string }[];
  /** InputError code, for exit 2. */
  inputError?: InputErrorCode;
}

export interface HostileCase {
  /** File name inside the corpus folder. */
  file: string;
  description: string;
  expect: HostileExpect;
}

// ---------------------------------------------------------------------------------------------
// Writing files: a small deterministic ZIP writer

/** 2024-01-01 00:00:00 as an MS-DOS date and time (local fields, so independent of the time zone). */
const DOS_TIME = 0;
const DOS_DATE = ((2024 - 1980) << 9) | (1 << 5) | 1;

interface ZipItem {
  name: string;
  /** The entry's bytes (deflated here unless `level` is 0). */
  data?: Uint8Array;
  level?: 0 | 1 | 6 | 9;
  /** Already deflated data with its true size and CRC (for the bomb). */
  raw?: { deflated: Uint8Array; size: number; crc: number };
}

function u16(b: Uint8Array, o: number, v: number): void {
  b[o] = v & 255;
  b[o + 1] = (v >>> 8) & 255;
}
function u32(b: Uint8Array, o: number, v: number): void {
  u16(b, o, v & 0xffff);
  u16(b, o + 2, (v >>> 16) & 0xffff);
}

function concat(parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

/** A ZIP archive of `items`, in order, with fixed entry times and UTF-8 names. */
export function zipItems(items: ZipItem[]): Uint8Array {
  const locals: Uint8Array[] = [];
  const centrals: Uint8Array[] = [];
  let offset = 0;
  for (const it of items) {
    const name = strToU8(it.name);
    let method: number;
    let body: Uint8Array;
    let size: number;
    let crc: number;
    if (it.raw) {
      method = 8;
      body = it.raw.deflated;
      size = it.raw.size;
      crc = it.raw.crc;
    } else {
      const data = it.data ?? new Uint8Array(0);
      const level = it.level ?? 6;
      method = level === 0 ? 0 : 8;
      body = level === 0 ? data : deflateSync(data, { level });
      size = data.length;
      crc = crc32(data);
    }
    const local = new Uint8Array(30 + name.length);
    u32(local, 0, 0x04034b50);
    u16(local, 4, 20);
    u16(local, 6, 0x0800);
    u16(local, 8, method);
    u16(local, 10, DOS_TIME);
    u16(local, 12, DOS_DATE);
    u32(local, 14, crc);
    u32(local, 18, body.length);
    u32(local, 22, size);
    u16(local, 26, name.length);
    local.set(name, 30);
    const cd = new Uint8Array(46 + name.length);
    u32(cd, 0, 0x02014b50);
    u16(cd, 4, 20);
    u16(cd, 6, 20);
    u16(cd, 8, 0x0800);
    u16(cd, 10, method);
    u16(cd, 12, DOS_TIME);
    u16(cd, 14, DOS_DATE);
    u32(cd, 16, crc);
    u32(cd, 20, body.length);
    u32(cd, 24, size);
    u16(cd, 28, name.length);
    u32(cd, 42, offset);
    cd.set(name, 46);
    locals.push(local, body);
    centrals.push(cd);
    offset += local.length + body.length;
  }
  const cdBytes = concat(centrals);
  const eocd = new Uint8Array(22);
  u32(eocd, 0, 0x06054b50);
  u16(eocd, 8, items.length);
  u16(eocd, 10, items.length);
  u32(eocd, 12, cdBytes.length);
  u32(eocd, 16, offset);
  return concat([...locals, cdBytes, eocd]);
}

/** Re-zips a package with our writer (same entries and order, directory entries dropped). */
function rezip(bytes: Uint8Array): Uint8Array {
  const files = unzipSync(bytes);
  return zipItems(
    Object.entries(files)
      .filter(([name]) => !name.endsWith("/"))
      .map(([name, data]) => ({ name, data })),
  );
}

// ---------------------------------------------------------------------------------------------
// Workbooks through ExcelJS (as a real generator writes them)

interface SheetOptions {
  state?: "visible" | "hidden" | "veryHidden";
}

type SheetIn = Grid & SheetOptions;

function toExcel(v: CellValue): ExcelJS.CellValue {
  if (isCellError(v)) return { error: v.error } as ExcelJS.CellErrorValue;
  return v;
}

/** Grids → .xlsx bytes with ExcelJS: values, formulas (with or without a cached result), formats, merges, hidden rows and sheets. */
async function excelJs(grids: SheetIn[]): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.creator = "make-hostile";
  wb.lastModifiedBy = "make-hostile";
  wb.created = wb.modified = new Date(0);
  for (const g of grids) {
    const state = g.state ?? (g.hidden ? "hidden" : undefined);
    const ws = wb.addWorksheet(g.name, state ? { state } : undefined);
    g.rows.forEach((row, r) => {
      row?.forEach((cell, c) => {
        if (!cell) return;
        const x = ws.getCell(r + 1, c + 1);
        if (cell.formula) {
          const f = { formula: cell.formula.replace(/^=/, "") } as ExcelJS.CellFormulaValue;
          if (cell.value !== null) f.result = toExcel(cell.value) as ExcelJS.CellFormulaValue["result"];
          x.value = f;
        } else if (cell.value !== null) x.value = toExcel(cell.value);
        if (cell.numberFormat) x.numFmt = cell.numberFormat;
      });
    });
    for (const m of g.merges ?? []) ws.mergeCells(m.top + 1, m.left + 1, m.bottom + 1, m.right + 1);
    for (const r of g.hiddenRows ?? []) ws.getRow(r + 1).hidden = true;
  }
  return rezip(new Uint8Array(await wb.xlsx.writeBuffer()));
}

// ---------------------------------------------------------------------------------------------
// Workbooks by hand (for what ExcelJS is too slow for)

function esc(s: string): string {
  return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

const NS_MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const NS_R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

/** styles.xml: xf 0 default, 1 "#,##0" amount, 2 "#,##0.00" amount, 3 bordered text (the formatted empty rows). */
const HAND_STYLES =
  XML_HEAD +
  `<styleSheet xmlns="${NS_MAIN}"><numFmts count="2"><numFmt numFmtId="164" formatCode="#,##0"/><numFmt numFmtId="165" formatCode="#,##0.00"/></numFmts>` +
  `<fonts count="1"><font><sz val="13"/><name val="Times New Roman"/></font></fonts>` +
  `<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>` +
  `<borders count="2"><border><left/><right/><top/><bottom/><diagonal/></border>` +
  `<border><left style="thin"/><right style="thin"/><top style="thin"/><bottom style="thin"/><diagonal/></border></borders>` +
  `<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>` +
  `<cellXfs count="4"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>` +
  `<xf numFmtId="164" fontId="0" fillId="0" borderId="1" xfId="0" applyNumberFormat="1" applyBorder="1"/>` +
  `<xf numFmtId="165" fontId="0" fillId="0" borderId="1" xfId="0" applyNumberFormat="1" applyBorder="1"/>` +
  `<xf numFmtId="0" fontId="0" fillId="0" borderId="1" xfId="0" applyBorder="1"><alignment wrapText="1"/></xf></cellXfs>` +
  `<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>`;

function styleOf(cell: Cell): number {
  if (cell.numberFormat === "#,##0") return 1;
  if (cell.numberFormat === "#,##0.00") return 2;
  return 0;
}

/** `<row>` elements of a grid (inline strings, numbers, formulas with their cached numbers). */
function rowsXml(g: Grid): string {
  let out = "";
  g.rows.forEach((row, r) => {
    if (!row) return;
    let cells = "";
    row.forEach((cell, c) => {
      if (!cell) return;
      const ref = toA1(r, c);
      const s = styleOf(cell);
      const sAttr = s ? ` s="${s}"` : "";
      const f = cell.formula ? `<f>${esc(cell.formula.replace(/^=/, ""))}</f>` : "";
      const v = cell.value;
      if (typeof v === "string")
        cells += `<c r="${ref}"${sAttr} t="inlineStr"><is><t xml:space="preserve">${esc(v)}</t></is></c>`;
      else if (typeof v === "number") cells += `<c r="${ref}"${sAttr}>${f}<v>${v}</v></c>`;
      else if (f) cells += `<c r="${ref}"${sAttr}>${f}</c>`;
    });
    if (cells) out += `<row r="${r + 1}">${cells}</row>`;
  });
  return out;
}

/** A package written by hand: one or more sheets given as their `<sheetData>` content. */
function handXlsx(sheets: { name: string; sheetData: string; cols?: string; merges?: string }[]): Uint8Array {
  const items: ZipItem[] = [];
  const over = sheets
    .map(
      (_, i) =>
        `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`,
    )
    .join("");
  items.push({
    name: "[Content_Types].xml",
    data: strToU8(
      XML_HEAD +
        `<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>` +
        `<Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>` +
        `${over}<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/></Types>`,
    ),
  });
  items.push({
    name: "_rels/.rels",
    data: strToU8(
      XML_HEAD +
        `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${NS_R}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    ),
  });
  items.push({
    name: "xl/workbook.xml",
    data: strToU8(
      XML_HEAD +
        `<workbook xmlns="${NS_MAIN}" xmlns:r="${NS_R}"><sheets>` +
        sheets.map((s, i) => `<sheet name="${esc(s.name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join("") +
        `</sheets></workbook>`,
    ),
  });
  items.push({
    name: "xl/_rels/workbook.xml.rels",
    data: strToU8(
      XML_HEAD +
        `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
        sheets
          .map((_, i) => `<Relationship Id="rId${i + 1}" Type="${NS_R}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`)
          .join("") +
        `<Relationship Id="rId${sheets.length + 1}" Type="${NS_R}/styles" Target="styles.xml"/></Relationships>`,
    ),
  });
  items.push({ name: "xl/styles.xml", data: strToU8(HAND_STYLES) });
  sheets.forEach((s, i) => {
    items.push({
      name: `xl/worksheets/sheet${i + 1}.xml`,
      data: strToU8(
        XML_HEAD +
          `<worksheet xmlns="${NS_MAIN}" xmlns:r="${NS_R}">${s.cols ?? ""}<sheetData>${s.sheetData}</sheetData>${s.merges ?? ""}</worksheet>`,
      ),
      level: 9,
    });
  });
  return zipItems(items);
}

// ---------------------------------------------------------------------------------------------
// Text encodings

/** TCVN3 (ABC) code of each Vietnamese lower-case letter (toned capitals use these too). */
const TCVN3_LOWER: Record<string, string> = {
  à: "µ",
  ả: "¶",
  ã: "·",
  á: "¸",
  ạ: "¹",
  ă: "¨",
  ằ: "»",
  ẳ: "¼",
  ẵ: "½",
  ắ: "¾",
  ặ: "Æ",
  â: "©",
  ầ: "Ç",
  ẩ: "È",
  ẫ: "É",
  ấ: "Ê",
  ậ: "Ë",
  đ: "®",
  è: "Ì",
  ẻ: "Î",
  ẽ: "Ï",
  é: "Ð",
  ẹ: "Ñ",
  ê: "ª",
  ề: "Ò",
  ể: "Ó",
  ễ: "Ô",
  ế: "Õ",
  ệ: "Ö",
  ì: "×",
  ỉ: "Ø",
  ĩ: "Ü",
  í: "Ý",
  ị: "Þ",
  ò: "ß",
  ỏ: "á",
  õ: "â",
  ó: "ã",
  ọ: "ä",
  ô: "«",
  ồ: "å",
  ổ: "æ",
  ỗ: "ç",
  ố: "è",
  ộ: "é",
  ơ: "¬",
  ờ: "ê",
  ở: "ë",
  ỡ: "ì",
  ớ: "í",
  ợ: "î",
  ù: "ï",
  ủ: "ñ",
  ũ: "ò",
  ú: "ó",
  ụ: "ô",
  ư: "\u00ad",
  ừ: "õ",
  ử: "ö",
  ữ: "÷",
  ứ: "ø",
  ự: "ù",
  ỳ: "ú",
  ỷ: "û",
  ỹ: "ü",
  ý: "ý",
  ỵ: "þ",
};
const TCVN3_CAPITAL: Record<string, string> = { Ă: "¡", Â: "¢", Đ: "§", Ê: "£", Ô: "¤", Ơ: "¥", Ư: "¦" };

/** Unicode Vietnamese → TCVN3 (ABC) text, as a .VnTime document pasted into Excel shows it. */
export function toTcvn3(s: string): string {
  let out = "";
  for (const ch of s.normalize("NFC")) {
    const cap = TCVN3_CAPITAL[ch];
    if (cap !== undefined) out += cap;
    else out += TCVN3_LOWER[ch] ?? TCVN3_LOWER[ch.toLowerCase()] ?? ch;
  }
  return out;
}

/** Applies `f` to every text cell of a grid (in place) and returns it. */
function mapTexts(g: Grid, f: (s: string) => string): Grid {
  for (const row of g.rows) row?.forEach((c) => c && typeof c.value === "string" && (c.value = f(c.value)));
  return g;
}

// ---------------------------------------------------------------------------------------------
// Helpers

function setCell(g: Grid, addr: string, cell: Cell): void {
  const m = /^([A-Z]+)(\d+)$/.exec(addr);
  if (!m) throw new Error(addr);
  let col = 0;
  for (const ch of m[1]) col = col * 26 + ch.charCodeAt(0) - 64;
  const r = (g.rows[Number(m[2]) - 1] ??= []);
  r[col - 1] = cell;
}

function sheetOf(grids: Grid[], name: string): Grid {
  const g = grids.find((x) => x.name === name);
  if (!g) throw new Error(`no sheet ${name}`);
  return g;
}

// ---------------------------------------------------------------------------------------------
// Special files

/**
 * A password-protected workbook as Office saves it: an OLE2 compound file holding the streams
 * "EncryptionInfo" (agile encryption descriptor) and "EncryptedPackage" (seeded random bytes).
 */
function encryptedOle(): Uint8Array {
  const SECTOR = 512;
  const FREESECT = 0xffffffff;
  const ENDOFCHAIN = 0xfffffffe;
  const FATSECT = 0xfffffffd;
  const salt = Buffer.from(randomBytes(11, 16)).toString("base64");
  const key = Buffer.from(randomBytes(12, 32)).toString("base64");
  const xml =
    XML_HEAD +
    `<encryption xmlns="http://schemas.microsoft.com/office/2006/encryption" xmlns:p="http://schemas.microsoft.com/office/2006/keyEncryptor/password">` +
    `<keyData saltSize="16" blockSize="16" keyBits="256" hashSize="64" cipherAlgorithm="AES" cipherChaining="ChainingModeCBC" hashAlgorithm="SHA512" saltValue="${salt}"/>` +
    `<keyEncryptors><keyEncryptor uri="http://schemas.microsoft.com/office/2006/keyEncryptor/password">` +
    `<p:encryptedKey spinCount="100000" saltSize="16" blockSize="16" keyBits="256" hashSize="64" cipherAlgorithm="AES" cipherChaining="ChainingModeCBC" hashAlgorithm="SHA512" saltValue="${salt}" encryptedKeyValue="${key}"/>` +
    `</keyEncryptor></keyEncryptors></encryption>`;
  // Streams of 4096 bytes or more live in regular sectors (no mini stream needed).
  const info = new Uint8Array(4096);
  info.set([4, 0, 4, 0, 0x40, 0, 0, 0]); // version 4.4, agile
  info.set(strToU8(xml), 8);
  const pkg = new Uint8Array(8192);
  u32(pkg, 0, 6000); // size of the (pretend) decrypted package
  pkg.set(randomBytes(13, 8184), 8);
  const infoSectors = info.length / SECTOR;
  const pkgSectors = pkg.length / SECTOR;
  const total = 2 + infoSectors + pkgSectors; // FAT, directory, streams
  const file = new Uint8Array(SECTOR * (1 + total));
  // Header.
  file.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
  u16(file, 24, 0x3e);
  u16(file, 26, 3);
  u16(file, 28, 0xfffe);
  u16(file, 30, 9);
  u16(file, 32, 6);
  u32(file, 44, 1); // FAT sectors
  u32(file, 48, 1); // first directory sector
  u32(file, 56, 4096); // mini stream cutoff
  u32(file, 60, ENDOFCHAIN); // no mini FAT
  u32(file, 68, ENDOFCHAIN); // no DIFAT sectors
  u32(file, 76, 0); // DIFAT[0] = FAT in sector 0
  for (let i = 1; i < 109; i++) u32(file, 76 + i * 4, FREESECT);
  const sec = (n: number) => SECTOR * (1 + n);
  // FAT (sector 0).
  const fat = new Uint32Array(SECTOR / 4).fill(FREESECT);
  fat[0] = FATSECT;
  fat[1] = ENDOFCHAIN;
  for (let i = 0; i < infoSectors; i++) fat[2 + i] = i === infoSectors - 1 ? ENDOFCHAIN : 3 + i;
  const p0 = 2 + infoSectors;
  for (let i = 0; i < pkgSectors; i++) fat[p0 + i] = i === pkgSectors - 1 ? ENDOFCHAIN : p0 + i + 1;
  fat.forEach((v, i) => u32(file, sec(0) + i * 4, v));
  // Directory (sector 1): Root Entry, EncryptionInfo, EncryptedPackage.
  const entry = (
    i: number,
    name: string,
    type: number,
    left: number,
    right: number,
    child: number,
    start: number,
    size: number,
  ) => {
    const o = sec(1) + i * 128;
    for (let k = 0; k < name.length; k++) u16(file, o + k * 2, name.charCodeAt(k));
    u16(file, o + 64, (name.length + 1) * 2);
    file[o + 66] = type;
    file[o + 67] = 1; // black
    u32(file, o + 68, left);
    u32(file, o + 72, right);
    u32(file, o + 76, child);
    u32(file, o + 116, start);
    u32(file, o + 120, size);
  };
  const NOSTREAM = 0xffffffff;
  entry(0, "Root Entry", 5, NOSTREAM, NOSTREAM, 1, ENDOFCHAIN, 0);
  entry(1, "EncryptionInfo", 2, NOSTREAM, 2, NOSTREAM, 2, info.length);
  entry(2, "EncryptedPackage", 2, NOSTREAM, NOSTREAM, NOSTREAM, p0, pkg.length);
  for (let i = 3; i < 4; i++) {
    const o = sec(1) + i * 128;
    u32(file, o + 68, NOSTREAM);
    u32(file, o + 72, NOSTREAM);
    u32(file, o + 76, NOSTREAM);
  }
  file.set(info, sec(2));
  file.set(pkg, sec(p0));
  return file;
}

/** A Word document (.docx) with one paragraph of the report. */
function docx(): Uint8Array {
  const W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
  return zipItems([
    {
      name: "[Content_Types].xml",
      data: strToU8(
        XML_HEAD +
          `<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>` +
          `<Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>`,
      ),
    },
    {
      name: "_rels/.rels",
      data: strToU8(
        XML_HEAD +
          `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${NS_R}/officeDocument" Target="word/document.xml"/></Relationships>`,
      ),
    },
    {
      name: "word/document.xml",
      data: strToU8(
        XML_HEAD +
          `<w:document xmlns:w="${W}"><w:body>` +
          `<w:p><w:r><w:t>BÁO CÁO Kết quả thực hiện công tác chuyển đổi số năm 2023</w:t></w:r></w:p>` +
          `<w:p><w:r><w:t xml:space="preserve">Tổng kinh phí thực hiện từ năm 2021 đến năm 2023 là 8.962,46 triệu đồng.</w:t></w:r></w:p>` +
          `<w:sectPr><w:pgSz w:w="11906" w:h="16838"/></w:sectPr></w:body></w:document>`,
      ),
    },
  ]);
}

/**
 * A zip bomb dressed as a workbook: a valid package whose worksheet part inflates (truly: size
 * and CRC are right) to 256 MiB of spaces from a ~260 KB file.
 */
function zipBomb(): Uint8Array {
  const MiB = 1 << 20;
  const n = 256;
  const block = new Uint8Array(MiB).fill(0x20);
  const chunks: Uint8Array[] = [];
  // One deflate stream over n identical blocks (fflate's streaming Deflate), CRC as we go.
  const d = new Deflate({ level: 1 }, (c) => chunks.push(c));
  let crc = 0;
  for (let i = 0; i < n; i++) {
    crc = crc32(block, crc);
    d.push(block, i === n - 1);
  }
  const deflated = concat(chunks);
  const base = handXlsx([{ name: "Phụ lục I", sheetData: "" }]);
  const files = unzipSync(base);
  return zipItems(
    Object.entries(files).map(([name, data]) =>
      name === "xl/worksheets/sheet1.xml" ? { name, raw: { deflated, size: n * MiB, crc } } : { name, data },
    ),
  );
}

// ---------------------------------------------------------------------------------------------
// The corpus

const PL1 = "Phụ lục I";
const PL2 = "Phụ lục II";

/** Builds a case's bytes; `built` holds the bytes of the cases built before it. */
type Build = (built: Map<string, Uint8Array>) => Promise<Uint8Array | string> | Uint8Array | string;

interface CaseDef extends HostileCase {
  build: Build;
}

/** Formulas saved without their results, as some generators write them. */
function stripResults(g: Grid): Grid {
  for (const row of g.rows) row?.forEach((c) => c?.formula && (c.value = null));
  return g;
}

/** Phụ lục I pasted from a .VnTime document: every text in TCVN3, a "Tổng cộng" line added. */
function tcvn3AppendixI(over: Record<string, string>): Grid {
  return mapTexts(applyOverrides(pastedAppendixI(), { B22: "Tổng cộng", D22: "8.962,46", ...over }), toTcvn3);
}

function previous(built: Map<string, Uint8Array>, file: string): Uint8Array {
  const b = built.get(file);
  if (!b) throw new Error(`${file} must be built first`);
  return b;
}

const CASES: CaseDef[] = [
  {
    file: "01-error-values.xlsx",
    description:
      "Phụ lục I pasted from Word with #REF! (=#REF!), #DIV/0! (=480/0) and a typed #N/A in item amounts of both groups",
    expect: {
      exit: 1,
      codes: ["BAD_VALUE"],
      absent: ["SUM_MISMATCH"],
      at: [
        { code: "BAD_VALUE", cell: "D9" },
        { code: "BAD_VALUE", cell: "D11" },
        { code: "BAD_VALUE", cell: "D16" },
      ],
    },
    build: () => {
      const g = pastedAppendixI();
      setCell(g, "D9", { value: { error: "#REF!" }, formula: "=#REF!" });
      setCell(g, "D11", { value: { error: "#DIV/0!" }, formula: "=480/0" });
      setCell(g, "D16", { value: { error: "#N/A" } });
      return excelJs([g]);
    },
  },
  {
    file: "02-words-in-amounts.xlsx",
    description: 'Phụ lục I with amounts written in words ("hai trăm", "một trăm hai mươi")',
    expect: {
      exit: 1,
      codes: ["BAD_VALUE"],
      absent: ["SUM_MISMATCH"],
      at: [
        { code: "BAD_VALUE", cell: "D13" },
        { code: "BAD_VALUE", cell: "D15" },
      ],
    },
    build: () => excelJs([pastedAppendixI({ D13: "hai trăm", D15: "một trăm hai mươi" })]),
  },
  {
    file: "03-merged-amounts.xlsx",
    description:
      "template Phụ lục I with one amount (320 = 120 + 200) merged over the two item rows D10:D11; the sub-total =SUM(D7:D11) agrees",
    expect: { exit: 0, absent: ["SUM_MISMATCH", "BAD_VALUE"] },
    build: () => {
      const g = sheetOf(templateGrids({ [PL1]: { D10: 320, D11: null } }), PL1);
      g.merges = [...(g.merges ?? []), { top: 9, left: 3, bottom: 10, right: 3 }];
      return excelJs([g]);
    },
  },
  {
    file: "04-hidden-rows-and-sheet.xlsx",
    description:
      'Phụ lục I with hidden item rows 10, 11, 20, and a hidden sheet "Dữ liệu ẩn" holding Phụ lục II with item E8 = 210 (was 120)',
    expect: { exit: 1, codes: ["SUM_MISMATCH"], at: [{ code: "SUM_MISMATCH", sheet: "Dữ liệu ẩn", cell: "E36" }] },
    build: () => {
      const visible = pastedAppendixI();
      visible.hiddenRows = [9, 10, 19];
      const hidden: SheetIn = { ...pastedAppendixII({ E8: "210" }), name: "Dữ liệu ẩn", state: "hidden" };
      return excelJs([visible, hidden]);
    },
  },
  {
    file: "05-ten-thousand-columns.xlsx",
    description: "row 1 holds 10 000 cells (A1:NTP1, text and numbers), Phụ lục I from row 13",
    expect: { exit: 0, absent: ["SUM_MISMATCH", "NO_TABLES"] },
    build: () => {
      const g: Grid = { name: PL1, rows: [] };
      const wide: Cell[] = [];
      for (let c = 0; c < 10000; c++) wide.push(c % 2 === 0 ? { value: `Cột ${c + 1}` } : { value: c });
      g.rows[0] = wide;
      pastedAppendixI().rows.forEach((r, i) => (g.rows[12 + i] = r));
      return excelJs([g]);
    },
  },
  {
    file: "06-formatted-empty-rows.xlsx",
    description:
      "template Phụ lục I (rows 1–18) followed by 200 000 empty rows that carry only a style (rows 19–200 018), written by hand",
    expect: { exit: 0, absent: ["SUM_MISMATCH", "NO_TABLES"] },
    build: () => {
      const t = sheetOf(templateGrids(), PL1);
      const parts: string[] = [];
      for (let r = 19; r < 19 + 200000; r++)
        parts.push(`<row r="${r}" spans="1:5" s="3" customFormat="1" ht="18.75" customHeight="1"/>`);
      const cols =
        `<cols><col min="1" max="1" width="6" style="3" customWidth="1"/><col min="2" max="3" width="40" style="3" customWidth="1"/>` +
        `<col min="4" max="4" width="14" style="1" customWidth="1"/><col min="5" max="5" width="30" style="3" customWidth="1"/></cols>`;
      const merges = `<mergeCells count="4">${[1, 2, 3, 4].map((r) => `<mergeCell ref="A${r}:E${r}"/>`).join("")}</mergeCells>`;
      return handXlsx([{ name: PL1, sheetData: rowsXml(t) + parts.join(""), cols, merges }]);
    },
  },
  {
    file: "07-circular-formulas.xlsx",
    description:
      "template Phụ lục I with D10 =D11+1 and D11 =D10+1 (cached 0, as Excel leaves a circular reference), the sub-total D6 =SUM(D7:D11) saved without a result (an evaluator must walk into the cycle), the total D18 cached 8.642,46",
    expect: { exit: 0 },
    build: () => {
      const grids = templateGrids({
        [PL1]: {
          D10: { formula: "=D11+1", value: 0 },
          D11: { formula: "=D10+1", value: 0 },
          D6: { formula: "=SUM(D7:D11)", value: null },
          D18: { formula: "=D6+D12", value: 8642.46 },
        },
      });
      return excelJs([sheetOf(grids, PL1)]);
    },
  },
  {
    file: "08a-formulas-no-cache.xlsx",
    description: "template Phụ lục I whose =SUM sub-totals and total were saved without results (correct numbers)",
    expect: { exit: 0, absent: ["SUM_MISMATCH", "BAD_VALUE"] },
    build: () => excelJs([stripResults(sheetOf(templateGrids(), PL1))]),
  },
  {
    file: "08b-formulas-no-cache-typo.xlsx",
    description: "as 08a, but item D9 changed 480 → 500 while the sub-total D6 is a typed 6.992,46",
    expect: { exit: 1, codes: ["SUM_MISMATCH"], at: [{ code: "SUM_MISMATCH", cell: "D6" }] },
    build: () => excelJs([stripResults(sheetOf(templateGrids({ [PL1]: { D9: 500, D6: 6992.46 } }), PL1))]),
  },
  {
    file: "08c-formulas-no-cache-whole-sheet.xlsx",
    description:
      "as 08a, with the total =SUM(D7:D11)+SUM(D13:D17)+SUM(F1:XFD1048576) (a whole-sheet range) saved without its result, and a SUBTOTAL sub-total",
    expect: { exit: 0, absent: ["SUM_MISMATCH", "BAD_VALUE"] },
    build: () =>
      excelJs([
        stripResults(
          sheetOf(
            templateGrids({
              [PL1]: {
                D18: { formula: "=SUM(D7:D11)+SUM(D13:D17)+SUM(F1:XFD1048576)", value: 8962.46 },
                D12: { formula: "=SUBTOTAL(9,D13:D17)", value: 1970 },
              },
            }),
            PL1,
          ),
        ),
      ]),
  },
  {
    file: "09-nfd-headers.xlsx",
    description:
      'template Phụ lục I with every text (headers "Nội dung", "Kinh phí", group labels, the sheet name) in Unicode NFD',
    expect: { exit: 0, absent: ["NO_TABLES", "SUM_MISMATCH"] },
    build: () => {
      const g = mapTexts(sheetOf(templateGrids(), PL1), (s) => s.normalize("NFD"));
      g.name = g.name.normalize("NFD");
      return excelJs([g]);
    },
  },
  {
    file: "10a-tcvn3-headers.xlsx",
    description:
      'Phụ lục I pasted from a .VnTime (TCVN3) document: "TT | Néi dung/NhiÖm vô/Dù ¸n | KÕt qu¶, tiÕn ®é thùc hiÖn | Kinh phÝ | Ghi chó", "Tõ n¨m 2021-2022", "N¨m 2023", "Tæng céng"',
    expect: { exit: 0, absent: ["NO_TABLES", "SUM_MISMATCH"] },
    build: () => excelJs([tcvn3AppendixI({})]),
  },
  {
    file: "10b-tcvn3-typo.xlsx",
    description: 'as 10a with the sub-total of "N¨m 2023" typed 1.907 instead of 1.970',
    expect: { exit: 1, codes: ["SUM_MISMATCH"], absent: ["NO_TABLES"], at: [{ code: "SUM_MISMATCH", cell: "D14" }] },
    build: () => excelJs([tcvn3AppendixI({ D14: "1.907" })]),
  },
  {
    file: "11-truncated.xlsx",
    description: "a real workbook (03) cut at 60 % of its bytes, as an interrupted download leaves it",
    expect: { exit: 2, inputError: "truncated" },
    build: (built) => {
      const good = previous(built, "03-merged-amounts.xlsx");
      return good.subarray(0, Math.floor(good.length * 0.6));
    },
  },
  {
    file: "12-encrypted.xlsx",
    description:
      'a password-protected workbook: an OLE2 compound file with "EncryptionInfo" (agile) and "EncryptedPackage" streams',
    expect: { exit: 2, inputError: "encrypted" },
    build: () => encryptedOle(),
  },
  {
    file: "13-csv-renamed.xlsx",
    description: "Phụ lục I saved as CSV (UTF-8 with BOM, semicolons) and renamed .xlsx",
    expect: { exit: 2, inputError: "csv" },
    build: () =>
      "\ufeffTT;Nội dung;Kết quả, tiến độ thực hiện;Kinh phí;Ghi chú\r\n;Năm 2023;;1.970;\r\n" +
      "1;Nâng cao chất lượng Trang thông tin điện tử;2023;120;\r\n2;Duy trì Bộ phận một cửa hiện đại;2023;300;\r\n",
  },
  {
    file: "14-docx-renamed.xlsx",
    description: "the report as a Word .docx renamed .xlsx",
    expect: { exit: 2, inputError: "docx" },
    build: () => docx(),
  },
  {
    file: "15-zip-renamed.xlsx",
    description: "a plain .zip (the report folder: a workbook and a note) renamed .xlsx",
    expect: { exit: 2, inputError: "zip" },
    build: (built) =>
      zipItems([
        { name: "Bao cao CDS 2023/Phu luc I.xlsx", data: previous(built, "09-nfd-headers.xlsx"), level: 0 },
        { name: "Bao cao CDS 2023/Ghi chu.txt", data: strToU8("Gửi Sở Thông tin và Truyền thông kèm báo cáo.\r\n") },
      ]),
  },
  {
    file: "16-zip-bomb.xlsx",
    description: "a valid-looking workbook whose worksheet part truly inflates to 256 MiB (ratio ≈ 1016:1) from ≈ 260 KB",
    expect: { exit: 2, inputError: "too-large" },
    build: () => zipBomb(),
  },
  {
    file: "17-empty-workbook.xlsx",
    description: "a workbook with one empty sheet",
    expect: { exit: 1, codes: ["NO_TABLES"] },
    build: () => excelJs([{ name: "Sheet1", rows: [] }]),
  },
  {
    file: "18-sum-range-gap.xlsx",
    description:
      "template Phụ lục II (live formulas) where group I's =SUM(E8:E12) leaves out E13 (cached 3.420; the total follows: 12.570)",
    expect: {
      exit: 1,
      codes: ["SUM_RANGE_GAP", "SUM_MISMATCH"],
      at: [
        { code: "SUM_RANGE_GAP", cell: "E7" },
        { code: "SUM_MISMATCH", cell: "E7" },
      ],
    },
    build: () => {
      const grids = templateGrids({
        [PL2]: {
          E7: { formula: "=SUM(E8:E12)", value: 3420 },
          E24: { formula: "=E7+E14+E17+E19+E21", value: 12570 },
        },
      });
      return excelJs([sheetOf(grids, PL2)]);
    },
  },
];

/** The cases of the corpus (file, description, expectation), in order. */
export const HOSTILE_CASES: readonly HostileCase[] = CASES.map(({ file, description, expect }) => ({
  file,
  description,
  expect,
}));

/** The files the corpus folder holds: the cases and README.md. */
export const HOSTILE_FILES: readonly string[] = [...CASES.map((c) => c.file), "README.md"];

/** Builds every hostile file (and README.md) into `dir`, created if needed; returns the cases. */
export async function buildHostileCorpus(dir: string): Promise<HostileCase[]> {
  await fs.mkdir(dir, { recursive: true });
  const built = new Map<string, Uint8Array>();
  for (const c of CASES) {
    const out = await c.build(built);
    const bytes = typeof out === "string" ? strToU8(out) : out;
    built.set(c.file, bytes);
    await fs.writeFile(path.join(dir, c.file), bytes);
  }
  const cases = HOSTILE_CASES.map((c) => ({ ...c }));
  await fs.writeFile(path.join(dir, "README.md"), corpusReadme(cases, built));
  return cases;
}

// ---------------------------------------------------------------------------------------------
// Documentation

/** What `baocao check` returns for a case, as a table cell. */
export function outcomeText(e: HostileExpect): string {
  if (e.exit === 2) return `exit 2, \`${e.inputError}\` (one line on stderr)`;
  const codes = [...new Set([...(e.codes ?? []), ...(e.at ?? []).map((a) => a.code)])];
  const at = (e.at ?? []).map((a) => `${a.code} ${a.sheet ? `'${a.sheet}'!` : ""}${a.cell}`);
  let s = `exit ${e.exit}`;
  if (at.length > 0) s += `: ${at.join(", ")}`;
  else if (codes.length > 0) s += `: ${codes.join(", ")}`;
  if (e.absent && e.absent.length > 0) s += `; no ${e.absent.join(", ")}`;
  return s;
}

function size(n: number): string {
  return n >= 1024 * 1024 ? `${(n / 1048576).toFixed(1)} MB` : `${Math.max(1, Math.round(n / 1024))} KB`;
}

/** The table of the corpus (file — what it is — what `baocao check` returns). */
export function corpusTable(cases: HostileCase[], sizes?: Map<string, Uint8Array>): string {
  const head = sizes
    ? "| file | size | what it is | `baocao check` returns |\n|---|---|---|---|\n"
    : "| file | what it is | `baocao check` returns |\n|---|---|---|\n";
  return (
    head +
    cases
      .map((c) => {
        const b = sizes?.get(c.file);
        const cells = [
          `\`${c.file}\``,
          ...(b ? [size(b.length)] : []),
          c.description.replace(/\|/g, "\\|"),
          outcomeText(c.expect),
        ];
        return `| ${cells.join(" | ")} |`;
      })
      .join("\n") +
    "\n"
  );
}

function corpusReadme(cases: HostileCase[], sizes: Map<string, Uint8Array>): string {
  return (
    "# Hostile workbooks\n\n" +
    "Generated by `npm run hostile` (scripts/make-hostile.ts) — do not edit by hand. `test/cli/hostile.test.ts`\n" +
    "rebuilds them in a temporary folder, runs `baocao check FILE --json` over each, and checks that these\n" +
    "committed files are byte for byte what the script writes now (re-run it after changing it).\n\n" +
    "Cells are 1-based Excel addresses on the file's first sheet unless a sheet is named.\n\n" +
    corpusTable(cases, sizes)
  );
}

// ---------------------------------------------------------------------------------------------

if (process.argv[1] && /make-hostile\.ts$/.test(process.argv[1])) {
  const dir = path.resolve(process.argv[2] ?? path.join(__dirname, "..", "test", "fixtures", "hostile"));
  buildHostileCorpus(dir).then(
    (cases) => {
      process.stdout.write(`${cases.length} files written to ${dir}\n`);
      process.stdout.write(corpusTable(cases));
    },
    (e) => {
      process.stderr.write(`${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
      process.exitCode = 1;
    },
  );
}
