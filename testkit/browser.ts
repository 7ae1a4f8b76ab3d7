/**
 * Debian's Chromium for the browser test and the bench (never a downloaded browser), a static
 * server for dist/ on 127.0.0.1, and the two together ({@link openPane}).
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { extname, join, normalize, sep } from "node:path";
import { chromium, type BrowserContext } from "playwright-core";

const CHROMIUM = "/usr/bin/chromium";

/** Headless, and nothing that reaches for the network this machine does not have. */
const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".map": "application/json; charset=utf-8",
  ".xml": "application/xml; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".txt": "text/plain; charset=utf-8",
};

/** Serves `root` on 127.0.0.1 with a free port. */
function serveDir(root: string): Promise<{ server: Server; base: string }> {
  const server = createServer((req, res) => {
    try {
      const url = new URL(req.url ?? "/", "http://127.0.0.1");
      let rel = decodeURIComponent(url.pathname);
      if (rel.endsWith("/")) rel += "index.html";
      const file = normalize(join(root, rel));
      if (!file.startsWith(root + sep) || !existsSync(file) || !statSync(file).isFile()) {
        res.writeHead(404, { "content-type": "text/plain" }).end("not found");
        return;
      }
      res.writeHead(200, { "content-type": TYPES[extname(file)] ?? "application/octet-stream", "cache-control": "no-store" });
      res.end(readFileSync(file));
    } catch (err) {
      res.writeHead(500, { "content-type": "text/plain" }).end(String(err));
    }
  });
  return new Promise((ok, fail) => {
    server.once("error", fail);
    server.listen(0, "127.0.0.1", () => ok({ server, base: `http://127.0.0.1:${(server.address() as AddressInfo).port}` }));
  });
}

export interface PaneBrowser {
  context: BrowserContext;
  /** http://127.0.0.1:PORT, the served folder's address. */
  base: string;
  /** Closes the browser and the server, removes the profile. */
  close(): Promise<void>;
}

/**
 * `dir` served on 127.0.0.1 and Debian's Chromium started on a fresh profile (a clear message when
 * it is missing: nothing is ever downloaded). Requests are the caller's to route.
 */
export async function openPane(
  dir: string,
  o: { name: string; viewport?: { width: number; height: number }; locale?: string; acceptDownloads?: boolean },
): Promise<PaneBrowser> {
  if (!existsSync(CHROMIUM))
    throw new Error(
      `${CHROMIUM} is missing. Install Debian's Chromium with \`apt-get install -y chromium\` (nothing here downloads a browser).`,
    );
  const { server, base } = await serveDir(dir);
  const profile = mkdtempSync(join(tmpdir(), `baocao-${o.name}-`));
  const closeServer = () => new Promise<void>((ok) => server.close(() => ok()));
  let context: BrowserContext;
  try {
    context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      headless: true,
      args: CHROMIUM_ARGS,
      viewport: o.viewport ?? { width: 1280, height: 900 },
      locale: o.locale ?? "vi-VN",
      acceptDownloads: o.acceptDownloads ?? false,
    });
  } catch (e) {
    await closeServer();
    rmSync(profile, { recursive: true, force: true });
    throw e;
  }
  return {
    context,
    base,
    async close() {
      await context.close();
      await closeServer();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** Only the page's own server answers; anything else (office.js from the CDN) gets an empty script. */
export async function routeLocalOnly(context: BrowserContext, base: string): Promise<void> {
  await context.route("**/*", (route) =>
    route
      .request()
      .url()
      .startsWith(base + "/")
      ? route.continue()
      : route.fulfill({ status: 200, contentType: "text/javascript", body: "" }),
  );
}
