/** Whether the results still describe the workbook (src/taskpane/staleness.ts). */
import {
  autoRecheckDue,
  clockTime,
  INITIAL_STALENESS,
  isStale,
  type Staleness,
  type StalenessAction,
  staleness,
} from "../../src/taskpane/staleness";

const run = (...actions: StalenessAction[]): Staleness => actions.reduce(staleness, INITIAL_STALENESS);
const edit = (...sheets: string[]): StalenessAction => ({ type: "change", change: { kind: "changed", sheets } });

test("no results: never stale; after a check, an edit makes them stale until the next check", () => {
  expect(isStale(run(edit("Phụ lục I")))).toBe(false);
  const checked = run({ type: "checkStarted" }, { type: "checkDone", at: 1000 });
  expect(isStale(checked)).toBe(false);
  const edited = [edit("Phụ lục I"), edit("Số liệu"), edit("Phụ lục I")].reduce(staleness, checked);
  expect(isStale(edited)).toBe(true);
  expect(edited.changed).toEqual(["Phụ lục I", "Số liệu"]);
  const again = [{ type: "checkStarted" } as const, { type: "checkDone", at: 2000 } as const].reduce(staleness, edited);
  expect(again).toMatchObject({ checkedAt: 2000, changed: [] });
  expect(isStale(again)).toBe(false);
});

test("an edit heard during a check is kept for after it: the results it gives are stale at once", () => {
  const s = run({ type: "checkStarted" }, edit("Số liệu"), { type: "checkDone", at: 5 });
  expect(s.changed).toEqual(["Số liệu"]);
  expect(isStale(s)).toBe(true);
});

test("a check stopped or failed keeps every change heard, before and during it; a stop holds the automatic re-check", () => {
  const base = run({ type: "checkStarted" }, { type: "checkDone", at: 1 }, edit("A"), { type: "checkStarted" }, edit("B"));
  const stopped = staleness(base, { type: "checkFailed", stopped: true });
  expect(stopped).toMatchObject({ changed: ["A", "B"], checkedAt: 1, held: true, during: undefined });
  expect(autoRecheckDue(stopped, true)).toBe(false);
  // The next edit lifts the hold.
  expect(autoRecheckDue(staleness(stopped, edit("C")), true)).toBe(true);
  expect(staleness(base, { type: "checkFailed", stopped: false }).held).toBe(false);
});

test("the draft's sheet is not a change (the checks never read it); the template's new sheets are", () => {
  const checked = run({ type: "checkStarted" }, { type: "checkDone", at: 1 });
  const draft = staleness(checked, { type: "change", change: { kind: "added", sheets: ["Bản thảo (2)"] } });
  expect(draft).toBe(checked);
  const template = staleness(checked, { type: "change", change: { kind: "added", sheets: ["Phụ lục I (2)"] } });
  expect(isStale(template)).toBe(true);
});

test("the automatic re-check: only when asked for, stale, and no check running", () => {
  const stale = run({ type: "checkStarted" }, { type: "checkDone", at: 1 }, edit("A"));
  expect(autoRecheckDue(stale, true)).toBe(true);
  expect(autoRecheckDue(stale, false)).toBe(false);
  expect(autoRecheckDue(staleness(stale, { type: "checkStarted" }), true)).toBe(false);
});

test("clock time: HH:mm, 24-hour", () => {
  expect(clockTime(new Date(2024, 4, 3, 7, 5).getTime())).toBe("07:05");
  expect(clockTime(new Date(2024, 4, 3, 16, 42).getTime())).toBe("16:42");
});
