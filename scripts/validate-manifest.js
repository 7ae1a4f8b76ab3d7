#!/usr/bin/env node
/**
 * Offline manifest check (`npm run validate`):
 *
 *   1. well-formed XML: `xmllint --noout` when xmllint is installed (apt package libxml2-utils),
 *      else a built-in well-formedness check;
 *   2. `office-addin-manifest info` (its programmatic API): the manifest reads as an add-in;
 *   3. our own rules: every resid resolves to a resource of the right kind (image, URL, string),
 *      ids are unique, every URL is https://localhost:3000/..., every icon exists in assets/,
 *      every text has vi-VN and en-US, string length limits, the shared runtime is wired the same
 *      way everywhere, every ExecuteFunction has its Office.actions.associate in the commands.
 *
 * (`office-addin-manifest validate` needs Microsoft's online service: not used here.)
 *
 *   node scripts/validate-manifest.js [manifest.xml]
 *
 * Exits 1 with one line per problem. The XML walk and the checks are exported for the tests.
 */
"use strict";
const fs = require("node:fs");
const path = require("node:path");
const { spawnSync } = require("node:child_process");

const ROOT = path.resolve(__dirname, "..");
const BASE_URL = "https://localhost:3000";
const LOCALES = ["vi-VN", "en-US"];
const SHORT_MAX = 125;
const LONG_MAX = 250;
const RESID_MAX = 32;

// ---- A small XML parser (enough for manifests; reports the line of the first error) ----------

class XmlError extends Error {}

const ENTITIES = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

function decodeEntities(s, line) {
  return s.replace(/&(#x[0-9a-fA-F]+|#\d+|[A-Za-z]+);|&/g, (m, ent) => {
    if (!ent) throw new XmlError(`line ${line}: bare "&" (write &amp;)`);
    if (ent[0] === "#") return String.fromCodePoint(ent[1] === "x" ? parseInt(ent.slice(2), 16) : parseInt(ent.slice(1), 10));
    if (!(ent in ENTITIES)) throw new XmlError(`line ${line}: unknown entity &${ent};`);
    return ENTITIES[ent];
  });
}

const NAME = "[A-Za-z_][\\w.:-]*";
const RE_OPEN = new RegExp(`<(${NAME})((?:\\s+${NAME}\\s*=\\s*(?:"[^"<]*"|'[^'<]*'))*)\\s*(/?)>`, "y");
const RE_ATTR = new RegExp(`(${NAME})\\s*=\\s*(?:"([^"<]*)"|'([^'<]*)')`, "g");
const RE_CLOSE = new RegExp(`</(${NAME})\\s*>`, "y");

/**
 * Parses XML into {name, attrs, children, text, line}. Throws XmlError on malformed input
 * (unclosed or mismatched tags, duplicate attributes, stray "<" or "&", text outside the root...).
 */
function parseXml(text) {
  const doc = { name: "#document", attrs: {}, children: [], text: "", line: 1 };
  const stack = [doc];
  let i = 0;
  let line = 1;
  let rootSeen = false;
  const advance = (to) => {
    for (let k = i; k < to; k++) if (text.charCodeAt(k) === 10) line++;
    i = to;
  };
  if (text.charCodeAt(0) === 0xfeff) i = 1;
  while (i < text.length) {
    const top = stack[stack.length - 1];
    if (text.startsWith("<?", i)) {
      const end = text.indexOf("?>", i);
      if (end < 0) throw new XmlError(`line ${line}: unterminated processing instruction`);
      if (text.startsWith("<?xml", i) && i > (text.charCodeAt(0) === 0xfeff ? 1 : 0)) {
        throw new XmlError(`line ${line}: the XML declaration must come first`);
      }
      advance(end + 2);
    } else if (text.startsWith("<!--", i)) {
      const end = text.indexOf("-->", i + 4);
      if (end < 0) throw new XmlError(`line ${line}: unterminated comment`);
      if (text.slice(i + 4, end).includes("--")) throw new XmlError(`line ${line}: "--" inside a comment`);
      advance(end + 3);
    } else if (text.startsWith("<![CDATA[", i)) {
      const end = text.indexOf("]]>", i);
      if (end < 0) throw new XmlError(`line ${line}: unterminated CDATA`);
      if (stack.length === 1) throw new XmlError(`line ${line}: CDATA outside the root element`);
      top.text += text.slice(i + 9, end);
      advance(end + 3);
    } else if (text.startsWith("<!DOCTYPE", i)) {
      const end = text.indexOf(">", i);
      if (end < 0) throw new XmlError(`line ${line}: unterminated DOCTYPE`);
      advance(end + 1);
    } else if (text.startsWith("</", i)) {
      RE_CLOSE.lastIndex = i;
      const m = RE_CLOSE.exec(text);
      if (!m) throw new XmlError(`line ${line}: malformed closing tag`);
      if (stack.length === 1) throw new XmlError(`line ${line}: closing tag </${m[1]}> without an opening tag`);
      if (m[1] !== top.name) throw new XmlError(`line ${line}: </${m[1]}> closes <${top.name}> (opened on line ${top.line})`);
      stack.pop();
      advance(RE_CLOSE.lastIndex);
    } else if (text[i] === "<") {
      RE_OPEN.lastIndex = i;
      const m = RE_OPEN.exec(text);
      if (!m) throw new XmlError(`line ${line}: malformed tag`);
      if (stack.length === 1) {
        if (rootSeen) throw new XmlError(`line ${line}: a second root element <${m[1]}>`);
        rootSeen = true;
      }
      const el = { name: m[1], attrs: {}, children: [], text: "", line };
      RE_ATTR.lastIndex = 0;
      let a;
      while ((a = RE_ATTR.exec(m[2]))) {
        if (a[1] in el.attrs) throw new XmlError(`line ${line}: duplicate attribute ${a[1]} on <${m[1]}>`);
        el.attrs[a[1]] = decodeEntities(a[2] !== undefined ? a[2] : a[3], line);
      }
      el.parent = top;
      top.children.push(el);
      advance(RE_OPEN.lastIndex);
      if (!m[3]) stack.push(el);
    } else {
      const end = text.indexOf("<", i);
      const chunk = text.slice(i, end < 0 ? text.length : end);
      if (stack.length === 1) {
        if (chunk.trim() !== "") throw new XmlError(`line ${line}: text outside the root element`);
      } else {
        top.text += decodeEntities(chunk, line);
      }
      advance(end < 0 ? text.length : end);
    }
  }
  if (stack.length > 1) {
    const open = stack[stack.length - 1];
    throw new XmlError(`<${open.name}> opened on line ${open.line} is never closed`);
  }
  if (!rootSeen) throw new XmlError("no root element");
  return doc.children[0];
}

/** The local name (without prefix): "bt:Image" -> "Image". */
function local(name) {
  const k = name.indexOf(":");
  return k < 0 ? name : name.slice(k + 1);
}

/** All elements below `el` (depth first), optionally only those with this local name. */
function all(el, localName) {
  const out = [];
  const walk = (e) => {
    for (const c of e.children) {
      if (!localName || local(c.name) === localName) out.push(c);
      walk(c);
    }
  };
  walk(el);
  return out;
}

function child(el, localName) {
  return el && el.children.find((c) => local(c.name) === localName);
}

function xsiType(el) {
  return el.attrs["xsi:type"];
}

// ---- The checks -------------------------------------------------------------------------------

/** Which resource kind a resid on this element must name. */
function residKind(el) {
  const n = local(el.name);
  if (n === "Image") return "image";
  if (n === "SourceLocation" || n === "FunctionFile" || n === "Runtime" || n === "LearnMoreUrl") return "url";
  if (n === "Label" || n === "Title" || n === "Description" || n === "Namespace") return "string";
  return undefined;
}

/**
 * Checks a manifest. Returns {errors: string[], model} where model lists what was found (resources,
 * buttons, runtime wiring) for callers that want to assert more.
 */
function checkManifest(xmlText, options = {}) {
  const root = options.root || ROOT;
  const errors = [];
  let doc;
  try {
    doc = parseXml(xmlText);
  } catch (e) {
    return { errors: [`XML: ${e.message}`], model: undefined };
  }
  if (local(doc.name) !== "OfficeApp") errors.push(`the root element is <${doc.name}>, not <OfficeApp>`);

  // Resources by id.
  const resources = new Map(); // id -> {kind, el}
  const kinds = { Images: "image", Urls: "url", ShortStrings: "string", LongStrings: "string" };
  const resEl = all(doc, "Resources")[0];
  if (!resEl) errors.push("no <Resources> in VersionOverrides");
  for (const group of resEl ? resEl.children : []) {
    const kind = kinds[local(group.name)];
    if (!kind) continue;
    for (const r of group.children) {
      const id = r.attrs.id;
      if (!id) {
        errors.push(`line ${r.line}: <${r.name}> without id`);
        continue;
      }
      if (resources.has(id)) errors.push(`line ${r.line}: resource id "${id}" is defined twice`);
      if (id.length > RESID_MAX) errors.push(`line ${r.line}: resource id "${id}" is longer than ${RESID_MAX} characters`);
      resources.set(id, { kind, el: r, group: local(group.name) });
    }
  }

  // Every resid resolves, to the right kind.
  const used = new Set();
  for (const el of all(doc)) {
    const resid = el.attrs.resid;
    if (resid === undefined) continue;
    used.add(resid);
    const r = resources.get(resid);
    const want = residKind(el);
    if (!r) errors.push(`line ${el.line}: <${el.name} resid="${resid}"> names no resource`);
    else if (want && r.kind !== want)
      errors.push(`line ${el.line}: <${el.name} resid="${resid}"> needs a ${want} resource, "${resid}" is a ${r.kind}`);
  }
  for (const [id, r] of resources) {
    if (!used.has(id)) errors.push(`line ${r.el.line}: resource "${id}" is never used`);
  }

  // Element ids (tabs, groups, controls) unique.
  const ids = new Map();
  for (const el of all(doc)) {
    const n = local(el.name);
    if (!["CustomTab", "Group", "Control", "Menu", "Item"].includes(n) || !el.attrs.id) continue;
    if (ids.has(el.attrs.id))
      errors.push(`line ${el.line}: id "${el.attrs.id}" is used twice (also line ${ids.get(el.attrs.id)})`);
    else ids.set(el.attrs.id, el.line);
  }

  // URLs.
  const urls = [];
  const urlOf = (el, value, what) => urls.push({ el, value, what });
  for (const n of ["IconUrl", "HighResolutionIconUrl", "SupportUrl"]) {
    for (const el of all(doc, n)) urlOf(el, el.attrs.DefaultValue, n);
  }
  for (const el of all(doc, "SourceLocation"))
    if (el.attrs.DefaultValue !== undefined) urlOf(el, el.attrs.DefaultValue, "SourceLocation");
  for (const el of all(doc, "AppDomain")) urlOf(el, el.text.trim(), "AppDomain");
  for (const [id, r] of resources) {
    if (r.kind === "string") continue;
    urlOf(r.el, r.el.attrs.DefaultValue, id);
    for (const o of r.el.children) if (local(o.name) === "Override") urlOf(o, o.attrs.Value, `${id} (${o.attrs.Locale})`);
  }
  for (const u of urls) {
    if (!u.value) errors.push(`line ${u.el.line}: ${u.what} has no URL`);
    else if (u.value !== BASE_URL && !u.value.startsWith(BASE_URL + "/"))
      errors.push(`line ${u.el.line}: ${u.what} is ${u.value}, not under ${BASE_URL}/`);
  }

  // Icons exist in assets/.
  const icons = [];
  for (const u of urls) {
    if (!u.value || !/\.(png|jpe?g|gif|bmp|ico)$/i.test(u.value)) continue;
    const rel = u.value.slice(BASE_URL.length + 1);
    icons.push(rel);
    if (!rel.startsWith("assets/")) errors.push(`line ${u.el.line}: icon ${u.value} is not under ${BASE_URL}/assets/`);
    else if (!fs.existsSync(path.join(root, rel)))
      errors.push(`line ${u.el.line}: icon file ${rel} does not exist (run node scripts/make-icons.js)`);
  }

  // Locales: every text in vi-VN and en-US.
  const defaultLocale = (child(doc, "DefaultLocale") || { text: "" }).text.trim();
  if (!LOCALES.includes(defaultLocale)) errors.push(`DefaultLocale is "${defaultLocale}", expected one of ${LOCALES.join(", ")}`);
  const localised = [];
  for (const n of ["DisplayName", "Description"]) {
    const el = child(doc, n);
    if (!el) errors.push(`no <${n}>`);
    else localised.push({ el, what: n });
  }
  for (const [id, r] of resources)
    if (r.kind === "string") localised.push({ el: r.el, what: id, max: r.group === "ShortStrings" ? SHORT_MAX : LONG_MAX });
  for (const { el, what, max } of localised) {
    const texts = new Map();
    if (el.attrs.DefaultValue) texts.set(defaultLocale, el.attrs.DefaultValue);
    for (const o of el.children) {
      if (local(o.name) !== "Override") continue;
      if (texts.has(o.attrs.Locale)) errors.push(`line ${o.line}: ${what} has two ${o.attrs.Locale} texts`);
      texts.set(o.attrs.Locale, o.attrs.Value);
    }
    for (const loc of LOCALES) {
      const t = texts.get(loc);
      if (!t || !t.trim()) errors.push(`line ${el.line}: ${what} has no ${loc} text`);
      else if (max && [...t].length > max) errors.push(`line ${el.line}: ${what} (${loc}) is longer than ${max} characters`);
    }
  }

  // Buttons and the shared runtime wiring.
  const buttons = all(doc, "Control").map((c) => {
    const action = child(c, "Action");
    return {
      id: c.attrs.id,
      line: c.line,
      label: child(c, "Label") && child(c, "Label").attrs.resid,
      supertip: Boolean(child(child(c, "Supertip"), "Title") && child(child(c, "Supertip"), "Description")),
      iconSizes: (child(c, "Icon") ? child(c, "Icon").children : []).map((i) => i.attrs.size),
      actionType: action && xsiType(action),
      functionName: action && child(action, "FunctionName") ? child(action, "FunctionName").text.trim() : undefined,
      taskpaneId: action && child(action, "TaskpaneId") ? child(action, "TaskpaneId").text.trim() : undefined,
      sourceLocation: action && child(action, "SourceLocation") ? child(action, "SourceLocation").attrs.resid : undefined,
    };
  });
  for (const b of buttons) {
    if (!b.supertip) errors.push(`line ${b.line}: button ${b.id} has no Supertip title and description`);
    for (const s of ["16", "32", "80"])
      if (!b.iconSizes.includes(s)) errors.push(`line ${b.line}: button ${b.id} has no ${s}px icon`);
    if (b.actionType === "ExecuteFunction" && !b.functionName) errors.push(`line ${b.line}: button ${b.id} has no FunctionName`);
  }
  const runtime = all(doc, "Runtime")[0];
  const runtimeResid = runtime && runtime.attrs.resid;
  if (!runtime) errors.push("no <Runtimes><Runtime> (shared runtime)");
  else if (runtime.attrs.lifetime !== "long") errors.push(`line ${runtime.line}: the shared runtime's lifetime must be "long"`);
  const cfPoint = all(doc, "ExtensionPoint").find((e) => xsiType(e) === "CustomFunctions");
  const cfPage = cfPoint && child(child(cfPoint, "Page"), "SourceLocation");
  const functionFile = all(doc, "FunctionFile")[0];
  const wiring = {
    runtime: runtimeResid,
    customFunctionsPage: cfPage && cfPage.attrs.resid,
    functionFile: functionFile && functionFile.attrs.resid,
    taskpanes: buttons.filter((b) => b.actionType === "ShowTaskpane").map((b) => b.sourceLocation),
  };
  if (!cfPoint) errors.push("no CustomFunctions extension point");
  for (const [what, resid] of [
    ["CustomFunctions <Page>", wiring.customFunctionsPage],
    ["<FunctionFile>", wiring.functionFile],
    ...wiring.taskpanes.map((r) => ["ShowTaskpane <SourceLocation>", r]),
  ]) {
    if (resid !== runtimeResid)
      errors.push(`${what} uses resid "${resid}" but the shared runtime is "${runtimeResid}": they must be the same`);
  }
  const sets = all(doc, "Set").map((s) => s.attrs.Name);
  if (!sets.includes("SharedRuntime")) errors.push('Requirements lack <Set Name="SharedRuntime">');

  // Every ExecuteFunction is associated in the commands.
  const commandsFile = path.join(root, "src", "commands", "commands.ts");
  if (fs.existsSync(commandsFile)) {
    const src = fs.readFileSync(commandsFile, "utf8");
    for (const b of buttons) {
      if (b.functionName && !src.includes(b.functionName))
        errors.push(`button ${b.id} runs "${b.functionName}", which src/commands/commands.ts never associates`);
    }
  }

  return {
    errors,
    model: {
      doc,
      resources,
      buttons,
      wiring,
      icons,
      defaultLocale,
      namespace: cfPoint && child(cfPoint, "Namespace") && child(cfPoint, "Namespace").attrs.resid,
    },
  };
}

// ---- Command line -----------------------------------------------------------------------------

function xmllint(file) {
  const probe = spawnSync("xmllint", ["--version"], { encoding: "utf8" });
  if (probe.error) {
    return { available: false };
  }
  const r = spawnSync("xmllint", ["--noout", file], { encoding: "utf8" });
  return { available: true, ok: r.status === 0, output: (r.stderr || "") + (r.stdout || "") };
}

async function main() {
  const file = path.resolve(process.argv[2] || path.join(ROOT, "manifest.xml"));
  let problems = [];
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
      problems.push(`XML: ${e.message}`);
    }
  }

  // 2. office-addin-manifest info.
  try {
    const { OfficeAddinManifest } = require("office-addin-manifest");
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
    problems.push(`office-addin-manifest: ${e && e.message ? e.message : e}`);
  }

  // 3. Our own rules.
  const { errors, model } = checkManifest(text);
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

if (require.main === module) {
  main().catch((e) => {
    console.error(`✗ ${e && e.stack ? e.stack : e}`);
    process.exit(1);
  });
}

module.exports = { parseXml, checkManifest, XmlError, all, child, local };
