/**
 * The drafted report as a .docx download. The docx library is loaded only when asked for (its own
 * chunk), so the pane opens fast. Throws where a download is not possible (a web view without the
 * download attribute), so that the pane copies the report instead (deliverDraft.ts).
 */
import type { Draft } from "../core/draft/types";

async function docxBlob(draft: Draft): Promise<Blob> {
  const { buildDocx, Packer } = await import(/* webpackChunkName: "docx" */ "../docx/buildDocx");
  return Packer.toBlob(buildDocx(draft));
}

export async function downloadDocx(draft: Draft, fileName = "bao-cao-chuyen-doi-so.docx"): Promise<void> {
  if (!("download" in HTMLAnchorElement.prototype) || typeof URL.createObjectURL !== "function") {
    throw new Error("This web view cannot download files.");
  }
  const blob = await docxBlob(draft);
  const url = URL.createObjectURL(blob);
  const a = document.createElement("a");
  a.href = url;
  a.download = fileName;
  a.rel = "noopener";
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
