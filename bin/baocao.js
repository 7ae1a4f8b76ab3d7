#!/usr/bin/env node
"use strict";
// Entry point of the `baocao` command. The TypeScript sources are compiled to build/ by `npm ci`
// (the "prepare" script) or `npm run build:cli`.
let main;
try {
  main = require("../build/cli/main.js").main;
} catch (e) {
  process.stderr.write(
    "baocao: chưa biên dịch — hãy chạy `npm ci` (hoặc `npm run build:cli`) trong thư mục dự án.\n" +
      "baocao: not built yet — run `npm ci` (or `npm run build:cli`) in the project folder.\n",
  );
  process.exit(2);
}
main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (err) => {
    process.stderr.write(`baocao: lỗi không mong đợi: ${err && err.message ? err.message : String(err)}\n`);
    process.exit(2);
  },
);
