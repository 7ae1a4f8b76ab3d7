/**
 * Browser test of issue 13, points 8–9 (follow Office; screen readers), in Debian's Chromium via
 * playwright-core: axe-core finds no violation in the pane in any state the preview reaches — first
 * run, findings, a finding selected, an error, Tạo mẫu, a draft, English, Office's dark theme, high
 * contrast (forced colours) —; the live region announces what ended; Excel's errors read as
 * explanations; and taskpane.html with office.js blocked says which addresses to allow.
 *
 *   npm run build && npx jest --config jest.e2e.config.js test/e2e/a11y.e2e.test.ts
 *
 * Screenshots go to test-output/e2e/.
 */
import { join, resolve } from "node:path";
import type { Page } from "playwright-core";
import { expectNoAxeViolations } from "../../testkit/axe";
import { browserSession } from "../../testkit/browserSession";
// Declares window.__baocaoPreview (types only).
import type {} from "../../src/preview/standin/install";

const REPO = resolve(__dirname, "../..");
const OUT = join(REPO, "test-output", "e2e");
const SHEET = "Phụ lục I";

const session = browserSession({
  name: "a11y",
  viewport: { width: 1100, height: 900 },
  officeJs: "block",
  needs: ["preview.html", "taskpane.html"],
});
let page: Page;
let base = "";
beforeAll(() => {
  ({ page, base } = session);
});

const pane = () => page.getByTestId("pane");
const idle = () => page.waitForSelector('[data-testid="pane"][data-running="false"]', { timeout: 20000 });

async function runAction(label: string): Promise<void> {
  await idle();
  await pane().getByRole("button", { name: label, exact: true }).click();
  await idle();
}

/** Waits until the polite live region says `text` (and fails saying what it said instead). */
async function announced(text: string): Promise<void> {
  const region = pane().locator('[role="status"][aria-live="polite"]');
  await expect(region.count()).resolves.toBe(1);
  await page
    .waitForFunction((t) => document.querySelector('[data-testid="pane"] [role="status"]')?.textContent === t, text, {
      timeout: 10000,
    })
    .catch(() => undefined);
  await expect(region.textContent()).resolves.toBe(text);
}

/** Every message bar in the pane is labelled by a title that is rendered and says something. */
async function expectBarsLabelledByTitles(): Promise<number> {
  const bars = await pane()
    .locator('[role="group"][aria-labelledby]')
    .evaluateAll((els) =>
      els.map((el) => {
        const id = el.getAttribute("aria-labelledby") ?? "";
        const title = document.getElementById(id);
        return {
          bar: el.getAttribute("data-testid"),
          title: title && el.contains(title) ? (title.textContent?.trim() ?? "") : null,
        };
      }),
    );
  for (const b of bars) expect({ ...b, title: typeof b.title === "string" && b.title.length > 0 }).toEqual({ ...b, title: true });
  return bars.length;
}

const theme = () => page.locator("[data-theme]").first().getAttribute("data-theme");

describe("the pane in every state: no axe violation", () => {
  test("first run", async () => {
    await page.goto(`${base}/preview.html`);
    await pane().waitFor({ state: "visible", timeout: 20000 });
    await expect(theme()).resolves.toBe("light");
    await pane().getByTestId("first-run").waitFor();
    await expectNoAxeViolations(page);
  });

  test("findings: the check's end is announced with the real counts", async () => {
    await page.evaluate((sheet) => window.__baocaoPreview!.setCell(sheet, "D12", 1907), SHEET);
    await runAction("Kiểm tra");
    await pane().locator('[data-finding~="SUM_MISMATCH"]').first().waitFor();
    // D12 typed over its formula: the sum is wrong (error) and the total is no longer a formula (warning).
    await announced("Kiểm tra xong: 1 lỗi, 1 cảnh báo; đã kiểm tra 63/69 ô số.");
    // The results are not a live region of their own: only the status line is read out.
    await expect(pane().locator("[aria-live]").count()).resolves.toBe(1);
    // A card's accessible name starts with its severity and cell, then what it shows.
    const name = await pane()
      .locator('[data-finding~="SUM_MISMATCH"][data-finding-cell="D12"]')
      .evaluate((el) => (el.textContent ?? "").replace(/\s+/g, " ").trim());
    expect(name).toMatch(/^Lỗi tại Phụ lục I!D12: Tổng không khớp[\s\S]*1\.907/);
    await expect(
      pane()
        .getByRole("button", { name: /^Lỗi tại Phụ lục I!D12/ })
        .count(),
    ).resolves.toBe(1);
    await expectBarsLabelledByTitles();
    await expectNoAxeViolations(page);
  });

  test("a finding selected", async () => {
    const row = pane().locator('[data-finding~="SUM_MISMATCH"][data-finding-cell="D12"]');
    await row.click();
    await expect(row.getAttribute("aria-current")).resolves.toBe("true");
    // Selecting scrolled the pane: axe would count a target half under the sticky command bar as
    // too small. Back at the top, as the clerk sees the pane after a check.
    await page.getByTestId("pane-frame").evaluate((e) => e.scrollTo(0, 0));
    await expectNoAxeViolations(page);
  });

  test("an Excel error: explained in Vietnamese, Excel's words under Chi tiết, the bar labelled by its title", async () => {
    await page.evaluate(() => {
      const g = globalThis as unknown as Record<string, { run: unknown }> & { __realRun?: unknown };
      g.__realRun = g.Excel.run;
      g.Excel.run = () =>
        Promise.reject(
          Object.assign(new Error("The requested resource doesn't exist."), { name: "RichApi.Error", code: "ItemNotFound" }),
        );
    });
    try {
      await runAction("Kiểm tra");
    } finally {
      await page.evaluate(() => {
        const g = globalThis as unknown as Record<string, { run: unknown }> & { __realRun?: unknown };
        g.Excel.run = g.__realRun;
      });
    }
    const bar = page.getByTestId("error-bar");
    await bar.waitFor({ state: "visible" });
    const text = await bar.innerText();
    expect(text).toContain("Excel báo lỗi");
    expect(text).toContain("Không tìm thấy trang tính hoặc vùng ô cần dùng");
    // Excel's raw English is there only on request.
    expect(text).not.toContain("The requested resource doesn't exist.");
    await bar.getByText("Chi tiết", { exact: true }).click();
    await expect(bar.getByTestId("error-detail").innerText()).resolves.toContain(
      "RichApi.Error ItemNotFound: The requested resource doesn't exist.",
    );
    await expect(expectBarsLabelledByTitles()).resolves.toBeGreaterThanOrEqual(1);
    await expectNoAxeViolations(page);
    await page.screenshot({ path: join(OUT, "a11y-error.png") });
    await bar.getByRole("button", { name: "Đóng" }).click();
    await expect(bar.count()).resolves.toBe(0);
  });

  test("after Tạo mẫu", async () => {
    await runAction("Tạo mẫu");
    // The confirmation (blank form or the worked example; the example by default).
    await page.locator('[role="dialog"]').waitFor();
    await expectNoAxeViolations(page, '[role="dialog"]');
    await page.getByTestId("template-confirm").click();
    await page.getByTestId("notice").waitFor();
    const names = await page.evaluate(() => window.__baocaoPreview!.sheetNames());
    // The example's five sheets, then the template's copies.
    await announced(`Đã tạo các trang mẫu: ${names.slice(5).join(", ")}.`);
    await expectBarsLabelledByTitles();
    await expectNoAxeViolations(page);
  });

  test("after a draft", async () => {
    await runAction("Soạn báo cáo");
    await page.getByTestId("draft-result").waitFor();
    await announced("Đã soạn báo cáo vào trang tính “Bản thảo”.");
    await expectBarsLabelledByTitles();
    await expectNoAxeViolations(page);
  });

  test("English", async () => {
    await pane().getByRole("switch", { name: "English" }).click();
    await pane().getByRole("button", { name: "Check", exact: true }).waitFor();
    await idle();
    await runAction("Check");
    // Tạo mẫu added a second, correct copy of the four sheets: twice the cells, the same findings.
    await announced("Check finished — errors: 1, warnings: 1; 126 of 138 number cells checked.");
    await expectNoAxeViolations(page);
  });

  test("Office's dark theme, changed while the pane is open (OfficeThemeChanged)", async () => {
    await page.evaluate(() =>
      window.__baocaoPreview!.setOfficeTheme({
        bodyBackgroundColor: "#262626",
        bodyForegroundColor: "#FFFFFF",
        controlBackgroundColor: "#3B3B3B",
        controlForegroundColor: "#FFFFFF",
      }),
    );
    await page.waitForSelector('[data-theme="dark"]');
    const colours = await pane().evaluate((el) => {
      const cs = getComputedStyle(el.parentElement!);
      return { bg: cs.backgroundColor, fg: getComputedStyle(el).color };
    });
    expect(colours).toEqual({ bg: "rgb(41, 41, 41)", fg: "rgb(255, 255, 255)" });
    await pane().locator('[data-finding~="SUM_MISMATCH"]').first().click();
    await expectNoAxeViolations(page);
    await page.screenshot({ path: join(OUT, "a11y-dark.png") });
  });

  test("preview.html?theme=dark opens dark, first run and findings", async () => {
    await page.goto(`${base}/preview.html?theme=dark`);
    await pane().waitFor({ state: "visible", timeout: 20000 });
    await expect(theme()).resolves.toBe("dark");
    await expectNoAxeViolations(page);
    await page.evaluate((sheet) => window.__baocaoPreview!.setCell(sheet, "D12", 1907), SHEET);
    await runAction("Check");
    await pane().locator('[data-finding~="SUM_MISMATCH"]').first().waitFor();
    await expectNoAxeViolations(page);
  });

  test("high contrast (forced colours): the high-contrast theme, live", async () => {
    await page.emulateMedia({ forcedColors: "active" });
    await page.waitForSelector('[data-theme="highContrast"]');
    await expectNoAxeViolations(page);
    await page.screenshot({ path: join(OUT, "a11y-high-contrast.png") });
    await page.emulateMedia({ forcedColors: "none" });
    await page.waitForSelector('[data-theme="dark"]');
  });
});

describe("taskpane.html when office.js cannot load", () => {
  test("a page in Vietnamese and English names both addresses to allow, instead of a blank pane", async () => {
    const failed: string[] = [];
    const onFailed = (r: { url(): string }) => failed.push(r.url());
    page.on("requestfailed", onFailed);
    // The blocked request, and the shared runtime's other bundles, which need Office too: without it
    // they stop; the page must not.
    const expected =
      /^console\.error: Failed to load resource: net::ERR_BLOCKED_BY_CLIENT|^pageerror: .*(CustomFunctions|Office) is not defined/;
    await page.goto(`${base}/taskpane.html`);
    page.off("requestfailed", onFailed);
    const box = page.getByTestId("office-unavailable");
    await box.waitFor({ state: "visible", timeout: 20000 });
    expect(failed).toEqual(["https://appsforoffice.microsoft.com/lib/1/hosted/office.js"]);
    const vi = await box.locator('[data-lang="vi"]').innerText();
    expect(vi).toContain("Không tải được thư viện Office (office.js)");
    expect(vi).toContain("https://appsforoffice.microsoft.com/lib/1/hosted/office.js");
    expect(vi).toContain(`cho phép truy cập hai địa chỉ: appsforoffice.microsoft.com và ${base}`);
    const en = await box.locator('[data-lang="en"]').innerText();
    expect(en).toContain(`Ask IT to allow two addresses: appsforoffice.microsoft.com and ${base}`);
    await expect(box.getByRole("button", { name: "Tải lại / Reload" }).isVisible()).resolves.toBe(true);
    await expectNoAxeViolations(page, '[data-testid="office-unavailable"]');
    await page.setViewportSize({ width: 320, height: 700 });
    await page.screenshot({ path: join(OUT, "a11y-office-js-blocked-320.png"), fullPage: true });
    session.forgive(expected);
  });
});
