/** The ZIP layer of the .xlsx reader: CRC-32, stored and deflated entries, names, ZIP64 directories. */
import { strToU8, zipSync } from "fflate";
import { FormatError } from "../../../src/cli/xlsx/errors";
import { crc32, ZipReader } from "../../../src/cli/xlsx/zip";
import { zipItems } from "../../../testkit/hostile/zip";
import { thrown } from "../../helpers/thrown";

/** Rewrites a classic zip's central directory in ZIP64 form (sizes/offsets in the extra field). */
function toZip64(zip: Uint8Array): Uint8Array {
  const dv = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  const eocd = zip.length - 22; // no archive comment
  expect(dv.getUint32(eocd, true)).toBe(0x06054b50);
  const count = dv.getUint16(eocd + 10, true);
  const cdOffset = dv.getUint32(eocd + 16, true);
  const entries: Uint8Array[] = [];
  let p = cdOffset;
  for (let k = 0; k < count; k++) {
    const nameLen = dv.getUint16(p + 28, true);
    const extraLen = dv.getUint16(p + 30, true);
    const commentLen = dv.getUint16(p + 32, true);
    const e = new Uint8Array(46 + nameLen + 28);
    const ev = new DataView(e.buffer);
    e.set(zip.subarray(p, p + 46 + nameLen));
    const csize = dv.getUint32(p + 20, true);
    const usize = dv.getUint32(p + 24, true);
    const local = dv.getUint32(p + 42, true);
    ev.setUint32(20, 0xffffffff, true);
    ev.setUint32(24, 0xffffffff, true);
    ev.setUint32(42, 0xffffffff, true);
    ev.setUint16(30, 28, true);
    ev.setUint16(32, 0, true);
    const x = 46 + nameLen;
    ev.setUint16(x, 1, true);
    ev.setUint16(x + 2, 24, true);
    ev.setBigUint64(x + 4, BigInt(usize), true);
    ev.setBigUint64(x + 12, BigInt(csize), true);
    ev.setBigUint64(x + 20, BigInt(local), true);
    entries.push(e);
    p += 46 + nameLen + extraLen + commentLen;
  }
  const cdSize = entries.reduce((n, e) => n + e.length, 0);
  const out = new Uint8Array(cdOffset + cdSize + 56 + 20 + 22);
  const ov = new DataView(out.buffer);
  out.set(zip.subarray(0, cdOffset));
  let at = cdOffset;
  for (const e of entries) {
    out.set(e, at);
    at += e.length;
  }
  const z64 = at;
  ov.setUint32(at, 0x06064b50, true);
  ov.setBigUint64(at + 4, 44n, true);
  ov.setUint16(at + 12, 45, true);
  ov.setUint16(at + 14, 45, true);
  ov.setBigUint64(at + 24, BigInt(count), true);
  ov.setBigUint64(at + 32, BigInt(count), true);
  ov.setBigUint64(at + 40, BigInt(cdSize), true);
  ov.setBigUint64(at + 48, BigInt(cdOffset), true);
  at += 56;
  ov.setUint32(at, 0x07064b50, true);
  ov.setBigUint64(at + 8, BigInt(z64), true);
  ov.setUint32(at + 16, 1, true);
  at += 20;
  ov.setUint32(at, 0x06054b50, true);
  ov.setUint16(at + 8, 0xffff, true);
  ov.setUint16(at + 10, 0xffff, true);
  ov.setUint32(at + 12, 0xffffffff, true);
  ov.setUint32(at + 16, 0xffffffff, true);
  return out;
}

describe("zip", () => {
  test("crc32", () => {
    expect(crc32(strToU8("123456789"))).toBe(0xcbf43926);
    const data = new Uint8Array(1000).map((_, i) => (i * 7) & 255);
    expect(crc32(data.subarray(500), crc32(data.subarray(0, 500)))).toBe(crc32(data));
  });

  test("ZIP64 directory (EOCD64 + locator + extra fields) reads like the classic one", () => {
    const z = zipSync({
      "[Content_Types].xml": [strToU8("<Types/>"), { level: 0 }],
      "xl/workbook.xml": strToU8("<workbook/>"),
      "xl/worksheets/sheet1.xml": strToU8("<row/>".repeat(5000)),
    });
    const z64 = toZip64(z);
    expect(z64.length).toBeGreaterThan(z.length);
    const classic = new ZipReader(z);
    const wide = new ZipReader(z64);
    expect(wide.entries).toEqual(classic.entries);
    expect(wide.entries.map((e) => [e.name, e.method, e.uncompressedSize])).toEqual([
      ["[Content_Types].xml", 0, 8],
      ["xl/workbook.xml", 8, 11],
      ["xl/worksheets/sheet1.xml", 8, 30000],
    ]);
    for (const e of wide.entries) expect(wide.read(e)).toEqual(classic.read(classic.get(e.name)!));
  });

  test("stored and deflated entries, case-insensitive names", () => {
    const big = strToU8("hello ".repeat(10000));
    const z = zipSync({ "a/B.txt": [strToU8("stored"), { level: 0 }], "c.txt": big });
    const r = new ZipReader(z);
    expect(r.entries.map((e) => [e.name, e.method])).toEqual([
      ["a/B.txt", 0],
      ["c.txt", 8],
    ]);
    expect(new TextDecoder().decode(r.read(r.get("/A/b.TXT")!))).toBe("stored");
    expect(r.read(r.get("c.txt")!)).toEqual(big);
  });

  test("two entries with one name — exactly, or but for case — are refused as corrupt, naming them", () => {
    const refuse = (a: string, b: string): FormatError => {
      const z = zipItems([
        { name: a, data: strToU8("<v>1</v>") },
        { name: "other.xml", data: strToU8("x") },
        { name: b, data: strToU8("<v>2</v>") },
      ]);
      return thrown(FormatError, () => new ZipReader(z));
    };
    const exact = refuse("xl/worksheets/sheet1.xml", "xl/worksheets/sheet1.xml");
    expect(exact.code).toBe("corrupt");
    expect(exact.detail?.en).toBe('the ZIP holds two entries named "xl/worksheets/sheet1.xml"; which one is real cannot be told');
    expect(exact.detail?.vi).toContain('hai mục cùng tên "xl/worksheets/sheet1.xml"');
    const cased = refuse("xl/worksheets/sheet1.xml", "XL/Worksheets/Sheet1.xml");
    expect(cased.code).toBe("corrupt");
    expect(cased.detail?.en).toContain('"xl/worksheets/sheet1.xml" / "XL/Worksheets/Sheet1.xml"');
    // Distinct names are fine.
    const ok = new ZipReader(
      zipItems([
        { name: "a.xml", data: strToU8("1") },
        { name: "b.xml", data: strToU8("2") },
      ]),
    );
    expect(ok.entries.map((e) => e.name)).toEqual(["a.xml", "b.xml"]);
  });
});
