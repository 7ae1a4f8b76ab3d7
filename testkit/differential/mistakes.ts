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

const ISO_DATE = /^(\d{4}-\d{2}-\d{2}(T[\d:.]+)?|\d{2}:\d{2}(:[\d.]+)?)Z?$/;

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
    files: [],
    explains: (d) =>
      d.kind === "value" &&
      typeof d.oursCell?.value === "number" &&
      typeof d.exceljsCell?.value === "number" &&
      Number.isInteger(d.exceljsCell.value) &&
      d.exceljsCell.value === leadingNumberOfSerial(d.oursCell.value),
  },
];

/** The reader's known wrong answers whose fix is on its way: each stays a difference, labelled. */
export const PENDING_READER_FIXES: readonly KnownIssue[] = [
  {
    name: "reader-crlf-not-normalised",
    explanation:
      "XML turns a CR LF line end in text into LF (XML 1.0, 2.11); our reader keeps CR LF: " +
      '"Foo\\r\\nBar" where Excel and ExcelJS have "Foo\\nBar".',
    files: [
      "ClosedXML__ClosedXML.Tests__Resource__Other__StyleReferenceFiles__RowAndColumnStyles__inputfile.xlsx",
      "ClosedXML__ClosedXML.Tests__Resource__TryToLoad__TableHeadersWithLineBreaks.xlsx",
      "NPOI__test__test-data__spreadsheet__NewlineInFormulas.xlsx",
      "PhpSpreadsheet__samples__Reader2__sampleData__issue.1767.xlsx",
      "PhpSpreadsheet__tests__data__Reader__XLSX__Zip-Linux-Directory-Separator.xlsx",
      "PhpSpreadsheet__tests__data__Reader__XLSX__conditionalFormattingDataBarTest.xlsx",
      "PhpSpreadsheet__tests__data__Reader__XLSX__conditionalFormattingIconSet.xlsx",
      "PhpSpreadsheet__tests__data__Reader__XLSX__issue.4248.xlsx",
      "PhpSpreadsheet__tests__data__Reader__XLSX__issue.4477.disclaimer.xlsx",
      "PhpSpreadsheet__tests__data__Writer__XLSX__issue.476.xlsx",
      "XlsxWriter__xlsxwriter__test__comparison__xlsx_files__autofit09.xlsx",
      "XlsxWriter__xlsxwriter__test__comparison__xlsx_files__rich_string12.xlsx",
      "XlsxWriter__xlsxwriter__test__comparison__xlsx_files__shared_strings01.xlsx",
      "XlsxWriter__xlsxwriter__test__comparison__xlsx_files__table18.xlsx",
      "calamine__tests__has_x000D_.xlsx",
      "exceljs__spec__integration__data__test-issue-877.xlsx",
      "exceljs__spec__integration__data__test-issue-880.xlsx",
      "poi__test-data__integration__stress002.xlsx",
      "poi__test-data__spreadsheet__57523.xlsx",
      "poi__test-data__spreadsheet__60289.xlsx",
      "poi__test-data__spreadsheet__XSSFSheet.copyRows.xlsx",
      "poi__test-data__spreadsheet__no_drawing_patriarch.xlsx",
      "roo__test__files__Bibelbund.xlsm",
      "roo__test__files__html_strings_formatting.xlsx",
      "roo__test__files__paragraph.xlsm",
      "roo__test__files__x000D.xlsx",
      "rust_xlsxwriter__tests__input__bootstrap30.xlsx",
      "rust_xlsxwriter__tests__input__format05.xlsx",
      "rust_xlsxwriter__tests__input__shared_strings01.xlsx",
      "test_files__crlf__crlf.xlsx",
      "test_files__interview.xlsx",
      "test_files__mixed_sheets.xlsx",
      "xlsx-populate__test__e2e-generate__richtexts__out.xlsx",
      "xlsx-populate__test__e2e-parse__richtext__input.xlsx",
      "xlsx-populate__test__files__issue-230.xlsx",
    ],
    explains: (d) => {
      if (d.kind !== "value" && d.kind !== "formula") return false;
      const o = d.kind === "value" ? str(d.oursCell) : d.oursCell?.formula;
      const e = d.kind === "value" ? str(d.exceljsCell) : d.exceljsCell?.formula;
      if (o === undefined || e === undefined || !o.includes("\r\n")) return false;
      const fixed = o.replace(/\r\n/g, "\n");
      return fixed === e || fixed === decodeXEscapes(e);
    },
  },
  {
    name: "reader-iso-date-kept-as-text",
    explanation:
      'A `t="d"` cell (ISO 8601 date) is kept as its text by our reader instead of the serial number. (ExcelJS is ' +
      "wrong too: exceljs-iso-date-cell-parsed-as-number.)",
    files: [
      "NPOI__test__test-data__spreadsheet__SimpleStrict.xlsx",
      "PhpSpreadsheet__tests__data__Reader__XLSX__explicitdate.xlsx",
      "calamine__tests__date_iso.xlsx",
      "test_files__xlsx-stream-d-date-cell.xlsx",
    ],
    explains: (d) => {
      const o = str(d.oursCell);
      return d.kind === "value" && o !== undefined && ISO_DATE.test(o) && d.exceljsCell?.value === parseFloat(o);
    },
  },
  {
    name: "reader-duplicate-zip-entries",
    explanation:
      "A ZIP with two entries of the same name: our reader takes the first, Excel refuses or takes the last; the " +
      "fix makes it an error.",
    files: ["poi__test-data__spreadsheet__duplicate-filename.xlsx"],
    explains: (_d, file) => file === "poi__test-data__spreadsheet__duplicate-filename.xlsx",
  },
];

/** The first ExcelJS mistake, else the first pending fix, that explains `d`; else "real". */
export function judge(d: Difference, fileName: string): Judgement {
  for (const m of EXCELJS_MISTAKES) if (m.explains(d, fileName)) return { kind: "exceljs-mistake", name: m.name };
  for (const m of PENDING_READER_FIXES) if (m.explains(d, fileName)) return { kind: "pending-fix", name: m.name };
  return { kind: "real" };
}
