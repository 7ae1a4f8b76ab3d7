/**
 * Builds the hostile corpus into a folder (`npm run hostile` writes test/fixtures/hostile).
 *
 * Deterministic: ExcelJS output is written with fixed document dates and re-zipped by our own
 * writer with a fixed entry time (ExcelJS stamps every zip entry with the current time); the other
 * files are built by hand; anything random comes from a seeded generator.
 */
import { promises as fs } from "node:fs";
import * as path from "node:path";
import { strToU8 } from "fflate";
import { CASES, HOSTILE_CASES, type HostileCase } from "./cases";
import { corpusReadme } from "./docs";

/** Builds every hostile file (and README.md) into `dir`, created if needed; returns the cases. */
export async function buildHostileCorpus(dir: string): Promise<HostileCase[]> {
  await fs.mkdir(dir, { recursive: true });
  const built = new Map<string, Uint8Array>();
  for (const c of CASES) {
    const out = await c.build(built);
    const bytes = typeof out === "string" ? strToU8(out) : out;
    built.set(c.file, bytes);
    await fs.writeFile(path.join(dir, c.file), bytes);
  }
  const cases = HOSTILE_CASES.map((c) => ({ ...c }));
  await fs.writeFile(path.join(dir, "README.md"), corpusReadme(cases, built));
  return cases;
}
