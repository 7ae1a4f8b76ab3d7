/**
 * Files that are small on disk and huge in memory, for the reader's memory budgets
 * (src/cli/xlsx/budget.ts) and its bounded small-part trees (xml.ts parseXml): every worksheet or
 * workbook part here passes the zip layer's byte and ratio limits (zip.ts) — the budgets are what
 * must stop them, or laziness what must make them cheap.
 */
import { Deflate, strToU8, unzipSync } from "fflate";
import { toA1 } from "../../src/core/grid/address";
import { crc32 } from "../../src/cli/xlsx/zip";
import { handXlsx, NS_R, rowsXml, XML_HEAD } from "./writers";
import { concat, zipItems } from "./zip";
import type { Grid } from "../../src/core/grid/grid";

const NS_MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

type Raw = { deflated: Uint8Array; size: number; crc: number };

/** A part deflated as it is produced (never held whole): `produce` calls `push` with its text, piece by piece. */
function streamed(produce: (push: (s: string) => void) => void): Raw {
  const chunks: Uint8Array[] = [];
  const d = new Deflate({ level: 9 }, (c) => chunks.push(c));
  let crc = 0;
  let size = 0;
  let buf = "";
  const flush = (final: boolean) => {
    const b = strToU8(buf);
    buf = "";
    crc = crc32(b, crc);
    size += b.length;
    d.push(b, final);
  };
  produce((s) => {
    buf += s;
    if (buf.length >= 1 << 20) flush(false);
  });
  flush(true);
  return { deflated: concat(chunks), size, crc };
}

/** A one-sheet package ("Phụ lục I", handXlsx) whose part `name` is replaced. */
function replacePart(name: string, data: { raw: Raw } | { data: Uint8Array }): Uint8Array {
  const files = unzipSync(handXlsx([{ name: "Phụ lục I", sheetData: "" }]));
  return zipItems(Object.entries(files).map(([n, d]) => (n === name ? { name, ...data } : { name: n, data: d })));
}

const SHEET_HEAD = `${XML_HEAD}<worksheet xmlns="${NS_MAIN}" xmlns:r="${NS_R}"><sheetData>`;
const SHEET_TAIL = `</sheetData></worksheet>`;

/**
 * 300 000 followers of one 8 KB shared formula (a sum of 1 600 cells): each follower's formula is
 * 8 KB once moved, 2.4 GB of text if every one were expanded when read. The followers carry no
 * result, ten to a row: 12 MB of sheet XML, ≈ 0.2 MB on disk.
 */
export function sharedFormula300k(): Uint8Array {
  const refs: string[] = [];
  let len = 0;
  for (let k = 20; len < 8192; k++) {
    const r = toA1(0, k);
    refs.push(r);
    len += r.length + 1;
  }
  const master = refs.join("+");
  const COLS = "ABCDEFGHIJ";
  const follower = (col: number, row: number) => `<c r="${COLS[col]}${row}"><f t="shared" si="0"/></c>`;
  const raw = streamed((push) => {
    push(SHEET_HEAD);
    let row = `<c r="A1"><f t="shared" ref="A1:J30000" si="0">${master}</f></c>`;
    for (let c = 1; c < 10; c++) row += follower(c, 1);
    push(`<row r="1">${row}</row>`);
    for (let r = 2; r <= 30000; r++) {
      row = "";
      for (let c = 0; c < 10; c++) row += follower(c, r);
      push(`<row r="${r}">${row}</row>`);
    }
    push(`<row r="30001">${follower(0, 30001)}</row>`);
    push(SHEET_TAIL);
  });
  return replacePart("xl/worksheets/sheet1.xml", { raw });
}

/**
 * 32 million cells `<c><v>1</v></c>`, 1 024 to a row (rows numbered, cells not): 512 MB of sheet
 * XML, just under the zip layer's 512 MiB entry limit and (the row numbers break the repetition)
 * under its 1000:1 ratio limit — as Grids, gigabytes.
 */
export function tinyCells32m(rows = 31250): Uint8Array {
  const cells = "<c><v>1</v></c>".repeat(1024);
  const raw = streamed((push) => {
    push(SHEET_HEAD);
    for (let r = 1; r <= rows; r++) push(`<row r="${r}">${cells}</row>`);
    push(SHEET_TAIL);
  });
  return replacePart("xl/worksheets/sheet1.xml", { raw });
}

/**
 * A workbook part bloated to just under 10 MiB (the size from which the ratio limit applies) by
 * `filler`, repeated inside `<workbook>` after `<sheets>`; the sheet is `grid`.
 */
export function bloatedWorkbook(grid: Grid, filler: (push: (s: string) => void) => void): Uint8Array {
  const raw = streamed((push) => {
    push(
      `${XML_HEAD}<workbook xmlns="${NS_MAIN}" xmlns:r="${NS_R}"><sheets><sheet name="${grid.name}" sheetId="1" r:id="rId1"/></sheets>`,
    );
    filler(push);
    push(`</workbook>`);
  });
  const files = unzipSync(handXlsx([{ name: grid.name, sheetData: rowsXml(grid) }]));
  return zipItems(Object.entries(files).map(([name, data]) => (name === "xl/workbook.xml" ? { name, raw } : { name, data })));
}

/** 10 MiB of workbook XML, within the ratio limit: `unit` repeated (with `close` after, if any) to fill it. */
export function fill(unit: string, close = ""): (push: (s: string) => void) => void {
  const n = Math.floor((10 * 1024 * 1024 - 4096) / (unit.length + close.length));
  return (push) => {
    for (let i = 0; i < n; i += 1000) push(unit.repeat(Math.min(1000, n - i)));
    if (close) for (let i = 0; i < n; i += 1000) push(close.repeat(Math.min(1000, n - i)));
  };
}
