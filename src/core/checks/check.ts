/**
 * A check: one rule, its metadata beside its logic, in the manner of an ESLint rule.
 *
 * `meta` gives the finding code, its severity, a title and a description, and every message the
 * check can give, by id, as templates with {{name}} placeholders in Vietnamese and English. A check
 * reports through `reporter(meta, ctx)`, which fills the message's template in the run's language:
 *
 *   const report = reporter(meta, ctx);
 *   report("mismatch", { stated: 1907, computed: 1970 }, sheet, row, col, { stated: 1907 });
 *
 * The data a message needs is checked by the compiler against its template's placeholders. The
 * finding codes (FindingCode), the pane's names of the findings, README's table of codes and
 * docs/checks/<CODE>.md all follow from the metadata of the checks listed in ./index.ts.
 */
import type { Finding, Lang, Severity } from "../findings";
import { toA1 } from "../grid/address";
import type { Dec } from "../number/decimal";
import { formatNumber } from "../number/format";
import type { Model } from "../tables/model";
import type { Text } from "../verify/types";

export type { Text } from "../verify/types";

export interface CheckContext {
  lang: Lang;
  /** The notation numbers are written in (default: the language's). The pane keeps the workbook's, Vietnamese. */
  notation?: Lang;
}

export interface CheckMeta {
  /** The finding code, as the JSON output names it. */
  readonly code: string;
  readonly severity: Severity;
  /** A short name ("Tổng không khớp"): the heading of a finding in the pane, README's table. */
  readonly title: Readonly<Text>;
  /** When the check reports, in a sentence. */
  readonly description: Readonly<Text>;
  /** Every message the check gives, by id: templates with the same {{name}} placeholders in both languages. */
  readonly messages: Readonly<Record<string, Readonly<Text>>>;
}

export interface Check<M extends CheckMeta = CheckMeta> {
  meta: M;
  run(model: Model, ctx: CheckContext): Finding[];
}

/**
 * A value for a placeholder: text as it is; a number in the run's notation (up to 4 decimals;
 * `num` for exactly some decimals); a phrase in both languages, of which the run's is taken.
 */
export type MessageValue = string | number | Dec | Readonly<Text>;

/** The names of the {{name}} placeholders of a template, as a type. */
type Placeholders<S extends string> = S extends `${string}{{${infer N}}}${infer R}` ? N | Placeholders<R> : never;

/** The data a template needs: one value per placeholder. */
export type MessageData<S extends string> = { readonly [P in Placeholders<S>]: MessageValue };

/** The fields a finding may add to code, severity, place and message. */
type FindingExtra = Omit<Partial<Finding>, "code" | "severity" | "sheet" | "cell" | "message" | "messageId">;

type MessageId<M extends CheckMeta> = keyof M["messages"] & string;

/** Reports a finding: a message of the check by id, its data, and the cell (0-based row and column). */
export type Report<M extends CheckMeta> = <K extends MessageId<M>>(
  messageId: K,
  data: MessageData<M["messages"][K]["vi"]>,
  sheet: string,
  row: number,
  col: number,
  extra?: FindingExtra,
) => Finding;

/** The report function of a check for one run: messages in the run's language. */
export function reporter<M extends CheckMeta>(meta: M, ctx: CheckContext): Report<M> {
  return (messageId, data, sheet, row, col, extra = {}) => ({
    code: meta.code as Finding["code"],
    severity: meta.severity,
    sheet,
    cell: toA1(row, col),
    message: fillMessage(meta.messages[messageId][ctx.lang], data, ctx.lang, ctx.notation ?? ctx.lang),
    messageId,
    ...extra,
  });
}

const PLACEHOLDER = /\{\{(\w+)\}\}/g;

/** The placeholders of a template, in order of appearance (repeats kept). */
export function placeholders(template: string): string[] {
  return [...template.matchAll(PLACEHOLDER)].map((m) => m[1]);
}

/**
 * A template with its placeholders filled in `lang`, numbers in `notation`; a placeholder without
 * data is left as it is.
 */
function fillMessage(template: string, data: Readonly<Record<string, MessageValue>>, lang: Lang, notation: Lang): string {
  return template.replace(PLACEHOLDER, (whole, name: string) =>
    Object.prototype.hasOwnProperty.call(data, name) ? showValue(data[name], lang, notation) : whole,
  );
}

/** A message value as text in `lang`, a number in `notation` (by default the language's). */
export function showValue(v: MessageValue, lang: Lang, notation: Lang = lang): string {
  if (typeof v === "string") return v;
  if (typeof v === "number" || "m" in v) return formatNumber(v, notation, { maxDecimals: 4 });
  return v.numeric ? v[notation] : v[lang];
}

/** A number with exactly `decimals` decimals, in both notations (61,40 / 61.40). */
export function num(v: number | Dec, decimals: number): Text {
  return { vi: formatNumber(v, "vi", { decimals }), en: formatNumber(v, "en", { decimals }), numeric: true };
}
