/**
 * The drafter: the whole report in the reference report's outline (docs/report-example.md), every
 * number traced to its cell (or the cells it sums), every section present — drafted from the
 * numbers, or a visible placeholder "[Đơn vị bổ sung: …]" saying what belongs there:
 *
 *   opening (căn cứ)                         placeholder for the request it answers
 *   I. KHÁI QUÁT CHUNG                       placeholder
 *   II. KẾT QUẢ THỰC HIỆN
 *     1.1 a) plans issued                    placeholder
 *     1.1 b) staffing, community teams       <- figures table
 *     1.2 a) documents online, signatures    <- figures table (rates)
 *     1.2 b) online public services          <- figures table
 *     1.2 c) information security            placeholder
 *     1.2 d) spending                        <- Phụ lục I
 *     1.2 đ) other figures and forms         <- whatever else the tables hold
 *   III. HẠN CHẾ, KHÓ KHĂN VÀ NGUYÊN NHÂN    placeholders
 *   IV. ĐỊNH HƯỚNG … NĂM <plan year>
 *     1. targets                             <- targets table
 *     2. tasks                               placeholder
 *     3. estimated budget                    <- Phụ lục II
 *   V. KIẾN NGHỊ, ĐỀ XUẤT                    placeholder
 *   Phụ lục I, II, then one appendix per other table of numbers
 *
 * (The real report numbers its plan section "III" a second time; the draft numbers it IV.)
 */
import type { Report } from "../findings";
import type { Model } from "../tables/model";
import { appendixView, figuresView, formView, targetsView } from "../tables/views";
import { classifyAppendices } from "./classify";
import { resolveMeta } from "./meta";
import { appendixTable, formSummary, formTable } from "./sections/appendix";
import { budget, targets } from "./sections/plan";
import { FigureRows, documents, onlineServices, otherFigures, spending, staffing } from "./sections/results";
import type { Block, DocumentDetails, Draft, DraftMeta, Unverified } from "./types";
import { Writer, errorCells, plain } from "./writer";

export interface DraftOptions {
  /** The document's own details (CLI options); the "Thông tin văn bản" sheet fills what they leave out. */
  details?: DocumentDetails;
  /** Overrides of the resolved meta (tests). */
  meta?: Partial<DraftMeta>;
}

const ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X"];

/** What belongs in a section the workbook holds no numbers for. */
function placeholder(what: string): Block {
  return plain({ kind: "paragraph", text: `[Đơn vị bổ sung: ${what}]`, italic: true, align: "justify" });
}

/** Drafts the whole report from the model and the checks' report. */
export function draftReport(model: Model, report: Report, opts: DraftOptions = {}): Draft {
  const meta: DraftMeta = { ...resolveMeta(model, opts.details), ...opts.meta };
  const bad = errorCells(report.findings);
  const appendices = model.tables.filter((t) => t.kind === "appendix").map(appendixView);
  const { spending: spendingTable, plan } = classifyAppendices(appendices);
  const figuresTable = model.tables.find((t) => t.kind === "figures");
  const targetsTable = model.tables.find((t) => t.kind === "targets");
  const forms = model.tables.filter((t) => t.kind === "form").map(formView);
  const rows = figuresTable && new FigureRows(figuresView(figuresTable));
  const targetsRows = targetsTable && targetsView(targetsTable);

  // Appendix labels in order: Phụ lục I (spending), II (plan), then one per other table.
  const labels = new Map<object, string>();
  let n = 0;
  for (const t of [spendingTable, plan, ...forms]) if (t) labels.set(t, `Phụ lục ${ROMAN[n++] ?? String(n)}`);
  const labelOf = (t: object) => labels.get(t) as string;

  const placeholders: string[] = [];
  const body: Block[] = [];
  const h = (level: 1 | 2 | 3, text: string, year?: number) => {
    const w = new Writer(bad);
    if (year !== undefined) w.quote(String(year));
    body.push(w.block({ kind: "heading", level, text }));
  };
  /** A section: its blocks, or its placeholder when it has none. */
  const section = (blocks: Block[], what: string) => {
    if (blocks.length) body.push(...blocks);
    else {
      placeholders.push(what);
      body.push(placeholder(what));
    }
  };
  const y = meta.year;
  const where = meta.areaKind ? ` ${meta.areaKind}` : "";

  {
    const w = new Writer(bad);
    w.quote(String(y));
    body.push(
      w.block({
        kind: "paragraph",
        text: `Thực hiện [Đơn vị bổ sung: văn bản yêu cầu báo cáo — số, ngày, cơ quan ban hành], ${meta.agencyShort} báo cáo kết quả thực hiện công tác chuyển đổi số năm ${y} với những nội dung cụ thể như sau:`,
        align: "justify",
      }),
    );
    placeholders.push("căn cứ báo cáo (văn bản yêu cầu báo cáo)");
  }
  h(1, "I. KHÁI QUÁT CHUNG");
  section(
    [],
    `khái quát chung về công tác chuyển đổi số trên địa bàn${where} (hạ tầng, hệ thống thông tin, nhân lực, kết quả nổi bật).`,
  );

  h(1, "II. KẾT QUẢ THỰC HIỆN");
  h(2, "1. Về ứng dụng công nghệ thông tin, chuyển đổi số");
  h(2, "1.1. Việc triển khai thực hiện các kế hoạch của UBND tỉnh về ứng dụng công nghệ thông tin, chuyển đổi số");
  h(3, "a) Ban hành và triển khai thực hiện các kế hoạch");
  section([], "các quyết định, kế hoạch, văn bản đã ban hành để triển khai chuyển đổi số (số, ngày, trích yếu).");
  h(3, "b) Về nguồn nhân lực");
  section(
    rows ? staffing(bad, rows, meta.areaKind) : [],
    "số cán bộ, công chức làm công tác chuyển đổi số; Tổ Công nghệ số cộng đồng và số thành viên.",
  );
  h(2, "1.2. Kết quả thực hiện các nhiệm vụ chuyển đổi số");
  h(3, `a) Về xử lý văn bản, hồ sơ công việc trên môi trường mạng và sử dụng chữ ký số trong năm ${y}`, y);
  section(rows ? documents(bad, rows) : [], "tỷ lệ xử lý văn bản, hồ sơ công việc trên môi trường mạng; tỷ lệ văn bản ký số.");
  h(3, "b) Về việc cung cấp dịch vụ công trực tuyến");
  section(
    rows ? onlineServices(bad, rows) : [],
    "số dịch vụ công trực tuyến, hồ sơ tiếp nhận và giải quyết trực tuyến, thanh toán trực tuyến.",
  );
  h(3, "c) Việc thực hiện đảm bảo an toàn thông tin mạng trong hoạt động ứng dụng công nghệ thông tin của cơ quan nhà nước");
  section([], "các văn bản, phương án bảo đảm an toàn thông tin theo cấp độ, tập huấn, diễn tập, phần mềm phòng chống mã độc.");
  h(
    3,
    "d) Việc quản lý, sử dụng kinh phí được bố trí để thực hiện công tác chuyển đổi số; thuê dịch vụ công nghệ thông tin sử dụng kinh phí chi thường xuyên nguồn vốn ngân sách nhà nước",
  );
  section(
    spendingTable ? spending(bad, spendingTable, labelOf(spendingTable)) : [],
    "tổng kinh phí đã chi cho chuyển đổi số theo từng năm (và Phụ lục kinh phí).",
  );
  const others = [...(rows ? otherFigures(bad, rows) : []), ...forms.flatMap((f) => formSummary(bad, f, labelOf(f)))];
  if (others.length) {
    h(3, "đ) Các số liệu khác");
    body.push(...others);
  }

  h(1, "III. NHỮNG HẠN CHẾ, KHÓ KHĂN VÀ NGUYÊN NHÂN");
  h(2, "1. Hạn chế, khó khăn");
  section([], "những hạn chế, khó khăn trong triển khai chuyển đổi số.");
  h(2, "2. Nguyên nhân hạn chế, khó khăn");
  section([], "nguyên nhân chủ quan, khách quan của các hạn chế.");

  h(1, `IV. ĐỊNH HƯỚNG VỀ KẾ HOẠCH THỰC HIỆN TRONG NĂM ${meta.planYear} VÀ KINH PHÍ ĐỀ XUẤT CÓ LIÊN QUAN`, meta.planYear);
  h(2, "1. Mục tiêu");
  section(
    targetsRows && targetsRows.rows.length ? targets(bad, targetsRows, meta.planYear) : [],
    "các chỉ tiêu chuyển đổi số của năm kế hoạch.",
  );
  h(2, "2. Nhiệm vụ");
  section([], "các nhiệm vụ trọng tâm (cơ chế chính sách, hạ tầng số, chính quyền số, kinh tế số, xã hội số, nhân lực).");
  h(2, "3. Dự trù kinh phí");
  section(plan ? budget(bad, plan, labelOf(plan)) : [], "tổng kinh phí dự kiến và nguồn vốn (và Phụ lục kế hoạch).");

  h(1, "V. KIẾN NGHỊ, ĐỀ XUẤT");
  section([], "kiến nghị, đề xuất với UBND tỉnh, các sở, ngành.");

  const appendixBlocks: Block[][] = [];
  if (spendingTable) appendixBlocks.push(appendixTable(bad, spendingTable, labelOf(spendingTable), false));
  if (plan) appendixBlocks.push(appendixTable(bad, plan, labelOf(plan), true));
  for (const f of forms) appendixBlocks.push(formTable(bad, f, labelOf(f)));

  const unverified: Unverified[] = [];
  for (const b of [...body, ...appendixBlocks.flat()]) {
    for (const u of b.unverified) if (!unverified.some((x) => x.sheet === u.sheet && x.cell === u.cell)) unverified.push(u);
  }
  return { meta, body, appendices: appendixBlocks, unverified, placeholders };
}
