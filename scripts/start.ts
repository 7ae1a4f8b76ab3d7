/**
 * `npm start`: builds the add-in in development mode and serves it with webpack-dev-server on
 * https://localhost:3000 (certificates from office-addin-dev-certs; see webpack.config.js), then
 * says how to try it on this machine:
 *
 *   - Linux (no Excel): the real task pane against an in-browser workbook at /preview.html;
 *   - Windows / macOS: sideload with `npm run sideload` (office-addin-debugging, a pinned
 *     devDependency), remove with `npm run sideload:stop`.
 *
 * It leaves the user's settings alone: nothing is written to the home folder but the localhost
 * certificates (office-addin-dev-certs, webpack.config.js). The office-addin-* tools of this
 * project (office-addin-usage-data 2.1.1 and 3.0.0) neither prompt for nor read nor write usage
 * data settings (~/office-addin-usage-data.json): their reporting is gone, every call is a no-op
 * (test/manifest/sideload.test.ts runs them with an empty HOME and finds it empty after).
 *
 * Options: --http (serve over http; only the preview works), --port is fixed at 3000 because the
 * manifest names it. Stop with Ctrl+C.
 */
import * as path from "node:path";
import webpack, { type Configuration, type Stats } from "webpack";
import WebpackDevServer from "webpack-dev-server";

const ROOT = path.resolve(__dirname, "..");
const BASE = "localhost:3000";

/** webpack.config.js: a function of webpack's env and argv. */
type MakeConfig = (env: { WEBPACK_SERVE?: boolean }, argv: { mode?: string }) => Promise<Configuration>;

function howToTry(scheme: "http" | "https"): string {
  const url = `${scheme}://${BASE}`;
  const lines = [""];
  if (process.platform === "win32" || process.platform === "darwin") {
    lines.push(
      `Máy chủ phát triển đang chạy tại ${url}/`,
      "Nạp phần bổ trợ vào Excel (mở cửa sổ lệnh khác, trong thư mục dự án):",
      "    npm run sideload",
      '  rồi mở thẻ "Báo cáo" trên dải băng. Gỡ: npm run sideload:stop',
      `  Excel trên web: Trang chủ > Phần bổ trợ > Thêm phần bổ trợ > Tải lên manifest.xml. Xem thử không cần Excel: ${url}/preview.html`,
      "",
      `The dev server is running at ${url}/`,
      "Sideload the add-in into Excel (in another terminal, in the project folder):",
      "    npm run sideload",
      '  then open the "Báo cáo" tab on the ribbon. Remove it with: npm run sideload:stop',
      `  Excel on the web: Home > Add-ins > More add-ins > Upload My Add-in > manifest.xml. Without Excel: ${url}/preview.html`,
    );
  } else {
    lines.push(
      `Excel không được cài trên máy này (${process.platform}), nên không nạp được phần bổ trợ vào Excel ở đây.`,
      "Thử phần bổ trợ tại:",
      `    ${url}/preview.html   (ngăn tác vụ thật, chạy trên một sổ tính trong trình duyệt)`,
      "Excel trên web: tải manifest.xml lên (Trang chủ > Phần bổ trợ > Tải lên) khi máy chủ này chạy.",
      "",
      `Excel is not installed on this machine (${process.platform}), so the add-in cannot be sideloaded here.`,
      "Try the add-in at:",
      `    ${url}/preview.html   (the real task pane against an in-browser workbook)`,
      "Excel on the web: upload manifest.xml (Home > Add-ins > Upload My Add-in) while this server runs.",
    );
  }
  if (scheme === "http") {
    lines.push(
      "",
      "⚠ Đang phục vụ qua http: Excel chỉ nạp phần bổ trợ qua https. / Serving over http: Excel only loads add-ins over https.",
    );
  }
  lines.push("", "Dừng / stop: Ctrl+C", "");
  return lines.join("\n");
}

async function main(): Promise<void> {
  if (process.argv.includes("--http")) process.env.BAOCAO_DEV_HTTP = "1";
  process.chdir(ROOT);

  // webpack.config.js is CommonJS, loaded as webpack itself loads it.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const makeConfig = require(path.join(ROOT, "webpack.config.js")) as MakeConfig;
  const config = await makeConfig({ WEBPACK_SERVE: true }, { mode: "development" });
  const devServerOptions: WebpackDevServer.Configuration = config.devServer ?? {};
  const server = devServerOptions.server;
  const scheme = typeof server === "object" && server.type === "https" ? "https" : "http";

  const compiler = webpack(config);
  let first = true;
  compiler.hooks.done.tap("baocao-start", (stats: Stats) => {
    if (!first) return;
    first = false;
    if (stats.hasErrors()) {
      console.error("\n✗ Lỗi khi dựng (xem ở trên) / the build failed (see above); the server keeps watching.\n");
    }
    // After webpack-dev-server has printed the build's stats.
    setTimeout(() => console.log(howToTry(scheme)), 100);
  });

  const devServer = new WebpackDevServer(devServerOptions, compiler);
  const stop = async () => {
    try {
      await devServer.stop();
    } finally {
      process.exit(0);
    }
  };
  process.once("SIGINT", () => void stop());
  process.once("SIGTERM", () => void stop());
  try {
    await devServer.start();
  } catch (e) {
    if (isErrnoException(e) && e.code === "EADDRINUSE") {
      console.error(`✗ Cổng 3000 đang bận (máy chủ khác đang chạy?) / port 3000 is already in use (another server running?).`);
    } else {
      console.error(
        `✗ Không khởi động được máy chủ / could not start the dev server: ${e instanceof Error && e.message ? e.message : String(e)}`,
      );
    }
    process.exit(1);
  }
}

function isErrnoException(e: unknown): e is NodeJS.ErrnoException {
  return typeof e === "object" && e !== null && "code" in e;
}

main().catch((e: unknown) => {
  console.error(`✗ ${e instanceof Error && e.stack ? e.stack : String(e)}`);
  process.exit(1);
});
