/**
 * Browser test of "Tổng hợp" in the pane (issue 15, point 3): three communes' workbooks of the
 * form, built here (the example template with other numbers), and a .txt are picked through the
 * pane's file input; each is read in the page, checked and added up, and the consolidated sheets
 * go into the open workbook (the stand-in) under new names — a second run adds "(2)" sheets. The
 * list says what became of each file and why. Debian's Chromium via playwright-core.
 *
 *   npm run build && npx jest --config jest.e2e.config.js test/e2e/tonghop.e2e.test.ts
 *
 * Screenshots go to test-output/e2e/.
 */
import { join, resolve } from "node:path";
import type { Page } from "playwright-core";
import { writeXlsx } from "../../src/cli/writeXlsx";
import { exampleTemplate } from "../../src/core/template/example";
import { expectNoAxeViolations } from "../../testkit/axe";
import { browserSession } from "../../testkit/browserSession";
import { scaled } from "../../testkit/scaled";
// Declares window.__baocaoPreview (types only).
import type {} from "../../src/preview/standin/install";

const REPO = resolve(__dirname, "../..");
const OUT = join(REPO, "test-output", "e2e");
const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
const FORM = exampleTemplate().map((s) => s.name);

const session = browserSession({ name: "tonghop", viewport: { width: 1440, height: 900 } });
let page: Page;
let files: { name: string; mimeType: string; buffer: Buffer }[];

beforeAll(async () => {
  ({ page } = session);
  files = [
    { name: "xa-an-binh.xlsx", mimeType: XLSX, buffer: await writeXlsx(exampleTemplate()) },
    { name: "xa-binh-minh.xlsx", mimeType: XLSX, buffer: await writeXlsx(scaled(exampleTemplate(), 2)) },
    { name: "xa-cat-tien.xlsx", mimeType: XLSX, buffer: await writeXlsx(scaled(exampleTemplate(), 4)) },
    { name: "ghi-chu.txt", mimeType: "text/plain", buffer: Buffer.from("TT;Nội dung\n1;Xây dựng\n") },
  ];
  await page.goto(`${session.base}/preview.html`);
  await page.getByTestId("pane").waitFor({ state: "visible", timeout: 20000 });
});

const pane = () => page.getByTestId("pane");
const sheetNames = () => page.evaluate(() => window.__baocaoPreview!.sheetNames());
const value = (sheet: string, addr: string) =>
  page.evaluate(([s, a]) => window.__baocaoPreview!.getCell(s, a)?.value, [sheet, addr] as const);

async function consolidate(): Promise<void> {
  await page.waitForSelector('[data-testid="pane"][data-running="false"]', { timeout: 20000 });
  const input = pane().getByTestId("consolidate-input-files");
  await expect(input.getAttribute("accept")).resolves.toContain(".xlsx");
  await expect(input.evaluate((e) => (e as HTMLInputElement).multiple)).resolves.toBe(true);
  await input.setInputFiles(files);
  await pane().getByTestId("consolidate-result").waitFor({ state: "visible", timeout: 30000 });
  await page.waitForSelector('[data-testid="pane"][data-running="false"]', { timeout: 20000 });
}

const listed = () =>
  pane()
    .getByTestId("consolidate-input")
    .evaluateAll((els) => els.map((e) => [e.getAttribute("data-file"), e.getAttribute("data-status")]));

describe("Tổng hợp in the pane", () => {
  test("the button is next to the others; picked files are listed with their status, the sums written to new sheets", async () => {
    await pane().getByRole("button", { name: "Tổng hợp…", exact: true }).waitFor({ state: "visible" });
    const before = await sheetNames();
    expect(before).toEqual(FORM);
    const total = await value("Phụ lục I", "D18");
    expect(total).toBe(8962.46);

    await consolidate();
    await expect(listed()).resolves.toEqual([
      ["xa-an-binh.xlsx", "summed"],
      ["xa-binh-minh.xlsx", "summed"],
      ["xa-cat-tien.xlsx", "summed"],
      ["ghi-chu.txt", "unreadable"],
    ]);
    const items = await pane().getByTestId("consolidate-input").allInnerTexts();
    expect(items[0]).toContain("đã cộng");
    // The .txt is named with the reader's reason, not a code.
    expect(items[3]).toMatch(/^ghi-chu\.txt: không đọc được — .*ghi-chu\.txt/);
    const summary = await pane().getByTestId("notice").innerText();
    expect(summary).toContain("Đã cộng 3/4 tệp theo biểu mẫu của “xa-an-binh.xlsx”");
    // The bar is labelled by its rendered title (the id MessageBar gives it), the section by its name.
    const label = await pane()
      .getByTestId("notice")
      .evaluate((el) => document.getElementById(el.getAttribute("aria-labelledby") ?? "")?.textContent);
    expect(label).toBe("Tổng hợp");
    await expect(pane().getByRole("region", { name: "Tổng hợp" }).count()).resolves.toBe(1);

    const added = [...FORM.map((n) => `${n} (2)`), "Chi tiết", "Kết quả kiểm tra"];
    await expect(sheetNames()).resolves.toEqual([...FORM, ...added]);
    expect(summary).toContain(added.join(", "));
    // Tổng cộng of Phụ lục I: 8.962,46 × (1 + 2 + 4); the workbook's own is as it was.
    await expect(value("Phụ lục I (2)", "D18")).resolves.toBe(62737.22);
    await expect(value("Phụ lục I", "D18")).resolves.toBe(total);
    await expect(value("Kết quả kiểm tra", "B5")).resolves.toBe("ghi-chu.txt");
    await expect(value("Kết quả kiểm tra", "C5")).resolves.toBe("không đọc được");

    await page.screenshot({ path: join(OUT, "tonghop-result.png"), fullPage: true });
    await expectNoAxeViolations(page);
  });

  test("a second run adds new sheets again, never over the first ones", async () => {
    await consolidate();
    const names = await sheetNames();
    expect(names.slice(-2)).toEqual(["Chi tiết (2)", "Kết quả kiểm tra (2)"]);
    expect(names).toContain("Phụ lục I (3)");
    await expect(value("Phụ lục I (3)", "D18")).resolves.toBe(62737.22);
    await expect(value("Phụ lục I (2)", "D18")).resolves.toBe(62737.22);
  });

  test("in English the list and the summary follow the language", async () => {
    await page.getByTestId("lang-switch").click();
    await expect(pane().getByTestId("consolidate-input").first().innerText()).resolves.toContain("summed");
    await expect(pane().getByTestId("notice").innerText()).resolves.toContain("3 of 4 files added up");
    await expectNoAxeViolations(page);
  });
});
