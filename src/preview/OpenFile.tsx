/**
 * "Mở tệp Excel (.xlsx)…" on the preview page: a file input whose workbook is read in the browser
 * by the project's own .xlsx reader (src/cli/xlsx/openWorkbook.ts, loaded on first use) and handed to the page,
 * which puts it in the stand-in. A file the reader refuses leaves the open workbook as it is and
 * shows the reader's message. Nothing is uploaded.
 */
import { makeStyles, tokens } from "@fluentui/react-components";
import { VISUALLY_HIDDEN } from "../taskpane/visuallyHidden";
import { type ChangeEvent, useId, useState } from "react";
import type { Lang } from "../core/findings";
import type { Grid } from "../core/grid/grid";
import { t } from "../taskpane/strings";

type Status =
  | { kind: "idle" }
  | { kind: "reading"; name: string }
  | { kind: "opened"; name: string; sheets: number; unread: string[] }
  | { kind: "refused"; message: { vi: string; en: string } };

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalXS,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalL}`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground1,
    fontSize: tokens.fontSizeBase300,
  },
  button: {
    display: "inline-flex",
    alignItems: "center",
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalM}`,
    border: `1px solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
    fontWeight: tokens.fontWeightSemibold,
    cursor: "pointer",
    ":hover": { backgroundColor: tokens.colorNeutralBackground1Hover },
    ":focus-within": { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: "1px" },
  },
  // Visually hidden but focusable and announced: the label is what shows.
  input: VISUALLY_HIDDEN,
  note: { color: tokens.colorNeutralForeground3 },
  status: { color: tokens.colorNeutralForeground1 },
  error: {
    flexBasis: "100%",
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    borderLeft: `3px solid ${tokens.colorPaletteRedBorder2}`,
    backgroundColor: tokens.colorPaletteRedBackground1,
    color: tokens.colorNeutralForeground1,
  },
});

export function OpenFile(props: { lang: Lang; onOpen: (grids: Grid[], fileName: string) => void }) {
  const { lang, onOpen } = props;
  const s = useStyles();
  const id = useId();
  const [status, setStatus] = useState<Status>({ kind: "idle" });

  const onChange = async (e: ChangeEvent<HTMLInputElement>) => {
    const input = e.currentTarget;
    const file = input.files?.[0];
    if (!file) return;
    setStatus({ kind: "reading", name: file.name });
    try {
      const [{ openWorkbookBytes }, buffer] = await Promise.all([import("../cli/xlsx/openWorkbook"), file.arrayBuffer()]);
      const opened = openWorkbookBytes(new Uint8Array(buffer), file.name);
      if (!opened.ok) {
        setStatus({ kind: "refused", message: opened.message });
        return;
      }
      onOpen(opened.grids, file.name);
      setStatus({ kind: "opened", name: file.name, sheets: opened.grids.length, unread: opened.unread });
    } catch (err) {
      // The browser could not read the file (moved, no permission) or load the reader.
      const msg = err instanceof Error ? err.message : String(err);
      setStatus({
        kind: "refused",
        message: {
          vi: `Không đọc được tệp "${file.name}" (${msg}); hãy chọn lại tệp.`,
          en: `Cannot read "${file.name}" (${msg}); choose the file again.`,
        },
      });
    } finally {
      // Choosing the same file again (after fixing it) must fire a change again.
      input.value = "";
    }
  };

  return (
    <div className={s.root} data-testid="open-file">
      <label className={s.button} htmlFor={id}>
        {t(lang, "preview.open.label")}
        <input
          id={id}
          className={s.input}
          type="file"
          accept=".xlsx,.xlsm,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          aria-describedby={`${id}-note`}
          onChange={(e) => void onChange(e)}
        />
      </label>
      <span id={`${id}-note`} className={s.note}>
        {t(lang, "preview.open.private")}
      </span>
      <span className={s.status} role="status" data-testid="open-status">
        {status.kind === "reading" && t(lang, "preview.open.reading", { name: status.name })}
        {status.kind === "opened" &&
          t(lang, "preview.open.done", { name: status.name, sheets: status.sheets }) +
            (status.unread.length > 0 ? " " + t(lang, "preview.open.unread", { sheets: status.unread.join(", ") }) : "")}
      </span>
      {status.kind === "refused" && (
        <div className={s.error} role="alert" data-testid="open-error">
          {status.message[lang]} {t(lang, "preview.open.kept")}
        </div>
      )}
    </div>
  );
}
