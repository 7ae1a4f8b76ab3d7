/**
 * Header rows: which column is TT, Nội dung, Kinh phí, Tử số, Mục tiêu... Matched on folded text
 * (accent- and case-insensitive), over one row or a two-row header with merged cells.
 */
import { type Grid, cellAt } from "../grid/grid";
import { foldVariants } from "../text/normalize";
import { fromTcvn3, looksTcvn3 } from "../text/tcvn3";
import type { TableKind } from "./model";

export type Role =
  | "tt"
  | "content"
  | "amount"
  | "year"
  | "lead"
  | "description"
  | "source"
  | "note"
  | "num"
  | "den"
  | "rate"
  | "group"
  | "indicator"
  | "target"
  | "unit"
  | "actual";

/** Ordered: the first pattern that matches a label gives its role. */
const ROLE_PATTERNS: [Role, RegExp][] = [
  ["tt", /^(s\.?\s?tt|tt|so tt|so thu tu)\.?$/],
  ["lead", /^(don vi|co quan) (chu tri|thuc hien|phu trach)/],
  ["unit", /^(don vi tinh|don vi|dvt)\.?$/],
  ["year", /^(thoi gian|thoi han|nam thuc hien|nam$|ket qua,? tien do|tien do)/],
  ["amount", /^(kinh phi|tong kinh phi|so tien|du toan|thanh tien|gia tri|tong muc|muc kinh phi)/],
  ["source", /^nguon (von|kinh phi)/],
  ["description", /^(dien giai|mo ta|noi dung chi tiet)/],
  ["note", /^ghi chu/],
  ["num", /^tu so/],
  ["den", /^mau so/],
  ["rate", /^(ty le|ti le)/],
  ["indicator", /^chi tieu/],
  ["target", /^(muc tieu|chi tieu ke hoach|ke hoach)/],
  ["actual", /^(thuc hien|ket qua thuc hien|uoc thuc hien|ket qua dat duoc)/],
  ["group", /^(nhom|linh vuc)/],
  ["content", /^(noi dung|ten|nhiem vu|danh muc|hang muc|du an|chi so|cong viec)/],
];

export function roleOf(label: string): Role | undefined {
  if (label.length > 80) return undefined;
  for (const f of foldVariants(label)) for (const [role, re] of ROLE_PATTERNS) if (re.test(f)) return role;
  return undefined;
}

export interface Header {
  kind: TableKind;
  top: number;
  bottom: number;
  roles: Map<Role, number>;
}

function rowRoles(grid: Grid, row: number): Map<Role, number> {
  const out = new Map<Role, number>();
  const r = grid.rows[row];
  if (!r) return out;
  for (let c = 0; c < r.length; c++) {
    const cell = r[c];
    if (!cell || typeof cell.value !== "string") continue;
    const role = roleOf(cell.value);
    if (role && !out.has(role)) out.set(role, c);
  }
  return out;
}

function kindOf(roles: Map<Role, number>): TableKind | undefined {
  if (roles.has("num") && (roles.has("den") || roles.has("rate")) && (roles.has("content") || roles.has("indicator"))) {
    return "figures";
  }
  if (roles.has("target") && (roles.has("indicator") || roles.has("content"))) return "targets";
  if (roles.has("tt") && roles.has("amount") && (roles.has("content") || roles.size >= 3)) return "appendix";
  return undefined;
}

/**
 * The header starting at `row`, if it is one. A second header row below (sub-labels under a
 * merged cell, e.g. "Kinh phí | Nguồn vốn" under "Kinh phí và nguồn vốn") refines the roles.
 */
export function headerAt(grid: Grid, row: number): Header | undefined {
  const roles = rowRoles(grid, row);
  if (roles.size < 2) return undefined;
  let bottom = row;
  const next = rowRoles(grid, row + 1);
  const ttCol = roles.get("tt");
  const nextTt = ttCol === undefined ? undefined : cellAt(grid, row + 1, ttCol)?.value;
  if (next.size > 0 && (nextTt === undefined || nextTt === null || nextTt === "")) {
    // A second header row: its labels take over their columns.
    for (const [role, col] of next) {
      for (const [r0, c0] of roles) if (c0 === col) roles.delete(r0);
      roles.set(role, col);
    }
    bottom = row + 1;
  }
  const kind = kindOf(roles);
  if (!kind) return undefined;
  return { kind, top: row, bottom, roles };
}

/** True when `row` repeats the labels of `h` (a header repeated where the table crossed a page). */
export function repeatsHeader(grid: Grid, row: number, h: Header): boolean {
  let same = 0;
  let total = 0;
  for (const [role, col] of h.roles) {
    total++;
    const v = cellAt(grid, row, col)?.value;
    if (typeof v === "string" && roleOf(v) === role) same++;
  }
  return same >= 2 && same * 2 >= total;
}

/** "Đơn vị tính: Triệu đồng." -> "triệu đồng". */
export function unitFrom(text: string): string | undefined {
  const t = looksTcvn3(text) ? fromTcvn3(text) : text;
  const m = /^\s*\(?\s*(đơn vị tính|đvt|don vi tinh|dvt)\s*[:：]\s*(.+?)[.)\s]*$/i.exec(t.normalize("NFC"));
  if (!m) return undefined;
  return m[2].trim().toLocaleLowerCase("vi");
}
