/**
 * What the pane says for an error Excel (or the Office runtime) throws: a plain explanation of
 * what happened and what to do, by error code, in the pane's language — and the raw message,
 * kept only as the detail (the error bar's "Chi tiết") for whoever supports the user.
 *
 * Codes are those of Excel.ErrorCodes and OfficeExtension.Error
 * (https://learn.microsoft.com/office/dev/add-ins/reference/javascript-api-for-excel-error-codes).
 */
import type { Lang } from "../core/findings";
import { type Key, t } from "./strings";

/** Each known code and the explanation it gets. */
const BY_CODE: Record<string, Key> = {
  ItemNotFound: "excelError.ItemNotFound",
  InvalidArgument: "excelError.InvalidArgument",
  InvalidReference: "excelError.InvalidArgument",
  InvalidRequest: "excelError.InvalidArgument",
  GeneralException: "excelError.GeneralException",
  InternalError: "excelError.GeneralException",
  AccessDenied: "excelError.AccessDenied",
  Unauthenticated: "excelError.AccessDenied",
  InvalidOperation: "excelError.InvalidOperation",
  UnsupportedOperation: "excelError.InvalidOperation",
  InvalidOperationInCellEditMode: "excelError.CellEditMode",
  RequestPayloadSizeLimitExceeded: "excelError.PayloadTooLarge",
  ResponsePayloadSizeLimitExceeded: "excelError.PayloadTooLarge",
  RangeExceedsLimit: "excelError.RangeExceedsLimit",
  ApiNotFound: "excelError.ApiNotFound",
  ApiNotAvailable: "excelError.ApiNotFound",
  NotImplemented: "excelError.ApiNotFound",
  UnsupportedFeature: "excelError.ApiNotFound",
  ItemAlreadyExists: "excelError.ItemAlreadyExists",
  ActivityLimitReached: "excelError.Busy",
  ServiceNotAvailable: "excelError.Busy",
  RequestAborted: "excelError.Busy",
  Conflict: "excelError.Conflict",
  InsertDeleteConflict: "excelError.Conflict",
  MemoryLimitReached: "excelError.MemoryLimitReached",
};

/** The error codes the pane explains (tests). */
export const KNOWN_CODES: readonly string[] = Object.keys(BY_CODE);

/** Messages that name their code only in words (an older host, a wrapped error). */
const BY_MESSAGE: [RegExp, Key][] = [
  [/\b(Excel|Office|OfficeExtension) is not defined\b/, "excelError.ExcelUnavailable"],
  [/Can't find variable: (Excel|Office|OfficeExtension)\b/, "excelError.ExcelUnavailable"],
  [/The requested resource doesn't exist/i, "excelError.ItemNotFound"],
  [/payload size limit/i, "excelError.PayloadTooLarge"],
  [/cell edit mode/i, "excelError.CellEditMode"],
];

/** What the pane shows for one error: the explanation, and the raw message as detail. */
export interface ErrorExplanation {
  text: string;
  /** Excel's own words, with the code and where it happened: shown only on request. */
  detail?: string;
}

interface ErrorLike {
  name?: unknown;
  message?: unknown;
  code?: unknown;
  debugInfo?: { errorLocation?: unknown };
}

const str = (v: unknown): string | undefined => (typeof v === "string" && v.trim() ? v.trim() : undefined);

/** The raw error as one line: "RichApi.Error ItemNotFound: The requested resource doesn't exist. (Worksheet.getItem)". */
export function rawError(err: unknown): string | undefined {
  if (typeof err === "string") return str(err);
  if (typeof err !== "object" || err === null) return undefined;
  const e = err as ErrorLike;
  const message = str(e.message);
  const code = str(e.code);
  const name = str(e.name);
  const where = str(e.debugInfo?.errorLocation);
  const head = [name !== "Error" ? name : undefined, code && !message?.includes(code) ? code : undefined]
    .filter(Boolean)
    .join(" ");
  const line = [head, message].filter(Boolean).join(": ");
  return line ? (where ? `${line} (${where})` : line) : undefined;
}

/** The explanation's key for an error, from its code, else from its message; undefined for an unknown one. */
export function explanationKey(err: unknown): Key | undefined {
  const e = (typeof err === "object" && err !== null ? err : {}) as ErrorLike;
  const code = str(e.code);
  if (code && code in BY_CODE) return BY_CODE[code];
  const message = typeof err === "string" ? err : str(e.message);
  if (message) for (const [re, key] of BY_MESSAGE) if (re.test(message)) return key;
  return undefined;
}

/**
 * What to tell the user about an error: an explanation, never Excel's raw English alone. A plain
 * Error without a code is the add-in's own, written for the user (readGrids' "too large"): its
 * message is the text.
 */
export function explainError(err: unknown, lang: Lang): ErrorExplanation {
  const known = explanationKey(err);
  const e = (typeof err === "object" && err !== null ? err : {}) as ErrorLike;
  const own = err instanceof Error && err.name === "Error" && str(e.code) === undefined ? str(e.message) : undefined;
  if (!known && own) return { text: own };
  const key = known ?? "excelError.other";
  const detail = rawError(err);
  return detail ? { text: t(lang, key), detail } : { text: t(lang, key) };
}
