/**
 * Cells of type `t="d"`: an ISO 8601 date, time or date-time as text in `<v>` (Strict OOXML,
 * some generators) → the Excel serial number the cell holds in Excel, so the engine sees the same
 * number whichever way the file stores it.
 *
 * - 1900 date system: 1900-01-01 is 1, with Excel's phantom 29 February 1900 (so 1900-03-01 is
 *   61, and "1900-02-29" is 60); 1899-12-31 is 0, which is how a time of day alone is stored ("1899-12-31T12:00:00" → 0.5).
 * - 1904 date system (`<workbookPr date1904="1"/>`): 1904-01-01 is 0.
 * - The time of day is kept as the fraction (seconds and their decimals included). A time zone
 *   suffix ("Z", "+07:00") is ignored: Excel has no time zones, the wall-clock time is the value.
 * - Text that is not such a date, a date the system cannot hold (before its first day), an
 *   impossible day or time: undefined, and the caller keeps the text.
 */

const ISO_RE =
  /^(?:(\d{4})-(\d{2})-(\d{2}))?(?:(?:^|T)(\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?)?(?:Z|[+-]\d{2}(?::?\d{2})?)?$/;

const DAY_MS = 86_400_000;
const EPOCH_1900 = Date.UTC(1899, 11, 30);
const EPOCH_1904 = Date.UTC(1904, 0, 1);

/** The Excel serial number of ISO 8601 `text`, or undefined (see the file comment). */
export function isoToSerial(text: string, date1904: boolean): number | undefined {
  const m = ISO_RE.exec(text.trim());
  if (!m || (m[1] === undefined && m[4] === undefined)) return undefined;
  let days = 0;
  if (m[1] !== undefined) {
    const y = Number(m[1]);
    const mo = Number(m[2]);
    const d = Number(m[3]);
    if (y < 1899 || mo < 1 || mo > 12 || d < 1) return undefined;
    const t = Date.UTC(y, mo - 1, d);
    if (!date1904 && y === 1900 && mo === 2 && d === 29)
      days = 60; // Excel's phantom day
    else if (new Date(t).getUTCDate() !== d)
      return undefined; // 31 April, 29 February 2023...
    else if (date1904) days = (t - EPOCH_1904) / DAY_MS;
    else {
      days = (t - EPOCH_1900) / DAY_MS;
      if (days < 61) days -= 1; // before Excel's phantom 1900-02-29
    }
    if (days < 0) return undefined;
  }
  if (m[4] === undefined) return days;
  const h = Number(m[4]);
  const mi = Number(m[5]);
  const s = m[6] === undefined ? 0 : Number(m[6]);
  if (h > 23 || mi > 59 || s > 59) return undefined;
  const frac = m[7] === undefined ? 0 : Number("0." + m[7]);
  return days + (h * 3600 + mi * 60 + s + frac) / 86400;
}
