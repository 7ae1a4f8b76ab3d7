/**
 * Whether the results shown still describe the workbook: a reducer over the host's change events
 * and the checks the pane runs. Changes heard while a check runs are kept apart (the check may
 * have read the sheet before or after the edit), and become the results' own changes when it ends.
 * Changes only to sheets the checks never read ("Bản thảo…", the draft the add-in writes) leave
 * the results as they are; every other change — a person's edit, the template's new sheets — makes
 * them stale.
 */
import { isDraftSheet } from "../core/tables/recognize";
import type { WorkbookChange } from "../host/host";

export interface Staleness {
  /** When the results shown were checked (ms since the epoch); undefined before any check. */
  checkedAt?: number;
  /** Sheets changed since the check of the results began. */
  changed: string[];
  /** Changes heard while a check runs; undefined when none runs. */
  during?: string[];
  /** Whether the host tells of changes: undefined until it said, false when it cannot. */
  listening?: boolean;
  /** A check was stopped by the user: no automatic re-check until the next change. */
  held: boolean;
}

export type StalenessAction =
  | { type: "listening"; value: boolean }
  | { type: "change"; change: WorkbookChange }
  | { type: "checkStarted" }
  | { type: "checkDone"; at: number }
  | { type: "checkFailed"; stopped: boolean };

export const INITIAL_STALENESS: Staleness = { changed: [], held: false };

function merged(a: readonly string[], b: readonly string[]): string[] {
  const out = [...a];
  for (const x of b) if (!out.includes(x)) out.push(x);
  return out;
}

export function staleness(s: Staleness, a: StalenessAction): Staleness {
  switch (a.type) {
    case "listening":
      return { ...s, listening: a.value };
    case "change": {
      const sheets = a.change.sheets.filter((n) => !isDraftSheet(n));
      if (sheets.length === 0) return s;
      if (s.during) return { ...s, during: merged(s.during, sheets), held: false };
      return { ...s, changed: merged(s.changed, sheets), held: false };
    }
    case "checkStarted":
      return { ...s, during: [] };
    case "checkDone":
      return { ...s, checkedAt: a.at, changed: s.during ?? [], during: undefined, held: false };
    case "checkFailed":
      return { ...s, changed: merged(s.changed, s.during ?? []), during: undefined, held: s.held || a.stopped };
  }
}

/** The results no longer describe the workbook: it changed since their check. */
export function isStale(s: Staleness): boolean {
  return s.checkedAt !== undefined && s.changed.length > 0;
}

/** A re-check on its own is due: asked for, results stale, not held after a stop. */
export function autoRecheckDue(s: Staleness, auto: boolean): boolean {
  return auto && isStale(s) && !s.held && s.during === undefined;
}

/** A time as a clock shows it, 24-hour "HH:mm", in the machine's time zone. */
export function clockTime(ms: number): string {
  const d = new Date(ms);
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${pad(d.getHours())}:${pad(d.getMinutes())}`;
}
