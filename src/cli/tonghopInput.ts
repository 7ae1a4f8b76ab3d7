/**
 * One input of `baocao tonghop`, read and checked: its identity (real path, hash of its bytes) and
 * what the consolidation keeps of it (core/consolidate/examine.ts: counts, table shapes, numbers) —
 * never its grids, unless asked for in this thread (the input that becomes the form: its grids and
 * its bytes, the package OUT is written from). The result
 * is small and plain, so a worker thread can send it back (tonghopWorker.ts).
 */
import { createHash } from "node:crypto";
import { promises as fs } from "node:fs";
import { resolve } from "node:path";
import type { Lang } from "../core/findings";
import type { Grid } from "../core/grid/grid";
import type { Identity } from "../core/consolidate/run";
import { checkInput, type Examined } from "../core/consolidate/examine";
import type { TableSignature } from "../core/consolidate/form";
import type { Note } from "../core/tables/model";
import { readWorkbookFile } from "./readWorkbookFile";
import { InputError } from "./xlsx/errors";
import type { ReadXlsxOptions } from "./xlsx/readXlsx";

export interface ExamineOptions {
  read: ReadXlsxOptions;
  lang: Lang;
}

/** An input read and checked (or why it could not be). */
export type FileResult =
  | { read: false; why: Note }
  | {
      read: true;
      /** Same real path, or the same bytes: a file given twice. */
      id: { path: string; hash: string };
      examined: Examined;
      /** Its grids, signature and bytes, when asked for (`keepForm`). */
      form?: { grids: Grid[]; sig: TableSignature[]; bytes: Uint8Array };
    };

/** How two inputs are told to be the same file: the same real path first, then the same bytes. */
export function identities(id: { path: string; hash: string }): Identity[] {
  return [
    { key: `path:${id.path}`, same: { vi: "cùng đường dẫn", en: "same path" } },
    { key: `sha256:${id.hash}`, same: { vi: "nội dung giống hệt", en: "identical content" } },
  ];
}

async function identityOf(file: string, bytes: Uint8Array): Promise<{ path: string; hash: string }> {
  let path = resolve(file);
  try {
    path = await fs.realpath(file);
  } catch {
    // kept as resolved
  }
  return { path, hash: createHash("sha256").update(bytes).digest("hex") };
}

/**
 * Reads and checks one input; with `keepForm`, its grids and signature are kept too.
 * Throws only what is not an InputError (a bug): the caller reports it as this input's failure.
 */
export async function examineFile(file: string, o: ExamineOptions, keepForm = false): Promise<FileResult> {
  const source: { bytes?: Uint8Array } = {};
  let grids: Grid[];
  try {
    grids = await readWorkbookFile(file, { ...o.read, source });
  } catch (e) {
    if (!(e instanceof InputError)) throw e;
    return { read: false, why: { vi: e.vi, en: e.en } };
  }
  const bytes = source.bytes as Uint8Array;
  source.bytes = undefined;
  const id = await identityOf(file, bytes);
  const { examined, sig } = checkInput(grids, o.lang);
  return keepForm ? { read: true, id, examined, form: { grids, sig, bytes } } : { read: true, id, examined };
}
