/// <reference types="office-js" />
/** excelHost.createTemplate's choice of template, against the stand-in workbook. */
import { excelHost } from "../../src/excel/excelHost";
import { installStandIn, uninstallStandIn } from "../../src/preview/standin/install";
import { StandInWorkbook } from "../../src/preview/standin/workbook";

const NAMES = ["Phụ lục I", "Phụ lục II", "Số liệu", "Chỉ tiêu 2024", "Thông tin văn bản"];

describe("createTemplate({ kind })", () => {
  let wb: StandInWorkbook;
  beforeEach(() => {
    wb = new StandInWorkbook();
    wb.addSheet("Sheet1");
    installStandIn(wb);
  });
  afterEach(() => uninstallStandIn());

  test("blank: the template's sheets, formulas giving 0 or nothing over the empty rows, checked clean", async () => {
    await expect(excelHost.createTemplate({ kind: "blank" })).resolves.toEqual(NAMES);
    expect(wb.getCell("Phụ lục I", "D6")).toMatchObject({ formula: "=SUM(D7:D11)", value: 0 });
    expect(wb.getCell("Phụ lục I", "D7")?.value ?? null).toBeNull();
    expect(wb.getCell("Phụ lục I", "B18")?.value).toBe("Tổng cộng");
    expect(wb.getCell("Số liệu", "E6")?.value).toBe("");
    const r = await excelHost.validate("vi");
    expect(r.report.findings).toEqual([]);
    expect(r.report.summary.tables).toBe(4);
  });

  test("the example by default, and when asked for", async () => {
    await excelHost.createTemplate();
    expect(wb.getCell("Phụ lục I", "D6")?.value).toBe(6992.46);
    const second = await excelHost.createTemplate({ kind: "example" });
    expect(second).toEqual(NAMES.map((n) => `${n} (2)`));
    expect(wb.getCell("Phụ lục I (2)", "D6")?.value).toBe(6992.46);
  });
});
