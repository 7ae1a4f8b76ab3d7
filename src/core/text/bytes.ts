/** Sizes of payloads, for keeping Office.js requests under Excel on the web's 5 MB limit. */

/** UTF-8 byte length of a string, without allocating. */
export function utf8Length(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

/** UTF-8 bytes of a value's JSON (0 for undefined). */
export function jsonBytes(v: unknown): number {
  if (v === undefined) return 0;
  return utf8Length(JSON.stringify(v));
}
