/** Workbooks for the hostile corpus: through ExcelJS (as a real generator writes them) and by hand. */
import ExcelJS from "exceljs";
import { strToU8 } from "fflate";
import { isCellError, type Cell, type CellValue, type Grid } from "../../src/core/grid/grid";
import { toA1 } from "../../src/core/grid/address";
import { rezip, zipItems, type ZipItem } from "./zip";

interface SheetOptions {
  state?: "visible" | "hidden" | "veryHidden";
}

export type SheetIn = Grid & SheetOptions;

function toExcel(v: CellValue): ExcelJS.CellValue {
  if (isCellError(v)) return { error: v.error } as ExcelJS.CellErrorValue;
  return v;
}

/** Grids → .xlsx bytes with ExcelJS: values, formulas (with or without a cached result), formats, merges, hidden rows and sheets. */
export async function excelJs(grids: SheetIn[]): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.creator = "make-hostile";
  wb.lastModifiedBy = "make-hostile";
  wb.created = wb.modified = new Date(0);
  for (const g of grids) {
    const state = g.state ?? (g.hidden ? "hidden" : undefined);
    const ws = wb.addWorksheet(g.name, state ? { state } : undefined);
    g.rows.forEach((row, r) => {
      row?.forEach((cell, c) => {
        if (!cell) return;
        const x = ws.getCell(r + 1, c + 1);
        if (cell.formula) {
          const f = { formula: cell.formula.replace(/^=/, "") } as ExcelJS.CellFormulaValue;
          if (cell.value !== null) f.result = toExcel(cell.value) as ExcelJS.CellFormulaValue["result"];
          x.value = f;
        } else if (cell.value !== null) x.value = toExcel(cell.value);
        if (cell.numberFormat) x.numFmt = cell.numberFormat;
      });
    });
    for (const m of g.merges ?? []) ws.mergeCells(m.top + 1, m.left + 1, m.bottom + 1, m.right + 1);
    for (const r of g.hiddenRows ?? []) ws.getRow(r + 1).hidden = true;
  }
  return rezip(new Uint8Array(await wb.xlsx.writeBuffer()));
}

// ---------------------------------------------------------------------------------------------
// Workbooks by hand (for what ExcelJS is too slow for)

function esc(s: string): string {
  return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

const NS_MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
export const NS_R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
export const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

/** styles.xml: xf 0 default, 1 "#,##0" amount, 2 "#,##0.00" amount, 3 bordered text (the formatted empty rows). */
const HAND_STYLES =
  XML_HEAD +
  `<styleSheet xmlns="${NS_MAIN}"><numFmts count="2"><numFmt numFmtId="164" formatCode="#,##0"/><numFmt numFmtId="165" formatCode="#,##0.00"/></numFmts>` +
  `<fonts count="1"><font><sz val="13"/><name val="Times New Roman"/></font></fonts>` +
  `<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>` +
  `<borders count="2"><border><left/><right/><top/><bottom/><diagonal/></border>` +
  `<border><left style="thin"/><right style="thin"/><top style="thin"/><bottom style="thin"/><diagonal/></border></borders>` +
  `<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>` +
  `<cellXfs count="4"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>` +
  `<xf numFmtId="164" fontId="0" fillId="0" borderId="1" xfId="0" applyNumberFormat="1" applyBorder="1"/>` +
  `<xf numFmtId="165" fontId="0" fillId="0" borderId="1" xfId="0" applyNumberFormat="1" applyBorder="1"/>` +
  `<xf numFmtId="0" fontId="0" fillId="0" borderId="1" xfId="0" applyBorder="1"><alignment wrapText="1"/></xf></cellXfs>` +
  `<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>`;

function styleOf(cell: Cell): number {
  if (cell.numberFormat === "#,##0") return 1;
  if (cell.numberFormat === "#,##0.00") return 2;
  return 0;
}

/** `<row>` elements of a grid (inline strings, numbers, formulas with their cached numbers). */
export function rowsXml(g: Grid): string {
  let out = "";
  g.rows.forEach((row, r) => {
    if (!row) return;
    let cells = "";
    row.forEach((cell, c) => {
      if (!cell) return;
      const ref = toA1(r, c);
      const s = styleOf(cell);
      const sAttr = s ? ` s="${s}"` : "";
      const f = cell.formula ? `<f>${esc(cell.formula.replace(/^=/, ""))}</f>` : "";
      const v = cell.value;
      if (typeof v === "string")
        cells += `<c r="${ref}"${sAttr} t="inlineStr"><is><t xml:space="preserve">${esc(v)}</t></is></c>`;
      else if (typeof v === "number") cells += `<c r="${ref}"${sAttr}>${f}<v>${v}</v></c>`;
      else if (f) cells += `<c r="${ref}"${sAttr}>${f}</c>`;
    });
    if (cells) out += `<row r="${r + 1}">${cells}</row>`;
  });
  return out;
}

/** A package written by hand: one or more sheets given as their `<sheetData>` content. */
export function handXlsx(sheets: { name: string; sheetData: string; cols?: string; merges?: string }[]): Uint8Array {
  const items: ZipItem[] = [];
  const over = sheets
    .map(
      (_, i) =>
        `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`,
    )
    .join("");
  items.push({
    name: "[Content_Types].xml",
    data: strToU8(
      XML_HEAD +
        `<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>` +
        `<Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>` +
        `${over}<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/></Types>`,
    ),
  });
  items.push({
    name: "_rels/.rels",
    data: strToU8(
      XML_HEAD +
        `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${NS_R}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    ),
  });
  items.push({
    name: "xl/workbook.xml",
    data: strToU8(
      XML_HEAD +
        `<workbook xmlns="${NS_MAIN}" xmlns:r="${NS_R}"><sheets>` +
        sheets.map((s, i) => `<sheet name="${esc(s.name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join("") +
        `</sheets></workbook>`,
    ),
  });
  items.push({
    name: "xl/_rels/workbook.xml.rels",
    data: strToU8(
      XML_HEAD +
        `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
        sheets
          .map((_, i) => `<Relationship Id="rId${i + 1}" Type="${NS_R}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`)
          .join("") +
        `<Relationship Id="rId${sheets.length + 1}" Type="${NS_R}/styles" Target="styles.xml"/></Relationships>`,
    ),
  });
  items.push({ name: "xl/styles.xml", data: strToU8(HAND_STYLES) });
  sheets.forEach((s, i) => {
    items.push({
      name: `xl/worksheets/sheet${i + 1}.xml`,
      data: strToU8(
        XML_HEAD +
          `<worksheet xmlns="${NS_MAIN}" xmlns:r="${NS_R}">${s.cols ?? ""}<sheetData>${s.sheetData}</sheetData>${s.merges ?? ""}</worksheet>`,
      ),
      level: 9,
    });
  });
  return zipItems(items);
}
