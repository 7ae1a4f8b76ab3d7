/**
 * Our own rules for manifest.xml: every resid resolves to a resource of the right kind (image, URL,
 * string), ids are unique, every URL is https and under the add-in's base URL (its page's folder:
 * https://localhost:3000/ in dev, the ADDIN_URL of a production build, which then has no localhost
 * URL), every icon exists in assets/,
 * every text has vi-VN and en-US (the custom functions' metadata too: an en-US override, and URL
 * overrides only for those locales), string length limits, the shared runtime is wired the same way
 * everywhere, and the ExecuteFunction buttons are exactly the actions of COMMAND_ACTIONS
 * (src/commands/actions.ts), which the commands associate.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { COMMAND_ACTIONS } from "../../src/commands/actions";
import { all, child, local, parseXml, type XmlEl } from "./xml";

const ROOT = path.resolve(__dirname, "..", "..");
const LOCALES = ["vi-VN", "en-US"];
const SHORT_MAX = 125;
const LONG_MAX = 250;
const RESID_MAX = 32;

/**
 * The requirement sets the manifest must declare, and at which minimum: what the code uses without
 * an isSetSupported guard (test/manifest/apis.test.ts lists the calls and holds them to these).
 */
export const REQUIRED_SETS: Readonly<Record<string, string>> = {
  SharedRuntime: "1.1",
  CustomFunctionsRuntime: "1.3",
  ExcelApi: "1.7",
};

type ResourceKind = "image" | "url" | "string";

interface Resource {
  kind: ResourceKind;
  el: XmlEl;
  /** The group it is defined in: Images, Urls, ShortStrings or LongStrings. */
  group: string;
}

export interface Button {
  id: string;
  line: number;
  /** resid of the label. */
  label?: string;
  /** Has a Supertip with a Title and a Description. */
  supertip: boolean;
  iconSizes: string[];
  /** xsi:type of the Action: ExecuteFunction, ShowTaskpane... */
  actionType?: string;
  functionName?: string;
  taskpaneId?: string;
  /** resid of a ShowTaskpane action's SourceLocation. */
  sourceLocation?: string;
}

/** The resids of the shared runtime and of the pages that must be it. */
interface Wiring {
  runtime?: string;
  customFunctionsPage?: string;
  functionFile?: string;
  taskpanes: (string | undefined)[];
}

interface ManifestModel {
  doc: XmlEl;
  resources: Map<string, Resource>;
  buttons: Button[];
  wiring: Wiring;
  /** Icon paths relative to the project root (assets/...). */
  icons: string[];
  defaultLocale: string;
  /** resid of the custom functions' Namespace. */
  namespace?: string;
}

export interface CheckResult {
  /** One line per problem; empty when the manifest passes. */
  errors: string[];
  /** What was found; undefined when the XML does not parse. */
  model?: ManifestModel;
}

interface CheckOptions {
  /** The project root, where assets/ is looked for (default: this repository). */
  root?: string;
}

const GROUP_KINDS = new Map<string, ResourceKind>([
  ["Images", "image"],
  ["Urls", "url"],
  ["ShortStrings", "string"],
  ["LongStrings", "string"],
]);

function xsiType(el: XmlEl): string | undefined {
  return el.attrs["xsi:type"];
}

/** Which resource kind a resid on this element must name. */
function residKind(el: XmlEl): ResourceKind | undefined {
  const n = local(el.name);
  if (n === "Image") return "image";
  if (n === "SourceLocation" || n === "FunctionFile" || n === "Runtime" || n === "LearnMoreUrl") return "url";
  if (n === "Label" || n === "Title" || n === "Description" || n === "Namespace") return "string";
  return undefined;
}

function isLocalhost(url: string): boolean {
  try {
    const h = new URL(url).hostname;
    return h === "localhost" || h === "127.0.0.1" || h === "[::1]";
  } catch {
    return false;
  }
}

/**
 * The add-in's base URL: its page (<DefaultSettings><SourceLocation>) without the file name, e.g.
 * https://localhost:3000/ (dev) or the ADDIN_URL of a production build.
 */
function baseUrlOf(doc: XmlEl): { url: string; error?: undefined } | { url?: undefined; error: string } {
  const page = child(child(doc, "DefaultSettings"), "SourceLocation")?.attrs.DefaultValue;
  if (!page) return { error: "no <DefaultSettings><SourceLocation DefaultValue>: the add-in's page" };
  try {
    const u = new URL(page);
    return { url: `${u.origin}${u.pathname.slice(0, u.pathname.lastIndexOf("/") + 1)}` };
  } catch {
    return { error: `<DefaultSettings><SourceLocation> is "${page}", not a URL` };
  }
}

function errorMessage(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

/**
 * Checks a manifest. Returns the problems and a model of what was found (resources, buttons,
 * runtime wiring) for callers that want to assert more.
 */
export function checkManifest(xmlText: string, options: CheckOptions = {}): CheckResult {
  const root = options.root || ROOT;
  const errors: string[] = [];
  let doc: XmlEl;
  try {
    doc = parseXml(xmlText);
  } catch (e) {
    return { errors: [`XML: ${errorMessage(e)}`], model: undefined };
  }
  if (local(doc.name) !== "OfficeApp") errors.push(`the root element is <${doc.name}>, not <OfficeApp>`);

  // Resources by id.
  const resources = new Map<string, Resource>();
  const resEl = all(doc, "Resources")[0] as XmlEl | undefined;
  if (!resEl) errors.push("no <Resources> in VersionOverrides");
  for (const group of resEl ? resEl.children : []) {
    const kind = GROUP_KINDS.get(local(group.name));
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
  const used = new Set<string>();
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
  const ids = new Map<string, number>();
  for (const el of all(doc)) {
    const n = local(el.name);
    if (!["CustomTab", "Group", "Control", "Menu", "Item"].includes(n) || !el.attrs.id) continue;
    if (ids.has(el.attrs.id))
      errors.push(`line ${el.line}: id "${el.attrs.id}" is used twice (also line ${ids.get(el.attrs.id)})`);
    else ids.set(el.attrs.id, el.line);
  }

  // URLs.
  const urls: { el: XmlEl; value: string | undefined; what: string }[] = [];
  const urlOf = (el: XmlEl, value: string | undefined, what: string) => urls.push({ el, value, what });
  for (const n of ["IconUrl", "HighResolutionIconUrl", "SupportUrl"]) {
    for (const el of all(doc, n)) urlOf(el, el.attrs.DefaultValue, n);
  }
  for (const el of all(doc, "SourceLocation"))
    if (el.attrs.DefaultValue !== undefined) urlOf(el, el.attrs.DefaultValue, "SourceLocation");
  for (const el of all(doc, "AppDomain")) urlOf(el, el.text.trim(), "AppDomain");
  for (const [id, r] of resources) {
    if (r.kind === "string") continue;
    urlOf(r.el, r.el.attrs.DefaultValue, id);
    const seen = new Set<string | undefined>();
    for (const o of r.el.children) {
      if (local(o.name) !== "Override") continue;
      urlOf(o, o.attrs.Value, `${id} (${o.attrs.Locale})`);
      if (!LOCALES.includes(o.attrs.Locale))
        errors.push(`line ${o.line}: ${id} has an override for "${o.attrs.Locale}", not one of ${LOCALES.join(", ")}`);
      else if (seen.has(o.attrs.Locale)) errors.push(`line ${o.line}: ${id} has two ${o.attrs.Locale} overrides`);
      seen.add(o.attrs.Locale);
    }
  }
  const base = baseUrlOf(doc);
  if (base.error !== undefined) errors.push(base.error);
  const production = Boolean(base.url && !isLocalhost(base.url));
  for (const u of urls) {
    if (!u.value) {
      errors.push(`line ${u.el.line}: ${u.what} has no URL`);
      continue;
    }
    let parsed: URL | undefined;
    try {
      parsed = new URL(u.value);
    } catch {
      errors.push(`line ${u.el.line}: ${u.what} is "${u.value}", not a URL`);
      continue;
    }
    if (parsed.protocol !== "https:") errors.push(`line ${u.el.line}: ${u.what} is ${u.value}, not https`);
    else if (production && isLocalhost(u.value))
      errors.push(`line ${u.el.line}: ${u.what} is ${u.value}: a localhost URL in a manifest for ${base.url}`);
    else if (
      base.url &&
      u.value !== base.url.slice(0, -1) &&
      !u.value.startsWith(base.url) &&
      u.value !== new URL(base.url).origin
    )
      errors.push(`line ${u.el.line}: ${u.what} is ${u.value}, not under ${base.url}`);
  }

  // Icons exist in assets/.
  const icons: string[] = [];
  for (const u of urls) {
    if (!u.value || !/\.(png|jpe?g|gif|bmp|ico)$/i.test(u.value) || !base.url || !u.value.startsWith(base.url)) continue;
    const rel = u.value.slice(base.url.length);
    icons.push(rel);
    if (!rel.startsWith("assets/")) errors.push(`line ${u.el.line}: icon ${u.value} is not under ${base.url}assets/`);
    else if (!fs.existsSync(path.join(root, rel)))
      errors.push(`line ${u.el.line}: icon file ${rel} does not exist (run npx tsx scripts/make-icons.ts)`);
  }

  // Locales: every text in vi-VN and en-US.
  const defaultLocale = (child(doc, "DefaultLocale")?.text ?? "").trim();
  if (!LOCALES.includes(defaultLocale)) errors.push(`DefaultLocale is "${defaultLocale}", expected one of ${LOCALES.join(", ")}`);
  const localised: { el: XmlEl; what: string; max?: number }[] = [];
  for (const n of ["DisplayName", "Description"]) {
    const el = child(doc, n);
    if (!el) errors.push(`no <${n}>`);
    else localised.push({ el, what: n });
  }
  for (const [id, r] of resources)
    if (r.kind === "string") localised.push({ el: r.el, what: id, max: r.group === "ShortStrings" ? SHORT_MAX : LONG_MAX });
  for (const { el, what, max } of localised) {
    const texts = new Map<string | undefined, string | undefined>();
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
  const buttons = all(doc, "Control").map((c): Button => {
    const action = child(c, "Action");
    const supertip = child(c, "Supertip");
    return {
      id: c.attrs.id,
      line: c.line,
      label: child(c, "Label")?.attrs.resid,
      supertip: Boolean(child(supertip, "Title") && child(supertip, "Description")),
      iconSizes: (child(c, "Icon")?.children ?? []).map((i) => i.attrs.size),
      actionType: action && xsiType(action),
      functionName: child(action, "FunctionName")?.text.trim(),
      taskpaneId: child(action, "TaskpaneId")?.text.trim(),
      sourceLocation: child(action, "SourceLocation")?.attrs.resid,
    };
  });
  for (const b of buttons) {
    if (!b.supertip) errors.push(`line ${b.line}: button ${b.id} has no Supertip title and description`);
    for (const s of ["16", "32", "80"])
      if (!b.iconSizes.includes(s)) errors.push(`line ${b.line}: button ${b.id} has no ${s}px icon`);
    if (b.actionType === "ExecuteFunction" && !b.functionName) errors.push(`line ${b.line}: button ${b.id} has no FunctionName`);
  }
  const runtime = all(doc, "Runtime")[0] as XmlEl | undefined;
  const runtimeResid = runtime?.attrs.resid;
  if (!runtime) errors.push("no <Runtimes><Runtime> (shared runtime)");
  else if (runtime.attrs.lifetime !== "long") errors.push(`line ${runtime.line}: the shared runtime's lifetime must be "long"`);
  const cfPoint = all(doc, "ExtensionPoint").find((e) => xsiType(e) === "CustomFunctions");
  const cfPage = child(child(cfPoint, "Page"), "SourceLocation");
  const functionFile = all(doc, "FunctionFile")[0] as XmlEl | undefined;
  const wiring: Wiring = {
    runtime: runtimeResid,
    customFunctionsPage: cfPage?.attrs.resid,
    functionFile: functionFile?.attrs.resid,
    taskpanes: buttons.filter((b) => b.actionType === "ShowTaskpane").map((b) => b.sourceLocation),
  };
  if (!cfPoint) errors.push("no CustomFunctions extension point");
  // The custom functions' metadata in every language: Excel in en-US reads the override
  // (functions.en-US.json, the English descriptions); without it, it shows the Vietnamese ones.
  const metadataResid = child(child(cfPoint, "Metadata"), "SourceLocation")?.attrs.resid;
  const metadata = metadataResid === undefined ? undefined : resources.get(metadataResid);
  if (cfPoint && metadataResid === undefined)
    errors.push("the CustomFunctions extension point has no <Metadata><SourceLocation>");
  if (metadata && metadata.kind === "url") {
    const locales = metadata.el.children.filter((o) => local(o.name) === "Override").map((o) => o.attrs.Locale);
    for (const loc of LOCALES)
      if (loc !== defaultLocale && !locales.includes(loc))
        errors.push(
          `line ${metadata.el.line}: the custom functions metadata ${metadataResid} has no ${loc} <bt:Override> (its descriptions in ${loc})`,
        );
  }
  const pages: [string, string | undefined][] = [
    ["CustomFunctions <Page>", wiring.customFunctionsPage],
    ["<FunctionFile>", wiring.functionFile],
    ...wiring.taskpanes.map((r): [string, string | undefined] => ["ShowTaskpane <SourceLocation>", r]),
  ];
  for (const [what, resid] of pages) {
    if (resid !== runtimeResid)
      errors.push(`${what} uses resid "${resid}" but the shared runtime is "${runtimeResid}": they must be the same`);
  }
  // A shared runtime has one task pane: a TaskpaneId on its ShowTaskpane action would ask for another.
  for (const b of buttons) {
    if (runtime && b.actionType === "ShowTaskpane" && b.taskpaneId !== undefined)
      errors.push(
        `line ${b.line}: button ${b.id} has a <TaskpaneId>, which a ShowTaskpane action under the shared runtime must not have`,
      );
  }
  const sets = new Map(
    all(child(doc, "Requirements") ?? doc, "Set").map((s): [string, string | undefined] => [s.attrs.Name, s.attrs.MinVersion]),
  );
  for (const [name, min] of Object.entries(REQUIRED_SETS)) {
    const v = sets.get(name);
    if (v === undefined) errors.push(`Requirements lack <Set Name="${name}" MinVersion="${min}">`);
    else if (v !== min) errors.push(`Requirements: ${name} MinVersion is ${v}, the code is written for ${min}`);
  }

  // The ExecuteFunction buttons and the actions the commands associate are the same set.
  const functionNames = new Set<string>();
  for (const b of buttons) {
    if (!b.functionName) continue;
    functionNames.add(b.functionName);
    if (!Object.hasOwn(COMMAND_ACTIONS, b.functionName))
      errors.push(`button ${b.id} runs "${b.functionName}", which COMMAND_ACTIONS (src/commands/actions.ts) does not associate`);
  }
  for (const action of Object.keys(COMMAND_ACTIONS)) {
    if (!functionNames.has(action))
      errors.push(`COMMAND_ACTIONS (src/commands/actions.ts) associates "${action}", which no manifest button runs`);
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
      namespace: child(cfPoint, "Namespace")?.attrs.resid,
    },
  };
}
