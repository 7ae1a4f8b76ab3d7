/// <reference types="office-js" />
/* global Office, console */
/**
 * Ribbon commands (tab "Báo cáo"). They run in the shared runtime, in the same JavaScript context
 * as the task pane: each command queues a request for the pane (which shows its progress and
 * results), then opens the pane. The pane handles the request once mounted.
 *
 * The action ids (src/commands/actions.ts) match the <FunctionName> elements of manifest.xml.
 */
import { type PaneRequest, postPaneRequest } from "../host/requests";
import { COMMAND_ACTIONS } from "./actions";

/** The handler of one ribbon button: it always completes the event, whatever happens. */
export function commandHandler(kind: PaneRequest["kind"]): (event: Office.AddinCommands.Event) => Promise<void> {
  return async (event) => {
    try {
      postPaneRequest({ kind });
      await Office.addin.showAsTaskpane();
    } catch (e) {
      console.error(`Lệnh "${kind}" không mở được ngăn tác vụ / command "${kind}" could not open the pane:`, e);
    } finally {
      try {
        event.completed();
      } catch (e) {
        console.error("event.completed() failed:", e);
      }
    }
  };
}

if (typeof Office !== "undefined") {
  void Office.onReady(() => {
    for (const [action, kind] of Object.entries(COMMAND_ACTIONS)) {
      // Office awaits nothing from a command: the handler catches everything and completes the event itself.
      // eslint-disable-next-line @typescript-eslint/no-misused-promises
      Office.actions.associate(action, commandHandler(kind));
    }
  });
}
