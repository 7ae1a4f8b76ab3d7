/**
 * <Version> is raised on every change of manifest.xml: Office and the Microsoft 365 admin center
 * cache a manifest by Id and Version, so a changed manifest under an old Version may never reach
 * users. Each released Version is recorded with a hash of the manifest (comments and the Version
 * itself left out, whitespace folded). Changed manifest.xml? Raise <Version> and add a row with
 * the hash this test prints.
 */
import { createHash } from "node:crypto";
import * as fs from "node:fs";
import * as path from "node:path";

const ROOT = path.resolve(__dirname, "..", "..");

const RELEASED: Record<string, string> = {
  "1.0.0.0": "4ca5b1e9676efa44",
  // No TaskpaneId, CustomFunctionsRuntime 1.3, ExcelApi 1.7, SupportUrl help.html.
  "1.1.0.0": "d773f4eae42f86a9",
  // functions.en-US.json for Excel in English (Override of Functions.Metadata.Url), LearnMoreUrl help.html.
  "1.2.0.0": "482ede5bcacccaab",
};

function manifestHash(xml: string): string {
  const text = xml
    .replace(/<!--[\s\S]*?-->/g, "")
    .replace(/<Version>[^<]*<\/Version>/, "")
    .replace(/\s+/g, " ")
    .trim();
  return createHash("sha256").update(text).digest("hex").slice(0, 16);
}

const versionOf = (xml: string) => /<Version>([^<]*)<\/Version>/.exec(xml)?.[1];
const parts = (v: string) => v.split(".").map(Number);

test("manifest.xml is the one recorded for its <Version> (raise it on every change)", () => {
  const xml = fs.readFileSync(path.join(ROOT, "manifest.xml"), "utf8");
  const version = versionOf(xml);
  expect(version).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
  const hash = manifestHash(xml);
  expect({ version, hash }).toEqual({ version, hash: RELEASED[version!] });
  const versions = Object.keys(RELEASED);
  expect(versions[versions.length - 1]).toBe(version);
});

test("recorded Versions only go up, and a change without a new Version is caught", () => {
  const versions = Object.keys(RELEASED).map(parts);
  for (let i = 1; i < versions.length; i++) {
    const [a, b] = [versions[i - 1], versions[i]];
    const k = a.findIndex((x, j) => x !== b[j]);
    expect(k >= 0 && b[k] > a[k]).toBe(true);
  }
  const xml = fs.readFileSync(path.join(ROOT, "manifest.xml"), "utf8");
  expect(manifestHash(xml.replace("<!--", "<!-- a comment only\n"))).toBe(manifestHash(xml));
  expect(manifestHash(xml.replace(/<Version>[^<]*<\/Version>/, "<Version>9.0.0.0</Version>"))).toBe(manifestHash(xml));
  expect(manifestHash(xml.replace('Value="Report"', 'Value="Reports"'))).not.toBe(manifestHash(xml));
});
