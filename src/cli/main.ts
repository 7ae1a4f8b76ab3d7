/**
 * The `baocao` command: check | template | draft | tonghop (its own exit codes: tonghop.ts). Exit codes: 0 no error finding, 1 an error
 * finding (incl. NO_TABLES), 2 input that cannot be read or a wrong command line.
 */
import type * as DocxModule from "../docx/buildDocx";
import type * as WriteXlsxModule from "./writeXlsx";
import { basename } from "node:path";
import { checkWorkbook } from "../core/engine";
import type { Lang, Report } from "../core/findings";
import { exampleTemplate } from "../core/template/example";
import { draftReport } from "../core/draft/draft";
import type { DocumentDetails } from "../core/draft/types";
import { detailOptionsUsage, missingDetailsMessage, readDetailOption } from "./draftDetails";
import { uncheckedNumbers } from "../core/draft/checked";
import { draftToText } from "../core/draft/text";
import { draftToSheets } from "../core/draft/toSheet";
import { readWorkbookFile } from "./readWorkbookFile";
import type { ReadXlsxOptions } from "./xlsx/readXlsx";
import { formatReportText } from "./textReport";
import { InputError, toInputError } from "./xlsx/errors";
import { addSheets } from "./xlsx/addSheets";
import { checkOutputs, OutputError, writeOutputs, type Problem } from "./outputs";
import { runTonghop } from "./tonghop";

const VERSION = "0.1.0";

const USAGE: Record<Lang, string> = {
  vi: `baocao — kiểm tra số liệu và soạn báo cáo chuyển đổi số

Cách dùng:
  baocao check TỆP.xlsx [TỆP2.xlsx ...] [--json] [--lang vi|en] [--strict] [--max-cells N] [--max-formula-chars N]
      Kiểm tra mọi tổng nhóm, tổng cộng, số tổng, tổng theo dòng và tỷ lệ; in các phát hiện
      và cho biết đã kiểm tra bao nhiêu ô số, những gì chưa kiểm tra.
      Mã thoát: 0 không có lỗi, 1 có lỗi (với --strict: cả khi còn ô số chưa kiểm tra),
      2 không đọc được tệp.
  baocao draft TỆP.xlsx --docx RA.docx [--xlsx RA.xlsx] [--force] [--strict]
      Soạn các phần báo cáo có số liệu (II.1.2 b, d; IV.1; IV.3; Phụ lục I, II) thành tệp Word
      theo thể thức Nghị định 30/2020/NĐ-CP; --xlsx ghi bản sao sổ làm việc có thêm trang "Bản thảo".
      Không bao giờ ghi đè TỆP.xlsx. Không có --docx/--xlsx: in bản thảo ra màn hình.
      --strict: mã thoát 1 khi bản thảo dùng số chưa khớp hoặc chưa được kiểm tra.
${detailOptionsUsage("vi")}  --max-cells N, --max-formula-chars N (check, draft)
      Giới hạn bộ nhớ khi đọc tệp: số ô có dữ liệu (mặc định 4000000) và số ký tự công thức
      (mặc định 33554432) của cả sổ làm việc; vượt quá: mã thoát 2. Nâng lên cho tệp thật sự lớn
      (cần thêm bộ nhớ: node --max-old-space-size=...).
  baocao tonghop TỆP.xlsx|THƯ_MỤC ... -o TỔNG_HỢP.xlsx [--json] [--force]
      Tổng hợp một biểu mẫu của nhiều xã: kiểm tra từng tệp, khớp bảng theo tiêu đề cột và dòng
      (số thứ tự, nội dung), cộng các tệp sạch lỗi và cùng biểu mẫu; tỷ lệ tính lại từ tổng.
      Thêm trang "Chi tiết" và "Kết quả kiểm tra". Mã thoát: 0 mọi tệp đã cộng, 1 có tệp lỗi,
      khác biểu mẫu, khớp một phần, không đọc được hoặc trùng, 2 không đọc được tệp nào.
  baocao template -o RA.xlsx [--force]
      Ghi sổ làm việc mẫu (Phụ lục I, Phụ lục II, Số liệu, Chỉ tiêu 2024, Thông tin văn bản) theo báo cáo Đức Phổ 2023.
  baocao --help | --version
`,
  en: `baocao — check the numbers of a digital-transformation report and draft its text

Usage:
  baocao check FILE.xlsx [FILE2.xlsx ...] [--json] [--lang vi|en] [--strict] [--max-cells N] [--max-formula-chars N]
      Checks every sub-total, total, parent figure, row total and rate; prints the findings
      and how many number cells were checked, and what was not.
      Exit codes: 0 no error, 1 errors found (with --strict: also numbers not checked),
      2 a file cannot be read.
  baocao draft FILE.xlsx --docx OUT.docx [--xlsx OUT.xlsx] [--force] [--strict]
      Drafts the number-bearing sections (II.1.2 b, d; IV.1; IV.3; appendices I, II) as a Word document
      in the layout of Decree 30/2020/NĐ-CP; --xlsx writes a copy of the workbook with a "Bản thảo" sheet.
      Never writes over FILE.xlsx. Without --docx/--xlsx: prints the draft.
      --strict: exit 1 when the draft uses a number that failed or escaped the checks.
${detailOptionsUsage("en")}  --max-cells N, --max-formula-chars N (check, draft)
      Memory budgets of the reader: cells with data (default 4000000) and characters of formulas
      (default 33554432) in the whole workbook; over one: exit 2. Raise them for a truly big file
      (it needs more memory: node --max-old-space-size=...).
  baocao tonghop FILE.xlsx|FOLDER ... -o TOTAL.xlsx [--json] [--force]
      Consolidates one form over many communes: checks each file, matches the tables by column
      headers and rows (numbering, label), adds up the files that are clean and of the same form;
      rates are worked out again from the sums. Adds the sheets "Chi tiết" and "Kết quả kiểm tra".
      Exit codes: 0 every file summed, 1 a file with errors, of another form, partly matched,
      unreadable or given twice, 2 no file could be read.
  baocao template -o OUT.xlsx [--force]
      Writes the example workbook (Phụ lục I, Phụ lục II, Số liệu, Chỉ tiêu 2024, Thông tin văn bản) of the Đức Phổ 2023 report.
  baocao --help | --version
`,
};

interface Args {
  command?: string;
  files: string[];
  json: boolean;
  lang: Lang;
  out?: string;
  docx?: string;
  xlsx?: string;
  force: boolean;
  strict: boolean;
  help: boolean;
  version: boolean;
  /** The reader's memory budgets (--max-cells, --max-formula-chars); see src/cli/xlsx/budget.ts. */
  read: ReadXlsxOptions;
  /** The document's own details (--co-quan, --nguoi-ky …: draftDetails.ts). */
  details?: DocumentDetails;
}

class UsageError extends Error {
  constructor(
    readonly vi: string,
    readonly en: string,
  ) {
    super(vi);
  }
}

function parseArgs(argv: string[]): Args {
  const a: Args = { files: [], json: false, lang: "vi", force: false, strict: false, help: false, version: false, read: {} };
  // The language first, so that errors in the rest speak it.
  const li = argv.findIndex((x) => x === "--lang" || x.startsWith("--lang="));
  if (li >= 0) {
    const v = argv[li].includes("=") ? argv[li].split("=")[1] : argv[li + 1];
    if (v === "vi" || v === "en") a.lang = v;
    else
      throw new UsageError(
        `--lang cần "vi" hoặc "en" (nhận được "${v ?? ""}").`,
        `--lang takes "vi" or "en" (got "${v ?? ""}").`,
      );
  }
  for (let i = 0; i < argv.length; i++) {
    const x = argv[i];
    const detail = readDetailOption(argv, i, (a.details ??= {}), (vi, en) => new UsageError(vi, en));
    if (detail !== undefined) i = detail;
    else if (x === "--json") a.json = true;
    else if (x === "--lang") i++;
    else if (x.startsWith("--lang=")) continue;
    else if (x === "-h" || x === "--help") a.help = true;
    else if (x === "-v" || x === "--version") a.version = true;
    else if (x === "--force") a.force = true;
    else if (x === "--strict") a.strict = true;
    else if (x === "-o" || x === "--out" || x === "--output") {
      a.out = argv[++i];
      if (a.out === undefined) throw new UsageError(`${x} cần tên tệp ra.`, `${x} needs an output file name.`);
    } else if (x.startsWith("--out=")) a.out = x.slice(6);
    else if (x === "--docx" || x === "--xlsx") {
      const v = argv[++i];
      if (v === undefined || v.startsWith("--")) throw new UsageError(`${x} cần tên tệp ra.`, `${x} needs an output file name.`);
      if (x === "--docx") a.docx = v;
      else a.xlsx = v;
    } else if (x.startsWith("--docx=")) a.docx = x.slice(7);
    else if (x.startsWith("--xlsx=")) a.xlsx = x.slice(7);
    else if (
      x === "--max-cells" ||
      x === "--max-formula-chars" ||
      x.startsWith("--max-cells=") ||
      x.startsWith("--max-formula-chars=")
    ) {
      const eq = x.indexOf("=");
      const name = eq < 0 ? x : x.slice(0, eq);
      const v = eq < 0 ? argv[++i] : x.slice(eq + 1);
      const n = v !== undefined && /^[1-9][0-9]{0,15}$/.test(v) ? Number(v) : NaN;
      if (!Number.isSafeInteger(n))
        throw new UsageError(
          `${name} cần một số nguyên dương (nhận được "${v ?? ""}").`,
          `${name} takes a positive whole number (got "${v ?? ""}").`,
        );
      if (name === "--max-cells") a.read.maxCells = n;
      else a.read.maxFormulaChars = n;
    } else if (x.startsWith("-") && x.length > 1) {
      throw new UsageError(`Không hiểu tùy chọn "${x}".`, `Unknown option "${x}".`);
    } else if (a.command === undefined) a.command = x;
    else a.files.push(x);
  }
  return a;
}

type Out = { stdout: (s: string) => void; stderr: (s: string) => void };

const defaultOut: Out = {
  stdout: (s) => process.stdout.write(s),
  stderr: (s) => process.stderr.write(s),
};

function say(out: Out, lang: Lang, vi: string, en: string): void {
  out.stderr(`baocao: ${lang === "en" ? en : vi}\n`);
}

async function checkFile(
  file: string,
  lang: Lang,
  read: ReadXlsxOptions,
): Promise<{ file: string; report?: Report; error?: InputError }> {
  try {
    const unread: string[] = [];
    const grids = await readWorkbookFile(file, { ...read, unread });
    const { report } = checkWorkbook(grids, { lang });
    if (unread.length > 0) report.summary.unreadSheets = unread;
    return { file, report };
  } catch (e) {
    if (e instanceof InputError) return { file, error: e };
    throw e;
  }
}

async function runCheck(a: Args, out: Out): Promise<number> {
  if (a.files.length === 0) {
    throw new UsageError(
      "check cần ít nhất một tệp .xlsx: baocao check TỆP.xlsx",
      "check needs at least one .xlsx file: baocao check FILE.xlsx",
    );
  }
  const results = [];
  for (const f of a.files) results.push(await checkFile(f, a.lang, a.read));
  let code = 0;
  for (const r of results) {
    if (r.error) {
      say(out, a.lang, r.error.vi, r.error.en);
      code = 2;
    } else if (r.report && code === 0) {
      const s = r.report.summary;
      // --strict: a number nobody checked fails the run as an error would.
      if (s.errors > 0 || (a.strict && (s.checkedCells < s.numericCells || s.unreadSheets))) code = 1;
    }
  }
  if (a.strict && !a.json) {
    for (const r of results) {
      const s = r.report?.summary;
      if (s && s.checkedCells < s.numericCells) {
        say(
          out,
          a.lang,
          `--strict: "${r.file}" còn ${s.numericCells - s.checkedCells} ô số chưa được kiểm tra.`,
          `--strict: "${r.file}" has ${s.numericCells - s.checkedCells} number cells not checked.`,
        );
      }
      if (s?.unreadSheets) {
        const names = s.unreadSheets.map((n) => `"${n}"`).join(", ");
        say(
          out,
          a.lang,
          `--strict: "${r.file}" có trang tính không đọc được: ${names}.`,
          `--strict: "${r.file}" has sheets that could not be read: ${names}.`,
        );
      }
    }
  }
  const ok = results.filter((r) => r.report);
  if (a.json) {
    if (a.files.length === 1) {
      if (ok.length === 1) out.stdout(JSON.stringify(ok[0].report, null, 2) + "\n");
    } else {
      const files = results.map((r) =>
        r.report
          ? { file: r.file, ...r.report }
          : { file: r.file, error: { code: r.error?.code, message: a.lang === "en" ? r.error?.en : r.error?.vi } },
      );
      out.stdout(JSON.stringify({ files }, null, 2) + "\n");
    }
  } else {
    for (const r of ok) out.stdout(formatReportText(basename(r.file), r.report as Report, a.lang) + "\n");
  }
  return code;
}

/** Says each problem with the outputs, one line each. */
function sayProblems(out: Out, lang: Lang, problems: readonly Problem[]): void {
  for (const p of problems) say(out, lang, p.vi, p.en);
}

/** "1 number", "2 numbers" (English). */
const count = (n: number, noun: string) => `${n} ${noun}${n === 1 ? "" : "s"}`;

/** "Phụ lục I!D12, Phụ lục I!D13" — at most 20 cells, then how many more. */
function cellList(cells: readonly { sheet: string; cell: string }[], lang: Lang): string {
  const shown = cells.slice(0, 20).map((u) => `${u.sheet}!${u.cell}`);
  const more = cells.length - shown.length;
  if (more <= 0) return shown.join(", ");
  return `${shown.join(", ")} ${lang === "en" ? `(and ${more} more)` : `(và ${more} ô khác)`}`;
}

async function runDraft(a: Args, out: Out): Promise<number> {
  const file = a.files[0];
  if (!file || a.files.length > 1) {
    throw new UsageError(
      "draft cần đúng một tệp .xlsx: baocao draft TỆP.xlsx --docx RA.docx",
      "draft needs exactly one .xlsx file: baocao draft FILE.xlsx --docx OUT.docx",
    );
  }
  // Every output path is checked before anything is read or written.
  const targets = [a.docx, a.xlsx].filter((t): t is string => t !== undefined);
  const problems = await checkOutputs(targets, { input: file, force: a.force });
  if (problems.length > 0) {
    sayProblems(out, a.lang, problems);
    return 2;
  }
  const unread: string[] = [];
  const source: { bytes?: Uint8Array } = {};
  const grids = await readWorkbookFile(file, { ...a.read, unread, source });
  const { model, report } = checkWorkbook(grids, { lang: a.lang });
  if (unread.length > 0) {
    const names = unread.map((n) => `"${n}"`).join(", ");
    say(
      out,
      a.lang,
      `Lưu ý: trang tính ${names} có trong sổ nhưng tệp không chứa dữ liệu của chúng, nên bản thảo không dùng gì từ đó.`,
      `Note: the sheets ${names} are listed in the workbook but the file holds no data for them, so the draft uses nothing from them.`,
    );
  }
  if (model.tables.length === 0) {
    say(out, a.lang, `Không tìm thấy bảng nào trong "${file}" để soạn báo cáo.`, `No table found in "${file}" to draft from.`);
    return 1;
  }
  const draft = draftReport(model, report, { details: a.details });
  // Both outputs are built in memory, then written together: both or neither.
  const files: { path: string; bytes: Uint8Array }[] = [];
  if (a.docx) {
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- docx loads only when a .docx is written: `check` starts faster
    const { buildDocx, Packer } = require("../docx/buildDocx") as typeof DocxModule;
    files.push({ path: a.docx, bytes: await Packer.toBuffer(buildDocx(draft)) });
  }
  if (a.xlsx) {
    // The source package (the very bytes drafted from) with the sheet(s) added; every other part copied as it is.
    try {
      files.push({ path: a.xlsx, bytes: addSheets(source.bytes!, draftToSheets(draft), { limits: a.read.limits }).bytes });
    } catch (e) {
      throw toInputError(e, file);
    }
  }
  try {
    await writeOutputs(files);
  } catch (e) {
    if (!(e instanceof OutputError)) throw e;
    sayProblems(out, a.lang, e.problems);
    return 2;
  }
  if (!a.docx && !a.xlsx) out.stdout(draftToText(draft) + "\n");
  for (const t of targets) say(out, a.lang, `Đã ghi "${t}".`, `Wrote "${t}".`);
  const missing = missingDetailsMessage(draft.meta.missing);
  if (missing) say(out, a.lang, missing.vi, missing.en);
  const holes = draft.placeholders.length;
  if (holes > 0) {
    say(
      out,
      a.lang,
      `Bản thảo có ${holes} phần không có số liệu trong sổ, để đơn vị tự viết — tìm "[Đơn vị bổ sung:" trong bản thảo.`,
      `The draft has ${count(holes, "section")} the workbook holds no figures for, left for the unit to write — search for "[Đơn vị bổ sung:" in the draft.`,
    );
  }
  const bad = draft.unverified;
  if (bad.length > 0) {
    say(
      out,
      a.lang,
      `${bad.length} số trong bản thảo chưa khớp: ${cellList(bad, "vi")} — chỗ dùng chúng có đánh dấu [CHƯA KHỚP].`,
      `${count(bad.length, "number")} of the draft did not check out: ${cellList(bad, "en")} — marked [CHƯA KHỚP] where used.`,
    );
  }
  const unchecked = uncheckedNumbers(draft, model);
  if (unchecked.length > 0) {
    say(
      out,
      a.lang,
      `${unchecked.length} số trong bản thảo lấy từ ô chưa được kiểm tra (không có tổng hay tỷ lệ nào để đối chiếu): ${cellList(unchecked, "vi")}.`,
      `${count(unchecked.length, "number")} of the draft ${unchecked.length === 1 ? "comes" : "come"} from cells no check verified (no total or rate to compare with): ${cellList(unchecked, "en")}.`,
    );
  }
  // --strict: a number the checks did not verify fails the run.
  if (a.strict && (bad.length > 0 || unchecked.length > 0)) {
    say(
      out,
      a.lang,
      `--strict: mã thoát 1 vì bản thảo dùng ${bad.length} số chưa khớp và ${unchecked.length} số chưa được kiểm tra.`,
      `--strict: exit 1, the draft uses ${count(bad.length, "number")} that did not check out and ${unchecked.length} that no check verified.`,
    );
    return 1;
  }
  return 0;
}

async function runTemplate(a: Args, out: Out): Promise<number> {
  const target = a.out ?? a.files[0];
  if (!target)
    throw new UsageError(
      "template cần tên tệp ra: baocao template -o MAU.xlsx",
      "template needs an output file: baocao template -o OUT.xlsx",
    );
  const problems = await checkOutputs([target], { force: a.force });
  if (problems.length > 0) {
    sayProblems(out, a.lang, problems);
    return 2;
  }
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- ExcelJS loads only when a workbook is written
  const { writeXlsx } = require("./writeXlsx") as typeof WriteXlsxModule;
  try {
    await writeOutputs([{ path: target, bytes: await writeXlsx(exampleTemplate()) }]);
  } catch (e) {
    if (!(e instanceof OutputError)) throw e;
    sayProblems(out, a.lang, e.problems);
    return 2;
  }
  say(out, a.lang, `Đã ghi sổ làm việc mẫu vào "${target}".`, `Wrote the example workbook to "${target}".`);
  return 0;
}

/** Runs the command line; resolves to the exit code. Never throws for user errors. */
export async function main(argv: string[], out: Out = defaultOut): Promise<number> {
  let a: Args;
  try {
    a = parseArgs(argv);
  } catch (e) {
    if (e instanceof UsageError) {
      say(out, argv.includes("en") ? "en" : "vi", e.vi, e.en);
      return 2;
    }
    throw e;
  }
  try {
    if (a.version) {
      out.stdout(`baocao ${VERSION}\n`);
      return 0;
    }
    if (a.help || a.command === undefined || a.command === "help") {
      out.stdout(USAGE[a.lang]);
      return a.help || a.command === "help" ? 0 : 2;
    }
    switch (a.command) {
      case "check":
        return await runCheck(a, out);
      case "template":
        return await runTemplate(a, out);
      case "draft":
        return await runDraft(a, out);
      case "tonghop":
        return await runTonghop(a, out, (vi, en) => new UsageError(vi, en));
      default:
        throw new UsageError(
          `Không có lệnh "${a.command}". Các lệnh: check, draft, template, tonghop. Xem: baocao --help`,
          `No command "${a.command}". Commands: check, draft, template, tonghop. See: baocao --help`,
        );
    }
  } catch (e) {
    if (e instanceof UsageError) {
      say(out, a.lang, e.vi, e.en);
      return 2;
    }
    if (e instanceof InputError) {
      say(out, a.lang, e.vi, e.en);
      return 2;
    }
    const msg = e instanceof Error ? e.message : String(e);
    say(out, a.lang, `lỗi không mong đợi: ${msg}`, `unexpected error: ${msg}`);
    return 2;
  }
}
