/**
 * The findings, grouped by sheet and severity. Each card is a button that selects its cell, and a
 * "Cách sửa" / "How to fix" button that opens its check's doc (docs/checks/<CODE>.md) below it.
 */
import { Badge, Button, Text, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { useId, useState } from "react";
import type { Lang } from "../../core/findings";
import { checkDoc } from "../checkDocs";
import { figuresLine } from "../format";
import { findingName, SEVERITY_KEYS, t } from "../strings";
import { CheckDoc } from "./CheckDoc";
import type { FindingItem, SheetGroup } from "./groupFindings";

const useStyles = makeStyles({
  list: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalL },
  sheetHeader: {
    display: "flex",
    alignItems: "center",
    gap: tokens.spacingHorizontalS,
    margin: 0,
    fontSize: tokens.fontSizeBase400,
    fontWeight: tokens.fontWeightSemibold,
  },
  sevHeader: {
    display: "flex",
    alignItems: "center",
    gap: tokens.spacingHorizontalXS,
    margin: `${tokens.spacingVerticalS} 0 ${tokens.spacingVerticalXS}`,
    fontSize: tokens.fontSizeBase300,
    fontWeight: tokens.fontWeightSemibold,
    color: tokens.colorNeutralForeground2,
  },
  ul: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  card: {
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderLeftWidth: "4px",
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  row: {
    display: "block",
    width: "100%",
    textAlign: "left",
    cursor: "pointer",
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM} ${tokens.spacingVerticalXXS}`,
    border: "none",
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: "transparent",
    color: tokens.colorNeutralForeground1,
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
    ":hover": { backgroundColor: tokens.colorNeutralBackground1Hover },
    ":focus-visible": { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: "1px" },
  },
  error: { borderLeftColor: tokens.colorPaletteRedBorder2 },
  warning: { borderLeftColor: tokens.colorPaletteDarkOrangeBorder2 },
  info: { borderLeftColor: tokens.colorPaletteBlueBorderActive },
  selected: {
    backgroundColor: tokens.colorBrandBackground2,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorBrandStroke1}`,
    borderLeftWidth: "4px",
  },
  selectedRow: { ":hover": { backgroundColor: tokens.colorBrandBackground2Hover } },
  howTo: { marginLeft: tokens.spacingHorizontalXS, marginBottom: tokens.spacingVerticalXXS },
  head: { display: "flex", gap: tokens.spacingHorizontalS, alignItems: "baseline", flexWrap: "wrap" },
  cell: {
    fontFamily: tokens.fontFamilyMonospace,
    fontWeight: tokens.fontWeightSemibold,
    backgroundColor: tokens.colorNeutralBackground3,
    padding: `0 ${tokens.spacingHorizontalXS}`,
    borderRadius: tokens.borderRadiusSmall,
  },
  name: { fontWeight: tokens.fontWeightSemibold },
  message: { display: "block", marginTop: tokens.spacingVerticalXXS },
  figures: { display: "block", marginTop: tokens.spacingVerticalXXS, fontWeight: tokens.fontWeightSemibold },
  formula: {
    display: "block",
    marginTop: tokens.spacingVerticalXXS,
    color: tokens.colorNeutralForeground2,
    fontSize: tokens.fontSizeBase200,
  },
  code: { fontFamily: tokens.fontFamilyMonospace },
});

const BADGE_COLOR = { error: "danger", warning: "warning", info: "informative" } as const;

export function FindingList(props: {
  groups: SheetGroup[];
  lang: Lang;
  selectedKey: string | undefined;
  onSelect: (item: FindingItem) => void;
}) {
  const { groups, lang, selectedKey, onSelect } = props;
  const s = useStyles();
  return (
    <div className={s.list} data-testid="finding-list">
      {groups.map((g) => (
        <section key={g.sheet} data-sheet-group={g.sheet} aria-label={g.sheet || t(lang, "group.workbook")}>
          <h3 className={s.sheetHeader}>
            <span>{g.sheet || t(lang, "group.workbook")}</span>
            <Badge appearance="tint" color="informative" size="small">
              {t(lang, "group.sheetCount", { n: g.count })}
            </Badge>
          </h3>
          {g.severities.map((sg) => (
            <div key={sg.severity} data-severity-group={sg.severity}>
              <h4 className={s.sevHeader}>
                <span>{t(lang, SEVERITY_KEYS[sg.severity])}</span>
                <Badge appearance="tint" color={BADGE_COLOR[sg.severity]} size="small">
                  {sg.items.length}
                </Badge>
              </h4>
              <ul className={s.ul}>
                {sg.items.map((item) => (
                  <FindingRow key={item.key} item={item} lang={lang} selected={item.key === selectedKey} onSelect={onSelect} />
                ))}
              </ul>
            </div>
          ))}
        </section>
      ))}
    </div>
  );
}

function FindingRow(props: { item: FindingItem; lang: Lang; selected: boolean; onSelect: (item: FindingItem) => void }) {
  const { item, lang, selected, onSelect } = props;
  const f = item.finding;
  const s = useStyles();
  const figures = figuresLine(f, lang);
  const canSelect = f.sheet !== "" && f.cell !== "";
  const doc = checkDoc(f.code);
  const [open, setOpen] = useState(false);
  const docId = useId();
  const howTo = t(lang, "finding.howToFix");
  return (
    <li className={mergeClasses(s.card, s[f.severity], selected && s.selected)}>
      <button
        type="button"
        className={mergeClasses(s.row, selected && s.selectedRow)}
        onClick={() => onSelect(item)}
        disabled={!canSelect}
        aria-current={selected ? "true" : undefined}
        title={canSelect ? t(lang, "finding.goTo", { cell: f.cell, sheet: f.sheet }) : undefined}
        data-finding={f.code}
        data-finding-sheet={f.sheet}
        data-finding-cell={f.cell}
      >
        <span className={s.head}>
          {f.cell && <span className={s.cell}>{f.cell}</span>}
          <span className={s.name}>{findingName(lang, f.code)}</span>
        </span>
        <Text className={s.message}>{f.message}</Text>
        {figures && (
          <span className={s.figures} data-figures>
            {figures}
          </span>
        )}
        {f.relation && (
          <span className={s.formula} data-relation>
            {t(lang, "finding.relation")}: <span className={s.code}>{f.relation}</span>
            {f.inferred && ` (${t(lang, "finding.inferred")})`}
          </span>
        )}
        {(f.formula || f.expected) && (
          <span className={s.formula}>
            {f.formula && (
              <>
                {t(lang, "finding.formula")}: <span className={s.code}>{f.formula}</span>
              </>
            )}
            {f.formula && f.expected && " · "}
            {f.expected && t(lang, "finding.expected", { range: f.expected })}
          </span>
        )}
      </button>
      {doc !== undefined && (
        <>
          <Button
            appearance="transparent"
            size="small"
            className={s.howTo}
            aria-expanded={open}
            aria-controls={open ? docId : undefined}
            onClick={() => setOpen((o) => !o)}
            data-finding-help={f.code}
          >
            {howTo}
          </Button>
          {open && <CheckDoc id={docId} code={f.code} md={doc} lang={lang} label={`${howTo}: ${findingName(lang, f.code)}`} />}
        </>
      )}
    </li>
  );
}
