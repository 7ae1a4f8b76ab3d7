/** Letter case in Vietnamese text. */

/** `s` with its first letter in upper case, as Vietnamese writes it ("đạt" → "Đạt"); the rest as it is. */
export function upperFirst(s: string): string {
  return s.charAt(0).toLocaleUpperCase("vi") + s.slice(1);
}
