/**
 * Bench runner (own child process): `baocao check FILE… --json` through build/cli/main.js, stdout
 * discarded (the report's summary is kept to show the check ran). Prints one JSON line:
 * {ms, maxRSS, exit, summary}. ms: from process start (module loading included) to the end of main.
 * maxRSS: process.resourceUsage().maxRSS, in bytes.
 */
"use strict";
const { join } = require("node:path");
const files = process.argv.slice(2);
const { main } = require(join(__dirname, "..", "build", "cli", "main.js"));
let json = "";
main(["check", ...files, "--json"], { stdout: (s) => void (json += s), stderr: (s) => process.stderr.write(s) }).then(
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
