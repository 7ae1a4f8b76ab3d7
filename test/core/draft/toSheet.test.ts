/**
 * The Bản thảo sheets of the example's draft: the main sheet laid out as the signed report (the
 * two-column header, the closing, Nơi nhận and the signature), one landscape sheet per appendix,
 * red cells where a number failed its check, rows as tall as their text.
 */
import { appendixCaption, MOTTO, NATIONAL_TITLE, RECIPIENTS_LABEL } from "../../../src/core/draft/decree30";
import { draftReport } from "../../../src/core/draft/draft";
import { draftToSheets } from "../../../src/core/draft/toSheet";
import type { Block, Draft, TableBlock } from "../../../src/core/draft/types";
import { checkWorkbook } from "../../../src/core/engine";
import { gridFromSpec } from "../../../src/core/grid/fromSpec";
import type { Grid } from "../../../src/core/grid/grid";
import type { SheetSpec, SpecCell } from "../../../src/core/grid/spec";
import { textWidthPt as textWidth } from "../../../src/core/text/fontMetrics";
import { isDraftSheet } from "../../../src/core/tables/recognize";
import { exampleTemplate } from "../../../src/core/template/example";
import { applyOverrides } from "../../../testkit/reportGrids";

// Without its "Thông tin văn bản" sheet: the details the draft leaves blank (defaults, no signer).
const example = () =>
  exampleTemplate()
    .filter((s) => s.name !== "Thông tin văn bản")
    .map(gridFromSpec);

function draftOf(grids: Grid[]): Draft {
  const { model, report } = checkWorkbook(grids);
  return draftReport(model, report);
}

/** The cell at (row, col), if the spec writes one. */
const at = (s: SheetSpec, row: number, col: number): SpecCell | undefined => s.cells.find((c) => c.row === row && c.col === col);
/** The cell holding exactly this text. */
function holding(s: SheetSpec, text: string): SpecCell {
  const c = s.cells.find((x) => x.value === text);
  if (!c) throw new Error(`no cell holds ${JSON.stringify(text)}`);
  return c;
}
/** The merged area starting at a cell, as [left, right] columns (a single cell when none). */
function spanOf(s: SheetSpec, c: SpecCell): [number, number] {
  const m = s.merges.find((x) => x.top === c.row && x.left === c.col);
  return m ? [m.left, m.right] : [c.col, c.col];
}

describe("the main sheet of the example's draft", () => {
  const draft = draftOf(example());
  const m = draft.meta;
  const sheets = draftToSheets(draft);
  const main = sheets[0];

  test("one sheet for the report, one per appendix, named after it", () => {
    expect(sheets.map((s) => s.name)).toEqual(["Bản thảo", "Bản thảo - Phụ lục I", "Bản thảo - Phụ lục II"]);
    expect(draftToSheets(draft, "Bản thảo (2)").map((s) => s.name)).toEqual([
      "Bản thảo (2)",
      "Bản thảo (2) - Phụ lục I",
      "Bản thảo (2) - Phụ lục II",
    ]);
  });

  test("six columns, Times New Roman 14, A4 portrait one page wide, no manual breaks", () => {
    expect(main.columnWidths).toEqual([6, 30, 18, 11, 14, 9]);
    expect(main.font).toEqual({ name: "Times New Roman", size: 14 });
    expect(main.page).toEqual({ orientation: "portrait", paperSize: "A4", fitToWidth: true });
    expect(main.rowBreaks).toBeUndefined();
  });

  test("the header in two columns: the agency in A:B, quốc hiệu and tiêu ngữ in C:F, Số and the date on one row", () => {
    const [first, second] = m.agencyLines;
    expect(m.agencyLines).toEqual(["ỦY BAN NHÂN DÂN", "THỊ XÃ ĐỨC PHỔ"]);
    const a1 = holding(main, first);
    const a2 = holding(main, second);
    expect([a1.row, a1.col, a2.row, a2.col]).toEqual([0, 0, 1, 0]);
    for (const c of [a1, a2]) {
      expect(c).toMatchObject({ bold: true, align: "center" });
      expect(spanOf(main, c)).toEqual([0, 1]);
    }
    // Without a governing body, quốc hiệu is on the agency's first row, tiêu ngữ on its second.
    expect(at(main, 0, 2)).toMatchObject({ value: NATIONAL_TITLE, bold: true, align: "center" });
    expect(at(main, 1, 2)).toMatchObject({ value: MOTTO, bold: true, underline: true, align: "center" });
    expect(spanOf(main, at(main, 0, 2)!)).toEqual([2, 5]);

    // The short line under the agency: a third to a half of its widest line.
    const rule = at(main, 2, 0)!;
    expect(rule.value).toMatch(/^─+$/);
    expect(rule.align).toBe("center");
    const share = textWidth(rule.value as string, 13) / textWidth(first, 13, true);
    expect(share).toBeGreaterThanOrEqual(1 / 3);
    expect(share).toBeLessThanOrEqual(1 / 2);

    const number = holding(main, m.documentNumber);
    expect(number.value).toMatch(/^Số:/);
    expect(number.col).toBe(0);
    expect(at(main, number.row, 2)).toMatchObject({ value: m.dateLine, italic: true, align: "center" });
    expect(m.dateLine).toMatch(/^Đức Phổ, ngày/);
  });

  test("a governing body goes above the agency, not bold, on quốc hiệu's row", () => {
    const d = { ...draft, meta: { ...m, parentAgency: "UBND TỈNH QUẢNG NGÃI" } };
    const s = draftToSheets(d)[0];
    expect(at(s, 0, 0)).toMatchObject({ value: "UBND TỈNH QUẢNG NGÃI", align: "center" });
    expect(at(s, 0, 0)!.bold).toBeUndefined();
    expect(at(s, 0, 2)!.value).toBe(NATIONAL_TITLE);
    expect(at(s, 1, 0)).toMatchObject({ value: "ỦY BAN NHÂN DÂN", bold: true });
    expect(at(s, 1, 2)!.value).toBe(MOTTO);
    expect(at(s, 3, 0)!.value).toMatch(/^─+$/);
    expect(at(s, 4, 0)!.value).toBe(m.documentNumber);
    expect(at(s, 4, 2)!.value).toBe(m.dateLine);
  });

  test("BÁO CÁO, the title and the line under it, then the body one block a row across A:F", () => {
    const kind = holding(main, "BÁO CÁO");
    expect(kind).toMatchObject({ bold: true, align: "center" });
    expect(at(main, kind.row + 1, 0)).toMatchObject({ value: m.title, bold: true, align: "center" });
    const rule = at(main, kind.row + 2, 0)!;
    expect(rule.value).toMatch(/^─+$/);
    const share = textWidth(rule.value as string, 14) / textWidth(m.title, 14, true);
    expect(share).toBeGreaterThanOrEqual(1 / 3);
    expect(share).toBeLessThanOrEqual(1 / 2);
    for (const b of draft.body) {
      if (b.kind === "table") continue;
      const c = holding(main, b.text);
      expect(spanOf(main, c)).toEqual([0, 5]);
      expect(c.row).toBeGreaterThan(rule.row);
    }
    // Bullets stay text.
    const bullet = draft.body.find((b): b is Extract<Block, { kind: "bullet" }> => b.kind === "bullet")!;
    expect(holding(main, bullet.text).forceText).toBe(true);
    expect(main.cells.some((c) => c.value === "(Chi tiết theo Phụ lục I đính kèm).")).toBe(true);
  });

  test("after the body: the closing, then Nơi nhận beside the signature", () => {
    const lastBody = draft.body[draft.body.length - 1];
    const closing = holding(main, m.closing);
    expect(lastBody.kind).not.toBe("table");
    if (lastBody.kind !== "table") expect(closing.row).toBeGreaterThan(holding(main, lastBody.text).row);
    expect(m.closing).toBe("UBND thị xã Đức Phổ kính báo cáo./.");

    const label = holding(main, RECIPIENTS_LABEL);
    expect(label).toMatchObject({ col: 0, bold: true, italic: true, align: "left" });
    expect(label.row).toBeGreaterThan(closing.row);
    // The signer's authority on the label's row, the title under it, bold and centred in C:F.
    expect(at(main, label.row, 2)).toMatchObject({ value: "TM. ỦY BAN NHÂN DÂN", bold: true, align: "center" });
    expect(at(main, label.row + 1, 2)).toMatchObject({ value: "CHỦ TỊCH", bold: true, align: "center" });
    // The recipients in one cell under the label, each line with its dash, the last "Lưu: VT.".
    const list = at(main, label.row + 1, 0)!;
    expect(list.value).toBe("- Sở Khoa học và Công nghệ (b/c);\n- Lưu: VT.");
    expect(list.size).toBe(11);
    const merge = main.merges.find((x) => x.top === list.row && x.left === 0)!;
    expect(merge).toMatchObject({ right: 1 });
    expect(merge.bottom).toBeGreaterThan(list.row);
  });

  test("the signer's name under room to sign and stamp (about 3 cm)", () => {
    const d = { ...draft, meta: { ...m, signer: "Võ Thanh Hùng" } };
    const s = draftToSheets(d)[0];
    const name = holding(s, "Võ Thanh Hùng");
    expect(name).toMatchObject({ col: 2, bold: true, align: "center" });
    const title = holding(s, "CHỦ TỊCH");
    let room = 0;
    for (let r = title.row + 1; r < name.row; r++) room += s.rowHeights![r];
    expect(room).toBeGreaterThanOrEqual(80);
    // No name given: the row is there, empty (the draft reports the missing signer).
    expect(main.cells.some((c) => c.row > holding(main, "CHỦ TỊCH").row && c.col === 2)).toBe(false);
  });

  test("rows fit their text: the longest paragraphs get every line they need, and not many more", () => {
    const room = 88 * 5.25 - 5;
    const longest = draft.body
      .flatMap((b) => (b.kind === "table" ? [] : [b.text]))
      .sort((a, b) => b.length - a.length)
      .slice(0, 5);
    expect(longest[0].length).toBeGreaterThan(400);
    for (const text of longest) {
      const c = holding(main, text);
      // A generous average: 0.45 em a character (the example's text averages 0.41–0.45).
      const lines = Math.ceil((text.length * 0.45 * 14) / room);
      const height = main.rowHeights![c.row];
      expect(height).toBeGreaterThanOrEqual(lines * 18);
      expect(height).toBeLessThanOrEqual((lines + 2) * 19 + 4);
    }
    // Every row has a height.
    const rows = Math.max(...main.cells.map((c) => c.row));
    for (let r = 0; r <= rows; r++) expect(main.rowHeights![r]).toBeGreaterThan(0);
  });
});

describe("the appendix sheets", () => {
  const draft = draftOf(example());
  const [, pl1, pl2] = draftToSheets(draft);
  const table = (i: number) => draft.appendices[i].find((b): b is TableBlock => b.kind === "table")!;

  test.each([
    [1, "PHỤ LỤC I"],
    [2, "PHỤ LỤC II"],
  ])("Phụ lục %i: landscape A4, one page wide, the header row repeated, label and caption centred", (n, label) => {
    const s = n === 1 ? pl1 : pl2;
    const t = table(n - 1);
    expect(s.page).toEqual({ orientation: "landscape", paperSize: "A4", fitToWidth: true });
    expect(s.columnWidths).toHaveLength(t.header.length);
    const total = s.columnWidths.reduce((a, b) => a + b, 0);
    expect(total).toBeGreaterThan(125);
    expect(total).toBeLessThan(145);

    const all: [number, number] = [0, t.header.length - 1];
    expect(at(s, 0, 0)).toMatchObject({ value: label, bold: true, align: "center" });
    expect(spanOf(s, at(s, 0, 0)!)).toEqual(all);
    expect(at(s, 1, 0)).toMatchObject({ value: t.title, bold: true, align: "center" });
    expect(at(s, 2, 0)).toMatchObject({ value: appendixCaption(draft.meta), italic: true, align: "center" });
    expect(appendixCaption(draft.meta)).toMatch(/^\(Kèm theo Báo cáo số .*của UBND thị xã Đức Phổ\)$/);
    expect(at(s, 3, 0)).toMatchObject({ value: "Đơn vị tính: triệu đồng", italic: true, align: "right" });

    const header = s.printTitleRows!;
    expect(header).toEqual({ first: 4, last: 4 });
    t.header.forEach((h, i) => expect(at(s, 4, i)).toMatchObject({ value: h, bold: true, border: true }));
    t.rows.forEach((row, r) => row.cells.forEach((v, i) => expect(at(s, 5 + r, i)!.value).toBe(v)));
    // Nothing red when every number checks out.
    expect(s.cells.some((c) => c.color)).toBe(false);
  });

  test("a number that failed its check: its cell in red and bold, the note under the table in red italics", () => {
    const grids = example();
    applyOverrides(grids[0], { D12: 1907 });
    const d = draftOf(grids);
    const [main, s] = draftToSheets(d);
    const red = s.cells.filter((c) => c.color === "C00000");
    const cell = red.find((c) => typeof c.value === "string" && c.value.startsWith("1.907"))!;
    expect(cell).toMatchObject({ bold: true, col: 3 });
    const t = d.appendices[0].find((b): b is TableBlock => b.kind === "table")!;
    const last = 4 + t.rows.length;
    const note = at(s, last + 1, 0)!;
    expect(note).toMatchObject({ italic: true, color: "C00000" });
    expect(note.value).toBe("[CHƯA KHỚP — kiểm tra Phụ lục I!D12]");
    // Other numbers stay black; the main sheet's paragraphs keep their inline marker as text.
    expect(at(s, 5, 3)!.color).toBeUndefined();
    expect(main.cells.some((c) => typeof c.value === "string" && c.value.includes("[CHƯA KHỚP — kiểm tra Phụ lục I!D12]"))).toBe(
      true,
    );
  });

  test("a cell the drafter flags (row.marked) is red even without a marker in its text", () => {
    const d = draftOf(example());
    const t = d.appendices[1].find((b): b is TableBlock => b.kind === "table")!;
    t.rows[1] = { ...t.rows[1], marked: t.rows[1].cells.map((_, i) => i === t.amountCol) };
    const s = draftToSheets(d)[2];
    expect(at(s, 6, t.amountCol)).toMatchObject({ value: t.rows[1].cells[t.amountCol], color: "C00000", bold: true });
    expect(s.cells.filter((c) => c.color)).toHaveLength(1);
  });
});

test("`baocao check` skips every Bản thảo sheet: the example with them written in checks as without", () => {
  const grids = example();
  const specs = [...draftToSheets(draftOf(grids)), ...draftToSheets(draftOf(grids), "Bản thảo (2)")];
  for (const s of specs) expect(isDraftSheet(s.name)).toBe(true);
  const alone = checkWorkbook(grids).report;
  const withDrafts = checkWorkbook([...grids, ...specs.map(gridFromSpec)]).report;
  expect(withDrafts.findings).toEqual(alone.findings);
  expect(withDrafts.summary.tables).toBe(alone.summary.tables);
  expect(withDrafts.summary.numericCells).toBe(alone.summary.numericCells);
});
