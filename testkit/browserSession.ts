/**
 * One browser session over the built pane (dist/) for a browser-test file: Debian's Chromium
 * (never a downloaded browser) with a fresh profile, dist/ served on 127.0.0.1, and the hooks every
 * test/e2e file needs — registered by `browserSession()` at the top of the file:
 *
 * - beforeAll: dist/ and the browser must exist (a clear message when not), the server, the browser;
 * - every request is logged; one to anywhere but the page's own server is a problem, except
 *   office.js from Microsoft's CDN, which is stubbed empty (the stand-in plays Office) or blocked
 *   (an office network that blocks the CDN);
 * - page errors and console errors are problems; afterEach fails the test that saw any;
 * - afterAll closes the browser and the server and removes the profile.
 */
import { existsSync, mkdirSync } from "node:fs";
import { join, resolve } from "node:path";
import type { BrowserContext, Page } from "playwright-core";
import { openPane, type PaneBrowser } from "./browser";

const DIST = join(resolve(__dirname, ".."), "dist");
/** Where browser tests put their screenshots (made here, so that each test can write into it). */
const E2E_OUT = join(resolve(__dirname, ".."), "test-output", "e2e");
/** Microsoft's CDN address of office.js. */
const OFFICE_JS = "https://appsforoffice.microsoft.com/";

export interface SessionOptions {
  /** Names the profile folder. */
  name: string;
  viewport?: { width: number; height: number };
  locale?: string;
  acceptDownloads?: boolean;
  /** office.js from the CDN: answered empty (default) or refused as a blocking network would. */
  officeJs?: "stub" | "block";
  /** Pages of dist/ that must exist (default preview.html). */
  needs?: string[];
}

export interface BrowserSession {
  /** Filled in by beforeAll. */
  page: Page;
  context: BrowserContext;
  /** http://127.0.0.1:PORT, dist/'s address. */
  base: string;
  /** "GET url" of every request the pages made. */
  readonly requests: string[];
  /** What afterEach will fail the running test for. */
  problems: string[];
  /** Drops the problems matching `expected` (a test that provokes them). */
  forgive(expected: RegExp): void;
  /** Waits until the preview stand-in's selection is the cell (a click on a finding selects it). */
  waitForSelection(sheet: string, cell: string): Promise<void>;
}

export function browserSession(opts: SessionOptions): BrowserSession {
  let browser: PaneBrowser | undefined;
  const s: BrowserSession = {
    page: undefined as unknown as Page,
    context: undefined as unknown as BrowserContext,
    base: "",
    requests: [],
    problems: [],
    forgive(expected) {
      s.problems = s.problems.filter((p) => !expected.test(p));
    },
    async waitForSelection(sheet, cell) {
      await s.page.waitForFunction(
        ([sh, c]) => {
          const preview = (window as unknown as { __baocaoPreview?: { selection(): { sheet: string; cell: string } } })
            .__baocaoPreview;
          const sel = preview?.selection();
          return sel?.sheet === sh && sel?.cell === c;
        },
        [sheet, cell] as const,
        { timeout: 5000 },
      );
    },
  };

  beforeAll(async () => {
    for (const f of opts.needs ?? ["preview.html"]) {
      if (!existsSync(join(DIST, f)))
        throw new Error(`dist/${f} is missing: build first (\`npm run test:e2e\` runs \`npm run build\`).`);
    }
    mkdirSync(E2E_OUT, { recursive: true });
    browser = await openPane(DIST, {
      name: `e2e-${opts.name}`,
      viewport: opts.viewport,
      locale: opts.locale,
      acceptDownloads: opts.acceptDownloads,
    });
    ({ context: s.context, base: s.base } = browser);
    await s.context.route("**/*", async (route) => {
      const url = route.request().url();
      s.requests.push(`${route.request().method()} ${url}`);
      if (url.startsWith(s.base + "/")) return route.continue();
      if (url.startsWith(OFFICE_JS)) {
        if (opts.officeJs === "block") return route.abort("blockedbyclient");
        return route.fulfill({ status: 200, contentType: "text/javascript", body: "" });
      }
      s.problems.push(`unexpected request: ${url}`);
      return route.abort();
    });
    s.page = s.context.pages()[0] ?? (await s.context.newPage());
    s.page.on("pageerror", (err) => s.problems.push(`pageerror: ${err.message}`));
    s.page.on("console", (msg) => {
      if (msg.type() === "error") s.problems.push(`console.error: ${msg.text()}`);
    });
  }, 60000);

  afterEach(() => {
    const found = s.problems;
    s.problems = [];
    expect(found).toEqual([]);
  });

  afterAll(async () => {
    await browser?.close();
  });

  return s;
}
