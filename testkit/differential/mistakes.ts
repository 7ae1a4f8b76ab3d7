/**
 * What explains a difference between our reader and ExcelJS (compare.ts), by name.
 *
 * - {@link EXCELJS_MISTAKES}: ExcelJS 4.4.0 reads the file wrongly and our reader is right. A
 *   difference one of them explains does not make the file "differ" ("ours right").
 * - {@link PENDING_READER_FIXES}: our reader is wrong, and a fix is on its way (another branch).
 *   These stay differences — the file "differs" — and are only labelled, so that a run says which
 *   ones are known. Once a fix is merged its entry must go (its files should then compare
 *   identical or "ours right"); the list is meant to be emptied.
 *
 * Each entry has a predicate over one difference (and the file's name where the difference alone
 * cannot tell), the explanation, and the files of the public corpus (/work/shared/corpus/xlsx-public,
 * 248 files; those copied to test/fixtures/public are checked by test/corpus/public.test.ts) where
 * it was seen. The ExcelJS mistakes come first: a difference both explain is ExcelJS's.
 */
import type { Difference } from "./compare";

export interface KnownIssue {
  name: string;
  explanation: string;
  /** The files (base names) of the public corpus where it shows. */
  files: readonly string[];
  /** Whether it explains this difference of the file `fileName` (a base name). */
  explains(d: Difference, fileName: string): boolean;
}

export type Judgement = { kind: "exceljs-mistake"; name: string } | { kind: "pending-fix"; name: string } | { kind: "real" };

/** `_xHHHH_` escapes decoded (ECMA-376 Part 1, 22.4.2.4 ST_Xstring), written here independently of the reader. */
function decodeXEscapes(s: string): string {
  return s.replace(/_x([0-9A-Fa-f]{4})_/g, (_m, h: string) => String.fromCharCode(parseInt(h, 16)));
}

/** The year (or, for a time of day, the hour) of a 1900-system serial: what ExcelJS's parseFloat of the ISO text gives. */
function leadingNumberOfSerial(serial: number): number {
  if (serial < 1) return Math.floor(serial * 24 + 1e-9);
  return new Date(Math.round((serial - 25569) * 86_400_000)).getUTCFullYear();
}

const str = (c: { value: unknown } | undefined): string | undefined => (typeof c?.value === "string" ? c.value : undefined);

export const EXCELJS_MISTAKES: readonly KnownIssue[] = [
  {
    name: "exceljs-xHHHH-escape-not-decoded",
    explanation:
      "ExcelJS leaves `_xHHHH_` escapes (a control character, `_x000D_`, or `_x005F_` for a literal `_x…_`) " +
      "undecoded in inline strings, formula string results and rich-text runs, and in any case with lower-case hex; " +
      "Excel decodes them everywhere.",
    files: [
      "XlsxWriter__xlsxwriter__test__comparison__xlsx_files__optimize06.xlsx",
      "XlsxWriter__xlsxwriter__test__comparison__xlsx_files__optimize07.xlsx",
      "calamine__tests__has_x000D_inline.xlsx",
      "test_files__comments_stress_test.xlsx",
      "test_files__crlf__crlf.xlsx",
      "test_files__formula_stress_test.xlsx",
    ],
    explains: (d) => {
      const o = str(d.oursCell);
      const e = str(d.exceljsCell);
      return d.kind === "value" && o !== undefined && e !== undefined && /_x[0-9A-Fa-f]{4}_/.test(e) && decodeXEscapes(e) === o;
    },
  },
  {
    name: "exceljs-empty-string-result-dropped",
    explanation:
      'A formula whose cached result is the empty string (`t="str"`, `<v></v>` or `<v/>`) has no result in ExcelJS; ' +
      'the file says "" (a formula like =IF(A1>0,A1,"")).',
    files: [
      "ClosedXML__ClosedXML.Tests__Resource__TryToLoad__TemplateWithTableSourcePivotTables.xlsx",
      "NPOI__test__test-data__spreadsheet__46535.xlsx",
      "NPOI__test__test-data__spreadsheet__47737.xlsx",
      "NPOI__test__test-data__spreadsheet__54206.xlsx",
      "NPOI__test__test-data__spreadsheet__ElapsedFormatTests.xlsx",
      "NPOI__test__test-data__spreadsheet__FormatChoiceTests.xlsx",
      "NPOI__test__test-data__spreadsheet__FormatConditionTests.xlsx",
      "NPOI__test__test-data__spreadsheet__FormulaEvalTestData_Copy.xlsx",
      "NPOI__test__test-data__spreadsheet__GeneralFormatTests.xlsx",
      "NPOI__test__test-data__spreadsheet__NumberFormatApproxTests.xlsx",
      "NPOI__test__test-data__spreadsheet__NumberFormatTests.xlsx",
      "PhpSpreadsheet__samples__templates__32readwriteComboChart1.xlsx",
      "PhpSpreadsheet__tests__data__Reader__XLSX__colortabs.xlsx",
      "PhpSpreadsheet__tests__data__Reader__XLSX__issue.2301.xlsx",
      "PhpSpreadsheet__tests__data__Reader__XLSX__issue.4312c.xlsx",
      "PhpSpreadsheet__tests__data__Reader__XLSX__issue.4415.xlsx",
      "poi__test-data__integration__stress002.xlsx",
      "poi__test-data__spreadsheet__60512.xlsm",
      "poi__test-data__spreadsheet__FormatConditionTests.xlsx",
      "poi__test-data__spreadsheet__FormulaEvalTestData_Copy.xlsx",
      "test_files__LONumbers.xlsx",
      "test_files__comments_stress_test.xlsx",
      "test_files__formula_stress_test.xlsx",
      "test_files__number_format.xlsm",
      "test_files__pivot_table_named_range.xlsx",
    ],
    explains: (d) =>
      d.kind === "value" &&
      d.oursCell?.value === "" &&
      d.oursCell.formula !== undefined &&
      d.exceljsCell?.value == null &&
      !d.exceljsCell?.merged,
  },
  {
    name: "exceljs-string-result-read-as-number",
    explanation:
      "A formula's string result in a cell typed `inlineStr` (LibreOffice), or a shared formula's master with " +
      '`t="str"`, is parsed by ExcelJS as a number: NaN.',
    files: [
      "ClosedXML__ClosedXML.Tests__Resource__TryToLoad__TemplateWithTableSourcePivotTables.xlsx",
      "NPOI__test__test-data__spreadsheet__52575_main.xlsx",
      "poi__test-data__integration__stress002.xlsx",
      "test_files__xlsx-stream-d-date-cell.xlsx",
    ],
    explains: (d) =>
      d.kind === "value" &&
      typeof d.oursCell?.value === "string" &&
      d.oursCell.formula !== undefined &&
      typeof d.exceljsCell?.value === "number" &&
      Number.isNaN(d.exceljsCell.value),
  },
  {
    name: "exceljs-merged-cell-contents-dropped",
    explanation:
      "A value or formula saved in a merged area's other cells (not its top-left one) is replaced by ExcelJS with a " +
      "link to the top-left cell; the file holds it (Excel keeps it hidden under the merge).",
    files: [
      "PhpSpreadsheet__tests__data__Reader__XLSX__HiddenMergeCellsTest.xlsx",
      "PhpSpreadsheet__tests__data__Reader__XLSX__issue.3654.xlsx",
      "poi__test-data__integration__stress002.xlsx",
      "poi__test-data__spreadsheet__60512.xlsm",
    ],
    explains: (d) =>
      (d.kind === "value" || d.kind === "formula") &&
      d.exceljsCell?.merged === true &&
      (d.oursCell?.value != null || d.oursCell?.formula !== undefined),
  },
  {
    name: "exceljs-hyperlink-replaces-formula",
    explanation: "A formula cell that also has a hyperlink loses its formula in ExcelJS (the value becomes {text, hyperlink}).",
    files: ["XlsxWriter__xlsxwriter__test__comparison__xlsx_files__hyperlink19.xlsx"],
    explains: (d) =>
      d.kind === "formula" &&
      d.oursCell?.formula !== undefined &&
      d.exceljsCell?.hyperlink === true &&
      d.exceljsCell.formula === undefined,
  },
  {
    name: "exceljs-part-name-case-sensitive",
    explanation:
      "Part names are case-insensitive in a package (ECMA-376 Part 2, 6.2.2.3): `xl/SharedStrings.xml` is the part " +
      "`sharedStrings.xml` of the relationship. ExcelJS misses it and shows the shared-string indices as numbers.",
    files: ["calamine__tests__issue_419.xlsx"],
    explains: (d, file) =>
      file === "calamine__tests__issue_419.xlsx" &&
      d.kind === "value" &&
      typeof d.oursCell?.value === "string" &&
      typeof d.exceljsCell?.value === "number",
  },
  {
    name: "exceljs-prefixed-namespace-unread",
    explanation:
      "A workbook part written with a namespace prefix (`<x:workbook><x:sheets><x:sheet …>`) is valid XML; ExcelJS " +
      "finds no sheet in it.",
    files: ["calamine__tests__nonstandard-xml-ns-prefix.xlsx"],
    explains: (d, file) =>
      file === "calamine__tests__nonstandard-xml-ns-prefix.xlsx" && d.kind === "sheets" && d.exceljs === "[]",
  },
  {
    name: "exceljs-worksheet-found-by-part-name",
    explanation:
      "ExcelJS finds worksheets by their part name (`xl/worksheets/sheetN.xml`), not through the workbook's " +
      "relationships: a worksheet stored as `xl/worksheets/sheet.xml` (Apple Numbers) is not read.",
    files: ["xlsx__testdocs__macNumbersTest.xlsx"],
    explains: (d, file) => file === "xlsx__testdocs__macNumbersTest.xlsx" && d.kind === "sheets" && d.exceljs === "[]",
  },
  {
    name: "exceljs-cdata-dropped",
    explanation: "Text in a CDATA section (`<is><t><![CDATA[Hello]]></t></is>`) is lost by ExcelJS: the cell reads empty.",
    files: ["calamine__tests__inlineStr_cdata.xlsx"],
    explains: (d, file) =>
      file === "calamine__tests__inlineStr_cdata.xlsx" &&
      d.kind === "value" &&
      typeof d.oursCell?.value === "string" &&
      d.exceljsCell === undefined,
  },
  {
    name: "exceljs-iso-date-cell-parsed-as-number",
    explanation:
      'A date cell written as ISO 8601 text (`t="d"`, `<v>2021-01-01T10:10:10</v>`) is read by ExcelJS with ' +
      "parseFloat: the year (or, for a time, the hour). Our reader's answer is the serial number.",
    files: [
      "NPOI__test__test-data__spreadsheet__SimpleStrict.xlsx",
      "PhpSpreadsheet__tests__data__Reader__XLSX__explicitdate.xlsx",
      "calamine__tests__date_iso.xlsx",
      "test_files__xlsx-stream-d-date-cell.xlsx",
    ],
    explains: (d) =>
      d.kind === "value" &&
      typeof d.oursCell?.value === "number" &&
      typeof d.exceljsCell?.value === "number" &&
      Number.isInteger(d.exceljsCell.value) &&
      d.exceljsCell.value === leadingNumberOfSerial(d.oursCell.value),
  },
];

/**
 * The reader's known wrong answers whose fix is on its way: each stays a difference, labelled.
 * Empty since the fixes of CR LF line ends, `t="d"` dates, VBA module sheets and duplicate ZIP
 * entries landed (their corpus files are now fixtures: identical, or ours right).
 */
export const PENDING_READER_FIXES: readonly KnownIssue[] = [];

/** The first ExcelJS mistake, else the first pending fix, that explains `d`; else "real". */
export function judge(d: Difference, fileName: string): Judgement {
  for (const m of EXCELJS_MISTAKES) if (m.explains(d, fileName)) return { kind: "exceljs-mistake", name: m.name };
  for (const m of PENDING_READER_FIXES) if (m.explains(d, fileName)) return { kind: "pending-fix", name: m.name };
  return { kind: "real" };
}
