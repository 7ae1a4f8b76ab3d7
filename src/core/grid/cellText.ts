/** Text of cells as the recognisers read it. */
import { tidy } from "../text/normalize";
import { type Cell, type Grid, isCellError } from "./grid";

/** Text of a cell as typed (strings untouched; numbers as shown; errors by name). */
function rawText(cell: Cell | undefined): string {
  if (!cell) return "";
  const v = cell.value;
  if (typeof v === "string") return v;
  if (typeof v === "number") return cell.text !== undefined ? cell.text.trim() : String(v);
  if (typeof v === "boolean") return v ? "TRUE" : "FALSE";
  if (isCellError(v)) return v.error;
  return "";
}

/** Text of a cell, tidied (single spaces, NFC, TCVN3 read as Unicode); "" when empty. */
export function cellText(cell: Cell | undefined): string {
  if (!cell) return "";
  const v = cell.value;
  if (typeof v === "string") return tidy(v);
  return rawText(cell);
}

/** True when the cell holds nothing (no value, or only spaces). */
export function isBlankCell(cell: Cell | undefined): boolean {
  if (!cell) return true;
  const v = cell.value;
  return v === null || v === "" || (typeof v === "string" && v.trim() === "");
}

/** True when no cell of the row holds anything. */
export function rowIsBlank(grid: Grid, row: number): boolean {
  const r = grid.rows[row];
  if (!r) return true;
  for (const c of r) if (!isBlankCell(c)) return false;
  return true;
}
