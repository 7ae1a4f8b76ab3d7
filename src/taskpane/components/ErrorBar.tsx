/** A host error (an Excel error) shown in the pane, dismissible; Excel's own words under "Chi tiết". */
import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { ReactNode } from "react";
import type { Lang } from "../../core/findings";
import { SheetWriteError } from "../../host/host";
import { type ErrorExplanation, explainError } from "../excelErrors";
import { t } from "../strings";

/**
 * What the pane says of anything thrown: Excel's error codes explained (excelErrors.ts), Excel's
 * raw message kept as the detail; a failed write of new sheets says that nothing was left behind,
 * or which sheets the user must delete.
 */
export function paneError(err: unknown, lang: Lang): ErrorExplanation {
  if (err instanceof SheetWriteError) {
    const cause = paneError(err.error, lang);
    const params = { sheets: err.sheets.join(", "), cause: cause.text.replace(/\.$/, "") };
    const text =
      err.leftover.length > 0
        ? t(lang, "write.leftover", { ...params, leftover: err.leftover.join(", ") })
        : t(lang, "write.undone", params);
    return cause.detail ? { text, detail: cause.detail } : { text };
  }
  return explainError(err, lang);
}

/** The readable text of anything thrown (paneError without the detail). */
export function errorText(err: unknown, lang: Lang): string {
  return paneError(err, lang).text;
}

const useStyles = makeStyles({
  details: { marginTop: tokens.spacingVerticalXS },
  summary: { cursor: "pointer" },
  raw: { fontFamily: tokens.fontFamilyMonospace, fontSize: tokens.fontSizeBase200, overflowWrap: "anywhere" },
});

/**
 * A message bar with a title and an "Đóng" button: the pane's errors, notes and results. The title
 * is always rendered, since the bar is labelled by it (MessageBar's aria-labelledby, to the id it
 * gives the title: never give the title an id of its own).
 */
export function NoteBar(props: {
  lang: Lang;
  intent: "error" | "warning" | "info" | "success";
  testId: string;
  title: string;
  reason?: string;
  onDismiss?: () => void;
  children: ReactNode;
}) {
  const { lang, intent, testId, title, reason, onDismiss, children } = props;
  return (
    <MessageBar intent={intent} layout="multiline" data-testid={testId} data-reason={reason}>
      <MessageBarBody>
        <MessageBarTitle>{title}</MessageBarTitle>
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

export function ErrorBar(props: { lang: Lang; message: string; detail?: string; title?: string; onDismiss?: () => void }) {
  const { lang, message, detail, title, onDismiss } = props;
  const s = useStyles();
  return (
    <NoteBar lang={lang} intent="error" testId="error-bar" title={title ?? t(lang, "error.title")} onDismiss={onDismiss}>
      {message}
      {detail && (
        <details className={s.details} data-testid="error-detail">
          <summary className={s.summary}>{t(lang, "error.details")}</summary>
          <span className={s.raw} lang="en">
            {detail}
          </span>
        </details>
      )}
    </NoteBar>
  );
}
