/** Small helpers shared by the bench sections: medians, number formatting, the result table. */
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";

export function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 === 1 ? s[m] : (s[m - 1] + s[m]) / 2;
}

/** en-US grouping, as the bench has always printed: 2,541,766 and 39.3. */
export const fmt = (n: number, d = 0): string =>
  n.toLocaleString("en-US", { maximumFractionDigits: d, minimumFractionDigits: d });

export const MB = 1024 * 1024;
export const mb = (bytes: number, d = 1): string => `${fmt(bytes / MB, d)} MB`;
export const kb = (bytes: number, d = 1): string => `${fmt(bytes / 1024, d)} KB`;

/** One line of the printed table. `ok` undefined: a figure without a budget. */
export interface Line {
  area: string;
  what: string;
  figure: string;
  budget?: string;
  ok?: boolean;
}

/** Progress goes to stderr, so that stdout is the table alone. */
export function progress(msg: string): void {
  process.stderr.write(`[bench] ${msg}\n`);
}

export function now(): number {
  return Number(process.hrtime.bigint()) / 1e6;
}

/**
 * A full garbage collection. `npm run bench` passes --expose-gc to node, but tsx runs the bench
 * in a child process without it, so the flag is set here at run time when gc is missing.
 */
export const gc: () => void = (() => {
  const g = (globalThis as { gc?: () => void }).gc;
  if (typeof g === "function") return g;
  setFlagsFromString("--expose-gc");
  return runInNewContext("gc") as () => void;
})();
