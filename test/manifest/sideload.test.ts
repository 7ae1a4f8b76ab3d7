/**
 * `npm run sideload` (office-addin-debugging, pinned in devDependencies) and `npm start` leave the
 * user's settings alone: the office-addin-* tools they run neither prompt for usage data nor read
 * or write its settings (~/office-addin-usage-data.json). Each tool runs here in a child process
 * whose HOME is an empty folder, with no standard input; afterwards the folder holds what the
 * tool is meant to write (the dev server's localhost certificates) and nothing else.
 *
 * This machine has no Excel (Linux): office-addin-debugging stops at "platform not supported",
 * after its command line, its manifest and usage-data modules have run; on Windows or macOS
 * the same command sideloads into Excel.
 */
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";

const ROOT = path.resolve(__dirname, "..", "..");
const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, "package.json"), "utf8")) as {
  scripts: Record<string, string>;
  devDependencies: Record<string, string>;
};

/** Every file and folder under `dir`, relative, sorted. */
function tree(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const rel = path.relative(dir, path.join(d, e.name));
      out.push(rel);
      if (e.isDirectory()) walk(path.join(d, e.name));
    }
  };
  walk(dir);
  return out.sort();
}

/** Runs `node args…` in the project with HOME (and the Windows equivalents) set to a new empty folder. */
function runWithEmptyHome(args: string[]): { home: string; status: number | null; out: string } {
  const home = fs.mkdtempSync(path.join(os.tmpdir(), "baocao-home-"));
  const env = { ...process.env, HOME: home, USERPROFILE: home, APPDATA: home, LOCALAPPDATA: home, XDG_CONFIG_HOME: home };
  const r = spawnSync(process.execPath, args, {
    cwd: ROOT,
    env,
    encoding: "utf8",
    stdio: ["ignore", "pipe", "pipe"],
    timeout: 60_000,
  });
  return { home, status: r.status, out: `${r.stdout}\n${r.stderr}` };
}

let homes: string[] = [];
afterAll(() => {
  for (const h of homes) fs.rmSync(h, { recursive: true, force: true });
  homes = [];
});

describe("office-addin-debugging, the sideload command", () => {
  const bin = path.join(ROOT, "node_modules", "office-addin-debugging", "cli.js");

  test("is a devDependency at an exact version, run by npm run sideload / sideload:stop", () => {
    expect(pkg.devDependencies["office-addin-debugging"]).toMatch(/^\d+\.\d+\.\d+$/);
    expect(pkg.scripts.sideload).toBe("office-addin-debugging start manifest.xml desktop --app excel");
    expect(pkg.scripts["sideload:stop"]).toBe("office-addin-debugging stop manifest.xml desktop");
    expect({ installed: fs.existsSync(bin), hint: "npm ci" }).toEqual({ installed: true, hint: "npm ci" });
    const installed = JSON.parse(
      fs.readFileSync(path.join(ROOT, "node_modules", "office-addin-debugging", "package.json"), "utf8"),
    );
    expect(installed.version).toBe(pkg.devDependencies["office-addin-debugging"]);
  });

  test("runs without prompting and writes nothing to the home folder", () => {
    const args = pkg.scripts.sideload.split(" ").slice(1);
    const r = runWithEmptyHome([bin, ...args]);
    homes.push(r.home);
    expect(r.status).toBe(0); // it reports its errors without an exit code
    // Elsewhere this would open Excel: the test is written for the Linux machines of the tests and CI.
    expect(process.platform).toBe("linux");
    expect(r.out).toContain("The current platform is not supported: linux");
    expect(r.out).not.toMatch(/usage data|telemetry/i);
    expect(tree(r.home)).toEqual([]);

    const stop = runWithEmptyHome([bin, ...pkg.scripts["sideload:stop"].split(" ").slice(1)]);
    homes.push(stop.home);
    expect(stop.out).toContain("The current platform is not supported: linux");
    expect(tree(stop.home)).toEqual([]);
  }, 120_000);
});

describe("npm start", () => {
  test("its set-up writes only the localhost certificates to the home folder", () => {
    // webpack.config.js as npm start loads it (the dev server's https options from office-addin-dev-certs).
    const r = runWithEmptyHome([
      "-e",
      "require('./webpack.config.js')({ WEBPACK_SERVE: true }, { mode: 'development' }).then((c) => console.log('server:', c.devServer.server.type))",
    ]);
    homes.push(r.home);
    expect(r.status).toBe(0);
    expect(r.out).toContain("server: https");
    expect(tree(r.home)).toEqual([
      ".office-addin-dev-certs",
      ".office-addin-dev-certs/ca.crt",
      ".office-addin-dev-certs/localhost.crt",
      ".office-addin-dev-certs/localhost.key",
    ]);
  }, 120_000);

  test("the custom functions metadata generator (webpack's plugin) writes nothing there", () => {
    const r = runWithEmptyHome([
      "-e",
      "require('custom-functions-metadata').generateCustomFunctionsMetadata(['src/functions/functions.ts'], true).then((m) => console.log('errors:', m.errors.length, 'functions:', JSON.parse(m.metadataJson).functions.length))",
    ]);
    homes.push(r.home);
    expect(r.status).toBe(0);
    expect(r.out).toContain("errors: 0 functions: 5");
    expect(tree(r.home)).toEqual([]);
  }, 120_000);

  test("scripts/start.ts itself touches no settings file", () => {
    const start = fs.readFileSync(path.join(ROOT, "scripts", "start.ts"), "utf8").replace(/\/\*[\s\S]*?\*\//g, "");
    expect(start).not.toMatch(/homedir|writeFile|usage-data|OFFICE_ADDIN_USAGE_DATA/);
  });
});
