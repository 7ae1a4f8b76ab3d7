/** A host error (an Excel error) shown in the pane, dismissible. */
import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import type { ReactNode } from "react";
import type { Lang } from "../../core/findings";
import { SheetWriteError } from "../../host/host";
import { t } from "../strings";

/**
 * The readable text of anything thrown: Office errors carry a code beside the message; a failed
 * write of new sheets says that nothing was left behind, or which sheets the user must delete.
 */
export function errorText(err: unknown, lang: Lang): string {
  if (err instanceof SheetWriteError) {
    const params = { sheets: err.sheets.join(", "), cause: errorText(err.error, lang) };
    return err.leftover.length > 0
      ? t(lang, "write.leftover", { ...params, leftover: err.leftover.join(", ") })
      : t(lang, "write.undone", params);
  }
  if (err instanceof Error || (typeof err === "object" && err !== null && "message" in err)) {
    const e = err as { message?: unknown; code?: unknown };
    const msg = typeof e.message === "string" && e.message.trim() ? e.message : t(lang, "error.unknown");
    const code = typeof e.code === "string" && e.code && !msg.includes(e.code) ? ` (${e.code})` : "";
    return msg + code;
  }
  if (typeof err === "string" && err.trim()) return err;
  return t(lang, "error.unknown");
}

/** A message bar with an optional title and an "Đóng" button: the pane's errors and notes. */
export function NoteBar(props: {
  lang: Lang;
  intent: "error" | "warning";
  testId: string;
  title?: string;
  reason?: string;
  onDismiss?: () => void;
  children: ReactNode;
}) {
  const { lang, intent, testId, title, reason, onDismiss, children } = props;
  return (
    <MessageBar intent={intent} layout="multiline" data-testid={testId} data-reason={reason}>
      <MessageBarBody>
        {title !== undefined && <MessageBarTitle>{title}</MessageBarTitle>}
        {children}
      </MessageBarBody>
      {onDismiss && (
        <MessageBarActions>
          <Button size="small" onClick={onDismiss}>
            {t(lang, "error.dismiss")}
          </Button>
        </MessageBarActions>
      )}
    </MessageBar>
  );
}

export function ErrorBar(props: { lang: Lang; message: string; title?: string; onDismiss?: () => void }) {
  const { lang, message, title, onDismiss } = props;
  return (
    <NoteBar lang={lang} intent="error" testId="error-bar" title={title ?? t(lang, "error.title")} onDismiss={onDismiss}>
      {message}
    </NoteBar>
  );
}
