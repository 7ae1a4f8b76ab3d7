/**
 * Browser test of the preview's "Mở tệp Excel (.xlsx)…" (issue 13, point 10): a workbook built here
 * is opened through the file input, read in the page by the project's own .xlsx reader, and checked
 * by the real pane; a 10 000-row sheet is drawn only around the viewport; a refused file leaves the
 * open workbook as it was; "150%" typed into a text cell stays text. Debian's Chromium via
 * playwright-core (never a downloaded browser).
 *
 *   npm run build && npx jest --config jest.e2e.config.js test/e2e/open-file.e2e.test.ts
 *
 * Screenshots go to test-output/e2e/.
 */
import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import type { Page } from "playwright-core";
import type { Grid } from "../../src/core/grid/grid";
import { gridFromValues } from "../../src/core/grid/grid";
import { expectNoAxeViolations } from "../../testkit/axe";
import { browserSession } from "../../testkit/browserSession";
import { templateGrids } from "../../testkit/templateGrids";
import { gridsToXlsx } from "../../testkit/writeGrids";
// Declares window.__baocaoPreview (types only).
import type {} from "../../src/preview/standin/install";

const REPO = resolve(__dirname, "../..");
const OUT = join(REPO, "test-output", "e2e");
const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
const APPENDIX = "Phụ lục I";
const NUMBERS = "Số liệu thô";
const LONG = "Mười nghìn dòng";

const session = browserSession({ name: "open", viewport: { width: 1440, height: 900 } });
let page: Page;
let base = "";
/** Every request the page made: nothing may leave for anywhere but the page's own server. */
const requests = session.requests;

/**
 * The workbook a clerk might bring: a sheet of bare numbers (no header: no table the checker
 * recognises), with a text-formatted note cell F2, and Phụ lục I whose sub-total D12 was typed
 * over as 1.907 (its items add up to 1.970).
 */
function clerkWorkbook(): Grid[] {
  const numbers = gridFromValues(NUMBERS, [
    [120, 340, 560, 780],
    [1907, 63, 2954, 61.4],
    [8962.46, 6992.46, 1970, 13570],
  ]);
  (numbers.rows[1] ??= [])[5] = { value: "ghi chú", numberFormat: "@" };
  const appendix = templateGrids({ [APPENDIX]: { D12: 1907 } }).find((g) => g.name === APPENDIX);
  if (!appendix) throw new Error(`the template has no ${APPENDIX}`);
  return [numbers, appendix];
}

/** One sheet of 10 000 rows: the row's number, twice it. */
function longWorkbook(): Grid[] {
  return [
    gridFromValues(
      LONG,
      Array.from({ length: 10000 }, (_, i) => [i + 1, 2 * (i + 1)]),
    ),
  ];
}

beforeAll(async () => {
  ({ page, base } = session);
  await page.goto(`${base}/preview.html`);
  await page.getByTestId("pane").waitFor({ state: "visible", timeout: 20000 });
});

const pane = () => page.getByTestId("pane");
const workbookCell = (addr: string) => page.locator(`[data-testid="workbook"] [data-cell="${addr}"]`);
const fileInput = () => page.locator('[data-testid="open-file"] input[type="file"]');
const sheetTabs = () => page.locator("[data-sheet-tab]").evaluateAll((els) => els.map((e) => e.getAttribute("data-sheet-tab")));

async function openFile(name: string, buffer: Buffer): Promise<void> {
  await fileInput().setInputFiles({ name, mimeType: XLSX, buffer });
}

async function runAction(label: string): Promise<void> {
  await page.waitForSelector('[data-testid="pane"][data-running="false"]', { timeout: 20000 });
  await pane().getByRole("button", { name: label, exact: true }).click();
  await page.waitForSelector('[data-testid="pane"][data-running="false"]', { timeout: 20000 });
}

describe("the preview opens any workbook", () => {
  test("the input is labelled, says nothing is uploaded, and takes .xlsx", async () => {
    const label = page.getByText("Mở tệp Excel (.xlsx)…", { exact: true });
    await label.waitFor({ state: "visible" });
    await expect(fileInput().getAttribute("accept")).resolves.toContain(".xlsx");
    // The input's accessible name is the label's text.
    await expect(page.getByLabel("Mở tệp Excel (.xlsx)…").evaluate((e) => (e as HTMLInputElement).type)).resolves.toBe("file");
    await expect(page.getByTestId("open-file").innerText()).resolves.toContain("không tải lên đâu cả");
  });

  test("a workbook with an unrecognised sheet of numbers and a wrong sub-total: its sheets, an error at the cell, no all-clear", async () => {
    const before = requests.length;
    await openFile("bao-cao-xa.xlsx", await gridsToXlsx(clerkWorkbook()));
    await page.getByTestId("open-status").getByText("Đã mở “bao-cao-xa.xlsx”: 2 trang tính", { exact: false }).waitFor();
    await expect(sheetTabs()).resolves.toEqual([NUMBERS, APPENDIX]);
    await expect(page.evaluate(() => window.__baocaoPreview!.sheetNames())).resolves.toEqual([NUMBERS, APPENDIX]);
    // The first sheet shows, in Vietnamese notation.
    await expect(workbookCell("A2").innerText()).resolves.toBe("1907");
    await expect(workbookCell("A3").innerText()).resolves.toBe("8962,46");
    // The file was read in the page: the only requests are the reader's own chunk from the page's server.
    expect(requests.slice(before).filter((r) => !r.startsWith(`GET ${base}/`))).toEqual([]);

    await page.locator(`[data-sheet-tab="${APPENDIX}"]`).click();
    await expect(workbookCell("D12").innerText()).resolves.toBe("1.907");

    await runAction("Kiểm tra");
    const card = pane().locator(
      `[data-finding-sheet="${APPENDIX}"][data-finding-cell="D12"], [data-testid="finding"][data-cell="${APPENDIX}!D12"]`,
    );
    await card.first().waitFor({ state: "visible" });
    const text = await card.first().innerText();
    expect(text).toContain("1.907");
    expect(text).toContain("1.970");
    await expect(pane().locator('[data-testid="clean"]').count()).resolves.toBe(0);
    await expect(
      pane()
        .getByText(/Không có lỗi/)
        .count(),
    ).resolves.toBe(0);
    // The sheet of bare numbers is named as not checked.
    await expect(pane().getByTestId("coverage").innerText()).resolves.toContain(NUMBERS);

    await card.first().click();
    await page.locator('[data-testid="workbook"] [data-cell="D12"][data-selected="true"]').waitFor({ state: "visible" });
    await page.screenshot({ path: join(OUT, "open-file-findings.png"), fullPage: true });
    await expectNoAxeViolations(page);

    // The workbook changes after the check (on the stand-in, as another user or a macro would):
    // the results say they are stale, with the time of the check.
    await expect(pane().getByTestId("stale").count()).resolves.toBe(0);
    await page.evaluate((sheet) => window.__baocaoPreview!.setCell(sheet, "D13", 600), APPENDIX);
    const stale = pane().getByTestId("stale");
    await stale.waitFor({ state: "visible", timeout: 5000 });
    await expect(stale.innerText()).resolves.toMatch(/Sổ đã thay đổi[\s\S]*\d{2}:\d{2}/);
    await expectNoAxeViolations(page);
    await page.screenshot({ path: join(OUT, "open-file-stale.png"), fullPage: true });
  });

  test('"150%" typed into a text-formatted cell stays text; into a General cell it is a percentage', async () => {
    await page.locator(`[data-sheet-tab="${NUMBERS}"]`).click();
    for (const [addr, typed] of [
      ["F2", "150%"],
      ["G2", "150%"],
    ]) {
      await workbookCell(addr).dblclick();
      const input = workbookCell(addr).locator("input");
      await input.fill(typed);
      await input.press("Enter");
      await expect(workbookCell(addr).innerText()).resolves.toBe("150%");
    }
    const cell = (addr: string) => page.evaluate((a) => window.__baocaoPreview!.getCell("Số liệu thô", a), addr);
    await expect(cell("F2")).resolves.toMatchObject({ value: "150%", numberFormat: "@" });
    await expect(cell("G2")).resolves.toMatchObject({ value: 1.5, numberFormat: "0%" });
    // "1.907" and a formula typed into the text cell stay text too.
    for (const typed of ["1.907", "=SUM(A1:A3)"]) {
      await workbookCell("F2").dblclick();
      await workbookCell("F2").locator("input").fill(typed);
      await workbookCell("F2").locator("input").press("Enter");
      await expect(workbookCell("F2").innerText()).resolves.toBe(typed);
      await expect(cell("F2")).resolves.toMatchObject({ value: typed, numberFormat: "@" });
    }
  });

  test("a 10 000-row workbook: only the rows around the view are drawn, the last row is reached by scrolling", async () => {
    await openFile("muoi-nghin-dong.xlsx", await gridsToXlsx(longWorkbook()));
    await page.getByTestId("open-status").getByText("muoi-nghin-dong.xlsx", { exact: false }).waitFor();
    await expect(sheetTabs()).resolves.toEqual([LONG]);
    const scroll = page.getByTestId("grid-scroll");
    await expect(scroll.getAttribute("data-rows").then(Number)).resolves.toBeGreaterThanOrEqual(10000);
    const drawnRows = () => page.locator('[data-testid="workbook"] tbody tr[data-row]').count();
    const drawnAtTop = await drawnRows();
    expect(drawnAtTop).toBeGreaterThan(20);
    expect(drawnAtTop).toBeLessThan(200);
    await expect(workbookCell("A10000").count()).resolves.toBe(0);

    await scroll.evaluate((el) => el.scrollTo({ top: el.scrollHeight }));
    await workbookCell("A10000").waitFor({ state: "visible" });
    await expect(workbookCell("A10000").innerText()).resolves.toBe("10000");
    await expect(workbookCell("B10000").innerText()).resolves.toBe("20000");
    await expect(drawnRows()).resolves.toBeLessThan(200);
    await expect(workbookCell("A1").count()).resolves.toBe(0);
    await page.screenshot({ path: join(OUT, "open-file-10000-rows.png") });

    // A selection far away (as a click on a finding makes) is scrolled into view.
    await page.evaluate((sheet) => window.__baocaoPreview!.workbook.select(sheet, "B5000"), LONG);
    const selected = page.locator('[data-testid="workbook"] [data-cell="B5000"][data-selected="true"]');
    await selected.waitFor({ state: "visible" });
    await expect(selected.innerText()).resolves.toBe("10000");
    const inView = await selected.evaluate((td) => {
      const box = td.getBoundingClientRect();
      const view = td.closest('[data-testid="grid-scroll"]')!.getBoundingClientRect();
      return box.top >= view.top && box.bottom <= view.bottom;
    });
    expect(inView).toBe(true);
    await expect(page.getByTestId("name-box").innerText()).resolves.toBe("B5000");
  });

  test.each([
    ["hostile/12-encrypted.xlsx", "mat-khau.xlsx", "được bảo vệ bằng mật khẩu"],
    ["hostile/16-zip-bomb.xlsx", "bom-nen.xlsx", "chứa dữ liệu nén bất thường"],
    ["hostile/13-csv-renamed.xlsx", "so-lieu.xlsx", "là tệp CSV"],
  ])("%s shows the reader's message and keeps the workbook open", async (fixture, name, message) => {
    await openFile(name, readFileSync(join(REPO, "test", "fixtures", fixture)));
    const error = page.getByTestId("open-error");
    await error.waitFor({ state: "visible" });
    const text = await error.innerText();
    expect(text).toContain(`"${name}"`);
    expect(text).toContain(message);
    expect(text).toContain("Sổ đang mở được giữ nguyên.");
    await expect(sheetTabs()).resolves.toEqual([LONG]);
    await expect(page.evaluate(() => window.__baocaoPreview!.sheetNames())).resolves.toEqual([LONG]);
    await expect(page.getByTestId("name-box").innerText()).resolves.toBe("B5000");
    if (fixture.includes("encrypted")) await page.screenshot({ path: join(OUT, "open-file-refused.png") });
  });

  test("an Excel 97-2003 .xls is refused too; a good file afterwards clears the message", async () => {
    const xls = Buffer.alloc(4096);
    Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(xls);
    await openFile("cu.xls", xls);
    await page.getByTestId("open-error").getByText("Excel 97-2003 (.xls)", { exact: false }).waitFor();
    await expect(sheetTabs()).resolves.toEqual([LONG]);

    await openFile("bao-cao-xa.xlsx", await gridsToXlsx(clerkWorkbook()));
    await page.getByTestId("open-status").getByText("bao-cao-xa.xlsx", { exact: false }).waitFor();
    await expect(page.getByTestId("open-error").count()).resolves.toBe(0);
    await expect(sheetTabs()).resolves.toEqual([NUMBERS, APPENDIX]);
    // A new workbook: the pane starts afresh, with no results of the one before.
    await expect(pane().locator("[data-finding], [data-testid='finding']").count()).resolves.toBe(0);
  });
});

describe("the pane at Excel's narrow and wide task-pane widths", () => {
  test.each([320, 450])("at a pane width of %i px: the commands stay in view over many findings; screenshot", async (width) => {
    await page.goto(`${base}/preview.html?paneWidth=${width}`);
    await page.getByTestId("pane").waitFor({ state: "visible", timeout: 20000 });
    // The frame is the width asked for (and its 1 px border).
    const frameWidth = await page.getByTestId("pane-frame").evaluate((e) => e.getBoundingClientRect().width);
    expect(frameWidth - width).toBeGreaterThanOrEqual(0);
    expect(frameWidth - width).toBeLessThanOrEqual(1);
    // Three wrong sub-totals and totals, in a short window: the pane must scroll.
    await page.setViewportSize({ width: 1440, height: 520 });
    await page.evaluate((sheet) => {
      window.__baocaoPreview!.setCell(sheet, "D12", 1907);
      window.__baocaoPreview!.setCell(sheet, "D6", 6000);
      window.__baocaoPreview!.setCell(sheet, "D18", 9000);
    }, APPENDIX);
    await runAction("Kiểm tra");
    await pane().locator('[data-testid="finding"]').first().waitFor({ state: "visible" });
    await expect(pane().locator('[data-testid="finding"]').count()).resolves.toBeGreaterThanOrEqual(3);
    await page.screenshot({ path: join(OUT, `pane-${width}px.png`), fullPage: false });
    const frame = page.getByTestId("pane-frame");
    await expect(frame.evaluate((e) => e.scrollHeight > e.clientHeight)).resolves.toBe(true);
    await frame.evaluate((e) => e.scrollTo(0, e.scrollHeight));
    const check = pane().getByRole("button", { name: "Kiểm tra", exact: true });
    const box = await check.boundingBox();
    expect(box !== null && box.y >= 0 && box.y + box.height <= 520).toBe(true);
    await expectNoAxeViolations(page);
    await page.screenshot({ path: join(OUT, `pane-${width}px-scrolled.png`), fullPage: false });
    await page.setViewportSize({ width: 1440, height: 900 });
  });
});
