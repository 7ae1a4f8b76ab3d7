/// <reference types="office-js" />
/**
 * Task pane entry (shared runtime page taskpane.html): the pane over the Excel host. When office.js
 * did not load (its script ran before this bundle: refused, blocked or broken), a page that says
 * which addresses the network must allow, instead of a blank pane.
 */
import { FluentProvider } from "@fluentui/react-components";
import { createRoot } from "react-dom/client";
import { excelHost } from "../excel";
import { App } from "./App";
import { OfficeUnavailable } from "./components/OfficeUnavailable";
import { fluentTheme, themeKind } from "./theme";

const el = document.getElementById("root");

if (el && typeof Office === "undefined") {
  const forced = globalThis.matchMedia?.("(forced-colors: active)").matches ?? false;
  createRoot(el).render(
    <FluentProvider theme={fluentTheme(themeKind(undefined, forced))}>
      <OfficeUnavailable origin={location.origin} onReload={() => location.reload()} />
    </FluentProvider>,
  );
} else if (el) {
  void Office.onReady(() => {
    createRoot(el).render(<App host={excelHost} />);
  });
}
