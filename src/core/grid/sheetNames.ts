/** Sheet names: what Excel accepts, and a free name next to existing ones ("Bản thảo (2)"). */

const MAX_SHEET_NAME = 31;

export function sheetNameKey(name: string): string {
  return name.normalize("NFC").toLocaleLowerCase("vi");
}

/** Characters Excel does not allow in a sheet name become "_"; no edge apostrophes; at most 31 characters. */
function cleanSheetName(name: string): string {
  let s = name
    .replace(/[:\\/?*[\]]/g, "_")
    .replace(/^'+|'+$/g, "")
    .trim();
  if (s === "") s = "Sheet";
  return s.slice(0, MAX_SHEET_NAME).trimEnd();
}

/** A name not in `taken` (compared case-insensitively): "Name", "Name (2)", "Name (3)"... ≤ 31 chars. */
export function uniqueSheetName(wanted: string, taken: Iterable<string>): string {
  const keys = new Set<string>();
  for (const t of taken) keys.add(sheetNameKey(t));
  const base = cleanSheetName(wanted);
  if (!keys.has(sheetNameKey(base))) return base;
  for (let n = 2; ; n++) {
    const suffix = ` (${n})`;
    const candidate = base.slice(0, MAX_SHEET_NAME - suffix.length).trimEnd() + suffix;
    if (!keys.has(sheetNameKey(candidate))) return candidate;
  }
}

/**
 * Free names for sheets written together, each as uniqueSheetName gives it, except that a sheet
 * named "<an earlier one> - …" follows that earlier sheet: when "Bản thảo" is taken and becomes
 * "Bản thảo (2)", "Bản thảo - Phụ lục I" becomes "Bản thảo (2) - Phụ lục I" — and the earlier
 * sheet's number is chosen so that its followers' names are free as well.
 */
export function uniqueSheetNames(wanted: readonly string[], taken: Iterable<string>): string[] {
  const keys = new Set<string>();
  for (const t of taken) keys.add(sheetNameKey(t));
  const out: (string | undefined)[] = wanted.map(() => undefined);
  const free = (names: string[]) =>
    names.every((n) => !keys.has(sheetNameKey(n))) && new Set(names.map(sheetNameKey)).size === names.length;
  const take = (i: number, name: string) => {
    out[i] = name;
    keys.add(sheetNameKey(name));
  };
  for (let i = 0; i < wanted.length; i++) {
    if (out[i] !== undefined) continue;
    const lead = cleanSheetName(wanted[i]);
    const followers: number[] = [];
    for (let j = i + 1; j < wanted.length; j++)
      if (out[j] === undefined && wanted[j].startsWith(`${wanted[i]} - `)) followers.push(j);
    const named = (base: string) => [base, ...followers.map((j) => cleanSheetName(base + wanted[j].slice(wanted[i].length)))];
    // Enough tries for every taken name to be in the way once; past them, each sheet on its own.
    let group: string[] | undefined;
    for (let n = 1; n <= keys.size + wanted.length + 1 && !group; n++) {
      const suffix = n === 1 ? "" : ` (${n})`;
      const names = named(lead.slice(0, MAX_SHEET_NAME - suffix.length).trimEnd() + suffix);
      if (free(names)) group = names;
    }
    if (!group) {
      take(i, uniqueSheetName(wanted[i], keys));
      continue;
    }
    take(i, group[0]);
    followers.forEach((j, k) => take(j, group[k + 1]));
  }
  return out.map((n, i) => n ?? wanted[i]);
}
