/**
 * The hostile corpus: every case a real file as people (or other programs) produce them, with what
 * `baocao check FILE --json` must return. Built by build.ts; described by docs.ts.
 */
import { strFromU8, strToU8, unzipSync } from "fflate";
import { type Cell, type Grid } from "../../src/core/grid/grid";
import { fromA1 } from "../../src/core/grid/address";
import type { InputErrorCode } from "../../src/cli/xlsx/errors";
import { applyOverrides, pastedAppendixI, pastedAppendixII } from "../reportGrids";
import { templateGrids, type Plant } from "../templateGrids";
import { bloatedWorkbook, fill, sharedFormula300k, tinyCells32m } from "./memory";
import { docx, encryptedOle, zipBomb } from "./special";
import { mapTexts, toTcvn3 } from "./tcvn3";
import { excelJs, handXlsx, NS_R, rowsXml, type SheetIn } from "./writers";
import { concat, zipItems, type ZipItem } from "./zip";

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

function setCell(g: Grid, addr: string, cell: Cell): void {
  const at = fromA1(addr);
  if (!at) throw new Error(addr);
  (g.rows[at.row] ??= [])[at.col] = cell;
}

function sheetOf(grids: Grid[], name: string): Grid {
  const g = grids.find((x) => x.name === name);
  if (!g) throw new Error(`no sheet ${name}`);
  return g;
}

const PL1 = "Phụ lục I";
const PL2 = "Phụ lục II";

/** Builds a case's bytes; `built` holds the bytes of the cases built before it. */
type Build = (built: Map<string, Uint8Array>) => Promise<Uint8Array | string> | Uint8Array | string;

export interface CaseDef extends HostileCase {
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

/** The entries of a package we wrote, in order, each text part passed through `edit`. */
function entries(bytes: Uint8Array, edit: (name: string, text: string) => string = (_n, t) => t): ZipItem[] {
  return Object.entries(unzipSync(bytes)).map(([name, data]) => ({ name, data: strToU8(edit(name, strFromU8(data))) }));
}

/** Template Phụ lục I written by hand (inline strings, formulas with their results), `plants` applied, its rows passed through `edit`. */
function handTemplate(plants: Record<string, Plant> = {}, edit?: (sheetData: string) => string): Uint8Array {
  const data = rowsXml(sheetOf(templateGrids({ [PL1]: plants }), PL1));
  return handXlsx([{ name: PL1, sheetData: edit ? edit(data) : data }]);
}

function previous(built: Map<string, Uint8Array>, file: string): Uint8Array {
  const b = built.get(file);
  if (!b) throw new Error(`${file} must be built first`);
  return b;
}

export const CASES: CaseDef[] = [
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
  {
    file: "30-crlf-text.xlsx",
    description:
      'template Phụ lục I written on Windows: literal CR LF line ends in the header texts B5 and C5, a lone CR in B7, "_x000D_" + CR LF in E7, a CR LF inside the total\'s formula D18 (=D6 CR LF +D12)',
    expect: { exit: 0, absent: ["NO_TABLES", "SUM_MISMATCH", "BAD_VALUE"] },
    build: () =>
      handTemplate({
        B5: "Nội dung/Nhiệm vụ/\r\nDự án",
        C5: "Kết quả, tiến độ\r\nthực hiện",
        B7: "Hệ thống Hội nghị truyền hình 3 cấp\r- tỉnh huyện xã; đảm bảo kết nối 4 cấp theo yêu cầu của Chính phủ",
        E7: "(Nguồn vốn ngân sách thị xã_x000D_\r\nvà ngân sách tỉnh hỗ trợ)",
        D18: { formula: "=D6\r\n+D12", value: 8962.46 },
      }),
  },
  {
    file: "31-vba-module-sheet.xlsx",
    description:
      'template Phụ lục I in a macro workbook that lists a VBA module sheet "Module1" with an empty r:id="" (as Excel 16 and LibreOffice write it) and a sheet "Cũ" whose part is missing',
    expect: { exit: 0, absent: ["NO_TABLES", "SUM_MISMATCH"] },
    build: () =>
      zipItems(
        entries(handTemplate(), (name, text) =>
          name === "xl/workbook.xml"
            ? text.replace(
                "</sheets>",
                '<sheet name="Module1" sheetId="2" r:id=""/><sheet name="Cũ" sheetId="3" r:id="rId9"/></sheets>',
              )
            : name === "xl/_rels/workbook.xml.rels"
              ? text.replace(
                  "</Relationships>",
                  `<Relationship Id="rId9" Type="${NS_R}/worksheet" Target="worksheets/cu.xml"/></Relationships>`,
                )
              : text,
        ),
      ),
  },
  {
    file: "32-duplicate-zip-entry.xlsx",
    description:
      "template Phụ lục I with a second xl/worksheets/sheet1.xml entry (item D9 = 500 instead of 480) after the first: Excel and a reader could show different numbers",
    expect: { exit: 2, inputError: "corrupt" },
    build: () => {
      const twin = entries(handTemplate({ D9: 500 })).find((e) => e.name === "xl/worksheets/sheet1.xml");
      if (!twin) throw new Error("no sheet1.xml");
      return zipItems([...entries(handTemplate()), twin]);
    },
  },
  {
    file: "33-zip-with-prefix.xlsx",
    description:
      'template Phụ lục I after a 4 KB self-extracting stub ("MZ…", the ZIP offsets not moved), as some archivers and mail gateways leave it',
    expect: { exit: 0, absent: ["NO_TABLES", "SUM_MISMATCH"] },
    build: () => {
      const stub = new Uint8Array(4096);
      stub.set(strToU8("MZ\u0090\u0000This program cannot be run in DOS mode.\r\r\n$"));
      for (let i = 64; i < stub.length; i++) stub[i] = (i * 7919 + 13) & 255;
      return concat([stub, handTemplate()]);
    },
  },
  {
    file: "34-row-comments-cdata.xlsx",
    description:
      'template Phụ lục I whose every row starts with a comment "<!-- </row> -->", with "Năm 2023" (B12) and "Tổng cộng" (B18) in CDATA sections',
    expect: { exit: 0, absent: ["NO_TABLES", "SUM_MISMATCH"] },
    build: () =>
      handTemplate({}, (rows) =>
        rows
          .replace(/<row r="(\d+)">/g, '<row r="$1"><!-- </row> -->')
          .replace('<t xml:space="preserve">Năm 2023</t>', "<t><![CDATA[Năm 2023]]></t>")
          .replace('<t xml:space="preserve">Tổng cộng</t>', "<t><![CDATA[Tổng cộng]]><!-- </row> --></t>"),
      ),
  },
  {
    file: "35-dates-1904.xlsx",
    description:
      'template Phụ lục I in a workbook of the 1904 date system (<workbookPr date1904="1"/>) with the report date in E3 as a t="d" cell "2023-12-31T08:30:00"',
    expect: { exit: 0, absent: ["NO_TABLES", "SUM_MISMATCH"] },
    build: () =>
      zipItems(
        entries(
          handTemplate({}, (rows) =>
            rows.replace(/(<row r="3">.*?)<\/row>/, '$1<c r="E3" t="d"><v>2023-12-31T08:30:00</v></c></row>'),
          ),
          (name, text) => (name === "xl/workbook.xml" ? text.replace("<sheets>", '<workbookPr date1904="1"/><sheets>') : text),
        ),
      ),
  },
  {
    file: "36-bad-shared-string.xlsx",
    description:
      'template Phụ lục I with one more cell F9 t="s" pointing at shared string 7 in a workbook that has no shared strings',
    expect: { exit: 2, inputError: "corrupt" },
    build: () => handTemplate({}, (rows) => rows.replace(/(<row r="9">.*?)<\/row>/, '$1<c r="F9" t="s"><v>7</v></c></row>')),
  },
  {
    file: "40-shared-formula-300k.xlsx",
    description:
      "one 8 KB shared formula (a sum of 1 600 cells) and 300 000 followers without results: 2.4 GB of formula text if expanded when read; ≈ 0.85 MB",
    expect: { exit: 1, codes: ["NO_TABLES"] },
    build: () => sharedFormula300k(),
  },
  {
    file: "41-32m-tiny-cells.xlsx",
    description:
      "32 million cells `<c><v>1</v></c>` (512 MB of sheet XML, inside the zip limits) from ≈ 1.1 MB: over the cell budget",
    expect: { exit: 2, inputError: "too-large" },
    build: () => tinyCells32m(),
  },
  {
    file: "42-workbook-xml-blowup.xlsx",
    description:
      "template Phụ lục I whose workbook.xml holds 2.6 million empty elements `<x/>` (10 MiB, ≈ 14 KB on disk; a 415 MB element tree before): read as usual",
    expect: { exit: 0, absent: ["NO_TABLES"] },
    build: () => bloatedWorkbook(sheetOf(templateGrids(), PL1), fill("<x/>")),
  },
  {
    file: "43-workbook-xml-deep.xlsx",
    description: "template Phụ lục I whose workbook.xml nests 1.5 million elements `<x>` (10 MiB, ≈ 14 KB on disk): too deep",
    expect: { exit: 2, inputError: "too-large" },
    build: () => bloatedWorkbook(sheetOf(templateGrids(), PL1), fill("<x>", "</x>")),
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
