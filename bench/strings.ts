/**
 * The string-heavy workbook of the CLI bench: 300 000 rows of a task list — an item number, two
 * Vietnamese texts that differ on every row, a unit and a status from short lists, one amount —
 * with every text in the shared string table (≈ 73 MB of sharedStrings.xml), as Excel saves such
 * a sheet. Written by hand with fflate (ExcelJS would take minutes to write it).
 */
import { strToU8, zipSync } from "fflate";

const NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const NS_R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

const UNITS = ["Phòng Văn hóa và Thông tin", "Văn phòng HĐND và UBND", "Phòng Tài chính - Kế hoạch", "UBND xã Phổ Phong"];
const STATUS = ["Đã hoàn thành", "Đang triển khai", "Chưa thực hiện", "Hoàn thành một phần, chuyển sang năm sau"];
const VERBS = ["Triển khai", "Nâng cấp", "Số hóa", "Xây dựng", "Tập huấn", "Kết nối"];
const THINGS = [
  "nền tảng họp trực tuyến",
  "hồ sơ thủ tục hành chính",
  "cơ sở dữ liệu đất đai",
  "mạng nội bộ",
  "cổng thông tin điện tử",
];

const esc = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;");

/** The workbook's bytes (one sheet "Nhiệm vụ", `rows` data rows under a header row). */
export function stringWorkbook(rows = 300_000): Uint8Array {
  const sst: string[] = ["TT", "Nhiệm vụ", "Kết quả", "Đơn vị", "Tình trạng", "Kinh phí", ...UNITS, ...STATUS];
  const unitAt = 6;
  const statusAt = unitAt + UNITS.length;
  const sheet: string[] = [`${HEAD}<worksheet xmlns="${NS}" xmlns:r="${NS_R}"><sheetData>`];
  sheet.push(
    '<row r="1">' + ["A", "B", "C", "D", "E", "F"].map((c, i) => `<c r="${c}1" t="s"><v>${i}</v></c>`).join("") + "</row>",
  );
  for (let i = 1; i <= rows; i++) {
    const r = i + 1;
    const task = `${VERBS[i % VERBS.length]} ${THINGS[i % THINGS.length]} tại thôn ${(i % 97) + 1}, đợt ${i} năm 2024 (mã ${i * 7919})`;
    const result = `Kết quả nhiệm vụ số ${i}: đã lắp đặt ${i % 13} điểm, đào tạo ${(i * 31) % 400} lượt cán bộ, người dân`;
    sst.push(task, result);
    const t = sst.length - 2;
    sheet.push(
      `<row r="${r}"><c r="A${r}"><v>${i}</v></c><c r="B${r}" t="s"><v>${t}</v></c><c r="C${r}" t="s"><v>${t + 1}</v></c>` +
        `<c r="D${r}" t="s"><v>${unitAt + (i % UNITS.length)}</v></c><c r="E${r}" t="s"><v>${statusAt + (i % STATUS.length)}</v></c>` +
        `<c r="F${r}"><v>${(i % 1000) * 1.5}</v></c></row>`,
    );
  }
  sheet.push("</sheetData></worksheet>");
  const sstXml =
    `${HEAD}<sst xmlns="${NS}" count="${rows * 4 + 6}" uniqueCount="${sst.length}">` +
    sst.map((s) => `<si><t>${esc(s)}</t></si>`).join("") +
    "</sst>";
  const rel = (id: string, type: string, target: string) =>
    `<Relationship Id="${id}" Type="${NS_R}/${type}" Target="${target}"/>`;
  const ct = "application/vnd.openxmlformats-officedocument.spreadsheetml";
  return zipSync(
    {
      "[Content_Types].xml": strToU8(
        `${HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
          `<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>` +
          `<Override PartName="/xl/workbook.xml" ContentType="${ct}.sheet.main+xml"/>` +
          `<Override PartName="/xl/worksheets/sheet1.xml" ContentType="${ct}.worksheet+xml"/>` +
          `<Override PartName="/xl/sharedStrings.xml" ContentType="${ct}.sharedStrings+xml"/></Types>`,
      ),
      "_rels/.rels": strToU8(
        `${HEAD}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rel("rId1", "officeDocument", "xl/workbook.xml")}</Relationships>`,
      ),
      "xl/workbook.xml": strToU8(
        `${HEAD}<workbook xmlns="${NS}" xmlns:r="${NS_R}"><sheets><sheet name="Nhiệm vụ" sheetId="1" r:id="rId1"/></sheets></workbook>`,
      ),
      "xl/_rels/workbook.xml.rels": strToU8(
        `${HEAD}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
          `${rel("rId1", "worksheet", "worksheets/sheet1.xml")}${rel("rId2", "sharedStrings", "sharedStrings.xml")}</Relationships>`,
      ),
      "xl/worksheets/sheet1.xml": strToU8(sheet.join("")),
      "xl/sharedStrings.xml": strToU8(sstXml),
    },
    { level: 6 },
  );
}
