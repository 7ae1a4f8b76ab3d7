/**
 * Builds the add-in into dist/:
 *
 *   taskpane.html  the shared runtime page (office.js, then the taskpane, commands and functions
 *                  bundles): the task pane, the ribbon commands and the custom functions all run
 *                  in this one page (manifest: <Runtime resid="Taskpane.Url" lifetime="long"/>).
 *   functions.json custom functions metadata, generated from the JSDoc of src/functions/functions.ts
 *                  by custom-functions-metadata-plugin (whose loader also appends the
 *                  CustomFunctions.associate calls to that file).
 *   functions.en-US.json  the same with English descriptions (src/functions/en-US.json), for Excel
 *                  in English (manifest: <bt:Override Locale="en-US"> of Functions.Metadata.Url);
 *                  scripts/manifest/functions-en.cjs, which stops the build when a text is missing.
 *   preview.html   the real pane against an in-browser workbook, without Office (no office.js).
 *   help.html      the SupportUrl and LearnMoreUrl page (Vietnamese: installing, admin deployment, addresses to allow).
 *   assets/*.png, manifest.xml.
 *
 * `ADDIN_URL=https://host/path/ npm run build` writes manifest.xml and help.html with every
 * https://localhost:3000/ URL under that base (scripts/manifest/addin-url.cjs); a bad ADDIN_URL
 * stops the build. Without it they keep https://localhost:3000/ (dev).
 *
 * `webpack --mode production` builds; `webpack serve` (or `npm start`) serves on
 * https://localhost:3000 with the office-addin-dev-certs certificates (http when they cannot be had).
 */
const path = require("node:path");
const fs = require("node:fs");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");
const { addinBaseUrl, rebase } = require("./scripts/manifest/addin-url.cjs");
const { FunctionsEnglishPlugin } = require("./scripts/manifest/functions-en.cjs");

const ROOT = __dirname;
const DIST = path.join(ROOT, "dist");
const PORT = 3000;

/** Reads ca/cert/key files; undefined when one is missing or the certificate has expired. */
function readCertFiles(paths) {
  try {
    const cert = fs.readFileSync(paths.cert);
    const key = fs.readFileSync(paths.key);
    const ca = fs.readFileSync(paths.ca);
    const { X509Certificate } = require("node:crypto");
    const x = new X509Certificate(cert);
    if (Date.parse(x.validTo) <= Date.now() + 60 * 60 * 1000) return undefined;
    return { ca, cert, key };
  } catch {
    return undefined;
  }
}

/**
 * HTTPS options for the dev server from office-addin-dev-certs (~/.office-addin-dev-certs).
 * Existing valid files are used as they are. Otherwise, on Windows and macOS,
 * getHttpsServerOptions() generates them and trusts the CA (it may ask for confirmation). On
 * Linux, trusting needs sudo (the `install` command writes the files, then fails to trust the CA
 * and still exits 0), so only the files are generated here and the browser must accept the
 * certificate once. Undefined (serve over http) when nothing works.
 */
async function devHttpsOptions() {
  if (process.env.BAOCAO_DEV_HTTP === "1") return undefined;
  let certs;
  try {
    certs = require("office-addin-dev-certs");
  } catch {
    console.warn("[dev-server] office-addin-dev-certs is not installed: serving over http.");
    return undefined;
  }
  const home = require("node:os").homedir();
  const dir = path.join(home, ".office-addin-dev-certs");
  const paths = { ca: path.join(dir, "ca.crt"), cert: path.join(dir, "localhost.crt"), key: path.join(dir, "localhost.key") };
  const existing = readCertFiles(paths);
  if (existing) return existing;
  try {
    if (process.platform === "win32" || process.platform === "darwin") {
      const o = await certs.getHttpsServerOptions();
      return { ca: o.ca, cert: o.cert, key: o.key };
    }
    await certs.generateCertificates(paths.ca, paths.cert, paths.key);
    const made = readCertFiles(paths);
    if (made) {
      console.warn(
        "[dev-server] Đã tạo chứng chỉ localhost trong " +
          dir +
          " nhưng chưa tin cậy CA (cần sudo):\n" +
          "             trình duyệt sẽ cảnh báo lần đầu; để tin cậy: sudo npx office-addin-dev-certs install\n" +
          "[dev-server] Created localhost certificates in " +
          dir +
          " without trusting the CA (needs sudo):\n" +
          "             accept the browser warning once, or run: sudo npx office-addin-dev-certs install",
      );
      return made;
    }
  } catch (e) {
    console.warn(`[dev-server] Could not get https certificates (${e && e.message ? e.message.split("\n")[0] : e}).`);
  }
  console.warn("[dev-server] Serving over http — Office requires https for add-ins; this is only good for the preview.");
  return undefined;
}

module.exports = async (env = {}, argv = {}) => {
  const mode = argv.mode || process.env.NODE_ENV || "development";
  const dev = mode !== "production";
  const serving = Boolean(env.WEBPACK_SERVE);
  const https = serving ? await devHttpsOptions() : undefined;
  let baseUrl;
  try {
    baseUrl = addinBaseUrl(process.env.ADDIN_URL);
  } catch (e) {
    console.error(`\n✗ ${e.message}\n`);
    process.exit(1);
  }
  const toBase = (content) => rebase(content.toString("utf8"), baseUrl);

  return {
    mode,
    context: ROOT,
    devtool: dev ? "source-map" : false,
    entry: {
      taskpane: "./src/taskpane/index.tsx",
      // Same JavaScript context as the pane: depending on the taskpane entry makes the commands
      // use the pane's module instances (one request queue in src/taskpane/requests.ts) and its
      // webpack runtime, instead of a private copy.
      commands: { import: "./src/commands/commands.ts", dependOn: "taskpane" },
      // Self-contained, so the custom functions register even if the pane failed to start.
      functions: "./src/functions/functions.ts",
      preview: "./src/preview/preview.tsx",
    },
    output: {
      path: DIST,
      filename: "[name].js",
      clean: true,
    },
    resolve: {
      extensions: [".ts", ".tsx", ".js"],
    },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: "ts-loader",
            options: {
              transpileOnly: true,
              configFile: path.join(ROOT, "tsconfig.json"),
              compilerOptions: { noEmit: false },
            },
          },
        },
        {
          // The checks' docs (docs/checks/*.md), bundled as text for the pane's "Cách sửa".
          test: /\.md$/,
          type: "asset/source",
        },
        {
          test: /\.(png|jpe?g|gif|svg|ico)$/i,
          type: "asset/resource",
          generator: { filename: "assets/[name][ext]" },
        },
      ],
    },
    optimization: {
      // One self-contained set of bundles per page: no shared vendor chunks.
      splitChunks: false,
      runtimeChunk: false,
    },
    performance: { hints: false },
    plugins: [
      new CustomFunctionsMetadataPlugin({
        output: "functions.json",
        input: "./src/functions/functions.ts",
      }),
      new FunctionsEnglishPlugin(),
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["taskpane", "commands", "functions"],
        chunksSortMode: "manual",
      }),
      new HtmlWebpackPlugin({
        filename: "preview.html",
        template: "./src/preview/preview.html",
        chunks: ["preview"],
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          // By exact name: a glob over the root would make `webpack serve` watch the whole root.
          { from: "manifest.xml", to: "manifest.xml", transform: toBase },
          { from: "src/help/help.html", to: "help.html", transform: toBase },
        ],
      }),
    ],
    watchOptions: {
      ignored: ["**/node_modules/**", "**/dist/**", "**/test-output/**", "**/bench-output/**", "**/.git/**"],
    },
    devServer: {
      host: "localhost",
      port: PORT,
      open: false,
      hot: false,
      liveReload: true,
      headers: { "Access-Control-Allow-Origin": "*" },
      static: { directory: DIST, publicPath: "/", watch: false },
      server: https ? { type: "https", options: https } : { type: "http" },
      client: { overlay: { errors: true, warnings: false } },
    },
  };
};
