/**
 * The first run (no check yet) and a workbook where no table was found (NO_TABLES, shown here
 * once): small pictures of the layouts the checker reads, drawn from the engine's list
 * (src/core/tables/layouts.ts), and "Tạo mẫu" right there.
 */
import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { Lang } from "../../core/findings";
import { formatNumber } from "../../core/number/format";
import { LAYOUTS, type Layout } from "../../core/tables/layouts";
import { t } from "../strings";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  title: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  layouts: {
    margin: 0,
    padding: 0,
    listStyleType: "none",
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
  },
  figure: { margin: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS },
  caption: { fontWeight: tokens.fontWeightSemibold, fontSize: tokens.fontSizeBase300 },
  scroll: { overflowX: "auto" },
  grid: {
    borderCollapse: "collapse",
    fontSize: tokens.fontSizeBase100,
    lineHeight: tokens.lineHeightBase100,
    "& th, & td": {
      border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
      padding: `1px ${tokens.spacingHorizontalXS}`,
      whiteSpace: "nowrap",
    },
    "& th": { backgroundColor: tokens.colorNeutralBackground3, fontWeight: tokens.fontWeightSemibold },
  },
  numbering: { fontStyle: "italic", color: tokens.colorNeutralForeground2, textAlign: "center" },
  strong: { fontWeight: tokens.fontWeightSemibold },
  num: { textAlign: "right" },
  checks: { fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2 },
});

function cellText(v: string | number | null): string {
  return typeof v === "number" ? formatNumber(v, "vi") : (v ?? "");
}

function LayoutPicture(props: { layout: Layout; lang: Lang }) {
  const { layout, lang } = props;
  const s = useStyles();
  const [header, ...body] = layout.rows;
  return (
    <li>
      <figure className={s.figure} data-testid="layout" data-layout={layout.id} data-kind={layout.kind}>
        <figcaption className={s.caption}>{layout.title[lang]}</figcaption>
        <div className={s.scroll}>
          <table className={s.grid}>
            <thead>
              <tr>
                {header.map((h, c) => (
                  <th key={c} scope="col">
                    {cellText(h)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {body.map((row, i) => {
                const r = i + 1;
                const numbering = r === layout.numbering;
                return (
                  <tr
                    key={r}
                    className={numbering ? s.numbering : layout.strong.includes(r) ? s.strong : undefined}
                    title={numbering ? t(lang, "first.numberingRow") : undefined}
                  >
                    {row.map((v, c) => (
                      <td key={c} className={typeof v === "number" ? s.num : undefined}>
                        {cellText(v)}
                      </td>
                    ))}
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
        <Text className={s.checks}>{layout.checks[lang]}</Text>
      </figure>
    </li>
  );
}

export function FirstRun(props: { lang: Lang; noTables: boolean; disabled: boolean; onCreateTemplate: () => void }) {
  const { lang, noTables, disabled, onCreateTemplate } = props;
  const s = useStyles();
  const create = (
    <Button
      appearance={noTables ? "primary" : "secondary"}
      disabled={disabled}
      onClick={onCreateTemplate}
      data-testid="first-run-template"
    >
      {t(lang, "first.createTemplate")}
    </Button>
  );
  return (
    <section className={s.root} data-testid="first-run" data-no-tables={noTables ? "true" : "false"}>
      {noTables && (
        <MessageBar intent="warning" layout="multiline" data-testid="no-tables">
          <MessageBarBody>
            <MessageBarTitle>{t(lang, "first.noTablesTitle")}</MessageBarTitle>
            {t(lang, "first.noTablesBody")}
          </MessageBarBody>
          <MessageBarActions>{create}</MessageBarActions>
        </MessageBar>
      )}
      <h2 className={s.title}>{t(lang, "first.title")}</h2>
      <Text>{t(lang, "first.lead")}</Text>
      <ul className={s.layouts} aria-label={t(lang, "first.layoutsLabel")}>
        {LAYOUTS.map((l) => (
          <LayoutPicture key={l.id} layout={l} lang={lang} />
        ))}
      </ul>
      <Text weight="semibold">{t(lang, "intro.readOnly")}</Text>
      {!noTables && (
        <>
          <Text>{t(lang, "intro.start")}</Text>
          <div>{create}</div>
        </>
      )}
    </section>
  );
}
