/** Files that are not workbooks, or not readable ones: encrypted, a Word document, a ZIP bomb. */
import { Deflate, strToU8, unzipSync } from "fflate";
import { crc32 } from "../../src/cli/xlsx/zip";
import { randomBytes } from "../random";
import { handXlsx, NS_R, XML_HEAD } from "./writers";
import { concat, u16, u32, zipItems } from "./zip";

/**
 * A password-protected workbook as Office saves it: an OLE2 compound file holding the streams
 * "EncryptionInfo" (agile encryption descriptor) and "EncryptedPackage" (seeded random bytes).
 */
export function encryptedOle(): Uint8Array {
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
export function docx(): Uint8Array {
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
export function zipBomb(): Uint8Array {
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
