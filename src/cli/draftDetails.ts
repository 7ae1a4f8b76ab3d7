/**
 * The document's own details on the command line of `baocao draft` — one option per row of the
 * "Thông tin văn bản" sheet (src/core/draft/detailsSheet.ts), and winning over it:
 *
 *   --co-quan-chu-quan TEXT   --co-quan TEXT     --so-ky-hieu TEXT   --dia-danh TEXT
 *   --ngay DD/MM/YYYY         --nguoi-ky TEXT    --chuc-vu TEXT      --tham-quyen TM|KT
 *   --noi-nhan TEXT (repeatable)                 --don-vi-soan-thao TEXT
 *
 * Each as "--opt value" or "--opt=value". And the message that names, after a draft, the details
 * nobody gave.
 */
import { DETAIL_ROWS, type DetailRow, parseAuthority } from "../core/draft/detailsSheet";
import { formatDateDMY, parseIssueDate } from "../core/draft/issueDate";
import type { DocumentDetails, MissingDetail } from "../core/draft/types";

type Fail = (vi: string, en: string) => Error;

function rowOf(name: string): DetailRow | undefined {
  return DETAIL_ROWS.find((r) => `--${r.option}` === name);
}

/** The value of one option, checked: a date that exists, TM or KT. */
function checked(row: DetailRow, value: string, fail: Fail): string {
  const name = `--${row.option}`;
  if (value.trim() === "") throw fail(`${name} cần một giá trị.`, `${name} needs a value.`);
  if (row.field === "date") {
    const d = parseIssueDate(value);
    if (!d)
      throw fail(
        `${name} cần một ngày có thật, dạng ngày/tháng/năm như 15/12/2023 (nhận được "${value}").`,
        `${name} takes a real date as day/month/year, such as 15/12/2023 (got "${value}").`,
      );
    return formatDateDMY(d);
  }
  if (row.field === "authority") {
    const a = parseAuthority(value);
    if (a !== "TM" && a !== "KT")
      throw fail(
        `${name} nhận TM (thay mặt tập thể) hoặc KT (ký thay người đứng đầu) (nhận được "${value}").`,
        `${name} takes TM (on behalf of the collective body) or KT (signing for the head) (got "${value}").`,
      );
    return a;
  }
  return value.trim();
}

/**
 * Reads the detail option at `argv[i]` into `details`: the index of its last word, or undefined
 * when `argv[i]` is no detail option. A missing or wrong value throws `fail(vi, en)`.
 */
export function readDetailOption(argv: string[], i: number, details: DocumentDetails, fail: Fail): number | undefined {
  const x = argv[i];
  const eq = x.indexOf("=");
  const row = rowOf(eq < 0 ? x : x.slice(0, eq));
  if (!row) return undefined;
  let value: string | undefined;
  let last = i;
  if (eq >= 0) value = x.slice(eq + 1);
  else {
    value = argv[i + 1];
    last = i + 1;
    if (value === undefined || /^--[a-z]/.test(value))
      throw fail(`--${row.option} cần một giá trị.`, `--${row.option} needs a value.`);
  }
  const v = checked(row, value, fail);
  if (row.field === "recipients") details.recipients = [...(details.recipients ?? []), v];
  else if (row.field === "authority") details.authority = v as "TM" | "KT";
  else details[row.field] = v;
  return last;
}

/** The usage lines of the options (vi or en). */
export function detailOptionsUsage(lang: "vi" | "en"): string {
  return lang === "vi"
    ? `  Thông tin của văn bản (draft; thay cho trang "Thông tin văn bản" của sổ, ghi đè nó):
      --co-quan "UBND phường Nghĩa Lộ"   --co-quan-chu-quan "UBND tỉnh Quảng Ngãi" (với một Sở)
      --so-ky-hieu 125/BC-UBND   --dia-danh "Nghĩa Lộ"   --ngay 15/12/2023
      --nguoi-ky "Nguyễn Văn A"   --chuc-vu "Phó Chủ tịch"   --tham-quyen TM|KT
      --noi-nhan "Sở Khoa học và Công nghệ (b/c)" (lặp lại cho mỗi nơi nhận)   --don-vi-soan-thao VHTT
      Thông tin nào không có thì để trống trên bản thảo và được nêu tên.
`
    : `  The document's own details (draft; over the workbook's "Thông tin văn bản" sheet):
      --co-quan "UBND phường Nghĩa Lộ"   --co-quan-chu-quan "UBND tỉnh Quảng Ngãi" (for a Sở)
      --so-ky-hieu 125/BC-UBND   --dia-danh "Nghĩa Lộ"   --ngay 15/12/2023
      --nguoi-ky "Nguyễn Văn A"   --chuc-vu "Phó Chủ tịch"   --tham-quyen TM|KT
      --noi-nhan "Sở Khoa học và Công nghệ (b/c)" (once per recipient)   --don-vi-soan-thao VHTT
      A detail nobody gave is left blank in the draft and named.
`;
}

/** What to say of the details the draft left blank: each by name with its option, and where else to give it. */
export function missingDetailsMessage(missing: readonly MissingDetail[]): { vi: string; en: string } | undefined {
  if (missing.length === 0) return undefined;
  const vi = missing.map((m) => `${m.vi} (--${m.key})`).join("; ");
  const en = missing.map((m) => `${m.en} (--${m.key})`).join("; ");
  return {
    vi: `Chưa có thông tin: ${vi}. Bản thảo để trống các chỗ này — điền vào trang "Thông tin văn bản" của sổ (baocao template có trang này) hoặc dùng các tùy chọn trên.`,
    en: `Details missing: ${en}. The draft leaves them blank — fill in the workbook's "Thông tin văn bản" sheet (baocao template writes one) or give the options above.`,
  };
}
