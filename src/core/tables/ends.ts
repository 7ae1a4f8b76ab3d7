/**
 * Where a table ends: the signature block ("KT. CHỦ TỊCH", "Người lập biểu", "Thủ trưởng đơn vị",
 * "(Ký, ghi rõ họ tên)"), the place-and-date line, "Ghi chú:" notes and "Nơi nhận:". The names
 * under a signature are never read as amounts: the table has ended above them.
 */
import { foldVariants } from "../text/normalize";

const END_RE = [
  /^(kt|tm|tl|q|tuq|ktt|t\/m|k\/t)\s*[./]?\s+\S/,
  /^(nguoi lap( bieu)?|nguoi ghi so|thu truong( don vi| co quan)?|ke toan( truong)?|chu tich|pho chu tich|giam doc|pho giam doc|truong phong|pho truong phong|chanh van phong|xac nhan( cua)?|lanh dao|noi nhan)\b/,
  /\(\s*(ky|ky ten),?\s*(ghi ro )?(ho ten|ho va ten|dong dau)/,
  /,\s*ngay\s*(\d{1,2}|\.+|…|_+)?\s*thang/,
  /^ngay\s*(\d{1,2}|\.+|…|_+)\s*thang\s*(\d{1,2}|\.+|…|_+)\s*nam/,
  /^(ghi chu|chu thich|luu y|chu y)\s*:/,
  /^\*\s*(ghi chu|chu thich|luu y)/,
];

/** True when a text (the first text of a row with no numbers) starts a signature block or a note. */
export function endsTable(text: string): boolean {
  if (text.length > 300) return false;
  for (const f of foldVariants(text)) for (const re of END_RE) if (re.test(f)) return true;
  return false;
}

/** Blank rows in a row that end a table (unless the header repeats after them). */
export const BLANK_RUN_END = 4;
