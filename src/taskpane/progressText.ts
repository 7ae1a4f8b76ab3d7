/**
 * The progress line under the bar: which sheet is being read ("Đang đọc Phụ lục I (1/4)…"), whose
 * tables are being recognised, which check runs; the stage's general text when the host says no more.
 */
import type { Lang } from "../core/findings";
import type { ProgressDetail } from "../host/host";
import { findingName, stageText, t } from "./strings";
import type { FindingCode } from "../core/findings";

export function progressText(lang: Lang, stage: string, detail?: ProgressDetail): string {
  if (!detail) return stage ? stageText(lang, stage) : t(lang, "progress.starting");
  switch (detail.stage) {
    case "read":
      return detail.index === detail.lastIndex
        ? t(lang, "progress.readSheet", { sheet: detail.first, index: detail.index, count: detail.count })
        : t(lang, "progress.readSheets", {
            first: detail.first,
            last: detail.last,
            index: detail.index,
            lastIndex: detail.lastIndex,
            count: detail.count,
          });
    case "recognize":
      return t(lang, "progress.recognizeSheet", { sheet: detail.sheet, index: detail.index, count: detail.count });
    case "check":
      return t(lang, "progress.runCheck", {
        check: findingName(lang, detail.code as FindingCode),
        index: detail.index,
        count: detail.count,
      });
  }
}
