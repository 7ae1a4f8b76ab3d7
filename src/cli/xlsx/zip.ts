/**
 * A small, defensive ZIP reader for .xlsx packages (on top of fflate's inflater).
 *
 * - Parses the End Of Central Directory record (and the ZIP64 EOCD locator/record when the
 *   classic fields overflow), then the central directory: UTF-8 names, method 0 (stored) or 8
 *   (deflate), sizes, CRC-32 and local header offsets (ZIP64 extra field supported). The local
 *   header is read only when an entry is opened, to find where its data starts. Data prepended
 *   to the archive (self-extractor stubs) is tolerated.
 * - Only the entries asked for are inflated, through fflate's streaming `Inflate` in 32 KiB
 *   input slices, so output can be consumed chunk by chunk ({@link ZipReader.stream}) without
 *   ever holding the whole part.
 * - Zip-bomb safety: an entry whose declared uncompressed size is over `maxEntryBytes`
 *   (512 MiB), or whose declared sizes add up (over the entries read) to more than
 *   `maxTotalBytes` (1 GiB), or whose declared ratio is over `maxRatio` (1000:1) while bigger
 *   than `ratioMinBytes` (10 MiB) is refused with `too-large` before inflating. Declared sizes
 *   are never trusted: inflating stops with `corrupt` as soon as the output passes the declared
 *   size; a short output and a CRC-32 mismatch are `corrupt` as well.
 * - Errors are {@link FormatError}s: `truncated` (no EOCD, or the directory / an entry runs past
 *   the end of the bytes), `corrupt` (also two entries with one name, compared case-insensitively
 *   as OPC part names are: readers disagree on which one counts), `too-large`, `encrypted`
 *   (ZIP-level encryption).
 *
 * Pure TypeScript (no Node APIs), so it also runs in a browser.
 */
import { Inflate, inflateSync } from "fflate";
import { FormatError } from "./errors";

export interface ZipEntry {
  /** Name as stored (UTF-8 decoded, "\" turned into "/"). */
  name: string;
  /** 0 = stored, 8 = deflate (others are refused when read). */
  method: number;
  /** General purpose bit flags (bit 0 = encrypted). */
  flags: number;
  crc32: number;
  compressedSize: number;
  uncompressedSize: number;
  /** Offset of the local file header (already corrected for prepended data). */
  localHeaderOffset: number;
  /** Last modification as stored: MS-DOS time in the low 16 bits, date in the high 16 bits. */
  dosDateTime: number;
}

export interface ZipLimits {
  /** Refuse an entry whose declared uncompressed size is larger (default 512 MiB). */
  maxEntryBytes: number;
  /** Refuse when the declared sizes of the entries read add up to more (default 1 GiB). */
  maxTotalBytes: number;
  /** Refuse an entry bigger than `ratioMinBytes` whose size/compressed ratio is above this (1000). */
  maxRatio: number;
  /** See `maxRatio` (default 10 MiB). */
  ratioMinBytes: number;
}

const DEFAULT_ZIP_LIMITS: ZipLimits = {
  maxEntryBytes: 512 * 1024 * 1024,
  maxTotalBytes: 1024 * 1024 * 1024,
  maxRatio: 1000,
  ratioMinBytes: 10 * 1024 * 1024,
};

const SIG_EOCD = 0x06054b50;
const SIG_ZIP64_LOCATOR = 0x07064b50;
const SIG_ZIP64_EOCD = 0x06064b50;
const SIG_CENTRAL = 0x02014b50;
const SIG_LOCAL = 0x04034b50;

/** Input slice pushed to the inflater at a time: bounds the output of one step (≈ 1032 × this). */
const INFLATE_SLICE = 32 * 1024;
/**
 * An entry declaring at most this much (within the limits) is inflated in one go into a buffer of
 * its declared size (and one byte): no buffer grown and copied block after block (the streaming
 * inflater's cost, most of it in allocation — which worker threads sharing one process pay the
 * most). A size that lies is still caught, as in streaming: by the length, and the CRC-32.
 */
const ONE_SHOT_BYTES = 16 * 1024 * 1024;
/** Inflated data handed to the consumer at a time. */
const DELIVER_SLICE = 1 << 20;

// ---------------------------------------------------------------------------------------------
// CRC-32 (slicing-by-8)

const CRC_TABLES: Uint32Array[] = (() => {
  const t: Uint32Array[] = [];
  for (let k = 0; k < 8; k++) t.push(new Uint32Array(256));
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[0][n] = c >>> 0;
  }
  for (let n = 0; n < 256; n++) {
    let c = t[0][n];
    for (let k = 1; k < 8; k++) {
      c = t[0][c & 0xff] ^ (c >>> 8);
      t[k][n] = c >>> 0;
    }
  }
  return t;
})();

/**
 * CRC-32 (IEEE, as in ZIP) of `data`. Pass the previous result as `crc` to continue a running CRC.
 */
export function crc32(data: Uint8Array, crc = 0): number {
  const [t0, t1, t2, t3, t4, t5, t6, t7] = CRC_TABLES;
  let c = ~crc >>> 0;
  let i = 0;
  const n = data.length;
  const end8 = n - (n % 8);
  while (i < end8) {
    const a = (data[i] | (data[i + 1] << 8) | (data[i + 2] << 16) | (data[i + 3] << 24)) ^ c;
    c =
      t7[a & 0xff] ^
      t6[(a >>> 8) & 0xff] ^
      t5[(a >>> 16) & 0xff] ^
      t4[a >>> 24] ^
      t3[data[i + 4]] ^
      t2[data[i + 5]] ^
      t1[data[i + 6]] ^
      t0[data[i + 7]];
    i += 8;
  }
  while (i < n) c = t0[(c ^ data[i++]) & 0xff] ^ (c >>> 8);
  return ~c >>> 0;
}

// ---------------------------------------------------------------------------------------------

const utf8 = new TextDecoder("utf-8");

function u16(b: Uint8Array, o: number): number {
  return b[o] | (b[o + 1] << 8);
}
function u32(b: Uint8Array, o: number): number {
  return (b[o] | (b[o + 1] << 8) | (b[o + 2] << 16) | (b[o + 3] << 24)) >>> 0;
}
function u64(b: Uint8Array, o: number): number {
  // Exact below 2^53, which is far beyond any buffer we can hold.
  return u32(b, o) + u32(b, o + 4) * 0x100000000;
}

const MiB = (n: number): string => `${Math.round(n / 1048576)} MiB`;

/** Reads the central directory of a ZIP held in memory; see the file comment. */
export class ZipReader {
  readonly entries: ZipEntry[] = [];
  private readonly byName = new Map<string, ZipEntry>();
  private readonly limits: ZipLimits;
  private declaredTotal = 0;

  /** @throws FormatError `truncated` | `corrupt` */
  constructor(
    private readonly bytes: Uint8Array,
    limits?: Partial<ZipLimits>,
  ) {
    this.limits = { ...DEFAULT_ZIP_LIMITS, ...limits };
    this.parseDirectory();
  }

  /** The entry called `name` (OPC part names are case-insensitive; a leading "/" is ignored). */
  get(name: string): ZipEntry | undefined {
    return this.byName.get(normalizeName(name));
  }

  has(name: string): boolean {
    return this.byName.has(normalizeName(name));
  }

  /** Inflates a whole entry and verifies it. @throws FormatError */
  read(entry: ZipEntry): Uint8Array {
    // Chunks are gathered first: a lying declared size must not make us allocate it.
    const chunks: Uint8Array[] = [];
    let total = 0;
    this.stream(entry, (chunk) => {
      chunks.push(chunk.slice());
      total += chunk.length;
    });
    if (chunks.length === 1) return chunks[0];
    const out = new Uint8Array(total);
    let at = 0;
    for (const c of chunks) {
      out.set(c, at);
      at += c.length;
    }
    return out;
  }

  /**
   * Inflates `entry`, handing its data to `onChunk` piece by piece (pieces are only valid during
   * the call). Checks the limits first, then the size and CRC-32 while inflating: a FormatError is
   * thrown after (possibly) some chunks were delivered, so discard partial results on error.
   */
  stream(entry: ZipEntry, onChunk: (chunk: Uint8Array) => void): void {
    const { name, uncompressedSize: size, compressedSize: csize } = entry;
    const L = this.limits;
    if (entry.flags & 1) {
      throw new FormatError("encrypted", { vi: `phần ${name} được mã hóa kiểu ZIP`, en: `ZIP-encrypted entry ${name}` });
    }
    if (size > L.maxEntryBytes) {
      throw new FormatError("too-large", {
        vi: `phần ${name} khai báo ${MiB(size)} khi giải nén, vượt giới hạn ${MiB(L.maxEntryBytes)}`,
        en: `${name} declares ${MiB(size)} uncompressed, over the ${MiB(L.maxEntryBytes)} limit`,
      });
    }
    if (this.declaredTotal + size > L.maxTotalBytes) {
      throw new FormatError("too-large", {
        vi: `tổng dung lượng giải nén vượt giới hạn ${MiB(L.maxTotalBytes)}`,
        en: `total uncompressed size over the ${MiB(L.maxTotalBytes)} limit`,
      });
    }
    if (size > L.ratioMinBytes && size > L.maxRatio * csize) {
      throw new FormatError("too-large", {
        vi: `phần ${name} có tỷ lệ nén bất thường (${Math.round(size / Math.max(1, csize))}:1), nghi là "bom nén"`,
        en: `${name} has an abnormal compression ratio (${Math.round(size / Math.max(1, csize))}:1), a likely zip bomb`,
      });
    }
    this.declaredTotal += size;

    const start = this.dataStart(entry);
    const data = this.bytes.subarray(start, start + csize);
    let crc = 0;
    let total = 0;
    const corrupt = (en: string, vi: string) => new FormatError("corrupt", { vi: `phần ${name}: ${vi}`, en: `${name}: ${en}` });
    let consumerFailed = false;
    const deliver = (chunk: Uint8Array) => {
      if (chunk.length === 0) return;
      total += chunk.length;
      if (total > size) throw corrupt("more data than declared", "dữ liệu dài hơn kích thước khai báo");
      crc = crc32(chunk, crc);
      try {
        onChunk(chunk);
      } catch (e) {
        consumerFailed = true; // the consumer's own error: pass it through unchanged
        throw e;
      }
    };

    const deliverAll = (all: Uint8Array) => {
      for (let i = 0; i < all.length; i += DELIVER_SLICE) deliver(all.subarray(i, Math.min(all.length, i + DELIVER_SLICE)));
    };
    if (entry.method === 0) {
      if (csize !== size) throw corrupt("stored sizes differ", "kích thước không khớp");
      deliverAll(data);
    } else if (entry.method === 8) {
      try {
        if (size <= ONE_SHOT_BYTES && data.length > 0)
          // One byte more than declared: data that runs past the declared size shows as that byte.
          deliverAll(inflateSync(data, { out: new Uint8Array(size + 1) }));
        else {
          const inf = new Inflate((chunk) => deliver(chunk));
          if (data.length === 0) inf.push(new Uint8Array(0), true);
          for (let i = 0; i < data.length; i += INFLATE_SLICE) {
            const end = Math.min(data.length, i + INFLATE_SLICE);
            inf.push(data.subarray(i, end), end === data.length);
          }
        }
      } catch (e) {
        if (consumerFailed || e instanceof FormatError) throw e;
        const msg = e instanceof Error ? e.message : String(e);
        throw corrupt(`invalid compressed data (${msg})`, `dữ liệu nén không hợp lệ (${msg})`);
      }
    } else {
      throw corrupt(`unsupported compression method ${entry.method}`, `phương thức nén ${entry.method} không được hỗ trợ`);
    }
    if (total !== size)
      throw corrupt(`${total} bytes instead of the declared ${size}`, `có ${total} byte thay vì ${size} byte như khai báo`);
    if (crc !== entry.crc32) throw corrupt("CRC-32 mismatch", "sai mã kiểm tra CRC-32");
  }

  /**
   * The entry's data as stored (compressed, not inflated, not checked): what a writer copies to
   * keep the part byte for byte. @throws FormatError `encrypted`, `truncated`, `corrupt`
   */
  raw(entry: ZipEntry): Uint8Array {
    if (entry.flags & 1) {
      throw new FormatError("encrypted", {
        vi: `phần ${entry.name} được mã hóa kiểu ZIP`,
        en: `ZIP-encrypted entry ${entry.name}`,
      });
    }
    const start = this.dataStart(entry);
    return this.bytes.subarray(start, start + entry.compressedSize);
  }

  // -------------------------------------------------------------------------------------------

  private dataStart(entry: ZipEntry): number {
    const b = this.bytes;
    const off = entry.localHeaderOffset;
    if (off + 30 > b.length) throw truncated(`local header of ${entry.name} past the end`);
    if (u32(b, off) !== SIG_LOCAL) {
      throw new FormatError("corrupt", { vi: `thiếu đầu mục của ${entry.name}`, en: `bad local header for ${entry.name}` });
    }
    const start = off + 30 + u16(b, off + 26) + u16(b, off + 28);
    if (start + entry.compressedSize > b.length) throw truncated(`${entry.name} runs past the end of the file`);
    return start;
  }

  private parseDirectory(): void {
    const b = this.bytes;
    const n = b.length;
    // 1. EOCD: the last signature whose comment fits in the file.
    let eocd = -1;
    for (let i = n - 22, stop = Math.max(0, n - 22 - 0xffff); i >= stop; i--) {
      if (u32(b, i) === SIG_EOCD && i + 22 + u16(b, i + 20) <= n) {
        eocd = i;
        break;
      }
    }
    if (eocd < 0) throw truncated("end of central directory not found");
    let count = u16(b, eocd + 10);
    let cdSize = u32(b, eocd + 12);
    let cdOffset = u32(b, eocd + 16);
    let cdEndLimit = eocd; // the directory must end before the record describing it

    // 2. ZIP64 EOCD when a field overflowed (or when a locator is simply present).
    const loc = eocd - 20;
    if (loc >= 0 && u32(b, loc) === SIG_ZIP64_LOCATOR) {
      const z = u64(b, loc + 8);
      let z64 = -1;
      if (z + 56 <= loc && u32(b, z) === SIG_ZIP64_EOCD) z64 = z;
      else {
        // Prepended data shifts every offset: look backwards for the record itself.
        for (let i = loc - 56; i >= Math.max(0, loc - 56 - 4096); i--) {
          if (u32(b, i) === SIG_ZIP64_EOCD) {
            z64 = i;
            break;
          }
        }
      }
      if (z64 >= 0) {
        count = u64(b, z64 + 32);
        cdSize = u64(b, z64 + 40);
        cdOffset = u64(b, z64 + 48);
        cdEndLimit = z64;
      } else if (count === 0xffff || cdSize === 0xffffffff || cdOffset === 0xffffffff) {
        throw truncated("ZIP64 end of central directory not found");
      }
    }

    // 3. Locate the directory (tolerating prepended bytes: the directory ends right before EOCD).
    let delta = 0;
    if (cdSize > cdEndLimit) throw truncated("central directory larger than the file");
    if (!(cdOffset + cdSize <= cdEndLimit && (cdSize === 0 || u32(b, cdOffset) === SIG_CENTRAL))) {
      const guess = cdEndLimit - cdSize;
      if (cdSize > 0 && guess >= 0 && u32(b, guess) === SIG_CENTRAL) delta = guess - cdOffset;
      else if (cdOffset + cdSize > n) throw truncated("central directory runs past the end");
      else throw new FormatError("corrupt", { vi: "thư mục trung tâm của tệp nén bị hỏng", en: "bad ZIP central directory" });
    }
    let p = cdOffset + delta;
    const end = p + cdSize;
    if (count > cdSize / 46 + 1) count = Math.floor(cdSize / 46); // never trust the count
    for (let k = 0; k < count || (p + 46 <= end && u32(b, p) === SIG_CENTRAL); k++) {
      if (p + 46 > end || u32(b, p) !== SIG_CENTRAL) {
        throw new FormatError("corrupt", { vi: "mục trong thư mục trung tâm bị hỏng", en: "bad ZIP central directory entry" });
      }
      const flags = u16(b, p + 8);
      const method = u16(b, p + 10);
      const dosDateTime = u32(b, p + 12);
      const crc = u32(b, p + 16);
      let csize = u32(b, p + 20);
      let usize = u32(b, p + 24);
      const nameLen = u16(b, p + 28);
      const extraLen = u16(b, p + 30);
      const commentLen = u16(b, p + 32);
      let local = u32(b, p + 42);
      const next = p + 46 + nameLen + extraLen + commentLen;
      if (next > end) {
        throw new FormatError("corrupt", { vi: "mục trong thư mục trung tâm bị hỏng", en: "bad ZIP central directory entry" });
      }
      const rawName = b.subarray(p + 46, p + 46 + nameLen);
      const name = utf8.decode(rawName).replace(/\\/g, "/");
      // ZIP64 extended information extra field.
      if (usize === 0xffffffff || csize === 0xffffffff || local === 0xffffffff) {
        let e = p + 46 + nameLen;
        const eEnd = e + extraLen;
        while (e + 4 <= eEnd) {
          const id = u16(b, e);
          const len = u16(b, e + 2);
          if (id === 1) {
            let q = e + 4;
            const qEnd = Math.min(eEnd, q + len);
            if (usize === 0xffffffff && q + 8 <= qEnd) {
              usize = u64(b, q);
              q += 8;
            }
            if (csize === 0xffffffff && q + 8 <= qEnd) {
              csize = u64(b, q);
              q += 8;
            }
            if (local === 0xffffffff && q + 8 <= qEnd) {
              local = u64(b, q);
              q += 8;
            }
            break;
          }
          e += 4 + len;
        }
      }
      local += delta;
      if (local + 30 + csize > n) throw truncated(`${name} runs past the end of the file`);
      const entry: ZipEntry = {
        name,
        method,
        flags,
        crc32: crc,
        compressedSize: csize,
        uncompressedSize: usize,
        localHeaderOffset: local,
        dosDateTime,
      };
      this.entries.push(entry);
      const key = normalizeName(name);
      const twin = this.byName.get(key);
      if (twin) throw duplicate(twin.name, name);
      this.byName.set(key, entry);
      p = next;
    }
  }
}

/**
 * Two directory entries for one name (or for names equal but for case: OPC part names are
 * case-insensitive). Readers disagree on which one counts — a crafted file could show other
 * numbers in Excel than here — so the file is refused.
 */
function duplicate(first: string, second: string): FormatError {
  const what = first === second ? `"${first}"` : `"${first}" / "${second}"`;
  return new FormatError("corrupt", {
    vi: `tệp nén chứa hai mục cùng tên ${what}, không biết mục nào là thật`,
    en: `the ZIP holds two entries named ${what}; which one is real cannot be told`,
  });
}

function truncated(en: string): FormatError {
  return new FormatError("truncated", { vi: "thiếu phần cuối của tệp nén", en });
}

/** Lower-cases and strips a leading "/" (OPC part names are case-insensitive). */
function normalizeName(name: string): string {
  return (name.startsWith("/") ? name.slice(1) : name).toLowerCase();
}
