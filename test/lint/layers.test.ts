/**
 * The layers of eslint.config.mjs, as ESLint computes them for a file of each area: the imports a
 * layer forbids are reported, the ones it allows are not. (CONTRIBUTING.md, Layers.)
 */
import { execFileSync } from "node:child_process";
import * as path from "node:path";
import { Linter } from "eslint";

const ROOT = path.join(__dirname, "..", "..");
const linter = new Linter({ configType: "flat" });

/**
 * no-restricted-imports as eslint.config.mjs sets it for each file, computed by ESLint itself in
 * a child process (Jest cannot load an ES module config).
 */
function restrictedImports(files: string[]): Record<string, Linter.RuleEntry | undefined> {
  const script = `
    const { ESLint } = require("eslint");
    const eslint = new ESLint({ cwd: process.cwd() });
    (async () => {
      const out = {};
      for (const f of JSON.parse(process.argv[1])) out[f] = (await eslint.calculateConfigForFile(f)).rules["no-restricted-imports"];
      process.stdout.write(JSON.stringify(out));
    })();`;
  return JSON.parse(
    execFileSync(process.execPath, ["-e", script, JSON.stringify(files)], { cwd: ROOT, encoding: "utf8" }),
  ) as Record<string, Linter.RuleEntry | undefined>;
}

let rules: Record<string, Linter.RuleEntry | undefined> = {};

/** The no-restricted-imports messages for `import … from spec` in a file at `file`. */
function blocked(file: string, spec: string): string[] {
  const rule = rules[file];
  // Without the rule every import would pass: an "allowed" verdict would prove nothing.
  if (!rule) throw new Error(`eslint.config.mjs sets no no-restricted-imports for ${file}`);
  const messages = linter.verify(
    `import { x } from ${JSON.stringify(spec)};\nexport { x };\n`,
    [{ files: ["**/*.ts", "**/*.tsx"], rules: { "no-restricted-imports": rule } }],
    { filename: path.join(ROOT, file) },
  );
  return messages.map((m) => m.message);
}

const DENIED: [string, string][] = [
  ["src/core/tables/scan.ts", "../../excel/readGrids"],
  ["src/core/engine.ts", "../taskpane/strings"],
  ["src/core/engine.ts", "node:fs"],
  ["src/core/engine.ts", "react"],
  ["src/core/number/format.ts", "../../../testkit/reportGrids"],
  ["src/cli/main.ts", "../excel/readGrids"],
  ["src/cli/xlsx/readXlsx.ts", "../../taskpane/strings"],
  ["src/cli/main.ts", "../preview/standin/workbook"],
  ["src/docx/buildDocx.ts", "../taskpane/strings"],
  ["src/excel/excelHost.ts", "../taskpane/strings"],
  ["src/commands/commands.ts", "../taskpane/App"],
  ["src/taskpane/App.tsx", "../docx/buildDocx"],
  ["src/taskpane/App.tsx", "../../test/helpers/ruleTester"],
  ["src/taskpane/App.tsx", "../cli/main"],
  ["src/taskpane/App.tsx", "../cli/xlsx/openWorkbook"],
  ["src/functions/index.ts", "../excel/readGrids"],
  ["src/functions/index.ts", "react"],
  ["src/host/host.ts", "../excel/readGrids"],
  ["src/host/requests.ts", "react"],
  ["src/docx/buildDocx.ts", "node:fs"],
  ["src/preview/preview.tsx", "node:fs"],
  ["src/preview/preview.tsx", "../docx/buildDocx"],
  ["src/preview/preview.tsx", "../cli/readWorkbookFile"],
  ["src/preview/preview.tsx", "../cli/main"],
  ["src/cli/xlsx/readXlsx.ts", "node:fs"],
  ["src/cli/xlsx/zip.ts", "../readWorkbookFile"],
  ["src/cli/xlsx/readXlsx.ts", "../../docx/buildDocx"],
  ["src/cli/main.ts", "@fluentui/react-components"],
  ["testkit/reportGrids.ts", "../test/helpers/ruleTester"],
  ["testkit/reportGrids.ts", "../src/excel/readGrids"],
  ["bench/core.ts", "../test/helpers/ruleTester"],
  ["scripts/make-forms.ts", "../test/helpers/ruleTester"],
];

const ALLOWED: [string, string][] = [
  ["src/core/tables/scan.ts", "../grid/grid"],
  ["src/core/engine.ts", "./findings"],
  ["src/host/host.ts", "../core/findings"],
  ["src/cli/main.ts", "../core/engine"],
  ["src/cli/main.ts", "../docx/buildDocx"],
  ["src/cli/main.ts", "node:fs"],
  ["src/excel/excelHost.ts", "../host/host"],
  ["src/commands/commands.ts", "../host/requests"],
  ["src/taskpane/App.tsx", "../excel"],
  ["src/taskpane/App.tsx", "@fluentui/react-components"],
  ["src/preview/preview.tsx", "../taskpane/App"],
  ["src/preview/preview.tsx", "../cli/xlsx/readXlsx"],
  ["src/cli/xlsx/readXlsx.ts", "../../core/grid/grid"],
  ["src/cli/readWorkbookFile.ts", "node:fs"],
  ["testkit/reportGrids.ts", "../src/core/grid/grid"],
  ["bench/core.ts", "../testkit/reportGrids"],
];

beforeAll(() => {
  rules = restrictedImports([...new Set([...DENIED, ...ALLOWED].map(([f]) => f)), "test/cli/main.test.ts"]);
}, 60_000);

describe("layers", () => {
  test.each(DENIED)("%s may not import %s", (file, spec) => {
    expect(blocked(file, spec)).toHaveLength(1);
  });

  test.each(ALLOWED)("%s may import %s", (file, spec) => {
    expect(blocked(file, spec)).toEqual([]);
  });

  test("test/ is not restricted: a test may import any layer and testkit/", () => {
    expect(rules["test/cli/main.test.ts"]).toBeUndefined();
  });
});
