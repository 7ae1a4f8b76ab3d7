/**
 * The task pane: "Kiểm tra" runs the checks through the host, "Tạo mẫu" writes the template,
 * results are listed by sheet and severity and each finding selects its cell. The pane only talks
 * to the Host interface, so the preview page and tests can give it any host.
 */
import { Button, MessageBar, MessageBarActions, MessageBarBody, Switch, makeStyles, tokens } from "@fluentui/react-components";
import { useCallback, useEffect, useEffectEvent, useLayoutEffect, useRef, useState } from "react";
import type { Lang } from "../core/findings";
import { CleanResult, Intro, NoTablesHelp } from "./components/EmptyStates";
import { ErrorBar, errorText } from "./components/ErrorBar";
import { ErrorBoundary } from "./components/ErrorBoundary";
import { FindingList } from "./components/FindingList";
import { ManualCalculationBar, type SelectNote, SelectNoteBar } from "./components/HostNotes";
import { ProgressPanel } from "./components/ProgressPanel";
import { ResultsBar } from "./components/ResultsBar";
import { StickyBar } from "./components/StickyBar";
import { Summary } from "./components/Summary";
import type { DraftResult, Host, ValidationResult } from "../host/host";
import { draftToHtml, draftToPlainText } from "../core/draft/toHtml";
import { browserClipboard, type Delivery, deliverDraft, deliveryMessage, deliveryPath, officePlatform } from "./deliverDraft";
import { downloadDocx } from "./downloadDocx";
import { onPaneRequest, type PaneRequest } from "../host/requests";
import { loadLang, saveLang, stageText, t } from "./strings";
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
});

type Task = { kind: "check" | "template" | "draft"; fraction: number | undefined; stage: string };

type Notice = { kind: "template"; sheets: string[] } | { kind: "draft"; result: DraftResult };

/** The draft's way to Word and how it went (deliverDraft.ts), with the sheet it was written to. */
type Delivered = { delivery: Delivery; sheet: string };

export function App(props: { host: Host; onLangChange?: (lang: Lang) => void }) {
  const { onLangChange } = props;
  const [lang, setLangState] = useState<Lang>(() => loadLang());
  const setLang = useCallback(
    (l: Lang) => {
      saveLang(l);
      setLangState(l);
      onLangChange?.(l);
    },
    [onLangChange],
  );
  return (
    <ErrorBoundary lang={lang}>
      <Pane host={props.host} lang={lang} setLang={setLang} />
    </ErrorBoundary>
  );
}

function Pane(props: { host: Host; lang: Lang; setLang: (l: Lang) => void }) {
  const { host, lang, setLang } = props;
  const s = useStyles();
  const [task, setTask] = useState<Task | undefined>(undefined);
  const [result, setResult] = useState<ValidationResult | undefined>(undefined);
  const [error, setError] = useState<string | undefined>(undefined);
  const [notice, setNotice] = useState<Notice | undefined>(undefined);
  const [delivered, setDelivered] = useState<Delivered | undefined>(undefined);
  // Where the pane runs decides how the draft reaches Word: a download, or the clipboard on Mac.
  const [platform] = useState(() => officePlatform());
  const toWord = deliveryPath(platform);
  const [selectNote, setSelectNote] = useState<SelectNote | undefined>(undefined);

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
      request: PaneRequest,
      work: (lang: Lang, progress: (fraction: number, stage: string) => void) => Promise<void>,
    ) => {
      if (busy.current) {
        pending.current = request;
        return;
      }
      busy.current = true;
      const runLang = langRef.current;
      setError(undefined);
      setNotice(undefined);
      setDelivered(undefined);
      setSelectNote(undefined);
      setTask({ kind, fraction: kind === "template" ? undefined : 0, stage: "" });
      try {
        await work(runLang, (fraction, stage) => {
          if (mounted.current) setTask({ kind, fraction, stage });
        });
      } catch (err) {
        if (mounted.current) setError(errorText(err, runLang));
      } finally {
        finish();
      }
    },
    [finish],
  );

  const check = useCallback(
    () =>
      runTask("check", { kind: "validate" }, async (runLang, progress) => {
        const r = await host.validate(runLang, progress);
        if (mounted.current) setResult(r);
      }),
    [host, runTask],
  );

  const createTemplate = useCallback(
    () =>
      runTask("template", { kind: "template" }, async () => {
        const sheets = await host.createTemplate();
        if (mounted.current) setNotice({ kind: "template", sheets });
      }),
    [host, runTask],
  );

  const draft = useCallback(
    () =>
      runTask("draft", { kind: "draft" }, async (runLang, progress) => {
        const r = await host.draft(runLang, progress);
        if (mounted.current) setNotice({ kind: "draft", result: r });
      }),
    [host, runTask],
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
        if (mounted.current) setError(errorText(err, langRef.current));
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
        if (mounted.current) setError(errorText(err, langRef.current));
      }
    },
    [host],
  );

  const list = useFindingList(result, goTo);
  const findings = result?.report.findings ?? [];
  const noTables = findings.some((f) => f.code === "NO_TABLES");
  const running = task !== undefined;

  return (
    <main className={s.root} lang={lang} data-testid="pane" data-running={running ? "true" : "false"}>
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
          <Button onClick={() => void createTemplate()} disabled={running} title={t(lang, "action.templateHint")}>
            {t(lang, "action.template")}
          </Button>
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
            onError={(err) => setError(errorText(err, lang))}
            disabled={running}
          />
        )}
      </StickyBar>

      {task && (
        <ProgressPanel
          label={t(
            lang,
            task.kind === "check" ? "progress.check" : task.kind === "draft" ? "progress.draft" : "progress.template",
          )}
          stage={task.stage ? stageText(lang, task.stage) : t(lang, "progress.starting")}
          fraction={task.fraction}
        />
      )}

      {error && <ErrorBar lang={lang} message={error} onDismiss={() => setError(undefined)} />}

      {selectNote && <SelectNoteBar lang={lang} note={selectNote} onDismiss={() => setSelectNote(undefined)} />}

      {notice && notice.kind === "template" && (
        <MessageBar intent="success" layout="multiline" data-testid="notice">
          <MessageBarBody>
            {notice.sheets.length > 0 ? t(lang, "template.done", { sheets: notice.sheets.join(", ") }) : t(lang, "template.none")}
          </MessageBarBody>
          <MessageBarActions>
            <Button size="small" onClick={() => setNotice(undefined)}>
              {t(lang, "error.dismiss")}
            </Button>
          </MessageBarActions>
        </MessageBar>
      )}

      {notice && notice.kind === "draft" && (
        <div className={s.results} data-testid="draft-result">
          <MessageBar
            intent={notice.result.draft.unverified.length ? "warning" : "success"}
            layout="multiline"
            data-testid="notice"
          >
            <MessageBarBody>
              {t(lang, toWord === "clipboard" ? "draft.doneCopy" : "draft.done", { sheet: notice.result.sheet })}
            </MessageBarBody>
          </MessageBar>
          {notice.result.calculation === "manual" && <ManualCalculationBar lang={lang} />}
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
              <MessageBarBody>{deliveryMessage(lang, delivered.delivery, delivered.sheet)}</MessageBarBody>
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

      {!result && !running && <Intro lang={lang} />}

      {result && (
        <div className={s.results} aria-live="polite">
          {result.calculation === "manual" && <ManualCalculationBar lang={lang} />}
          <Summary summary={result.report.summary} lang={lang} />
          {noTables && <NoTablesHelp lang={lang} />}
          {findings.length === 0 ? (
            <CleanResult lang={lang} summary={result.report.summary} />
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
