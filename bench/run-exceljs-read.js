/**
 * Bench runner (own child process): a bare ExcelJS read of FILE,
 * `await new ExcelJS.Workbook().xlsx.readFile(FILE)`. Prints one JSON line: {ms, maxRSS, rows}.
 * ms: from process start (module loading included) to the end of the read. maxRSS in bytes.
 */
"use strict";
const file = process.argv[2];
const ExcelJS = require("exceljs");
const wb = new ExcelJS.Workbook();
wb.xlsx.readFile(file).then(
  () => {
    const ms = performance.now();
    const rows = wb.worksheets.reduce((n, ws) => n + ws.rowCount, 0);
    process.stdout.write(JSON.stringify({ ms, maxRSS: process.resourceUsage().maxRSS * 1024, rows }) + "\n");
  },
  (err) => {
    process.stderr.write(String(err && err.stack ? err.stack : err) + "\n");
    process.exit(3);
  },
);
