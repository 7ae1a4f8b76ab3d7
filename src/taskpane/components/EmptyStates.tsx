/** What the pane shows after a run with no finding: it claims only the checks that ran. */
import { MessageBar, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import { useMemo } from "react";
import type { Lang, Summary as ReportSummary } from "../../core/findings";
import { coverageView } from "../coverage/model";
import { t } from "../strings";

/**
 * No finding: green "Không có lỗi" only when every number cell was checked and nothing holding
 * numbers was skipped or unread; otherwise a warning that says what was checked and what was not.
 */
export function CleanResult(props: { lang: Lang; summary: ReportSummary; sheetNames?: readonly string[] }) {
  const { lang, summary, sheetNames } = props;
  const view = useMemo(() => coverageView(summary, lang, sheetNames), [summary, lang, sheetNames]);
  const all = view.tone === "success";
  return (
    <MessageBar
      intent={all ? "success" : "warning"}
      layout="multiline"
      data-testid="clean"
      data-complete={all ? "true" : "false"}
    >
      <MessageBarBody>
        <MessageBarTitle>{t(lang, all ? "clean.title" : "clean.partialTitle")}</MessageBarTitle>
        {view.headline}
      </MessageBarBody>
    </MessageBar>
  );
}
