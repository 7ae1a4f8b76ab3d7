/** checkWorkbookSteps (src/core/engine.ts): the engine step by step, the same result as checkWorkbook. */
import { checkWorkbook, checkWorkbookSteps, type CheckStep } from "../../src/core/engine";
import { gridFromSpec } from "../../src/core/grid/fromSpec";
import { exampleTemplate } from "../../src/core/template/example";
import { CHECKS } from "../../src/core/checks";

test("one step per sheet recognised (the draft sheet skipped), then one per check; the same model and report", () => {
  const grids = exampleTemplate().map(gridFromSpec);
  grids[0].rows[12]![3] = { value: 1907 };
  grids.push({ name: "Bản thảo", rows: [[{ value: "x" }]] });
  const steps: CheckStep[] = [];
  const it = checkWorkbookSteps(grids, { lang: "en" });
  let r = it.next();
  for (; !r.done; r = it.next()) steps.push(r.value);
  expect(steps.filter((s) => s.stage === "recognize")).toEqual([
    { stage: "recognize", sheet: "Phụ lục I", index: 1, count: 4 },
    { stage: "recognize", sheet: "Phụ lục II", index: 2, count: 4 },
    { stage: "recognize", sheet: "Số liệu", index: 3, count: 4 },
    { stage: "recognize", sheet: "Chỉ tiêu 2024", index: 4, count: 4 },
  ]);
  expect(steps.filter((s) => s.stage === "check").map((s) => (s.stage === "check" ? s.code : ""))).toEqual(
    CHECKS.map((c) => c.meta.code),
  );
  const whole = checkWorkbook(grids, { lang: "en" });
  expect(r.value.report).toEqual(whole.report);
  expect(r.value.report.findings.map((f) => f.code)).toContain("SUM_MISMATCH");
});

test("messages in English keep the workbook's Vietnamese notation when asked (the pane), English notation otherwise (the CLI)", () => {
  const grids = exampleTemplate().map(gridFromSpec);
  grids[0].rows[11]![3] = { value: 1907 }; // D12: the 2023 sub-total, whose items add up to 1.970
  const mismatch = (opts: Parameters<typeof checkWorkbook>[1]) =>
    checkWorkbook(grids, opts).report.findings.find((f) => f.code === "SUM_MISMATCH" && f.cell === "D12")!.message;
  const pane = mismatch({ lang: "en", notation: "vi" });
  expect(pane).toContain("1.907");
  expect(pane).toContain("1.970");
  expect(pane).not.toContain("1,907");
  const cli = mismatch({ lang: "en" });
  expect(cli).toContain("1,907");
  expect(cli).toContain("1,970");
  expect(mismatch({ lang: "vi" })).toContain("1.907");
});
