/**
 * One card: one cell (or a run of cells with the same warning), every code found there. A glance
 * gives the severity (icon and word), the cell, what is wrong and the difference ("Ghi 1.907 →
 * đúng 1.970 (lệch −63)"); below, the messages, the relation, the formula, the totals an error
 * value left unchecked, and "Cách sửa" opening the codes' docs. The card's button selects the cell.
 */
import { Button, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { VISUALLY_HIDDEN } from "../visuallyHidden";
import { memo, useId, useState } from "react";
import type { Lang } from "../../core/findings";
import { hasCheckDoc } from "../checkDocs";
import type { Card } from "../findings/group";
import type { LookCell } from "../findings/cellLook";
import { formatCount, headline } from "../format";
import { findingName, t } from "../strings";
import { CheckDoc } from "./CheckDoc";
import { SeverityIcon } from "./SeverityIcon";

const useStyles = makeStyles({
  /** Read by screen readers, not shown: the card's name starts with its severity and cell. */
  srOnly: VISUALLY_HIDDEN,
  card: {
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderLeftWidth: "4px",
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  error: { borderLeftColor: tokens.colorPaletteRedBorder2 },
  warning: { borderLeftColor: tokens.colorPaletteDarkOrangeBorder2 },
  info: { borderLeftColor: tokens.colorPaletteBlueBorderActive },
  selected: { backgroundColor: tokens.colorBrandBackground2, borderTopColor: tokens.colorBrandStroke1 },
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
    ":disabled": { cursor: "default" },
  },
  head: { display: "flex", gap: tokens.spacingHorizontalS, alignItems: "center", flexWrap: "wrap" },
  sev: { display: "inline-flex", alignItems: "center", gap: tokens.spacingHorizontalXXS, fontWeight: tokens.fontWeightSemibold },
  cell: {
    fontFamily: tokens.fontFamilyMonospace,
    fontWeight: tokens.fontWeightSemibold,
    backgroundColor: tokens.colorNeutralBackground3,
    padding: `0 ${tokens.spacingHorizontalXS}`,
    borderRadius: tokens.borderRadiusSmall,
  },
  name: { fontWeight: tokens.fontWeightSemibold },
  headline: {
    display: "block",
    marginTop: tokens.spacingVerticalXXS,
    fontWeight: tokens.fontWeightSemibold,
    fontSize: tokens.fontSizeBase400,
    lineHeight: tokens.lineHeightBase400,
  },
  message: { display: "block", marginTop: tokens.spacingVerticalXXS },
  detail: {
    display: "block",
    marginTop: tokens.spacingVerticalXXS,
    color: tokens.colorNeutralForeground2,
    fontSize: tokens.fontSizeBase200,
  },
  code: { fontFamily: tokens.fontFamilyMonospace },
  howTo: { marginLeft: tokens.spacingHorizontalXS, marginBottom: tokens.spacingVerticalXXS },
});

const SEVERITY_WORD = { error: "card.severity.error", warning: "card.severity.warning", info: "card.severity.info" } as const;

export interface CardProps {
  card: Card;
  lang: Lang;
  look: LookCell | undefined;
  selected: boolean;
  /** The list's one Tab stop. */
  active: boolean;
  onSelect: (card: Card) => void;
  /** Makes this card the list's active one (on focus). */
  onFocusCard: (key: string) => void;
}

export const FindingCard = memo(function FindingCard(props: CardProps) {
  const { card, lang, look, selected, active, onSelect, onFocusCard } = props;
  const s = useStyles();
  const [open, setOpen] = useState(false);
  const docId = useId();
  const own = card.findings.filter((f) => f.cell === card.cell || card.range !== card.cell);
  const first = own[0] ?? card.findings[0];
  const run = card.range !== card.cell;
  const names = card.codes.map((c) => findingName(lang, c));
  const where = card.sheet ? `${card.sheet}!${card.range}` : t(lang, "group.workbook");
  const severity = t(lang, SEVERITY_WORD[card.severity]);
  const line = run ? "" : (own.map((f) => headline(f, lang, look?.(f.sheet, f.cell))).find((x) => x !== "") ?? "");
  const messages = run ? [first.message] : own.map((f) => f.message).filter((m, i, a) => a.indexOf(m) === i);
  const relations = run ? [] : own.filter((f) => f.relation);
  const formulas = run ? [] : own.filter((f) => f.formula || f.expected);
  const docs = card.codes.filter((code) => hasCheckDoc(code)).map((code) => ({ code }));
  const canSelect = card.sheet !== "" && card.cell !== "";
  const howTo = t(lang, "finding.howToFix");
  return (
    <div
      className={mergeClasses(s.card, s[card.severity], selected && s.selected)}
      data-testid="finding"
      data-severity={card.severity}
      data-cell={card.sheet ? `${card.sheet}!${card.range}` : ""}
      data-codes={card.codes.join(" ")}
      data-count={card.findings.length}
    >
      <button
        type="button"
        className={s.row}
        tabIndex={active ? 0 : -1}
        onClick={() => onSelect(card)}
        onFocus={() => onFocusCard(card.key)}
        disabled={!canSelect}
        aria-current={selected ? "true" : undefined}
        title={canSelect ? t(lang, "finding.goTo", { cell: card.range, sheet: card.sheet }) : undefined}
        data-finding={card.codes.join(" ")}
        data-finding-sheet={card.sheet}
        data-finding-cell={card.cell}
        data-row-key={card.key}
      >
        {/* The accessible name is the card's text: first "Lỗi tại Phụ lục I!D12: Tổng không khớp", then what is shown. */}
        <span className={s.srOnly}>{`${t(lang, "card.name", { severity, cell: where, names: names.join(", ") })}. `}</span>
        <span className={s.head} aria-hidden="true">
          <span className={s.sev}>
            <SeverityIcon severity={card.severity} />
            {severity}
          </span>
          {card.cell && <span className={s.cell}>{card.range}</span>}
          <span className={s.name}>{names.join(" · ")}</span>
          {run && <span>({t(lang, "card.cells", { n: formatCount(card.findings.length) })})</span>}
        </span>
        {line && (
          <span className={s.headline} data-headline>
            {line}
          </span>
        )}
        {messages.map((m) => (
          <span key={m} className={s.message}>
            {m}
          </span>
        ))}
        {card.passedOn.length > 0 && (
          <span className={s.message} data-passed-on={card.passedOn.join(" ")}>
            {t(lang, "card.passedOn", { cells: card.passedOn.join(", "), cell: card.cell })}
          </span>
        )}
        {relations.map((f) => (
          <span key={`r:${f.code}`} className={s.detail} data-relation>
            {t(lang, "finding.relation")}: <span className={s.code}>{f.relation}</span>
            {f.inferred && ` (${t(lang, "finding.inferred")})`}
          </span>
        ))}
        {formulas.map((f) => (
          <span key={`f:${f.code}`} className={s.detail}>
            {f.formula && (
              <>
                {t(lang, "finding.formula")}: <span className={s.code}>{f.formula}</span>
              </>
            )}
            {f.formula && f.expected && " · "}
            {f.expected && t(lang, "finding.expected", { range: f.expected })}
          </span>
        ))}
      </button>
      {docs.length > 0 && (
        <>
          <Button
            appearance="transparent"
            size="small"
            className={s.howTo}
            tabIndex={active ? 0 : -1}
            aria-expanded={open}
            aria-controls={open ? docId : undefined}
            onClick={() => setOpen((o) => !o)}
            data-finding-help={card.codes.join(" ")}
          >
            {howTo}
          </Button>
          {open && (
            <div id={docId}>
              {docs.map((d) => (
                <CheckDoc
                  key={d.code}
                  id={`${docId}-${d.code}`}
                  code={d.code}
                  lang={lang}
                  label={`${howTo}: ${findingName(lang, d.code)}`}
                />
              ))}
            </div>
          )}
        </>
      )}
    </div>
  );
});
