/**
 * Browser test of results that never go stale and of progress that moves (issue 13, points 2 and
 * 7), on the preview page (dist/preview.html) in Debian's Chromium via playwright-core: an edit
 * through window.__baocaoPreview.setCell shows the stale banner with the check's time; its button
 * re-checks; "Tự kiểm tra lại" re-checks by itself after the edits pause, reading again only the
 * sheet changed; a slow Excel shows which sheet is being read, and "Dừng" stops the check.
 *
 *   npm run build && npx jest --config jest.e2e.config.js test/e2e/stale.e2e.test.ts
 *
 * Screenshots go to test-output/e2e/.
 */
import { join, resolve } from "node:path";
import type { Page } from "playwright-core";
import { browserSession } from "../../testkit/browserSession";
// Declares window.__baocaoPreview (types only).
import type {} from "../../src/preview/standin/install";

const REPO = resolve(__dirname, "../..");
const OUT = join(REPO, "test-output", "e2e");
const SHEET = "Phụ lục I";

const session = browserSession({ name: "stale" });
let page: Page;
let base = "";
beforeAll(async () => {
  ({ page, base } = session);
  await page.goto(`${base}/preview.html`);
  await page.getByTestId("pane").waitFor({ state: "visible", timeout: 20000 });
});

const pane = () => page.getByTestId("pane");
const idle = () => page.waitForSelector('[data-testid="pane"][data-running="false"]', { timeout: 20000 });
const finding = (cell: string) => pane().locator(`[data-finding-sheet="${SHEET}"][data-finding-cell="${cell}"]`);
/** Bytes the stand-in has sent back so far (its own measure of every response). */
const bytesRead = () => page.evaluate(() => window.__baocaoPreview!.workbook.log.bytes);

describe("results that never go stale", () => {
  let fullRead = 0;

  test("an edit after the check: the stale banner, with the check's time; its button re-checks and it goes", async () => {
    const before = await bytesRead();
    await pane().getByRole("button", { name: "Kiểm tra", exact: true }).click();
    await idle();
    fullRead = (await bytesRead()) - before;
    expect(fullRead).toBeGreaterThan(0);
    await expect(page.getByTestId("stale").count()).resolves.toBe(0);
    // Listening: the switch is there.
    await page.getByTestId("auto-recheck").waitFor({ state: "visible" });

    await page.evaluate((sheet) => window.__baocaoPreview!.setCell(sheet, "D12", 1907), SHEET);
    const banner = page.getByTestId("stale");
    await banner.waitFor({ state: "visible" });
    const text = await banner.innerText();
    expect(text).toContain("Sổ đã thay đổi — Kiểm tra lại");
    const time = await banner.getAttribute("data-checked-at");
    expect(time).toMatch(/^\d\d:\d\d$/);
    expect(text).toContain(`lúc ${time}`);
    expect(text).toContain(SHEET);
    // The results shown are still those of the check (the edit is not in them yet).
    await expect(finding("D12").count()).resolves.toBe(0);
    await page.screenshot({ path: join(OUT, "stale-banner.png") });

    await page.getByTestId("stale-recheck").click();
    await idle();
    await finding("D12").first().waitFor({ state: "visible" });
    await expect(page.getByTestId("stale").count()).resolves.toBe(0);
  });

  test("Tự kiểm tra lại: an edit is re-checked by itself once the typing pauses, reading only that sheet", async () => {
    await pane().getByRole("switch", { name: "Tự kiểm tra lại" }).check();
    const before = await bytesRead();
    const syncsBefore = await page.evaluate(() => window.__baocaoPreview!.syncs());
    // Put D12 right again and make a typo in D13 (120 typed "1.45O", a letter O for a zero).
    await page.evaluate((sheet) => {
      window.__baocaoPreview!.setCell(sheet, "D12", { formula: "=SUM(D13:D17)" });
      window.__baocaoPreview!.setCell(sheet, "D13", "1.45O");
    }, SHEET);
    // No click: the new error appears after the debounce, and D12's is gone.
    await finding("D13").first().waitFor({ state: "visible", timeout: 10000 });
    await idle();
    await expect(page.getByTestId("stale").count()).resolves.toBe(0);
    const partialRead = (await bytesRead()) - before;
    const syncs = (await page.evaluate(() => window.__baocaoPreview!.syncs())) - syncsBefore;
    expect(syncs).toBe(3);
    expect(partialRead).toBeGreaterThan(0);
    // One sheet of four read again.
    expect(partialRead).toBeLessThan(fullRead / 2);
    await expect(finding("D13").first().innerText()).resolves.toContain("1.45O");
    await expect(finding("D12").count()).resolves.toBe(0);
    await pane().getByRole("switch", { name: "Tự kiểm tra lại" }).uncheck();
  });
});

describe("progress that moves, and Dừng", () => {
  test("a slow Excel: the sheet being read is named; Dừng stops the check, the earlier results kept", async () => {
    const findingsBefore = await pane().locator("[data-finding]").count();
    expect(findingsBefore).toBeGreaterThan(0);
    await page.evaluate(() => {
      window.__baocaoPreview!.workbook.latencyMs = 1500;
    });
    await pane().getByRole("button", { name: "Kiểm tra", exact: true }).click();
    const progress = page.getByTestId("progress");
    await progress.getByText(/^Đang đọc Phụ lục I .*\(1[–-]?\d?\/5\)…$/).waitFor({ state: "visible", timeout: 10000 });
    await page.screenshot({ path: join(OUT, "stale-progress.png") });
    await page.getByTestId("cancel").click();
    await idle();
    await page.evaluate(() => {
      window.__baocaoPreview!.workbook.latencyMs = 0;
    });
    const stopped = page.getByTestId("stopped");
    await stopped.waitFor({ state: "visible" });
    await expect(stopped.innerText()).resolves.toContain("Đã dừng");
    // No new results: the earlier ones are still shown, said to be as of their check.
    await expect(pane().locator("[data-finding]").count()).resolves.toBe(findingsBefore);
    await expect(page.getByTestId("error-bar").count()).resolves.toBe(0);
  });
});
