/**
 * What the pane says of the results' age: the workbook changed after their check (a banner with the
 * check's time, the sheets changed and "Kiểm tra lại"), this Excel cannot tell of changes (results
 * as of their check's time), a check stopped by the user ("Đã dừng"); and the "Tự kiểm tra lại"
 * switch.
 */
import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle, Switch } from "@fluentui/react-components";
import type { Lang } from "../../core/findings";
import { clockTime } from "../staleness";
import { t } from "../strings";
import { NoteBar } from "./ErrorBar";

export function StaleBanner(props: {
  lang: Lang;
  checkedAt: number;
  sheets: string[];
  disabled: boolean;
  onRecheck: () => void;
}) {
  const { lang, checkedAt, sheets, disabled, onRecheck } = props;
  const time = clockTime(checkedAt);
  return (
    <MessageBar intent="warning" layout="multiline" data-testid="stale" data-checked-at={time}>
      <MessageBarBody>
        <MessageBarTitle>{t(lang, "stale.title")}</MessageBarTitle>
        {t(lang, "stale.body", { time, sheets: sheets.join(", ") })}
      </MessageBarBody>
      <MessageBarActions>
        <Button size="small" appearance="primary" disabled={disabled} onClick={onRecheck} data-testid="stale-recheck">
          {t(lang, "stale.recheck")}
        </Button>
      </MessageBarActions>
    </MessageBar>
  );
}

/** Without change events: the results hold for the workbook at their check's time. */
export function AsOfNote(props: { lang: Lang; checkedAt: number }) {
  return (
    <MessageBar intent="info" layout="multiline" data-testid="as-of">
      <MessageBarBody>{t(props.lang, "stale.noEvents", { time: clockTime(props.checkedAt) })}</MessageBarBody>
    </MessageBar>
  );
}

/** A check or draft stopped with "Dừng": the earlier results (if any) are kept, and said to be old. */
export function StoppedBar(props: { lang: Lang; checkedAt: number | undefined; onDismiss: () => void }) {
  const { lang, checkedAt, onDismiss } = props;
  return (
    <NoteBar lang={lang} intent="info" testId="stopped" title={t(lang, "stopped.title")} onDismiss={onDismiss}>
      {checkedAt === undefined ? t(lang, "stopped.none") : t(lang, "stopped.kept", { time: clockTime(checkedAt) })}
    </NoteBar>
  );
}

/** "Tự kiểm tra lại": re-check after edits, by itself. Shown only where the host tells of changes. */
export function AutoRecheckSwitch(props: { lang: Lang; checked: boolean; onChange: (on: boolean) => void }) {
  const { lang, checked, onChange } = props;
  return (
    <Switch
      checked={checked}
      onChange={(_, d) => onChange(d.checked)}
      label={t(lang, "stale.auto")}
      title={t(lang, "stale.autoHint")}
      data-testid="auto-recheck"
    />
  );
}
