/**
 * The reader's memory budgets (src/cli/xlsx/budget.ts): cells and formula text per workbook,
 * `too-large` beyond them with the option that raises them; shared-formula followers computed when
 * read and cached only while the formula budget has room; the CLI options that set them.
 */
import { promises as fs } from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { strToU8, zipSync } from "fflate";
import { main } from "../../../src/cli/main";
import { InputError } from "../../../src/cli/xlsx/errors";
import { readXlsx } from "../../../src/cli/xlsx/readXlsx";
import { readSheet } from "../../../src/cli/xlsx/sheetScanner";
import { ReadBudget } from "../../../src/cli/xlsx/budget";
import { ZipReader } from "../../../src/cli/xlsx/zip";
import { handXlsx } from "../../../testkit/hostile/writers";
import { thrown } from "../../helpers/thrown";

const NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"';
const PART = "xl/worksheets/sheet1.xml";

function sheetZip(data: string): ZipReader {
  return new ZipReader(zipSync({ [PART]: strToU8(`<worksheet ${NS}><sheetData>${data}</sheetData></worksheet>`) }));
}

const tenCells = '<row r="1">' + "<c><v>1</v></c>".repeat(10) + "</row>";

test("the cell budget: 10 cells pass a budget of 10, not of 9; the message names --max-cells", () => {
  const bytes = handXlsx([{ name: "S", sheetData: tenCells }]);
  expect(readXlsx(bytes, { maxCells: 10 })[0].rows[0]).toHaveLength(10);
  const e = thrown(InputError, () => readXlsx(bytes, { maxCells: 9, fileName: "a.xlsx" }));
  expect(e.code).toBe("too-large");
  expect(e.vi).toContain("--max-cells 18");
  expect(e.en).toContain("more than 9 cells");
  expect(e.vi).not.toMatch(/\n/);
});

test("the formula budget counts stored formula text (with its =), followers only when cached", () => {
  const xml =
    '<row r="1"><c r="A1"><f>B1+C1</f></c><c r="B1"><f t="shared" ref="B1:B3" si="0">C1*2</f></c></row>' +
    '<row r="2"><c r="B2"><f t="shared" si="0"/></c></row><row r="3"><c r="B3"><f t="shared" si="0"/></c></row>';
  const zip = sheetZip(xml);
  expect(() => readSheet(zip, zip.get(PART)!, "S", [], [], false, new ReadBudget(100, 11))).not.toThrow(); // "=B1+C1" 6 + "=C1*2" 5
  const e = thrown(InputError, () => readXlsx(handXlsx([{ name: "S", sheetData: xml }]), { maxFormulaChars: 10 }));
  expect(e.code).toBe("too-large");
  expect(e.en).toContain("--max-formula-chars 20");
  // With no room left, followers are computed on every read, and still right.
  const g = readSheet(zip, zip.get(PART)!, "S", [], [], false, new ReadBudget(100, 11));
  expect(g.rows[2]?.[1]?.formula).toBe("=C3*2");
  expect(g.rows[2]?.[1]?.formula).toBe("=C3*2");
  expect(g.rows[1]?.[1]?.formula).toBe("=C2*2");
});

test("the CLI options reach the reader; a bad value is a usage error (exit 2)", async () => {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), "baocao-budget-"));
  const file = path.join(dir, "ten.xlsx");
  await fs.writeFile(file, handXlsx([{ name: "S", sheetData: tenCells }]));
  let err = "";
  const out = { stdout: () => undefined, stderr: (s: string) => void (err += s) };
  expect(await main(["check", file, "--max-cells", "9", "--lang", "en"], out)).toBe(2);
  expect(err).toContain("--max-cells 18");
  err = "";
  expect(await main(["check", file, "--max-cells=10"], out)).toBe(1); // NO_TABLES
  expect(err).toBe("");
  expect(await main(["check", file, "--max-formula-chars", "abc"], out)).toBe(2);
  expect(err).toContain("--max-formula-chars");
  await fs.rm(dir, { recursive: true, force: true });
});
