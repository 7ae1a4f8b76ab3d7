/**
 * The document's own details resolved (src/core/draft/meta.ts) on the example workbook (the Đức Phổ
 * 2023 report, docs/report-example.md): the appendices' caption names the issuing body at any level,
 * the "Thông tin văn bản" sheet and the options override it, and what nobody gave is named.
 */
import { DETAILS_SHEET, detailsSheetSpec } from "../../../src/core/draft/detailsSheet";
import { resolveMeta } from "../../../src/core/draft/meta";
import type { DocumentDetails, DraftMeta } from "../../../src/core/draft/types";
import { checkWorkbook } from "../../../src/core/engine";
import { gridFromSpec } from "../../../src/core/grid/fromSpec";
import type { Grid } from "../../../src/core/grid/grid";
import { EXAMPLE_DETAILS } from "../../../src/core/template/example";
import { type Plant, templateGrids } from "../../../testkit/templateGrids";

/** The caption under both appendices' titles (A3), naming `body` as the report's author. */
const caption = (body: string) => `(Ban hành kèm theo Báo cáo số     /BC-UBND ngày     tháng     năm 2023 của ${body})`;

/** The example's table sheets, with both captions naming `body` (undefined: as the example has it). */
function tables(body?: string): Grid[] {
  const plants: Record<string, Record<string, Plant>> = body === undefined
    ? {}
    : { "Phụ lục I": { A3: caption(body) }, "Phụ lục II": { A3: caption(body) } };
  return templateGrids(plants).filter((g) => g.name !== DETAILS_SHEET);
}

/** The meta of a workbook of `grids`, plus a details sheet filled with `sheet` when given. */
function metaOf(grids: Grid[], sheet?: DocumentDetails, given?: DocumentDetails): DraftMeta {
  const all = sheet ? [...grids, gridFromSpec(detailsSheetSpec(sheet))] : grids;
  return resolveMeta(checkWorkbook(all).model, given);
}

const keys = (m: DraftMeta) => m.missing.map((x) => x.key);

describe("the issuing body named by a caption, at any administrative level", () => {
  test.each<[string, Partial<DraftMeta>]>([
    [
      "UBND thị xã Đức Phổ",
      {
        agencyLines: ["ỦY BAN NHÂN DÂN", "THỊ XÃ ĐỨC PHỔ"],
        agency: "UBND THỊ XÃ ĐỨC PHỔ",
        agencyShort: "UBND thị xã Đức Phổ",
        areaKind: "thị xã",
        place: "Đức Phổ",
        title: "Kết quả thực hiện công tác chuyển đổi số trên địa bàn thị xã năm 2023",
        closing: "UBND thị xã Đức Phổ kính báo cáo./.",
        documentNumber: "Số:      /BC-UBND",
      },
    ],
    [
      "UBND phường Nghĩa Lộ",
      {
        agencyLines: ["ỦY BAN NHÂN DÂN", "PHƯỜNG NGHĨA LỘ"],
        agency: "UBND PHƯỜNG NGHĨA LỘ",
        agencyShort: "UBND phường Nghĩa Lộ",
        areaKind: "phường",
        place: "Nghĩa Lộ",
        dateLine: "Nghĩa Lộ, ngày      tháng      năm 2023",
        title: "Kết quả thực hiện công tác chuyển đổi số trên địa bàn phường năm 2023",
        closing: "UBND phường Nghĩa Lộ kính báo cáo./.",
      },
    ],
    [
      "Ủy ban nhân dân xã Bình Sơn",
      { agencyLines: ["ỦY BAN NHÂN DÂN", "XÃ BÌNH SƠN"], agencyShort: "UBND xã Bình Sơn", areaKind: "xã", place: "Bình Sơn" },
    ],
    [
      "Uỷ ban nhân dân đặc khu Lý Sơn",
      {
        agencyLines: ["ỦY BAN NHÂN DÂN", "ĐẶC KHU LÝ SƠN"],
        agencyShort: "UBND đặc khu Lý Sơn",
        areaKind: "đặc khu",
        place: "Lý Sơn",
      },
    ],
    [
      "UBND tỉnh Quảng Ngãi",
      {
        agencyLines: ["ỦY BAN NHÂN DÂN", "TỈNH QUẢNG NGÃI"],
        agency: "UBND TỈNH QUẢNG NGÃI",
        areaKind: "tỉnh",
        place: "Quảng Ngãi",
      },
    ],
    // A centrally-run city; and one named after a person, whose place is written in full (Decree 30).
    ["UBND thành phố Hà Nội", { agencyLines: ["ỦY BAN NHÂN DÂN", "THÀNH PHỐ HÀ NỘI"], areaKind: "thành phố", place: "Hà Nội" }],
    ["UBND Thành phố Hồ Chí Minh", { agencyLines: ["ỦY BAN NHÂN DÂN", "THÀNH PHỐ HỒ CHÍ MINH"], place: "Thành phố Hồ Chí Minh" }],
    // In capitals, and an area named by a number.
    [
      "UBND QUẬN 1",
      { agencyLines: ["ỦY BAN NHÂN DÂN", "QUẬN 1"], agencyShort: "UBND quận 1", areaKind: "quận", place: "Quận 1" },
    ],
    [
      "UBND HUYỆN BÌNH SƠN",
      { agencyLines: ["ỦY BAN NHÂN DÂN", "HUYỆN BÌNH SƠN"], agencyShort: "UBND huyện Bình Sơn", place: "Bình Sơn" },
    ],
    // A department: the governing body from its province, its ký hiệu from its name, headed by a Giám đốc.
    [
      "Sở Tài chính tỉnh Quảng Ngãi",
      {
        parentAgency: "UBND TỈNH QUẢNG NGÃI",
        agencyLines: ["SỞ TÀI CHÍNH"],
        agency: "SỞ TÀI CHÍNH",
        agencyShort: "Sở Tài chính",
        areaKind: "tỉnh",
        place: "Quảng Ngãi",
        documentNumber: "Số:      /BC-STC",
        signerTitleLines: ["GIÁM ĐỐC"],
        closing: "Sở Tài chính kính báo cáo./.",
        recipients: ["UBND tỉnh Quảng Ngãi (b/c);", "Lưu: VT."],
      },
    ],
    [
      "Sở Khoa học và Công nghệ",
      { agencyLines: ["SỞ KHOA HỌC VÀ CÔNG NGHỆ"], documentNumber: "Số:      /BC-SKHCN", areaKind: "", place: "………" },
    ],
  ])("%s", (body, expected) => {
    const m = metaOf(tables(body));
    expect(m).toMatchObject(expected);
    expect(keys(m)).not.toContain("co-quan");
  });

  test("a department's caption without its province: the governing body and the place are named missing", () => {
    const m = metaOf(tables("Sở Khoa học và Công nghệ"));
    expect(m.parentAgency).toBeUndefined();
    expect(keys(m)).toEqual(["co-quan-chu-quan", "so-ky-hieu", "dia-danh", "ngay", "nguoi-ky", "don-vi-soan-thao"]);
  });

  test("a caption naming no body: a visible blank 'UBND ………', and the issuing body named missing", () => {
    const m = metaOf(tables("cơ quan"));
    expect(m).toMatchObject({
      agency: "UBND ………",
      agencyLines: ["ỦY BAN NHÂN DÂN", "………"],
      agencyShort: "UBND ………",
      areaKind: "",
      place: "………",
      dateLine: "………, ngày      tháng      năm 2023",
      title: "Kết quả thực hiện công tác chuyển đổi số năm 2023",
    });
    expect(m.missing[0]).toEqual({ key: "co-quan", vi: "cơ quan ban hành", en: "issuing body" });
    expect(keys(m)).toEqual(["co-quan", "so-ky-hieu", "dia-danh", "ngay", "nguoi-ky", "don-vi-soan-thao"]);
  });

  test("a subtitle naming the reader ('… của Sở Thông tin và Truyền thông tỉnh') is not the author", () => {
    const grids = tables("cơ quan");
    const g = grids.find((x) => x.name === "Phụ lục I")!;
    (g.rows[2] ??= [])[0] = { value: "(Phục vụ công tác kiểm tra của Sở Thông tin và Truyền thông tỉnh)" };
    expect(metaOf(grids).agency).toBe("UBND ………");
  });
});

describe("the example: its caption and its 'Thông tin văn bản' sheet", () => {
  test("without the sheet: the caption's body, TM. / CHỦ TỊCH, today's recipients, and the details to give named", () => {
    const m = metaOf(tables());
    expect(m).toMatchObject({
      agencyLines: ["ỦY BAN NHÂN DÂN", "THỊ XÃ ĐỨC PHỔ"],
      documentNumber: "Số:      /BC-UBND",
      dateLine: "Đức Phổ, ngày      tháng      năm 2023",
      year: 2023,
      planYear: 2024,
      signerTitleLines: ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"],
      signer: "",
      recipients: ["Sở Khoa học và Công nghệ (b/c);", "Lưu: VT."],
    });
    expect(m.missing).toEqual([
      { key: "so-ky-hieu", vi: "số, ký hiệu (điền khi ban hành)", en: "document number (filled in at issue)" },
      { key: "ngay", vi: "ngày ban hành (điền khi ban hành)", en: "date (filled in at issue)" },
      { key: "nguoi-ky", vi: "người ký", en: "signer" },
      { key: "don-vi-soan-thao", vi: "đơn vị soạn thảo", en: "drafting unit" },
    ]);
  });

  test("with the sheet: a report ready to sign, nothing missing", () => {
    const m = resolveMeta(checkWorkbook(templateGrids()).model);
    expect(m).toMatchObject({
      agencyLines: ["ỦY BAN NHÂN DÂN", "THỊ XÃ ĐỨC PHỔ"],
      documentNumber: "Số: 125/BC-UBND",
      dateLine: "Đức Phổ, ngày 15 tháng 12 năm 2023",
      signerTitleLines: ["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"],
      signer: "Võ Thanh Hùng",
      recipients: [
        "Sở Khoa học và Công nghệ tỉnh Quảng Ngãi (b/c);",
        "CT, các PCT UBND thị xã;",
        "VP: CVP, PCVP, CV Thường;",
        "Phòng VHTT thị xã;",
        "CV Dung-VHTT;",
        "Lưu: VT, VHTT.",
      ],
    });
    expect(m.missing).toEqual([]);
  });
});

describe("precedence: options > the sheet > the caption > defaults", () => {
  const sheet: DocumentDetails = {
    issuingBody: "UBND phường Nghĩa Lộ",
    signer: "Võ Thanh Hùng",
    recipients: ["UBND tỉnh (b/c)"],
  };
  const given: DocumentDetails = { issuingBody: "UBND xã Bình Sơn", signer: "Nguyễn Văn A", recipients: ["Sở Tài chính (b/c)"] };

  test.each<[string, DocumentDetails | undefined, DocumentDetails | undefined, string, string, string]>([
    ["the options", sheet, given, "UBND xã Bình Sơn", "Nguyễn Văn A", "Sở Tài chính (b/c);"],
    ["the sheet", sheet, undefined, "UBND phường Nghĩa Lộ", "Võ Thanh Hùng", "UBND tỉnh (b/c);"],
    ["the caption", undefined, undefined, "UBND thị xã Đức Phổ", "", "Sở Khoa học và Công nghệ (b/c);"],
  ])("%s win", (_, s, g, agencyShort, signer, recipient) => {
    const m = metaOf(tables(), s, g);
    expect([m.agencyShort, m.signer, m.recipients[0]]).toEqual([agencyShort, signer, recipient]);
  });

  test("an option given empty does not wipe out the sheet's value", () => {
    const m = metaOf(tables(), sheet, { signer: "  ", recipients: [] });
    expect([m.signer, m.recipients[0]]).toEqual(["Võ Thanh Hùng", "UBND tỉnh (b/c);"]);
  });

  test("the sheet fills only what the options leave out, field by field", () => {
    const m = metaOf(tables(), { ...EXAMPLE_DETAILS, signer: "Võ Thanh Hùng" }, { date: "05/02/2024" });
    expect(m.dateLine).toBe("Đức Phổ, ngày 05 tháng 02 năm 2024");
    expect(m.signer).toBe("Võ Thanh Hùng");
    expect(m.documentNumber).toBe("Số: 125/BC-UBND");
  });
});

describe("the signature: TM., KT. or the head", () => {
  test.each<[DocumentDetails, string[]]>([
    [{}, ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"]],
    [{ authority: "TM" }, ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"]],
    [{ authority: "KT" }, ["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"]],
    // A deputy's title alone: the deputy signs for the head.
    [{ signerTitle: "Phó Chủ tịch" }, ["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"]],
    // A deputy on behalf of the committee (Decree 30, Phụ lục I): TM., then KT., then the title.
    [{ authority: "TM", signerTitle: "Phó Chủ tịch" }, ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"]],
    [{ authority: "", signerTitle: "Chủ tịch" }, ["CHỦ TỊCH"]],
    [{ issuingBody: "Sở Tài chính", authority: "KT" }, ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"]],
    [{ issuingBody: "Sở Tài chính" }, ["GIÁM ĐỐC"]],
  ])("%j → %j", (given, lines) => {
    expect(metaOf(tables(), undefined, given).signerTitleLines).toEqual(lines);
  });

  test("a body the tool does not know: its title is named missing, the signature left blank", () => {
    const m = metaOf(tables(), undefined, { issuingBody: "Văn phòng HĐND và UBND" });
    expect(m).toMatchObject({
      agencyLines: ["VĂN PHÒNG HĐND VÀ UBND"],
      agencyShort: "Văn phòng HĐND và UBND",
      documentNumber: "Số:      /BC-………",
      signerTitleLines: ["………"],
    });
    expect(keys(m)).toEqual(["so-ky-hieu", "dia-danh", "ngay", "nguoi-ky", "chuc-vu", "don-vi-soan-thao"]);
  });
});

describe("number, date, recipients as given", () => {
  test.each<[string, string]>([
    ["125/BC-UBND", "Số: 125/BC-UBND"],
    ["Số: 125/BC-UBND", "Số: 125/BC-UBND"],
    ["125", "Số: 125/BC-UBND"],
  ])("số, ký hiệu %j → %j", (documentNumber, text) => {
    const m = metaOf(tables(), undefined, { documentNumber });
    expect(m.documentNumber).toBe(text);
    expect(keys(m)).not.toContain("so-ky-hieu");
  });

  test("a ký hiệu without its number is still missing its number", () => {
    const m = metaOf(tables(), undefined, { documentNumber: "/BC-UBND" });
    expect(m.documentNumber).toBe("Số:      /BC-UBND");
    expect(keys(m)).toContain("so-ky-hieu");
  });

  test("the date line: Decree 30's leading zeros, the place given over the body's", () => {
    expect(metaOf(tables(), undefined, { date: "5/2/2024", place: "Sa Huỳnh" }).dateLine).toBe(
      "Sa Huỳnh, ngày 05 tháng 02 năm 2024",
    );
    expect(metaOf(tables(), undefined, { date: "2024-03-09" }).dateLine).toBe("Đức Phổ, ngày 09 tháng 3 năm 2024");
  });

  test("a date that does not exist is no date: left blank and named", () => {
    const m = metaOf(tables(), { date: "31/02/2024" });
    expect(m.dateLine).toBe("Đức Phổ, ngày      tháng      năm 2023");
    expect(keys(m)).toContain("ngay");
  });

  test("recipients: bullets, ';' and a 'Lưu' line tidied; the drafting unit taken from 'Lưu: VT, …'", () => {
    const m = metaOf(tables(), undefined, {
      recipients: ["- Sở Khoa học và Công nghệ (b/c);", "UBND tỉnh Quảng Ngãi; Lưu: VT, VHTT."],
    });
    expect(m.recipients).toEqual(["Sở Khoa học và Công nghệ (b/c);", "UBND tỉnh Quảng Ngãi;", "Lưu: VT, VHTT."]);
    expect(keys(m)).not.toContain("don-vi-soan-thao");
  });

  test("the drafting unit given: 'Lưu: VT, <unit>.' last", () => {
    const m = metaOf(tables(), undefined, { draftingUnit: "VHTT" });
    expect(m.recipients).toEqual(["Sở Khoa học và Công nghệ (b/c);", "Lưu: VT, VHTT."]);
    expect(keys(m)).toEqual(["so-ky-hieu", "ngay", "nguoi-ky"]);
  });
});
