/**
 * The coverage panel: per sheet what was recognised (table kind, range, each column and what
 * verified it) or skipped and why, and what was not checked. Its text is the view-model's
 * (../coverage/model.ts); this only lays it out.
 */
import { Text, makeStyles, tokens } from "@fluentui/react-components";
import type { Lang } from "../../core/findings";
import type { CoverageView } from "../coverage/model";
import { t } from "../strings";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  sheets: {
    margin: 0,
    padding: 0,
    listStyleType: "none",
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
  },
  sheet: {
    paddingLeft: tokens.spacingHorizontalS,
    borderLeft: `${tokens.strokeWidthThick} solid ${tokens.colorNeutralStroke2}`,
    overflowWrap: "anywhere",
  },
  attention: { borderLeftColor: tokens.colorPaletteMarigoldBorderActive },
  name: { fontWeight: tokens.fontWeightSemibold },
  detail: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL, fontSize: tokens.fontSizeBase200 },
  // At least 24 px high: a target a finger (and WCAG 2.2's target size) can hit.
  summaryLine: { cursor: "pointer", fontSize: tokens.fontSizeBase200, lineHeight: "24px" },
  notChecked: {
    margin: 0,
    paddingLeft: tokens.spacingHorizontalXL,
    color: tokens.colorNeutralForeground2,
    fontSize: tokens.fontSizeBase200,
  },
});

export function CoveragePanel(props: { view: CoverageView; lang: Lang }) {
  const { view, lang } = props;
  const s = useStyles();
  return (
    <section
      className={s.root}
      aria-label={t(lang, "cov.title")}
      data-testid="coverage"
      data-checked={view.checked}
      data-numeric={view.numeric}
      data-complete={view.complete ? "true" : "false"}
      data-tone={view.tone}
    >
      <Text weight="semibold">{t(lang, "summary.coverage", { checked: view.checked, numeric: view.numeric })}</Text>
      <Text size={200} data-testid="coverage-headline">
        {view.headline}
      </Text>
      <ul className={s.sheets} aria-label={t(lang, "cov.title")}>
        {view.sheets.map((sh) => (
          <li
            key={sh.sheet}
            className={sh.attention ? `${s.sheet} ${s.attention}` : s.sheet}
            data-testid="coverage-sheet"
            data-sheet={sh.sheet}
            data-status={sh.status}
            data-attention={sh.attention ? "true" : "false"}
          >
            <Text className={s.name}>{sh.sheet}</Text> <Text className={s.detail}>{sh.line}</Text>
            {sh.tables.map((tb) => (
              <details key={tb.range} data-testid="coverage-table" data-kind={tb.kind} data-range={tb.range}>
                <summary className={s.summaryLine}>{tb.text}</summary>
                <ul className={s.list}>
                  {tb.columns.map((c) => (
                    <li key={c.column} data-column={c.column} data-complete={c.complete ? "true" : "false"}>
                      {c.text}
                    </li>
                  ))}
                </ul>
              </details>
            ))}
            {sh.outside.length > 0 && (
              <ul className={s.list}>
                {sh.outside.map((o) => (
                  <li key={o}>{o}</li>
                ))}
              </ul>
            )}
          </li>
        ))}
      </ul>
      {view.notChecked.length > 0 && (
        <>
          <Text size={200}>{t(lang, "summary.notChecked")}</Text>
          <ul className={s.notChecked} data-testid="not-checked">
            {view.notChecked.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
