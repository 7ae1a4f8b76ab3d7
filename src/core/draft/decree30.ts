/**
 * The fixed parts of an administrative document under Decree 30/2020/NĐ-CP (Phụ lục I), shared by
 * every rendering of a draft (.docx, the clipboard HTML, the Bản thảo sheet, plain text).
 */
import type { DraftMeta } from "./types";

/** Quốc hiệu and tiêu ngữ. */
export const NATIONAL_TITLE = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM";
export const MOTTO = "Độc lập - Tự do - Hạnh phúc";
export const DOCUMENT_KIND = "BÁO CÁO";
export const RECIPIENTS_LABEL = "Nơi nhận:";

/** The caption under an appendix's title: "(Kèm theo Báo cáo số 125/BC-UBND ngày … của UBND thị xã Đức Phổ)". */
export function appendixCaption(m: DraftMeta): string {
  const number = m.documentNumber.replace(/^Số:\s*/u, "");
  const date = m.dateLine.replace(/^[^,]*,\s*/u, "");
  return `(Kèm theo Báo cáo số ${number} ${date} của ${m.agencyShort})`;
}

/** The "Nơi nhận" lines as printed: each with its leading "- ". */
export function recipientLines(m: DraftMeta): string[] {
  return m.recipients.map((r) => `- ${r}`);
}
