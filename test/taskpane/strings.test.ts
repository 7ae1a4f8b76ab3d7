import { readFileSync } from "node:fs";
import { join } from "node:path";
import { CHECKS } from "../../src/core/checks";
import { FINDING_NAMES, LANGS, STRINGS, findingName, t } from "../../src/taskpane/strings";

/** The members of the FindingCode union, read from the source so a new code cannot be missed. */
function findingCodes(): string[] {
  const src = readFileSync(join(__dirname, "../../src/core/findings.ts"), "utf8");
  const m = /export type FindingCode\s*=([^;]*);/.exec(src);
  if (!m) throw new Error("FindingCode union not found in src/core/findings.ts");
  return [...m[1].matchAll(/"([A-Z_]+)"/g)].map((x) => x[1]);
}

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((x) => x[1]).sort();

describe("task pane strings", () => {
  test("both languages have exactly the same keys", () => {
    const vi = Object.keys(STRINGS.vi).sort();
    const en = Object.keys(STRINGS.en).sort();
    expect(en).toEqual(vi);
    expect(vi.length).toBeGreaterThan(20);
  });

  test.each(LANGS)("no empty value in %s", (lang) => {
    for (const [key, value] of Object.entries(STRINGS[lang])) {
      expect({ key, value: value.trim() }).not.toEqual({ key, value: "" });
    }
  });

  test("placeholders agree between languages", () => {
    for (const key of Object.keys(STRINGS.vi) as (keyof typeof STRINGS.vi)[]) {
      expect({ key, p: placeholders(STRINGS.en[key]) }).toEqual({ key, p: placeholders(STRINGS.vi[key]) });
    }
  });

  test("every FindingCode has a human name in both languages", () => {
    const codes = findingCodes();
    expect(codes).toContain("SUM_MISMATCH");
    for (const c of CHECKS) expect(codes).toContain(c.code);
    for (const lang of LANGS) {
      expect(Object.keys(FINDING_NAMES[lang]).sort()).toEqual([...codes].sort());
      for (const code of codes) {
        const name = (FINDING_NAMES[lang] as Record<string, string>)[code];
        expect({ lang, code, ok: typeof name === "string" && name.trim().length > 0 }).toEqual({ lang, code, ok: true });
      }
    }
    expect(findingName("vi", "SUM_MISMATCH")).toBe("Tổng không khớp");
    expect(findingName("en", "SUM_MISMATCH")).toBe("Total does not add up");
  });

  test("names differ between languages where they should", () => {
    expect(t("vi", "action.check")).toBe("Kiểm tra");
    expect(t("en", "action.check")).toBe("Check");
    expect(t("vi", "clean.title")).toBe("Không có lỗi");
  });

  test("t fills placeholders", () => {
    expect(t("vi", "finding.expected", { range: "D7:D11" })).toBe("cần cộng D7:D11");
    expect(t("en", "summary.scope", { tables: 4, sheets: 4 })).toBe("Tables found: 4 · Sheets read: 4");
  });
});
