/**
 * A table of valid and invalid cases per check, in the manner of ESLint's RuleTester: each case is
 * a workbook built in the test; valid ones give no finding of the check, invalid ones give exactly
 * the findings listed (matched field by field, in order).
 */
import type { Check } from "../../src/core/checks";
import type { Finding, Lang } from "../../src/core/findings";
import type { Grid } from "../../src/core/grid/grid";
import { recognize } from "../../src/core/tables/recognize";

export interface ValidCase {
  name: string;
  grids: Grid[];
}

export interface InvalidCase extends ValidCase {
  findings: Partial<Finding>[];
  lang?: Lang;
}

export function ruleTester(check: Check, cases: { valid: ValidCase[]; invalid: InvalidCase[] }): void {
  describe(check.code, () => {
    test("metadata", () => {
      expect(check.description.vi.length).toBeGreaterThan(10);
      expect(check.description.en.length).toBeGreaterThan(10);
      expect(["error", "warning", "info"]).toContain(check.severity);
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
          const got = check.run(recognize(c.grids), { lang: c.lang ?? "vi" });
          expect(got).toHaveLength(c.findings.length);
          c.findings.forEach((want, i) => {
            expect(got[i]).toMatchObject({ code: check.code, severity: check.severity, ...want });
            expect(got[i].message.length).toBeGreaterThan(10);
          });
        });
      }
    });
  });
}
