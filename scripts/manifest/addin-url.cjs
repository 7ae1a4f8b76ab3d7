/**
 * Where the built add-in is served from. `ADDIN_URL=https://host/path/ npm run build` writes
 * dist/manifest.xml (and dist/help.html) with every https://localhost:3000/ URL moved under that
 * base, and the AppDomain set to its origin; without ADDIN_URL the files keep the dev URL.
 * Used by webpack.config.js; tested in test/manifest/addinUrl.test.ts.
 */
const DEV_URL = "https://localhost:3000/";
const DEV_ORIGIN = "https://localhost:3000";

/**
 * The base URL from ADDIN_URL: an absolute https URL without query, fragment or credentials; a
 * missing trailing slash is added. Throws an Error (Vietnamese, then English) otherwise.
 */
function addinBaseUrl(raw) {
  if (raw === undefined || raw.trim() === "") return DEV_URL;
  const value = raw.trim();
  const fail = (vi, en) => {
    throw new Error(`ADDIN_URL="${value}": ${vi} / ${en}. Ví dụ / e.g. ADDIN_URL=https://baocao.example.gov.vn/addin/`);
  };
  let url;
  try {
    url = new URL(value);
  } catch {
    return fail("không phải địa chỉ URL đầy đủ", "not an absolute URL");
  }
  if (url.protocol !== "https:")
    fail("phải dùng https (Office chỉ nạp phần bổ trợ qua https)", "must be https (Office loads add-ins over https only)");
  if (!url.hostname) fail("thiếu tên máy chủ", "has no host");
  if (url.username || url.password) fail("không được chứa tên người dùng/mật khẩu", "must not carry credentials");
  if (url.search || url.hash || value.includes("?") || value.includes("#"))
    fail("không được có ?truy vấn hay #phân đoạn", "must have no ?query or #fragment");
  const pathname = url.pathname.endsWith("/") ? url.pathname : url.pathname + "/";
  return `${url.origin}${pathname}`;
}

/** The text with the dev URLs moved under `base` (the bare dev origin, as in AppDomain, to base's origin). */
function rebase(text, base) {
  if (base === DEV_URL) return text;
  const origin = new URL(base).origin;
  return text.split(DEV_URL).join(base).split(DEV_ORIGIN).join(origin);
}

module.exports = { DEV_URL, addinBaseUrl, rebase };
