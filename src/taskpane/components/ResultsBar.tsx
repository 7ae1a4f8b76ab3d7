/**
 * The results part of the sticky bar: the real counts (never "99+"), "Lỗi tiếp theo" (selects the
 * next error's cell), "Xuất kết quả" (the findings to a new sheet), and the filters by severity
 * and sheet.
 */
import { Button, Select, makeStyles, tokens } from "@fluentui/react-components";
import { useState } from "react";
import type { Lang, Severity } from "../../core/findings";
import type { ListView } from "../findings/rows";
import { formatCount } from "../format";
import { SEVERITY_KEYS, t } from "../strings";
import { SeverityIcon } from "./SeverityIcon";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  line: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalS },
  count: {
    display: "inline-flex",
    alignItems: "center",
    gap: tokens.spacingHorizontalXXS,
    fontWeight: tokens.fontWeightSemibold,
  },
  select: { minWidth: "110px", flexGrow: 1, flexBasis: 0 },
  note: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
});

/** The "every sheet" option; a sheet's option is "=" and its name (any name, "" included). */
const ALL_SHEETS = "*";
const SEVERITIES: readonly Severity[] = ["error", "warning", "info"];
const COUNT_KEY = { error: "bar.count.error", warning: "bar.count.warning", info: "bar.count.info" } as const;

export function ResultsBar(props: {
  lang: Lang;
  counts: Record<Severity, number>;
  sheets: string[];
  view: ListView;
  onView: (v: ListView) => void;
  shown: number;
  onNext: () => void;
  onExport: () => Promise<string>;
  onError: (err: unknown) => void;
  disabled: boolean;
}) {
  const { lang, counts, sheets, view, onView, shown, onNext, onExport, onError, disabled } = props;
  const s = useStyles();
  const [exporting, setExporting] = useState(false);
  const [exported, setExported] = useState<string | undefined>(undefined);
  const total = counts.error + counts.warning + counts.info;

  const runExport = async () => {
    setExporting(true);
    setExported(undefined);
    try {
      setExported(await onExport());
    } catch (err) {
      onError(err);
    } finally {
      setExporting(false);
    }
  };

  return (
    <div className={s.root} data-testid="results-bar">
      <div className={s.line}>
        {SEVERITIES.filter((sev) => counts[sev] > 0 || sev !== "info").map((sev) => (
          <span key={sev} className={s.count} data-count={sev} data-n={counts[sev]}>
            <SeverityIcon severity={sev} />
            {t(lang, COUNT_KEY[sev], { n: formatCount(counts[sev]) })}
          </span>
        ))}
      </div>
      <div className={s.line}>
        <Button
          size="small"
          onClick={onNext}
          disabled={counts.error === 0}
          title={t(lang, "bar.nextHint")}
          data-testid="next-error"
        >
          {t(lang, "bar.next")}
        </Button>
        <Button
          size="small"
          onClick={() => void runExport()}
          disabled={disabled || exporting}
          title={t(lang, "bar.exportHint")}
          data-testid="export"
        >
          {exporting ? t(lang, "bar.exporting") : t(lang, "bar.export")}
        </Button>
      </div>
      <div className={s.line}>
        <Select
          className={s.select}
          size="small"
          aria-label={t(lang, "bar.severity")}
          value={view.severity}
          onChange={(_, d) => onView({ ...view, severity: d.value as ListView["severity"] })}
          data-testid="filter-severity"
        >
          <option value="all">{t(lang, "bar.allSeverities")}</option>
          {SEVERITIES.map((sev) => (
            <option key={sev} value={sev}>
              {`${t(lang, SEVERITY_KEYS[sev])} (${formatCount(counts[sev])})`}
            </option>
          ))}
        </Select>
        {sheets.length > 1 && (
          <Select
            className={s.select}
            size="small"
            aria-label={t(lang, "bar.sheet")}
            value={view.sheet === undefined ? ALL_SHEETS : `=${view.sheet}`}
            onChange={(_, d) => onView({ ...view, sheet: d.value === ALL_SHEETS ? undefined : d.value.slice(1) })}
            data-testid="filter-sheet"
          >
            <option value={ALL_SHEETS}>{t(lang, "bar.allSheets")}</option>
            {sheets.map((sh) => (
              <option key={sh} value={`=${sh}`}>
                {sh || t(lang, "group.workbook")}
              </option>
            ))}
          </Select>
        )}
      </div>
      {shown !== total && (
        <span className={s.note} data-testid="shown">
          {t(lang, "bar.shown", { shown: formatCount(shown), total: formatCount(total) })}
        </span>
      )}
      {exported && (
        <span className={s.note} role="status" data-testid="exported" data-sheet={exported}>
          {t(lang, "bar.exported", { n: formatCount(total), sheet: exported })}
        </span>
      )}
    </div>
  );
}
