/**
 * The body that issues a report, recognised in what a person writes or a table's caption says, at
 * any administrative level: "UBND tỉnh Quảng Ngãi", "Ủy ban nhân dân thành phố Hà Nội", "UBND thị xã
 * Đức Phổ" (the district level, until 2025), "UBND xã Bình Sơn", "UBND phường Nghĩa Lộ", "UBND đặc
 * khu Lý Sơn", or a department, "Sở Tài chính", "Sở Khoa học và Công nghệ tỉnh Quảng Ngãi". Anything
 * else is kept as written.
 */

/** A people's committee: its kind of area ("phường") and the area's name ("Nghĩa Lộ"). */
export interface Committee {
  kind: "ubnd";
  area: string;
  name: string;
}

/** A department (Sở) of a province or a centrally-run city: "Tài chính", with that province when written. */
interface Department {
  kind: "so";
  name: string;
  province?: Committee;
}

interface OtherBody {
  kind: "other";
  text: string;
}

export type Agency = Committee | Department | OtherBody;

const AREAS = "thành phố|thị xã|thị trấn|đặc khu|huyện|quận|tỉnh|xã|phường";
const UBND = new RegExp(`(?:^|[\\s(])(?:UBND|Ủy ban nhân dân|Uỷ ban nhân dân)\\s+(${AREAS})\\s+(.+)$`, "iu");
const PROVINCE = /^(tỉnh|thành phố)\s+(.+)$/iu;
const DEPARTMENT = /^(?:của\s+)?Sở\s+(.+)$/iu;
/** Words that end a place's name when it is written in capitals ("… ĐỨC PHỔ NĂM 2023"). */
const STOP = new Set(["năm", "về", "giai", "tại", "kèm", "theo", "và", "của", "báo", "kính", "ngày", "số", "trên"]);

function lower(s: string): string {
  return s.toLocaleLowerCase("vi");
}

function upper(s: string): string {
  return s.toLocaleUpperCase("vi");
}

function capitalize(word: string): string {
  return upper(word.charAt(0)) + lower(word.slice(1));
}

/** True when the text has letters and none of them is lower-case. */
function allCaps(s: string): boolean {
  return /\p{L}/u.test(s) && s === upper(s);
}

/**
 * The proper name at the start of `rest`: its capitalised words (or digits), up to punctuation or a
 * word of running text; in capitals it is given back as a name is written ("ĐỨC PHỔ" → "Đức Phổ").
 */
function properName(rest: string): string | undefined {
  const words: string[] = [];
  for (const raw of rest.split(/\s+/u)) {
    const word = raw.replace(/[),.;:!?]+$/u, "");
    if (word === "" || !/^[\p{Lu}\d]/u.test(word) || STOP.has(lower(word))) break;
    words.push(word);
    if (word !== raw) break;
  }
  if (words.length === 0) return undefined;
  const name = words.join(" ");
  return allCaps(name) ? words.map(capitalize).join(" ") : name;
}

/** A people's committee named anywhere in `text` ("… của UBND thị xã Đức Phổ)"). */
export function findCommittee(text: string): Committee | undefined {
  const m = UBND.exec(text.normalize("NFC"));
  if (!m) return undefined;
  const name = properName(m[2]);
  return name === undefined ? undefined : { kind: "ubnd", area: lower(m[1]), name };
}

/** A department written at the start of `text`: "Sở Tài chính", "SỞ KHOA HỌC VÀ CÔNG NGHỆ TỈNH QUẢNG NGÃI". */
function findDepartment(text: string): Department | undefined {
  const m = DEPARTMENT.exec(text.normalize("NFC").replace(/\s+/gu, " ").trim());
  if (!m) return undefined;
  const words: string[] = [];
  let province: Committee | undefined;
  const parts = m[1].replace(/[);].*$/u, "").split(" ");
  for (let i = 0; i < parts.length; i++) {
    const p = PROVINCE.exec(parts.slice(i).join(" "));
    const name = p ? properName(p[2]) : undefined;
    if (p && name !== undefined) {
      province = { kind: "ubnd", area: lower(p[1]), name };
      break;
    }
    words.push(parts[i]);
  }
  let name = words.join(" ").replace(/[,.]+$/u, "");
  if (name === "") return undefined;
  // In capitals: as the name is written in running text ("Giáo dục và Đào tạo", "Văn hóa, Thể thao và Du lịch").
  if (allCaps(name)) name = lower(name).replace(/(^|, |\svà\s)(\p{L})/gu, (_, a: string, b: string) => a + upper(b));
  return province ? { kind: "so", name, province } : { kind: "so", name };
}

/** The body `text` names: a committee or a department written at its start, or the text as it is. */
export function parseAgency(text: string): Agency {
  const t = text.normalize("NFC").replace(/\s+/gu, " ").trim();
  const dep = findDepartment(t);
  if (dep) return dep;
  const c = /^(?:của\s+)?(?:UBND|Ủy ban nhân dân|Uỷ ban nhân dân)\s/iu.test(t) ? findCommittee(t) : undefined;
  return c ?? { kind: "other", text: t };
}

/**
 * The issuing body a table's caption names: a committee anywhere ("(Kèm theo Báo cáo số … của UBND
 * phường Nghĩa Lộ)"), or a department after "của" in a "kèm theo" caption (a subtitle such as "(Phục
 * vụ … của Sở Thông tin và Truyền thông tỉnh)" names the reader, not the author).
 */
export function captionAgency(line: string): Agency | undefined {
  const c = findCommittee(line);
  if (c) return c;
  if (!/kèm theo/iu.test(line)) return undefined;
  const m = /\scủa\s+(Sở\s.+)$/iu.exec(line.normalize("NFC"));
  return m ? findDepartment(m[1]) : undefined;
}

/** The body in running text: "UBND phường Nghĩa Lộ", "Sở Tài chính". */
export function shortName(a: Agency): string {
  return a.kind === "ubnd" ? `UBND ${a.area} ${a.name}` : a.kind === "so" ? `Sở ${a.name}` : a.text;
}

/** The issuing body as the header writes it, in capitals: ["ỦY BAN NHÂN DÂN", "PHƯỜNG NGHĨA LỘ"], ["SỞ TÀI CHÍNH"]. */
export function headerLines(a: Agency): string[] {
  return a.kind === "ubnd" ? ["ỦY BAN NHÂN DÂN", upper(`${a.area} ${a.name}`)] : [upper(shortName(a))];
}

/**
 * The địa danh of a body's date line (Decree 30): the name of its area ("Nghĩa Lộ"), with its kind
 * where the name is a number ("Phường 15", "Quận 1") or a person's ("Thành phố Hồ Chí Minh").
 */
export function placeOf(c: Committee): string {
  if (/^\d/u.test(c.name) || /^hồ chí minh$/iu.test(c.name)) return `${capitalize(c.area)} ${c.name}`;
  return c.name;
}

/** The body's part of a report's ký hiệu: "UBND", "STC" (Sở Tài chính), "SKHCN"; undefined for another body. */
export function symbolOf(a: Agency): string | undefined {
  if (a.kind === "ubnd") return "UBND";
  if (a.kind !== "so") return undefined;
  const initials = a.name
    .split(/[\s,]+/u)
    .filter((w) => w !== "" && lower(w) !== "và")
    .map((w) => upper(w.charAt(0)))
    .join("");
  return `S${initials}`;
}
