/**
 * After "Tổng hợp": what was written (the new sheets) and, file by file, what became of it — đã
 * cộng, không cùng biểu mẫu, có lỗi, không đọc được … — and why, as the "Kết quả kiểm tra" sheet
 * says it.
 */
import { makeStyles, tokens } from "@fluentui/react-components";
import { STATUS_TEXT } from "../../core/consolidate/status";
import type { Lang } from "../../core/findings";
import type { ConsolidateOutcome } from "../consolidateFiles";
import { t } from "../strings";
import { NoteBar } from "./ErrorBar";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  title: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  list: {
    margin: 0,
    paddingLeft: tokens.spacingHorizontalXL,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
  },
});

export function ConsolidateResult(props: { lang: Lang; result: ConsolidateOutcome; onDismiss: () => void }) {
  const { lang, result, onDismiss } = props;
  const s = useStyles();
  const { outcomes, sheets, formFile, summed } = result;
  const written = sheets.length > 0 && formFile !== undefined;
  const intent = !written ? "error" : summed === outcomes.length ? "success" : "warning";
  return (
    <section className={s.root} data-testid="consolidate-result" aria-label={t(lang, "consolidate.title")}>
      <NoteBar lang={lang} intent={intent} testId="notice" title={t(lang, "consolidate.title")} onDismiss={onDismiss}>
        {written
          ? t(lang, "consolidate.done", { summed, count: outcomes.length, form: formFile, sheets: sheets.join(", ") })
          : t(lang, result.readable === 0 ? "consolidate.unreadableAll" : "consolidate.nothing")}
      </NoteBar>
      <h2 className={s.title}>{t(lang, "consolidate.inputs")}</h2>
      <ul className={s.list} data-testid="consolidate-inputs">
        {outcomes.map((o, i) => (
          <li key={i} data-testid="consolidate-input" data-file={o.file} data-status={o.status}>
            <strong>{o.file}</strong>: {STATUS_TEXT[o.status][lang]}
            {o.why.length > 0 && ` — ${o.why.map((w) => w[lang]).join("; ")}`}
          </li>
        ))}
      </ul>
    </section>
  );
}
