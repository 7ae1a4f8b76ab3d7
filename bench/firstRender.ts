/**
 * Pane: time from navigation start to the pane's first render in headless Chromium (Debian's
 * /usr/bin/chromium, never a downloaded one), on the preview page (the real pane over the
 * in-browser example workbook). dist/ is served by node:http on 127.0.0.1.
 *
 * An init script watches the DOM: the moment `[data-testid="pane"]` is inserted,
 * performance.now() (ms since navigation start) is the render; the frame that shows it is the
 * first paint — taken in the next requestAnimationFrame, then a message-channel task, which runs
 * after that frame was painted. First-contentful-paint is read too. Median of 5 page loads, each
 * a new page in one browser with a fresh profile.
 */
import { openPane, routeLocalOnly } from "../testkit/browser";
import { median } from "./util";

/**
 * Runs in the page before its scripts. A string, not a function: tsx/esbuild would wrap a
 * function's inner functions in a `__name` helper the page does not have.
 */
const WATCH_PANE = `(() => {
  const b = (window.__bench = {});
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) if (e.name === "first-contentful-paint") b.fcp = e.startTime;
  }).observe({ type: "paint", buffered: true });
  const mo = new MutationObserver(() => {
    if (b.render !== undefined || !document.querySelector('[data-testid="pane"]')) return;
    b.render = performance.now();
    mo.disconnect();
    requestAnimationFrame(() => {
      const ch = new MessageChannel();
      ch.port1.onmessage = () => (b.paint = performance.now());
      ch.port2.postMessage(0);
    });
  });
  mo.observe(document, { childList: true, subtree: true });
})();`;

export interface RenderResult {
  loads: { render: number; paint: number; fcp: number }[];
  renderMs: number;
  paintMs: number;
  fcpMs: number;
}

export async function benchFirstRender(dist: string, loads = 5): Promise<RenderResult> {
  const browser = await openPane(dist, { name: "bench-chromium", viewport: { width: 1440, height: 900 } });
  const { context, base } = browser;
  try {
    await routeLocalOnly(context, base);
    await context.addInitScript({ content: WATCH_PANE });
    const out: RenderResult["loads"] = [];
    for (let i = 0; i < loads; i++) {
      const page = await context.newPage();
      const errors: string[] = [];
      page.on("pageerror", (e) => errors.push(e.message));
      await page.goto(`${base}/preview.html`);
      await page.waitForFunction(
        "window.__bench && window.__bench.paint !== undefined && window.__bench.fcp !== undefined",
        undefined,
        { timeout: 30000 },
      );
      const m = await page.evaluate<{ render: number; paint: number; fcp?: number }>("window.__bench");
      if (errors.length) throw new Error(`preview page errors: ${errors.join("; ")}`);
      out.push({ render: m.render, paint: m.paint, fcp: m.fcp ?? NaN });
      await page.close();
    }
    return {
      loads: out,
      renderMs: median(out.map((l) => l.render)),
      paintMs: median(out.map((l) => l.paint)),
      fcpMs: median(out.map((l) => l.fcp)),
    };
  } finally {
    await browser.close();
  }
}
