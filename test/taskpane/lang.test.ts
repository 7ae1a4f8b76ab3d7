/** chooseLang / initialLang (src/taskpane/lang.ts): the user's choice, else Office's display language. */
import { chooseLang, initialLang } from "../../src/taskpane/lang";
import { saveLang } from "../../src/taskpane/strings";

describe("chooseLang", () => {
  test("no choice stored: Office's display language, vi-* Vietnamese, anything else English", () => {
    expect(chooseLang(null, "vi-VN")).toBe("vi");
    expect(chooseLang(null, "vi")).toBe("vi");
    expect(chooseLang(null, "VI-vn")).toBe("vi");
    expect(chooseLang(undefined, "en-US")).toBe("en");
    expect(chooseLang(null, "fr-FR")).toBe("en");
    expect(chooseLang(null, "zh-CN")).toBe("en");
    // Not Vietnamese although it starts with "vi".
    expect(chooseLang(null, "vid-XX")).toBe("en");
  });

  test("the user's choice wins over Office's language", () => {
    expect(chooseLang("vi", "en-US")).toBe("vi");
    expect(chooseLang("en", "vi-VN")).toBe("en");
  });

  test("outside Office (no display language) and anything unreadable: Vietnamese", () => {
    expect(chooseLang(null, undefined)).toBe("vi");
    expect(chooseLang(null, "")).toBe("vi");
    expect(chooseLang("de", undefined)).toBe("vi");
    expect(chooseLang("garbage", "en-GB")).toBe("en");
  });
});

describe("initialLang", () => {
  const g = globalThis as { Office?: unknown; localStorage?: unknown };
  const store = new Map<string, string>();
  beforeEach(() => {
    store.clear();
    g.localStorage = { getItem: (k: string) => store.get(k) ?? null, setItem: (k: string, v: string) => store.set(k, v) };
  });
  afterEach(() => {
    delete g.Office;
    delete g.localStorage;
  });

  test("reads Office.context.displayLanguage, and the switch's stored choice before it", () => {
    g.Office = { context: { displayLanguage: "en-US" } };
    expect(initialLang()).toBe("en");
    store.set("baocao.lang", "vi");
    expect(initialLang()).toBe("vi");
    g.Office = { context: { displayLanguage: "vi-VN" } };
    store.set("baocao.lang", "en");
    expect(initialLang()).toBe("en");
  });

  test("the switch's saveLang is what initialLang reads back", () => {
    g.Office = { context: { displayLanguage: "vi-VN" } };
    saveLang("en");
    expect(initialLang()).toBe("en");
    saveLang("vi");
    g.Office = { context: { displayLanguage: "en-US" } };
    expect(initialLang()).toBe("vi");
  });

  test("storage that throws (locked-down Office) still gives Office's language", () => {
    g.Office = { context: { displayLanguage: "en-GB" } };
    g.localStorage = {
      getItem: () => {
        throw new Error("SecurityError");
      },
    };
    expect(initialLang()).toBe("en");
  });
});
