import { CHECKS } from "../../src/core/checks";
import { LANGS, STRINGS, findingName, t } from "../../src/taskpane/strings";

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

  test("every finding code is named by its check's title, in both languages", () => {
    expect(CHECKS.map((c) => c.meta.code)).toContain("SUM_MISMATCH");
    for (const lang of LANGS) {
      for (const { meta } of CHECKS) expect(findingName(lang, meta.code)).toBe(meta.title[lang]);
    }
    expect(findingName("vi", "SUM_MISMATCH")).toBe("Tổng không khớp");
    expect(findingName("en", "SUM_MISMATCH")).toBe("Total does not add up");
    // A code from a newer engine than the pane's: shown as it is.
    expect(findingName("vi", "SOMETHING_NEW" as never)).toBe("SOMETHING_NEW");
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
