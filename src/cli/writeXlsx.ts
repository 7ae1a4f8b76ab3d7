/**
 * Writes SheetSpecs to a new workbook's .xlsx bytes (`baocao template`, `baocao tonghop`, the form
 * corpus): an empty workbook package (the four parts a workbook needs, no sheet yet) with the
 * sheets added by xlsx/addSheets.ts — the one writer of SheetSpecs, for new workbooks and for
 * sheets added to a user's workbook alike (sheetPart.ts: values, formulas with their results,
 * styles, widths, heights, merges, A4 page setup, print titles, row breaks).
 *
 * It builds strings and a ZIP, nothing more: a "Chi tiết" sheet of 1 000 communes × 2 columns is
 * written in a fraction of what a general workbook library needs in time and memory.
 */
import type { SheetSpec } from "../core/grid/spec";
import { addSheets } from "./xlsx/addSheets";
import { dosDateTime, newEntry, writeZip } from "./xlsx/zipWriter";

const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships";
const DECL = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n`;

/** A workbook package without sheets (Excel opens none such; addSheets gives it its sheets). */
function emptyWorkbook(when: number): Uint8Array {
  const utf8 = new TextEncoder();
  const part = (name: string, xml: string) => newEntry(name, utf8.encode(DECL + xml), when);
  return writeZip([
    part(
      "[Content_Types].xml",
      `<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
        `<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>` +
        `<Default Extension="xml" ContentType="application/xml"/>` +
        `<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>` +
        `</Types>`,
    ),
    part(
      "_rels/.rels",
      `<Relationships xmlns="${PKG_REL}"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    ),
    part(
      "xl/workbook.xml",
      `<workbook xmlns="${MAIN}" xmlns:r="${REL}"><bookViews><workbookView/></bookViews><sheets></sheets></workbook>`,
    ),
    part("xl/_rels/workbook.xml.rels", `<Relationships xmlns="${PKG_REL}"></Relationships>`),
  ]);
}

/** The sheets as the bytes of a new .xlsx workbook (`now`: the parts' date, default the current time). */
export async function writeXlsx(sheets: readonly SheetSpec[], now: Date = new Date()): Promise<Buffer> {
  const bytes = addSheets(emptyWorkbook(dosDateTime(now)), sheets, { now }).bytes;
  return Promise.resolve(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
}
