/**
 * manifest.xml and the custom functions metadata, checked offline: every resid resolves, the four
 * ribbon buttons do what they should, every text is in vi-VN and en-US, icons exist, the shared
 * runtime is wired the same way everywhere; functions.json (generated here from the JSDoc of
 * src/functions/functions.ts, as the webpack plugin does) lists every function with a Vietnamese
 * description, typed parameters and unique namespace-free ids in capitals (its English twin,
 * functions.en-US.json, is test/manifest/functionsEnglish.test.ts's).
 */
import { generateCustomFunctionsMetadata } from "custom-functions-metadata";
import type * as Requests from "../../src/host/requests";
import * as fs from "node:fs";
import * as path from "node:path";
import { type Button, checkManifest } from "../../scripts/manifest/check";
import { all, local, parseXml, XmlError } from "../../scripts/manifest/xml";
import { COMMAND_ACTIONS } from "../../src/commands/actions";

const ROOT = path.resolve(__dirname, "..", "..");
const xml = fs.readFileSync(path.join(ROOT, "manifest.xml"), "utf8");

/** A ribbon command handler, as commands.ts gives it to Office.actions.associate. */
type Handler = (event: { completed(): void }) => Promise<void>;

describe("manifest.xml", () => {
  const doc = parseXml(xml);
  const result = checkManifest(xml, { root: ROOT });
  const model = result.model!;

  test("passes every offline check of scripts/manifest/check.ts", () => {
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
    expect(sets).toEqual(["SharedRuntime 1.1", "CustomFunctionsRuntime 1.3", "ExcelApi 1.7"]);
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

  test("Excel in English reads functions.en-US.json; Learn more and Support open help.html, nothing the preview", () => {
    const metadata = model.resources.get("Functions.Metadata.Url")!;
    const resid = all(all(doc, "Metadata")[0], "SourceLocation")[0].attrs.resid;
    expect(resid).toBe("Functions.Metadata.Url");
    expect(metadata.el.children.map((o) => [local(o.name), o.attrs.Locale, o.attrs.Value])).toEqual([
      ["Override", "en-US", "https://localhost:3000/functions.en-US.json"],
    ]);
    const learnMore = all(doc, "LearnMoreUrl")[0].attrs.resid;
    expect(model.resources.get(learnMore)?.el.attrs.DefaultValue).toBe("https://localhost:3000/help.html");
    expect(all(doc, "SupportUrl")[0].attrs.DefaultValue).toBe("https://localhost:3000/help.html");
    expect(xml).not.toMatch(/preview\.html/);
  });

  test("the checker wants the functions metadata in en-US too, and URL overrides only for vi-VN/en-US, once", () => {
    const override = '<bt:Override Locale="en-US" Value="https://localhost:3000/functions.en-US.json"/>';
    expect(xml).toContain(override);
    const without = xml.replace(override, "");
    expect(checkManifest(without, { root: ROOT }).errors).toEqual([
      expect.stringMatching(/the custom functions metadata Functions\.Metadata\.Url has no en-US <bt:Override>/),
    ]);
    const twice = xml.replace(override, override + override);
    expect(checkManifest(twice, { root: ROOT }).errors).toEqual([
      expect.stringMatching(/Functions\.Metadata\.Url has two en-US overrides/),
    ]);
    const french = xml.replace(override, override + override.replace("en-US", "fr-FR"));
    expect(checkManifest(french, { root: ROOT }).errors).toEqual([
      expect.stringMatching(/Functions\.Metadata\.Url has an override for "fr-FR", not one of vi-VN, en-US/),
    ]);
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
      { label: "Bảng kiểm tra", action: "ShowTaskpane", fn: undefined },
      { label: "Soạn báo cáo", action: "ExecuteFunction", fn: "draftReport" },
      { label: "Tạo mẫu", action: "ExecuteFunction", fn: "createTemplate" },
    ]);
    for (const b of model.buttons) {
      expect(b.supertip).toBe(true);
      expect(b.iconSizes).toEqual(["16", "32", "80"]);
    }
  });

  test("the commands associate exactly the ExecuteFunctions, and a handler completes its event", async () => {
    const associated: string[] = [];
    const handlers = new Map<string, Handler>();
    const showAsTaskpane = jest.fn(() => Promise.resolve());
    const fakeOffice = {
      onReady: (callback: () => void) => {
        callback();
        return Promise.resolve({});
      },
      actions: {
        associate: (name: string, handler: Handler) => {
          associated.push(name);
          handlers.set(name, handler);
        },
      },
      addin: { showAsTaskpane },
    };
    const g = globalThis as unknown as { Office?: unknown };
    g.Office = fakeOffice;
    try {
      const posted: string[] = [];
      jest.isolateModules(() => {
        // A fresh copy of the commands (and of the request queue they post to), loaded with the fake Office.
        /* eslint-disable @typescript-eslint/no-require-imports */
        require("../../src/commands/commands");
        const requests = require("../../src/host/requests") as typeof Requests;
        /* eslint-enable @typescript-eslint/no-require-imports */
        requests.onPaneRequest((r) => posted.push(r.kind));
      });
      const functionNames = model.buttons.filter((b) => b.actionType === "ExecuteFunction").map((b) => b.functionName);
      expect(functionNames).toHaveLength(3);
      expect(new Set(associated)).toEqual(new Set(functionNames));
      expect(associated).toHaveLength(functionNames.length);

      const event = { completed: jest.fn() };
      await handlers.get("draftReport")!(event);
      expect(event.completed).toHaveBeenCalledTimes(1);
      expect(showAsTaskpane).toHaveBeenCalledTimes(1);
      expect(posted).toEqual(["draft"]);
    } finally {
      delete g.Office;
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
      .replace("https://localhost:3000/help.html", "http://example.com/help");
    const errors = checkManifest(broken, { root: ROOT }).errors.join("\n");
    expect(errors).toMatch(/Icon\.Missing.*names no resource/);
    expect(errors).toMatch(/TabBaoCao\.Label has no en-US text/);
    expect(errors).toMatch(/http:\/\/example\.com\/help/);
    expect(checkManifest(xml.replace("</CustomTab>", ""), { root: ROOT }).errors[0]).toMatch(/^XML: line \d+/);
    expect(() => parseXml(xml.replace("</CustomTab>", ""))).toThrow(XmlError);
  });

  test("the checker wants no TaskpaneId under the shared runtime, and the declared requirement sets", () => {
    const withId = xml.replace(
      '<Action xsi:type="ShowTaskpane">',
      '<Action xsi:type="ShowTaskpane">\n<TaskpaneId>ButtonId1</TaskpaneId>',
    );
    expect(withId).not.toBe(xml);
    expect(checkManifest(withId, { root: ROOT }).errors).toEqual([
      expect.stringMatching(
        /button BtnBangKiemTra has a <TaskpaneId>, which a ShowTaskpane action under the shared runtime must not have/,
      ),
    ]);
    const old = xml.replace(
      '<Set Name="CustomFunctionsRuntime" MinVersion="1.3"/>',
      '<Set Name="CustomFunctionsRuntime" MinVersion="1.1"/>',
    );
    expect(checkManifest(old, { root: ROOT }).errors).toEqual([
      "Requirements: CustomFunctionsRuntime MinVersion is 1.1, the code is written for 1.3",
    ]);
    const noExcel = xml.replace('<Set Name="ExcelApi" MinVersion="1.7"/>', "");
    expect(checkManifest(noExcel, { root: ROOT }).errors).toEqual(['Requirements lack <Set Name="ExcelApi" MinVersion="1.7">']);
  });

  test("the checker holds the ExecuteFunction buttons to COMMAND_ACTIONS, both ways", () => {
    expect(Object.keys(COMMAND_ACTIONS)).toContain("draftReport");
    expect(COMMAND_ACTIONS).not.toHaveProperty("draftReportTypo");
    const renamed = xml.replace("<FunctionName>draftReport</FunctionName>", "<FunctionName>draftReportTypo</FunctionName>");
    expect(renamed).not.toBe(xml);
    const { errors } = checkManifest(renamed, { root: ROOT });
    expect(errors).toEqual([
      'button BtnSoanBaoCao runs "draftReportTypo", which COMMAND_ACTIONS (src/commands/actions.ts) does not associate',
      'COMMAND_ACTIONS (src/commands/actions.ts) associates "draftReport", which no manifest button runs',
    ]);
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
  let metadata: { allowErrorForDataTypeAny?: boolean; allowCustomDataForDataTypeAny?: boolean };

  beforeAll(async () => {
    const r = await generateCustomFunctionsMetadata(path.join(ROOT, "src", "functions", "functions.ts"));
    expect(r.errors).toEqual([]);
    metadata = JSON.parse(r.metadataJson);
    functions = JSON.parse(r.metadataJson).functions;
  }, 60_000);

  test("no parameter accepts an error argument: Excel passes #REF!, #DIV/0!… through without calling (README)", () => {
    expect(metadata.allowErrorForDataTypeAny).toBeUndefined();
    expect(metadata.allowCustomDataForDataTypeAny).toBe(true);
  });

  const VIETNAMESE = /[\u0300-\u036f\u1ea0-\u1ef9ăâđêôơưĂÂĐÊÔƠƯ]/;

  test("lists the five functions with their signatures", () => {
    const sig = (f: Fn) => `${f.id}(${f.parameters.map((p) => (p.optional ? `[${p.name}]` : p.name)).join(", ")})`;
    expect(functions.map(sig)).toEqual([
      "DOCSO(so, [donvi], [tuychon], [sole])",
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
      DOCSO: ["number", "string", "string", "number"],
      SOVN: ["number", "number"],
      TYLE: ["number", "number", "number"],
      KIEMTRATONG: ["any[][]", "any"],
      DATCHITIEU: ["any", "any", "string"],
    });
  });
});
