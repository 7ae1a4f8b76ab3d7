/**
 * The date of a document: read from what a person types ("15/12/2023", "2023-12-15", "15 tháng 12
 * năm 2023") or from an Excel date serial, and written as Decree 30/2020/NĐ-CP wants it: "ngày 05
 * tháng 02 năm 2024" — a day below 10 and a month below 3 take a leading 0 ("tháng 3" does not).
 */

export interface IssueDate {
  day: number;
  month: number;
  year: number;
}

function valid(day: number, month: number, year: number): IssueDate | undefined {
  if (!Number.isInteger(day) || !Number.isInteger(month) || !Number.isInteger(year)) return undefined;
  if (year < 1900 || year > 9999 || month < 1 || month > 12 || day < 1) return undefined;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return day <= last ? { day, month, year } : undefined;
}

const DMY = /^(?:ngày\s+)?(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})$/iu;
const YMD = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/u;
const WORDS = /^(?:ngày\s+)?(\d{1,2})\s+tháng\s+(\d{1,2})\s*(?:,\s*)?năm\s+(\d{4})$/iu;

/** The date `text` names (day/month/year, ISO, or in words), or undefined when it names none or an impossible one. */
export function parseIssueDate(text: string): IssueDate | undefined {
  const s = text.normalize("NFC").replace(/\s+/gu, " ").trim();
  const dmy = DMY.exec(s) ?? WORDS.exec(s);
  if (dmy) return valid(Number(dmy[1]), Number(dmy[2]), Number(dmy[3]));
  const ymd = YMD.exec(s);
  if (ymd) return valid(Number(ymd[3]), Number(ymd[2]), Number(ymd[1]));
  return undefined;
}

const DAY_MS = 86_400_000;

/**
 * The date of an Excel serial (its whole days): 1900 system, 1 = 1900-01-01 with Excel's phantom
 * 29 February 1900 (serial 60, no date); 1904 system, 0 = 1904-01-01.
 */
export function serialToDate(serial: number, date1904 = false): IssueDate | undefined {
  if (!Number.isFinite(serial)) return undefined;
  const days = Math.floor(serial);
  if (date1904 ? days < 0 : days < 1 || days === 60) return undefined;
  const epoch = date1904 ? Date.UTC(1904, 0, 1) : Date.UTC(1899, 11, days < 60 ? 31 : 30);
  const d = new Date(epoch + days * DAY_MS);
  return valid(d.getUTCDate(), d.getUTCMonth() + 1, d.getUTCFullYear());
}

function two(n: number): string {
  return String(n).padStart(2, "0");
}

/** "dd/mm/yyyy", the form the sheet and the options take. */
export function formatDateDMY(d: IssueDate): string {
  return `${two(d.day)}/${two(d.month)}/${d.year}`;
}

/** "ngày 05 tháng 02 năm 2024", "ngày 15 tháng 12 năm 2023" (Decree 30, Phụ lục I). */
export function formatIssueDate(d: IssueDate): string {
  const day = d.day < 10 ? two(d.day) : String(d.day);
  const month = d.month < 3 ? two(d.month) : String(d.month);
  return `ngày ${day} tháng ${month} năm ${d.year}`;
}
