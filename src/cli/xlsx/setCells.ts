/**
 * setCells: new values for some cells of an existing workbook package's worksheets, and nothing
 * else changed — what `baocao tonghop` writes the province's total with: the form's own file, every
 * style, width, border, print setting, image and formula kept, only its numbers replaced.
 *
 * Per edited cell (its `<c>` element, found by its address): the value replaced (a number, or
 * none), its style (`s`) and formula (`<f>`, shared or not, as written) kept, its type (`t`: a
 * shared string, an inline string) dropped with its old value. A cell the sheet does not have is
 * inserted in its row, in column order (a row the sheet does not have, in row order). Every other
 * byte of an edited sheet part, and every other part (copied as stored), stays as it was.
 *
 * Refused (a FormatError: the caller writes the workbook another way): a macro-enabled package
 * (its macros would travel into an .xlsx Excel will not open), a sheet not in the package, a part
 * too large for an in-memory edit, and a cell to insert into a row or a sheet whose cells or rows
 * have no address (their place is implicit, and an insertion would move them).
 *
 * Pure TypeScript (no Node APIs).
 */
import { fromA1, toA1 } from "../../core/grid/address";
import { FormatError } from "./errors";
import { openPackage } from "./package";
import { Edits, attrOf, childNamed, childrenNamed, scanElements, type XmlSpan } from "./xmlEdit";
import type { ZipLimits } from "./zip";
import { copiedEntry, newEntry, writeZip, type ZipOutEntry } from "./zipWriter";

/** Per sheet (by name): row × 16384 + col (0-based) → the new value, or null for an empty cell. */
export type CellEdits = ReadonlyMap<string, ReadonlyMap<number, number | null>>;

const COLS = 16384;

function refused(en: string, vi: string): FormatError {
  return new FormatError("corrupt", { vi, en });
}

/** A number as SpreadsheetML writes it (a non-finite one is no value). */
function numberText(v: number): string | undefined {
  return Number.isFinite(v) ? String(v) : undefined;
}

/** The cell `c` with `value`: its attributes but `t`, its formula and extension list kept. */
function editedCell(xml: string, c: XmlSpan, value: number | null): string {
  const attrs = xml
    .slice(c.attrsStart, c.selfClosing ? xml.lastIndexOf("/", c.tagClose) : c.tagClose)
    .replace(/\s+t\s*=\s*("[^"]*"|'[^']*')/, "");
  const f = childNamed(c, "f");
  const ext = childNamed(c, "extLst");
  const v = value === null ? undefined : numberText(value);
  const inner =
    (f ? xml.slice(f.start, f.end) : "") +
    (v !== undefined ? `<${c.prefix}v>${v}</${c.prefix}v>` : "") +
    (ext ? xml.slice(ext.start, ext.end) : "");
  return inner === "" ? `<${c.qname}${attrs}/>` : `<${c.qname}${attrs}>${inner}</${c.qname}>`;
}

/** One worksheet part's text with `edits` made. */
function editSheet(xml: string, part: string, edits: ReadonlyMap<number, number | null>): string {
  const root = scanElements(xml, part, 4);
  const sheetData = childNamed(root, "sheetData");
  if (!sheetData) throw refused(`${part} has no sheetData`, `${part} không có sheetData`);
  const out = new Edits(xml);
  const left = new Map(edits);
  const p = sheetData.prefix;
  /** Rows by 0-based number, for the cells still to insert. */
  const rows: { row: number; span: XmlSpan; cols: number[] | undefined }[] = [];
  let allRowsAddressed = true;
  let prevRow = -1;
  for (const rowEl of childrenNamed(sheetData, "row")) {
    const r = attrOf(xml, rowEl, "r");
    const row = r !== undefined && /^\d+$/.test(r.trim()) ? Number(r) - 1 : prevRow + 1;
    if (r === undefined) allRowsAddressed = false;
    prevRow = row;
    let prevCol = -1;
    let cols: number[] | undefined = [];
    for (const c of childrenNamed(rowEl, "c")) {
      const ref = attrOf(xml, c, "r");
      const at = ref !== undefined ? fromA1(ref.trim()) : undefined;
      const col = at ? at.col : prevCol + 1;
      if (!at) cols = undefined;
      prevCol = col;
      cols?.push(col);
      const k = row * COLS + col;
      if (!left.has(k)) continue;
      out.replace(c.start, c.end, editedCell(xml, c, left.get(k) ?? null));
      left.delete(k);
    }
    rows.push({ row, span: rowEl, cols });
  }

  // Cells the sheet does not have: only those with a value are written.
  const insert = new Map<number, { col: number; v: string }[]>();
  for (const [k, value] of left) {
    const v = value === null ? undefined : numberText(value);
    if (v === undefined) continue;
    const row = Math.floor(k / COLS);
    let list = insert.get(row);
    if (!list) insert.set(row, (list = []));
    list.push({ col: k % COLS, v });
  }
  const cellXml = (row: number, x: { col: number; v: string }) => `<${p}c r="${toA1(row, x.col)}"><${p}v>${x.v}</${p}v></${p}c>`;
  for (const [row, list] of [...insert].sort((a, b) => a[0] - b[0])) {
    list.sort((a, b) => a.col - b.col);
    const there = rows.find((x) => x.row === row);
    if (there) {
      if (!there.cols)
        throw refused(`${part}: row ${row + 1} has cells without an address`, `${part}: dòng ${row + 1} có ô không ghi địa chỉ`);
      const cells = childrenNamed(there.span, "c");
      for (const x of list) {
        const i = there.cols.findIndex((c) => c > x.col);
        // Before the first cell to its right (ahead of that cell's own edit, if any).
        if (i >= 0) out.replace(cells[i].start, cells[i].start, cellXml(row, x), -1);
        else out.append(there.span, cellXml(row, x));
      }
      continue;
    }
    if (!allRowsAddressed) throw refused(`${part}: rows without an address`, `${part}: có dòng không ghi số dòng`);
    const text = `<${p}row r="${row + 1}">${list.map((x) => cellXml(row, x)).join("")}</${p}row>`;
    const next = rows.find((x) => x.row > row);
    if (next) out.insert(next.span.start, text);
    else out.append(sheetData, text);
  }
  return out.apply();
}

export interface SetCellsOptions {
  /** ZIP limits for reading the source (zip-bomb protection). */
  limits?: Partial<ZipLimits>;
}

/**
 * `source` (the bytes of an .xlsx workbook) with the cells of `edits` set.
 * @throws FormatError when the package cannot be edited so (see the file comment).
 */
export function setCells(source: Uint8Array, edits: CellEdits, opts: SetCellsOptions = {}): Uint8Array {
  const pkg = openPackage(source, opts.limits);
  const wbPath = pkg.findWorkbook();
  if (/macroEnabled/i.test(pkg.text("[Content_Types].xml") ?? ""))
    throw refused("a macro-enabled workbook", "sổ làm việc có macro");
  const sheets = pkg.readWorkbook(wbPath).sheets;
  const edited = new Map<string, string>();
  for (const [name, cells] of edits) {
    if (cells.size === 0) continue;
    const entry = sheets.find((s) => s.name === name)?.entry;
    if (!entry) throw refused(`no worksheet "${name}"`, `không có trang tính "${name}"`);
    const xml = pkg.utf8Text(entry.name);
    if (xml === undefined) throw refused(`missing ${entry.name}`, `thiếu ${entry.name}`);
    edited.set(entry.name, editSheet(xml, entry.name, cells));
  }
  const utf8 = new TextEncoder();
  const out: ZipOutEntry[] = pkg.zip.entries.map((e) => {
    const text = edited.get(e.name);
    return text !== undefined ? newEntry(e.name, utf8.encode(text), e.dosDateTime) : copiedEntry(e, pkg.zip.raw(e));
  });
  return writeZip(out);
}
