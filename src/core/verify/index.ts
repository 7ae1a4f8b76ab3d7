/**
 * Verifying a model: every relation of every table evaluated exactly, the failures blamed on the
 * right cells, and what was and was not checked counted. Done once per model (the checks, the
 * coverage and the drafter all read the same result).
 */
import type { Model } from "../tables/model";
import { type Resolved, resolveBlame } from "./blame";
import { type Block, type TableCount, countTable, uncoveredBlocks } from "./coverage";
import { verifyRows } from "./rows";
import { TableState } from "./state";
import type { Failure } from "./types";
import { verifyColumnsDown } from "./vertical";

export interface Verification {
  states: TableState[];
  failures: Failure[];
  resolved: Resolved;
  counts: TableCount[];
  blocks: Block[];
}

const memo = new WeakMap<Model, Verification>();

export function verify(model: Model): Verification {
  const hit = memo.get(model);
  if (hit) return hit;
  const states = model.tables.map((t) => new TableState(t));
  for (const st of states) {
    verifyColumnsDown(st);
    verifyRows(st);
  }
  const failures = states.flatMap((s) => s.failures);
  const v: Verification = {
    states,
    failures,
    resolved: resolveBlame(failures),
    counts: states.map(countTable),
    blocks: uncoveredBlocks(model),
  };
  memo.set(model, v);
  return v;
}

export type { Blame } from "./blame";
export type { Failure } from "./types";

/** True when the number cell (row, col) of a sheet took part in a verified relation. */
export function isChecked(model: Model, sheet: string, row: number, col: number): boolean {
  const v = verify(model);
  for (const st of v.states) {
    const t = st.table;
    if (t.sheet !== sheet || row < t.headerTop || row > t.lastRow) continue;
    const node = t.outline.nodeAtRow(row);
    const k = st.colIndex[col] ?? -1;
    if (node >= 0 && k >= 0 && st.isChecked(node, k)) return true;
  }
  return false;
}
