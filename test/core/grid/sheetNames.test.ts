import { uniqueSheetName, uniqueSheetNames } from "../../../src/core/grid/sheetNames";

const DRAFT = ["Bản thảo", "Bản thảo - Phụ lục I", "Bản thảo - Phụ lục II"];

describe("uniqueSheetNames: sheets written together", () => {
  test.each([
    ["nothing taken", [], DRAFT],
    ["the main sheet taken", ["Bản thảo"], ["Bản thảo (2)", "Bản thảo (2) - Phụ lục I", "Bản thảo (2) - Phụ lục II"]],
    [
      "only an appendix's name taken (the main one deleted by hand): the whole draft moves on",
      ["Bản thảo - Phụ lục II"],
      ["Bản thảo (2)", "Bản thảo (2) - Phụ lục I", "Bản thảo (2) - Phụ lục II"],
    ],
    [
      "case-insensitive, and an appendix of the second draft in the way of the second number",
      ["BẢN THẢO", "bản thảo (2) - phụ lục i"],
      ["Bản thảo (3)", "Bản thảo (3) - Phụ lục I", "Bản thảo (3) - Phụ lục II"],
    ],
  ] as [string, string[], string[]][])("%s", (_what, taken, expected) => {
    expect(uniqueSheetNames(DRAFT, taken)).toEqual(expected);
  });

  test("sheets that follow none are named one by one, as uniqueSheetName does", () => {
    const template = ["Phụ lục I", "Phụ lục II", "Số liệu", "Chỉ tiêu 2024"];
    const taken = ["Phụ lục I", "Số liệu", "Số liệu (2)"];
    expect(uniqueSheetNames(template, taken)).toEqual(["Phụ lục I (2)", "Phụ lục II", "Số liệu (3)", "Chỉ tiêu 2024"]);
    let seen = [...taken];
    for (const n of template) {
      const got = uniqueSheetName(n, seen);
      seen = [...seen, got];
    }
    expect(seen.slice(taken.length)).toEqual(uniqueSheetNames(template, taken));
  });

  test("a long main name: every name at most 31 characters, all different", () => {
    const main = "Bản thảo báo cáo chuyển đổi số";
    const wanted = [main, `${main} - Phụ lục I`, `${main} - Phụ lục II`];
    const names = uniqueSheetNames(wanted, [main.slice(0, 31)]);
    for (const n of names) expect(n.length).toBeLessThanOrEqual(31);
    expect(new Set(names.map((n) => n.toLocaleLowerCase("vi"))).size).toBe(3);
    expect(names).not.toContain(main.slice(0, 31));
  });
});
