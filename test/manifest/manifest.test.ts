/**
 * manifest.xml and the custom functions metadata, checked offline: every resid resolves, the four
 * ribbon buttons do what they should, every text is in vi-VN and en-US, icons exist, the shared
 * runtime is wired the same way everywhere; functions.json (generated here from the JSDoc of
 * src/functions/functions.ts, as the webpack plugin does) lists every function with a Vietnamese
 * description, typed parameters and unique namespace-free ids in capitals.
 */
import * as fs from "node:fs";
import * as path from "node:path";

interface XmlEl {
  name: string;
  attrs: Record<string, string>;
  children: XmlEl[];
  text: string;
  line: number;
}
interface Button {
  id: string;
  label?: string;
  supertip: boolean;
  iconSizes: string[];
  actionType?: string;
  functionName?: string;
  taskpaneId?: string;
  sourceLocation?: string;
}
interface CheckResult {
  errors: string[];
  model?: {
    doc: XmlEl;
    resources: Map<string, { kind: string; el: XmlEl; group: string }>;
    buttons: Button[];
    wiring: { runtime?: string; customFunctionsPage?: string; functionFile?: string; taskpanes: (string | undefined)[] };
    icons: string[];
    defaultLocale: string;
    namespace?: string;
  };
}
const validator = require("../../scripts/validate-manifest.js") as {
  parseXml(text: string): XmlEl;
  checkManifest(text: string, options?: { root?: string }): CheckResult;
};

const ROOT = path.resolve(__dirname, "..", "..");
const xml = fs.readFileSync(path.join(ROOT, "manifest.xml"), "utf8");

const local = (n: string) => n.replace(/^.*:/, "");
function all(el: XmlEl, name?: string): XmlEl[] {
  const out: XmlEl[] = [];
  const walk = (e: XmlEl) => {
    for (const c of e.children) {
      if (!name || local(c.name) === name) out.push(c);
      walk(c);
    }
  };
  walk(el);
  return out;
}

describe("manifest.xml", () => {
  const doc = validator.parseXml(xml);
  const result = validator.checkManifest(xml, { root: ROOT });
  const model = result.model!;

  test("passes every offline check of scripts/validate-manifest.js", () => {
    expect(result.errors).toEqual([]);
  });

  test("is a Workbook TaskPaneApp with a fixed GUID, vi-VN by default, ReadWriteDocument", () => {
    expect(doc.name).toBe("OfficeApp");
    expect(doc.attrs["xsi:type"]).toBe("TaskPaneApp");
    const text = (n: string) => all(doc, n)[0]?.text.trim();
    expect(text("Id")).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    expect(text("DefaultLocale")).toBe("vi-VN");
    expect(text("Permissions")).toBe("ReadWriteDocument");
    expect(all(doc, "Host").map((h) => h.attrs.Name ?? h.attrs["xsi:type"])).toEqual(["Workbook", "Workbook"]);
    const sets = all(doc, "Set").map((s) => `${s.attrs.Name} ${s.attrs.MinVersion}`);
    expect(sets).toEqual(expect.arrayContaining(["SharedRuntime 1.1", "CustomFunctionsRuntime 1.1"]));
    expect(all(doc, "SourceLocation").find((s) => s.attrs.DefaultValue)?.attrs.DefaultValue).toBe(
      "https://localhost:3000/taskpane.html",
    );
  });

  test("every resid resolves to a resource", () => {
    const ids = new Set<string>();
    for (const group of ["Images", "Urls", "ShortStrings", "LongStrings"]) {
      for (const g of all(doc, group)) for (const r of g.children) ids.add(r.attrs.id);
    }
    const resids = all(doc).filter((e) => e.attrs.resid !== undefined);
    expect(resids.length).toBeGreaterThan(20);
    for (const e of resids)
      expect({ line: e.line, resid: e.attrs.resid, found: ids.has(e.attrs.resid) }).toMatchObject({ found: true });
  });

  test("the shared runtime: runtime, custom functions page, function file and pane are one page", () => {
    const runtime = all(doc, "Runtime")[0];
    expect(runtime.attrs).toMatchObject({ resid: "Taskpane.Url", lifetime: "long" });
    expect(model.wiring).toEqual({
      runtime: "Taskpane.Url",
      customFunctionsPage: "Taskpane.Url",
      functionFile: "Taskpane.Url",
      taskpanes: ["Taskpane.Url"],
    });
    const urls = Object.fromEntries(
      [...model.resources].filter(([, r]) => r.kind === "url").map(([id, r]) => [id, r.el.attrs.DefaultValue]),
    );
    expect(urls["Taskpane.Url"]).toBe("https://localhost:3000/taskpane.html");
    expect(urls["Functions.Metadata.Url"]).toBe("https://localhost:3000/functions.json");
    const ns = model.resources.get(model.namespace!);
    expect(ns?.el.attrs.DefaultValue).toBe("BAOCAO");
  });

  test("the Báo cáo tab has four buttons with the right actions", () => {
    const tab = all(doc, "CustomTab")[0];
    expect(tab.attrs.id).toBe("TabBaoCao");
    const tabLabel = model.resources.get(tab.children.find((c) => local(c.name) === "Label")!.attrs.resid);
    expect(tabLabel?.el.attrs.DefaultValue).toBe("Báo cáo");
    expect(all(tab, "Group")).toHaveLength(1);

    const label = (b: Button) => model.resources.get(b.label!)?.el.attrs.DefaultValue;
    expect(model.buttons.map((b) => ({ label: label(b), action: b.actionType, fn: b.functionName ?? b.taskpaneId }))).toEqual([
      { label: "Kiểm tra số liệu", action: "ExecuteFunction", fn: "validateTotals" },
      { label: "Bảng kiểm tra", action: "ShowTaskpane", fn: "ButtonId1" },
      { label: "Soạn báo cáo", action: "ExecuteFunction", fn: "draftReport" },
      { label: "Tạo mẫu", action: "ExecuteFunction", fn: "createTemplate" },
    ]);
    for (const b of model.buttons) {
      expect(b.supertip).toBe(true);
      expect(b.iconSizes).toEqual(["16", "32", "80"]);
    }
  });

  test("the commands associate every ExecuteFunction", () => {
    const src = fs.readFileSync(path.join(ROOT, "src", "commands", "commands.ts"), "utf8");
    for (const b of model.buttons.filter((x) => x.actionType === "ExecuteFunction")) {
      expect(src).toContain(`${b.functionName}:`);
    }
  });

  test("every text has vi-VN and en-US", () => {
    const strings = all(doc)
      .filter((e) => ["ShortStrings", "LongStrings"].includes(local(e.name)))
      .flatMap((g) => g.children);
    const texts = [...strings, all(doc, "DisplayName")[0], all(doc, "Description")[0]];
    expect(texts.length).toBeGreaterThan(10);
    for (const t of texts) {
      const en = t.children.find((o) => local(o.name) === "Override" && o.attrs.Locale === "en-US");
      expect({ id: t.attrs.id ?? t.name, vi: Boolean(t.attrs.DefaultValue), en: Boolean(en?.attrs.Value) }).toMatchObject({
        vi: true,
        en: true,
      });
    }
  });

  test("every URL is https://localhost:3000 and every icon exists in assets/", () => {
    const values = [
      ...all(doc).flatMap((e) => [e.attrs.DefaultValue, local(e.name) === "Override" ? e.attrs.Value : undefined]),
      ...all(doc, "AppDomain").map((e) => e.text.trim()),
    ].filter((v): v is string => Boolean(v) && /^\w+:\/\//.test(v!));
    expect(values.length).toBeGreaterThan(5);
    for (const v of values) expect(v).toMatch(/^https:\/\/localhost:3000(\/|$)/);
    expect(model.icons.length).toBeGreaterThan(0);
    for (const icon of model.icons) expect(fs.existsSync(path.join(ROOT, icon))).toBe(true);
    for (const size of [16, 32, 64, 80, 128]) {
      const png = fs.readFileSync(path.join(ROOT, "assets", `icon-${size}.png`));
      expect(png.subarray(1, 4).toString("ascii")).toBe("PNG");
      expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([size, size]);
    }
  });

  test("the checker catches broken manifests", () => {
    const broken = xml
      .replace('resid="Icon.80x80"/>', 'resid="Icon.Missing"/>')
      .replace('<bt:Override Locale="en-US" Value="Report"/>', "")
      .replace("https://localhost:3000/preview.html", "http://example.com/help");
    const errors = validator.checkManifest(broken, { root: ROOT }).errors.join("\n");
    expect(errors).toMatch(/Icon\.Missing.*names no resource/);
    expect(errors).toMatch(/TabBaoCao\.Label has no en-US text/);
    expect(errors).toMatch(/http:\/\/example\.com\/help/);
    expect(validator.checkManifest(xml.replace("</CustomTab>", ""), { root: ROOT }).errors[0]).toMatch(/^XML: line \d+/);
  });
});

describe("custom functions metadata (functions.json)", () => {
  interface Param {
    name: string;
    description?: string;
    type: string;
    dimensionality?: string;
    optional?: boolean;
  }
  interface Fn {
    id: string;
    name: string;
    description: string;
    parameters: Param[];
    result: { type?: string };
  }
  let functions: Fn[];

  beforeAll(async () => {
    const { generateCustomFunctionsMetadata } = require("custom-functions-metadata") as {
      generateCustomFunctionsMetadata(input: string, console?: boolean): Promise<{ metadataJson: string; errors: string[] }>;
    };
    const r = await generateCustomFunctionsMetadata(path.join(ROOT, "src", "functions", "functions.ts"));
    expect(r.errors).toEqual([]);
    functions = JSON.parse(r.metadataJson).functions;
  }, 60_000);

  const VIETNAMESE = /[ăâđêôơưĂÂĐÊÔƠƯ\u0300-\u036f\u1ea0-\u1ef9]/;

  test("lists the five functions with their signatures", () => {
    const sig = (f: Fn) => `${f.id}(${f.parameters.map((p) => (p.optional ? `[${p.name}]` : p.name)).join(", ")})`;
    expect(functions.map(sig)).toEqual([
      "DOCSO(so, [donvi], [tuychon])",
      "SOVN(so, [sole])",
      "TYLE(tuso, mauso, [sole])",
      "KIEMTRATONG(cacso, tong)",
      "DATCHITIEU(thuchien, muctieu, [donvi])",
    ]);
  });

  test("ids are unique, in capitals, without the namespace", () => {
    const ids = functions.map((f) => f.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const f of functions) {
      expect(f.id).toMatch(/^[A-Z][A-Z0-9_]*$/);
      expect(f.id).not.toContain("BAOCAO");
      expect(f.name).toBe(f.id);
    }
  });

  test("every function and parameter is described in Vietnamese and typed", () => {
    for (const f of functions) {
      expect(f.description).toMatch(VIETNAMESE);
      expect(f.result.type).toBe("string");
      for (const p of f.parameters) {
        expect({ fn: f.id, p: p.name, described: VIETNAMESE.test(p.description ?? "") }).toMatchObject({ described: true });
        expect(["number", "string", "boolean", "any"]).toContain(p.type);
      }
    }
    const types = Object.fromEntries(
      functions.map((f) => [f.id, f.parameters.map((p) => p.type + (p.dimensionality === "matrix" ? "[][]" : ""))]),
    );
    expect(types).toEqual({
      DOCSO: ["number", "string", "string"],
      SOVN: ["number", "number"],
      TYLE: ["number", "number", "number"],
      KIEMTRATONG: ["any[][]", "any"],
      DATCHITIEU: ["any", "any", "string"],
    });
  });
});
