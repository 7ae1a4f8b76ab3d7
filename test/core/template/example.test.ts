import { type CellValue } from "../../../src/core/grid/grid";
import { fromA1, rectFromA1, toA1 } from "../../../src/core/grid/address";
import type { SheetSpec, SpecCell } from "../../../src/core/grid/spec";
import { DETAILS_SHEET } from "../../../src/core/draft/detailsSheet";
import {
  exampleTemplate,
  SHEET_APPENDIX_I,
  SHEET_APPENDIX_II,
  SHEET_FIGURES,
  SHEET_TARGETS,
} from "../../../src/core/template/example";
import {
  appendixI,
  appendixII,
  figures,
  reportMeta,
  spendingByYearStated,
  targets,
  type FigureRow,
} from "../../../src/core/template/reportData";

/** Integer hundredths: no float drift. */
const h = (n: number) => Math.round(n * 100);
const sumH = (ns: number[]) => ns.reduce((s, n) => s + h(n), 0);

const sheets = exampleTemplate();
const sheet = (name: string): SheetSpec => {
  const s = sheets.find((x) => x.name === name);
  if (!s) throw new Error("no sheet " + name);
  return s;
};
const cellOf = (s: SheetSpec, addr: string): SpecCell | undefined => {
  const p = fromA1(addr)!;
  return s.cells.find((c) => c.row === p.row && c.col === p.col);
};

/* A tiny evaluator for the formula shapes the template uses. */
function num(v: CellValue | undefined): number {
  if (typeof v === "number") return v;
  if (v === null || v === undefined || v === "") return 0;
  throw new Error("not a number: " + JSON.stringify(v));
}
function evaluate(s: SheetSpec, formula: string): number {
  const f = formula.replace(/^=/, "").replace(/\s+/g, "");
  const get = (a: string) => num(cellOf(s, a)?.value);
  let m = /^SUM\(([A-Z]+\d+):([A-Z]+\d+)\)$/i.exec(f);
  if (m) {
    const r = rectFromA1(`${m[1]}:${m[2]}`)!;
    let t = 0;
    for (let row = r.top; row <= r.bottom; row++) for (let col = r.left; col <= r.right; col++) t += get(toA1(row, col));
    return t;
  }
  m = /^([A-Z]+\d+)\/([A-Z]+\d+)\*100$/i.exec(f);
  if (m) return (get(m[1]) / get(m[2])) * 100;
  if (/^[A-Z]+\d+(\+[A-Z]+\d+)+$/i.test(f)) return f.split("+").reduce((t, a) => t + get(a), 0);
  throw new Error("formula shape not handled: " + formula);
}

describe("report data adds up", () => {
  test("Phụ lục I: groups, total, spending by year (integer hundredths)", () => {
    for (const g of appendixI.groups) expect(sumH(g.items.map((i) => i.amount))).toBe(h(g.statedTotal));
    expect(appendixI.groups.map((g) => g.statedTotal)).toEqual([6992.46, 1970]);
    expect(sumH(appendixI.groups.map((g) => g.statedTotal))).toBe(h(appendixI.statedTotal));
    expect(h(appendixI.statedTotal)).toBe(896246);
    // 8.962,46 = 6.100 + 892,46 + 1.970
    expect(sumH([6100, 892.46, 1970])).toBe(h(8962.46));
    const all = appendixI.groups.flatMap((g) => g.items);
    for (const y of spendingByYearStated) {
      expect(sumH(all.filter((i) => i.progress === String(y.year)).map((i) => i.amount))).toBe(h(y.amount));
    }
    expect(sumH(spendingByYearStated.map((y) => y.amount))).toBe(h(8962.46));
    expect(appendixI.groups[0].items[1].amount).toBe(92.46);
  });

  test("Phụ lục II: 13.570 = sum of groups I–V", () => {
    expect(appendixII.groups.map((g) => g.stt)).toEqual(["I", "II", "III", "IV", "V"]);
    const groupSums = appendixII.groups.map((g) => g.items.reduce((s, i) => s + i.amount, 0));
    expect(groupSums).toEqual([4420, 250, 750, 150, 8000]);
    expect(groupSums.reduce((a, b) => a + b, 0)).toBe(appendixII.statedTotal);
    expect(appendixII.statedTotal).toBe(13570);
    for (const g of appendixII.groups) for (const i of g.items) expect(i.period).toBe("2024");
  });

  test("figures: parents equal the sum of their parts", () => {
    const byTt = new Map<string, FigureRow>();
    for (const f of figures) {
      byTt.set(f.tt, f);
      for (const p of f.parts ?? []) byTt.set(p.tt, p);
    }
    const n = (tt: string) => byTt.get(tt)!.numerator!;
    const d = (tt: string) => byTt.get(tt)!.denominator!;
    expect(n("1")).toBe(1050);
    expect(n("1.1") + n("1.2")).toBe(1050);
    expect(d("1")).toBe(1710);
    expect(d("1.1") + d("1.2")).toBe(1710);
    expect(n("2.1") + n("2.2")).toBe(18923);
    expect(d("2.1") + d("2.2")).toBe(46357);
    expect(n("3.1") + n("3.2")).toBe(134);
    expect(n("4.1") + n("4.2") + n("4.3")).toBe(99);
    expect(n("5.1") + n("5.2") + n("5.3")).toBe(615);
    expect(n("6.1") + n("6.2")).toBe(31);
    for (const f of figures) {
      if (!f.parts?.length) continue;
      expect(f.parts.reduce((s, p) => s + (p.numerator ?? 0), 0)).toBe(f.numerator);
      if (f.denominator !== undefined) expect(f.parts.reduce((s, p) => s + (p.denominator ?? 0), 0)).toBe(f.denominator);
    }
    // stated rates agree with their parts at the decimals shown: 61,4 and 40,82
    const rated = figures.filter((f) => f.rate !== undefined && f.numerator !== undefined && f.denominator !== undefined);
    expect(rated.map((f) => f.rate)).toEqual([61.4, 40.82]);
    for (const f of rated) {
      const k = 10 ** (f.rateDecimals ?? 2);
      expect(Math.round((f.numerator! / f.denominator!) * 100 * k) / k).toBe(f.rate);
    }
    expect(byTt.get("8")!.numerator).toBe(49634181598);
  });

  test("metadata", () => {
    expect(reportMeta.agency).toBe("UBND THỊ XÃ ĐỨC PHỔ");
    expect(reportMeta.place).toBe("Đức Phổ");
    expect(reportMeta.year).toBe(2023);
    expect(reportMeta.signer).toBe("Võ Thanh Hùng");
    expect(reportMeta.signerTitle).toBe("KT. CHỦ TỊCH / PHÓ CHỦ TỊCH");
    expect(reportMeta.recipients).toHaveLength(6);
    expect(reportMeta.recipients[reportMeta.recipients.length - 1]).toBe("Lưu: VT.");
  });
});

describe("targets of section III.1", () => {
  const texts = targets.map((t) => t.target);

  test("every group, every bullet", () => {
    const count = (g: string) => targets.filter((t) => t.group === g).length;
    // a) 14 bullets, one holding two targets; b) 2 bullets, one split; c) 7, one split; d) 5
    expect([count("a"), count("b"), count("c"), count("d")]).toEqual([15, 3, 8, 5]);
    expect(targets).toHaveLength(31);
    for (const t of ["nhóm 3/13", "95%", "80% trở lên", "70%", "30% đến 50%", "60% - 80%", "40%", "80%"])
      expect(texts).toContain(t);
    for (const t of ["10 đến 15", "trên 50%", "trên 60%", "60%", "100%"]) expect(texts).toContain(t);
    expect(texts.filter((t) => t === "trên 60%")).toHaveLength(2);
  });

  test("split bullets give two rows with the right units", () => {
    const hoSo = targets.filter((t) => t.source.startsWith("95% hồ sơ"));
    expect(hoSo.map((t) => t.target)).toEqual(["95%", "80% trở lên"]);
    const nn = targets.filter((t) => t.source.startsWith("80% hộ sản xuất"));
    expect(nn.map((t) => [t.target, t.unit])).toEqual([
      ["80%", "%"],
      ["10 đến 15", "lượt"],
    ]);
    const cq = targets.filter((t) => t.source.startsWith("Hạ tầng mạng băng rộng"));
    expect(cq.map((t) => t.target)).toEqual(["trên 60%", "100%"]);
  });

  test("qualitative bullets keep their text with an empty target", () => {
    const q = targets.filter((t) => t.target === "");
    expect(q.map((t) => t.indicator.slice(0, 20))).toEqual([
      "Tăng cường phát triể",
      "Phổ cập dịch vụ mạng",
      "Triển khai thực hiện",
    ]);
    for (const t of q) expect(t.unit).toBe("");
  });

  test("units: % for percentages, lượt for counts", () => {
    for (const t of targets) {
      if (t.target.includes("%")) expect(t.unit).toBe("%");
      else if (t.target === "10 đến 15") expect(t.unit).toBe("lượt");
      else expect(t.unit).toBe("");
      expect(t.indicator).not.toMatch(/^\s|\s$|[^.]\.$/);
      expect(t.indicator[0]).toBe(t.indicator[0].toLocaleUpperCase("vi"));
    }
  });
});

describe("exampleTemplate()", () => {
  test("four sheets of tables and the document's details, Times New Roman 13, A4", () => {
    expect(sheets.map((s) => s.name)).toEqual([SHEET_APPENDIX_I, SHEET_APPENDIX_II, SHEET_FIGURES, SHEET_TARGETS, DETAILS_SHEET]);
    expect(sheets.map((s) => s.name)).toEqual(["Phụ lục I", "Phụ lục II", "Số liệu", "Chỉ tiêu 2024", "Thông tin văn bản"]);
    for (const s of sheets) {
      expect(s.font).toEqual({ name: "Times New Roman", size: 13 });
      expect(s.page?.paperSize).toBe("A4");
    }
    // The rows repeated on every printed page are the header rows: TT/STT in column A.
    expect(sheets.map((s) => s.printTitleRows)).toEqual([
      { first: 4, last: 4 },
      { first: 4, last: 5 },
      { first: 4, last: 4 },
      { first: 4, last: 4 },
      { first: 3, last: 3 },
    ]);
    for (const s of sheets) expect(["TT", "STT", "Thông tin"]).toContain(cellOf(s, `A${s.printTitleRows!.first + 1}`)?.value);
  });

  test("every formula's value is what the formula gives", () => {
    let n = 0;
    for (const s of sheets) {
      for (const c of s.cells) {
        if (!c.formula) continue;
        n++;
        expect(typeof c.value).toBe("number");
        expect(c.value as number).toBeCloseTo(evaluate(s, c.formula), 9);
      }
    }
    expect(n).toBeGreaterThan(20);
  });

  test("Phụ lục I layout", () => {
    const s = sheet(SHEET_APPENDIX_I);
    expect(cellOf(s, "A1")?.value).toBe("PHỤ LỤC I");
    expect(cellOf(s, "A4")?.value).toBe("Đơn vị tính: Triệu đồng.");
    expect(["A5", "B5", "C5", "D5", "E5"].map((a) => cellOf(s, a)?.value)).toEqual([
      "TT",
      "Nội dung/Nhiệm vụ/Dự án",
      "Kết quả, tiến độ thực hiện",
      "Kinh phí",
      "Ghi chú",
    ]);
    expect(cellOf(s, "B6")?.value).toBe("Từ năm 2021-2022");
    expect(cellOf(s, "D6")).toMatchObject({ formula: "=SUM(D7:D11)", value: 6992.46, numberFormat: "#,##0.00" });
    expect(cellOf(s, "D12")).toMatchObject({ formula: "=SUM(D13:D17)", value: 1970, numberFormat: "#,##0" });
    expect(cellOf(s, "B18")).toMatchObject({ value: "Tổng cộng", bold: true });
    expect(cellOf(s, "D18")).toMatchObject({ formula: "=D6+D12", value: 8962.46 });
    expect(cellOf(s, "D7")).toMatchObject({ value: 6100, numberFormat: "#,##0", align: "right" });
    expect(cellOf(s, "D8")).toMatchObject({ value: 92.46, numberFormat: "#,##0.00" });
    expect(cellOf(s, "C7")).toMatchObject({ value: "2021", numberFormat: "@" });
    expect(s.printTitleRows).toEqual({ first: 4, last: 4 });
    expect(s.merges).toContainEqual({ top: 0, left: 0, bottom: 0, right: 4 });
  });

  test("Phụ lục II layout", () => {
    const s = sheet(SHEET_APPENDIX_II);
    expect(cellOf(s, "E5")?.value).toBe("Kinh phí và nguồn vốn");
    expect(cellOf(s, "E6")?.value).toBe("Kinh phí");
    expect(cellOf(s, "F6")?.value).toBe("Nguồn vốn");
    expect(s.merges).toContainEqual(rectFromA1("E5:F5"));
    for (const col of ["A", "B", "C", "D", "G"]) expect(s.merges).toContainEqual(rectFromA1(`${col}5:${col}6`));
    expect(cellOf(s, "A7")?.value).toBe("I");
    expect(cellOf(s, "E7")).toMatchObject({ formula: "=SUM(E8:E13)", value: 4420 });
    const total = cellOf(s, "E24")!;
    expect(cellOf(s, "A24")?.value).toBe("Tổng cộng:");
    expect(total).toMatchObject({ formula: "=E7+E14+E17+E19+E21", value: 13570 });
    expect(s.merges).toContainEqual(rectFromA1("A24:D24"));
    expect(s.printTitleRows).toEqual({ first: 4, last: 5 });
  });

  test("Số liệu layout", () => {
    const s = sheet(SHEET_FIGURES);
    expect(["A5", "B5", "C5", "D5", "E5", "F5"].map((a) => cellOf(s, a)?.value)).toEqual([
      "TT",
      "Chỉ số",
      "Tử số",
      "Mẫu số",
      "Tỷ lệ (%)",
      "Ghi chú",
    ]);
    expect(cellOf(s, "A6")?.value).toBe("1");
    expect(cellOf(s, "A7")?.value).toBe("1.1");
    expect(cellOf(s, "C6")).toMatchObject({ formula: "=C7+C8", value: 1050 });
    expect(cellOf(s, "D6")).toMatchObject({ formula: "=D7+D8", value: 1710 });
    expect(cellOf(s, "E6")).toMatchObject({ formula: "=C6/D6*100", numberFormat: "0.0" });
    expect(cellOf(s, "E6")!.value).toBe((1050 / 1710) * 100);
    expect(cellOf(s, "E9")).toMatchObject({ formula: "=C9/D9*100", numberFormat: "0.00" });
    expect(cellOf(s, "E7")).toMatchObject({ formula: "=C7/D7*100", numberFormat: "0.00" });
    expect(cellOf(s, "C12")).toMatchObject({ formula: "=C13+C14", value: 134 });
    const tts = s.cells.filter((c) => c.col === 0 && c.row >= 5).map((c) => c.value);
    expect(tts.every((v) => typeof v === "string")).toBe(true);
    const rows = s.cells.filter((c) => c.col === 1 && c.row >= 5).map((c) => c.value);
    const rateOf = (indicator: string) => {
      const r = s.cells.find((c) => c.col === 1 && c.value === indicator)!.row;
      return s.cells.find((c) => c.row === r && c.col === 4)!;
    };
    expect(rows).toContain("Số tiền thanh toán trực tuyến (đồng)");
    expect(rateOf("Tỷ lệ giải quyết hồ sơ cho người dân và doanh nghiệp trong 02 năm")).toMatchObject({
      value: 94.75,
      numberFormat: "0.00",
    });
    expect(rateOf("Tỷ lệ xử lý văn bản, hồ sơ công việc trên môi trường mạng")).toMatchObject({ value: 100 });
  });

  test("Chỉ tiêu 2024 layout: every target as text", () => {
    const s = sheet(SHEET_TARGETS);
    expect(["A5", "B5", "C5", "D5", "E5", "F5"].map((a) => cellOf(s, a)?.value)).toEqual([
      "TT",
      "Nhóm",
      "Chỉ tiêu",
      "Mục tiêu",
      "Đơn vị",
      "Thực hiện",
    ]);
    const body = (col: number) => s.cells.filter((c) => c.col === col && c.row >= 5).sort((a, b) => a.row - b.row);
    expect(body(0).map((c) => c.value)).toEqual(targets.map((_, i) => i + 1));
    expect(body(1).every((c) => typeof c.value === "string" && /^[a-d]\) /.test(c.value))).toBe(true);
    expect(body(1)[0].value).toBe("a) Phát triển Chính quyền số, nâng cao hiệu quả, hiệu lực hoạt động các cơ quan nhà nước");
    const goals = body(3);
    for (const c of goals) expect(c.numberFormat).toBe("@");
    const values = goals.map((c) => c.value);
    for (const t of ["nhóm 3/13", "80% trở lên", "30% đến 50%", "60% - 80%", "10 đến 15", "trên 50%", "trên 60%"])
      expect(values).toContain(t);
    expect(values.filter((v) => v !== null)).toHaveLength(targets.filter((t) => t.target !== "").length);
    expect(s.merges.filter((m) => m.top >= 5)).toEqual([]);
  });

  test("text starting with = + - @ is written as text (forceText); other text is not", () => {
    // The report's own texts start with none of these characters, so plant one of each in the data
    // the builder reads (a note, a funding source, a target, a figure's note), then put it back.
    const item = appendixI.groups[0].items[0];
    const planItem = appendixII.groups[0].items[0];
    const target = targets[1];
    const figure = figures[0];
    const saved = { note: item.note, source: planItem.fundingSource, target: target.target, figureNote: figure.note };
    let planted: SheetSpec[];
    try {
      item.note = "- Nguồn vốn ngân sách thị xã";
      planItem.fundingSource = "+ Ngân sách tỉnh";
      target.target = "=95%";
      figure.note = "@ Từ năm 2022 đến nay";
      planted = exampleTemplate();
    } finally {
      item.note = saved.note;
      planItem.fundingSource = saved.source;
      target.target = saved.target;
      figure.note = saved.figureNote;
    }
    const want: [string, string, string][] = [
      [SHEET_APPENDIX_I, "E7", "- Nguồn vốn ngân sách thị xã"],
      [SHEET_APPENDIX_II, "F8", "+ Ngân sách tỉnh"],
      [SHEET_TARGETS, "D7", "=95%"],
      [SHEET_FIGURES, "F6", "@ Từ năm 2022 đến nay"],
    ];
    for (const [name, a1, value] of want) {
      const c = cellOf(planted.find((x) => x.name === name) as SheetSpec, a1);
      expect({ name, a1, value: c?.value, forceText: c?.forceText, formula: c?.formula }).toEqual({
        name,
        a1,
        value,
        forceText: true,
        formula: undefined,
      });
    }
    // The data is back as it was; the template itself has no such text, and no forceText at all.
    expect(exampleTemplate()).toEqual(sheets);
    const texts = sheets.flatMap((s) => s.cells.filter((c) => typeof c.value === "string" && !c.formula));
    expect(texts.length).toBeGreaterThan(300);
    expect(texts.filter((c) => c.forceText)).toEqual([]);
  });

  test("table cells are bordered, header cells bold and centred", () => {
    for (const s of sheets) {
      const headerLast = s.printTitleRows!.last;
      for (const c of s.cells) {
        if (c.row < 4) continue;
        expect(c.border).toBe(true);
        if (c.row <= headerLast) expect(c).toMatchObject({ bold: true, align: "center", wrap: true });
      }
    }
  });
});
