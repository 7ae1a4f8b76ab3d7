/**
 * Browser test of the preview page (dist/preview.html): the real task pane over the in-browser
 * stand-in workbook, in Debian's Chromium driven by playwright-core. Never downloads a browser.
 *
 *   npm run test:e2e        (builds dist/ first)
 *
 * Screenshots go to test-output/e2e/.
 */
import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { browserSession } from "../../testkit/browserSession";
import { strFromU8, unzipSync } from "fflate";
import type { Page } from "playwright-core";
// Declares window.__baocaoPreview (types only).
import type {} from "../../src/preview/standin/install";

const REPO = resolve(__dirname, "../..");
const OUT = join(REPO, "test-output", "e2e");
const SHEET = "Phụ lục I";

const session = browserSession({ name: "preview", viewport: { width: 1440, height: 900 }, acceptDownloads: true });
let page: Page;
let base = "";
beforeAll(() => {
  ({ page, base } = session);
});

const pane = () => page.getByTestId("pane");
const workbookCell = (addr: string) => page.locator(`[data-testid="workbook"] [data-cell="${addr}"]`);

async function runAction(label: string): Promise<void> {
  await page.waitForSelector('[data-testid="pane"][data-running="false"]', { timeout: 20000 });
  const button = pane().getByRole("button", { name: label, exact: true });
  await expect(button.isEnabled()).resolves.toBe(true);
  await button.click();
  await page.waitForSelector('[data-testid="pane"][data-running="false"]', { timeout: 20000 });
}

describe("preview page: task pane over the in-browser workbook", () => {
  test("loads, and the clean example has no errors — in what was checked, which it counts", async () => {
    await page.goto(`${base}/preview.html`);
    await pane().waitFor({ state: "visible", timeout: 20000 });
    await workbookCell("D12").waitFor({ state: "visible" });
    await expect(page.locator("[data-sheet-tab]").count()).resolves.toBeGreaterThanOrEqual(4);
    // The sub-total shows as Excel would in Vietnamese notation.
    await expect(workbookCell("D12").innerText()).resolves.toBe("1.970");
    await expect(pane().innerText()).resolves.toContain("không bao giờ thay đổi ô nào");

    await runAction("Kiểm tra");
    // Six numbers of the example stand alone (2.954 lượt, a few stated rates): nothing to check them
    // against, so the pane says how many were checked and never claims "đều khớp" for all.
    await pane().getByText("Không có lỗi ở các ô đã kiểm tra", { exact: true }).waitFor({ state: "visible" });
    await expect(pane().locator("[data-finding]").count()).resolves.toBe(0);
    const coverage = pane().locator('[data-testid="coverage"]');
    await expect(coverage.innerText()).resolves.toContain("Đã kiểm tra 63/69 ô số");
    await expect(pane().locator('[data-testid="not-checked"]').innerText()).resolves.toContain("Số liệu!");
    await expect(pane().locator('[data-testid="clean"]').innerText()).resolves.not.toMatch(/đều khớp/);
    await page.screenshot({ path: join(OUT, "preview-clean.png"), fullPage: true });
  });

  test("a sub-total typed over its formula is found, and clicking it selects the cell", async () => {
    await page.evaluate((sheet) => window.__baocaoPreview!.setCell(sheet, "D12", 1907), SHEET);
    await expect(workbookCell("D12").innerText()).resolves.toBe("1.907");

    await runAction("Kiểm tra");
    const row = pane().locator(`[data-finding~="SUM_MISMATCH"][data-finding-sheet="${SHEET}"][data-finding-cell="D12"]`);
    await row.waitFor({ state: "visible" });
    const text = await row.innerText();
    expect(text).toContain("Tổng không khớp");
    expect(text).toContain("D12");
    expect(text).toContain("1.907");
    expect(text).toContain("1.970");
    expect(text).toContain("Ghi 1.907 → đúng 1.970 (lệch −63)");
    expect(text).toContain("Quan hệ: D12 = D13+D14+D15+D16+D17");
    await expect(pane().getByText("Không có lỗi", { exact: true }).count()).resolves.toBe(0);

    await row.click();
    await session.waitForSelection(SHEET, "D12");
    await expect(page.evaluate(() => window.__baocaoPreview!.selection())).resolves.toEqual({ sheet: SHEET, cell: "D12" });
    await expect(row.getAttribute("aria-current")).resolves.toBe("true");
    await page.locator('[data-testid="workbook"] [data-cell="D12"][data-selected="true"]').waitFor({ state: "visible" });
    await expect(page.locator(`[data-sheet-tab="${SHEET}"]`).getAttribute("aria-selected")).resolves.toBe("true");
    await page.screenshot({ path: join(OUT, "preview-findings.png"), fullPage: true });
  });

  test("“Cách sửa” on a finding shows its check's doc in the pane, in Vietnamese", async () => {
    const card = pane().locator("li", { has: page.locator(`[data-finding~="SUM_MISMATCH"][data-finding-cell="D12"]`) });
    const help = card.getByRole("button", { name: "Cách sửa", exact: true });
    await expect(help.getAttribute("aria-expanded")).resolves.toBe("false");
    await help.click();
    const doc = card.locator('[data-check-doc="SUM_MISMATCH"]');
    await doc.waitFor({ state: "visible" });
    await expect(help.getAttribute("aria-expanded")).resolves.toBe("true");
    const text = await doc.innerText();
    for (const s of ["Ý nghĩa", "Ví dụ", "Cách sửa trong Excel", "=SUM(D13:D17)"]) expect(text).toContain(s);
    expect(text).not.toContain("How to fix it in Excel");
    await page.screenshot({ path: join(OUT, "preview-doc.png"), fullPage: true });
    await help.click();
    await doc.waitFor({ state: "detached" });
    await expect(help.getAttribute("aria-expanded")).resolves.toBe("false");
  });

  test("the language switch turns the pane English", async () => {
    await pane().getByRole("switch", { name: "English" }).click();
    await pane().getByRole("button", { name: "Check", exact: true }).waitFor({ state: "visible" });
    await expect(pane().getByRole("button", { name: "Kiểm tra", exact: true }).count()).resolves.toBe(0);
    // The check runs again so the messages come in English too.
    await page.waitForSelector('[data-testid="pane"][data-running="false"]');
    const row = pane().locator(`[data-finding~="SUM_MISMATCH"][data-finding-cell="D12"]`);
    await row.getByText("Total does not add up").last().waitFor({ state: "visible" });
    const text = await row.innerText();
    expect(text).toContain("Stated 1.907 → should be 1.970 (off by −63)");
    expect(text).not.toContain("Tổng không khớp");
    await expect(page.evaluate(() => localStorage.getItem("baocao.lang"))).resolves.toBe("en");
    await page.screenshot({ path: join(OUT, "preview-english.png"), fullPage: true });
  });

  test("a cell edited in place by double-click puts the formula back", async () => {
    await workbookCell("D12").dblclick();
    const input = workbookCell("D12").locator("input");
    await input.fill("=SUM(D13:D17)");
    await input.press("Enter");
    await expect(workbookCell("D12").innerText()).resolves.toBe("1.970");
    await expect(page.getByTestId("formula-bar").innerText()).resolves.toBe("=SUM(D13:D17)");
    await expect(page.getByTestId("name-box").innerText()).resolves.toBe("D12");

    await runAction("Check");
    await pane().getByText("No errors in what was checked", { exact: true }).waitFor({ state: "visible" });
    await expect(pane().locator('[data-testid="coverage"]').innerText()).resolves.toContain("Checked 63 of 69 number cells");
  });

  test("sheet tabs switch the sheet shown", async () => {
    await page.locator('[data-sheet-tab="Số liệu"]').click();
    await page.locator('[data-testid="workbook"][data-active-sheet="Số liệu"]').waitFor();
    await expect(page.locator('[data-sheet-tab="Số liệu"]').getAttribute("aria-selected")).resolves.toBe("true");
    await expect(page.locator('[data-testid="workbook"]').innerText()).resolves.toContain("Tỷ lệ (%)");
    await expect(page.evaluate(() => window.__baocaoPreview!.selection().sheet)).resolves.toBe("Số liệu");
  });

  test("while running: progress shown, buttons disabled; an Excel error shows as a message", async () => {
    // Slow Excel down, then make it fail: the pane must show both states and never crash.
    await page.evaluate(() => {
      const ex = (globalThis as unknown as { Excel: { run: (...a: unknown[]) => Promise<unknown> } }).Excel;
      const real = ex.run;
      (globalThis as Record<string, unknown>).__realRun = real;
      ex.run = () =>
        new Promise((ok) => setTimeout(ok, 800)).then(() =>
          Promise.reject(Object.assign(new Error("The workbook is busy (test)."), { code: "GeneralException" })),
        );
    });
    await pane().getByRole("button", { name: "Check", exact: true }).click();
    await page.getByTestId("progress").waitFor({ state: "visible" });
    await expect(pane().getByRole("button", { name: "Check", exact: true }).isDisabled()).resolves.toBe(true);
    await expect(pane().getByRole("button", { name: "Create template", exact: true }).isDisabled()).resolves.toBe(true);
    await page.getByTestId("error-bar").waitFor({ state: "visible" });
    // Explained (GeneralException), with Excel's own words under "Details".
    await expect(page.getByTestId("error-bar").innerText()).resolves.toContain("Excel ran into an internal error");
    await page.getByTestId("error-bar").getByText("Details", { exact: true }).click();
    await expect(page.getByTestId("error-detail").innerText()).resolves.toContain("The workbook is busy (test).");
    await expect(pane().getByRole("button", { name: "Check", exact: true }).isEnabled()).resolves.toBe(true);
    await page.evaluate(() => {
      const g = globalThis as Record<string, unknown>;
      (g.Excel as { run: unknown }).run = g.__realRun;
    });
    await page.getByTestId("error-bar").getByRole("button", { name: "Dismiss" }).click();
    await expect(page.getByTestId("error-bar").count()).resolves.toBe(0);
  });

  test("Tạo mẫu adds the template sheets and says which", async () => {
    await pane().getByRole("switch", { name: "English" }).click();
    await runAction("Tạo mẫu");
    // A confirmation first, the worked example chosen by default.
    await page.getByTestId("template-confirm").click();
    const notice = page.getByTestId("notice");
    await notice.waitFor({ state: "visible" });
    const names = await page.evaluate(() => window.__baocaoPreview!.sheetNames());
    // The example's five sheets (four of tables and "Thông tin văn bản"), then their copies.
    expect(names.length).toBe(10);
    const text = await notice.innerText();
    expect(text).toContain("Đã tạo các trang:");
    for (const n of names.slice(5)) expect(text).toContain(n);
    await expect(page.locator("[data-sheet-tab]").count()).resolves.toBe(10);
  });

  test("Soạn báo cáo writes a new Bản thảo sheet with bullets stored as text, and a second run a second sheet", async () => {
    await runAction("Soạn báo cáo");
    const result = page.getByTestId("draft-result");
    await result.waitFor({ state: "visible" });
    await expect(result.innerText()).resolves.toContain('"Bản thảo"');
    const names = await page.evaluate(() => window.__baocaoPreview!.sheetNames());
    expect(names).toContain("Bản thảo");
    // Every row of the drafted sheet, as the workbook holds it.
    const rows = await page.evaluate(() => {
      const out: { addr: string; value: unknown; formula?: string }[] = [];
      for (let r = 1; r <= 400; r++) {
        const c = window.__baocaoPreview!.getCell("Bản thảo", `A${r}`);
        if (c) out.push({ addr: `A${r}`, value: c.value, formula: c.formula });
      }
      return out;
    });
    const bullets = rows.filter((r) => typeof r.value === "string" && r.value.startsWith("- "));
    expect(bullets.length).toBeGreaterThan(30);
    for (const b of bullets) expect(b.formula).toBeUndefined();
    const texts = rows.map((r) => String(r.value));
    expect(texts).toContain(
      "Tổng kinh phí chi cho công tác chuyển đổi số từ năm 2021 đến 2023 là: 8.962,46 triệu đồng; trong đó: năm 2021: 6.100 triệu đồng, năm 2022: 892,46 triệu đồng, năm 2023: 1.970 triệu đồng.",
    );
    // Sections without figures are placeholders in the sheet, and the pane says how many there are.
    expect(texts.filter((x) => x.startsWith("[Đơn vị bổ sung: "))).toHaveLength(7);
    await expect(page.getByTestId("draft-placeholders").innerText()).resolves.toMatch(
      /^Bản thảo có 8 phần không có số liệu trong sổ — mỗi phần có dòng “\[Đơn vị bổ sung: …\]”/,
    );
    await page.locator('[data-sheet-tab="Bản thảo"]').click();
    await page.screenshot({ path: join(OUT, "preview-draft.png"), fullPage: true });

    // On Windows (the preview's default platform) the .docx is offered as a download, with the same numbers.
    const toWord = page.getByTestId("draft-to-word");
    await expect(toWord.getAttribute("data-path")).resolves.toBe("download");
    await expect(toWord.innerText()).resolves.toBe("Tải tệp Word (.docx)");
    const [download] = await Promise.all([page.waitForEvent("download"), toWord.click()]);
    expect(download.suggestedFilename()).toBe("bao-cao-chuyen-doi-so.docx");
    const saved = join(OUT, "bao-cao-chuyen-doi-so.docx");
    await download.saveAs(saved);
    const bytes = readFileSync(saved);
    expect(bytes.subarray(0, 2).toString("latin1")).toBe("PK");
    const xml = strFromU8(unzipSync(new Uint8Array(bytes))["word/document.xml"]);
    for (const n of ["8.962,46", "13.570", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"]) expect(xml).toContain(n);
    // A download says nothing more: no copy happened.
    await expect(page.getByTestId("draft-delivery").count()).resolves.toBe(0);

    // A second run never overwrites the first sheet.
    await runAction("Soạn báo cáo");
    await page.getByTestId("draft-result").waitFor({ state: "visible" });
    const after = await page.evaluate(() => window.__baocaoPreview!.sheetNames());
    expect(after).toContain("Bản thảo");
    expect(after).toContain("Bản thảo (2)");
    await expect(page.getByTestId("draft-result").innerText()).resolves.toContain('"Bản thảo (2)"');
  });

  test("a draft over a failed check marks the paragraph and the pane lists the unverified cell", async () => {
    await page.evaluate((sheet) => window.__baocaoPreview!.setCell(sheet, "D12", 1907), SHEET);
    await runAction("Soạn báo cáo");
    const list = page.getByTestId("draft-unverified");
    await list.waitFor({ state: "visible" });
    await expect(list.innerText()).resolves.toContain("Phụ lục I!D12");
    const names = await page.evaluate(() => window.__baocaoPreview!.sheetNames());
    const sheet = names.filter((n) => /^Bản thảo( \(\d+\))?$/.test(n)).pop()!;
    const marked = await page.evaluate((name) => {
      for (let r = 1; r <= 400; r++) {
        const v = window.__baocaoPreview!.getCell(name, `A${r}`)?.value;
        if (typeof v === "string" && v.startsWith("Tổng kinh phí chi cho")) return v;
      }
      return "";
    }, sheet);
    expect(marked).toContain("[CHƯA KHỚP — kiểm tra Phụ lục I!D12]");
    // Clicking the cell in the list selects it.
    await list.getByRole("button", { name: "Phụ lục I!D12" }).click();
    await page.waitForFunction(() => window.__baocaoPreview?.selection().cell === "D12");
    await page.evaluate((s) => window.__baocaoPreview!.setCell(s, "D12", { formula: "=SUM(D13:D17)" }), SHEET);
  });

  test("a SUM that leaves out a row is shown with its formula and the range it should cover", async () => {
    await pane()
      .getByRole("switch", { name: "English" })
      .isChecked()
      .then(async (en) => {
        if (en) await pane().getByRole("switch", { name: "English" }).click();
      });
    await page.evaluate((sheet) => window.__baocaoPreview!.setCell(sheet, "D12", { formula: "=SUM(D13:D16)" }), SHEET);
    await runAction("Kiểm tra");
    const row = pane().locator(`[data-finding~="SUM_RANGE_GAP"][data-finding-sheet="${SHEET}"][data-finding-cell="D12"]`);
    await row.waitFor({ state: "visible" });
    const text = await row.innerText();
    expect(text).toContain("=SUM(D13:D16)");
    expect(text).toContain("cần cộng D13:D17");
    expect(text).toContain("bỏ sót D17");
    // The broken formula also gives the wrong value: SUM_MISMATCH at the same cell.
    await pane().locator(`[data-finding~="SUM_MISMATCH"][data-finding-cell="D12"]`).waitFor({ state: "visible" });
    await page.screenshot({ path: join(OUT, "preview-formula.png"), fullPage: true });
    await page.evaluate((sheet) => window.__baocaoPreview!.setCell(sheet, "D12", { formula: "=SUM(D13:D17)" }), SHEET);
  });

  test("a finding on a sheet hidden since the check: a message instead of a selection", async () => {
    await page.evaluate((sheet) => window.__baocaoPreview!.setCell(sheet, "D12", 1907), SHEET);
    await runAction("Kiểm tra");
    const row = pane().locator(`[data-finding~="SUM_MISMATCH"][data-finding-sheet="${SHEET}"][data-finding-cell="D12"]`);
    await row.waitFor({ state: "visible" });
    await page.evaluate((sheet) => {
      const wb = window.__baocaoPreview!.workbook;
      wb.select("Số liệu", "A1");
      wb.sheet(sheet)!.visibility = "Hidden";
    }, SHEET);

    await row.click();
    const note = page.getByTestId("select-note");
    await note.waitFor({ state: "visible" });
    await expect(note.innerText()).resolves.toContain(
      "Ô Phụ lục I!D12 nằm trên trang tính đang ẩn. Hãy bỏ ẩn trang tính (chuột phải vào thẻ trang tính → Bỏ ẩn) rồi chọn lại.",
    );
    await expect(page.evaluate(() => window.__baocaoPreview!.selection())).resolves.toEqual({ sheet: "Số liệu", cell: "A1" });
    await page.screenshot({ path: join(OUT, "preview-hidden-sheet.png"), fullPage: true });

    // Unhidden, the same click selects the cell and the message goes.
    await page.evaluate((sheet) => {
      window.__baocaoPreview!.workbook.sheet(sheet)!.visibility = "Visible";
    }, SHEET);
    await row.click();
    await session.waitForSelection(SHEET, "D12");
    await expect(note.count()).resolves.toBe(0);
    await page.evaluate((sheet) => window.__baocaoPreview!.setCell(sheet, "D12", { formula: "=SUM(D13:D17)" }), SHEET);
  });

  test("Excel in manual calculation: the check and the draft warn that formula results may be stale", async () => {
    const warning =
      "Excel đang tính toán thủ công (Manual): kết quả công thức có thể chưa cập nhật. Nhấn F9 (hoặc Công thức → Tùy chọn tính toán → Tự động) rồi kiểm tra lại.";
    await page.evaluate((sheet) => {
      const p = window.__baocaoPreview!;
      p.workbook.calculationMode = "Manual";
      p.setCell(sheet, "D13", 220);
    }, SHEET);
    // The total kept its old value, as in Excel until F9.
    await expect(workbookCell("D12").innerText()).resolves.toBe("1.970");
    await runAction("Kiểm tra");
    const bar = page.getByTestId("calc-manual");
    await bar.waitFor({ state: "visible" });
    await expect(bar.innerText()).resolves.toContain(warning);
    await page.screenshot({ path: join(OUT, "preview-manual-calculation.png"), fullPage: true });

    await runAction("Soạn báo cáo");
    await expect(page.getByTestId("draft-result").getByTestId("calc-manual").innerText()).resolves.toContain(warning);

    // Automatic again (Excel recalculates): no warning.
    await page.evaluate((sheet) => {
      const p = window.__baocaoPreview!;
      p.workbook.calculationMode = "Automatic";
      p.setCell(sheet, "D13", 120);
    }, SHEET);
    await runAction("Kiểm tra");
    await pane().getByText("Không có lỗi ở các ô đã kiểm tra", { exact: true }).waitFor({ state: "visible" });
    await expect(page.getByTestId("calc-manual").count()).resolves.toBe(0);
  });
});

/** What the page's clipboard holds, by type (the page reads it: clipboard-read is granted). */
async function readClipboard(): Promise<Record<string, string>> {
  return page.evaluate(async () => {
    const out: Record<string, string> = {};
    for (const item of await navigator.clipboard.read()) {
      for (const type of item.types) out[type] = await (await item.getType(type)).text();
    }
    return out;
  });
}

describe("Excel on Mac (preview.html?platform=Mac): the draft reaches Word through the clipboard", () => {
  const TITLE = "Kết quả thực hiện công tác chuyển đổi số trên địa bàn thị xã năm 2023";
  let downloads = 0;

  beforeAll(async () => {
    await session.context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: base });
    page.on("download", () => downloads++);
    await page.evaluate(() => localStorage.setItem("baocao.lang", "vi"));
    await page.goto(`${base}/preview.html?platform=Mac`);
    await pane().waitFor({ state: "visible", timeout: 20000 });
    await expect(page.evaluate(() => [Office.context.platform, Office.context.diagnostics.platform])).resolves.toEqual([
      "Mac",
      "Mac",
    ]);
  });

  /** Puts other text on the clipboard, so that what is read afterwards is the pane's copy or nothing. */
  const clearClipboard = () => page.evaluate(() => navigator.clipboard.writeText("(trước khi sao chép)"));

  test("the button copies the report as HTML and text; the pane says to paste it into Word or use the sheet", async () => {
    await runAction("Soạn báo cáo");
    const result = page.getByTestId("draft-result");
    await result.waitFor({ state: "visible" });
    await expect(result.innerText()).resolves.toContain("Bấm nút dưới đây để sao chép cả báo cáo");
    const toWord = page.getByTestId("draft-to-word");
    await expect(toWord.getAttribute("data-path")).resolves.toBe("clipboard");
    await expect(toWord.innerText()).resolves.toBe("Sao chép để dán vào Word");

    await clearClipboard();
    await toWord.click();
    const said = page.getByTestId("draft-delivery");
    await said.waitFor({ state: "visible" });
    await expect(said.getAttribute("data-outcome")).resolves.toBe("copied");
    const text = await said.innerText();
    expect(text).toContain("Đã sao chép báo cáo");
    expect(text).toContain("⌘V");
    expect(text).toContain('trang tính "Bản thảo"');

    // The async Clipboard API wrote both types (headless Chromium allows it once the permissions are granted).
    const clip = await readClipboard();
    expect(Object.keys(clip).sort()).toEqual(["text/html", "text/plain"]);
    for (const s of [TITLE, "13.570", "8.962,46", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Times New Roman", "<table"]) {
      expect(clip["text/html"]).toContain(s);
    }
    expect(clip["text/plain"]).toContain("Tổng kinh phí khoảng 13.570 triệu đồng (theo Phụ lục II đính kèm)");
    expect(clip["text/plain"]).toContain("\tTổng cộng\t\t8.962,46\t");
    expect(downloads).toBe(0);
    await page.screenshot({ path: join(OUT, "preview-mac-copied.png"), fullPage: true });
  });

  /** Drafts again (a new sheet "Bản thảo (n)"), so that the message read next is the next click's. */
  async function draftAgain(sheet: string): Promise<void> {
    await runAction("Soạn báo cáo");
    await expect(page.getByTestId("draft-result").innerText()).resolves.toContain(`"${sheet}"`);
    await expect(page.getByTestId("draft-delivery").count()).resolves.toBe(0);
  }

  test("the Clipboard API refused: the execCommand copy still puts the report on the clipboard", async () => {
    await draftAgain("Bản thảo (2)");
    await clearClipboard();
    await page.evaluate(() => {
      navigator.clipboard.write = () => Promise.reject(new DOMException("Write permission denied (test).", "NotAllowedError"));
    });
    await page.getByTestId("draft-to-word").click();
    const said = page.getByTestId("draft-delivery");
    await page.waitForSelector('[data-testid="draft-delivery"][data-outcome="copied"]');
    await expect(said.innerText()).resolves.toContain("Đã sao chép báo cáo");
    await expect(said.innerText()).resolves.toContain('trang tính "Bản thảo (2)"');
    const clip = await readClipboard();
    expect(clip["text/html"]).toContain(TITLE);
    expect(clip["text/html"]).toContain("13.570");
    expect(clip["text/plain"]).toContain("Tổng kinh phí khoảng 13.570 triệu đồng");
    expect(downloads).toBe(0);
  });

  test("no copy at all: the pane says so and points to the Bản thảo sheet, and the clipboard is untouched", async () => {
    await draftAgain("Bản thảo (3)");
    await clearClipboard();
    // The Clipboard API still refuses (previous test); now execCommand fails too.
    await page.evaluate(() => {
      document.execCommand = () => false;
    });
    await page.getByTestId("draft-to-word").click();
    await page.waitForSelector('[data-testid="draft-delivery"][data-outcome="failed"]');
    const text = await page.getByTestId("draft-delivery").innerText();
    expect(text).toContain("Không sao chép được báo cáo");
    expect(text).toContain('Hãy dùng trang tính "Bản thảo (3)"');
    expect(text).not.toContain("Đã sao chép");
    await expect(readClipboard()).resolves.toEqual({ "text/plain": "(trước khi sao chép)" });
    await page.screenshot({ path: join(OUT, "preview-mac-failed.png"), fullPage: true });
  });
});
