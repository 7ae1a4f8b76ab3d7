/**
 * How big the stand-in's responses are, measured on its own — never with the add-in's estimate
 * (src/core/text/bytes.ts), so that a test of the adapter's payload budget cannot pass because both
 * sides count the same wrong way.
 *
 * A response is the JSON of each loaded object: `{"name":value,…}` with every loaded property.
 * Strings are written as ASCII-only JSON: `"` and `\` escaped, control characters and every
 * character outside printable ASCII as `\uXXXX` (six bytes per UTF-16 unit; a Vietnamese "ổ" costs
 * 6 bytes, not UTF-8's 3). That is the largest form a JSON response of these values can take, so a
 * budget that holds here holds for Excel's own encoding too.
 */

/** Bytes of one string as an ASCII-only JSON string literal, quotes included. */
function stringBytes(s: string): number {
  let n = 2;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 0x22 || c === 0x5c) n += 2;
    else if (c === 0x08 || c === 0x09 || c === 0x0a || c === 0x0c || c === 0x0d) n += 2;
    else if (c < 0x20 || c >= 0x7f) n += 6;
    else n += 1;
  }
  return n;
}

/** Bytes of a value written as ASCII-only JSON. */
export function wireBytes(v: unknown): number {
  if (v === null || v === undefined) return 4;
  switch (typeof v) {
    case "string":
      return stringBytes(v);
    case "number":
      return Number.isFinite(v) ? String(v).length : 4;
    case "boolean":
      return v ? 4 : 5;
    case "object": {
      if (Array.isArray(v)) {
        let n = 2 + Math.max(0, v.length - 1);
        for (const x of v) n += wireBytes(x);
        return n;
      }
      const entries = Object.entries(v as Record<string, unknown>);
      return wireObjectBytes(entries);
    }
    default:
      return 4;
  }
}

/** Bytes of `{"k":v,…}` for the given properties. */
export function wireObjectBytes(entries: readonly (readonly [string, unknown])[]): number {
  let n = 2 + Math.max(0, entries.length - 1);
  for (const [k, x] of entries) n += stringBytes(k) + 1 + wireBytes(x);
  return n;
}
