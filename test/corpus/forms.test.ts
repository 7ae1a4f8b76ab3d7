/**
 * The public form corpus (test/fixtures/forms, built by `npm run forms` from
 * testkit/forms/layouts.ts): twenty layouts modelled on the forms offices fill in, each clean and
 * broken. `baocao check FILE --json` runs in-process over every file and is held to the
 * manifest: every planted error at its cell and nothing else an error, no error on a clean file,
 * no exit 0 on a broken one, complete coverage where the layout declares every relation.
 */
import { readFileSync } from "node:fs";
import * as path from "node:path";
import { unzipSync, strFromU8 } from "fflate";
import { main } from "../../src/cli/main";
import type { Report } from "../../src/core/findings";
import type { FormFile } from "../../testkit/forms/build";

const DIR = path.join(__dirname, "..", "fixtures", "forms");
const MANIFEST: FormFile[] = JSON.parse(readFileSync(path.join(DIR, "manifest.json"), "utf8"));

async function check(file: string, ...flags: string[]): Promise<{ code: number; report: Report; stdout: string }> {
  let stdout = "";
  let stderr = "";
  const code = await main(["check", path.join(DIR, file), "--json", ...flags], {
    stdout: (s) => (stdout += s),
    stderr: (s) => (stderr += s),
  });
  expect(stderr).toBe("");
  return { code, report: JSON.parse(stdout) as Report, stdout };
}

test("the corpus holds at least 15 layouts, each clean and broken, some saved by LibreOffice", () => {
  const layouts = new Set(MANIFEST.map((m) => m.layout));
  expect(layouts.size).toBeGreaterThanOrEqual(15);
  for (const l of layouts) {
    expect(MANIFEST.filter((m) => m.layout === l && m.clean)).toHaveLength(1);
    expect(MANIFEST.filter((m) => m.layout === l && !m.clean).length).toBeGreaterThanOrEqual(1);
  }
  const lo = MANIFEST.filter((m) => m.savedBy === "LibreOffice");
  expect(new Set(lo.map((m) => m.layout)).size).toBeGreaterThanOrEqual(3);
  for (const m of lo) {
    const app = strFromU8(
      unzipSync(readFileSync(path.join(DIR, m.file)), { filter: (f) => f.name === "docProps/app.xml" })["docProps/app.xml"],
    );
    expect({ file: m.file, libreOffice: /LibreOffice/.test(app) }).toEqual({ file: m.file, libreOffice: true });
  }
});

describe.each(MANIFEST.map((m) => [m.file, m] as const))("%s", (file, m) => {
  test(
    m.clean ? "clean: no error, exit 0" : `broken (${m.note}): every planted error at its cell, nothing else an error, exit 1`,
    async () => {
      const { code, report } = await check(file);
      const errors = report.findings.filter((f) => f.severity === "error").map((f) => `${f.code}@${f.sheet}!${f.cell}`);
      const all = report.findings.map((f) => `${f.code}@${f.sheet}!${f.cell}`);
      const want = m.expect.map((e) => `${e.code}@${e.sheet}!${e.cell}`);
      for (const w of want) expect({ file, found: all.includes(w), w }).toEqual({ file, found: true, w });
      if (m.clean) {
        expect({ file, errors }).toEqual({ file, errors: [] });
        expect(code).toBe(0);
      } else {
        expect({ file, errors: errors.sort() }).toEqual({
          file,
          errors: want
            .filter((w) => /^(SUM_MISMATCH|RATE_MISMATCH|SUBSET_EXCEEDS|BAD_VALUE|SUM_RANGE_GAP|TARGET_OUT_OF_RANGE)@/.test(w))
            .sort(),
        });
        expect(code).toBe(1);
      }
      // Every finding of a relation says which relation, written as one ("D12 = D13+D14", "E = C / D × 100",
      // "D12 ≥ D13+D14" for a breakdown).
      for (const f of report.findings)
        if (/SUM_MISMATCH|RATE_MISMATCH|SUBSET_EXCEEDS/.test(f.code))
          expect({ file, cell: f.cell, relation: f.relation }).toEqual({
            file,
            cell: f.cell,
            relation: expect.stringMatching(/\S [=≥] \S/),
          });
      if (m.fullyChecked) expect(report.summary.checkedCells).toBe(report.summary.numericCells);
      expect(report.summary.checkedCells).toBeLessThanOrEqual(report.summary.numericCells);
    },
  );
});

test("--strict exits 1 on the mixed workbook (numbers not checked) and 0 on a fully checked clean form", async () => {
  const mixed = MANIFEST.find((m) => m.layout.startsWith("16-") && m.clean)!;
  const full = MANIFEST.find((m) => m.clean && m.fullyChecked)!;
  expect((await check(mixed.file)).code).toBe(0);
  expect((await check(mixed.file, "--strict")).code).toBe(1);
  expect((await check(full.file, "--strict")).code).toBe(0);
});

test("the text report of the mixed workbook says what was checked and what was not", async () => {
  const mixed = MANIFEST.find((m) => m.layout.startsWith("16-") && m.clean)!;
  let stdout = "";
  const code = await main(["check", path.join(DIR, mixed.file)], { stdout: (s) => (stdout += s), stderr: () => undefined });
  expect(code).toBe(0);
  expect(stdout).toContain("Đã kiểm tra 13/33 ô số.");
  expect(stdout).toContain("Chưa kiểm tra:");
  expect(stdout).toContain("'Số liệu dân cư'!B4:E8: 20 ô số không thuộc bảng nào được nhận ra");
  expect(stdout).not.toMatch(/đều khớp/);
});

test("the README lists every layout the checker reads, with its sketch and its broken variants", () => {
  const readme = readFileSync(path.join(__dirname, "..", "..", "README.md"), "utf8");
  for (const m of MANIFEST.filter((x) => x.clean)) {
    const sketch = m.sketch ?? "";
    expect({ layout: m.layout, listed: readme.includes(`**${m.layout}** — ${m.family}`) }).toEqual({
      layout: m.layout,
      listed: true,
    });
    expect({ layout: m.layout, sketch: sketch !== "" && readme.includes(sketch) }).toEqual({ layout: m.layout, sketch: true });
    for (const b of MANIFEST.filter((x) => x.layout === m.layout && !x.clean)) {
      expect({
        variant: b.file,
        listed: readme.includes(`\`${b.variant}\` → ${b.expect.map((e) => `${e.code} ${e.cell}`).join(", ")}`),
      }).toEqual({ variant: b.file, listed: true });
    }
  }
});
