/**
 * test-corpus: the differential test of our .xlsx reader over any folder of workbooks
 * (`npm run test:corpus -- DIR`; default test/fixtures/public).
 *
 * Every .xlsx / .xlsm under DIR (recursively) is read by our reader and by ExcelJS and compared
 * (testkit/differential/compare.ts), each file in its own child process with a memory limit and a
 * timeout, so that one huge or hostile file cannot take the run down with it: a child that dies,
 * runs out of memory or out of time is reported as "crashed" when our reader had not finished,
 * as "ExcelJS cannot read" when it had (ExcelJS hung). Prints one line per file (status,
 * file, the first differences or the error) and the totals by status.
 *
 * Exit code 1 when any file differs or crashed, else 0. Options: `--jobs N` (parallel children,
 * default the number of CPUs), `--timeout S` (seconds per file, default 120), `--memory MB` (the
 * child's heap limit, default 2048), `--json FILE` (every outcome, by file, as JSON).
 */
import { spawn } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { compareReaders, type Outcome, type Status } from "../testkit/differential/compare";
import { outcomeDetail, STATUS_LABEL } from "../testkit/differential/report";

interface Options {
  dir: string;
  jobs: number;
  timeoutMs: number;
  memoryMb: number;
  /** Where to write every outcome as JSON ({file: outcome}), when asked (`--json FILE`). */
  json?: string;
}

function parseArgs(argv: string[]): Options {
  const o: Options = {
    dir: path.join(__dirname, "..", "test", "fixtures", "public"),
    jobs: Math.max(1, os.cpus().length),
    timeoutMs: 120_000,
    memoryMb: 2048,
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const next = (): number => {
      const n = Number(argv[++i]);
      if (!Number.isFinite(n) || n <= 0) throw new Error(`${a} needs a positive number`);
      return n;
    };
    if (a === "--jobs") o.jobs = Math.floor(next());
    else if (a === "--timeout") o.timeoutMs = next() * 1000;
    else if (a === "--memory") o.memoryMb = Math.floor(next());
    else if (a === "--json") o.json = path.resolve(argv[++i] ?? "outcomes.json");
    else o.dir = path.resolve(a);
  }
  return o;
}

function listWorkbooks(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string): void => {
    for (const e of fs.readdirSync(d, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const p = path.join(d, e.name);
      const kind = e.isSymbolicLink() ? fs.statSync(p) : e; // a folder of links to the files is fine
      if (kind.isDirectory()) walk(p);
      else if (kind.isFile() && /\.xls[xm]$/i.test(e.name)) out.push(p);
    }
  };
  walk(dir);
  return out;
}

/** Runs one file's comparison in a child process: this script with `--child FILE`. */
function runChild(file: string, o: Options): Promise<Outcome> {
  return new Promise((resolve) => {
    const child = spawn(
      process.execPath,
      [...process.execArgv, `--max-old-space-size=${o.memoryMb}`, __filename, "--child", file],
      { stdio: ["ignore", "pipe", "pipe"] },
    );
    let out = "";
    let err = "";
    let timedOut = false;
    child.stdout.setEncoding("utf8").on("data", (s: string) => (out += s));
    child.stderr.setEncoding("utf8").on("data", (s: string) => (err += s));
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill("SIGKILL");
    }, o.timeoutMs);
    child.on("close", (code, signal) => {
      clearTimeout(timer);
      const lines = out.split("\n");
      const oursRead = lines[0] === OURS_DONE;
      if (code === 0 && lines.length > 1) {
        try {
          resolve(JSON.parse(lines[lines.length - 1]) as Outcome);
          return;
        } catch {
          // falls through: reported as crashed
        }
      }
      const why = timedOut
        ? `no answer within ${o.timeoutMs / 1000} s`
        : `child process ended with ${signal ?? `code ${code}`}: ${lastLine(err) || "no message"}`;
      // Our reader had finished: it is ExcelJS that hung or ran out of memory.
      resolve(oursRead ? { status: "exceljs-failed", error: `ExcelJS: ${why}` } : { status: "crashed", error: why });
    });
  });
}

const lastLine = (s: string): string =>
  s
    .trim()
    .split("\n")
    .filter((l) => l.trim() !== "")
    .slice(-1)[0] ?? "";

async function runAll(o: Options): Promise<number> {
  const files = listWorkbooks(o.dir);
  if (files.length === 0) {
    process.stderr.write(`No .xlsx or .xlsm file under ${o.dir}\n`);
    return 1;
  }
  const outcomes = new Array<Outcome>(files.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < files.length) {
      const i = next++;
      outcomes[i] = await runChild(files[i], o);
    }
  };
  await Promise.all(Array.from({ length: Math.min(o.jobs, files.length) }, worker));

  const totals = new Map<Status, number>();
  const width = Math.max(...Object.values(STATUS_LABEL).map((l) => l.length));
  for (let i = 0; i < files.length; i++) {
    const oc = outcomes[i];
    totals.set(oc.status, (totals.get(oc.status) ?? 0) + 1);
    const rel = path.relative(o.dir, files[i]);
    const detail = outcomeDetail(oc);
    process.stdout.write(`${STATUS_LABEL[oc.status].padEnd(width)}  ${rel}${detail ? `\n${indent(detail)}` : ""}\n`);
  }
  process.stdout.write(`\n${files.length} files under ${o.dir}\n`);
  for (const [status, label] of Object.entries(STATUS_LABEL) as [Status, string][]) {
    process.stdout.write(`  ${label.padEnd(width)}  ${totals.get(status) ?? 0}\n`);
  }
  if (o.json) {
    const all = Object.fromEntries(files.map((f, i) => [path.relative(o.dir, f), outcomes[i]]));
    fs.writeFileSync(o.json, JSON.stringify(all, null, 1));
  }
  return (totals.get("differs") ?? 0) + (totals.get("crashed") ?? 0) > 0 ? 1 : 0;
}

const indent = (s: string): string =>
  s
    .split("\n")
    .map((l) => `      ${l}`)
    .join("\n");

/** The child's first line once our reader has read the file. */
const OURS_DONE = "ours-read";

/** The child: one file compared, the outcome as one line of JSON after {@link OURS_DONE}. */
async function runOne(file: string): Promise<void> {
  let said = false;
  const outcome = await compareReaders(new Uint8Array(fs.readFileSync(file)), path.basename(file), () => {
    process.stdout.write(`${OURS_DONE}\n`);
    said = true;
  });
  process.stdout.write(`${said ? "" : "\n"}${JSON.stringify(outcome)}`);
}

const argv = process.argv.slice(2);
if (argv[0] === "--child") {
  runOne(argv[1]).then(
    () => (process.exitCode = 0),
    (e) => {
      process.stderr.write(`${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
      process.exitCode = 2;
    },
  );
} else {
  runAll(parseArgs(argv)).then(
    (code) => (process.exitCode = code),
    (e) => {
      process.stderr.write(`${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
      process.exitCode = 1;
    },
  );
}
