/**
 * Opening a chosen file in the page (src/cli/xlsx/openWorkbook.ts: the preview's "Mở tệp", the pane's
 * "Tổng hợp"): the bytes go through the CLI's own .xlsx reader in memory; a bad file gives the reader's message in both languages.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { readWorkbookFile } from "../../../src/cli/readWorkbookFile";
import { MAX_OPEN_BYTES, openWorkbookBytes } from "../../../src/cli/xlsx/openWorkbook";

const FIXTURES = join(__dirname, "..", "..", "fixtures");
const bytesOf = (rel: string) => new Uint8Array(readFileSync(join(FIXTURES, rel)));

describe("openWorkbookBytes", () => {
  test("a form from the corpus reads into the same Grids as the CLI reads from disk", async () => {
    const rel = "forms/10-phu-luc-i-tong-tren--total-typed.xlsx";
    const opened = openWorkbookBytes(bytesOf(rel), "tong-tren.xlsx");
    if (!opened.ok) throw new Error(opened.message.vi);
    expect(opened.grids.length).toBeGreaterThan(0);
    expect(opened.grids).toEqual(await readWorkbookFile(join(FIXTURES, rel)));
    expect(opened.unread).toEqual([]);
  });

  test("sheets listed without data are named (a VBA module sheet, a part left out)", () => {
    const opened = openWorkbookBytes(bytesOf("hostile/31-vba-module-sheet.xlsx"), "macro.xlsm");
    if (!opened.ok) throw new Error(opened.message.vi);
    expect(opened.unread).toEqual(["Module1", "Cũ"]);
  });

  test.each([
    ["hostile/12-encrypted.xlsx", "mat-khau.xlsx", "được bảo vệ bằng mật khẩu", "password-protected"],
    ["hostile/16-zip-bomb.xlsx", "bom.xlsx", "quá lớn hoặc chứa dữ liệu nén bất thường", "abnormally compressed"],
    ["hostile/13-csv-renamed.xlsx", "csv.xlsx", "là tệp CSV", "CSV/text file"],
    ["hostile/11-truncated.xlsx", "cut.xlsx", "bị cắt cụt", "truncated"],
  ])("%s is refused with the reader's message", (rel, name, vi, en) => {
    const opened = openWorkbookBytes(bytesOf(rel), name);
    if (opened.ok) throw new Error(`${rel} was read`);
    expect(opened.message.vi).toContain(`"${name}"`);
    expect(opened.message.vi).toContain(vi);
    expect(opened.message.en).toContain(en);
  });

  test("an Excel 97-2003 .xls, an empty file, bytes that are no workbook", () => {
    const xls = new Uint8Array(4096);
    xls.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    const cases: [Uint8Array, string][] = [
      [xls, "Excel 97-2003 (.xls)"],
      [new Uint8Array(0), "rỗng (0 byte)"],
      [new TextEncoder().encode("%PDF-1.7\n"), "không phải là sổ làm việc Excel"],
    ];
    for (const [bytes, vi] of cases) {
      const opened = openWorkbookBytes(bytes, "x.xlsx");
      expect(opened.ok ? "read" : opened.message.vi).toContain(vi);
    }
  });

  test("a file over the page's limit is refused before it is read", () => {
    // Only the length is looked at before reading.
    const huge = { length: MAX_OPEN_BYTES + 1 } as Uint8Array;
    const opened = openWorkbookBytes(huge, "lon.xlsx");
    expect(opened.ok ? "read" : opened.message.en).toContain("over the 256 MiB limit of the add-in in the browser");
  });
});
