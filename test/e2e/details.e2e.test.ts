/**
 * Browser test of issue 14, point 4, on the preview page (dist/preview.html) in Debian's Chromium:
 * after Soạn báo cáo, the pane names the document's details the draft left blank (người ký, số, ngày
 * …) and where to fill them in — the "Thông tin văn bản" sheet, which Tạo mẫu adds — and says
 * nothing when the workbook gives them all.
 *
 *   npm run build && npx jest --config jest.e2e.config.js test/e2e/details.e2e.test.ts
 *
 * Screenshots go to test-output/e2e/.
 */
import { join, resolve } from "node:path";
import type { Page } from "playwright-core";
import { DETAILS_SHEET } from "../../src/core/draft/detailsSheet";
import { expectNoAxeViolations } from "../../testkit/axe";
import { browserSession } from "../../testkit/browserSession";
import { templateGrids } from "../../testkit/templateGrids";
import { gridsToXlsx } from "../../testkit/writeGrids";
// Declares window.__baocaoPreview (types only).
import type {} from "../../src/preview/standin/install";

const REPO = resolve(__dirname, "../..");
const OUT = join(REPO, "test-output", "e2e");
const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

const session = browserSession({ name: "details", viewport: { width: 1280, height: 900 } });
let page: Page;

beforeAll(async () => {
  page = session.page;
  await page.goto(`${session.base}/preview.html`);
  await page.getByTestId("pane").waitFor({ state: "visible", timeout: 20000 });
});

const pane = () => page.getByTestId("pane");
const bar = () => pane().getByTestId("draft-missing");
const sheetNames = () => page.evaluate(() => window.__baocaoPreview!.sheetNames());

async function runAction(label: string): Promise<void> {
  await page.waitForSelector('[data-testid="pane"][data-running="false"]', { timeout: 20000 });
  await pane().getByRole("button", { name: label, exact: true }).click();
  await page.waitForSelector('[data-testid="pane"][data-running="false"]', { timeout: 20000 });
}

async function draft(label = "Soạn báo cáo"): Promise<void> {
  await runAction(label);
  await pane().getByTestId("draft-result").waitFor({ state: "visible" });
}

describe("the document's details after Soạn báo cáo", () => {
  test("the example, with its 'Thông tin văn bản' sheet: every detail given, no bar", async () => {
    await expect(sheetNames()).resolves.toContain(DETAILS_SHEET);
    await draft();
    await expect(bar().count()).resolves.toBe(0);
  });

  test("the example's tables without the sheet: a warning names each missing detail and where to fill it", async () => {
    const bytes = await gridsToXlsx(templateGrids().filter((g) => g.name !== DETAILS_SHEET));
    await page
      .locator('[data-testid="open-file"] input[type="file"]')
      .setInputFiles({ name: "khong-thong-tin.xlsx", mimeType: XLSX, buffer: bytes });
    await page.getByTestId("open-status").getByText("Đã mở “khong-thong-tin.xlsx”: 4 trang tính", { exact: false }).waitFor();
    await expect(sheetNames()).resolves.not.toContain(DETAILS_SHEET);

    await draft();
    await bar().waitFor({ state: "visible" });
    await expect(bar().locator("li").allInnerTexts()).resolves.toEqual([
      "số, ký hiệu (điền khi ban hành)",
      "ngày ban hành (điền khi ban hành)",
      "người ký",
      "đơn vị soạn thảo",
    ]);
    await expect(
      bar()
        .locator("li")
        .evaluateAll((els) => els.map((e) => e.getAttribute("data-key"))),
    ).resolves.toEqual(["so-ky-hieu", "ngay", "nguoi-ky", "don-vi-soan-thao"]);
    const text = await bar().innerText();
    expect(text).toContain("Còn thiếu thông tin của văn bản");
    expect(text).toContain("trang “Thông tin văn bản”");
    expect(text).toContain("Tạo mẫu thêm trang này");
    // The bar is inside the draft's result, beside its other messages.
    await expect(pane().getByTestId("draft-result").getByTestId("draft-missing").count()).resolves.toBe(1);
    await expectNoAxeViolations(page);
    await page.screenshot({ path: join(OUT, "details-missing.png"), fullPage: true });
  });

  test("in English", async () => {
    await pane().getByRole("switch", { name: "English" }).click();
    await pane().getByRole("button", { name: "Check", exact: true }).waitFor();
    await expect(bar().locator("li").allInnerTexts()).resolves.toEqual([
      "document number (filled in at issue)",
      "date (filled in at issue)",
      "signer",
      "drafting unit",
    ]);
    await expect(bar().innerText()).resolves.toContain("“Thông tin văn bản” sheet");
    await pane().getByRole("switch", { name: "English" }).click();
    await pane().getByRole("button", { name: "Kiểm tra", exact: true }).waitFor();
  });

  test("Tạo mẫu adds the sheet; drafting again: no bar", async () => {
    await runAction("Tạo mẫu");
    await page.getByTestId("template-confirm").click();
    await pane().getByTestId("notice").waitFor({ state: "visible" });
    await page.waitForSelector('[data-testid="pane"][data-running="false"]');
    await expect(sheetNames()).resolves.toContain(DETAILS_SHEET);
    await draft();
    await expect(bar().count()).resolves.toBe(0);
  });
});
