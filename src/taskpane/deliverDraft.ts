/// <reference types="office-js" />
/**
 * How the drafted report reaches Word. Where a download works (Excel on Windows, Excel on the web)
 * the .docx is downloaded. In Excel on Mac (and iPad) the pane's web view drops downloads without a
 * word, so the report is copied to the clipboard as formatted text (HTML, with a plain-text
 * alternative) to paste into Word; the same happens when the download fails. The clipboard is
 * written with the async Clipboard API, else — missing or refused — through a hidden
 * contenteditable and document.execCommand("copy"). The outcome says which path ran and whether it
 * worked, so the pane never claims a copy that did not happen.
 */
import { type Lang, t } from "./strings";

/** Platforms whose task pane cannot download a file (Office.PlatformType). */
const NO_DOWNLOAD = new Set(["Mac", "iOS"]);

/** Office.context.platform (else diagnostics.platform); undefined outside Office or before it is ready. */
export function officePlatform(): string | undefined {
  try {
    const ctx = (globalThis as { Office?: typeof Office }).Office?.context;
    const p = (ctx?.platform as string | undefined) ?? (ctx?.diagnostics?.platform as string | undefined);
    return typeof p === "string" ? p : undefined;
  } catch {
    return undefined;
  }
}

/** The way the draft goes to Word on this platform: a download, or the clipboard. */
export function deliveryPath(platform: string | undefined): "download" | "clipboard" {
  return platform !== undefined && NO_DOWNLOAD.has(platform) ? "clipboard" : "download";
}

export interface ClipboardAccess {
  /** The async Clipboard API writing both types; undefined when the page has none. Rejects when refused. */
  write?: (html: string, text: string) => Promise<void>;
  /** The legacy copy; true when the browser says it copied. */
  execCopy: (html: string, text: string) => boolean;
}

/** The report as it goes to the clipboard. */
export interface DraftContent {
  html: string;
  text: string;
}

/** Why the clipboard was used: the platform cannot download, or the download failed. */
type ClipboardReason = "platform" | "download-failed";

export type Delivery =
  | { path: "download"; ok: true }
  | { path: "clipboard"; reason: ClipboardReason; ok: true; via: "clipboard-api" | "exec-command" }
  | { path: "clipboard"; reason: ClipboardReason; ok: false };

/**
 * Delivers the draft: downloads it, or copies it (see the file's comment). On the clipboard path the
 * copy starts at once, before any await, so that it still runs inside the user's click (Safari's
 * web view, Excel on Mac, allows the clipboard only there). `content` is called only when needed.
 */
export async function deliverDraft(opts: {
  platform: string | undefined;
  download: () => Promise<void>;
  clipboard: ClipboardAccess;
  content: () => DraftContent;
}): Promise<Delivery> {
  let reason: ClipboardReason = "platform";
  if (deliveryPath(opts.platform) === "download") {
    try {
      await opts.download();
      return { path: "download", ok: true };
    } catch {
      reason = "download-failed";
    }
  }
  const { html, text } = opts.content();
  if (opts.clipboard.write) {
    try {
      await opts.clipboard.write(html, text);
      return { path: "clipboard", reason, ok: true, via: "clipboard-api" };
    } catch {
      // Refused (no permission, no focus, no user gesture): try the legacy way.
    }
  }
  let copied = false;
  try {
    copied = opts.clipboard.execCopy(html, text);
  } catch {
    copied = false;
  }
  return copied ? { path: "clipboard", reason, ok: true, via: "exec-command" } : { path: "clipboard", reason, ok: false };
}

/**
 * What the pane says once the draft went to the clipboard, or failed to ("" after a download: the
 * browser shows it). A failure says so and points to the draft sheet; it never reads as a copy.
 */
export function deliveryMessage(lang: Lang, delivery: Delivery, sheet: string): string {
  if (delivery.path === "download") return "";
  const failedDownload = delivery.reason === "download-failed";
  const key = delivery.ok
    ? failedDownload
      ? "draft.copiedNoDownload"
      : "draft.copied"
    : failedDownload
      ? "draft.downloadCopyFailed"
      : "draft.copyFailed";
  return t(lang, key, { sheet });
}

/** What browserClipboard uses of the page (the page's own globals by default). */
interface ClipboardEnv {
  navigator?: { clipboard?: { write?: (items: ClipboardItem[]) => Promise<void> } };
  ClipboardItem?: new (items: Record<string, Blob>) => ClipboardItem;
  document?: Document;
}

/** The page's clipboard: the async Clipboard API where it exists, and the execCommand copy. */
export function browserClipboard(env: ClipboardEnv = globalThis): ClipboardAccess {
  const clip = env.navigator?.clipboard;
  const Item = env.ClipboardItem;
  const write =
    clip && typeof clip.write === "function" && typeof Item === "function"
      ? (html: string, text: string) =>
          clip.write!([
            new Item({
              "text/html": new Blob([html], { type: "text/html" }),
              "text/plain": new Blob([text], { type: "text/plain" }),
            }),
          ])
      : undefined;
  return { write, execCopy: (html, text) => (env.document ? execCopy(env.document, html, text) : false) };
}

/**
 * The legacy copy: the HTML in a hidden contenteditable, selected, and document.execCommand("copy");
 * the copy event puts both types on the clipboard (and the selection alone would give the HTML).
 */
function execCopy(doc: Document, html: string, text: string): boolean {
  const holder = doc.createElement("div");
  holder.contentEditable = "true";
  holder.setAttribute("aria-hidden", "true");
  holder.style.cssText = "position:fixed;left:-10000px;top:0;width:800px;opacity:0;pointer-events:none;";
  // The document's body only: its <title> would otherwise be selected as text.
  holder.innerHTML = /<body[^>]*>([\s\S]*)<\/body>/i.exec(html)?.[1] ?? html;
  const onCopy = (e: ClipboardEvent) => {
    if (!e.clipboardData) return;
    e.clipboardData.setData("text/html", html);
    e.clipboardData.setData("text/plain", text);
    e.preventDefault();
  };
  const chosen = doc.getSelection();
  doc.body.appendChild(holder);
  doc.addEventListener("copy", onCopy);
  try {
    const range = doc.createRange();
    range.selectNodeContents(holder);
    chosen?.removeAllRanges();
    chosen?.addRange(range);
    return doc.execCommand("copy");
  } finally {
    doc.removeEventListener("copy", onCopy);
    chosen?.removeAllRanges();
    holder.remove();
  }
}
