/// <reference types="office-js" />
/** Task pane entry (shared runtime page taskpane.html): the pane over the Excel host. */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { createRoot } from "react-dom/client";
import { excelHost } from "../excel";
import { App } from "./App";

void Office.onReady(() => {
  const el = document.getElementById("root");
  if (!el) return;
  createRoot(el).render(
    <FluentProvider theme={webLightTheme}>
      <App host={excelHost} />
    </FluentProvider>,
  );
});
