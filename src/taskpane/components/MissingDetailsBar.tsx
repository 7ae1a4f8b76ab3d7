/**
 * After Soạn báo cáo: the document's own details the draft left blank (signer, number, date …),
 * by name, and where to fill them in — the "Thông tin văn bản" sheet, which Tạo mẫu adds. Nothing
 * is shown when none is missing.
 */
import { MessageBar, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import type { MissingDetail } from "../../core/draft/types";
import type { Lang } from "../../core/findings";
import { t } from "../strings";

export function MissingDetailsBar(props: { lang: Lang; missing: readonly MissingDetail[] }) {
  const { lang, missing } = props;
  if (missing.length === 0) return null;
  return (
    <MessageBar intent="warning" layout="multiline" data-testid="draft-missing">
      <MessageBarBody>
        <MessageBarTitle>{t(lang, "details.title")}</MessageBarTitle>
        {t(lang, "details.missing")}
        <ul>
          {missing.map((m) => (
            <li key={m.key} data-key={m.key}>
              {lang === "en" ? m.en : m.vi}
            </li>
          ))}
        </ul>
        {t(lang, "details.where")}
      </MessageBarBody>
    </MessageBar>
  );
}
