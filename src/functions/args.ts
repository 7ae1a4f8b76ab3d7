/**
 * The custom functions' arguments as Excel passes them (numbers, texts, null for an omitted
 * optional argument or an empty cell, matrices for ranges, cell value objects), and their results:
 * the text to show or an FnError, which functions.ts turns into #VALUE! or #NUM!.
 */

/** An Excel error: "value" is #VALUE! (wrong kind of argument), "num" is #NUM! (a bad number). */
export class FnError {
  constructor(
    readonly kind: "value" | "num",
    readonly message: string,
  ) {}
}

export type FnResult = string | FnError;

/** Largest number of decimals SOVN/TYLE write. */
export const MAX_DECIMALS = 10;

/** Excel passes null (or nothing) for an omitted optional argument, "" or null for an empty cell. */
export function isMissing(v: unknown): boolean {
  return v === null || v === undefined || v === "";
}

/**
 * Parameters typed "any" may receive Excel cell value objects (allowCustomDataForDataTypeAny):
 * {type: "Double" | "String" | "FormattedNumber" | ..., basicValue}. Their basic value is used.
 */
export function basic(v: unknown): unknown {
  if (v !== null && typeof v === "object" && !Array.isArray(v) && "basicValue" in v) {
    const b = v.basicValue;
    if (typeof b === "number" || typeof b === "string" || typeof b === "boolean") return b;
  }
  return v;
}

/** An argument as a message quotes it: a text in quotes (cut at 40 characters), TRUE, "một vùng ô". */
export function describe(v: unknown): string {
  if (typeof v === "string") return `"${v.length > 40 ? v.slice(0, 40) + "…" : v}"`;
  if (typeof v === "boolean") return v ? "TRUE" : "FALSE";
  if (Array.isArray(v)) return "một vùng ô";
  return String(v);
}

/** A number argument: a finite number, or an FnError. */
export function numberArg(v: unknown, name: string): number | FnError {
  if (typeof v === "number") {
    if (Number.isFinite(v)) return v;
    return new FnError("num", `${name} không phải số hữu hạn (${v}).`);
  }
  if (isMissing(v)) return new FnError("value", `Thiếu ${name}.`);
  return new FnError("value", `${name} phải là số, không phải ${describe(v)}.`);
}

/** An optional count of decimals: the default when omitted, else an integer 0..MAX_DECIMALS. */
export function decimalsArg(v: unknown, dflt: number | undefined): number | undefined | FnError {
  if (isMissing(v)) return dflt;
  if (typeof v !== "number") return new FnError("value", `Số chữ số thập phân phải là số, không phải ${describe(v)}.`);
  if (!Number.isInteger(v) || v < 0 || v > MAX_DECIMALS) {
    return new FnError("num", `Số chữ số thập phân phải là số nguyên từ 0 đến ${MAX_DECIMALS} (nhận ${v}).`);
  }
  return v;
}

/** An optional text argument: undefined when omitted, the trimmed text otherwise. */
export function textArg(v: unknown, name: string): string | undefined | FnError {
  if (isMissing(v)) return undefined;
  if (typeof v !== "string") return new FnError("value", `${name} phải là văn bản, không phải ${describe(v)}.`);
  const t = v.trim();
  return t === "" ? undefined : t;
}
