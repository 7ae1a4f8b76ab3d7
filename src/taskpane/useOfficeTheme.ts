/**
 * The pane's theme kind, kept current: Office's theme colours (read again when Office raises
 * OfficeThemeChanged — only some hosts do; elsewhere the theme is read once) and the system's
 * forced colours (`forced-colors: active`, which changes live). Outside Office: light.
 */
import { useEffect, useState } from "react";
import { type OfficeThemeColors, type ThemeKind, themeKind } from "./theme";

const FORCED = "(forced-colors: active)";

type OfficeLike = {
  context?: {
    officeTheme?: OfficeThemeColors;
    document?: { addHandlerAsync?: (type: string, handler: () => void, cb?: (r: unknown) => void) => void };
  };
  EventType?: { OfficeThemeChanged?: string };
};

const office = (): OfficeLike | undefined => (globalThis as unknown as { Office?: OfficeLike }).Office;

/** Office.context.officeTheme, or undefined where the host has none (or throws on reading it). */
function officeTheme(): OfficeThemeColors | undefined {
  try {
    return office()?.context?.officeTheme ?? undefined;
  } catch {
    return undefined;
  }
}

function forcedColors(): boolean {
  try {
    return globalThis.matchMedia?.(FORCED).matches ?? false;
  } catch {
    return false;
  }
}

const current = (): ThemeKind => themeKind(officeTheme(), forcedColors());

/** Calls `onChange` when Office reports a theme change, where the host offers the event. */
function onOfficeThemeChanged(onChange: () => void): void {
  try {
    const o = office();
    const type = o?.EventType?.OfficeThemeChanged;
    const add = o?.context?.document?.addHandlerAsync;
    if (!type || typeof add !== "function") return;
    // A host without the event answers with a failed result: nothing to do, the theme stays as read.
    add.call(o.context?.document, type, onChange, () => undefined);
  } catch {
    /* not offered by this host */
  }
}

export function useOfficeTheme(): ThemeKind {
  const [kind, setKind] = useState<ThemeKind>(current);
  useEffect(() => {
    let live = true;
    const update = () => {
      if (live) setKind(current());
    };
    onOfficeThemeChanged(update);
    const mq = globalThis.matchMedia?.(FORCED);
    mq?.addEventListener?.("change", update);
    update();
    return () => {
      live = false;
      mq?.removeEventListener?.("change", update);
    };
  }, []);
  return kind;
}
