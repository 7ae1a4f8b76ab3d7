/**
 * The outline of a table's rows: sections, groups, items and parts, "Trong đó" breakdowns, and
 * the total and "Cộng" lines with what they add up. Built row by row from each row's numbering
 * style (markers.ts) by the usual rule for legal and budget documents: a style met before closes
 * everything opened after it and continues its list; a new style opens a level under the row
 * above. Decimal parts go under the row their prefix names ("1.2" under "1").
 *
 * Kept in typed arrays: a workbook may hold a million rows, and the checks walk them per column.
 */
import type { Expr } from "./expr";
import { Style } from "./markers";

export const enum NodeKind {
  /** A row of the outline: a section, group, item or part. */
  Item = 0,
  /** "Tổng cộng", "Tổng số" …: the total of the top-level rows above it (or below it, when it comes first). */
  Total = 1,
  /** "Cộng", "Cộng nhóm I": the total of one group's rows. */
  Closing = 2,
  /** "Trong đó: …" with numbers of its own: one part of a breakdown. */
  SubsetHead = 3,
}

/** Flags of a node. */
export const SUBSET = 1;
export const HEADLINE = 2;
/** A rate or an average: never added up. */
export const NOT_ADDITIVE = 4;
/** Some children form a "Trong đó" breakdown (set by finish()). */
export const HAS_SUBSET = 8;
/** Some children add up to it. */
export const HAS_PART = 16;

const SUBSET_MARK = 200;

/** A formula written in a label ("TỔNG THU (A+B)", "Bội chi (C = A − B)"): references are row markers. */
export interface Declared {
  expr: Expr;
  /** Marker -> node, resolved when the outline is finished. */
  refs: Map<string, number>;
}

export class Outline {
  n = 0;
  row: Int32Array;
  parent: Int32Array;
  kind: Uint8Array;
  flags: Uint8Array;
  style: Uint8Array;
  /** Children in CSR form, built by finish(): the children of i are childList[childStart[i] .. childStart[i + 1]). */
  childStart = new Int32Array(1);
  childList = new Int32Array(0);
  /** Totals and "Cộng" lines: the nodes they add up. */
  readonly scope = new Map<number, number[]>();
  /** Formulas written in labels. */
  readonly declared = new Map<number, Declared>();
  /** Marker texts of nodes, as shown ("1.2", "IV", "-"; "" when none). */
  marker: (node: number) => string = () => "";

  /** The open rows, outermost first, as parallel arrays (no object per row). */
  private depthOpen = 0;
  private stackNode: number[] = [];
  private stackStyle: number[] = [];
  private stackText: string[] = [];
  private closingGroup = new Map<number, number>();
  private pendingDeclared = new Map<number, Expr>();
  private sinceTotal = 0;

  /** `capacity`: the most rows the table can have (the arrays grow beyond it if need be). */
  constructor(capacity = 64) {
    const cap = Math.max(16, Math.min(capacity, 1 << 24));
    this.row = new Int32Array(cap);
    this.parent = new Int32Array(cap);
    this.kind = new Uint8Array(cap);
    this.flags = new Uint8Array(cap);
    this.style = new Uint8Array(cap);
  }

  private grow(): void {
    const cap = this.row.length * 2;
    const g32 = (a: Int32Array) => {
      const b = new Int32Array(cap);
      b.set(a);
      return b;
    };
    const g8 = (a: Uint8Array) => {
      const b = new Uint8Array(cap);
      b.set(a);
      return b;
    };
    this.row = g32(this.row);
    this.parent = g32(this.parent);
    this.kind = g8(this.kind);
    this.flags = g8(this.flags);
    this.style = g8(this.style);
  }

  private add(row: number, kind: NodeKind, style: number, parent: number, flags: number): number {
    if (this.n === this.row.length) this.grow();
    const i = this.n++;
    this.row[i] = row;
    this.kind[i] = kind;
    this.style[i] = style;
    this.parent[i] = parent;
    this.flags[i] = flags;
    if (parent >= 0 && (flags & SUBSET) === 0) this.flags[parent] |= HAS_PART;
    return i;
  }

  private truncate(len: number): void {
    if (this.depthOpen > len) this.depthOpen = Math.max(0, len);
  }

  private push(node: number, style: number, text: string): void {
    const k = this.depthOpen++;
    this.stackNode[k] = node;
    this.stackStyle[k] = style;
    this.stackText[k] = text;
  }

  private lastIndexOfStyle(style: number): number {
    for (let k = this.depthOpen - 1; k >= 0; k--) if (this.stackStyle[k] === style) return k;
    return -1;
  }

  /** Styles open now, outermost first (for the letter / Roman decision). */
  openStyles(): Style[] {
    const out: Style[] = [];
    for (let k = 0; k < this.depthOpen; k++) if (this.stackStyle[k] !== SUBSET_MARK) out.push(this.stackStyle[k]);
    return out;
  }

  /**
   * The parent a row of this style gets (-1: top level); placedSubset says whether it joins a
   * breakdown. `asChild`: an unnumbered row goes under the row above (it sits between that row
   * and the next row of the same numbering: "1 | Các cơ quan" … agencies … "2 | …").
   */
  private placement(style: number, text: string, asChild = false): number {
    let placed = false;
    if (style > Style.Decimal + 1) {
      const prefix = text.slice(0, text.lastIndexOf("."));
      for (let k = this.depthOpen - 1; k >= 0; k--) {
        if (this.stackStyle[k] !== SUBSET_MARK && this.stackText[k] === prefix) {
          this.truncate(k + 1);
          placed = true;
          break;
        }
      }
    }
    if (!placed) {
      const idx = this.lastIndexOfStyle(style);
      if (idx >= 0) this.truncate(idx);
      else if (style === Style.Headline) {
        let k = this.depthOpen - 1;
        while (k >= 0 && this.stackStyle[k] !== Style.Letter && this.stackStyle[k] !== Style.Roman) k--;
        this.truncate(k + 1);
      } else if (style === Style.None && this.depthOpen > 0 && !asChild) {
        const top = this.stackStyle[this.depthOpen - 1];
        if (top !== Style.Headline && top !== Style.Letter && top !== Style.Roman && top !== SUBSET_MARK)
          this.truncate(this.depthOpen - 1);
      }
    }
    if (this.depthOpen === 0) {
      this.placedSubset = false;
      return -1;
    }
    const top = this.stackNode[this.depthOpen - 1];
    // Under "Trong đó:" the rows are the owner's breakdown; under a head of their own, its parts.
    this.placedSubset = this.stackStyle[this.depthOpen - 1] === SUBSET_MARK && this.kind[top] !== NodeKind.SubsetHead;
    return top;
  }

  /** Set by placement(): the row goes into its parent's "Trong đó" breakdown. */
  private placedSubset = false;

  /** A row of the outline. */
  item(row: number, style: number, text: string, flags: number, asChild = false): number {
    const parent = this.placement(style, text, asChild);
    const i = this.add(row, NodeKind.Item, style, parent, flags | (this.placedSubset ? SUBSET : 0));
    this.push(i, style, text);
    if (parent < 0) this.sinceTotal++;
    return i;
  }

  /** The node on top of the outline now (the owner of a "Trong đó" that follows), or -1. */
  current(): number {
    for (let k = this.depthOpen - 1; k >= 0; k--) if (this.stackStyle[k] !== SUBSET_MARK) return this.stackNode[k];
    return -1;
  }

  /** The rows that follow (until a style met before) are a breakdown of `owner`: "Trong đó:". */
  startSubset(owner: number): void {
    let k = this.depthOpen - 1;
    while (k >= 0 && this.stackNode[k] !== owner) k--;
    this.truncate(k + 1);
    this.push(owner, SUBSET_MARK, "");
  }

  /** "Trong đó: <label>" with numbers of its own: a part of `owner`'s breakdown. */
  subsetHead(row: number, owner: number): number {
    this.startSubset(owner);
    return this.add(row, NodeKind.SubsetHead, Style.None, owner, SUBSET);
  }

  /**
   * "Trong đó:" (or "Trong đó: chia theo nguồn vốn") on a row of its own: one breakdown of
   * `owner`, whose rows follow as its parts. A second head under the same owner is a second
   * breakdown, compared with the owner on its own.
   */
  subsetBlock(row: number, owner: number): number {
    let k = this.depthOpen - 1;
    while (k >= 0 && this.stackNode[k] !== owner) k--;
    this.truncate(k + 1);
    const h = this.add(row, NodeKind.SubsetHead, Style.None, owner, SUBSET);
    this.push(h, SUBSET_MARK, "");
    return h;
  }

  /** A total line ("Tổng cộng", "Tổng số"); finish() works out which rows it adds up. */
  total(row: number): number {
    const i = this.add(row, NodeKind.Total, Style.None, -1, 0);
    this.depthOpen = 0;
    this.sinceTotal = 0;
    return i;
  }

  /** True when top-level rows came since the last total (a total now closes them). */
  hasRowsSinceTotal(): boolean {
    return this.sinceTotal > 0;
  }

  /**
   * A "Cộng" line: closes the innermost open group (or the group whose marker it names: "Cộng
   * I"). With no group open it is the table's total.
   */
  closing(row: number, named?: string): number {
    let g = -1;
    let at = -1;
    for (let k = this.depthOpen - 1; k >= 0; k--) {
      if (this.stackStyle[k] === SUBSET_MARK) continue;
      if (named !== undefined ? this.stackText[k] === named : (this.flags[this.stackNode[k]] & HAS_PART) !== 0) {
        g = this.stackNode[k];
        at = k;
        break;
      }
    }
    if (g < 0) return this.total(row);
    const i = this.add(row, NodeKind.Closing, Style.None, -1, 0);
    this.closingGroup.set(i, g);
    this.truncate(at + 1);
    return i;
  }

  /** Records a formula written in the label of node i. */
  declare(i: number, expr: Expr): void {
    this.pendingDeclared.set(i, expr);
  }

  /** Builds the children lists, the totals' scopes and resolves label formulas. */
  finish(): void {
    const n = this.n;
    const start = new Int32Array(n + 1);
    for (let i = 0; i < n; i++) {
      const p = this.parent[i];
      if (p >= 0) {
        start[p + 1]++;
        if (this.flags[i] & SUBSET) this.flags[p] |= HAS_SUBSET;
      }
    }
    for (let i = 0; i < n; i++) start[i + 1] += start[i];
    // Fill through start[p] itself (each ends at start[p + 1]), then shift it back by one place.
    const list = new Int32Array(start[n]);
    for (let i = 0; i < n; i++) {
      const p = this.parent[i];
      if (p >= 0) list[start[p]++] = i;
    }
    for (let i = n; i > 0; i--) start[i] = start[i - 1];
    start[0] = 0;
    this.childStart = start;
    this.childList = list;
    // Totals: a total with top-level rows before it (since the previous total) adds them up; one
    // that comes first adds up the top-level rows that follow it (until the next total), and so
    // does one after a total that came first (forms list "TỔNG THU …" then "TỔNG CHI …").
    const totals: number[] = [];
    const segments: number[][] = [[]];
    for (let i = 0; i < n; i++) {
      const k = this.kind[i];
      if (k === NodeKind.Item && this.parent[i] < 0) segments[segments.length - 1].push(i);
      else if (k === NodeKind.Total) {
        totals.push(i);
        segments.push([]);
      }
    }
    let prevTop = false;
    totals.forEach((t, j) => {
      const before = segments[j];
      const after = segments[j + 1];
      const top = before.length === 0 || (j > 0 && prevTop && after.length > 0);
      this.scope.set(t, top ? after : before);
      prevTop = top;
    });
    for (const [i, g] of this.closingGroup) this.scope.set(i, this.partsOf(g));
    for (const [i, expr] of this.pendingDeclared) this.declared.set(i, { expr, refs: new Map() });
  }

  /** The children of i. */
  children(i: number): Int32Array {
    return this.childList.subarray(this.childStart[i], this.childStart[i + 1]);
  }

  /**
   * True when i heads a group: a headline ("Năm 2023", a line in capitals), a letter section or a
   * Roman group, or an unnumbered row with parts of its own.
   */
  isGroup(i: number): boolean {
    const s = this.style[i];
    return (
      (this.flags[i] & HEADLINE) !== 0 ||
      s === Style.Letter ||
      s === Style.Roman ||
      (s === Style.None && this.kind[i] === NodeKind.Item && this.hasParts(i))
    );
  }

  /** True when i has children that add up to it (no array built). */
  hasParts(i: number): boolean {
    return (this.flags[i] & HAS_PART) !== 0;
  }

  /** The children of i that add up to it (not the "Trong đó" breakdown). */
  partsOf(i: number): number[] {
    const out: number[] = [];
    for (const c of this.children(i)) if ((this.flags[c] & SUBSET) === 0) out.push(c);
    return out;
  }

  /** The children of i that are its "Trong đó" breakdown. */
  subsetOf(i: number): number[] {
    const out: number[] = [];
    for (const c of this.children(i)) if ((this.flags[c] & SUBSET) !== 0) out.push(c);
    return out;
  }

  /** Top-level rows. */
  roots(): number[] {
    const out: number[] = [];
    for (let i = 0; i < this.n; i++) if (this.parent[i] < 0 && this.kind[i] === NodeKind.Item) out.push(i);
    return out;
  }

  /** The node of a sheet row, or -1. */
  nodeAtRow(row: number): number {
    let lo = 0;
    let hi = this.n - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const r = this.row[mid];
      if (r === row) return mid;
      if (r < row) lo = mid + 1;
      else hi = mid - 1;
    }
    return -1;
  }

  /** Depth of a node (0 for top-level rows). */
  depth(i: number): number {
    let d = 0;
    for (let p = this.parent[i]; p >= 0; p = this.parent[p]) d++;
    return d;
  }
}
