/**
 * make-hostile: builds the corpus of hostile workbooks in test/fixtures/hostile (`npm run hostile`).
 *
 * Every case (testkit/hostile/cases.ts) is a real file as people (or other programs) produce them:
 * error values and words in amount cells, merged amounts, hidden rows and sheets, a 10 000-column
 * row, 200 000 formatted empty rows, circular formulas, formulas saved without results, NFD and
 * TCVN3 headers, truncated, encrypted, renamed and bomb files, an empty workbook, a SUM that leaves
 * out a row; and packages for the .xlsx reader itself (30-…): Windows line ends, VBA module sheets,
 * a duplicated ZIP entry, a self-extractor stub, comments and CDATA in rows, the 1904 date system,
 * a shared-string index out of range; and files small on disk but huge in memory (300 000 shared formulas, 32 million cells, a bloated
 * workbook.xml) for the reader's memory budgets. Each case says what `baocao check FILE --json` must return; test/corpus/hostile.test.ts
 * builds the corpus afresh into a temporary folder and runs the CLI over it, and checks that the
 * committed files are byte for byte what this script writes now.
 *
 * Run: `npm run hostile [-- DIR]` (default test/fixtures/hostile).
 */
import * as path from "node:path";
import { buildHostileCorpus } from "../testkit/hostile/build";
import { corpusTable } from "../testkit/hostile/docs";

const dir = path.resolve(process.argv[2] ?? path.join(__dirname, "..", "test", "fixtures", "hostile"));
buildHostileCorpus(dir).then(
  (cases) => {
    process.stdout.write(`${cases.length} files written to ${dir}\n`);
    process.stdout.write(corpusTable(cases));
  },
  (e) => {
    process.stderr.write(`${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
    process.exitCode = 1;
  },
);
