/**
 * Browser test of the findings (issue 13, points 3–5) on the preview page: one card per cell with
 * its difference in the headline, numbers in Vietnamese notation in both languages, an error
 * value's card naming the totals it left unchecked, "Lỗi tiếp theo", arrow keys with one Tab stop,
 * "Xuất kết quả" to a new sheet (never over one), and a virtualised list of 1 000 findings.
 *
 *   npm run build && npx jest --config jest.e2e.config.js test/e2e/findings.e2e.test.ts
 */
import { join, resolve } from "node:path";
import type { Page } from "playwright-core";
import { browserSession } from "../../testkit/browserSession";
// Declares window.__baocaoPreview (types only).
import type {} from "../../src/preview/standin/install";

const REPO = resolve(__dirname, "../..");
const OUT = join(REPO, "test-output", "e2e");
const SHEET = "Phụ lục I";
const RESULTS = "Kết quả kiểm tra";

const session = browserSession({ name: "findings", viewport: { width: 1280, height: 800 }, locale: "en-US" });
let page: Page;
let base = "";
beforeAll(() => {
  ({ page, base } = session);
});

const pane = () => page.getByTestId("pane");
const card = (cell: string) => pane().locator(`[data-testid="finding"][data-cell="${cell}"]`);

async function idle(): Promise<void> {
  await page.waitForSelector('[data-testid="pane"][data-running="false"]', { timeout: 30000 });
}

async function check(label = "Kiểm tra"): Promise<void> {
  await idle();
  await pane().getByRole("button", { name: label, exact: true }).click();
  await idle();
}

async function open(): Promise<void> {
  await page.goto(`${base}/preview.html`);
  await page.evaluate(() => localStorage.setItem("baocao.lang", "vi"));
  await page.reload();
  await pane().waitFor({ state: "visible", timeout: 20000 });
}

describe("finding cards", () => {
  test("a typo: one card at the cell, the difference in its headline", async () => {
    await open();
    await page.evaluate((sheet) => window.__baocaoPreview!.setCell(sheet, "D12", 1907), SHEET);
    await check();
    const d12 = card(`${SHEET}!D12`);
    await d12.waitFor({ state: "visible" });
    await expect(d12.count()).resolves.toBe(1);
    await expect(d12.getAttribute("data-severity")).resolves.toBe("error");
    // The typed total is also TOTAL_NOT_FORMULA: the same card names both.
    await expect(d12.getAttribute("data-codes")).resolves.toBe("SUM_MISMATCH TOTAL_NOT_FORMULA");
    await expect(d12.locator("[data-headline]").innerText()).resolves.toBe("Ghi 1.907 → đúng 1.970 (lệch −63)");
    // The icon is a shape in currentColor beside the word, not a colour alone.
    await expect(d12.locator('svg[data-severity-icon="error"] path').getAttribute("fill")).resolves.toBe("currentColor");
    await expect(d12.innerText()).resolves.toContain("Lỗi");
    await expect(pane().locator('[data-count="error"]').innerText()).resolves.toBe("1 lỗi");
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.screenshot({ path: join(OUT, "findings-card.png") });
  });

  test("=1/0 in D9: one card at D9 naming the totals it left unchecked", async () => {
    await page.evaluate((sheet) => window.__baocaoPreview!.setCell(sheet, "D9", { formula: "=1/0" }), SHEET);
    await check();
    const d9 = card(`${SHEET}!D9`);
    await d9.waitFor({ state: "visible" });
    await expect(d9.locator("[data-passed-on]").getAttribute("data-passed-on")).resolves.toBe("D6 D18");
    await expect(d9.innerText()).resolves.toContain("Lỗi này lan sang D6, D18");
    await expect(card(`${SHEET}!D6`).count()).resolves.toBe(0);
    await expect(card(`${SHEET}!D18`).count()).resolves.toBe(0);
    // Real counts: the three BAD_VALUE and the SUM_MISMATCH are four errors.
    await expect(pane().locator('[data-count="error"]').getAttribute("data-n")).resolves.toBe("4");
  });

  test("“Lỗi tiếp theo” selects the next error's cell, round and round", async () => {
    const next = pane().getByTestId("next-error");
    await next.click();
    await session.waitForSelection(SHEET, "D9");
    await next.click();
    await session.waitForSelection(SHEET, "D12");
    await expect(card(`${SHEET}!D12`).locator("button[aria-current='true']").count()).resolves.toBe(1);
    await next.click();
    await session.waitForSelection(SHEET, "D9");
  });

  test("arrow keys move between the rows, Enter selects; the list is one Tab stop", async () => {
    await expect(pane().locator("[data-testid='finding-list'] button[data-row-key][tabindex='0']").count()).resolves.toBe(1);
    await card(`${SHEET}!D9`).locator("button[data-row-key]").focus();
    await page.keyboard.press("ArrowDown");
    await expect(page.evaluate(() => document.activeElement?.getAttribute("data-row-key"))).resolves.toBe(`${SHEET}!D12`);
    await expect(pane().locator("[data-testid='finding-list'] button[data-row-key][tabindex='0']").count()).resolves.toBe(1);
    await page.keyboard.press("Enter");
    await session.waitForSelection(SHEET, "D12");
    await page.keyboard.press("ArrowUp");
    await page.keyboard.press("ArrowUp");
    await expect(page.evaluate(() => document.activeElement?.getAttribute("data-row-key"))).resolves.toBe(`sheet:${SHEET}`);
    // Enter on the sheet's header collapses its cards; again brings them back.
    await page.keyboard.press("Enter");
    await expect(card(`${SHEET}!D12`).count()).resolves.toBe(0);
    await page.keyboard.press("Enter");
    await card(`${SHEET}!D12`).waitFor({ state: "visible" });
  });

  test("English interface: the numbers stay in the workbook's notation", async () => {
    await pane().getByRole("switch", { name: "English" }).click();
    await idle();
    const d12 = card(`${SHEET}!D12`);
    await d12.getByText("Total does not add up").last().waitFor({ state: "visible" });
    await expect(d12.locator("[data-headline]").innerText()).resolves.toBe("Stated 1.907 → should be 1.970 (off by −63)");
    // Every number on the card — headline and the engine's message (checked with notation "vi") — is
    // in the workbook's notation.
    const text = await d12.innerText();
    expect(text).toContain("1.907");
    expect(text).not.toContain("1,907");
    expect(text).not.toContain("1,970");
    await page.screenshot({ path: join(OUT, "findings-english.png") });
    await pane().getByRole("switch", { name: "English" }).click();
    await idle();
  });

  test("“Xuất kết quả” adds a sheet “Kết quả kiểm tra”, then “Kết quả kiểm tra (2)”", async () => {
    const before = await page.evaluate(() => window.__baocaoPreview!.sheetNames());
    await pane().getByTestId("export").click();
    await pane().locator(`[data-testid="exported"][data-sheet="${RESULTS}"]`).waitFor({ state: "visible" });
    const sheet = await page.evaluate((name) => {
      const p = window.__baocaoPreview!;
      const v = (a: string) => p.getCell(name, a)?.value ?? null;
      const rows: unknown[][] = [];
      for (let r = 4; r <= 12; r++) rows.push(["A", "B", "C", "D", "F", "G", "H"].map((c) => v(`${c}${r}`)));
      return { names: p.sheetNames(), rows };
    }, RESULTS);
    expect(sheet.names).toEqual([...before, RESULTS]);
    expect(sheet.rows[0]).toEqual(["Trang tính", "Ô", "Mức độ", "Mã", "Ghi", "Đúng", "Lệch"]);
    expect(sheet.rows).toContainEqual([SHEET, "D12", "Lỗi", "SUM_MISMATCH", "1.907", "1.970", "−63"]);

    await pane().getByTestId("export").click();
    await pane().locator(`[data-testid="exported"][data-sheet="${RESULTS} (2)"]`).waitFor({ state: "visible" });
    await expect(page.evaluate(() => window.__baocaoPreview!.sheetNames())).resolves.toEqual([
      ...before,
      RESULTS,
      `${RESULTS} (2)`,
    ]);
    await expect(page.evaluate((n) => window.__baocaoPreview!.getCell(n, "A4")?.value, RESULTS)).resolves.toBe("Trang tính");
  });

  test("1 000 findings: real counts, fewer cards in the DOM than findings, the last one reachable", async () => {
    await open();
    await page.evaluate(() => {
      const wb = window.__baocaoPreview!.workbook;
      wb.batch(() => {
        wb.addSheet("Nhiều lỗi");
        const set = (a: string, v: string | number) => wb.setCell("Nhiều lỗi", a, v);
        set("A1", "TT");
        set("B1", "Nội dung");
        set("C1", "Kinh phí");
        let r = 2;
        for (let g = 0; g < 1000; g++) {
          set(`B${r}`, `Năm ${2000 + (g % 30)}`);
          set(`C${r}`, 31); // 10 + 20 = 30: a sub-total one off
          set(`A${r + 1}`, 1);
          set(`B${r + 1}`, `Nhiệm vụ ${2 * g + 1}`);
          set(`C${r + 1}`, 10);
          set(`A${r + 2}`, 2);
          set(`B${r + 2}`, `Nhiệm vụ ${2 * g + 2}`);
          set(`C${r + 2}`, 20);
          r += 3;
        }
      });
    });
    await check();
    const errors = pane().locator('[data-count="error"]');
    await expect(errors.getAttribute("data-n")).resolves.toBe("1000");
    await expect(errors.innerText()).resolves.toBe("1.000 lỗi");
    await expect(pane().locator('[data-sheet-group="Nhiều lỗi"]').innerText()).resolves.toContain("1.000 mục");
    const inDom = await pane().locator('[data-testid="finding"]').count();
    expect(inDom).toBeGreaterThan(0);
    expect(inDom).toBeLessThan(100);
    await expect(pane().getByTestId("finding-list").getAttribute("data-rows")).resolves.toBe("1001");
    // "Lỗi tiếp theo" from the last error wraps round; End on the list reaches the last card.
    await pane().locator('[data-testid="finding"] button[data-row-key]').first().focus();
    await page.keyboard.press("End");
    await page.waitForFunction(() => document.activeElement?.getAttribute("data-row-key") === "Nhiều lỗi!C2999");
    await page.keyboard.press("Enter");
    await session.waitForSelection("Nhiều lỗi", "C2999");
    await pane().getByTestId("next-error").click();
    await session.waitForSelection("Nhiều lỗi", "C2");
    await page.screenshot({ path: join(OUT, "findings-many.png") });
  });
});
