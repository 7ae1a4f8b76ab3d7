/**
 * axe-core in the browser test: injects axe.min.js into the page (once) and runs it on the task
 * pane (or any root), WCAG 2.x A and AA plus axe's best practices. Any test can check the state it
 * has just reached with `await expectNoAxeViolations(page)`.
 */
import type { Page } from "playwright-core";

/** The pane's root in the preview and in taskpane.html. */
const PANE_ROOT = '[data-testid="pane"]';

const TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"];

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[]; html: string; failureSummary: string }[];
}

/** The violations axe finds under `root` (a CSS selector), in the page as it is now. */
async function axeViolations(page: Page, root: string = PANE_ROOT): Promise<AxeViolation[]> {
  if (!(await page.evaluate(() => "axe" in window))) {
    await page.addScriptTag({ path: require.resolve("axe-core/axe.min.js") });
  }
  await page.locator(root).first().waitFor({ state: "attached" });
  // Colours and opacity still in transition (a theme switched, a dialog opening) would be measured
  // half-way: wait for every finite animation and transition to end first.
  await page.waitForFunction(() =>
    document.getAnimations().every((a) => a.playState !== "running" || a.effect?.getTiming().iterations === Infinity),
  );
  return page.evaluate(
    async ([sel, tags]) => {
      const axe = (
        window as unknown as { axe: { run: (ctx: unknown, opts: unknown) => Promise<{ violations: AxeViolation[] }> } }
      ).axe;
      const r = await axe.run({ include: [sel] }, { runOnly: { type: "tag", values: tags }, resultTypes: ["violations"] });
      return r.violations.map((v) => ({
        id: v.id,
        impact: v.impact,
        help: v.help,
        nodes: v.nodes.map((n) => ({
          target: n.target.map(String),
          html: n.html.slice(0, 300),
          failureSummary: n.failureSummary,
        })),
      }));
    },
    [root, TAGS] as const,
  );
}

/** Fails the test with every violation axe finds under `root` (the pane by default), readably. */
export async function expectNoAxeViolations(page: Page, root: string = PANE_ROOT): Promise<void> {
  const violations = await axeViolations(page, root);
  const readable = violations.map(
    (v) =>
      `${v.id} (${v.impact}): ${v.help}\n${v.nodes.map((n) => `  ${n.target.join(" ")} ${n.html.slice(0, 200)}: ${n.failureSummary}`).join("\n")}`,
  );
  expect(readable).toEqual([]);
}
