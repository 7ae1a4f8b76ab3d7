/**
 * functions.en-US.json, the custom functions' metadata for Excel in English: the build
 * (webpack.config.js, scripts/manifest/functions-en.cjs) writes it from functions.json and the
 * table src/functions/en-US.json. Here the two metadata plugins of webpack.config.js run in a small
 * webpack compilation of their own: the English file must have exactly the ids, names and
 * parameters of the Vietnamese one, an English description (the table's) for every function and
 * parameter, and the build must stop when the table lacks a text or names something that is gone.
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import webpack, { type Configuration, type WebpackPluginInstance } from "webpack";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const functionsEn = require("../../scripts/manifest/functions-en.cjs") as {
  FunctionsEnglishPlugin: new (options?: { table?: string }) => WebpackPluginInstance;
  localizeMetadata(metadata: Metadata, table: Table): { metadata: Metadata; errors: string[] };
  readEnglishTable(file?: string): Table;
  OUTPUT: string;
};

interface Param {
  name: string;
  description?: string;
  type?: string;
  optional?: boolean;
  dimensionality?: string;
}
interface Fn {
  id: string;
  name: string;
  description?: string;
  helpUrl?: string;
  parameters: Param[];
  result: object;
}
interface Metadata {
  functions: Fn[];
  [key: string]: unknown;
}
type Table = Record<string, { description?: string; parameters?: Record<string, string> }>;

const ROOT = path.resolve(__dirname, "..", "..");
const TABLE_FILE = path.join(ROOT, "src", "functions", "en-US.json");

/** The metadata without its descriptions: what must be the same in every language. */
function shape(m: Metadata): unknown {
  return {
    ...m,
    functions: m.functions.map(({ description: _d, ...f }) => ({
      ...f,
      parameters: f.parameters.map(({ description: _p, ...p }) => p),
    })),
  };
}

let tmp: string;
beforeAll(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), "baocao-functions-en-"));
});
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

/**
 * Runs the metadata plugins of webpack.config.js (or `plugins`) over an empty entry; returns the
 * emitted files by name and the errors.
 */
async function compileMetadata(plugins?: WebpackPluginInstance[]): Promise<{ files: Record<string, string>; errors: string[] }> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const makeConfig = require(path.join(ROOT, "webpack.config.js")) as (env: object, argv: object) => Promise<Configuration>;
  const full = await makeConfig({}, { mode: "production" });
  const metadataPlugins = (full.plugins ?? []).filter(
    (p): p is WebpackPluginInstance =>
      !!p && ["CustomFunctionsMetadataPlugin", "FunctionsEnglishPlugin"].includes(p.constructor.name),
  );
  expect(metadataPlugins.map((p) => p.constructor.name)).toEqual(["CustomFunctionsMetadataPlugin", "FunctionsEnglishPlugin"]);
  const out = fs.mkdtempSync(path.join(tmp, "dist-"));
  const entry = path.join(out, "entry.js");
  fs.writeFileSync(entry, "export {};\n");
  const compiler = webpack({
    mode: "none",
    context: ROOT,
    entry,
    output: { path: out, filename: "bundle.js" },
    plugins: plugins ? [metadataPlugins[0], ...plugins] : metadataPlugins,
  });
  const stats = await new Promise<webpack.Stats>((resolve, reject) =>
    compiler.run((err, s) => (err || !s ? reject(err ?? new Error("no stats")) : resolve(s))),
  );
  await new Promise<void>((resolve) => compiler.close(() => resolve()));
  const files: Record<string, string> = {};
  for (const name of fs.readdirSync(out)) if (name.endsWith(".json")) files[name] = fs.readFileSync(path.join(out, name), "utf8");
  return { files, errors: stats.compilation.errors.map((e) => e.message) };
}

describe("the build writes functions.en-US.json beside functions.json", () => {
  let vi: Metadata;
  let en: Metadata;
  const table = functionsEn.readEnglishTable();

  beforeAll(async () => {
    const { files, errors } = await compileMetadata();
    expect(errors).toEqual([]);
    expect(Object.keys(files).sort()).toEqual(["functions.en-US.json", "functions.json"]);
    vi = JSON.parse(files["functions.json"]);
    en = JSON.parse(files[functionsEn.OUTPUT]);
  }, 120_000);

  test("with the same ids, names, parameters, types and options", () => {
    expect(en.functions.map((f) => f.id)).toEqual(["DOCSO", "SOVN", "TYLE", "KIEMTRATONG", "DATCHITIEU"]);
    expect(shape(en)).toEqual(shape(vi));
    for (const f of en.functions) expect(f.name).toBe(f.id); // BAOCAO.DOCSO in every language
  });

  test("and the table's English description for every function and parameter", () => {
    let params = 0;
    for (const [i, f] of en.functions.entries()) {
      const v = vi.functions[i];
      expect({ id: f.id, description: f.description }).toEqual({ id: f.id, description: table[f.id].description });
      expect(f.description).not.toBe(v.description);
      for (const [k, p] of f.parameters.entries()) {
        params++;
        expect({ fn: f.id, p: p.name, description: p.description }).toEqual({
          fn: f.id,
          p: p.name,
          description: table[f.id].parameters?.[p.name],
        });
        expect(p.description).not.toBe(v.parameters[k].description);
      }
    }
    expect(params).toBe(14);
  });

  test("the table holds English texts and nothing but the functions' (no $comment left, no stray key)", () => {
    const raw = JSON.parse(fs.readFileSync(TABLE_FILE, "utf8")) as Record<string, unknown>;
    expect(Object.keys(raw).filter((k) => k !== "$comment")).toEqual(Object.keys(table));
    expect(Object.keys(table)).toEqual(vi.functions.map((f) => f.id));
    for (const t of Object.values(table)) {
      expect(Object.keys(t).sort()).toEqual(["description", "parameters"]);
      // English words, whatever Vietnamese examples they quote.
      expect(t.description).toMatch(/\b(the|a|an|as|of|in)\b/);
    }
  });

  test("the build stops when the table lacks a text or names what does not exist", async () => {
    const broken: Table = JSON.parse(JSON.stringify(table));
    delete broken.SOVN;
    delete broken.TYLE.parameters!.sole;
    broken.KIEMTRATONG.description = " ";
    broken.DATCHITIEU.parameters!.donvii = broken.DATCHITIEU.parameters!.donvi; // a typo
    delete broken.DATCHITIEU.parameters!.donvi;
    broken.DOCSOO = { description: "a function renamed since", parameters: {} };
    const file = path.join(tmp, "broken-en-US.json");
    fs.writeFileSync(file, JSON.stringify(broken));
    const { files, errors } = await compileMetadata([new functionsEn.FunctionsEnglishPlugin({ table: file })]);
    expect(Object.keys(files)).toEqual(["functions.json"]);
    expect(errors).toHaveLength(1);
    const lines = errors[0]
      .split("\n")
      .slice(1)
      .map((l) => l.trim());
    expect(lines).toEqual([
      "SOVN: no English text in src/functions/en-US.json",
      "TYLE(sole): no English description of the parameter",
      "KIEMTRATONG: no English description",
      "DATCHITIEU(donvi): no English description of the parameter",
      "DATCHITIEU(donvii): an English text for a parameter the function does not have",
      "DOCSOO: an English text for a function that does not exist",
    ]);
  }, 120_000);
});

describe("localizeMetadata", () => {
  const vi: Metadata = {
    allowCustomDataForDataTypeAny: true,
    functions: [
      {
        id: "TYLE",
        name: "TYLE",
        description: "Tính tỷ lệ phần trăm",
        helpUrl: "https://localhost:3000/help.html",
        parameters: [
          { name: "tuso", description: "Tử số", type: "number" },
          { name: "mauso", description: "Mẫu số", type: "number" },
        ],
        result: { type: "string" },
      },
    ],
  };

  test("changes the descriptions only, and leaves its input as it was", () => {
    const before = JSON.stringify(vi);
    const { metadata, errors } = functionsEn.localizeMetadata(vi, {
      TYLE: { description: "A percentage", parameters: { tuso: "Numerator", mauso: "Denominator" } },
    });
    expect(errors).toEqual([]);
    expect(metadata).toEqual({
      allowCustomDataForDataTypeAny: true,
      functions: [
        {
          id: "TYLE",
          name: "TYLE",
          description: "A percentage",
          helpUrl: "https://localhost:3000/help.html",
          parameters: [
            { name: "tuso", description: "Numerator", type: "number" },
            { name: "mauso", description: "Denominator", type: "number" },
          ],
          result: { type: "string" },
        },
      ],
    });
    expect(JSON.stringify(vi)).toBe(before);
  });

  test("a parameter table that is not there is a missing text for each parameter", () => {
    expect(functionsEn.localizeMetadata(vi, { TYLE: { description: "A percentage" } }).errors).toEqual([
      "TYLE(tuso): no English description of the parameter",
      "TYLE(mauso): no English description of the parameter",
    ]);
  });
});
