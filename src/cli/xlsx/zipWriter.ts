/**
 * A small ZIP writer for .xlsx packages: parts copied from a source package keep their stored
 * bytes (compressed data, CRC-32 and dates copied, never inflated and deflated again); new or
 * edited parts are deflated with fflate.
 *
 * Writes classic ZIP records only (no ZIP64, no data descriptors, no extra fields); names are
 * UTF-8 (flag bit 11 set when a name is not ASCII). A package past the classic limits (65 535
 * entries, 4 GiB) is refused with `too-large` — the reader refuses such workbooks long before.
 *
 * Pure TypeScript (no Node APIs).
 */
import { deflateSync } from "fflate";
import { FormatError } from "./errors";
import { crc32, type ZipEntry } from "./zip";

/** One entry to write, its data as it is to be stored. */
export interface ZipOutEntry {
  name: string;
  /** 0 = stored, 8 = deflate. */
  method: number;
  crc32: number;
  uncompressedSize: number;
  /** The data as stored (compressed when `method` is 8). */
  data: Uint8Array;
  /** MS-DOS time in the low 16 bits, date in the high 16 bits. */
  dosDateTime: number;
}

/** The entry `entry` of a source package, with its data as stored there (`ZipReader.raw`). */
export function copiedEntry(entry: ZipEntry, stored: Uint8Array): ZipOutEntry {
  return {
    name: entry.name,
    method: entry.method,
    crc32: entry.crc32,
    uncompressedSize: entry.uncompressedSize,
    data: stored,
    dosDateTime: entry.dosDateTime,
  };
}

/** `date` as an MS-DOS date and time (local time, 2-second steps; 1980 at the earliest). */
export function dosDateTime(date: Date): number {
  const year = Math.max(1980, Math.min(2107, date.getFullYear()));
  const d = ((year - 1980) << 9) | ((date.getMonth() + 1) << 5) | date.getDate();
  const t = (date.getHours() << 11) | (date.getMinutes() << 5) | Math.floor(date.getSeconds() / 2);
  return ((d << 16) | t) >>> 0;
}

/** A new entry holding `content`, deflated. */
export function newEntry(name: string, content: Uint8Array, when: number): ZipOutEntry {
  return {
    name,
    method: 8,
    crc32: crc32(content),
    uncompressedSize: content.length,
    data: deflateSync(content, { level: 6 }),
    dosDateTime: when,
  };
}

const utf8 = new TextEncoder();

function tooLarge(): FormatError {
  return new FormatError("too-large", {
    vi: "gói quá lớn để ghi thành tệp ZIP thông thường",
    en: "the package is too large for a classic ZIP file",
  });
}

/** The entries, in the order given, as the bytes of a ZIP file. */
export function writeZip(entries: readonly ZipOutEntry[]): Uint8Array {
  if (entries.length > 0xffff) throw tooLarge();
  const names = entries.map((e) => utf8.encode(e.name));
  let localSize = 0;
  let centralSize = 0;
  entries.forEach((e, i) => {
    localSize += 30 + names[i].length + e.data.length;
    centralSize += 46 + names[i].length;
  });
  const total = localSize + centralSize + 22;
  if (localSize > 0xffffffff || total > 0xffffffff) throw tooLarge();

  const out = new Uint8Array(total);
  const view = new DataView(out.buffer);
  const offsets: number[] = [];
  let p = 0;
  const u16 = (v: number) => {
    view.setUint16(p, v, true);
    p += 2;
  };
  const u32 = (v: number) => {
    view.setUint32(p, v >>> 0, true);
    p += 4;
  };
  const flagsOf = (e: ZipOutEntry) => (/^[\x20-\x7e]*$/.test(e.name) ? 0 : 0x0800);
  /** What the local header and the central directory both say of an entry, from its flags to its name's length. */
  const entryFields = (e: ZipOutEntry, i: number) => {
    u16(flagsOf(e));
    u16(e.method);
    u32(e.dosDateTime);
    u32(e.crc32);
    u32(e.data.length);
    u32(e.uncompressedSize);
    u16(names[i].length);
  };

  entries.forEach((e, i) => {
    offsets.push(p);
    u32(0x04034b50);
    u16(20); // version needed: 2.0 (deflate)
    entryFields(e, i);
    u16(0); // extra
    out.set(names[i], p);
    p += names[i].length;
    out.set(e.data, p);
    p += e.data.length;
  });
  const centralStart = p;
  entries.forEach((e, i) => {
    u32(0x02014b50);
    u16(20); // made by: MS-DOS, 2.0
    u16(20); // version needed
    entryFields(e, i);
    u16(0); // extra
    u16(0); // comment
    u16(0); // disk
    u16(0); // internal attributes
    u32(0); // external attributes
    u32(offsets[i]);
    out.set(names[i], p);
    p += names[i].length;
  });
  const centralBytes = p - centralStart;
  u32(0x06054b50);
  u16(0);
  u16(0);
  u16(entries.length);
  u16(entries.length);
  u32(centralBytes);
  u32(centralStart);
  u16(0);
  return out;
}
