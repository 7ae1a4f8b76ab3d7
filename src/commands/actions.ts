/**
 * The ribbon's ExecuteFunction actions: each <FunctionName> of manifest.xml and the pane request
 * it posts. Pure data (no Office.js), so that the manifest check can import it.
 */
import type { PaneRequest } from "../host/requests";

export const COMMAND_ACTIONS: Readonly<Record<string, PaneRequest["kind"]>> = {
  validateTotals: "validate",
  draftReport: "draft",
  createTemplate: "template",
};
