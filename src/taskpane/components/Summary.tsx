/**
 * Counts of errors / warnings / notes, tables found and sheets read, how many number cells were
 * checked ("Đã kiểm tra X/Y ô số") and what was not checked, and why.
 */
import { CounterBadge, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { Lang, Summary as ReportSummary } from "../../core/findings";
import { t } from "../strings";

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
  coverage: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS },
  notChecked: {
    margin: 0,
    paddingLeft: tokens.spacingHorizontalXL,
    color: tokens.colorNeutralForeground2,
    fontSize: tokens.fontSizeBase200,
  },
});

/** The not-checked lines of the coverage: blocks outside every table, and table columns left unchecked. */
function notCheckedLines(summary: ReportSummary): string[] {
  const out: string[] = [];
  for (const c of summary.coverage) {
    if (c.kind === "unrecognized") out.push(`${c.sheet}!${c.range}: ${c.notes.join("; ")} (${c.numericCells})`);
    else for (const n of c.notes) out.push(`${c.sheet}!${c.range} — ${n}`);
  }
  return out;
}

export function Summary(props: { summary: ReportSummary; lang: Lang }) {
  const { summary, lang } = props;
  const s = useStyles();
  const notChecked = notCheckedLines(summary);
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
            <CounterBadge
              count={i.n}
              showZero
              color={i.n > 0 ? i.color : "informative"}
              appearance={i.n > 0 ? "filled" : "ghost"}
            />
            <Text>{i.label}</Text>
          </span>
        ))}
      </div>
      <Text size={200} className={s.scope}>
        {t(lang, "summary.scope", { tables: summary.tables, sheets: summary.sheets })}
      </Text>
      <div className={s.coverage} data-testid="coverage" data-checked={summary.checkedCells} data-numeric={summary.numericCells}>
        <Text weight="semibold">
          {t(lang, "summary.coverage", { checked: summary.checkedCells, numeric: summary.numericCells })}
        </Text>
        {notChecked.length > 0 && (
          <>
            <Text size={200}>{t(lang, "summary.notChecked")}</Text>
            <ul className={s.notChecked} data-testid="not-checked">
              {notChecked.map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ul>
          </>
        )}
      </div>
    </section>
  );
}
