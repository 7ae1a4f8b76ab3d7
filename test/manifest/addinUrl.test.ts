/**
 * The production build's URLs: ADDIN_URL (scripts/manifest/addin-url.cjs, used by
 * webpack.config.js) moves every https://localhost:3000/ URL of manifest.xml and help.html under
 * the given base, and the manifest check accepts any https base but no http URL and, for a
 * production base, no localhost URL mixed in.
 */
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import { checkManifest } from "../../scripts/manifest/check";
import { all, parseXml } from "../../scripts/manifest/xml";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const addinUrl = require("../../scripts/manifest/addin-url.cjs") as {
  DEV_URL: string;
  addinBaseUrl(raw: string | undefined): string;
  rebase(text: string, base: string): string;
};

const ROOT = path.resolve(__dirname, "..", "..");
const xml = fs.readFileSync(path.join(ROOT, "manifest.xml"), "utf8");
const BASE = "https://baocao.example.gov.vn/addin/";

/** Every URL-looking value of the manifest (attributes other than xmlns, and texts). */
function urlsOf(text: string): string[] {
  const doc = parseXml(text);
  return [
    ...all(doc).flatMap((e) => Object.entries(e.attrs).flatMap(([k, v]) => (k.startsWith("xmlns") ? [] : [v]))),
    ...all(doc).map((e) => e.text.trim()),
  ].filter((v) => /^\w+:\/\//.test(v));
}

describe("ADDIN_URL", () => {
  test("without it, the dev URL", () => {
    expect(addinUrl.addinBaseUrl(undefined)).toBe("https://localhost:3000/");
    expect(addinUrl.addinBaseUrl("")).toBe(addinUrl.DEV_URL);
  });

  test("an https URL is kept, with a trailing slash added when missing", () => {
    expect(addinUrl.addinBaseUrl(BASE)).toBe(BASE);
    expect(addinUrl.addinBaseUrl("https://baocao.example.gov.vn/addin")).toBe(BASE);
    expect(addinUrl.addinBaseUrl("https://static.example.com")).toBe("https://static.example.com/");
    expect(addinUrl.addinBaseUrl(" https://cdn.example.com:8443/a/b ")).toBe("https://cdn.example.com:8443/a/b/");
  });

  test("a bad one is refused with a clear message", () => {
    expect(() => addinUrl.addinBaseUrl("http://baocao.example.gov.vn/addin/")).toThrow(/must be https/);
    expect(() => addinUrl.addinBaseUrl("baocao.example.gov.vn/addin/")).toThrow(/not an absolute URL/);
    expect(() => addinUrl.addinBaseUrl("https://baocao.example.gov.vn/addin/?v=2")).toThrow(/no \?query or #fragment/);
    expect(() => addinUrl.addinBaseUrl("https://baocao.example.gov.vn/addin/#x")).toThrow(/no \?query or #fragment/);
    expect(() => addinUrl.addinBaseUrl("https://user:pw@baocao.example.gov.vn/")).toThrow(/credentials/);
    expect(() => addinUrl.addinBaseUrl("ftp://baocao.example.gov.vn/")).toThrow(/ADDIN_URL="ftp:\/\/baocao.example.gov.vn\/"/);
  });

  test("the rebased manifest has every URL under the base and passes the check", () => {
    const prod = addinUrl.rebase(xml, BASE);
    const urls = urlsOf(prod);
    expect(urls.length).toBeGreaterThan(8);
    for (const u of urls) expect(u === "https://baocao.example.gov.vn" || u.startsWith(BASE)).toBe(true);
    expect(prod).not.toContain("localhost");
    expect(prod).toContain(`<SupportUrl DefaultValue="${BASE}help.html"/>`);
    expect(prod).toContain(`<bt:Url id="Functions.Metadata.Url" DefaultValue="${BASE}functions.json">`);
    expect(prod).toContain(`<bt:Override Locale="en-US" Value="${BASE}functions.en-US.json"/>`);
    expect(prod).toContain(`<bt:Url id="GetStarted.LearnMoreUrl" DefaultValue="${BASE}help.html"/>`);
    expect(prod).toContain("<AppDomain>https://baocao.example.gov.vn</AppDomain>");
    expect(checkManifest(prod, { root: ROOT }).errors).toEqual([]);
    expect(addinUrl.rebase(xml, addinUrl.DEV_URL)).toBe(xml);
  });

  test("the check accepts any https base, rejects http, and localhost mixed into a production manifest", () => {
    expect(checkManifest(addinUrl.rebase(xml, "https://other.example.org/"), { root: ROOT }).errors).toEqual([]);
    const http = addinUrl.rebase(xml, BASE).split("https://").join("http://");
    const httpErrors = checkManifest(http, { root: ROOT }).errors;
    expect(httpErrors.length).toBeGreaterThan(5);
    expect(httpErrors.join("\n")).toMatch(/SupportUrl is http:\/\/baocao\.example\.gov\.vn\/addin\/help\.html, not https/);
    const mixed = addinUrl.rebase(xml, BASE).replace(`${BASE}functions.json`, "https://localhost:3000/functions.json");
    expect(checkManifest(mixed, { root: ROOT }).errors).toEqual([
      expect.stringMatching(
        /Functions\.Metadata\.Url is https:\/\/localhost:3000\/functions\.json: a localhost URL in a manifest for https:\/\/baocao\.example\.gov\.vn\/addin\//,
      ),
    ]);
    const mixedEn = addinUrl
      .rebase(xml, BASE)
      .replace(`${BASE}functions.en-US.json`, "https://localhost:3000/functions.en-US.json");
    expect(checkManifest(mixedEn, { root: ROOT }).errors).toEqual([
      expect.stringMatching(
        /Functions\.Metadata\.Url \(en-US\) is https:\/\/localhost:3000\/functions\.en-US\.json: a localhost URL/,
      ),
    ]);
    const elsewhere = addinUrl.rebase(xml, BASE).replace(`${BASE}help.html`, "https://elsewhere.example.com/help.html");
    expect(checkManifest(elsewhere, { root: ROOT }).errors).toEqual([
      expect.stringMatching(/SupportUrl is https:\/\/elsewhere\.example\.com\/help\.html, not under https:\/\/baocao/),
    ]);
  });

  test("the build stops on a bad ADDIN_URL, before compiling anything", () => {
    const r = spawnSync(process.execPath, ["-e", "require('./webpack.config.js')({}, { mode: 'production' })"], {
      cwd: ROOT,
      env: { ...process.env, ADDIN_URL: "http://baocao.example.gov.vn/addin/" },
      encoding: "utf8",
    });
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/ADDIN_URL="http:\/\/baocao\.example\.gov\.vn\/addin\/": phải dùng https .* must be https/);
  }, 30_000);
});

describe("help.html, the SupportUrl page", () => {
  const help = fs.readFileSync(path.join(ROOT, "src", "help", "help.html"), "utf8");

  test("the manifest's SupportUrl and LearnMoreUrl are help.html, which the build copies to dist/ (rebased)", () => {
    expect(xml).toContain('<SupportUrl DefaultValue="https://localhost:3000/help.html"/>');
    expect(xml).toContain('<bt:Url id="GetStarted.LearnMoreUrl" DefaultValue="https://localhost:3000/help.html"/>');
    const config = fs.readFileSync(path.join(ROOT, "webpack.config.js"), "utf8");
    expect(config).toMatch(/\{ from: "src\/help\/help\.html", to: "help\.html", transform: toBase \}/);
    expect(addinUrl.rebase(help, BASE)).toContain(`<a href="${BASE}manifest.xml">`);
    expect(addinUrl.rebase(help, BASE)).toContain("<code>https://baocao.example.gov.vn</code>");
  });

  test("says, in Vietnamese, how to install, deploy, what to allow (both metadata files) and what older Excel uses", () => {
    expect(help).toContain('<html lang="vi">');
    for (const s of [
      "Tải lên phần bổ trợ của tôi",
      "sideload",
      "Trung tâm quản trị Microsoft 365",
      "Integrated apps",
      "https://appsforoffice.microsoft.com",
      "Excel 2021",
      "bản 2008",
      "Mac 16.40",
      "Excel trên web",
      "npx baocao check",
      "&lt;Version&gt;",
      "functions.en-US.json",
    ])
      expect({ s, found: help.includes(s) }).toEqual({ s, found: true });
  });
});
