/**
 * A workbook the user chose in a page (the preview's "Mở tệp Excel (.xlsx)…", the pane's "Tổng hợp"):
 * its bytes → Grids through the project's own .xlsx reader (readXlsx.ts, the one the CLI uses:
 * zip-bomb limits, .xls / encrypted / CSV files told apart), all in the browser. Nothing is sent anywhere. Every refusal is the reader's own message,
 * in both languages, naming the file.
 */
import type { Grid } from "../../core/grid/grid";
import { InputError } from "./errors";
import { readXlsx } from "./readXlsx";

/** Files larger than this are refused before reading (a report workbook is a few MB). */
export const MAX_OPEN_BYTES = 256 * 1024 * 1024;

export type Opened =
  | { ok: true; grids: Grid[]; /** sheets the workbook lists but holds no data for */ unread: string[] }
  | { ok: false; message: { vi: string; en: string } };

function refused(e: InputError): Opened {
  return { ok: false, message: { vi: e.vi, en: e.en } };
}

/** Reads an .xlsx file's bytes; never throws. */
export function openWorkbookBytes(bytes: Uint8Array, fileName: string): Opened {
  if (bytes.length === 0) return refused(new InputError("empty-file", fileName));
  if (bytes.length > MAX_OPEN_BYTES) {
    const mib = (n: number) => Math.round(n / 1048576);
    return refused(
      new InputError("too-large", fileName, {
        vi: `${mib(bytes.length)} MiB, vượt giới hạn ${mib(MAX_OPEN_BYTES)} MiB của tiện ích trong trình duyệt`,
        en: `${mib(bytes.length)} MiB, over the ${mib(MAX_OPEN_BYTES)} MiB limit of the add-in in the browser`,
      }),
    );
  }
  const unread: string[] = [];
  let grids: Grid[];
  try {
    grids = readXlsx(bytes, { fileName, unread });
  } catch (e) {
    // readXlsx throws InputError only; anything else would be a bug, still told as a damaged file.
    return refused(e instanceof InputError ? e : new InputError("corrupt", fileName, String(e)));
  }
  if (grids.length === 0) {
    return refused(
      new InputError("corrupt", fileName, { vi: "sổ không có trang tính nào", en: "the workbook has no worksheet" }),
    );
  }
  return { ok: true, grids, unread };
}
