/**
 * A table of valid and invalid cases per check, in the manner of ESLint's RuleTester: each case is
 * a workbook built in the test; valid ones give no finding of the check, invalid ones give exactly
 * the findings listed (matched field by field, in order), each naming the `messageId` it expects —
 * and, optionally, some of its `data`: the message must then read as that message's template with
 * those values filled in (the other placeholders match anything).
 *
 * Besides the cases: the check's metadata is complete (title, description, every message in both
 * languages with the same placeholders), and every message of the check is given by some invalid
 * case.
 */
import type { Check, CheckMeta } from "../../src/core/checks";
import { type MessageData, type MessageValue, placeholders, showValue } from "../../src/core/checks/check";
import type { Finding, Lang } from "../../src/core/findings";
import type { Grid } from "../../src/core/grid/grid";
import { recognize } from "../../src/core/tables/recognize";

export interface ValidCase {
  name: string;
  grids: Grid[];
}

type MessageIds<M extends CheckMeta> = keyof M["messages"] & string;

/** A finding an invalid case expects: its message by id (with some of its data), and any other fields. */
type ExpectedFinding<M extends CheckMeta> = {
  [K in MessageIds<M>]: Partial<Omit<Finding, "code" | "severity" | "messageId">> & {
    messageId: K;
    data?: Partial<MessageData<M["messages"][K]["vi"]>>;
  };
}[MessageIds<M>];

export interface InvalidCase<M extends CheckMeta> extends ValidCase {
  findings: ExpectedFinding<M>[];
  lang?: Lang;
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** A pattern for the messages a template gives: the placeholders in `data` filled, the others anything. */
function templatePattern(template: string, data: Readonly<Record<string, MessageValue>>, lang: Lang): RegExp {
  let src = "";
  let last = 0;
  for (const m of template.matchAll(/\{\{(\w+)\}\}/g)) {
    src += escapeRegExp(template.slice(last, m.index));
    src += m[1] in data ? escapeRegExp(showValue(data[m[1]], lang)) : "[\\s\\S]*?";
    last = m.index + m[0].length;
  }
  return new RegExp(`^${src}${escapeRegExp(template.slice(last))}$`);
}

/** The metadata every check must have, whatever its rules. */
export function expectCompleteMeta(meta: CheckMeta): void {
  expect(meta.code).toMatch(/^[A-Z][A-Z_]*[A-Z]$/);
  expect(["error", "warning", "info"]).toContain(meta.severity);
  for (const lang of ["vi", "en"] as const) {
    expect({ lang, title: meta.title[lang].trim().length > 3 }).toEqual({ lang, title: true });
    expect({ lang, description: meta.description[lang].trim().length > 10 }).toEqual({ lang, description: true });
  }
  const ids = Object.keys(meta.messages);
  expect(ids.length).toBeGreaterThan(0);
  for (const id of ids) {
    expect(id).toMatch(/^[a-z][A-Za-z]*$/);
    const m = meta.messages[id];
    expect({ id, vi: m.vi.trim().length > 10, en: m.en.trim().length > 10 }).toEqual({ id, vi: true, en: true });
    const set = (s: string) => [...new Set(placeholders(s))].sort();
    expect({ id, placeholders: set(m.en) }).toEqual({ id, placeholders: set(m.vi) });
  }
}

export function ruleTester<M extends CheckMeta>(check: Check<M>, cases: { valid: ValidCase[]; invalid: InvalidCase<M>[] }): void {
  const meta: CheckMeta = check.meta;
  describe(meta.code, () => {
    test("metadata", () => {
      expectCompleteMeta(meta);
    });

    test("every message is given by some invalid case", () => {
      const used = new Set(cases.invalid.flatMap((c) => c.findings.map((f) => f.messageId)));
      expect(Object.keys(meta.messages).filter((id) => !used.has(id))).toEqual([]);
    });

    describe("valid", () => {
      for (const c of cases.valid) {
        test(c.name, () => {
          expect(check.run(recognize(c.grids), { lang: "vi" })).toEqual([]);
        });
      }
    });

    describe("invalid", () => {
      for (const c of cases.invalid) {
        test(c.name, () => {
          const lang = c.lang ?? "vi";
          const got = check.run(recognize(c.grids), { lang });
          expect(got.map((f) => f.messageId)).toEqual(c.findings.map((f) => f.messageId));
          c.findings.forEach((want, i) => {
            const { data, ...fields } = want;
            expect(got[i]).toMatchObject({ code: meta.code, severity: meta.severity, ...fields });
            const template = meta.messages[want.messageId][lang];
            expect(got[i].message).toMatch(templatePattern(template, (data ?? {}) as Record<string, MessageValue>, lang));
            expect(got[i].message).not.toMatch(/\{\{\w+\}\}/);
          });
        });
      }
    });
  });
}
