/**
 * make-forms: builds the public form corpus in test/fixtures/forms (`npm run forms`).
 *
 * For every layout of testkit/forms/layouts.ts: a clean workbook and one workbook per broken
 * variant, written by ExcelJS; layouts marked `libreoffice` are then re-saved by LibreOffice
 * (`soffice --headless --convert-to xlsx`), as offices that use LibreOffice Calc send them. The
 * manifest (manifest.json) lists each file with the findings it must give; test/corpus/forms.test.ts
 * runs `baocao check` over every file and holds it to the manifest.
 *
 * LibreOffice is needed only to rebuild the LibreOffice files (`apt-get install -y
 * libreoffice-calc-nogui`); without it the script stops rather than write ExcelJS files under
 * their names. CI and `npm test` use the committed files.
 */
import { execFileSync } from "node:child_process";
import { promises as fs, existsSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import { writeXlsx } from "../src/cli/writeXlsx";
import { applyVariant, buildLayout, cellOf, type FormFile, type Layout } from "../testkit/forms/build";
import { LAYOUTS } from "../testkit/forms/layouts";

function soffice(): string | undefined {
  for (const p of ["/usr/bin/soffice", "/usr/local/bin/soffice", "/usr/bin/libreoffice"]) if (existsSync(p)) return p;
  return undefined;
}

async function save(dir: string, file: string, layout: Layout, bytes: Buffer): Promise<void> {
  const target = path.join(dir, file);
  if (!layout.libreoffice) {
    await fs.writeFile(target, bytes);
    return;
  }
  const bin = soffice();
  if (!bin) throw new Error(`LibreOffice is needed to build ${file}: apt-get install -y libreoffice-calc-nogui`);
  const tmp = mkdtempSync(path.join(tmpdir(), "forms-"));
  const src = path.join(tmp, "in", file);
  await fs.mkdir(path.dirname(src), { recursive: true });
  await fs.writeFile(src, bytes);
  execFileSync(
    bin,
    [
      "--headless",
      "--norestore",
      `-env:UserInstallation=file://${tmp}/profile`,
      "--convert-to",
      "xlsx:Calc MS Excel 2007 XML",
      "--outdir",
      tmp,
      src,
    ],
    { stdio: "ignore", timeout: 120_000 },
  );
  await fs.copyFile(path.join(tmp, file), target);
  await fs.rm(tmp, { recursive: true, force: true });
}

export async function makeForms(dir: string): Promise<FormFile[]> {
  await fs.mkdir(dir, { recursive: true });
  const manifest: FormFile[] = [];
  for (const layout of LAYOUTS) {
    const built = buildLayout(layout);
    const sheets = (spec: typeof built.spec) => [spec, ...(layout.extraSheets ?? [])];
    const savedBy = layout.libreoffice ? "LibreOffice" : "ExcelJS";
    const cleanFile = `${layout.id}.xlsx`;
    await save(dir, cleanFile, layout, await writeXlsx(sheets(built.spec)));
    manifest.push({
      file: cleanFile,
      layout: layout.id,
      family: layout.family,
      variant: "clean",
      note: layout.description,
      savedBy,
      expect: (layout.cleanWarnings ?? []).map(([code, where]) => {
        const [sheet, cell] = where.includes("!")
          ? where.split("!")
          : [layout.sheet, cellOf(built, where, layout.columns.find((c) => c.kind === "num")!.key)];
        return { code, sheet, cell };
      }),
      clean: true,
      fullyChecked: layout.fullyChecked ?? false,
      sketch: layout.sketch,
    });
    for (const v of layout.variants) {
      const file = `${layout.id}--${v.id}.xlsx`;
      await save(dir, file, layout, await writeXlsx(sheets(applyVariant(built, v, layout.textNumbers === true))));
      manifest.push({
        file,
        layout: layout.id,
        family: layout.family,
        variant: v.id,
        note: v.note,
        savedBy,
        expect: v.expect.map(([code, row, key]) => ({ code, sheet: layout.sheet, cell: cellOf(built, row, key) })),
        clean: false,
        fullyChecked: false,
      });
    }
  }
  await fs.writeFile(path.join(dir, "manifest.json"), JSON.stringify(manifest, null, 2) + "\n");
  return manifest;
}

const BEGIN = "<!-- forms:begin (npm run forms writes this section) -->";
const END = "<!-- forms:end -->";

/** The README section listing the layouts, each with its sketch and its broken variants. */
export function formsSection(manifest: FormFile[]): string {
  const out: string[] = [BEGIN, ""];
  for (const clean of manifest.filter((m) => m.clean)) {
    const broken = manifest.filter((m) => m.layout === clean.layout && !m.clean);
    out.push(
      `**${clean.layout}** — ${clean.family}${clean.savedBy === "LibreOffice" ? " (saved by LibreOffice)" : ""}. ${clean.note}`,
    );
    out.push("");
    out.push("```");
    out.push(clean.sketch ?? "");
    out.push("```");
    out.push("");
    out.push(
      `Broken variants: ${broken.map((b) => `\`${b.variant}\` → ${b.expect.map((e) => `${e.code} ${e.cell}`).join(", ")}`).join("; ")}.`,
    );
    out.push("");
  }
  out.push(END);
  return out.join("\n");
}

async function updateReadme(readme: string, manifest: FormFile[]): Promise<void> {
  const text = await fs.readFile(readme, "utf8");
  const a = text.indexOf(BEGIN);
  const b = text.indexOf(END);
  if (a < 0 || b < 0) throw new Error(`${readme}: the forms section markers are missing`);
  await fs.writeFile(readme, text.slice(0, a) + formsSection(manifest) + text.slice(b + END.length));
}

if (require.main === module) {
  const dir = process.argv[2] ?? path.join(__dirname, "..", "test", "fixtures", "forms");
  makeForms(dir)
    .then(async (m) => {
      await updateReadme(path.join(__dirname, "..", "README.md"), m);
      return m;
    })
    .then(
      (m) => console.log(`${m.length} files in ${dir}; README section updated`),
      (e) => {
        console.error(e instanceof Error ? e.message : e);
        process.exit(1);
      },
    );
}
