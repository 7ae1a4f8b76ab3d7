/**
 * The pane's starting language: the one the user chose with the switch (kept in localStorage),
 * else Office's interface language (Office.context.displayLanguage: vi-* → Vietnamese, anything
 * else → English), else Vietnamese (outside Office).
 */
import type { Lang } from "../core/findings";

/** Where strings.ts's saveLang keeps the user's choice. */
const LANG_STORAGE_KEY = "baocao.lang";

/** The language from the stored choice and Office's display language. */
export function chooseLang(stored: string | null | undefined, displayLanguage: string | null | undefined): Lang {
  if (stored === "vi" || stored === "en") return stored;
  if (typeof displayLanguage !== "string" || displayLanguage.trim() === "") return "vi";
  return /^vi(-|_|$)/i.test(displayLanguage.trim()) ? "vi" : "en";
}

function storedChoice(): string | null {
  try {
    return globalThis.localStorage?.getItem(LANG_STORAGE_KEY) ?? null;
  } catch {
    return null;
  }
}

function displayLanguage(): string | undefined {
  try {
    return (globalThis as unknown as { Office?: { context?: { displayLanguage?: string } } }).Office?.context?.displayLanguage;
  } catch {
    return undefined;
  }
}

/** The language the pane opens in. */
export function initialLang(): Lang {
  return chooseLang(storedChoice(), displayLanguage());
}
