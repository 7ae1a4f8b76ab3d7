/** What the pane shows before the first run, after a clean run, and when no table was found. */
import { MessageBar, MessageBarBody, MessageBarTitle, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { Lang, Summary as ReportSummary } from "../../core/findings";
import { t } from "../strings";

const useStyles = makeStyles({
  intro: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  title: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  ul: {
    margin: 0,
    paddingLeft: tokens.spacingHorizontalXL,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
  },
  strong: { fontWeight: tokens.fontWeightSemibold },
});

export function Intro(props: { lang: Lang }) {
  const { lang } = props;
  const s = useStyles();
  return (
    <section className={s.intro} data-testid="intro">
      <h2 className={s.title}>{t(lang, "intro.title")}</h2>
      <ul className={s.ul}>
        <li>
          <Text>{t(lang, "intro.appendix")}</Text>
        </li>
        <li>
          <Text>{t(lang, "intro.figures")}</Text>
        </li>
        <li>
          <Text>{t(lang, "intro.targets")}</Text>
        </li>
        <li>
          <Text>{t(lang, "intro.forms")}</Text>
        </li>
        <li>
          <Text>{t(lang, "intro.more")}</Text>
        </li>
      </ul>
      <Text className={s.strong}>{t(lang, "intro.readOnly")}</Text>
      <Text>{t(lang, "intro.start")}</Text>
    </section>
  );
}

/** No finding: "đều khớp" is said only of the numbers that were checked. */
export function CleanResult(props: { lang: Lang; summary: ReportSummary }) {
  const { lang, summary } = props;
  const { tables, sheets, checkedCells: checked, numericCells: numeric } = summary;
  const all = checked === numeric;
  return (
    <MessageBar
      intent={all ? "success" : "warning"}
      layout="multiline"
      data-testid="clean"
      data-complete={all ? "true" : "false"}
    >
      <MessageBarBody>
        <MessageBarTitle>{t(lang, all ? "clean.title" : "clean.partialTitle")}</MessageBarTitle>
        {all
          ? t(lang, "clean.body", { tables, sheets, checked })
          : t(lang, "clean.partialBody", { checked, numeric, unchecked: numeric - checked })}
      </MessageBarBody>
    </MessageBar>
  );
}

export function NoTablesHelp(props: { lang: Lang }) {
  const { lang } = props;
  return (
    <MessageBar intent="warning" layout="multiline" data-testid="no-tables">
      <MessageBarBody>
        <MessageBarTitle>{t(lang, "noTables.title")}</MessageBarTitle>
        {t(lang, "noTables.body")}
      </MessageBarBody>
    </MessageBar>
  );
}
