/**
 * src/excel/requirements.ts against Office globals of older or odd hosts, built with
 * office-addin-mock (the Excel side is the stand-in's; here only Office.context.requirements matters).
 */
import { OfficeMockObject } from "office-addin-mock";
import { isSetSupported } from "../../src/excel/requirements";

const g = globalThis as { Office?: unknown };
afterEach(() => delete g.Office);

test("Excel 2019 (ExcelApi up to 1.8): 1.7 yes, 1.9 and 1.13 no", () => {
  g.Office = new OfficeMockObject({
    context: {
      requirements: { isSetSupported: (name: string, v: string) => name === "ExcelApi" && Number(v.split(".")[1]) <= 8 },
    },
  });
  expect(isSetSupported("ExcelApi", "1.7")).toBe(true);
  expect(isSetSupported("ExcelApi", "1.9")).toBe(false);
  expect(isSetSupported("ExcelApi", "1.13")).toBe(false);
  expect(isSetSupported("WordApi", "1.1")).toBe(false);
});

test("a host whose check throws is taken as not supporting the set", () => {
  g.Office = new OfficeMockObject({
    context: {
      requirements: {
        isSetSupported: () => {
          throw new Error("not available");
        },
      },
    },
  });
  expect(isSetSupported("ExcelApi", "1.9")).toBe(false);
});

test("outside Office (tests, the preview without its stand-in) everything is assumed", () => {
  expect(isSetSupported("ExcelApi", "1.13")).toBe(true);
  g.Office = new OfficeMockObject({ context: {} });
  expect(isSetSupported("ExcelApi", "1.13")).toBe(true);
});
