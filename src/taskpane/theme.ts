/**
 * Which Fluent theme the pane wears, from what Office says of its own theme
 * (Office.context.officeTheme: body and control colours, isDarkTheme where the host has it) and
 * from the system's forced colours (Windows high contrast: the `forced-colors: active` media
 * query). Pure: the caller reads Office and the media query.
 */
import { type Theme, teamsHighContrastTheme, webDarkTheme, webLightTheme } from "@fluentui/react-components";

export type ThemeKind = "light" | "dark" | "highContrast";

/** The part of Office.OfficeTheme the choice reads; every field may be missing. */
export interface OfficeThemeColors {
  bodyBackgroundColor?: string;
  bodyForegroundColor?: string;
  controlBackgroundColor?: string;
  controlForegroundColor?: string;
  isDarkTheme?: boolean;
}

/** "#RRGGBB", "RRGGBB" or "#RGB" as [r, g, b] in 0–255; undefined for anything else. */
export function parseHexColor(s: string | undefined): [number, number, number] | undefined {
  if (typeof s !== "string") return undefined;
  let h = s.trim().replace(/^#/, "");
  if (/^[0-9a-f]{3}$/i.test(h)) h = [...h].map((c) => c + c).join("");
  if (!/^[0-9a-f]{6}$/i.test(h)) return undefined;
  return [0, 2, 4].map((i) => parseInt(h.slice(i, i + 2), 16)) as [number, number, number];
}

/** WCAG relative luminance of an sRGB colour (0 black … 1 white). */
export function relativeLuminance([r, g, b]: [number, number, number]): number {
  const lin = (c: number) => {
    const v = c / 255;
    return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

/** Below this luminance a background is dark (mid-grey #777 is about 0.18). */
const DARK_BACKGROUND = 0.18;

/**
 * The theme for the pane: high contrast whenever the system forces colours; otherwise dark when
 * Office says so (isDarkTheme), or when its body text is lighter than its body background, or —
 * with one colour only — when that background is dark; light when Office says nothing usable.
 */
export function themeKind(office: OfficeThemeColors | undefined, forcedColors: boolean): ThemeKind {
  if (forcedColors) return "highContrast";
  if (!office) return "light";
  if (typeof office.isDarkTheme === "boolean") return office.isDarkTheme ? "dark" : "light";
  const bg = parseHexColor(office.bodyBackgroundColor) ?? parseHexColor(office.controlBackgroundColor);
  const fg = parseHexColor(office.bodyForegroundColor) ?? parseHexColor(office.controlForegroundColor);
  if (bg && fg) return relativeLuminance(fg) > relativeLuminance(bg) ? "dark" : "light";
  if (bg) return relativeLuminance(bg) < DARK_BACKGROUND ? "dark" : "light";
  return "light";
}

const THEMES: Record<ThemeKind, Theme> = {
  light: webLightTheme,
  dark: webDarkTheme,
  highContrast: teamsHighContrastTheme,
};

/** The Fluent theme of a kind. */
export function fluentTheme(kind: ThemeKind): Theme {
  return THEMES[kind];
}
