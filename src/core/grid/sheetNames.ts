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
