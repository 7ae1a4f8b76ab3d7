/**
 * A consolidation run input by input (core/consolidate/run.ts, what `baocao tonghop` and the pane's
 * "Tổng hợp" share): each input checked and matched, duplicates told by their identities, the
 * unreadable listed with the reader's reason, the sums and the sheets written at the end.
 */
import { Consolidation } from "../../../src/core/consolidate/run";
import { checkWorkbook } from "../../../src/core/engine";
import { DETAIL_SHEET, RESULT_SHEET } from "../../../src/core/consolidate/output";
import { DETAILS_SHEET, readDetailsSheet } from "../../../src/core/draft/detailsSheet";
import { fromA1 } from "../../../src/core/grid/address";
import { gridFromSpec } from "../../../src/core/grid/fromSpec";
import type { SheetSpec } from "../../../src/core/grid/spec";
import { exampleTemplate } from "../../../src/core/template/example";
import { scaled } from "../../../testkit/scaled";
import { indicators } from "./helpers";

const grids = (specs: SheetSpec[]) => specs.map(gridFromSpec);
const cell = (sheets: SheetSpec[], sheet: string, a1: string) => {
  const p = fromA1(a1)!;
  return sheets.find((s) => s.name === sheet)?.cells.find((c) => c.row === p.row && c.col === p.col)?.value;
};
/** The template with one leaf of Phụ lục I changed: its group total no longer adds up. */
const broken = () =>
  scaled(exampleTemplate(), 2).map((s) =>
    s.name === "Phụ lục I" ? { ...s, cells: s.cells.map((c) => (c.row === 6 && c.col === 3 ? { ...c, value: 1 } : c)) } : s,
  );

test("clean inputs of one form are summed; the sheets are the form's, then Chi tiết and Kết quả kiểm tra", () => {
  const run = new Consolidation();
  expect(run.add("a.xlsx", grids(exampleTemplate())).status).toBe("summed");
  expect(run.add("b.xlsx", grids(scaled(exampleTemplate(), 3))).status).toBe("summed");
  const r = run.finish();
  expect(r).toMatchObject({ readable: 2, summed: 2, formFile: "a.xlsx" });
  const names = r.sheets!.map((s) => s.name);
  expect(names.slice(0, -2)).toEqual(exampleTemplate().map((s) => s.name));
  expect(names.slice(-2)).toEqual([DETAIL_SHEET, RESULT_SHEET]);
  // Tổng cộng of Phụ lục I: 8.962,46 in the template, × 1 + × 3.
  expect(cell(r.sheets!, "Phụ lục I", "D18")).toBe(35849.84);
  // Kết quả kiểm tra lists both inputs as summed.
  expect(cell(r.sheets!, RESULT_SHEET, "B2")).toBe("a.xlsx");
  expect(cell(r.sheets!, RESULT_SHEET, "C3")).toBe("đã cộng");
});

test("unreadable, duplicate, with errors and another form are listed with why; the rest are summed", () => {
  const run = new Consolidation({ errorsHint: (f) => ({ vi: `mở "${f}" để xem`, en: `open "${f}" to see them` }) });
  run.unreadable("x.txt", { vi: "không phải tệp .xlsx", en: "not an .xlsx file" });
  run.add("a.xlsx", grids(exampleTemplate()), [{ key: "h1", same: { vi: "nội dung giống hệt", en: "identical content" } }]);
  const twin = run.add("a-copy.xlsx", grids(exampleTemplate()), [
    { key: "h1", same: { vi: "nội dung giống hệt", en: "identical content" } },
  ]);
  const bad = run.add("bad.xlsx", grids(broken()));
  const other = run.add("other.xlsx", [gridFromSpec(indicators(() => {}))]);
  const r = run.finish();
  expect(r.outcomes.map((o) => [o.file, o.status])).toEqual([
    ["x.txt", "unreadable"],
    ["a.xlsx", "summed"],
    ["a-copy.xlsx", "duplicate"],
    ["bad.xlsx", "errors"],
    ["other.xlsx", "other-form"],
  ]);
  expect(r.outcomes[0].why[0].vi).toBe("không phải tệp .xlsx");
  expect(twin.why[0].vi).toBe('cùng một tệp với "a.xlsx" (nội dung giống hệt); chỉ cộng một lần');
  expect(bad.errors).toBeGreaterThan(0);
  expect(bad.why[0].vi).toBe(`có ${bad.errors} lỗi khi kiểm tra (mở "bad.xlsx" để xem); không cộng`);
  expect(bad.why[0].en).toContain('(open "bad.xlsx" to see them); not summed');
  expect(other.why.length).toBeGreaterThan(0);
  expect(r).toMatchObject({ readable: 4, summed: 1, formFile: "a.xlsx" });
  // Only a.xlsx is summed: the total is the template's.
  expect(cell(r.sheets!, "Phụ lục I", "D18")).toBe(8962.46);
});

test("the form is the first input with a table; nothing readable gives no sheets", () => {
  const none = new Consolidation();
  none.unreadable("a.xlsx", { vi: "tệp hỏng", en: "damaged" });
  expect(none.finish()).toEqual({
    outcomes: [expect.objectContaining({ file: "a.xlsx", status: "unreadable" })],
    readable: 0,
    summed: 0,
  });
  const run = new Consolidation();
  const empty = run.add("trong.xlsx", [gridFromSpec({ name: "Sheet1", columnWidths: [], cells: [], merges: [] })]);
  expect(empty).toMatchObject({ status: "other-form", why: [{ vi: "không tìm thấy bảng số liệu nào" }] });
  run.add("b.xlsx", grids(scaled(exampleTemplate(), 2)));
  const r = run.finish();
  expect(r.formFile).toBe("b.xlsx");
  expect(cell(r.sheets!, "Phụ lục I", "D18")).toBe(17924.92);
});

test("the total's Thông tin văn bản is blank: a commune's number, date and signer never become the province's", () => {
  const run = new Consolidation();
  run.add("a.xlsx", grids(exampleTemplate()));
  run.add("b.xlsx", grids(scaled(exampleTemplate(), 2)));
  const sheets = run.finish().sheets!;
  const form = exampleTemplate().find((s) => s.name === DETAILS_SHEET)!;
  const total = sheets.find((s) => s.name === DETAILS_SHEET)!;
  const texts = (s: SheetSpec) => s.cells.map((c) => c.value).filter((v): v is string => typeof v === "string");
  // The commune's own details were in the form …
  expect(texts(form)).toEqual(expect.arrayContaining(["125/BC-UBND", "Võ Thanh Hùng"]));
  // … and are not in the total: the sheet reads back empty, its labels kept for the province to fill.
  expect(texts(total)).not.toEqual(expect.arrayContaining(["125/BC-UBND"]));
  expect(texts(total).some((t) => t.includes("Võ Thanh Hùng"))).toBe(false);
  expect(texts(total)).toEqual(expect.arrayContaining(["Cơ quan ban hành", "Người ký"]));
  expect(readDetailsSheet(gridFromSpec(total))).toEqual({});
});

test("checking the total reads the form's sheets only: Chi tiết and Kết quả kiểm tra are no figures of the report", () => {
  const run = new Consolidation();
  run.add("a.xlsx", grids(exampleTemplate()));
  run.add("b.xlsx", grids(scaled(exampleTemplate(), 3)));
  const sheets = run.finish().sheets!;
  const { model, report } = checkWorkbook(grids(sheets));
  expect(report.summary.errors).toBe(0);
  expect(new Set(model.tables.map((t) => t.sheet))).toEqual(new Set(["Phụ lục I", "Phụ lục II", "Số liệu", "Chỉ tiêu 2024"]));
  const status = new Map(report.summary.sheetCoverage!.map((s) => [s.sheet, s.status]));
  expect(status.get(DETAIL_SHEET)).toBe("draft");
  expect(status.get(RESULT_SHEET)).toBe("draft");
  expect(status.get(DETAILS_SHEET)).toBe("details");
  // The same numbers as checking the form's sheets alone: nothing of Chi tiết is counted.
  const formOnly = sheets.filter((s) => s.name !== DETAIL_SHEET && s.name !== RESULT_SHEET);
  expect(report.summary.numericCells).toBe(checkWorkbook(grids(formOnly)).report.summary.numericCells);
  expect(report.summary.numericCells).toBeGreaterThan(50);
});
