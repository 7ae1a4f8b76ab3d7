/**
 * Pane: 10 000 findings in the real pane (the preview page in headless Chromium, Debian's
 * /usr/bin/chromium). A sheet of 10 000 groups whose sub-totals are each one off (30 000 rows) is
 * added to the stand-in workbook; "Kiểm tra" reads and checks it. Measured in the page:
 *
 * - results: from the end of the read (Excel.run resolves; the checks follow) to the first card
 *   painted (the next animation frame, then a message-channel task, which runs after that frame);
 *   the checks alone on the same sheet are timed in Node too, to show the engine's share;
 * - select: from a click on a card to the workbook's selection of its cell (the stand-in's
 *   selection event), median of 5 cards.
 *
 * Scripts sent to the page are strings: tsx would wrap inner functions in a `__name` helper the
 * page does not have.
 */
import { openPane, routeLocalOnly } from "../testkit/browser";
import { checkWorkbook } from "../src/core/engine";
import type { Grid, Row } from "../src/core/grid/grid";
import { median, now } from "./util";

const GROUPS = 10_000;

const BUILD = `(() => {
  const wb = window.__baocaoPreview.workbook;
  wb.batch(() => {
    wb.addSheet("Bench");
    const set = (a, v) => wb.setCell("Bench", a, v);
    set("A1", "TT"); set("B1", "Nội dung"); set("C1", "Kinh phí");
    let r = 2;
    for (let g = 0; g < ${GROUPS}; g++) {
      set("B" + r, "Năm " + (2000 + (g % 30))); set("C" + r, 31);
      set("A" + (r + 1), 1); set("B" + (r + 1), "Nhiệm vụ " + (2 * g + 1)); set("C" + (r + 1), 10);
      set("A" + (r + 2), 2); set("B" + (r + 2), "Nhiệm vụ " + (2 * g + 2)); set("C" + (r + 2), 20);
      r += 3;
    }
  });
  const b = (window.__paneBench = {});
  const run = Excel.run;
  Excel.run = (...args) => run(...args).then((x) => { b.readEnd = performance.now(); return x; });
  const mo = new MutationObserver(() => {
    if (b.shown !== undefined || b.readEnd === undefined || !document.querySelector('[data-testid="finding"]')) return;
    b.shown = -1;
    requestAnimationFrame(() => {
      const ch = new MessageChannel();
      ch.port1.onmessage = () => (b.shown = performance.now());
      ch.port2.postMessage(0);
    });
  });
  mo.observe(document, { childList: true, subtree: true });
})()`;

/** Clicks the i-th card in the DOM; resolves to the ms until the workbook selected its cell. */
const CLICK = (i: number) => `new Promise((ok) => {
  const cards = document.querySelectorAll('[data-testid="finding"] button[data-row-key]');
  const el = cards[${i} % cards.length];
  const wb = window.__baocaoPreview.workbook;
  let t0 = 0;
  const off = wb.onSelectionChange(() => { off(); ok(performance.now() - t0); });
  t0 = performance.now();
  el.click();
})`;

export interface PaneFindingsResult {
  findings: number;
  cardsInDom: number;
  resultsMs: number;
  selectMs: number;
  /** The checks alone on the same sheet, in Node (median of 3): the engine's share of resultsMs. */
  checkMs: number;
}

/** The bench sheet as a Grid, for the checks alone. */
function benchGrid(): Grid {
  const rows: Row[] = [[{ value: "TT" }, { value: "Nội dung" }, { value: "Kinh phí" }]];
  for (let g = 0; g < GROUPS; g++) {
    rows.push([undefined, { value: `Năm ${2000 + (g % 30)}` }, { value: 31 }]);
    rows.push([{ value: 1 }, { value: `Nhiệm vụ ${2 * g + 1}` }, { value: 10 }]);
    rows.push([{ value: 2 }, { value: `Nhiệm vụ ${2 * g + 2}` }, { value: 20 }]);
  }
  return { name: "Bench", rows };
}

function checkAlone(): number {
  const grid = benchGrid();
  const times: number[] = [];
  for (let i = 0; i < 3; i++) {
    const t0 = now();
    checkWorkbook([grid], { lang: "vi" });
    times.push(now() - t0);
  }
  return median(times);
}

export async function benchPaneFindings(dist: string): Promise<PaneFindingsResult> {
  const browser = await openPane(dist, { name: "bench-pane" });
  const { context, base } = browser;
  try {
    await routeLocalOnly(context, base);
    const page = context.pages()[0] ?? (await context.newPage());
    const errors: string[] = [];
    page.on("pageerror", (e) => errors.push(e.message));
    await page.goto(`${base}/preview.html`);
    await page.getByTestId("pane").waitFor({ state: "visible", timeout: 30000 });
    await page.evaluate(BUILD);
    await page.getByRole("button", { name: "Kiểm tra", exact: true }).click();
    await page.waitForFunction("window.__paneBench.shown > 0", undefined, { timeout: 120000 });
    await page.waitForSelector('[data-testid="pane"][data-running="false"]', { timeout: 120000 });
    const m = await page.evaluate<{ readEnd: number; shown: number }>("window.__paneBench");
    const findings = Number(await page.locator('[data-count="error"]').getAttribute("data-n"));
    const cardsInDom = await page.locator('[data-testid="finding"]').count();
    const clicks: number[] = [];
    for (let i = 0; i < 5; i++) clicks.push(await page.evaluate<number>(CLICK(i)));
    if (errors.length) throw new Error(`preview page errors: ${errors.join("; ")}`);
    return { findings, cardsInDom, resultsMs: m.shown - m.readEnd, selectMs: median(clicks), checkMs: checkAlone() };
  } finally {
    await browser.close();
  }
}
