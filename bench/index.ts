/**
 * `npm run bench`: prints the performance record. Figures are medians of several runs.
 */
import { join } from "node:path";
import { benchBundles } from "./bundle";
import { benchCore } from "./core";

const fmt = (n: number, d = 0) => n.toLocaleString("en-US", { maximumFractionDigits: d, minimumFractionDigits: d });

function main(): void {
  console.log("Core engine — generated appendices (groups of 50 items with stated sub-totals, a grand total)");
  console.log("item rows  | median ms | item rows/s   | heap Δ MB | findings");
  const core = benchCore();
  for (const r of core) {
    console.log(
      `${fmt(r.rows).padStart(10)} | ${fmt(r.medianMs, 1).padStart(9)} | ${fmt(r.rowsPerSecond).padStart(13)} | ${fmt(r.heapMB, 1).padStart(9)} | ${r.findings}`,
    );
  }
  const r5 = core.find((r) => r.rows === 1e5);
  const r6 = core.find((r) => r.rows === 1e6);
  if (r5 && r6) {
    console.log(`linearity: 10^6 run / 10^5 run = ${fmt(r6.medianMs / r5.medianMs, 2)}× (budget ≤ 12×); budget ≥ 2,000,000 rows/s at 10^5 and 10^6`);
  }

  console.log("");
  console.log("Production bundles (webpack --mode production), gzip -9 — budget ≤ 250 KB for the pane (taskpane.js)");
  console.log("bundle          | bytes      | gzipped");
  for (const b of benchBundles(join(__dirname, ".."))) {
    console.log(`${b.file.padEnd(15)} | ${fmt(b.bytes).padStart(10)} | ${fmt(b.gzipBytes / 1024, 1).padStart(7)} KB`);
  }
}

main();
