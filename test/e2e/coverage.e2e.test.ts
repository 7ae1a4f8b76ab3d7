/**
 * Browser test of issue 13, points 1 and 6, on the preview page (dist/preview.html) in Debian's
 * Chromium: the coverage panel (each sheet and its tables; a sheet of numbers no table covers named
 * with why, and no all-clear), and the first run (layout pictures; Tạo mẫu → confirmation → blank
 * sheets that check clean; NO_TABLES once).
 *
 *   npm run build && npx jest --config jest.e2e.config.js test/e2e/coverage.e2e.test.ts
 */
import { join, resolve } from "node:path";
import type { Page } from "playwright-core";
import { LAYOUTS } from "../../src/core/tables/layouts";
import { browserSession } from "../../testkit/browserSession";
// Declares window.__baocaoPreview (types only).
import type {} from "../../src/preview/standin/install";

const REPO = resolve(__dirname, "../..");
const OUT = join(REPO, "test-output", "e2e");
const EXAMPLE_SHEETS = ["Phụ lục I", "Phụ lục II", "Số liệu", "Chỉ tiêu 2024"];
/** The document's own details, beside the tables: read by the drafter, not checked. */
const DETAILS = "Thông tin văn bản";

const session = browserSession({ name: "coverage" });
let page: Page;
let base = "";
beforeAll(() => {
  ({ page, base } = session);
});

const pane = () => page.getByTestId("pane");
const coverage = () => pane().getByTestId("coverage");
const sheetEntry = (sheet: string) => coverage().locator(`[data-testid="coverage-sheet"][data-sheet="${sheet}"]`);

async function check(): Promise<void> {
  await page.waitForSelector('[data-testid="pane"][data-running="false"]', { timeout: 20000 });
  await pane().getByRole("button", { name: "Kiểm tra", exact: true }).click();
  await page.waitForSelector('[data-testid="pane"][data-running="false"]', { timeout: 20000 });
}

/** Occurrences of a text in the pane as shown. */
async function occurrences(text: string): Promise<number> {
  const all = await pane().innerText();
  return all.split(text).length - 1;
}

describe("coverage panel and first run", () => {
  test("before any check: the layouts the checker reads, drawn as small tables", async () => {
    await page.goto(`${base}/preview.html`);
    const first = pane().getByTestId("first-run");
    await first.waitFor({ state: "visible", timeout: 20000 });
    await expect(first.getAttribute("data-no-tables")).resolves.toBe("false");
    await expect(first.getByTestId("layout").count()).resolves.toBe(LAYOUTS.length);
    const appendix = first.locator('[data-layout="appendix"]');
    await expect(appendix.locator("th").allInnerTexts()).resolves.toEqual(["TT", "Nội dung", "Kinh phí"]);
    await expect(appendix.innerText()).resolves.toContain("Tổng cộng");
    await expect(first.locator('[data-layout="numbering"]').innerText()).resolves.toContain("3=1+2");
    await page.screenshot({ path: join(OUT, "coverage-first-run.png"), fullPage: true });
  });

  test("the example: the panel lists each sheet with its table, kind, range and columns", async () => {
    await check();
    await expect(
      coverage()
        .locator('[data-testid="coverage-sheet"]')
        .evaluateAll((els) => els.map((e) => e.getAttribute("data-sheet"))),
    ).resolves.toEqual([...EXAMPLE_SHEETS, DETAILS]);
    await expect(sheetEntry(DETAILS).getAttribute("data-status")).resolves.toBe("details");
    for (const sheet of EXAMPLE_SHEETS) {
      await expect(sheetEntry(sheet).getAttribute("data-status")).resolves.toBe("tables");
      await expect(sheetEntry(sheet).locator('[data-testid="coverage-table"]').count()).resolves.toBe(1);
    }
    const p1 = sheetEntry("Phụ lục I");
    await expect(p1.innerText()).resolves.toContain("1 bảng · 13/13 ô số");
    await p1.locator("summary").click();
    await expect(p1.locator('[data-column="D"]').innerText()).resolves.toBe("Cột D (Kinh phí): tổng nhóm, tổng cộng (13/13)");
    await expect(sheetEntry("Số liệu").getAttribute("data-attention")).resolves.toBe("true");
    // Six numbers stand alone on Số liệu: never the green all-clear.
    await expect(coverage().getAttribute("data-tone")).resolves.toBe("warning");
    await expect(pane().getByTestId("clean").getAttribute("data-complete")).resolves.toBe("false");
    await expect(pane().getByTestId("clean").innerText()).resolves.toContain(
      "Không thấy lỗi trong 63 ô số đã kiểm tra; 6 ô số trên trang Số liệu chưa được kiểm tra",
    );
    await page.screenshot({ path: join(OUT, "coverage-example.png"), fullPage: true });
  });

  test("a sheet of numbers no table covers: named, with why, and no all-clear", async () => {
    await page.evaluate(() => {
      const p = window.__baocaoPreview!;
      p.workbook.addSheet("Thu chi");
      const rows: [string, string | number, string | number][] = [
        ["Năm", "Thu", "Chi"],
        ["2021", 1200, 900],
        ["2022", 1300, 1000],
        ["2023", 1450, 1200],
      ];
      rows.forEach((r, i) => r.forEach((v, c) => p.setCell("Thu chi", `${"ABC"[c]}${i + 1}`, v)));
    });
    await check();
    const entry = sheetEntry("Thu chi");
    await entry.waitFor({ state: "visible" });
    await expect(entry.getAttribute("data-status")).resolves.toBe("numbers");
    await expect(entry.getAttribute("data-attention")).resolves.toBe("true");
    const text = await entry.innerText();
    expect(text).toContain("Bỏ qua: không nhận ra bảng: không thấy cột TT/Nội dung/Kinh phí");
    // The years typed as text count as numbers too (text numbers are read).
    expect(text).toContain("9 ô số không được kiểm tra");
    await expect(coverage().getAttribute("data-complete")).resolves.toBe("false");
    await expect(coverage().getAttribute("data-tone")).resolves.not.toBe("success");
    await expect(pane().getByTestId("coverage-headline").innerText()).resolves.toContain(
      "trên trang Số liệu, Thu chi chưa được kiểm tra",
    );
    await expect(pane().getByTestId("clean").count()).resolves.toBe(0);
    await expect(pane().getByText("Không có lỗi", { exact: true }).count()).resolves.toBe(0);
    await page.screenshot({ path: join(OUT, "coverage-skipped.png"), fullPage: true });
  });

  test("an emptied workbook: first run with NO_TABLES once; Tạo mẫu → blank → sheets that check clean", async () => {
    await page.evaluate(async () => {
      const names = window.__baocaoPreview!.sheetNames();
      await Excel.run(async (ctx) => {
        ctx.workbook.worksheets.add("Sheet1");
        for (const n of names) ctx.workbook.worksheets.getItem(n).delete();
        await ctx.sync();
      });
    });
    await expect(page.evaluate(() => window.__baocaoPreview!.sheetNames())).resolves.toEqual(["Sheet1"]);
    await check();
    const first = pane().getByTestId("first-run");
    await first.waitFor({ state: "visible" });
    await expect(first.getAttribute("data-no-tables")).resolves.toBe("true");
    await expect(first.getByTestId("layout").count()).resolves.toBe(LAYOUTS.length);
    // Shown once: no NO_TABLES card besides the first-run message.
    await expect(occurrences("Không tìm thấy bảng")).resolves.toBe(1);
    await expect(sheetEntry("Sheet1").innerText()).resolves.toContain("Bỏ qua: trang tính trống");
    await page.screenshot({ path: join(OUT, "coverage-no-tables.png"), fullPage: true });

    await first.getByTestId("no-tables").getByTestId("first-run-template").click();
    const dialog = page.getByTestId("template-dialog");
    await dialog.waitFor({ state: "visible" });
    await expect(dialog.getByRole("radio", { name: /Mẫu có ví dụ/ }).isChecked()).resolves.toBe(true);
    await dialog.getByRole("radio", { name: /Mẫu trống/ }).check();
    await page.screenshot({ path: join(OUT, "coverage-template-dialog.png"), fullPage: true });
    await dialog.getByTestId("template-confirm").click();
    await pane().getByTestId("notice").waitFor({ state: "visible" });
    await page.waitForSelector('[data-testid="pane"][data-running="false"]');
    await expect(page.evaluate(() => window.__baocaoPreview!.sheetNames())).resolves.toEqual([
      "Sheet1",
      ...EXAMPLE_SHEETS,
      DETAILS,
    ]);
    // Blank: the sums are formulas over empty rows; no amount was written.
    await expect(page.evaluate(() => window.__baocaoPreview!.getCell("Phụ lục I", "D6"))).resolves.toMatchObject({
      formula: "=SUM(D7:D11)",
      value: 0,
    });
    await expect(page.evaluate(() => window.__baocaoPreview!.getCell("Phụ lục I", "D7")?.value ?? null)).resolves.toBeNull();

    await check();
    await expect(coverage().getAttribute("data-tone")).resolves.toBe("success");
    await expect(pane().getByTestId("clean").getAttribute("data-complete")).resolves.toBe("true");
    await expect(pane().getByTestId("clean").innerText()).resolves.toContain("Đã kiểm tra 9/9 ô số trong 4 bảng: không có lỗi");
    await expect(pane().getByTestId("first-run").count()).resolves.toBe(0);
    await expect(occurrences("Không tìm thấy bảng")).resolves.toBe(0);
    await page.screenshot({ path: join(OUT, "coverage-blank-clean.png"), fullPage: true });
  });
});
