/**
 * The task pane: "Kiểm tra" runs the checks through the host, "Tạo mẫu" writes the template,
 * results are listed by sheet and severity and each finding selects its cell. The pane only talks
 * to the Host interface, so the preview page and tests can give it any host.
 */
import {
  Button,
  FluentProvider,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Switch,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useCallback, useEffect, useEffectEvent, useLayoutEffect, useMemo, useRef, useState } from "react";
import type { Lang } from "../core/findings";
import { CleanResult } from "./components/EmptyStates";
import { ConsolidateResult } from "./components/ConsolidateResult";
import { Announcer, useAnnouncer } from "./components/Announcer";
import { ErrorBar, NoteBar, paneError } from "./components/ErrorBar";
import { ErrorBoundary } from "./components/ErrorBoundary";
import { FindingList } from "./components/FindingList";
import { FirstRun } from "./components/FirstRun";
import { ManualCalculationBar, type SelectNote, SelectNoteBar } from "./components/HostNotes";
import { MissingDetailsBar } from "./components/MissingDetailsBar";
import { ProgressPanel } from "./components/ProgressPanel";
import { ResultsBar } from "./components/ResultsBar";
import { AsOfNote, AutoRecheckSwitch, StaleBanner, StoppedBar } from "./components/StaleBanner";
import { StickyBar } from "./components/StickyBar";
import { Summary } from "./components/Summary";
import { type TemplateKind, TemplateDialog } from "./components/TemplateDialog";
import {
  type DraftResult,
  type Host,
  isAbortError,
  type Progress,
  type ProgressDetail,
  type ValidationResult,
} from "../host/host";
import { draftToHtml, draftToPlainText } from "../core/draft/toHtml";
import { browserClipboard, type Delivery, deliverDraft, deliveryMessage, deliveryPath, officePlatform } from "./deliverDraft";
import { downloadDocx } from "./downloadDocx";
import type { ChosenFile, ConsolidateOutcome } from "./consolidateFiles";
import { onPaneRequest, type PaneRequest } from "../host/requests";
import { saveLang, t } from "./strings";
import { checkAnnouncement } from "./a11y";
import type { ErrorExplanation } from "./excelErrors";
import { initialLang } from "./lang";
import { fluentTheme } from "./theme";
import { useOfficeTheme } from "./useOfficeTheme";
import { progressText } from "./progressText";
import { useStaleness } from "./useStaleness";
import { shownFindings } from "./findings/rows";
import { useFindingList } from "./findings/useFindingList";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalM,
    boxSizing: "border-box",
    minWidth: 0,
    fontFamily: tokens.fontFamilyBase,
    color: tokens.colorNeutralForeground1,
  },
  header: {
    display: "flex",
    alignItems: "center",
    justifyContent: "space-between",
    gap: tokens.spacingHorizontalS,
    flexWrap: "wrap",
  },
  title: {
    margin: 0,
    fontSize: tokens.fontSizeBase500,
    fontWeight: tokens.fontWeightSemibold,
    lineHeight: tokens.lineHeightBase500,
  },
  actions: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
  results: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  provider: { minHeight: "100%" },
});

type Task = {
  kind: "check" | "template" | "draft" | "consolidate";
  fraction: number | undefined;
  stage: string;
  detail?: ProgressDetail;
  /** Stops the task ("Dừng"); absent for the template (its write is short and all or nothing). */
  cancel?: () => void;
};

type Notice =
  | { kind: "template"; sheets: string[] }
  | { kind: "draft"; result: DraftResult }
  | { kind: "consolidate"; result: ConsolidateOutcome };

/** The draft's way to Word and how it went (deliverDraft.ts), with the sheet it was written to. */
type Delivered = { delivery: Delivery; sheet: string };

export function App(props: { host: Host; onLangChange?: (lang: Lang) => void }) {
  const { onLangChange } = props;
  const [lang, setLangState] = useState<Lang>(() => initialLang());
  const theme = useOfficeTheme();
  const s = useStyles();
  const setLang = useCallback(
    (l: Lang) => {
      saveLang(l);
      setLangState(l);
      onLangChange?.(l);
    },
    [onLangChange],
  );
  return (
    <FluentProvider theme={fluentTheme(theme)} className={s.provider} data-theme={theme}>
      <ErrorBoundary lang={lang}>
        <Pane host={props.host} lang={lang} setLang={setLang} />
      </ErrorBoundary>
    </FluentProvider>
  );
}

function Pane(props: { host: Host; lang: Lang; setLang: (l: Lang) => void }) {
  const { host, lang, setLang } = props;
  const s = useStyles();
  const [task, setTask] = useState<Task | undefined>(undefined);
  const [result, setResult] = useState<ValidationResult | undefined>(undefined);
  const [error, setError] = useState<ErrorExplanation | undefined>(undefined);
  const [announcement, announce] = useAnnouncer();
  const [notice, setNotice] = useState<Notice | undefined>(undefined);
  const [delivered, setDelivered] = useState<Delivered | undefined>(undefined);
  // Where the pane runs decides how the draft reaches Word: a download, or the clipboard on Mac.
  const [platform] = useState(() => officePlatform());
  const toWord = deliveryPath(platform);
  const [selectNote, setSelectNote] = useState<SelectNote | undefined>(undefined);
  const [stopped, setStopped] = useState(false);

  // Handlers run from ribbon requests and effects as well as clicks: read the latest values.
  const busy = useRef(false);
  const pending = useRef<PaneRequest | undefined>(undefined);
  const langRef = useRef(lang);
  useLayoutEffect(() => {
    langRef.current = lang;
  }, [lang]);
  const mounted = useRef(true);
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);

  const runRequest = useRef<(r: PaneRequest) => Promise<void>>(async () => {});

  const finish = useCallback(() => {
    busy.current = false;
    if (mounted.current) setTask(undefined);
    const next = pending.current;
    pending.current = undefined;
    if (next) void runRequest.current(next);
  }, []);

  /**
   * Runs one pane task (check, template, draft): one at a time — a request arriving meanwhile runs
   * next —, with its progress shown and any Excel error turned into a message.
   */
  const runTask = useCallback(
    async (
      kind: Task["kind"],
      /** Run next when a task is running; without one (a file pick), nothing starts then. */
      request: PaneRequest | undefined,
      work: (lang: Lang, progress: Progress, signal: AbortSignal) => Promise<void>,
    ) => {
      if (busy.current) {
        if (request) pending.current = request;
        return;
      }
      busy.current = true;
      const runLang = langRef.current;
      setError(undefined);
      setNotice(undefined);
      setDelivered(undefined);
      setSelectNote(undefined);
      setStopped(false);
      const abort = new AbortController();
      const cancel = kind === "template" ? undefined : () => abort.abort();
      setTask({ kind, fraction: kind === "template" ? undefined : 0, stage: "", cancel });
      try {
        await work(
          runLang,
          (fraction, stage, detail) => {
            if (mounted.current) setTask({ kind, fraction, stage, detail, cancel });
          },
          abort.signal,
        );
      } catch (err) {
        if (mounted.current && isAbortError(err)) setStopped(true);
        else if (mounted.current) setError(paneError(err, runLang));
      } finally {
        finish();
      }
    },
    [finish],
  );

  // Whether the results still describe the workbook, and re-checks after edits (useStaleness.ts).
  const recheckRef = useRef<() => void>(() => {});
  const recheckLater = useCallback(() => recheckRef.current(), []);
  const fresh = useStaleness(host, { running: task !== undefined, recheck: recheckLater });
  const { started, done, failed, changedSheets } = fresh;

  /** Checks the workbook; `changed`: only these sheets changed since the results (a re-check). */
  const checkSheets = useCallback(
    (changed?: readonly string[]) =>
      runTask("check", { kind: "validate" }, async (runLang, progress, signal) => {
        started();
        try {
          const r = await host.validate(runLang, progress, { signal, changed });
          done(Date.now());
          if (!mounted.current) return;
          setResult(r);
          announce(checkAnnouncement(r.report.findings, r.report.summary, runLang));
        } catch (err) {
          failed(isAbortError(err));
          throw err;
        }
      }),
    [host, runTask, started, done, failed, announce],
  );
  const check = useCallback(() => checkSheets(), [checkSheets]);
  // A re-check after edits reads again only the sheets changed (all of them when the host cannot tell).
  const recheckChanged = useCallback(() => {
    if (!busy.current) void checkSheets(changedSheets());
  }, [checkSheets, changedSheets]);
  useLayoutEffect(() => {
    recheckRef.current = recheckChanged;
  });

  const [templateDialog, setTemplateDialog] = useState(false);
  const createTemplate = useCallback(
    (kind: TemplateKind = "example") =>
      runTask("template", { kind: "template" }, async (runLang) => {
        const sheets = await host.createTemplate({ kind });
        if (!mounted.current) return;
        setNotice({ kind: "template", sheets });
        announce(
          sheets.length ? t(runLang, "announce.templateDone", { sheets: sheets.join(", ") }) : t(runLang, "template.none"),
        );
      }),
    [host, runTask, announce],
  );

  const draft = useCallback(
    () =>
      runTask("draft", { kind: "draft" }, async (runLang, progress, signal) => {
        const r = await host.draft(runLang, progress, { signal });
        if (!mounted.current) return;
        setNotice({ kind: "draft", result: r });
        announce(t(runLang, "announce.draftDone", { sheet: r.sheet }));
      }),
    [host, runTask, announce],
  );

  /** "Tổng hợp": the chosen files read, checked and added up in the page, the sheets written as new ones. */
  const consolidateInput = useRef<HTMLInputElement>(null);
  const consolidate = useCallback(
    (files: ChosenFile[]) =>
      runTask("consolidate", undefined, async (runLang, progress, signal) => {
        // The consolidation loads on the first Tổng hợp only: the pane opens faster without it.
        const { consolidateFiles } = await import(/* webpackChunkName: "tonghop" */ "./consolidateFiles");
        const r = await consolidateFiles(files, host, runLang, progress, signal);
        if (!mounted.current) return;
        setNotice({ kind: "consolidate", result: r });
        announce(
          r.sheets.length > 0
            ? t(runLang, "consolidate.done", {
                summed: r.summed,
                count: r.outcomes.length,
                form: r.formFile ?? "",
                sheets: r.sheets.join(", "),
              })
            : t(runLang, r.readable === 0 ? "consolidate.unreadableAll" : "consolidate.nothing"),
        );
      }),
    [host, runTask, announce],
  );

  const [preparingDocx, setPreparingDocx] = useState(false);
  /** Downloads the .docx, or copies the report (Mac, or the download failed). Nothing awaits before the copy. */
  const deliver = useCallback(
    async (r: DraftResult) => {
      setDelivered(undefined);
      if (deliveryPath(platform) === "download") setPreparingDocx(true);
      try {
        const delivery = await deliverDraft({
          platform,
          download: () => downloadDocx(r.draft),
          clipboard: browserClipboard(),
          content: () => ({ html: draftToHtml(r.draft), text: draftToPlainText(r.draft) }),
        });
        if (mounted.current) setDelivered({ delivery, sheet: r.sheet });
      } catch (err) {
        if (mounted.current) setError(paneError(err, langRef.current));
      } finally {
        if (mounted.current) setPreparingDocx(false);
      }
    },
    [platform],
  );

  useLayoutEffect(() => {
    runRequest.current = async (r: PaneRequest) => {
      if (r.kind === "validate") await check();
      else if (r.kind === "template") await createTemplate();
      else await draft();
    };
  });

  // Ribbon commands post requests; queued ones arrive as soon as we subscribe.
  useEffect(() => onPaneRequest((r) => void runRequest.current(r)), []);

  // Messages come from the host in the language of the run: after a switch, check again.
  const lastLang = useRef(lang);
  const recheck = useEffectEvent(() => {
    if (result && !busy.current) void check();
  });
  useEffect(() => {
    if (lastLang.current === lang) return;
    lastLang.current = lang;
    recheck();
  }, [lang]);

  /** Selects a cell in the workbook; when its sheet is hidden or gone, says so instead. */
  const goTo = useCallback(
    async (sheet: string, cell: string) => {
      try {
        const r = await host.select(sheet, cell);
        if (mounted.current) setSelectNote(r.ok ? undefined : { sheet, cell, reason: r.reason });
      } catch (err) {
        if (mounted.current) setError(paneError(err, langRef.current));
      }
    },
    [host],
  );

  const sheetNames = useMemo(() => result?.model.sheets.map((x) => x.name) ?? [], [result]);
  // NO_TABLES is shown once, by the first-run view (with Tạo mẫu beside it), not as a card too.
  const noTables = result?.report.findings.some((f) => f.code === "NO_TABLES") ?? false;
  const listed = useMemo(
    () =>
      result && noTables
        ? { ...result, report: { ...result.report, findings: result.report.findings.filter((f) => f.code !== "NO_TABLES") } }
        : result,
    [result, noTables],
  );
  const list = useFindingList(listed, goTo);
  const findings = listed?.report.findings ?? [];
  const running = task !== undefined;

  return (
    <main className={s.root} lang={lang} data-testid="pane" data-running={running ? "true" : "false"}>
      <Announcer announcement={announcement} />
      <header className={s.header}>
        <h1 className={s.title}>{t(lang, "app.title")}</h1>
        <Switch
          checked={lang === "en"}
          onChange={(_, d) => setLang(d.checked ? "en" : "vi")}
          label={t(lang, "lang.switch")}
          title={t(lang, "lang.switchHint")}
          data-testid="lang-switch"
        />
      </header>

      <StickyBar label={t(lang, "bar.label")}>
        <div className={s.actions}>
          <Button appearance="primary" onClick={() => void check()} disabled={running} title={t(lang, "action.checkHint")}>
            {t(lang, "action.check")}
          </Button>
          <Button onClick={() => void draft()} disabled={running} title={t(lang, "action.draftHint")}>
            {t(lang, "action.draft")}
          </Button>
          <Button onClick={() => setTemplateDialog(true)} disabled={running} title={t(lang, "action.templateHint")}>
            {t(lang, "action.template")}
          </Button>
          <Button
            onClick={() => consolidateInput.current?.click()}
            disabled={running}
            title={t(lang, "action.consolidateHint")}
            data-testid="consolidate"
          >
            {t(lang, "action.consolidate")}
          </Button>
          {/* Opened by the button; hidden from view and from the keyboard (the button is what is reached). */}
          <input
            ref={consolidateInput}
            type="file"
            multiple
            hidden
            accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            aria-label={t(lang, "consolidate.input")}
            data-testid="consolidate-input-files"
            onChange={(e) => {
              const input = e.currentTarget;
              const files = Array.from(input.files ?? []);
              // Choosing the same files again (after fixing one) must fire a change again.
              input.value = "";
              if (files.length > 0) void consolidate(files);
            }}
          />
        </div>
        {result && findings.length > 0 && (
          <ResultsBar
            lang={lang}
            counts={list.counts}
            sheets={list.groups.map((g) => g.sheet)}
            view={list.view}
            onView={list.setView}
            shown={shownFindings(list.rows)}
            onNext={list.next}
            onExport={() => host.exportFindings(result.report, lang, list.look)}
            onError={(err) => setError(paneError(err, lang))}
            disabled={running}
          />
        )}
      </StickyBar>

      {task && (
        <ProgressPanel
          label={t(
            lang,
            task.kind === "check"
              ? "progress.check"
              : task.kind === "draft"
                ? "progress.draft"
                : task.kind === "consolidate"
                  ? "progress.consolidate"
                  : "progress.template",
          )}
          stage={progressText(lang, task.stage, task.detail)}
          fraction={task.fraction}
          onCancel={task.cancel}
          cancelLabel={t(lang, "progress.cancel")}
          cancelHint={t(lang, "progress.cancelHint")}
        />
      )}

      {stopped && <StoppedBar lang={lang} checkedAt={fresh.state.checkedAt} onDismiss={() => setStopped(false)} />}

      {error && <ErrorBar lang={lang} message={error.text} detail={error.detail} onDismiss={() => setError(undefined)} />}

      {selectNote && <SelectNoteBar lang={lang} note={selectNote} onDismiss={() => setSelectNote(undefined)} />}

      {notice && notice.kind === "template" && (
        <NoteBar
          lang={lang}
          intent="success"
          testId="notice"
          title={t(lang, "template.title")}
          onDismiss={() => setNotice(undefined)}
        >
          {notice.sheets.length > 0 ? t(lang, "template.done", { sheets: notice.sheets.join(", ") }) : t(lang, "template.none")}
        </NoteBar>
      )}

      {notice && notice.kind === "consolidate" && (
        <ConsolidateResult lang={lang} result={notice.result} onDismiss={() => setNotice(undefined)} />
      )}

      {notice && notice.kind === "draft" && (
        <div className={s.results} data-testid="draft-result">
          <MessageBar
            intent={notice.result.draft.unverified.length ? "warning" : "success"}
            layout="multiline"
            data-testid="notice"
          >
            <MessageBarBody>
              <MessageBarTitle>{t(lang, "draft.title")}</MessageBarTitle>
              {t(lang, toWord === "clipboard" ? "draft.doneCopy" : "draft.done", { sheet: notice.result.sheet })}
              {notice.result.draft.placeholders.length > 0 && (
                <p data-testid="draft-placeholders">
                  {t(lang, "draft.placeholders", { count: notice.result.draft.placeholders.length })}
                </p>
              )}
            </MessageBarBody>
          </MessageBar>
          {notice.result.calculation === "manual" && <ManualCalculationBar lang={lang} />}
          <MissingDetailsBar lang={lang} missing={notice.result.draft.meta.missing} />
          <div className={s.actions}>
            <Button
              appearance="primary"
              disabled={preparingDocx}
              onClick={() => void deliver(notice.result)}
              data-testid="draft-to-word"
              data-path={toWord}
            >
              {preparingDocx ? t(lang, "draft.preparing") : t(lang, toWord === "clipboard" ? "draft.copy" : "draft.download")}
            </Button>
            <Button
              onClick={() => {
                setNotice(undefined);
                setDelivered(undefined);
              }}
            >
              {t(lang, "error.dismiss")}
            </Button>
          </div>
          {delivered && delivered.delivery.path === "clipboard" && (
            <MessageBar
              intent={delivered.delivery.ok ? "success" : "error"}
              layout="multiline"
              data-testid="draft-delivery"
              data-outcome={delivered.delivery.ok ? "copied" : "failed"}
            >
              <MessageBarBody>
                <MessageBarTitle>{t(lang, "draft.copy")}</MessageBarTitle>
                {deliveryMessage(lang, delivered.delivery, delivered.sheet)}
              </MessageBarBody>
            </MessageBar>
          )}
          {notice.result.draft.unverified.length > 0 && (
            <div data-testid="draft-unverified">
              <p>{t(lang, "draft.unverified")}</p>
              <ul>
                {notice.result.draft.unverified.map((u) => (
                  <li key={`${u.sheet}!${u.cell}`}>
                    <Button appearance="subtle" size="small" onClick={() => void goTo(u.sheet, u.cell)}>
                      {u.sheet}!{u.cell}
                    </Button>{" "}
                    {u.message}
                  </li>
                ))}
              </ul>
            </div>
          )}
        </div>
      )}

      <TemplateDialog
        open={templateDialog}
        lang={lang}
        onCancel={() => setTemplateDialog(false)}
        onConfirm={(kind) => {
          setTemplateDialog(false);
          void createTemplate(kind);
        }}
      />

      {!result && !running && (
        <FirstRun lang={lang} noTables={false} disabled={running} onCreateTemplate={() => setTemplateDialog(true)} />
      )}

      {result && fresh.state.listening && <AutoRecheckSwitch lang={lang} checked={fresh.auto} onChange={fresh.setAuto} />}

      {result && fresh.stale && fresh.state.checkedAt !== undefined && (
        <StaleBanner
          lang={lang}
          checkedAt={fresh.state.checkedAt}
          sheets={fresh.state.changed}
          disabled={running}
          onRecheck={recheckChanged}
        />
      )}
      {result && fresh.state.listening === false && fresh.state.checkedAt !== undefined && (
        <AsOfNote lang={lang} checkedAt={fresh.state.checkedAt} />
      )}

      {result && (
        <div className={s.results}>
          {result.calculation === "manual" && <ManualCalculationBar lang={lang} />}
          <Summary summary={result.report.summary} lang={lang} sheetNames={sheetNames} />
          {noTables && <FirstRun lang={lang} noTables disabled={running} onCreateTemplate={() => setTemplateDialog(true)} />}
          {findings.length === 0 ? (
            // No all-clear over results the workbook has moved on from: the stale banner says so.
            !noTables && !fresh.stale && <CleanResult lang={lang} summary={result.report.summary} sheetNames={sheetNames} />
          ) : (
            <FindingList
              rows={list.rows}
              lang={lang}
              look={list.look}
              selectedKey={list.selectedKey}
              onSelect={list.select}
              onToggle={list.toggle}
            />
          )}
        </div>
      )}
    </main>
  );
}
