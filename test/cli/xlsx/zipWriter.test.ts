/** The ZIP writer of the package copy: copied entries keep their stored bytes; new ones are deflated; names in UTF-8. */
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import { ZipReader } from "../../../src/cli/xlsx/zip";
import { copiedEntry, dosDateTime, newEntry, writeZip } from "../../../src/cli/xlsx/zipWriter";

describe("writeZip", () => {
  const source = zipSync(
    {
      "[Content_Types].xml": [strToU8("<Types/>"), { level: 6 }],
      "xl/media/image1.png": [new Uint8Array([137, 80, 78, 71, 1, 2, 3]), { level: 0 }],
      "xl/Bản thảo.xml": [strToU8("<x>Phụ lục</x>".repeat(50)), { level: 9 }],
    },
    { mtime: new Date(2023, 11, 20, 14, 30, 10) },
  );
  const zip = new ZipReader(source);

  test("copied entries: same stored bytes, method, CRC and date; the archive reads back", () => {
    const out = writeZip(zip.entries.map((e) => copiedEntry(e, zip.raw(e))));
    const again = new ZipReader(out);
    expect(again.entries.map((e) => e.name)).toEqual(["[Content_Types].xml", "xl/media/image1.png", "xl/Bản thảo.xml"]);
    zip.entries.forEach((e, i) => {
      const c = again.entries[i];
      expect({ method: c.method, crc: c.crc32, size: c.uncompressedSize, date: c.dosDateTime }).toEqual({
        method: e.method,
        crc: e.crc32,
        size: e.uncompressedSize,
        date: e.dosDateTime,
      });
      expect(Buffer.from(again.raw(c)).equals(Buffer.from(zip.raw(e)))).toBe(true);
      expect(Buffer.from(again.read(c)).equals(Buffer.from(zip.read(e)))).toBe(true);
    });
    // Another reader agrees, the non-ASCII name included (UTF-8 flag).
    expect(strFromU8(unzipSync(out)["xl/Bản thảo.xml"])).toBe("<x>Phụ lục</x>".repeat(50));
  });

  test("a new entry is deflated, with its CRC and the date given", () => {
    const when = dosDateTime(new Date(2024, 0, 31, 8, 0, 0));
    const text = strToU8("<worksheet/>".repeat(100));
    const out = writeZip([newEntry("xl/worksheets/sheet9.xml", text, when)]);
    const [e] = new ZipReader(out).entries;
    expect(e.method).toBe(8);
    expect(e.compressedSize).toBeLessThan(text.length);
    expect(e.dosDateTime).toBe(when);
    expect(strFromU8(new ZipReader(out).read(e))).toBe("<worksheet/>".repeat(100));
    // 2024-01-31 08:00:00 in MS-DOS form: date (44 << 9 | 1 << 5 | 31), time (8 << 11).
    expect(when).toBe((((44 << 9) | (1 << 5) | 31) << 16) | (8 << 11));
  });
});
