/**
 * Where a table's header is: its rows (one to three, with merged cells: "Nguồn vốn" over "NS Trung
 * ương | NS tỉnh | NS xã"; "Thực hiện năm 2023" over "Dự toán | Quyết toán"), its column span, and
 * the header path of every column ("Kinh phí và nguồn vốn" › "Kinh phí"). What each header text
 * means is headerWords.ts; which column is what, given the cells below, is columns.ts.
 */
import { cellText, isBlankCell, rowIsBlank } from "../grid/cellText";
import { type Cell, type Grid, type Rect, cellAt } from "../grid/grid";
import { fold, foldVariants } from "../text/normalize";
import { fromTcvn3, looksTcvn3 } from "../text/tcvn3";
import { type HeaderTraits, headerTraits } from "./headerWords";
import { markerCandidates } from "./markers";

interface HeaderColumn {
  col: number;
  /** Header texts from the top header row down, consecutive repeats dropped. */
  path: string[];
  /** What the texts of the path say, the lowest text's traits first. */
  traits: HeaderTraits[];
}

export interface Header {
  top: number;
  bottom: number;
  left: number;
  right: number;
  /** Every column of the span with a header text, left to right. */
  columns: HeaderColumn[];
  /** The texts of each header row (column, length, folded), to spot the header repeated on a new page. */
  texts: { col: number; length: number; folded: string }[][];
}

const MAX_HEADER_ROWS = 3;

/** Cheap pre-filter: a header row has at least two short text cells. */
export function mayBeHeader(grid: Grid, row: number): boolean {
  const r = grid.rows[row];
  if (!r) return false;
  let texts = 0;
  for (const c of r) {
    if (c && typeof c.value === "string" && c.value.length <= 120 && c.value.trim() !== "") {
      if (++texts >= 2) return true;
    }
  }
  return false;
}

/** The merged area whose range holds (row, col), if any. */
function mergeAt(grid: Grid, row: number, col: number): Rect | undefined {
  const ms = grid.merges;
  if (!ms) return undefined;
  for (const m of ms) if (row >= m.top && row <= m.bottom && col >= m.left && col <= m.right) return m;
  return undefined;
}

function isYearNumber(v: unknown): boolean {
  return typeof v === "number" && Number.isInteger(v) && v >= 1990 && v <= 2100;
}

/** A row that continues a header: texts only (or years), nothing in the TT and label columns. */
function continuesHeader(grid: Grid, row: number, top: number, keyCols: number[]): boolean {
  const r = grid.rows[row];
  if (!r || rowIsBlank(grid, row)) return false;
  for (const k of keyCols) {
    const c = r[k];
    if (!isBlankCell(c)) {
      const m = mergeAt(grid, row, k);
      if (!m || m.top > top) return false;
    }
  }
  let texts = 0;
  for (const c of r) {
    if (isBlankCell(c)) continue;
    const v = c!.value;
    if (typeof v === "string") {
      const t = v.trim();
      if (t.length > 120) return false;
      if (markerCandidates(t) && !/^(19[89]\d|20\d\d)$/.test(t)) return false;
      texts++;
    } else if (isYearNumber(v)) texts++;
    else return false;
  }
  return texts > 0 && !isNumberingRowLike(r);
}

/** Quick test for the column-numbering row ("1 2 3", "A B 1 2 3=1+2") so it is not taken for a header row. */
function isNumberingRowLike(r: (Cell | undefined)[]): boolean {
  let n = 0;
  for (const c of r) {
    if (isBlankCell(c)) continue;
    const v = c!.value;
    const t = typeof v === "number" ? String(v) : typeof v === "string" ? v.trim() : "";
    if (!/^\(?[A-Z0-9]{1,2}\)?(\s*=.*)?$/.test(t)) return false;
    n++;
  }
  return n >= 3;
}

/** Text at (row, col) of the header: the cell's own, its merged area's, or a group header's that spans it. */
function coveringText(grid: Grid, row: number, col: number, left: number, bottom: number): string {
  const m = mergeAt(grid, row, col);
  if (m) return cellText(cellAt(grid, m.top, m.left));
  const own = cellText(cellAt(grid, row, col));
  if (own !== "") return own;
  if (row >= bottom) return "";
  // An unmerged group header spans the empty cells to its right that have sub-headers below
  // (directly, or under a group header of the row below that spans them in turn).
  const below = (c: number) => coveringText(grid, row + 1, c, left, bottom) !== "";
  if (!below(col)) return "";
  for (let c = col - 1; c >= left; c--) {
    const t = cellText(cellAt(grid, row, c));
    if (t !== "") return below(c) ? t : "";
    if (!below(c)) return "";
  }
  return "";
}

/**
 * The header starting at `row`, if it is one: at least one of TT/label and one column that names
 * numbers, targets or a known text role; a header whose number columns are not named by known
 * words counts when numbers stand under it.
 */
export function findHeader(grid: Grid, row: number): Header | undefined {
  const r = grid.rows[row];
  if (!r || !mayBeHeader(grid, row)) return undefined;
  let key = false;
  /** The kinds of header text seen (a label twice is one kind): at least two are needed. */
  const known = new Set<string>();
  const keyCols: number[] = [];
  for (let c = 0; c < r.length; c++) {
    const cell = r[c];
    if (!cell || typeof cell.value !== "string" || cell.value.trim() === "") continue;
    const tr = headerTraits(cell.value);
    // A row's name: its numbering, its label — or, in forms without a "Nội dung" column, its
    // "Diễn giải", its "Mã số", or a "Đơn vị" column that names the units reporting.
    if (tr.role === "tt" || tr.role === "label" || tr.role === "description" || tr.role === "code" || tr.role === "unit") {
      key = true;
      keyCols.push(c);
    }
    const kind = tr.role ?? (tr.target ? "target" : tr.source ? "source" : tr.numeric || tr.percent ? "number" : undefined);
    if (kind) known.add(kind);
  }
  if (!key || known.size < 2) return undefined;

  let bottom = row;
  for (let rr = row + 1; rr < row + MAX_HEADER_ROWS; rr++) {
    if (continuesHeader(grid, rr, row, keyCols)) bottom = rr;
    else break;
  }
  // A merged header cell reaching further down takes the header with it.
  for (const m of grid.merges ?? []) {
    if (m.top === row && m.bottom > bottom && m.bottom < row + MAX_HEADER_ROWS && m.bottom > m.top) bottom = m.bottom;
  }

  let left = Infinity;
  let right = -1;
  for (let rr = row; rr <= bottom; rr++) {
    const rowCells = grid.rows[rr] ?? [];
    for (let c = 0; c < rowCells.length; c++) {
      if (isBlankCell(rowCells[c])) continue;
      left = Math.min(left, c);
      right = Math.max(right, c);
      const m = mergeAt(grid, rr, c);
      if (m) right = Math.max(right, m.right);
    }
  }
  if (right < 0) return undefined;

  const columns: HeaderColumn[] = [];
  for (let c = left; c <= right; c++) {
    const path: string[] = [];
    for (let rr = row; rr <= bottom; rr++) {
      const t = coveringText(grid, rr, c, left, bottom);
      if (t !== "" && path[path.length - 1] !== t) path.push(t);
    }
    if (path.length === 0) continue;
    const traits = path.map(headerTraits).reverse();
    columns.push({ col: c, path, traits });
  }
  const named = columns.some((hc) => hc.traits.some((t) => t.numeric === "strong" || t.target || t.percent));
  if (!named && !numbersBelow(grid, bottom, columns)) return undefined;
  const texts: Header["texts"] = [];
  for (let rr = row; rr <= bottom; rr++) {
    const cells = grid.rows[rr] ?? [];
    const list: Header["texts"][number] = [];
    cells.forEach((c, col) => {
      if (c && typeof c.value === "string" && c.value.trim() !== "")
        list.push({ col, length: c.value.trim().length, folded: fold(c.value) });
    });
    texts.push(list);
  }
  return { top: row, bottom, left, right, columns, texts };
}

/** Numbers stand under the header's non-key columns in at least two of the next rows. */
function numbersBelow(grid: Grid, bottom: number, columns: HeaderColumn[]): boolean {
  let rows = 0;
  let seen = 0;
  const cols = columns
    .filter((hc) => hc.traits[0].role !== "tt" && hc.traits[0].role !== "code" && hc.traits[0].role !== "year")
    .map((hc) => hc.col);
  for (let r = bottom + 1; r < grid.rows.length && seen < 10; r++) {
    if (rowIsBlank(grid, r)) continue;
    seen++;
    for (const c of cols) {
      const v = cellAt(grid, r, c)?.value;
      if (typeof v === "number" || (typeof v === "string" && /^\s*-?[\d.,\s]+%?\s*$/.test(v) && /\d/.test(v))) {
        rows++;
        break;
      }
    }
    if (rows >= 2) return true;
  }
  return false;
}

/**
 * How many rows at `row` repeat the header (where a table crossed a page): 0 when none. The top
 * row must show at least two of the header's texts, at their columns, and half of them.
 */
export function repeatsHeader(grid: Grid, row: number, h: Header): number {
  if (!matchesRow(grid, row, h.texts[0])) return 0;
  let n = 1;
  for (let k = 1; k <= h.bottom - h.top; k++) {
    if (matchesRow(grid, row + k, h.texts[k]) || continuesHeader(grid, row + k, row, [])) n++;
    else break;
  }
  return n;
}

function matchesRow(grid: Grid, row: number, texts: Header["texts"][number]): boolean {
  const r = grid.rows[row];
  if (!r || texts.length === 0) return false;
  let same = 0;
  for (const h of texts) {
    const v = r[h.col]?.value;
    // Folding is the cost: only texts of about the header's length are folded.
    if (typeof v === "string" && Math.abs(v.trim().length - h.length) <= 2 && fold(v) === h.folded) same++;
  }
  return same >= 2 && same * 2 >= texts.length;
}

/** "Đơn vị tính: Triệu đồng." -> "triệu đồng". */
export function unitFrom(text: string): string | undefined {
  const t = looksTcvn3(text) ? fromTcvn3(text) : text;
  const m = /^\s*\(?\s*(đơn vị tính|đvt|don vi tinh|dvt)\s*[:：]\s*(.+?)[.)\s]*$/i.exec(t.normalize("NFC"));
  if (!m) return undefined;
  return m[2].trim().toLocaleLowerCase("vi");
}

/** A unit in a header's parentheses: "Kinh phí (triệu đồng)" -> "triệu đồng"; "Tỷ lệ (%)" -> "%". */
export function unitInHeader(text: string): string | undefined {
  const m = /\(([^()]{1,24})\)\s*$/.exec(text.normalize("NFC"));
  if (!m) return undefined;
  const u = m[1].trim();
  const f = foldVariants(u)[0];
  if (
    u === "%" ||
    /^(trieu|ty|nghin|ngan)? ?(dong|d)$|^tr\.?\s?d(ong)?$|^(nguoi|ho so|luot|tthc|to|cai|bo|may|trang|don vi|ho|xa|km|ha|m2|chiec|thu tuc|van ban)$/.test(
      f,
    )
  ) {
    return u.toLocaleLowerCase("vi");
  }
  return undefined;
}
