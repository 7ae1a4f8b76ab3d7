/**
 * Offline manifest check (`npm run validate`):
 *
 *   1. well-formed XML: `xmllint --noout` when xmllint is installed (apt package libxml2-utils),
 *      else the built-in well-formedness check of scripts/manifest/xml.ts;
 *   2. `office-addin-manifest info` (its programmatic API): the manifest reads as an add-in;
 *   3. our own rules (scripts/manifest/check.ts): every resid resolves to a resource of the right
 *      kind, ids are unique, every URL is https and under the add-in's base URL (its page's folder:
 *      https://localhost:3000/ in dev, the ADDIN_URL of a production build, where a localhost URL
 *      is an error), every icon exists in assets/, the declared requirement sets, no TaskpaneId,
 *      every text has vi-VN and en-US, string length limits, the shared runtime is wired the same
 *      way everywhere, the ExecuteFunction buttons are exactly the commands' COMMAND_ACTIONS.
 *
 * (`office-addin-manifest validate` needs Microsoft's online service: not used here.)
 *
 *   npx tsx scripts/validate-manifest.ts [manifest.xml]
 *   npm run validate -- dist/manifest.xml      (the built one, after ADDIN_URL=... npm run build)
 *
 * Exits 1 with one line per problem.
 */
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import { checkManifest } from "./manifest/check";
import { parseXml } from "./manifest/xml";

const ROOT = path.resolve(__dirname, "..");

type Lint = { available: false } | { available: true; ok: boolean; output: string };

function xmllint(file: string): Lint {
  const probe = spawnSync("xmllint", ["--version"], { encoding: "utf8" });
  if (probe.error) {
    return { available: false };
  }
  const r = spawnSync("xmllint", ["--noout", file], { encoding: "utf8" });
  return { available: true, ok: r.status === 0, output: (r.stderr || "") + (r.stdout || "") };
}

function errorMessage(e: unknown): string {
  return e instanceof Error && e.message ? e.message : String(e);
}

async function main(): Promise<void> {
  const file = path.resolve(process.argv[2] || path.join(ROOT, "manifest.xml"));
  let problems: string[] = [];
  if (!fs.existsSync(file)) {
    console.error(`✗ ${file} không tồn tại / does not exist`);
    process.exit(1);
  }
  const text = fs.readFileSync(file, "utf8");
  console.log(`Kiểm tra / checking ${path.relative(process.cwd(), file) || file}`);

  // 1. Well-formed XML.
  const lint = xmllint(file);
  if (lint.available) {
    if (lint.ok) console.log("  ✓ xmllint --noout: XML hợp lệ / well-formed");
    else problems.push(`xmllint: ${lint.output.trim()}`);
  } else {
    console.log(
      "  • xmllint không có; cài bằng / not installed; install it with:\n" +
        "      sudo apt-get install -y libxml2-utils   (Debian/Ubuntu)    brew install libxml2   (macOS)\n" +
        "    dùng kiểm tra XML dựng sẵn / using the built-in well-formedness check instead",
    );
    try {
      parseXml(text);
      console.log("  ✓ XML hợp lệ / well-formed (built-in check)");
    } catch (e) {
      problems.push(`XML: ${errorMessage(e)}`);
    }
  }

  // 2. office-addin-manifest info.
  try {
    const { OfficeAddinManifest } = await import("office-addin-manifest");
    const info = await OfficeAddinManifest.readManifestFile(file);
    if (!info || !info.id) problems.push("office-addin-manifest: the manifest has no <Id>");
    else {
      console.log(
        `  ✓ office-addin-manifest info: ${info.displayName} ${info.version} (${info.officeAppType}, ${(info.hosts || []).join(", ")}), id ${info.id}`,
      );
      if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(info.id))
        problems.push(`office-addin-manifest: Id ${info.id} is not a GUID`);
    }
  } catch (e) {
    problems.push(`office-addin-manifest: ${errorMessage(e)}`);
  }

  // 3. Our own rules.
  // Icons are looked for beside the manifest when it has an assets/ folder (dist/), else in the project.
  const besides = path.dirname(file);
  const root = fs.existsSync(path.join(besides, "assets")) ? besides : ROOT;
  const { errors, model } = checkManifest(text, { root });
  problems.push(...errors);
  if (model) {
    console.log(
      `  • ${model.resources.size} tài nguyên / resources, ${model.buttons.length} nút / buttons: ${model.buttons.map((b) => `${b.id} (${b.functionName || b.actionType})`).join(", ")}`,
    );
  }

  problems = [...new Set(problems)];
  if (problems.length > 0) {
    console.error(`\n✗ manifest.xml có ${problems.length} lỗi / has ${problems.length} problem(s):`);
    for (const p of problems) console.error(`  - ${p}`);
    process.exit(1);
  }
  console.log(
    "✓ manifest.xml hợp lệ / is valid (offline checks; `npx office-addin-manifest validate manifest.xml` checks online)",
  );
}

main().catch((e: unknown) => {
  console.error(`✗ ${e instanceof Error && e.stack ? e.stack : String(e)}`);
  process.exit(1);
});
