/**
 * What the pane says of the workbook beside the results: a finding's cell it could not select (its
 * sheet hidden, or gone since the check), and Excel calculating manually (values may be stale).
 */
import { MessageBar, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import type { Lang } from "../../core/findings";
import type { SelectResult } from "../../host/host";
import { t } from "../strings";
import { NoteBar } from "./ErrorBar";

/** A cell the host did not select, and why. */
export interface SelectNote {
  sheet: string;
  cell: string;
  reason: Extract<SelectResult, { ok: false }>["reason"];
}

const REASON_KEYS = { hidden: "select.hidden", veryHidden: "select.veryHidden", missing: "select.missing" } as const;

/** What to tell the user about a cell the host did not select. */
export function selectNoteText(lang: Lang, note: SelectNote): string {
  return t(lang, REASON_KEYS[note.reason], { sheet: note.sheet, cell: note.cell });
}

export function SelectNoteBar(props: { lang: Lang; note: SelectNote; onDismiss: () => void }) {
  const { lang, note, onDismiss } = props;
  return (
    <NoteBar
      lang={lang}
      intent="warning"
      testId="select-note"
      title={t(lang, "select.title")}
      reason={note.reason}
      onDismiss={onDismiss}
    >
      {selectNoteText(lang, note)}
    </NoteBar>
  );
}

/** Excel is in manual calculation: the formula results read may be those of an earlier calculation. */
export function ManualCalculationBar(props: { lang: Lang }) {
  return (
    <MessageBar intent="warning" layout="multiline" data-testid="calc-manual">
      <MessageBarBody>
        <MessageBarTitle>{t(props.lang, "calc.title")}</MessageBarTitle>
        {t(props.lang, "calc.manual")}
      </MessageBarBody>
    </MessageBar>
  );
}
