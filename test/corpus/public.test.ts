/**
 * The differential test on public workbooks: every file of test/fixtures/public (real .xlsx files
 * from other open-source projects' test suites, SOURCES.tsv) is read by our reader and by ExcelJS
 * and compared (testkit/differential/compare.ts). Each must be identical, or differ only where a
 * named ExcelJS mistake (testkit/differential/mistakes.ts) explains it — and the mistakes seen
 * must be exactly those the table lists for the file. `npm run test:corpus -- DIR` runs the same
 * comparison over any folder.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { readXlsx } from "../../src/cli/xlsx/readXlsx";
import { compareReaders, diffWorkbooks } from "../../testkit/differential/compare";
import { readWithExcelJS } from "../../testkit/differential/exceljsView";
import { EXCELJS_MISTAKES, judge, PENDING_READER_FIXES } from "../../testkit/differential/mistakes";
import { outcomeDetail } from "../../testkit/differential/report";

const DIR = path.join(__dirname, "..", "fixtures", "public");
const FILES = fs
  .readdirSync(DIR)
  .filter((f) => /\.xls[xm]$/.test(f))
  .sort();
const bytesOf = (f: string): Uint8Array => new Uint8Array(fs.readFileSync(path.join(DIR, f)));

describe("the public fixtures", () => {
  test("a few dozen files, each with its source and a licence that allows copying it", () => {
    expect(FILES.length).toBeGreaterThanOrEqual(30);
    const [header, ...rows] = fs.readFileSync(path.join(DIR, "SOURCES.tsv"), "utf8").trimEnd().split("\n");
    expect(header.split("\t")).toEqual(["file", "repository", "path", "license", "application (docProps/app.xml)"]);
    const byFile = new Map(rows.map((r) => [r.split("\t")[0], r.split("\t")]));
    expect([...byFile.keys()].sort()).toEqual(FILES);
    for (const [, repo, p, licence] of byFile.values()) {
      expect(repo).toMatch(/^[\w.-]+\/[\w.-]+$/);
      expect(p).not.toBe("");
      expect(licence).toMatch(/^(MIT|Apache-2\.0|BSD-2-Clause|BSD-3-Clause|MIT OR Apache-2\.0)$/);
    }
  });

  test("no fixture is waiting for a pending reader fix (those files are added once the fix lands)", () => {
    const waiting = PENDING_READER_FIXES.flatMap((p) => p.files.filter((f) => FILES.includes(f)));
    expect(waiting).toEqual([]);
  });
});

describe("our reader against ExcelJS", () => {
  test.each(FILES)("%s", async (file) => {
    const outcome = await compareReaders(bytesOf(file), file);
    // The status with its detail, so that a failure shows the differing cells.
    expect(`${outcome.status}\n${outcomeDetail(outcome)}`).toMatch(/^(identical|ours-right)\n/);
    const seen = outcome.status === "ours-right" ? Object.keys(outcome.explained).sort() : [];
    const listed = EXCELJS_MISTAKES.filter((m) => m.files.includes(file))
      .map((m) => m.name)
      .sort();
    expect(seen).toEqual(listed);
  });
});

describe("the comparison", () => {
  const file = "NPOI__test__test-data__spreadsheet__45540_classic_Header.xlsx";

  test("finds a changed value, formula, merge, hidden row and sheet, and calls them real", async () => {
    const bytes = bytesOf(file);
    const ours = readXlsx(bytes);
    const theirs = await readWithExcelJS(bytes);
    expect(diffWorkbooks(ours, theirs)).toEqual([]);

    const g = ours[0];
    const row = g.rows.findIndex((r) => r?.some((c) => typeof c?.value === "number"));
    const col = g.rows[row]!.findIndex((c) => typeof c?.value === "number");
    const cell = g.rows[row]![col]!;
    cell.value = (cell.value as number) + 1;
    cell.formula = "=1+1";
    g.merges = [...(g.merges ?? []), { top: 2000, left: 0, bottom: 2000, right: 1 }];
    g.hiddenRows = [...(g.hiddenRows ?? []), 2001];
    g.hidden = !g.hidden;
    const found = diffWorkbooks(ours, theirs);
    expect(found.map((d) => d.kind).sort()).toEqual(["formula", "hidden", "hiddenRow", "merge", "value"]);
    for (const d of found) expect(judge(d, file)).toEqual({ kind: "real" });
  });

  test("a sheet renamed or missing is a difference", async () => {
    const bytes = bytesOf(file);
    const ours = readXlsx(bytes);
    const theirs = await readWithExcelJS(bytes);
    ours[0].name += " (2)";
    expect(diffWorkbooks(ours, theirs).map((d) => d.kind)).toEqual(["sheets"]);
    expect(diffWorkbooks(ours.slice(1), theirs).map((d) => d.kind)).toEqual(["sheets"]);
  });
});
