/** A small deterministic ZIP writer for the hostile corpus: fixed entry times, UTF-8 names. */
import { deflateSync, strToU8, unzipSync } from "fflate";
import { crc32 } from "../../src/cli/xlsx/zip";

/** 2024-01-01 00:00:00 as an MS-DOS date and time (local fields, so independent of the time zone). */
const DOS_TIME = 0;
const DOS_DATE = ((2024 - 1980) << 9) | (1 << 5) | 1;

export interface ZipItem {
  name: string;
  /** The entry's bytes (deflated here unless `level` is 0). */
  data?: Uint8Array;
  level?: 0 | 1 | 6 | 9;
  /** Already deflated data with its true size and CRC (for the bomb). */
  raw?: { deflated: Uint8Array; size: number; crc: number };
}

export function u16(b: Uint8Array, o: number, v: number): void {
  b[o] = v & 255;
  b[o + 1] = (v >>> 8) & 255;
}
export function u32(b: Uint8Array, o: number, v: number): void {
  u16(b, o, v & 0xffff);
  u16(b, o + 2, (v >>> 16) & 0xffff);
}

export function concat(parts: Uint8Array[]): Uint8Array {
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
    // The fields a local header and its central directory entry share, from "version needed".
    const common = (b: Uint8Array, at: number): void => {
      u16(b, at, 20);
      u16(b, at + 2, 0x0800); // UTF-8 name
      u16(b, at + 4, method);
      u16(b, at + 6, DOS_TIME);
      u16(b, at + 8, DOS_DATE);
      u32(b, at + 10, crc);
      u32(b, at + 14, body.length);
      u32(b, at + 18, size);
      u16(b, at + 22, name.length);
    };
    const local = new Uint8Array(30 + name.length);
    u32(local, 0, 0x04034b50);
    common(local, 4);
    local.set(name, 30);
    const cd = new Uint8Array(46 + name.length);
    u32(cd, 0, 0x02014b50);
    u16(cd, 4, 20); // version made by
    common(cd, 6);
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
export function rezip(bytes: Uint8Array): Uint8Array {
  const files = unzipSync(bytes);
  return zipItems(
    Object.entries(files)
      .filter(([name]) => !name.endsWith("/"))
      .map(([name, data]) => ({ name, data })),
  );
}
