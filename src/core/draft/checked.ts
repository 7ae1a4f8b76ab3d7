/**
 * Which numbers of a draft come from cells no check verified: `baocao draft --strict` fails on
 * them, and the draft says so. Numbers inside targets are checked by their own range check.
 */
import { fromA1 } from "../grid/address";
import type { Model } from "../tables/model";
import { isChecked } from "../verify";
import type { Draft } from "./types";

export function uncheckedNumbers(draft: Draft, model: Model): { sheet: string; cell: string }[] {
  const out = new Map<string, { sheet: string; cell: string }>();
  const look = (sheet: string, cell: string) => {
    const a = fromA1(cell);
    if (a && !isChecked(model, sheet, a.row, a.col)) out.set(`${sheet}!${cell}`, { sheet, cell });
  };
  for (const b of [...draft.body, ...draft.appendices.flat()]) {
    for (const n of b.numbers) {
      if (n.source.kind === "cell") look(n.source.sheet, n.source.cell);
      else if (n.source.kind === "sum") for (const c of n.source.cells) look(c.sheet, c.cell);
    }
  }
  return [...out.values()];
}
