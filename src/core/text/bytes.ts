/**
 * Sizes of payloads, for keeping Office.js requests under Excel on the web's 5 MB limit.
 *
 * The add-in cannot see how Excel encodes a response, so it counts the largest form a JSON
 * response of the values can take: ASCII-only JSON, where every character outside printable ASCII
 * is a six-byte `\uXXXX` escape (a Vietnamese "ổ" is 6 bytes, not UTF-8's 3). A budget kept by this
 * count is kept whatever the encoding.
 */

/** Bytes of a string in the JSON text of a response, counting every non-ASCII unit as `\uXXXX`. */
function jsonTextBytes(json: string): number {
  let n = 0;
  for (let i = 0; i < json.length; i++) n += json.charCodeAt(i) < 0x7f ? 1 : 6;
  return n;
}

/** Bytes of a value's JSON in its largest form (0 for undefined). */
export function jsonBytes(v: unknown): number {
  if (v === undefined) return 0;
  const json = JSON.stringify(v) as string | undefined;
  return json === undefined ? 0 : jsonTextBytes(json);
}
