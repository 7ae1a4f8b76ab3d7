/**
 * The custom functions' metadata for Excel in English. custom-functions-metadata-plugin writes
 * functions.json from the Vietnamese JSDoc of src/functions/functions.ts; this module writes
 * functions.en-US.json beside it: the same file (ids, names, parameters, types, options, any
 * helpUrl) with the English descriptions of src/functions/en-US.json, the one table of English
 * texts. manifest.xml points Excel in en-US at it, as Microsoft documents for localized custom
 * functions: <bt:Url id="Functions.Metadata.Url" …><bt:Override Locale="en-US" Value="…/functions.en-US.json"/>.
 *
 * The build fails (a webpack error) when a function or a parameter has no English text, or when the
 * table names a function or a parameter that does not exist (a renamed one would keep a stale
 * text). Used by webpack.config.js; tested in test/manifest/functionsEnglish.test.ts.
 */
const fs = require("node:fs");
const path = require("node:path");

const SOURCE = "functions.json";
const OUTPUT = "functions.en-US.json";
const TABLE = path.join(__dirname, "..", "..", "src", "functions", "en-US.json");

/** The table of English texts (src/functions/en-US.json), without its "$comment". */
function readEnglishTable(file = TABLE) {
  const table = JSON.parse(fs.readFileSync(file, "utf8"));
  delete table.$comment;
  return table;
}

const text = (v) => typeof v === "string" && v.trim() !== "";

/**
 * The metadata with the English descriptions of `table` ({ID: {description, parameters: {name: text}}}).
 * `errors` has one line per function or parameter without an English text and per table entry
 * that names nothing; the metadata is complete only when it is empty.
 */
function localizeMetadata(metadata, table) {
  const errors = [];
  const out = JSON.parse(JSON.stringify(metadata));
  const ids = new Set();
  for (const f of out.functions || []) {
    ids.add(f.id);
    const en = table[f.id];
    if (!en || typeof en !== "object") {
      errors.push(`${f.id}: no English text in src/functions/en-US.json`);
      continue;
    }
    if (text(en.description)) f.description = en.description;
    else errors.push(`${f.id}: no English description`);
    const params = en.parameters || {};
    const names = new Set();
    for (const p of f.parameters || []) {
      names.add(p.name);
      if (text(params[p.name])) p.description = params[p.name];
      else errors.push(`${f.id}(${p.name}): no English description of the parameter`);
    }
    for (const name of Object.keys(params))
      if (!names.has(name)) errors.push(`${f.id}(${name}): an English text for a parameter the function does not have`);
  }
  for (const id of Object.keys(table)) if (!ids.has(id)) errors.push(`${id}: an English text for a function that does not exist`);
  return { metadata: out, errors };
}

/** Webpack plugin: emits functions.en-US.json from the functions.json of the same compilation. */
class FunctionsEnglishPlugin {
  constructor(options = {}) {
    this.source = options.source || SOURCE;
    this.output = options.output || OUTPUT;
    this.table = options.table || TABLE;
  }

  apply(compiler) {
    const { Compilation, WebpackError, sources } = compiler.webpack;
    const name = "FunctionsEnglishPlugin";
    compiler.hooks.thisCompilation.tap(name, (compilation) => {
      compilation.hooks.processAssets.tap({ name, stage: Compilation.PROCESS_ASSETS_STAGE_DERIVED }, () => {
        const fail = (message) => compilation.errors.push(new WebpackError(`${name}: ${message}`));
        compilation.fileDependencies.add(this.table);
        const asset = compilation.getAsset(this.source);
        if (!asset) return fail(`no ${this.source} to translate (is CustomFunctionsMetadataPlugin before it?)`);
        let table;
        try {
          table = readEnglishTable(this.table);
        } catch (e) {
          return fail(`${this.table}: ${e instanceof Error ? e.message : String(e)}`);
        }
        const { metadata, errors } = localizeMetadata(JSON.parse(asset.source.source().toString()), table);
        if (errors.length > 0) return fail(`${this.output} would be incomplete:\n  ${errors.join("\n  ")}`);
        compilation.emitAsset(this.output, new sources.RawSource(JSON.stringify(metadata, null, 4)));
      });
    });
  }
}

module.exports = { FunctionsEnglishPlugin, localizeMetadata, readEnglishTable, OUTPUT };
