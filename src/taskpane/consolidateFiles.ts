/**
 * "Tổng hợp" in the pane: the files the user chose are read one after the other in the page by the
 * project's .xlsx reader (src/cli/xlsx/openWorkbook.ts, loaded on first use), each checked and
 * matched by the consolidation run of core (core/consolidate/run.ts, the one `baocao tonghop` uses),
 * and the consolidated sheets written as new sheets of the open workbook (Host.addSheets). Only one
 * file's cells are held at a time (and the form's). A file the reader refuses is listed with the
 * reader's reason and the rest go on; two files with the same content are added up once. Nothing
 * is uploaded.
 */
import { Consolidation, type Identity, type InputReport } from "../core/consolidate/run";
import type { Lang } from "../core/findings";
import type { Host, Progress } from "../host/host";
import { yieldToInterface } from "../excel/yieldToInterface";
import { t } from "./strings";

export interface ConsolidateOutcome {
  outcomes: InputReport[];
  /** The file whose form the sheets have (undefined: nothing written). */
  formFile?: string;
  summed: number;
  readable: number;
  /** The sheets written, in order (empty when nothing was written). */
  sheets: string[];
}

/** What the pane needs of a chosen file (a DOM File). */
export interface ChosenFile {
  name: string;
  arrayBuffer(): Promise<ArrayBuffer>;
}

const SAME_CONTENT = { vi: "nội dung giống hệt", en: "identical content" };

/** The file's SHA-256, when the page can compute it (a secure context): two picks of the same bytes. */
async function contentIdentity(bytes: Uint8Array<ArrayBuffer>): Promise<Identity[]> {
  const subtle = globalThis.crypto?.subtle;
  if (!subtle) return [];
  const digest = new Uint8Array(await subtle.digest("SHA-256", bytes));
  return [{ key: Array.from(digest, (b) => b.toString(16).padStart(2, "0")).join(""), same: SAME_CONTENT }];
}

const both = (key: Parameters<typeof t>[1], params: Record<string, string | number>) => ({
  vi: t("vi", key, params),
  en: t("en", key, params),
});

export async function consolidateFiles(
  files: readonly ChosenFile[],
  host: Pick<Host, "addSheets">,
  lang: Lang,
  progress: Progress,
  signal: AbortSignal,
): Promise<ConsolidateOutcome> {
  const { openWorkbookBytes } = await import(/* webpackChunkName: "reader" */ "../cli/xlsx/openWorkbook");
  const run = new Consolidation({ lang, errorsHint: (file) => both("consolidate.errorsHint", { file }) });
  const count = files.length;
  for (let i = 0; i < count; i++) {
    const file = files[i];
    progress((i / count) * 0.9, t(lang, "consolidate.reading", { index: i + 1, count, file: file.name }));
    await yieldToInterface();
    signal.throwIfAborted();
    let bytes: Uint8Array<ArrayBuffer>;
    try {
      bytes = new Uint8Array(await file.arrayBuffer());
    } catch (err) {
      run.unreadable(file.name, both("consolidate.readFailed", { reason: err instanceof Error ? err.message : String(err) }));
      continue;
    }
    const opened = openWorkbookBytes(bytes, file.name);
    if (!opened.ok) {
      run.unreadable(file.name, opened.message);
      continue;
    }
    run.add(file.name, opened.grids, await contentIdentity(bytes));
  }
  const r = run.finish();
  // The last moment to stop: the write is all or nothing and is not interrupted.
  signal.throwIfAborted();
  let sheets: string[] = [];
  if (r.sheets) {
    progress(0.9, t(lang, "consolidate.writing"));
    sheets = await host.addSheets(r.sheets);
  }
  progress(1, "done");
  return { outcomes: r.outcomes, formFile: r.formFile, summed: r.summed, readable: r.readable, sheets };
}
