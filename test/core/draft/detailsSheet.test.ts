/**
 * The "Thông tin văn bản" sheet (src/core/draft/detailsSheet.ts): written by the template, read back
 * as it was written, found and read however a person edited it, and never checked as figures.
 */
import {
  DETAILS_SHEET,
  DETAIL_ROWS,
  detailsSheetSpec,
  isDetailsSheet,
  readDetailsSheet,
} from "../../../src/core/draft/detailsSheet";
import { resolveMeta } from "../../../src/core/draft/meta";
import { checkWorkbook } from "../../../src/core/engine";
import { gridFromSpec } from "../../../src/core/grid/fromSpec";
import { type Grid, gridFromValues } from "../../../src/core/grid/grid";
import { blankTemplate } from "../../../src/core/template/blank";
import { EXAMPLE_DETAILS, exampleTemplate } from "../../../src/core/template/example";
import { templateGrids } from "../../../testkit/templateGrids";

const exampleSheet = () => exampleTemplate().find((s) => s.name === DETAILS_SHEET)!;

describe("the sheet as the template writes it", () => {
  test("a header 'Thông tin | Nội dung | Ghi chú / ví dụ', one row a detail in the options' order, one row a recipient", () => {
    const g = gridFromSpec(exampleSheet());
    const col = (c: number) => g.rows.map((r) => r?.[c]?.value ?? null);
    expect(g.rows[3]?.map((c) => c?.value)).toEqual(["Thông tin", "Nội dung", "Ghi chú / ví dụ"]);
    const labels = col(0).slice(4);
    expect([...new Set(labels)]).toEqual(DETAIL_ROWS.map((r) => r.label));
    expect(labels.filter((l) => l === "Nơi nhận")).toHaveLength(5);
    expect(col(1).slice(4, 9)).toEqual([null, "UBND thị xã Đức Phổ", "125/BC-UBND", "Đức Phổ", "15/12/2023"]);
    // Every detail has its guidance.
    for (let r = 4; r < g.rows.length; r++) if (col(0)[r] !== "Nơi nhận") expect(col(2)[r]).toMatch(/\S/);
  });

  test("round trip: the example's details written, then read, are the example's details", () => {
    expect(readDetailsSheet(gridFromSpec(exampleSheet()))).toEqual(EXAMPLE_DETAILS);
    expect(EXAMPLE_DETAILS.recipients?.[0]).toBe("Sở Khoa học và Công nghệ tỉnh Quảng Ngãi (b/c)");
  });

  test("the blank form: every label and its guidance, no value", () => {
    const blank = blankTemplate().find((s) => s.name === DETAILS_SHEET)!;
    const g = gridFromSpec(blank);
    expect(isDetailsSheet(g)).toBe(true);
    expect(readDetailsSheet(g)).toEqual({});
    expect(blank.cells.filter((c) => c.col === 0 && c.row > 3).map((c) => c.value)).toEqual(
      exampleSheet()
        .cells.filter((c) => c.col === 0 && c.row > 3)
        .map((c) => c.value),
    );
    expect(blank.cells.filter((c) => c.col === 2 && c.row > 3 && c.value !== null)).toHaveLength(DETAIL_ROWS.length);
    expect(blank.cells.filter((c) => c.col === 1 && c.row > 3 && c.value !== null)).toEqual([]);
  });
});

describe("a sheet a person edited", () => {
  /**
   * Another name, the header moved to B3, blank rows, labels written their own way, the date
   * typed as a date (Excel stores its serial), the number as a number, recipients in one cell and
   * in a row below without a label.
   */
  function edited(date1904 = false): Grid {
    const g = gridFromValues("Văn bản", [
      ["Báo cáo chuyển đổi số"],
      [],
      [null, "THÔNG TIN", "Nội dung cần điền", "Ghi chú"],
      [null, "Cơ quan", "Ủy ban nhân dân phường Nghĩa Lộ"],
      [],
      [null, "Số ký hiệu", 125],
      [null, "Ngày", date1904 ? 43813 : 45275],
      [null, "Họ và tên người ký", "  Nguyễn   Văn A "],
      [null, "Chức vụ", "Phó Chủ tịch"],
      [null, "Thẩm quyền ký", "kt."],
      [null, "Nơi nhận:", "- Sở Khoa học và Công nghệ (b/c);\n- UBND tỉnh Quảng Ngãi (b/c);"],
      [null, null, "Đảng ủy phường"],
      [],
      [null, "Đơn vị soạn thảo", "VHXH"],
      [null, "Ghi chú khác", "không đọc"],
    ]);
    if (date1904) g.date1904 = true;
    return g;
  }

  test.each([false, true])("is found by its header and read (1904 dates: %s)", (date1904) => {
    const g = edited(date1904);
    expect(isDetailsSheet(g)).toBe(true);
    expect(readDetailsSheet(g)).toEqual({
      issuingBody: "Ủy ban nhân dân phường Nghĩa Lộ",
      documentNumber: "125",
      date: "15/12/2023",
      signer: "Nguyễn Văn A",
      signerTitle: "Phó Chủ tịch",
      authority: "KT",
      recipients: ["Sở Khoa học và Công nghệ (b/c)", "UBND tỉnh Quảng Ngãi (b/c)", "Đảng ủy phường"],
      draftingUnit: "VHXH",
    });
  });

  test("drafted from: the header, the date line and the signature come from it", () => {
    const grids = [...templateGrids().filter((x) => x.name !== DETAILS_SHEET), edited()];
    const { model } = checkWorkbook(grids);
    expect(model.details?.map((d) => d.name)).toEqual(["Văn bản"]);
    expect(resolveMeta(model)).toMatchObject({
      agencyLines: ["ỦY BAN NHÂN DÂN", "PHƯỜNG NGHĨA LỘ"],
      documentNumber: "Số: 125/BC-UBND",
      dateLine: "Nghĩa Lộ, ngày 15 tháng 12 năm 2023",
      signerTitleLines: ["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"],
      signer: "Nguyễn Văn A",
      recipients: ["Sở Khoa học và Công nghệ (b/c);", "UBND tỉnh Quảng Ngãi (b/c);", "Đảng ủy phường;", "Lưu: VT, VHXH."],
      missing: [],
    });
  });

  test("authority words: TM / Thay mặt, KT / Ký thay, 'Không' for the head; anything else ignored", () => {
    const read = (v: string) => readDetailsSheet(gridFromValues(DETAILS_SHEET, [["Thẩm quyền ký", v]])).authority;
    expect([read("TM"), read("Thay mặt"), read("KT."), read("Ký thay"), read("Không"), read("??")]).toEqual([
      "TM",
      "TM",
      "KT",
      "KT",
      "",
      undefined,
    ]);
  });
});

describe("what is not a details sheet", () => {
  test("the example's tables, and a table that has 'Nội dung' but names no detail", () => {
    for (const g of templateGrids().filter((x) => x.name !== DETAILS_SHEET)) expect(isDetailsSheet(g)).toBe(false);
    const table = gridFromValues("Bảng", [
      ["Thông tin", "Nội dung", "Kinh phí"],
      ["Người ký", "x", 1],
    ]);
    expect(isDetailsSheet(table)).toBe(false);
  });

  test("a sheet named 'Thông tin văn bản' is one, whatever it holds", () => {
    expect(isDetailsSheet(gridFromValues("Thông tin văn bản", [["Người ký", "Nguyễn Văn A"]]))).toBe(true);
    expect(readDetailsSheet(gridFromValues("THÔNG TIN VĂN BẢN", [["Người ký", "Nguyễn Văn A"]]))).toEqual({
      signer: "Nguyễn Văn A",
    });
  });
});

describe("the checker leaves it alone", () => {
  test("the example: no finding on it, its coverage 'details', the four tables as before", () => {
    const { report, model } = checkWorkbook(templateGrids());
    expect(report.findings).toEqual([]);
    expect(model.tables.map((t) => t.sheet)).toEqual(["Phụ lục I", "Phụ lục II", "Số liệu", "Chỉ tiêu 2024"]);
    expect(report.summary.sheetCoverage?.at(-1)).toEqual({
      sheet: DETAILS_SHEET,
      status: "details",
      tables: 0,
      numericCells: 0,
      checkedCells: 0,
    });
  });

  test("numbers typed into it (a date, a number) are neither checked nor reported NOT_CHECKED", () => {
    const sheet = gridFromSpec(detailsSheetSpec({}));
    const values = [45275, 125, 7, 8, 9, 10, 11];
    values.forEach((v, i) => ((sheet.rows[4 + i] ??= [])[1] = { value: v }));
    const { report } = checkWorkbook([...templateGrids().filter((g) => g.name !== DETAILS_SHEET), sheet]);
    expect(report.findings.filter((f) => f.sheet === DETAILS_SHEET)).toEqual([]);
    expect(report.findings.map((f) => f.code)).not.toContain("NOT_CHECKED");
    expect(report.summary.sheetCoverage?.find((s) => s.sheet === DETAILS_SHEET)?.status).toBe("details");
  });
});
