/** Gzipped size of each production bundle (builds dist/ first with webpack in production mode). */
import { execFileSync } from "node:child_process";
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";

export interface BundleResult {
  file: string;
  bytes: number;
  gzipBytes: number;
}

export function benchBundles(root: string): BundleResult[] {
  execFileSync(process.execPath, [join(root, "node_modules/webpack-cli/bin/cli.js"), "--mode", "production"], {
    cwd: root,
    stdio: "ignore",
  });
  const dist = join(root, "dist");
  return readdirSync(dist)
    .filter((f) => f.endsWith(".js"))
    .sort()
    .map((f) => {
      const buf = readFileSync(join(dist, f));
      return { file: f, bytes: buf.length, gzipBytes: gzipSync(buf, { level: 9 }).length };
    });
}
