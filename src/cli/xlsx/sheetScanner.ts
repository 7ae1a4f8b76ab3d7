/**
 * A worksheet part → a {@link Grid}: the reader's hot loop (a 100 000-row sheet is scanned here).
 *
 * The part is inflated, decoded and scanned chunk by chunk (scanPart.ts): a hand-written
 * indexOf-based scanner over `<row>` / `<c>`, never a DOM. Cells without value nor formula create
 * nothing; missing `r` attributes are inferred (next column / next row); namespace prefixes
 * (`<x:c>`) are ignored; shared formulas are expanded by {@link SharedFormulas} (sharedFormula.ts);
 * merges → `grid.merges`, `<row hidden="1">` → `grid.hiddenRows`. Cell references and limits are
 * address.ts's (core/grid). A row (or inline string) is cut at its first "</row>"; only when a
 * comment or CDATA section starts before it is the slow search that skips them taken.
 *
 * Cell values: number (`Number(<v>)`, exact), string (shared / inline / formula string, `_xHHHH_`
 * escapes decoded), boolean, `{error: "#REF!"}`, `null` for a formula without a cached value; a
 * t="d" cell (ISO 8601 text) becomes its Excel serial number in the workbook's date system
 * (dates.ts), its text kept when it is no such date. A shared-string index that is not an index
 * of the table makes the part `corrupt` (the cell named): no reader can tell what the cell showed. A cell's style index picks its number format from the styles' list
 * (styles.ts). For speed, the attributes of the current `<c>` are module-level variables and the
 * cell types small integers: no object, slice or string compare per cell.
 */
import { type CellAddress, inSheet, MAX_ROWS, readCellAt, rectFromA1, toA1 } from "../../core/grid/address";
import type { Cell, CellValue, Grid, Rect, Row } from "../../core/grid/grid";
import { isoToSerial } from "./dates";
import { ReadBudget } from "./budget";
import type { FormatError } from "./errors";
import { INCOMPLETE, partCorrupt, scanPart } from "./scanPart";
import { SharedFormulas } from "./sharedFormula";
import { collectText } from "./sharedStrings";
import {
  decodeOoxmlEscapes,
  findClose,
  findCloseOutside,
  getAttr,
  isLocal,
  localStart,
  nameEnd,
  own,
  readText,
  skipSpecial,
  tagEnd,
  type TextEnd,
} from "./xml";
import type { ZipEntry, ZipReader } from "./zip";

const textEnd: TextEnd = { end: 0 };

/** Reads one worksheet part into a Grid (`date1904`: the workbook's date system, for t="d" cells). */
export function readSheet(
  zip: ZipReader,
  entry: ZipEntry,
  name: string,
  sst: string[],
  formats: (string | undefined)[],
  date1904 = false,
  budget: ReadBudget = new ReadBudget(),
): Grid {
  const sheet = new SheetScanner(entry.name, sst, formats, date1904, budget);
  scanPart(zip, entry, (xml, final) => sheet.scan(xml, final));
  sheet.finish();
  const grid: Grid = { name, rows: sheet.rows };
  if (sheet.merges.length > 0) grid.merges = sheet.merges;
  if (sheet.hiddenRows.length > 0) grid.hiddenRows = sheet.hiddenRows;
  return grid;
}

// Cell types, as small integers (no string compare per cell).
const T_NUMBER = 0;
const T_SHARED = 1;
const T_STR = 2;
const T_INLINE = 3;
const T_BOOL = 4;
const T_ERROR = 5;
const T_OTHER = 6; // unknown types: the text is kept
const T_DATE = 7; // "d": ISO 8601 text

function typeCode(xml: string, s: number, e: number): number {
  const len = e - s;
  if (len === 0) return T_NUMBER;
  const c = xml.charCodeAt(s);
  if (len === 1) {
    if (c === 115 /* s */) return T_SHARED;
    if (c === 110 /* n */) return T_NUMBER;
    if (c === 98 /* b */) return T_BOOL;
    if (c === 101 /* e */) return T_ERROR;
    if (c === 100 /* d */) return T_DATE;
    return T_OTHER;
  }
  if (len === 3 && xml.startsWith("str", s)) return T_STR;
  if (len === 9 && xml.startsWith("inlineStr", s)) return T_INLINE;
  return T_OTHER;
}

// Attributes of the current <c> (set by scanCellAttrs; avoids objects and slices per cell).
/** Row/column from the r attribute (0-based), or -1 when absent or invalid. */
let attrRow = -1;
let attrCol = -1;
/** Style index (s), -1 when absent. */
let attrStyle = -1;
let attrType = T_NUMBER;

const attrCell: CellAddress = { row: -1, col: -1 };

/** Reads a cell reference such as "AB12" in xml[s, e) into attrRow/attrCol (left at -1 unless a cell of the sheet). */
function parseRefAt(xml: string, s: number, e: number): void {
  if (readCellAt(xml, s, e, attrCell)) {
    attrRow = attrCell.row;
    attrCol = attrCell.col;
  }
}

/** Non-negative integer in xml[s, e), or -1. */
function intAt(xml: string, s: number, e: number): number {
  if (s >= e || e - s > 9) return -1;
  let n = 0;
  for (let i = s; i < e; i++) {
    const c = xml.charCodeAt(i);
    if (c < 48 || c > 57) return -1;
    n = n * 10 + (c - 48);
  }
  return n;
}

/**
 * One pass over a `<c ...>` tag from `start` (just after the name): picks r, s and t (prefixes
 * ignored) and returns the index of the closing ">" (quote-aware), or -1 if there is none.
 */
function scanCellAttrs(xml: string, start: number): number {
  attrRow = attrCol = attrStyle = -1;
  attrType = T_NUMBER;
  const n = xml.length;
  let i = start;
  while (i < n) {
    const c = xml.charCodeAt(i);
    if (c === 62 /* > */) return i;
    if (c === 32 || c === 9 || c === 10 || c === 13 || c === 47) {
      i++;
      continue;
    }
    const ns = i;
    while (i < n) {
      const d = xml.charCodeAt(i);
      if (d === 61 || d === 32 || d === 9 || d === 10 || d === 13 || d === 62) break;
      i++;
    }
    const ne = i;
    while (i < n && xml.charCodeAt(i) !== 61) {
      if (xml.charCodeAt(i) === 62) return i; // attribute without value (malformed)
      i++;
    }
    i++;
    while (i < n) {
      const d = xml.charCodeAt(i);
      if (d === 34 || d === 39) break;
      if (d === 62) return i;
      i++;
    }
    if (i >= n) return -1;
    const ve = xml.indexOf(xml.charCodeAt(i) === 34 ? '"' : "'", i + 1);
    if (ve < 0) return -1;
    if (ne - ns === 1 || xml.charCodeAt(ne - 2) === 58 /* : */) {
      const a = xml.charCodeAt(ne - 1);
      if (a === 114 /* r */) parseRefAt(xml, i + 1, ve);
      else if (a === 115 /* s */) attrStyle = intAt(xml, i + 1, ve);
      else if (a === 116 /* t */) attrType = typeCode(xml, i + 1, ve);
    }
    i = ve + 1;
  }
  return -1;
}

function toNumber(v: string): CellValue {
  if (v === "") return null;
  const x = Number(v);
  return Number.isNaN(x) ? own(v.trim()) : x;
}

export class SheetScanner {
  readonly rows: (Row | undefined)[] = [];
  readonly merges: Rect[] = [];
  readonly hiddenRows: number[] = [];
  private sawRoot = false;
  private sawEnd = false;
  private rowIdx = -1;
  private colIdx = -1;
  private readonly shared: SharedFormulas;

  constructor(
    private readonly part: string,
    private readonly sst: string[],
    private readonly formats: (string | undefined)[],
    private readonly date1904 = false,
    private readonly budget: ReadBudget = new ReadBudget(),
  ) {
    this.shared = new SharedFormulas(budget);
  }

  private corrupt(en: string, vi: string): FormatError {
    return partCorrupt(this.part, en, vi);
  }

  private badSharedIndex(v: string, row: number, col: number): FormatError {
    const cell = inSheet(row, col) ? toA1(row, col) : `R${row + 1}C${col + 1}`;
    const k = v.trim().slice(0, 20);
    const n = this.sst.length;
    return this.corrupt(
      `cell ${cell} refers to shared string ${k}, not in the table (${n} strings)`,
      `ô ${cell} trỏ tới chuỗi dùng chung số ${k}, không có trong bảng (${n} chuỗi)`,
    );
  }

  /** Scans as many complete top-level constructs of `xml` as possible; returns the index reached. */
  scan(xml: string, final: boolean): number {
    const n = xml.length;
    let pos = 0;
    // The next "<!" (comment, CDATA) at or after the current row, searched for lazily and only
    // forward (-1: none left): a row holding one may hide a false "</row>" in it.
    let bang = -2;
    for (;;) {
      const lt = xml.indexOf("<", pos);
      if (lt < 0) return n;
      let next: number = INCOMPLETE;
      if (lt + 1 < n) {
        const c = xml.charCodeAt(lt + 1);
        if (c === 47 || c === 33 || c === 63) {
          next = skipSpecial(xml, lt);
          if (c === 47 && next > 0 && isLocal(xml, lt + 2, nameEnd(xml, lt + 2), "worksheet")) this.sawEnd = true;
        } else {
          const ne = nameEnd(xml, lt + 1);
          const te = tagEnd(xml, ne);
          if (te >= 0) {
            const ls = localStart(xml, lt + 1, ne);
            const len = ne - ls;
            const selfClosing = xml.charCodeAt(te - 1) === 47;
            if (!this.sawRoot) {
              if (!(len === 9 && xml.startsWith("worksheet", ls))) {
                throw this.corrupt("not a worksheet", "không phải trang tính");
              }
              this.sawRoot = true;
              if (selfClosing) this.sawEnd = true;
              next = te + 1;
            } else if (len === 3 && xml.startsWith("row", ls)) {
              if (selfClosing) {
                this.startRow(xml, ne, te - 1);
                next = te + 1;
              } else {
                const qn = ls === lt + 1 ? "row" : xml.slice(lt + 1, ne);
                let close = findClose(xml, te + 1, qn);
                if (close >= 0 && bang !== -1 && bang <= te) bang = xml.indexOf("<!", te + 1);
                if (close >= 0 && bang >= 0 && bang < close) close = findCloseOutside(xml, te + 1, qn);
                if (close >= 0) {
                  this.startRow(xml, ne, te);
                  this.cells(xml, te + 1, close);
                  next = close + 1; // the "</row>" itself is skipped as an end tag
                }
              }
            } else {
              if (len === 9 && xml.startsWith("mergeCell", ls)) {
                const ref = getAttr(xml, ne, te, "ref");
                const r = ref ? rectFromA1(ref) : undefined;
                if (r) this.merges.push(r);
              }
              next = te + 1;
            }
          }
        }
      }
      if (next === INCOMPLETE) {
        if (final) throw this.corrupt("unexpected end of XML", "XML kết thúc đột ngột");
        return lt;
      }
      pos = next;
    }
  }

  /** Called after the last scan: the root element must have been closed. */
  finish(): void {
    if (!this.sawRoot) throw this.corrupt("no <worksheet> element", "thiếu phần tử <worksheet>");
    if (!this.sawEnd)
      throw this.corrupt("unexpected end of XML (</worksheet> missing)", "XML kết thúc đột ngột (thiếu </worksheet>)");
  }

  private startRow(xml: string, s: number, e: number): void {
    const r = getAttr(xml, s, e, "r");
    const idx = r === undefined ? NaN : Number(r);
    this.rowIdx = Number.isInteger(idx) && idx >= 1 ? idx - 1 : this.rowIdx + 1;
    this.colIdx = -1;
    const h = getAttr(xml, s, e, "hidden");
    if ((h === "1" || h === "true") && this.rowIdx < MAX_ROWS) this.hiddenRows.push(this.rowIdx);
  }

  /** The cells of one row: xml[s, e) is the content between <row ...> and </row>. */
  private cells(xml: string, s: number, e: number): void {
    let p = s;
    for (;;) {
      const lt = xml.indexOf("<", p);
      if (lt < 0 || lt >= e) return;
      const c1 = xml.charCodeAt(lt + 1);
      if (c1 === 47 || c1 === 33 || c1 === 63) {
        const next = skipSpecial(xml, lt);
        if (next < 0 || next > e) return;
        p = next;
        continue;
      }
      const c2 = xml.charCodeAt(lt + 2);
      const ne = c1 === 99 && (c2 === 32 || c2 === 62 || c2 === 47) ? lt + 2 : nameEnd(xml, lt + 1);
      const ls = ne === lt + 2 ? lt + 1 : localStart(xml, lt + 1, ne);
      if (!(ne - ls === 1 && xml.charCodeAt(ls) === 99 /* c */)) {
        const te = tagEnd(xml, ne);
        if (te < 0 || te >= e) throw this.corrupt("unterminated tag in a row", "thẻ không đóng trong một hàng");
        p = te + 1; // extLst and friends
        continue;
      }
      const te = scanCellAttrs(xml, ne);
      if (te < 0 || te >= e) throw this.corrupt("unterminated tag in a row", "thẻ không đóng trong một hàng");
      const selfClosing = xml.charCodeAt(te - 1) === 47;
      const styleIdx = attrStyle;
      const type = attrType;
      let row: number;
      let col: number;
      if (attrRow >= 0) {
        row = attrRow;
        col = attrCol;
      } else {
        row = this.rowIdx < 0 ? 0 : this.rowIdx;
        col = this.colIdx + 1;
      }
      this.colIdx = col;
      if (selfClosing) {
        p = te + 1;
        continue;
      }

      // Children: <f>, <v>, <is> (others ignored) up to </c>.
      let v: string | undefined;
      let isText: string | undefined;
      let hasF = false;
      let fText: string | undefined;
      let fType: string | undefined;
      let fSi: string | undefined;
      let q = te + 1;
      for (;;) {
        // Fast path for the common unprefixed "<v>123</v></c>".
        if (xml.charCodeAt(q) === 60 && xml.charCodeAt(q + 1) === 118 && xml.charCodeAt(q + 2) === 62) {
          v = readText(xml, q + 3, textEnd);
          q = textEnd.end;
          if (xml.startsWith("</v>", q)) q += 4;
          if (xml.startsWith("</c>", q) && q + 4 <= e) {
            q += 4;
            break;
          }
          continue;
        }
        const l2 = xml.indexOf("<", q);
        if (l2 < 0 || l2 >= e) throw this.corrupt("unclosed <c> element", "phần tử <c> không đóng");
        const c2 = xml.charCodeAt(l2 + 1);
        if (c2 === 47) {
          const n2 = nameEnd(xml, l2 + 2);
          const gt = xml.indexOf(">", n2);
          if (gt < 0 || gt >= e) throw this.corrupt("unclosed <c> element", "phần tử <c> không đóng");
          q = gt + 1;
          const l = localStart(xml, l2 + 2, n2);
          if (n2 - l === 1 && xml.charCodeAt(l) === 99) break; // </c>
          continue;
        }
        if (c2 === 33 || c2 === 63) {
          const next = skipSpecial(xml, l2);
          if (next < 0 || next > e) throw this.corrupt("unclosed <c> element", "phần tử <c> không đóng");
          q = next;
          continue;
        }
        const n2 = nameEnd(xml, l2 + 1);
        const t2 = tagEnd(xml, n2);
        if (t2 < 0 || t2 >= e) throw this.corrupt("unterminated tag in a cell", "thẻ không đóng trong một ô");
        const l = localStart(xml, l2 + 1, n2);
        const len = n2 - l;
        const sc = xml.charCodeAt(t2 - 1) === 47;
        const ch = xml.charCodeAt(l);
        if (len === 1 && ch === 118 /* v */) {
          if (sc) {
            v = "";
            q = t2 + 1;
          } else {
            v = readText(xml, t2 + 1, textEnd);
            q = textEnd.end;
          }
        } else if (len === 1 && ch === 102 /* f */) {
          hasF = true;
          const attrEnd = sc ? t2 - 1 : t2;
          fType = getAttr(xml, n2, attrEnd, "t");
          fSi = fType === "shared" ? getAttr(xml, n2, attrEnd, "si") : undefined;
          if (sc) q = t2 + 1;
          else {
            fText = readText(xml, t2 + 1, textEnd);
            q = textEnd.end;
          }
        } else if (len === 2 && ch === 105 /* i */ && xml.charCodeAt(l + 1) === 115 /* s */) {
          if (sc) {
            isText = "";
            q = t2 + 1;
          } else {
            const qn = xml.slice(l2 + 1, n2);
            let close = findClose(xml, t2 + 1, qn);
            if (close > t2 && xml.slice(t2 + 1, close).includes("<!")) close = findCloseOutside(xml, t2 + 1, qn);
            if (close < 0 || close >= e) throw this.corrupt("unclosed <is> element", "phần tử <is> không đóng");
            isText = collectText(xml, t2 + 1, close);
            q = close; // "</is>" is skipped as an end tag
          }
        } else q = t2 + 1;
      }
      p = q;

      // Value
      let value: CellValue = null;
      if (type === T_NUMBER) {
        if (v !== undefined) value = toNumber(v);
      } else if (type === T_SHARED) {
        if (v !== undefined && v !== "") {
          const k = Number(v);
          const s2 = Number.isInteger(k) && k >= 0 ? this.sst[k] : undefined;
          if (s2 === undefined) throw this.badSharedIndex(v, row, col);
          value = s2;
        }
      } else if (type === T_STR) {
        if (v !== undefined) value = own(decodeOoxmlEscapes(v));
      } else if (type === T_INLINE) {
        value = isText !== undefined ? isText : v !== undefined ? own(decodeOoxmlEscapes(v)) : null;
      } else if (type === T_BOOL) {
        if (v !== undefined && v !== "") {
          const b = v.trim().toLowerCase();
          value = b === "1" || b === "true";
        }
      } else if (type === T_ERROR) {
        if (v !== undefined && v !== "") value = { error: own(v.trim()) };
      } else if (type === T_DATE) {
        if (v !== undefined && v !== "") value = isoToSerial(v, this.date1904) ?? own(v);
      } else if (v !== undefined) {
        value = own(v); // unknown types: keep the text
      }

      // Formula (a shared formula's follower gets its text computed when read: sharedFormula.ts)
      let formula: string | undefined;
      let follower: Cell | undefined;
      if (hasF && fType !== "dataTable") {
        if (fType === "shared" && fSi !== undefined) {
          if (fText !== undefined && fText.trim() !== "") {
            formula = own("=" + fText);
            if (inSheet(row, col)) this.budget.formulaText(formula.length);
            this.shared.master(fSi, formula.slice(1), row, col); // a slice: the text is stored once
          } else {
            follower = this.shared.followerCell(fSi, value, row, col);
          }
        } else if (fText !== undefined && fText !== "") {
          formula = own("=" + fText);
          if (inSheet(row, col)) this.budget.formulaText(formula.length);
        }
      }

      if (value === null && formula === undefined && follower === undefined) continue;
      if (!inSheet(row, col)) continue;
      this.budget.cell();
      const cell: Cell = follower ?? (formula === undefined ? { value } : { value, formula });
      if (styleIdx >= 0) {
        const fmt = this.formats[styleIdx];
        if (fmt !== undefined) cell.numberFormat = fmt;
      }
      let ra = this.rows[row];
      if (ra === undefined) this.rows[row] = ra = [];
      ra[col] = cell;
    }
  }
}
