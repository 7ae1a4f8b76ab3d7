/** themeKind (src/taskpane/theme.ts): Office's theme colours and forced colours → the pane's Fluent theme. */
import { teamsHighContrastTheme, webDarkTheme, webLightTheme } from "@fluentui/react-components";
import { fluentTheme, parseHexColor, relativeLuminance, themeKind } from "../../src/taskpane/theme";
import { OFFICE_THEMES } from "../../src/preview/standin/install";

describe("parseHexColor, relativeLuminance", () => {
  test("hex triplets as Office gives them, short or without #", () => {
    expect(parseHexColor("#FFA500")).toEqual([255, 165, 0]);
    expect(parseHexColor("262626")).toEqual([38, 38, 38]);
    expect(parseHexColor("#fff")).toEqual([255, 255, 255]);
    for (const bad of ["", "red", "#12345", "#GGGGGG", undefined]) expect(parseHexColor(bad)).toBeUndefined();
  });

  test("WCAG luminance: black 0, white 1, mid grey between", () => {
    expect(relativeLuminance([0, 0, 0])).toBe(0);
    expect(relativeLuminance([255, 255, 255])).toBeCloseTo(1, 10);
    expect(relativeLuminance([0x77, 0x77, 0x77])).toBeCloseTo(0.184, 3);
  });
});

describe("themeKind", () => {
  test("forced colours (Windows high contrast) win over any Office theme", () => {
    expect(themeKind(OFFICE_THEMES.light, true)).toBe("highContrast");
    expect(themeKind(OFFICE_THEMES.dark, true)).toBe("highContrast");
    expect(themeKind(undefined, true)).toBe("highContrast");
  });

  test("Office's light and dark themes, by their colours", () => {
    expect(themeKind(OFFICE_THEMES.light, false)).toBe("light");
    expect(themeKind(OFFICE_THEMES.dark, false)).toBe("dark");
    // Office's Dark Gray: mid-grey body, white text.
    expect(themeKind({ bodyBackgroundColor: "#666666", bodyForegroundColor: "#FFFFFF" }, false)).toBe("dark");
    // Colorful: a light body with dark text.
    expect(themeKind({ bodyBackgroundColor: "#E6E6E6", bodyForegroundColor: "#262626" }, false)).toBe("light");
  });

  test("isDarkTheme, where the host has it, is taken as said", () => {
    expect(themeKind({ ...OFFICE_THEMES.light, isDarkTheme: true }, false)).toBe("dark");
    expect(themeKind({ ...OFFICE_THEMES.dark, isDarkTheme: false }, false)).toBe("light");
  });

  test("half a theme: the control colours stand in, a background alone decides by its luminance", () => {
    expect(themeKind({ controlBackgroundColor: "#1F1F1F", controlForegroundColor: "#F0F0F0" }, false)).toBe("dark");
    expect(themeKind({ bodyBackgroundColor: "#202020" }, false)).toBe("dark");
    expect(themeKind({ bodyBackgroundColor: "#F3F3F3" }, false)).toBe("light");
  });

  test("nothing usable (outside Office, the web without a theme, garbage): light", () => {
    expect(themeKind(undefined, false)).toBe("light");
    expect(themeKind({}, false)).toBe("light");
    expect(themeKind({ bodyBackgroundColor: "transparent", bodyForegroundColor: "" }, false)).toBe("light");
  });
});

test("fluentTheme: one Fluent theme per kind", () => {
  expect(fluentTheme("light")).toBe(webLightTheme);
  expect(fluentTheme("dark")).toBe(webDarkTheme);
  expect(fluentTheme("highContrast")).toBe(teamsHighContrastTheme);
});
