/**
 * Bench runner (own child process): `baocao tonghop FOLDER -o OUT --json --force` through
 * build/cli/main.js (worker threads as in real use). Prints one JSON line: {ms, maxRSS, exit,
 * summary}. ms: from process start (module loading included) to the end of main. maxRSS:
 * process.resourceUsage().maxRSS in bytes (the worker threads are in this process).
 */
"use strict";
const { join } = require("node:path");
const [folder, out] = process.argv.slice(2);
const { main } = require(join(__dirname, "..", "build", "cli", "main.js"));
let json = "";
main(["tonghop", folder, "-o", out, "--json", "--force"], {
  stdout: (s) => void (json += s),
  stderr: () => undefined,
}).then(
  (exit) => {
    const ms = performance.now();
    let summary;
    try {
      summary = JSON.parse(json).summary;
    } catch {
      summary = undefined;
    }
    json = "";
    process.stdout.write(JSON.stringify({ ms, maxRSS: process.resourceUsage().maxRSS * 1024, exit, summary }) + "\n");
  },
  (err) => {
    process.stderr.write(String(err && err.stack ? err.stack : err) + "\n");
    process.exit(3);
  },
);
