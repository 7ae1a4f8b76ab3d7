/**
 * Reads a table's rows under its header into an outline: which rows are sections, groups, items,
 * totals, "Cộng" lines and "Trong đó" breakdowns, where the table ends, and how every number cell
 * that is not a plain number reads. Fast on a million rows: labels are looked at closely only
 * when a row has no numbering of its own.
 */
import { cellText, rowIsBlank } from "../grid/cellText";
import { type Cell, type Grid, type Row } from "../grid/grid";
import { formatInfo } from "../number/numberFormat";
import { fold, tidy } from "../text/normalize";
import { type NumMode, type TextNumbers, readNum } from "./cells";
import { BLANK_RUN_END, endsTable } from "./ends";
import { parseExpr, exprRefs } from "./expr";
import { type Header, findHeader, mayBeHeader, repeatsHeader } from "./headers";
import { type Marker, MarkerSequence, Style, leadingMarker, markerCandidates, markerOfNumber } from "./markers";
import { type Column, type NumRef, cellKey } from "./model";
import { type NumberingRow, numberingRowAt } from "./numbering";
import { HEADLINE, NOT_ADDITIVE, NodeKind, Outline, SUBSET } from "./outline";
import type { Evaluate } from "./uncached";

export interface ScanInput {
  grid: Grid;
  header: Header;
  numbering?: NumberingRow;
  columns: Column[];
  /** First row after the header (and the numbering row). */
  first: number;
  pending: TextNumbers;
  numbers: NumRef[];
  evaluate?: Evaluate;
}

export interface ScanResult {
  outline: Outline;
  lastRow: number;
  refs: Map<number, NumRef>;
  /** Plain numbers per number column, and the row of the first (-1: none). */
  plain: Int32Array;
  firstPlain: Int32Array;
  /** Formulas per number column. */
  formulas: Int32Array;
}

const TOTAL_RE =
  /^(tong cong|tong so|tong thu|tong chi|tong kinh phi|tong du toan|tong von|tong nguon|tong muc|tong gia tri|cong tat ca|cong chung|tong so chung)\b|^tong\s*([:(]|$)/;
const CLOSING_RE = /^cong\s*(:|$|\(|(nhom|muc|phan)\b|[ivxlcdm]+\s*[:.]?$|[a-z]\s*[:.]?$|\d+\s*[:.]?$)/;
const CLOSING_NAMED = /^cong\s*(?:nhom|muc|phan)?\s*([ivxlcdm]+|[a-z]|\d+)\s*[:.]?$/;
const SUBSET_RE = /^(trong do|trong so do|chi tiet|gom|bao gom)\s*(:|$|\s)/;
const PERIOD_RE = /^(tu\s+)?(nam|giai doan|nam ngan sach)\s+\d{4}|^(nhom|linh vuc|phan)\b/;
const RATE_LABEL = /^(ty le|ti le)\b|\(%\)|\bbinh quan\b|\btrung binh\b/;
const DECLARED_RE = /\(([^()]*[+\-−–][^()]*)\)|(?:^|\s)([A-ZĐ0-9]{1,5})\s*=\s*([A-ZĐ0-9IVX.\s+\-−–]{3,})$/u;

/** A total label: "Tổng cộng", "TỔNG THU NSNN", "Tổng số (A+B)" — short, in capitals or with a formula. */
function isTotalLabel(text: string, folded?: string): boolean {
  const f = folded ?? fold(text.slice(0, 80));
  if (!TOTAL_RE.test(f)) return false;
  const words = f.split(" ").length;
  return words <= 6 || text === text.toLocaleUpperCase("vi") || /\(.*[+\-−].*\)/.test(text);
}

function isCapitals(text: string): boolean {
  const letters = text.replace(/[^\p{L}]/gu, "");
  if (letters.length < 6 && text.split(/\s+/).length < 2) return false;
  return letters.length >= 2 && text === text.toLocaleUpperCase("vi") && text !== text.toLocaleLowerCase("vi");
}

/** Text that is a number ("6.992,46", "61,4%", "(1.200)"), not words that contain digits. */
const NUMBER_TEXT = /^[-+(−–]?\s*\d[\d.,\s]*%?\s*\)?$/;
const NO_STYLES: Style[] = [];
const NO_NEXT = () => undefined;

const HAS_PERCENT = 1;
const HAS_FORMULA_CHAR = 2;
const MAY_BE_RATE = 4;
const ENDS_TRONG_DO = 8;
const STARTS_TRONG_DO = 16;

/**
 * What a numbered row's label may hold, from a few of its characters (a million labels must not
 * be folded or searched whole): a start like "Tỷ lệ"/"Bình quân" (a rate or average), a "(%)" or
 * a formula "(A+B)" at its end (formulas without parentheses, "C = A − B", only on sections), an
 * ending like "trong đó:".
 */
function labelHints(raw: string, section: boolean): number {
  const n = raw.length;
  if (n === 0) return 0;
  let h = 0;
  const a = raw.charCodeAt(0) | 32;
  const b = raw.charCodeAt(1) | 32;
  const z = raw.charCodeAt(n - 1);
  // t + ỷ/ỉ/y/i (tỷ lệ, tỉ lệ, NFD too), t + r (trung bình), b + ì/i (bình quân).
  if (a === 116 && (b === 0x1ef7 || b === 0x1ec9 || b === 121 || b === 105 || b === 114)) h |= MAY_BE_RATE;
  else if (a === 98 && (b === 0xef || b === 0xec || b === 105)) h |= MAY_BE_RATE;
  // "- Trong đó: chi giáo dục": a bullet that is a breakdown of the row above.
  if (a === 116 && b === 114 && /^trong\s+(đó|do)(?=[\s:,.]|$)/iu.test(raw.slice(0, 12).normalize("NFC"))) h |= STARTS_TRONG_DO;
  if (z === 41 /* ) */ && raw.indexOf("%") >= 0) h |= HAS_PERCENT;
  if ((z === 41 || section) && (raw.indexOf("(") >= 0 || raw.indexOf("=") >= 0)) h |= HAS_FORMULA_CHAR;
  // "… trong đó:", "… trong đó", "… TRONG ĐÓ" (ó is U+00F3; NFD ends in U+0301).
  if (
    (z === 58 || z === 0xf3 || z === 0xd3 || z === 0x301 || (z | 32) === 111) &&
    n > 7 &&
    (raw.indexOf("rong", n - 14) >= 0 || raw.indexOf("RONG", n - 14) >= 0)
  )
    h |= ENDS_TRONG_DO;
  return h;
}

/** Markers seen, by their text: a column of a million "1" … "50" reads each once. */
const markerCache = new Map<string | number, Marker[] | null>();

/** Marker candidates of a TT cell. */
function ttMarker(cell: Cell | undefined): Marker[] | undefined {
  if (!cell) return undefined;
  const v = cell.value;
  if (typeof v !== "number" && (typeof v !== "string" || v.length > 16)) return undefined;
  const hit = markerCache.get(v);
  if (hit !== undefined) return hit ?? undefined;
  let m: Marker[] | undefined;
  if (typeof v === "number") {
    const one = markerOfNumber(v);
    m = one ? [one] : undefined;
  } else m = markerCandidates(v);
  if (markerCache.size > 50_000) markerCache.clear();
  markerCache.set(v, m ?? null);
  return m;
}

/** The raw text of a cell, if it is a string. */
function cellRaw(row: Row, col: number | undefined): string | undefined {
  const v = col === undefined ? undefined : row[col]?.value;
  return typeof v === "string" ? v : undefined;
}

/** The first text of a row (leftmost), for end-of-table and total labels. */
function firstText(row: Row, before = Infinity): string {
  const end = Math.min(row.length, before);
  for (let c = 0; c < end; c++) {
    const v = row[c]?.value;
    if (typeof v === "string" && v.trim() !== "") return v;
  }
  return "";
}

/** A formula written in a label: "TỔNG THU NSNN (A+B)", "Bội chi (C = A − B)", "(3=1+2)". */
function declaredIn(label: string) {
  if (!label.includes("=") && !label.includes("(")) return undefined;
  return declaredFormula(label);
}

function declaredFormula(label: string) {
  const m = DECLARED_RE.exec(label);
  if (!m) return undefined;
  let rhs = m[1] ?? m[3];
  if (rhs.includes("=")) rhs = rhs.slice(rhs.lastIndexOf("=") + 1);
  const expr = parseExpr(rhs.trim(), () => true);
  if (!expr || exprRefs(expr).length < 2) return undefined;
  return expr;
}

export function scanRows(input: ScanInput): ScanResult {
  const { grid, header, columns, pending, numbers, evaluate } = input;
  const rows = grid.rows;
  const col = (role: Column["role"]) => columns.find((c) => c.role === role)?.col;
  const ttCol = col("tt");
  const labelCol = col("label") ?? col("group") ?? col("text");
  const unitCol = col("unit");
  const numeric = columns.filter((c) => c.role === "number");
  const numCols = numeric.map((c) => c.col);
  const modes: NumMode[] = numeric.map((c) => (c.percent ? "rate" : "plain"));
  const targetCol = col("target");
  /** Columns whose cells make a row a row of the table: the numbers, and targets written as text. */
  const valueCols = targetCol === undefined ? numCols : [...numCols, targetCol];
  const firstNum = valueCols.length ? Math.min(...valueCols) : Infinity;
  const outline = new Outline(rows.length - input.first + 1);
  const seq = new MarkerSequence();
  const refs = new Map<number, NumRef>();
  /** Plain numbers per number column (text numbers and the like are counted from refs). */
  const plain = new Int32Array(numCols.length);
  const firstPlain = new Int32Array(numCols.length).fill(-1);
  const formulas = new Int32Array(numCols.length);
  let lastRow = input.first - 1;
  let blank = 0;
  let afterBottom = -1;
  let lastTotalTop: boolean | undefined;

  const labelOf = (row: Row): string => {
    const t = labelCol === undefined ? "" : cellText(row[labelCol]);
    return t !== "" ? t : tidy(firstText(row, firstNum));
  };
  const markerOf = (row: Row | undefined): Marker[] | undefined => {
    if (!row) return undefined;
    const fromTt = ttCol === undefined ? undefined : ttMarker(row[ttCol]);
    if (fromTt) return fromTt;
    if (ttCol !== undefined) {
      const v = row[ttCol]?.value;
      if (v !== undefined && v !== null && !(typeof v === "string" && v.trim() === "")) return undefined;
    }
    const raw = labelCol === undefined ? undefined : row[labelCol]?.value;
    if (typeof raw !== "string") return undefined;
    const lead = leadingMarker(raw);
    return lead ? markerCandidates(lead.marker) : undefined;
  };
  /** What the row's value cells hold: 0 nothing, 1 only words (a note, a signature), 2 numbers. */
  const valuesIn = (row: Row): 0 | 1 | 2 => {
    let words = false;
    for (const c of valueCols) {
      const cell = row[c];
      if (!cell) continue;
      const v = cell.value;
      if (typeof v === "number" || cell.formula !== undefined) return 2;
      if (typeof v === "string") {
        const t = v.trim();
        if (t === "") continue;
        if (c === targetCol || NUMBER_TEXT.test(t) || t.length <= 2) return 2;
        words = true;
      } else if (v !== null) return 2;
    }
    return words ? 1 : 0;
  };
  const nextTt = (from: number) => () => {
    for (let r = from + 1; r < Math.min(rows.length, from + 60); r++) {
      const row = rows[r];
      if (!row || ttCol === undefined) continue;
      const v = row[ttCol]?.value;
      if (typeof v === "string" && v.trim() !== "") return v.trim();
    }
    return undefined;
  };
  /** The next numbered row (past unnumbered ones) has this style: the unnumbered rows between belong to the row above. */
  const nextNumberedIs = (from: number, style: number): boolean => {
    for (let r = from + 1; r < Math.min(rows.length, from + 2000); r++) {
      const m = markerOf(rows[r]);
      if (m) return m.some((x) => x.style === style);
      if (rowIsBlank(grid, r)) continue;
      const first = firstText(rows[r] as Row, firstNum);
      if (first && (isTotalLabel(first) || endsTable(first))) return false;
    }
    return false;
  };
  /** The next rows start a numbered list (1, I, A, a), a bullet): the row above is their headline. */
  const nextStartsList = (from: number): boolean => {
    for (let r = from + 1; r < Math.min(rows.length, from + 4); r++) {
      const row = rows[r];
      if (rowIsBlank(grid, r)) continue;
      const m = markerOf(row);
      return m !== undefined && m.some((x) => x.ordinal === 1 || x.ordinal === 0 || x.style > Style.Decimal);
    }
    return false;
  };
  const readCells = (r: number, row: Row) => {
    for (let k = 0; k < numCols.length; k++) {
      const c = numCols[k];
      const cell = row[c];
      if (!cell) continue;
      if (cell.formula !== undefined) formulas[k]++;
      const v = cell.value;
      if (typeof v === "number") {
        if (modes[k] !== "rate" || !formatInfo(cell.numberFormat).percent) {
          if (plain[k]++ === 0) firstPlain[k] = r;
          continue;
        }
      } else if ((v === null || v === "") && cell.formula === undefined) continue;
      const ref = readNum(grid, r, c, modes[k], pending, evaluate);
      if (ref.status === "empty" && ref.formula === undefined) continue;
      refs.set(cellKey(r, c), ref);
      if (ref.status !== "number" && ref.status !== "empty") numbers.push(ref);
    }
  };

  /**
   * Whose breakdown a "Trong đó" starts: the row above — or, when that row is itself part of a
   * breakdown, its owner ("Trong đó: chia theo lĩnh vực …", then "Trong đó: chia theo nguồn vốn …").
   */
  const breakdownOwner = (): number => {
    const top = outline.current();
    if (top < 0) return top;
    if (outline.flags[top] & SUBSET) return outline.parent[top];
    const p = outline.parent[top];
    return p >= 0 && outline.kind[p] === NodeKind.SubsetHead ? outline.parent[p] : top;
  };

  for (let r = input.first; r < rows.length; r++) {
    const row = rows[r];
    // A numbered row is neither blank nor the end: its numbering is looked at first.
    const cands = row === undefined ? undefined : markerOf(row);
    if (!cands && rowIsBlank(grid, r)) {
      if (++blank >= BLANK_RUN_END) {
        // A long blank run ends the table, unless the header repeats after it (a new page).
        let n = r + 1;
        while (n < rows.length && rowIsBlank(grid, n)) n++;
        if (n < rows.length && repeatsHeader(grid, n, header) > 0) {
          r = n - 1;
          blank = 0;
          continue;
        }
        break;
      }
      continue;
    }
    blank = 0;
    const cells = row as Row;
    const held = cands ? 2 : valuesIn(cells);
    if (!cands) {
      // Headers repeated where the table crossed a page (their labels stand in the number columns).
      const rep = repeatsHeader(grid, r, header);
      if (rep > 0) {
        r += rep - 1;
        const nr = numberingRowAt(grid, r + 1, header.left, header.right);
        if (nr) r++;
        continue;
      }
    }
    if (held < 2 && !cands) {
      if (mayBeHeader(grid, r) && findHeader(grid, r)) break;
      if (endsTable(firstText(cells))) break;
    }
    const values = held === 2 || (held === 1 && labelCol !== undefined && cellText(cells[labelCol]) !== "");
    const label = cands ? "" : labelOf(cells);
    const f = cands ? "" : fold(label.slice(0, 80));
    if (afterBottom >= 0 && !SUBSET_RE.test(f)) break;

    let node = -1;
    if (cands) {
      const m =
        cands.length > 1
          ? seq.decide(cands, outline.openStyles(), nextTt(r))
          : cands[0].style === Style.Letter || cands[0].style === Style.Roman
            ? seq.decide(cands, NO_STYLES, NO_NEXT)
            : cands[0];
      const raw = labelCol === undefined ? undefined : cells[labelCol]?.value;
      let flags = 0;
      const hints = typeof raw === "string" ? labelHints(raw, m.style === Style.Letter || m.style === Style.Roman) : 0;
      if (hints & (HAS_PERCENT | MAY_BE_RATE) && RATE_LABEL.test(fold((raw as string).slice(0, 60)))) flags |= NOT_ADDITIVE;
      if (unitCol !== undefined && cellText(cells[unitCol]) === "%") flags |= NOT_ADDITIVE;
      if (hints & STARTS_TRONG_DO && m.style !== Style.Letter && m.style !== Style.Roman) {
        const owner = breakdownOwner();
        if (owner >= 0) outline.startSubset(owner);
      }
      node = outline.item(r, m.style, m.text, flags);
      if (hints & HAS_FORMULA_CHAR) {
        const d = declaredFormula(raw as string);
        if (d) outline.declare(node, d);
      }
      if (hints & ENDS_TRONG_DO && /trong\s+(đó|do)\s*:?\s*$/iu.test((raw as string).normalize("NFC"))) outline.startSubset(node);
    } else if (
      isTotalLabel(firstText(cells, firstNum) || label, firstText(cells, firstNum) === cellRaw(cells, labelCol) ? f : undefined)
    ) {
      const bottom = outline.hasRowsSinceTotal() && lastTotalTop !== true;
      node = outline.total(r);
      lastTotalTop = !bottom;
      if (bottom) afterBottom = node;
      const d = declaredIn(label);
      if (d) outline.declare(node, d);
    } else if (CLOSING_RE.test(f)) {
      const named = CLOSING_NAMED.exec(f)?.[1];
      const hadRows = outline.hasRowsSinceTotal();
      node = outline.closing(
        r,
        named === undefined ? undefined : /^[ivxlcdm]+$|^[a-z]$/.test(named) ? named.toUpperCase() : named,
      );
      if (outline.kind[node] === NodeKind.Total && hadRows) afterBottom = node;
    } else if (SUBSET_RE.test(f)) {
      const owner = afterBottom >= 0 ? afterBottom : breakdownOwner();
      if (owner >= 0) {
        const rest = f.replace(SUBSET_RE, "").trim();
        node = rest !== "" && values ? outline.subsetHead(r, owner) : outline.subsetBlock(r, owner);
        lastRow = r;
      }
    } else if (label !== "" && (PERIOD_RE.test(f) || isCapitals(label) || nextStartsList(r))) {
      node = outline.item(r, Style.Headline, "", HEADLINE | (RATE_LABEL.test(f) ? NOT_ADDITIVE : 0));
    } else if (values) {
      const top = outline.current();
      const asChild =
        top >= 0 &&
        outline.style[top] !== Style.None &&
        outline.style[top] !== Style.Headline &&
        nextNumberedIs(r, outline.style[top]);
      node = outline.item(r, Style.None, "", RATE_LABEL.test(f) ? NOT_ADDITIVE : 0, asChild);
    }
    if (node >= 0) {
      lastRow = r;
      readCells(r, cells);
    }
  }
  outline.finish();
  outline.marker = (i) => {
    const row = rows[outline.row[i]];
    const m = markerOf(row);
    if (!m) return "";
    const s = outline.style[i];
    return (m.find((x) => x.style === s) ?? m[0]).text;
  };
  resolveDeclared(outline);
  return { outline, lastRow, refs, plain, firstPlain, formulas };
}

/** Points the markers of label formulas at rows: siblings first, then any row with that marker. */
function resolveDeclared(o: Outline): void {
  for (const [i, d] of o.declared) {
    const parent = o.parent[i];
    for (const name of exprRefs(d.expr)) {
      let found = -1;
      for (let j = 0; j < o.n && found < 0; j++)
        if (j !== i && o.parent[j] === parent && o.kind[j] === NodeKind.Item && o.marker(j) === name) found = j;
      for (let j = 0; j < o.n && found < 0; j++) if (j !== i && o.kind[j] === NodeKind.Item && o.marker(j) === name) found = j;
      if (found < 0) {
        o.declared.delete(i);
        break;
      }
      d.refs.set(name, found);
    }
  }
}
