/// <reference types="office-js" />
/** installStandIn / uninstallStandIn (src/preview/standin/install.ts): the stand-in as globalThis.Excel. */
import { exampleTemplate } from "../../../src/core/template/example";
import { installStandIn, OFFICE_THEMES, uninstallStandIn } from "../../../src/preview/standin/install";
import { StandInWorkbook } from "../../../src/preview/standin/workbook";

afterEach(() => uninstallStandIn());

test("installs Excel, Office and __baocaoPreview", async () => {
  const wb = StandInWorkbook.fromSpecs(exampleTemplate());
  installStandIn(wb);
  expect(typeof Excel.run).toBe("function");
  await expect(Office.onReady()).resolves.toEqual({ host: "Excel", platform: "PC" });
  expect(Office.context.requirements.isSetSupported("ExcelApi", "1.13")).toBe(true);
  const p = globalThis.__baocaoPreview!;
  expect(p.sheetNames()).toEqual(["Phụ lục I", "Phụ lục II", "Số liệu", "Chỉ tiêu 2024", "Thông tin văn bản"]);
  expect(p.getCell("Phụ lục II", "E24")).toMatchObject({ value: 13570, formula: "=E7+E14+E17+E19+E21" });
  await Excel.run((context) => context.sync());
  expect(p.syncs()).toBe(1);
});

test("installing another workbook re-points Excel.run; uninstalling removes what was installed", async () => {
  const first = StandInWorkbook.fromSpecs(exampleTemplate());
  const second = StandInWorkbook.fromSpecs(exampleTemplate());
  installStandIn(first);
  installStandIn(second);
  await Excel.run((context) => context.sync());
  expect([first.log.syncs, second.log.syncs]).toEqual([0, 1]);
  uninstallStandIn();
  const g = globalThis as { Excel?: unknown; Office?: unknown };
  expect([g.Excel, g.Office, globalThis.__baocaoPreview]).toEqual([undefined, undefined, undefined]);
});

test("a real Office host's Excel is left alone", () => {
  const real = { run: () => "real" };
  (globalThis as { Excel?: unknown }).Excel = real;
  try {
    installStandIn(new StandInWorkbook());
    expect((globalThis as { Excel?: unknown }).Excel).toBe(real);
    uninstallStandIn();
    expect((globalThis as { Excel?: unknown }).Excel).toBe(real);
  } finally {
    delete (globalThis as { Excel?: unknown }).Excel;
  }
});

test("Office.context.officeTheme: light unless asked, set by __baocaoPreview, OfficeThemeChanged raised", () => {
  installStandIn(new StandInWorkbook(), { officeTheme: OFFICE_THEMES.dark });
  const ctx = Office.context as unknown as {
    officeTheme: { bodyBackgroundColor: string };
    document: { addHandlerAsync: (type: string, h: (a: unknown) => void, cb: (r: { status: string }) => void) => void };
  };
  expect(ctx.officeTheme.bodyBackgroundColor).toBe("#262626");
  const seen: unknown[] = [];
  const results: string[] = [];
  const type = (Office as unknown as { EventType: { OfficeThemeChanged: string } }).EventType.OfficeThemeChanged;
  ctx.document.addHandlerAsync(
    type,
    (a) => seen.push(a),
    (r) => results.push(r.status),
  );
  // Only the theme event is offered: another one fails, as in a host without it.
  ctx.document.addHandlerAsync(
    "documentSelectionChanged",
    () => seen.push("wrong"),
    (r) => results.push(r.status),
  );
  expect(results).toEqual(["succeeded", "failed"]);
  globalThis.__baocaoPreview!.setOfficeTheme(OFFICE_THEMES.light);
  expect(ctx.officeTheme.bodyBackgroundColor).toBe("#FFFFFF");
  expect(seen).toEqual([{ type: "officeThemeChanged", officeTheme: OFFICE_THEMES.light }]);
  uninstallStandIn();
  installStandIn(new StandInWorkbook());
  expect((Office.context as unknown as { officeTheme: unknown }).officeTheme).toEqual(OFFICE_THEMES.light);
});
