/**
 * The example template workbook: the Đức Phổ 2023 report's tables as SheetSpecs (pure data).
 *
 * Layout (1-based Excel rows):
 * - "Phụ lục I":    rows 1–4 titles, row 5 header (A TT | B Nội dung | C Kết quả, tiến độ | D Kinh phí
 *                   | E Ghi chú), row 6 group "Từ năm 2021-2022" (D6 =SUM(D7:D11)), rows 7–11 items,
 *                   row 12 group "Năm 2023" (D12 =SUM(D13:D17)), rows 13–17 items, row 18 "Tổng cộng"
 *                   (D18 =D6+D12).
 * - "Phụ lục II":   rows 1–4 titles, rows 5–6 two-row header (A STT | B Nội dung nhiệm vụ | C Đơn vị chủ
 *                   trì | D Diễn giải | E Kinh phí | F Nguồn vốn | G Thời gian), then per group I–V a group
 *                   row (E =SUM of its items) and its items, last row "Tổng cộng:" (A:D merged, E = sum of
 *                   the group rows).
 * - "Số liệu":      rows 1–2 titles, row 5 header (A TT | B Chỉ số | C Tử số | D Mẫu số | E Tỷ lệ (%) |
 *                   F Ghi chú), figure rows from row 6.
 * - "Chỉ tiêu 2024": rows 1–2 titles, row 5 header (A TT | B Nhóm | C Chỉ tiêu | D Mục tiêu | E Đơn vị |
 *                   F Thực hiện), one row per target from row 6.
 * - "Thông tin văn bản": the document's own details (src/core/draft/detailsSheet.ts), row 4 header
 *                   (A Thông tin | B Nội dung | C Ghi chú / ví dụ), one row a detail from row 5.
 */
import { decSum, decToNumber, decimalsOf } from "../number/decimal";
import type { CellValue, Rect } from "../grid/grid";
import { toA1 } from "../grid/address";
import type { SheetSpec, SpecCell } from "../grid/spec";
import { detailsSheetSpec } from "../draft/detailsSheet";
import type { DocumentDetails } from "../draft/types";
import {
  appendixI,
  appendixII,
  figures,
  figuresSubtitle,
  figuresTitle,
  reportMeta,
  targetGroupLabel,
  targets,
  targetsSubtitle,
  targetsTitle,
  type FigureRow,
} from "./reportData";

const TEMPLATE_FONT = { name: "Times New Roman", size: 13 } as const;

export const SHEET_APPENDIX_I = "Phụ lục I";
export const SHEET_APPENDIX_II = "Phụ lục II";
export const SHEET_FIGURES = "Số liệu";
export const SHEET_TARGETS = "Chỉ tiêu 2024";

/* ------------------------------------------------------------------------------------------ */
/* Small helpers                                                                              */
/* ------------------------------------------------------------------------------------------ */

type Style = Omit<SpecCell, "row" | "col" | "value" | "formula">;

const FORMULA_LIKE = /^[=+\-@]/;

/** Exact decimal sum (6100 + 92.46 + ... is exactly 6992.46), as a double. */
function exactSum(values: number[]): number {
  return decToNumber(decSum(values));
}

/** "#,##0" for whole numbers, "#,##0.00" for numbers with decimals. */
function amountFormat(n: number): string {
  return decimalsOf(n) === 0 ? "#,##0" : "#,##0.00";
}

class SheetBuilder {
  readonly cells: SpecCell[] = [];
  readonly merges: Rect[] = [];
  private readonly values = new Map<string, CellValue>();

  put(row: number, col: number, value: CellValue, style: Style = {}, formula?: string): SpecCell {
    const cell: SpecCell = { row, col, value, ...style };
    if (formula !== undefined) cell.formula = formula;
    if (typeof value === "string" && formula === undefined && FORMULA_LIKE.test(value)) cell.forceText = true;
    this.cells.push(cell);
    this.values.set(toA1(row, col), value);
    return cell;
  }

  /** A formula cell: its value is supplied by the caller (computed from the data). */
  formula(row: number, col: number, formula: string, value: number, style: Style = {}): SpecCell {
    return this.put(row, col, value, style, formula);
  }

  merge(top: number, left: number, bottom: number, right: number): void {
    this.merges.push({ top, left, bottom, right });
  }

  /** A title line merged across columns 0..lastCol. */
  title(row: number, lastCol: number, text: string, style: Style): void {
    this.put(row, 0, text, { wrap: false, ...style });
    this.merge(row, 0, row, lastCol);
  }

  /** Empty bordered cells for the covered part of a merged area inside the table. */
  coverMerged(top: number, left: number, bottom: number, right: number, style: Style): void {
    for (let r = top; r <= bottom; r++) {
      for (let c = left; c <= right; c++) {
        if (r === top && c === left) continue;
        this.put(r, c, null, style);
      }
    }
  }
}

const HEADER: Style = { bold: true, align: "center", verticalAlign: "middle", wrap: true, border: true };
const TEXT: Style = { wrap: true, border: true, verticalAlign: "middle", align: "left" };
const CENTER: Style = { wrap: true, border: true, verticalAlign: "middle", align: "center" };
const AMOUNT: Style = { border: true, verticalAlign: "middle", align: "right" };
const EMPTY: Style = { border: true, verticalAlign: "middle" };

function amountStyle(n: number, extra: Style = {}): Style {
  return { ...AMOUNT, numberFormat: amountFormat(n), ...extra };
}

/** Year-like or code-like text kept as text ("2021", "1.1"). */
function textNumber(extra: Style = {}): Style {
  return { ...CENTER, numberFormat: "@", ...extra };
}

/* ------------------------------------------------------------------------------------------ */
/* Phụ lục I                                                                                  */
/* ------------------------------------------------------------------------------------------ */

function appendixISheet(): SheetSpec {
  const b = new SheetBuilder();
  const last = 4; // column E
  b.title(0, last, appendixI.label, { bold: true, align: "center" });
  // The long title does not fit one A4-landscape line at 13 pt bold: one point smaller.
  b.title(1, last, appendixI.title, { bold: true, align: "center", size: 12 });
  b.title(2, last, appendixI.issuedWith, { italic: true, align: "center" });
  b.title(3, last, appendixI.unitLine, { italic: true, align: "right" });

  const header = ["TT", "Nội dung/Nhiệm vụ/Dự án", "Kết quả, tiến độ thực hiện", "Kinh phí", "Ghi chú"];
  header.forEach((h, c) => b.put(4, c, h, HEADER));

  let row = 5;
  const groupRows: number[] = [];
  const groupValues: number[] = [];
  for (const g of appendixI.groups) {
    const groupRow = row;
    const first = groupRow + 1;
    const lastItem = groupRow + g.items.length;
    const sum = exactSum(g.items.map((i) => i.amount));
    b.put(groupRow, 0, null, EMPTY);
    b.put(groupRow, 1, g.label, { ...TEXT, bold: true });
    b.put(groupRow, 2, null, EMPTY);
    b.formula(groupRow, 3, `=SUM(${toA1(first, 3)}:${toA1(lastItem, 3)})`, sum, amountStyle(sum, { bold: true }));
    b.put(groupRow, 4, null, EMPTY);
    groupRows.push(groupRow);
    groupValues.push(sum);
    row++;
    for (const it of g.items) {
      b.put(row, 0, it.tt, CENTER);
      b.put(row, 1, it.content, TEXT);
      b.put(row, 2, it.progress, textNumber());
      b.put(row, 3, it.amount, amountStyle(it.amount));
      b.put(row, 4, it.note, TEXT);
      row++;
    }
  }
  const total = exactSum(groupValues);
  b.put(row, 0, null, EMPTY);
  b.put(row, 1, appendixI.totalLabel, { ...TEXT, bold: true, align: "center" });
  b.put(row, 2, null, EMPTY);
  b.formula(row, 3, "=" + groupRows.map((r) => toA1(r, 3)).join("+"), total, amountStyle(total, { bold: true }));
  b.put(row, 4, null, EMPTY);

  return {
    name: SHEET_APPENDIX_I,
    columnWidths: [6, 56, 16, 14, 46],
    cells: b.cells,
    merges: b.merges,
    font: { ...TEMPLATE_FONT },
    printTitleRows: { first: 4, last: 4 },
    page: { orientation: "landscape", paperSize: "A4" },
  };
}

/* ------------------------------------------------------------------------------------------ */
/* Phụ lục II                                                                                 */
/* ------------------------------------------------------------------------------------------ */

function appendixIISheet(): SheetSpec {
  const b = new SheetBuilder();
  const last = 6; // column G
  b.title(0, last, appendixII.label, { bold: true, align: "center" });
  b.title(1, last, appendixII.title, { bold: true, align: "center" });
  b.title(2, last, appendixII.issuedWith, { italic: true, align: "center" });
  b.title(3, last, appendixII.unitLine, { italic: true, align: "right" });

  // Two-row header: rows 5–6 (0-based 4–5).
  const vertical: [number, string][] = [
    [0, "STT"],
    [1, "Nội dung nhiệm vụ"],
    [2, "Đơn vị chủ trì"],
    [3, "Diễn giải"],
    [6, "Thời gian thực hiện"],
  ];
  for (const [c, h] of vertical) {
    b.put(4, c, h, HEADER);
    b.coverMerged(4, c, 5, c, HEADER);
    b.merge(4, c, 5, c);
  }
  b.put(4, 4, "Kinh phí và nguồn vốn", HEADER);
  b.coverMerged(4, 4, 4, 5, HEADER);
  b.merge(4, 4, 4, 5);
  b.put(5, 4, "Kinh phí", HEADER);
  b.put(5, 5, "Nguồn vốn", HEADER);

  let row = 6;
  const groupRows: number[] = [];
  const groupValues: number[] = [];
  for (const g of appendixII.groups) {
    const groupRow = row;
    const sum = exactSum(g.items.map((i) => i.amount));
    b.put(groupRow, 0, g.stt, { ...CENTER, bold: true });
    b.put(groupRow, 1, g.title, { ...TEXT, bold: true });
    b.put(groupRow, 2, null, EMPTY);
    b.put(groupRow, 3, null, EMPTY);
    b.formula(
      groupRow,
      4,
      `=SUM(${toA1(groupRow + 1, 4)}:${toA1(groupRow + g.items.length, 4)})`,
      sum,
      amountStyle(sum, { bold: true }),
    );
    b.put(groupRow, 5, null, EMPTY);
    b.put(groupRow, 6, null, EMPTY);
    groupRows.push(groupRow);
    groupValues.push(sum);
    row++;
    for (const it of g.items) {
      b.put(row, 0, it.stt, CENTER);
      b.put(row, 1, it.content, TEXT);
      b.put(row, 2, it.leadUnit, TEXT);
      b.put(row, 3, it.description, TEXT);
      b.put(row, 4, it.amount, amountStyle(it.amount));
      b.put(row, 5, it.fundingSource, TEXT);
      b.put(row, 6, it.period, textNumber());
      row++;
    }
  }
  const total = exactSum(groupValues);
  b.put(row, 0, appendixII.totalLabel, { ...CENTER, bold: true });
  b.coverMerged(row, 0, row, 3, EMPTY);
  b.merge(row, 0, row, 3);
  b.formula(row, 4, "=" + groupRows.map((r) => toA1(r, 4)).join("+"), total, amountStyle(total, { bold: true }));
  b.put(row, 5, null, EMPTY);
  b.put(row, 6, null, EMPTY);

  return {
    name: SHEET_APPENDIX_II,
    columnWidths: [6, 32, 24, 38, 11, 16, 11],
    cells: b.cells,
    merges: b.merges,
    font: { ...TEMPLATE_FONT },
    printTitleRows: { first: 4, last: 5 },
    page: { orientation: "landscape", paperSize: "A4" },
  };
}

/* ------------------------------------------------------------------------------------------ */
/* Số liệu                                                                                    */
/* ------------------------------------------------------------------------------------------ */

function rateFormat(decimals: number): string {
  return decimals <= 0 ? "0" : "0." + "0".repeat(decimals);
}

function figuresSheet(): SheetSpec {
  const b = new SheetBuilder();
  const last = 5; // column F
  b.title(0, last, figuresTitle, { bold: true, align: "center" });
  b.title(1, last, figuresSubtitle, { italic: true, align: "center" });

  const header = ["TT", "Chỉ số", "Tử số", "Mẫu số", "Tỷ lệ (%)", "Ghi chú"];
  header.forEach((h, c) => b.put(4, c, h, HEADER));

  const C = 2;
  const D = 3;
  const E = 4;
  let row = 5;

  /** Writes a row; parent Tử số / Mẫu số are sums of the parts' cells. Returns its numbers. */
  const writeRow = (f: FigureRow, isPart: boolean, partRows?: number[], parts?: FigureRow[]) => {
    const r = row++;
    const isParent = !isPart && !!parts?.length;
    b.put(r, 0, f.tt, textNumber({ bold: isParent }));
    b.put(r, 1, f.indicator, { ...TEXT, bold: isParent });
    let num: number | undefined;
    let den: number | undefined;
    if (partRows && parts && parts.length > 0) {
      if (parts.every((p) => p.numerator !== undefined)) {
        num = exactSum(parts.map((p) => p.numerator as number));
        b.formula(r, C, "=" + partRows.map((pr) => toA1(pr, C)).join("+"), num, amountStyle(num));
      }
      if (parts.every((p) => p.denominator !== undefined)) {
        den = exactSum(parts.map((p) => p.denominator as number));
        b.formula(r, D, "=" + partRows.map((pr) => toA1(pr, D)).join("+"), den, amountStyle(den));
      }
    } else {
      num = f.numerator;
      den = f.denominator;
      if (num !== undefined) b.put(r, C, num, amountStyle(num));
      if (den !== undefined) b.put(r, D, den, amountStyle(den));
    }
    if (num === undefined) b.put(r, C, null, EMPTY);
    if (den === undefined) b.put(r, D, null, EMPTY);

    if (num !== undefined && den !== undefined && den !== 0) {
      const decimals = f.rateDecimals ?? 2;
      b.formula(r, E, `=${toA1(r, C)}/${toA1(r, D)}*100`, (num / den) * 100, {
        ...AMOUNT,
        numberFormat: rateFormat(decimals),
      });
    } else if (f.rate !== undefined) {
      b.put(r, E, f.rate, { ...AMOUNT, numberFormat: rateFormat(f.rateDecimals ?? decimalsOf(f.rate)) });
    } else {
      b.put(r, E, null, EMPTY);
    }
    b.put(r, 5, f.note ?? null, f.note ? TEXT : EMPTY);
    return r;
  };

  for (const f of figures) {
    const parts = f.parts ?? [];
    const parentRow = row;
    const partRows = parts.map((_, i) => parentRow + 1 + i);
    writeRow(f, false, partRows, parts);
    for (const p of parts) writeRow(p, true);
  }

  return {
    name: SHEET_FIGURES,
    columnWidths: [6, 40, 16, 10, 9, 12],
    cells: b.cells,
    merges: b.merges,
    font: { ...TEMPLATE_FONT },
    printTitleRows: { first: 4, last: 4 },
    page: { orientation: "portrait", paperSize: "A4" },
  };
}

/* ------------------------------------------------------------------------------------------ */
/* Chỉ tiêu 2024                                                                              */
/* ------------------------------------------------------------------------------------------ */

function targetsSheet(): SheetSpec {
  const b = new SheetBuilder();
  const last = 5; // column F
  b.title(0, last, targetsTitle, { bold: true, align: "center" });
  b.title(1, last, targetsSubtitle, { italic: true, align: "center" });

  const header = ["TT", "Nhóm", "Chỉ tiêu", "Mục tiêu", "Đơn vị", "Thực hiện"];
  header.forEach((h, c) => b.put(4, c, h, HEADER));

  let row = 5;
  targets.forEach((t, i) => {
    b.put(row, 0, i + 1, CENTER);
    b.put(row, 1, targetGroupLabel(t), TEXT);
    b.put(row, 2, t.indicator, TEXT);
    b.put(row, 3, t.target === "" ? null : t.target, textNumber());
    b.put(row, 4, t.unit === "" ? null : t.unit, CENTER);
    b.put(row, 5, null, EMPTY);
    row++;
  });

  return {
    name: SHEET_TARGETS,
    columnWidths: [5, 30, 58, 16, 8, 14],
    cells: b.cells,
    merges: b.merges,
    font: { ...TEMPLATE_FONT },
    printTitleRows: { first: 4, last: 4 },
    page: { orientation: "landscape", paperSize: "A4" },
  };
}

/* ------------------------------------------------------------------------------------------ */
/* Thông tin văn bản                                                                          */
/* ------------------------------------------------------------------------------------------ */

/**
 * The example's own details: the report's (reportMeta), with the recipients of today — the report
 * went to Sở Thông tin và Truyền thông, merged into Sở Khoa học và Công nghệ on 1 March 2025 — each
 * without its ";", and "Lưu: VT." left to the drafter, which adds it with the drafting unit. The report was copied before
 * it was numbered and dated: the number and date here are examples, to be replaced at issue.
 */
export const EXAMPLE_DETAILS: DocumentDetails = {
  issuingBody: reportMeta.agencyShort,
  documentNumber: "125/BC-UBND",
  place: reportMeta.place,
  date: "15/12/2023",
  signer: reportMeta.signer,
  signerTitle: "Phó Chủ tịch",
  authority: "KT",
  recipients: [
    `Sở Khoa học và Công nghệ tỉnh ${reportMeta.province} (b/c)`,
    ...reportMeta.recipients
      .slice(1)
      .filter((r) => !/^Lưu/u.test(r))
      .map((r) => r.replace(/;$/u, "")),
  ],
  draftingUnit: "VHTT",
};

function detailsSheet(): SheetSpec {
  return { ...detailsSheetSpec(EXAMPLE_DETAILS), font: { ...TEMPLATE_FONT } };
}

/** The template workbook filled with the Đức Phổ 2023 example: four sheets of tables and the document's details. */
export function exampleTemplate(): SheetSpec[] {
  return [appendixISheet(), appendixIISheet(), figuresSheet(), targetsSheet(), detailsSheet()];
}
