/**
 * The pane's hold on the results' age (staleness.ts): listens to the host's change events while
 * mounted, keeps the "Tự kiểm tra lại" choice (saved), and runs the re-check it asks for once the
 * edits pause (AUTO_RECHECK_MS after the last change).
 */
import { useCallback, useEffect, useReducer, useRef, useState } from "react";
import type { Host } from "../host/host";
import { autoRecheckDue, INITIAL_STALENESS, isStale, type Staleness, staleness } from "./staleness";

/** Quiet time after the last edit before a re-check on its own. */
const AUTO_RECHECK_MS = 800;

const AUTO_KEY = "baocao.autoRecheck";

function loadAuto(): boolean {
  try {
    return globalThis.localStorage?.getItem(AUTO_KEY) === "1";
  } catch {
    return false;
  }
}

function saveAuto(on: boolean): void {
  try {
    globalThis.localStorage?.setItem(AUTO_KEY, on ? "1" : "0");
  } catch {
    /* storage may be blocked: the choice just does not persist */
  }
}

export function useStaleness(host: Host, opts: { running: boolean; recheck: () => void }) {
  const [state, dispatch] = useReducer(staleness, INITIAL_STALENESS);
  const [auto, setAutoState] = useState(loadAuto);
  const setAuto = useCallback((on: boolean) => {
    saveAuto(on);
    setAutoState(on);
  }, []);
  const latest = useRef<Staleness>(state);
  useEffect(() => {
    latest.current = state;
  }, [state]);

  useEffect(() => {
    let stop: (() => void) | null = null;
    let gone = false;
    const listen = host.onWorkbookChanged?.((change) => {
      if (!gone) dispatch({ type: "change", change });
    });
    if (!listen) {
      dispatch({ type: "listening", value: false });
      return;
    }
    listen.then(
      (off) => {
        if (gone) off?.();
        else {
          stop = off;
          dispatch({ type: "listening", value: off !== null });
        }
      },
      () => {
        if (!gone) dispatch({ type: "listening", value: false });
      },
    );
    return () => {
      gone = true;
      stop?.();
    };
  }, [host]);

  const { running, recheck } = opts;
  const recheckRef = useRef(recheck);
  useEffect(() => {
    recheckRef.current = recheck;
  }, [recheck]);
  const due = autoRecheckDue(state, auto) && !running;
  useEffect(() => {
    if (!due) return;
    const timer = setTimeout(() => recheckRef.current(), AUTO_RECHECK_MS);
    return () => clearTimeout(timer);
  }, [due, state.changed]);

  return {
    state,
    stale: isStale(state),
    auto,
    setAuto,
    /** The sheets a re-check must read again, when the host tells of changes (else: read all). */
    changedSheets: useCallback(() => (latest.current.listening ? latest.current.changed : undefined), []),
    started: useCallback(() => dispatch({ type: "checkStarted" }), []),
    done: useCallback((at: number) => dispatch({ type: "checkDone", at }), []),
    failed: useCallback((stopped: boolean) => dispatch({ type: "checkFailed", stopped }), []),
  };
}
