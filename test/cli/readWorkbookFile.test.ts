/**
 * Bad input: every wrong, damaged or hostile file must end in an InputError with the right code
 * and one-line Vietnamese/English messages naming the file — never another exception, never a
 * hang, never a huge allocation.
 */
import { promises as fs } from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import ExcelJS from "exceljs";
import { Deflate, strFromU8, strToU8, unzipSync, zipSync, type Zippable } from "fflate";
import { readWorkbookFile } from "../../src/cli/readWorkbookFile";
import { InputError, type InputErrorCode } from "../../src/cli/xlsx/errors";
import { readXlsx } from "../../src/cli/xlsx/readXlsx";
import { crc32, type ZipEntry, ZipReader } from "../../src/cli/xlsx/zip";
import { zipItems } from "../../testkit/hostile/zip";
import { randomBytes, rng } from "../../testkit/random";

let dir: string;
let goodXlsx: Uint8Array;

beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), "baocao-xlsx-bad-"));
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Phụ lục I");
  ws.getCell("A1").value = "Chỉ tiêu";
  ws.getCell("B2").value = 892.46;
  ws.getCell("B3").value = { formula: "B2*2", result: 1784.92 };
  goodXlsx = new Uint8Array(await wb.xlsx.writeBuffer());
});

afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

async function writeTmp(name: string, bytes: Uint8Array | string): Promise<string> {
  const p = path.join(dir, name);
  await fs.writeFile(p, bytes);
  return p;
}

function checkError(e: unknown, code: InputErrorCode, name: string): InputError {
  if (!(e instanceof InputError)) throw new Error(`expected InputError, got ${String(e)}`);
  expect(e.code).toBe(code);
  for (const m of [e.vi, e.en, e.message]) {
    expect(m).not.toMatch(/[\r\n]/);
    expect(m).toContain(name);
  }
  expect(e.message).toBe(e.vi);
  return e;
}

async function expectFileError(p: string, code: InputErrorCode): Promise<InputError> {
  let err: unknown;
  try {
    await readWorkbookFile(p);
  } catch (e) {
    err = e;
  }
  return checkError(err, code, path.basename(p));
}

function expectBytesError(bytes: Uint8Array, code: InputErrorCode, name = "so-lieu.xlsx"): InputError {
  let err: unknown;
  try {
    readXlsx(bytes, { fileName: name });
  } catch (e) {
    err = e;
  }
  return checkError(err, code, name);
}

/** Reads bytes and accepts any outcome but a non-InputError exception. */
function readNeverThrowsOther(bytes: Uint8Array): void {
  try {
    readXlsx(bytes, { fileName: "fuzz.xlsx" });
  } catch (e) {
    if (!(e instanceof InputError)) throw e;
    expect(e.vi).not.toMatch(/[\r\n]/);
    expect(e.en).not.toMatch(/[\r\n]/);
  }
}

const u32le = (b: Uint8Array, o: number, v: number) => {
  b[o] = v & 255;
  b[o + 1] = (v >>> 8) & 255;
  b[o + 2] = (v >>> 16) & 255;
  b[o + 3] = (v >>> 24) & 255;
};

/** Patches the central directory (and local header) fields of the entry `name` in a zip. */
function patchEntry(zip: Uint8Array, name: string, fields: { usize?: number; csize?: number; crc?: number }): Uint8Array {
  const b = zip.slice();
  const dv = new DataView(b.buffer);
  for (let p = 0; p + 46 <= b.length; p++) {
    if (dv.getUint32(p, true) !== 0x02014b50) continue;
    const nameLen = dv.getUint16(p + 28, true);
    if (strFromU8(b.subarray(p + 46, p + 46 + nameLen)) !== name) continue;
    const local = dv.getUint32(p + 42, true);
    for (const [base, crcOff, csOff, usOff] of [
      [p, 16, 20, 24],
      [local, 14, 18, 22],
    ]) {
      if (fields.crc !== undefined) u32le(b, base + crcOff, fields.crc);
      if (fields.csize !== undefined) u32le(b, base + csOff, fields.csize);
      if (fields.usize !== undefined) u32le(b, base + usOff, fields.usize);
    }
    return b;
  }
  throw new Error(`entry ${name} not found`);
}

/** A minimal one-sheet package around `sheetXml` (extra files merged in). */
function pkg(sheetXml: string, extra: Zippable = {}): Uint8Array {
  const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
  return zipSync({
    "[Content_Types].xml": strToU8("<Types/>"),
    "_rels/.rels": strToU8(
      `<Relationships><Relationship Id="r1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    ),
    "xl/workbook.xml": strToU8(
      `<workbook xmlns:r="${REL}"><sheets><sheet name="S" sheetId="1" r:id="rId1"/></sheets></workbook>`,
    ),
    "xl/_rels/workbook.xml.rels": strToU8(
      `<Relationships><Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`,
    ),
    "xl/worksheets/sheet1.xml": strToU8(sheetXml),
    ...extra,
  });
}

// ---------------------------------------------------------------------------------------------

describe("file system problems", () => {
  test("missing file", async () => {
    await expectFileError(path.join(dir, "khong-co.xlsx"), "not-found");
  });

  test("missing folder in the path", async () => {
    await expectFileError(path.join(dir, "thu-muc-la", "bao-cao.xlsx"), "not-found");
  });

  test("a directory", async () => {
    const p = path.join(dir, "thu-muc.xlsx");
    await fs.mkdir(p);
    await expectFileError(p, "not-a-file");
  });

  test("empty file", async () => {
    await expectFileError(await writeTmp("rong.xlsx", new Uint8Array(0)), "empty-file");
  });

  test("no permission (EACCES from the file system)", async () => {
    // Simulated: as root (CI), chmod 000 would not stop the read.
    const p = await writeTmp("khoa.xlsx", goodXlsx);
    const denied = Object.assign(new Error(`EACCES: permission denied, open '${p}'`), { code: "EACCES" });
    const spy = jest.spyOn(fs, "readFile").mockRejectedValueOnce(denied);
    try {
      await expectFileError(p, "unreadable");
    } finally {
      spy.mockRestore();
    }
  });

  test("a good file reads", async () => {
    const grids = await readWorkbookFile(await writeTmp("tot.xlsx", goodXlsx));
    expect(grids.map((g) => g.name)).toEqual(["Phụ lục I"]);
    expect(grids[0].rows[2]![1]).toEqual({ value: 1784.92, formula: "=B2*2" });
  });
});

describe("wrong kinds of file", () => {
  test("CSV renamed to .xlsx (UTF-8, semicolons, UTF-16 with BOM, tabs)", async () => {
    const e = await expectFileError(await writeTmp("csv-doi-ten.xlsx", "STT;Chỉ tiêu;Giá trị\n1;Tổng thu;6.992,46\n"), "csv");
    expect(e.vi).toContain("CSV");
    const utf16 = new Uint8Array([0xff, 0xfe, ...Array.from("a\tb\r\n1\t2\r\n").flatMap((c) => [c.charCodeAt(0), 0])]);
    expectBytesError(utf16, "csv");
    expectBytesError(strToU8("a,b,c\n1,2,3\n"), "csv");
  });

  test("Word document renamed", async () => {
    const docx = zipSync({
      "[Content_Types].xml": strToU8("<Types/>"),
      "_rels/.rels": strToU8("<Relationships/>"),
      "word/document.xml": strToU8("<w:document xmlns:w='x'><w:body/></w:document>"),
    });
    const e = await expectFileError(await writeTmp("van-ban.xlsx", docx), "docx");
    expect(e.en).toContain("Word");
  });

  test("PowerPoint renamed", async () => {
    const pptx = zipSync({ "ppt/presentation.xml": strToU8("<p:presentation xmlns:p='x'/>") });
    await expectFileError(await writeTmp("trinh-chieu.xlsx", pptx), "pptx");
  });

  test("generic zip", async () => {
    const zip = zipSync({ "bao-cao/ghi-chu.txt": strToU8("xin chào"), "anh.png": new Uint8Array(10) });
    await expectFileError(await writeTmp("nen.xlsx", zip), "zip");
    expectBytesError(zipSync({}), "zip"); // an empty archive
  });

  test("OLE compound file with EncryptionInfo → encrypted", async () => {
    const ole = new Uint8Array(4096);
    ole.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    const name = Array.from("EncryptionInfo").flatMap((c) => [c.charCodeAt(0), 0]);
    ole.set(name, 1024 + 64);
    const e = await expectFileError(await writeTmp("mat-khau.xlsx", ole), "encrypted");
    expect(e.vi).toContain("mật khẩu");
  });

  test("OLE compound file without it → old .xls", async () => {
    const ole = randomBytes(7, 4096);
    ole.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    ole.set(
      Array.from("Workbook").flatMap((c) => [c.charCodeAt(0), 0]),
      1024,
    );
    const e = await expectFileError(await writeTmp("cu.xlsx", ole), "xls");
    expect(e.en).toContain(".xls");
  });

  test("HTML, PDF, plain text, Excel 2003 XML → not-xlsx with a hint", () => {
    expect(expectBytesError(strToU8("<html><body><table><tr><td>1</td></tr></table></body></html>"), "not-xlsx").en).toContain(
      "HTML",
    );
    expect(expectBytesError(strToU8("%PDF-1.7\n%âãÏÓ\n"), "not-xlsx").en).toContain("PDF");
    expectBytesError(strToU8("xin chao"), "not-xlsx");
    const xml2003 = '<?xml version="1.0"?><Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet"></Workbook>';
    expect(expectBytesError(strToU8(xml2003), "not-xlsx").en).toContain("2003");
  });

  test("random bytes (seeded) → InputError, mostly not-xlsx", async () => {
    for (const [seed, n] of [
      [1, 1],
      [2, 7],
      [3, 100],
      [4, 4096],
      [5, 200000],
    ]) {
      const bytes = randomBytes(seed, n);
      if (bytes[0] === 0x50) bytes[0] = 0; // keep "PK" out of it for a stable code
      expectBytesError(bytes, "not-xlsx", `ngau-nhien-${seed}.xlsx`);
    }
    await expectFileError(
      await writeTmp(
        "ngau-nhien.xlsx",
        randomBytes(42, 10000).map((x, i) => (i === 0 ? 1 : x)),
      ),
      "not-xlsx",
    );
    // Random tails behind a ZIP or OLE signature.
    for (let seed = 10; seed < 60; seed++) {
      const z = randomBytes(seed, 1 + ((seed * 997) % 5000));
      z.set([0x50, 0x4b, 3, 4]);
      readNeverThrowsOther(z);
      const o = randomBytes(seed, 600);
      o.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
      readNeverThrowsOther(o);
    }
  });
});

describe("damaged workbooks", () => {
  test("every prefix truncation of a real xlsx → truncated", () => {
    for (let n = 4; n < goodXlsx.length; n++) {
      let err: unknown;
      try {
        readXlsx(goodXlsx.subarray(0, n), { fileName: "cut.xlsx" });
      } catch (e) {
        err = e;
      }
      if (!(err instanceof InputError) || err.code !== "truncated") throw new Error(`prefix ${n}: ${String(err)}`);
    }
  });

  test("truncated files on disk at 10%, 50%, 90% and minus one byte", async () => {
    const L = goodXlsx.length;
    for (const n of [Math.floor(L * 0.1), Math.floor(L * 0.5), Math.floor(L * 0.9), L - 1]) {
      const e = await expectFileError(await writeTmp(`cat-${n}.xlsx`, goodXlsx.subarray(0, n)), "truncated");
      expect(e.en).toMatch(/truncated/);
    }
  });

  test("a flipped byte in compressed data → corrupt", () => {
    const files = unzipSync(goodXlsx);
    const z = zipSync(files);
    // Find the sheet's data and damage the middle of it.
    const b = z.slice();
    const name = strToU8("xl/worksheets/sheet1.xml");
    let off = -1;
    for (let p = 0; p + 30 < b.length && off < 0; p++) {
      if (b[p] === 0x50 && b[p + 1] === 0x4b && b[p + 2] === 3 && b[p + 3] === 4) {
        const nl = b[p + 26] | (b[p + 27] << 8);
        if (strFromU8(b.subarray(p + 30, p + 30 + nl)) === strFromU8(name)) off = p + 30 + nl + (b[p + 28] | (b[p + 29] << 8));
      }
    }
    expect(off).toBeGreaterThan(0);
    for (const delta of [3, 20, 60]) {
      const c = b.slice();
      c[off + delta] ^= 0x55;
      expectBytesError(c, "corrupt");
    }
  });

  test("CRC mismatch → corrupt", () => {
    const e = expectBytesError(
      patchEntry(pkg("<worksheet><sheetData/></worksheet>"), "xl/workbook.xml", { crc: 12345 }),
      "corrupt",
    );
    expect(e.en).toContain("CRC");
  });

  test("malformed XML → corrupt", () => {
    expectBytesError(pkg("<worksheet><sheetData><row r='1'><c r='A1'><v>1</v></c>"), "corrupt"); // cut mid-sheet
    expectBytesError(pkg("<worksheet><sheetData><row r='1'><c r='A1'><v>1</v></row></sheetData></worksheet>"), "corrupt"); // <c> not closed
    expectBytesError(pkg("<worksheet><sheetData><row r='1'><c r='A1'><v>1</v></c></row>"), "corrupt"); // cut after a row
    expectBytesError(pkg("<worksheet/>", { "xl/sharedStrings.xml": strToU8("<sst><si><t>a</t></si>") }), "corrupt");
    expectBytesError(pkg("not xml at all"), "corrupt");
    expectBytesError(
      pkg("<worksheet/>", { "xl/workbook.xml": strToU8("<workbook><sheets><sheet name='S'</sheets>") }),
      "corrupt",
    );
    expectBytesError(pkg("<worksheet/>", { "xl/sharedStrings.xml": strToU8("<sst><si><t>a</t>") }), "corrupt");
    expectBytesError(pkg("<worksheet/>", { "xl/styles.xml": strToU8("<styleSheet><cellXfs></styleSheet>") }), "corrupt");
  });

  test("a 30 MB row that never closes → corrupt", () => {
    const sheet = "<worksheet><sheetData><row r='1'>" + "<c><v>1</v></c>".repeat(2_000_000);
    const z = zipSync({ ...unzipSync(pkg("<worksheet/>")), "xl/worksheets/sheet1.xml": [strToU8(sheet), { level: 1 }] });
    // No time limit (one failed on a loaded machine): speed is npm run bench's, which lacks this case yet.
    expectBytesError(z, "corrupt");
  });

  test("a worksheet listed but missing → corrupt", () => {
    const files = unzipSync(goodXlsx);
    delete files["xl/worksheets/sheet1.xml"];
    expectBytesError(zipSync(files), "corrupt");
  });

  test("mutation fuzz: damaged XML inside a valid zip never throws anything but InputError", () => {
    const files = unzipSync(goodXlsx);
    const sheet = strFromU8(files["xl/worksheets/sheet1.xml"]);
    const wbXml = strFromU8(files["xl/workbook.xml"]);
    const r = rng(2024);
    const junk = [
      "<",
      ">",
      "/",
      '"',
      "'",
      "&",
      "<c",
      "</c>",
      "<row>",
      "</row>",
      "<v>",
      "<f t='shared' si='0'/>",
      "r='ZZZZ9'",
      "<is>",
      "\u0000",
    ];
    const mutate = (s: string) => {
      let t = s;
      for (let k = 0; k < 3; k++) {
        const i = Math.floor(r() * t.length);
        const op = Math.floor(r() * 3);
        if (op === 0) t = t.slice(0, i) + t.slice(i + 1 + Math.floor(r() * 20));
        else if (op === 1) t = t.slice(0, i) + junk[Math.floor(r() * junk.length)] + t.slice(i);
        else t = t.slice(0, i);
      }
      return t;
    };
    for (let k = 0; k < 300; k++) {
      const f = { ...files };
      if (k % 3 === 0) f["xl/workbook.xml"] = strToU8(mutate(wbXml));
      else f["xl/worksheets/sheet1.xml"] = strToU8(mutate(sheet));
      readNeverThrowsOther(zipSync(f));
    }
    // Byte flips anywhere in the package (central directory included).
    for (let k = 0; k < 300; k++) {
      const b = goodXlsx.slice();
      for (let j = 0; j < 1 + (k % 4); j++) b[Math.floor(r() * b.length)] = Math.floor(r() * 256);
      readNeverThrowsOther(b);
    }
  });
});

describe("zip bombs and lying sizes", () => {
  /**
   * The package with its sheet part replaced by already-deflated data declaring the given size and
   * CRC (the bomb first, the other parts stored), written by the hostile corpus's ZIP writer.
   */
  function withBombSheet(deflated: Uint8Array, usize: number, crc: number): Uint8Array {
    const rest = unzipSync(pkg("<worksheet/>"));
    delete rest["xl/worksheets/sheet1.xml"];
    return zipItems([
      { name: "xl/worksheets/sheet1.xml", raw: { deflated, size: usize, crc } },
      ...Object.entries(rest).map(([name, data]) => ({ name, data, level: 0 as const })),
    ]);
  }

  /**
   * Runs `read` while counting, per entry, the bytes the ZIP reader inflates (ZipReader.stream, which
   * read() goes through too): an entry asked for is in the map, with 0 when refused before inflating.
   * With `stopAt`, the read is stopped at the first bytes inflated of that entry.
   */
  function countInflated(read: () => void, stopAt?: string): Map<string, number> {
    const inflated = new Map<string, number>();
    const stream = ZipReader.prototype.stream;
    const stop = new Error("stopped by the test");
    const spy = jest.spyOn(ZipReader.prototype, "stream").mockImplementation(function (
      this: ZipReader,
      entry: ZipEntry,
      onChunk: (chunk: Uint8Array) => void,
    ) {
      inflated.set(entry.name, inflated.get(entry.name) ?? 0);
      stream.call(this, entry, (chunk) => {
        inflated.set(entry.name, inflated.get(entry.name)! + chunk.length);
        if (entry.name === stopAt) throw stop;
        onChunk(chunk);
      });
    });
    try {
      read();
    } catch (e) {
      // The reader passes the consumer's error on, as the cause of its InputError.
      if (e !== stop && !(e instanceof InputError && e.cause === stop)) throw e;
    } finally {
      spy.mockRestore();
    }
    return inflated;
  }

  test("200 MB of zeros (1016:1) → too-large before a byte of it is inflated", () => {
    const chunks: Uint8Array[] = [];
    const d = new Deflate({ level: 1 }, (c) => chunks.push(c));
    const zero = new Uint8Array(1 << 20);
    let crc = 0;
    for (let i = 0; i < 200; i++) {
      crc = crc32(zero, crc);
      d.push(zero, i === 199);
    }
    const deflated = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
    let at = 0;
    for (const c of chunks) deflated.set(c, (at += c.length) - c.length);
    const bomb = withBombSheet(deflated, 200 << 20, crc);
    const SHEET = "xl/worksheets/sheet1.xml";

    const before = process.memoryUsage().arrayBuffers;
    let e: InputError | undefined;
    const inflated = countInflated(() => {
      e = expectBytesError(bomb, "too-large", "bom.xlsx");
    });
    expect(e!.en).toMatch(/ratio/);
    // The sheet was asked for and refused on its declared sizes: not one byte of it inflated.
    expect(inflated.get(SHEET)).toBe(0);
    // Whatever else was read is the package's few small parts.
    expect([...inflated.values()].reduce((a, b) => a + b, 0)).toBeLessThan(64 << 10);
    expect(process.memoryUsage().arrayBuffers - before).toBeLessThan(50 << 20);

    // The count is live: with the ratio limit lifted, the same sheet is inflated (stopped at its first bytes).
    const lifted = countInflated(() => readXlsx(bomb, { fileName: "bom.xlsx", limits: { maxRatio: 1e6 } }), SHEET);
    expect(lifted.get(SHEET)).toBeGreaterThan(0);
  }, 20000);

  test("a directory declaring 4 GB → too-large without allocating it", () => {
    const deflated = new Uint8Array([0x03, 0x00]); // empty deflate stream
    const e = expectBytesError(withBombSheet(deflated, 0xfffffff0, 0), "too-large");
    expect(e.en).toMatch(/MiB/);
  });

  test("lower limits are honoured (total across entries)", () => {
    let err: unknown;
    try {
      readXlsx(goodXlsx, { fileName: "nho.xlsx", limits: { maxTotalBytes: 1000 } });
    } catch (e) {
      err = e;
    }
    checkError(err, "too-large", "nho.xlsx");
  });

  test("an entry whose real data is longer than declared → corrupt, not a crash", () => {
    const big = "<worksheet><sheetData>" + "<row><c><v>1</v></c></row>".repeat(50000) + "</sheetData></worksheet>";
    const z = pkg(big);
    const e = expectBytesError(patchEntry(z, "xl/worksheets/sheet1.xml", { usize: 1000 }), "corrupt");
    expect(e.en).toMatch(/more data than declared/);
    // ... and shorter than declared.
    expectBytesError(patchEntry(z, "xl/worksheets/sheet1.xml", { usize: big.length + 10 }), "corrupt");
    // ... and a compressed size running past the end of the file.
    expectBytesError(patchEntry(z, "xl/worksheets/sheet1.xml", { csize: z.length * 2 }), "truncated");
  });
});
