/**
 * The Excel and Office APIs the code calls, held against the requirement sets manifest.xml
 * declares. The table below gives each API its set, as Microsoft's reference gives it (the
 * "[Api set: ...]" remarks, also in @types/office-js and @types/custom-functions-runtime). The
 * scanner finds every use in src/excel, src/commands, src/taskpane and src/functions; a use the
 * table does not know fails the test (add it, with its set from the docs). An API above the
 * declared minimum must be guarded, in the file that uses it, by
 * Office.context.requirements.isSetSupported(set, version) with that version or higher.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { REQUIRED_SETS } from "../../scripts/manifest/check";
import { all, parseXml } from "../../scripts/manifest/xml";

const ROOT = path.resolve(__dirname, "..", "..");
const FOLDERS = ["src/excel", "src/commands", "src/taskpane", "src/functions"];

/** null: Office's common API (Office.onReady), available wherever the add-in loads. */
type Need = readonly [set: string, version: string] | null;

/** What the scanner reports, by name. `.x(` and `.x` are method calls and properties in src/excel. */
const APIS: Record<string, Need> = {
  // Office common API and the shared runtime.
  "Office.onReady": null,
  "Office.actions.associate": ["SharedRuntime", "1.1"],
  "Office.addin.showAsTaskpane": ["SharedRuntime", "1.1"],
  // Custom functions.
  "CustomFunctions.Error": ["CustomFunctionsRuntime", "1.2"],
  "CustomFunctions.ErrorCode.*": ["CustomFunctionsRuntime", "1.3"],
  // (CustomFunctions.associate, 1.1, is appended at build time by custom-functions-metadata-plugin.)
  // Excel: the entry point (types such as Excel.Range, every segment capitalised, are not APIs).
  "Excel.run": ["ExcelApi", "1.1"],
  "context.workbook.worksheets": ["ExcelApi", "1.1"],
  "context.workbook.application": ["ExcelApi", "1.1"],
  // Excel: methods.
  ".load(": ["ExcelApi", "1.1"],
  ".add(": ["ExcelApi", "1.1"],
  ".activate(": ["ExcelApi", "1.1"],
  ".select(": ["ExcelApi", "1.1"],
  ".getItem(": ["ExcelApi", "1.1"],
  ".delete(": ["ExcelApi", "1.1"],
  ".getItemOrNullObject(": ["ExcelApi", "1.4"],
  ".getRange(": ["ExcelApi", "1.1"],
  ".merge(": ["ExcelApi", "1.2"],
  ".getUsedRangeOrNullObject(": ["ExcelApi", "1.4"],
  ".getRangeByIndexes(": ["ExcelApi", "1.7"],
  ".setPrintTitleRows(": ["ExcelApi", "1.9"],
  ".getSpecialCellsOrNullObject(": ["ExcelApi", "1.9"],
  ".getMergedAreasOrNullObject(": ["ExcelApi", "1.13"],
  // Excel: properties.
  ".values": ["ExcelApi", "1.1"],
  ".formulas": ["ExcelApi", "1.1"],
  ".numberFormat": ["ExcelApi", "1.1"],
  ".valueTypes": ["ExcelApi", "1.1"],
  ".visibility": ["ExcelApi", "1.1"],
  // Application.calculationMode: "ExcelApi 1.1 for get, 1.8 for set" — the code only reads it.
  ".calculationMode": ["ExcelApi", "1.1"],
  ".wrapText": ["ExcelApi", "1.1"],
  ".columnWidth": ["ExcelApi", "1.2"],
  ".rowHeight": ["ExcelApi", "1.2"],
  ".pageLayout": ["ExcelApi", "1.9"],
  // PageLayout.zoom (fit to pages) and Worksheet.horizontalPageBreaks (PageBreakCollection.add).
  ".zoom": ["ExcelApi", "1.9"],
  ".horizontalPageBreaks": ["ExcelApi", "1.9"],
  // RangeFont.color.
  ".color": ["ExcelApi", "1.1"],
  // Excel: the worksheet collection's events (WorksheetCollection.onChanged 1.9, onAdded and
  // onDeleted 1.7, as the reference gives them); their handlers are added with `.add(`.
  ".onChanged": ["ExcelApi", "1.9"],
  ".onAdded": ["ExcelApi", "1.7"],
  ".onDeleted": ["ExcelApi", "1.7"],
};

/** Excel method and property names looked for in src/excel (the only code that calls Excel). */
const EXCEL_METHODS = Object.keys(APIS)
  .filter((k) => k.startsWith(".") && k.endsWith("("))
  .map((k) => k.slice(1, -1));
const EXCEL_PROPERTIES = Object.keys(APIS)
  .filter((k) => k.startsWith(".") && !k.endsWith("("))
  .map((k) => k.slice(1));

function sourceFiles(dir: string): string[] {
  const out: string[] = [];
  for (const e of fs.readdirSync(path.join(ROOT, dir), { withFileTypes: true })) {
    const rel = `${dir}/${e.name}`;
    if (e.isDirectory()) out.push(...sourceFiles(rel));
    else if (/\.tsx?$/.test(e.name) && !e.name.endsWith(".d.ts")) out.push(rel);
  }
  return out;
}

/** The code without its comments (string contents stay; none of the scanned files has "//" in one). */
function code(text: string): string {
  return text.replace(/\/\*[\s\S]*?\*\//g, "").replace(/(^|[^:"'\\])\/\/.*$/gm, "$1");
}

interface Use {
  api: string;
  file: string;
}

function scan(): Use[] {
  const uses: Use[] = [];
  for (const folder of FOLDERS) {
    for (const file of sourceFiles(folder)) {
      const text = code(fs.readFileSync(path.join(ROOT, file), "utf8"));
      const add = (api: string) => uses.push({ api, file });
      for (const m of text.matchAll(/\b(Office|Excel|CustomFunctions)((?:\.[A-Za-z_]\w*)+)/g)) {
        let name = m[1] + m[2];
        if (name.startsWith("CustomFunctions.ErrorCode.")) name = "CustomFunctions.ErrorCode.*";
        if (name === "Office.context.requirements.isSetSupported") continue; // the guard itself
        if (/^\w+(\.[A-Z]\w*)+$/.test(name) && !Object.hasOwn(APIS, name)) continue; // a type: Excel.Range, Office.AddinCommands.Event
        add(name);
      }
      for (const m of text.matchAll(/\bcontext\.workbook\.(\w+)/g)) add(`context.workbook.${m[1]}`);
      if (!file.startsWith("src/excel/")) continue;
      for (const m of text.matchAll(/\.(get[A-Z]\w*|[a-z]\w*)\(/g)) {
        if (/^get[A-Z]/.test(m[1]) || EXCEL_METHODS.includes(m[1])) add(`.${m[1]}(`);
      }
      for (const m of text.matchAll(/\.([a-z]\w*)\b(?!\s*\()/g)) if (EXCEL_PROPERTIES.includes(m[1])) add(`.${m[1]}`);
    }
  }
  return uses;
}

function declaredSets(): Map<string, string> {
  const doc = parseXml(fs.readFileSync(path.join(ROOT, "manifest.xml"), "utf8"));
  return new Map(all(doc, "Set").map((s) => [s.attrs.Name, s.attrs.MinVersion]));
}

const versionKey = (v: string) => v.split(".").map(Number);
function above(v: string, min: string): boolean {
  const [a, b] = [versionKey(v), versionKey(min)];
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    if ((a[i] ?? 0) !== (b[i] ?? 0)) return (a[i] ?? 0) > (b[i] ?? 0);
  }
  return false;
}

/** The versions of `set` a file guards with isSetSupported("set", "version"). */
function guards(file: string, set: string): string[] {
  const text = code(fs.readFileSync(path.join(ROOT, file), "utf8"));
  const re = new RegExp(`isSetSupported\\(\\s*"${set}"\\s*,\\s*"([\\d.]+)"\\s*\\)`, "g");
  return [...text.matchAll(re)].map((m) => m[1]);
}

/** One line per use above the declared minimum without a guard (or of a set not declared at all). */
function unguarded(uses: Use[], declared: Map<string, string>, guardsOf: (file: string, set: string) => string[]): string[] {
  const problems: string[] = [];
  const seen = new Set<string>();
  for (const u of uses) {
    const need = APIS[u.api];
    if (!need || seen.has(`${u.api} ${u.file}`)) continue;
    seen.add(`${u.api} ${u.file}`);
    const [set, version] = need;
    const min = declared.get(set);
    if (min === undefined) {
      problems.push(`${u.api} (${u.file}) needs ${set} ${version}, which the manifest does not declare`);
      continue;
    }
    if (!above(version, min)) continue;
    if (!guardsOf(u.file, set).some((g) => !above(version, g)))
      problems.push(
        `${u.api} (${u.file}) needs ${set} ${version} > declared ${min}, without isSetSupported("${set}", "${version}")`,
      );
  }
  return problems;
}

describe("the APIs the code calls and the requirement sets the manifest declares", () => {
  const uses = scan();
  const declared = declaredSets();

  test("the manifest declares what scripts/manifest/check.ts requires", () => {
    expect(Object.fromEntries(declared)).toEqual({ ...REQUIRED_SETS });
  });

  test("every API the code uses is in the table", () => {
    expect(uses.length).toBeGreaterThan(30);
    const unknown = [...new Set(uses.filter((u) => !Object.hasOwn(APIS, u.api)).map((u) => `${u.api} (${u.file})`))];
    expect(unknown).toEqual([]);
  });

  test("every row of the table is used (no stale rows)", () => {
    const used = new Set(uses.map((u) => u.api));
    expect(Object.keys(APIS).filter((k) => !used.has(k))).toEqual([]);
  });

  test("only src/excel calls Excel; the pane and the commands go through the Host", () => {
    const outside = uses.filter(
      (u) => (u.api === "Excel.run" || u.api.startsWith("context.workbook")) && !u.file.startsWith("src/excel/"),
    );
    expect(outside).toEqual([]);
  });

  test("every API above the declared minimum is guarded by isSetSupported in the file that calls it", () => {
    expect(unguarded(uses, declared, guards)).toEqual([]);
  });

  test("the guarded APIs are the ones expected (ExcelApi 1.9 page layout and breaks, special cells and change events, 1.13 merged areas)", () => {
    const guarded = [
      ...new Set(
        uses.filter((u) => APIS[u.api] && above(APIS[u.api]![1], declared.get(APIS[u.api]![0]) ?? "0")).map((u) => u.api),
      ),
    ];
    expect(guarded.sort()).toEqual([
      ".getMergedAreasOrNullObject(",
      ".getSpecialCellsOrNullObject(",
      ".horizontalPageBreaks",
      ".onChanged",
      ".pageLayout",
      ".setPrintTitleRows(",
      ".zoom",
    ]);
    expect(guards("src/excel/readGrids.ts", "ExcelApi")).toEqual(expect.arrayContaining(["1.9", "1.13"]));
    expect(guards("src/excel/writeSheets.ts", "ExcelApi")).toContain("1.9");
    expect(guards("src/excel/workbookEvents.ts", "ExcelApi")).toContain("1.9");
  });

  test("the guard check fails on an unguarded call above the minimum, or an undeclared set", () => {
    expect(above("1.13", "1.7")).toBe(true);
    expect(above("1.7", "1.7")).toBe(false);
    expect(above("1.10", "1.9")).toBe(true);
    const merged = uses.filter((u) => u.api === ".getMergedAreasOrNullObject(");
    expect(merged.length).toBeGreaterThan(0);
    expect(unguarded(merged, declared, () => [])).toEqual([
      '.getMergedAreasOrNullObject( (src/excel/readGrids.ts) needs ExcelApi 1.13 > declared 1.7, without isSetSupported("ExcelApi", "1.13")',
    ]);
    expect(unguarded(merged, declared, () => ["1.12"])).toHaveLength(1);
    expect(unguarded(merged, declared, () => ["1.14"])).toEqual([]);
    const noExcelApi = new Map([...declared].filter(([k]) => k !== "ExcelApi"));
    expect(unguarded(merged, noExcelApi, guards)[0]).toMatch(/needs ExcelApi 1\.13, which the manifest does not declare/);
  });
});
