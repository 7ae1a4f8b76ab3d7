/**
 * Bench runner (own child process): `baocao ARGS…` through build/cli/main.js (worker threads, where
 * the command uses them, in this process), e.g. `check FILE… --json` or `tonghop FOLDER -o OUT
 * --json --force`. stdout is kept only to read the JSON report's summary (showing the command ran);
 * stderr passes through. Prints one JSON line: {ms, maxRSS, exit, summary}. ms: from process start
 * (module loading included) to the end of main. maxRSS: process.resourceUsage().maxRSS, in bytes.
 */
"use strict";
const { join } = require("node:path");
const { main } = require(join(__dirname, "..", "build", "cli", "main.js"));
let json = "";
main(process.argv.slice(2), { stdout: (s) => void (json += s), stderr: (s) => process.stderr.write(s) }).then(
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
