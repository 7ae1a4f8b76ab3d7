/** Which appendix is which: Phụ lục I (money spent) and Phụ lục II (the plan). */
import type { AppendixView } from "../tables/views";
import { fold } from "../text/normalize";

function titleText(t: { title: string[]; sheet: string }): string {
  return fold([t.sheet, ...t.title].join(" "));
}

/** Phụ lục I (money spent) vs Phụ lục II (the plan). */
export function classifyAppendices(tables: AppendixView[]): { spending?: AppendixView; plan?: AppendixView } {
  let spending: AppendixView | undefined;
  let plan: AppendixView | undefined;
  for (const t of tables) {
    const title = titleText(t);
    const roman = t.groups.some((g) => /^[IVX]+$/.test(g.tt));
    const isPlan = /phu luc ii\b/.test(title) || (!/phu luc i\b/.test(title) && roman);
    if (isPlan) plan ??= t;
    else spending ??= t;
  }
  return { spending, plan };
}
