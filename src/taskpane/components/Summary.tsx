/**
 * Counts of errors / warnings / notes, tables found and sheets read, and the coverage panel: how
 * many number cells were checked ("Đã kiểm tra X/Y ô số"), per sheet what was recognised or
 * skipped and why, and what was not checked.
 */
import { Badge, Text, makeStyles, tokens } from "@fluentui/react-components";
import { formatCount } from "../format";
import type { Lang, Summary as ReportSummary } from "../../core/findings";
import { useMemo } from "react";
import { coverageView } from "../coverage/model";
import { t } from "../strings";
import { CoveragePanel } from "./CoveragePanel";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingVerticalM,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  title: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  counts: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalL },
  count: { display: "inline-flex", alignItems: "center", gap: tokens.spacingHorizontalXS },
  scope: { color: tokens.colorNeutralForeground2 },
});

export function Summary(props: { summary: ReportSummary; lang: Lang; sheetNames?: readonly string[] }) {
  const { summary, lang, sheetNames } = props;
  const s = useStyles();
  const view = useMemo(() => coverageView(summary, lang, sheetNames), [summary, lang, sheetNames]);
  const items = [
    { key: "errors", n: summary.errors, label: t(lang, "summary.errors"), color: "danger" as const },
    { key: "warnings", n: summary.warnings, label: t(lang, "summary.warnings"), color: "important" as const },
    { key: "infos", n: summary.infos, label: t(lang, "summary.infos"), color: "informative" as const },
  ];
  return (
    <section className={s.root} aria-label={t(lang, "summary.title")} data-testid="summary">
      <h2 className={s.title}>{t(lang, "summary.title")}</h2>
      <div className={s.counts}>
        {items.map((i) => (
          <span key={i.key} className={s.count} data-count={i.key}>
            {/* The real count, in Vietnamese notation (a CounterBadge stops at "99+"). */}
            <Badge color={i.n > 0 ? i.color : "informative"} appearance={i.n > 0 ? "tint" : "ghost"}>
              {formatCount(i.n)}
            </Badge>
            <Text>{i.label}</Text>
          </span>
        ))}
      </div>
      <Text size={200} className={s.scope}>
        {t(lang, "summary.scope", { tables: summary.tables, sheets: summary.sheets })}
      </Text>
      <CoveragePanel view={view} lang={lang} />
    </section>
  );
}
