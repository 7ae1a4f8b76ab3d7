/**
 * readWorkbookFile: the CLI's entry point for reading a report workbook from disk.
 *
 * Asynchronous (fs/promises). Classifies the path BEFORE parsing and throws only
 * {@link InputError} (never anything else, for any path or byte sequence):
 * - `not-found` (ENOENT / ENOTDIR), `not-a-file` (a folder, a device, a pipe...),
 *   `unreadable` (EACCES / EPERM / locked / other I/O errors), `empty-file` (0 bytes),
 *   `too-large` (a file over 1 GiB is not even read);
 * - then the bytes go to {@link readXlsx}, which sniffs them (`encrypted`, `xls`, `csv`, `docx`,
 *   `pptx`, `zip`, `not-xlsx`, `truncated`) and parses them (`corrupt`, `too-large`).
 *
 * Error messages name the file as the caller wrote the path.
 */
import { promises as fs } from "node:fs";
import type { Grid } from "../core/grid/grid";
import { InputError, toInputError } from "./xlsx/errors";
import { readXlsx, type ReadXlsxOptions } from "./xlsx/readXlsx";

/** Files larger than this are refused without reading them. */
const MAX_FILE_BYTES = 1024 * 1024 * 1024;

function errnoCode(e: unknown): string | undefined {
  return typeof e === "object" && e !== null && typeof (e as { code?: unknown }).code === "string"
    ? (e as { code: string }).code
    : undefined;
}

function fsError(e: unknown, path: string): InputError {
  const code = errnoCode(e);
  switch (code) {
    case "ENOENT":
    case "ENOTDIR":
    case "ENAMETOOLONG":
    case "ELOOP":
      return new InputError("not-found", path, undefined, { cause: e });
    case "EISDIR":
      return new InputError("not-a-file", path, { vi: "đây là một thư mục", en: "it is a folder" }, { cause: e });
    case "EACCES":
    case "EPERM":
      return new InputError("unreadable", path, { vi: "không có quyền đọc", en: "permission denied" }, { cause: e });
    case "EBUSY":
      return new InputError(
        "unreadable",
        path,
        { vi: "tệp đang bị chương trình khác khóa", en: "the file is locked by another program" },
        { cause: e },
      );
    default: {
      const msg = e instanceof Error ? e.message : String(e);
      return new InputError("unreadable", path, { vi: `lỗi đọc tệp: ${msg}`, en: `read error: ${msg}` }, { cause: e });
    }
  }
}

export interface ReadFileOptions extends ReadXlsxOptions {
  /** When given, receives the bytes read (the draft's workbook copy is made from the very bytes it was drafted from). */
  source?: { bytes?: Uint8Array };
}

/**
 * Reads the workbook at `path` into one Grid per worksheet (workbook order).
 * @param options passed to readXlsx (`fileName` defaults to `path`).
 * @throws InputError, only.
 */
export async function readWorkbookFile(path: string, options: ReadFileOptions = {}): Promise<Grid[]> {
  const name = options.fileName ?? path;
  try {
    if (typeof path !== "string" || path === "" || path.includes("\0")) throw new InputError("not-found", String(path));
    let size: number;
    try {
      const st = await fs.stat(path);
      if (st.isDirectory()) throw new InputError("not-a-file", name, { vi: "đây là một thư mục", en: "it is a folder" });
      if (!st.isFile()) throw new InputError("not-a-file", name, { vi: "không phải tệp thông thường", en: "not a regular file" });
      size = st.size;
    } catch (e) {
      throw e instanceof InputError ? e : fsError(e, name);
    }
    if (size === 0) throw new InputError("empty-file", name);
    if (size > MAX_FILE_BYTES) {
      throw new InputError("too-large", name, {
        vi: `${Math.round(size / 1048576)} MiB, vượt giới hạn ${MAX_FILE_BYTES / 1048576} MiB`,
        en: `${Math.round(size / 1048576)} MiB, over the ${MAX_FILE_BYTES / 1048576} MiB limit`,
      });
    }
    let bytes: Uint8Array;
    try {
      bytes = await fs.readFile(path);
    } catch (e) {
      throw fsError(e, name);
    }
    if (bytes.length === 0) throw new InputError("empty-file", name);
    if (options.source) options.source.bytes = bytes;
    const { source: _source, ...read } = options;
    return readXlsx(bytes, { ...read, fileName: name });
  } catch (e) {
    throw toInputError(e, name);
  }
}
