import { draftReport } from "../../../src/core/draft/draft";
import { blockText, draftToText } from "../../../src/core/draft/text";
import type { Block, Draft } from "../../../src/core/draft/types";
import { checkWorkbook } from "../../../src/core/engine";
import { gridFromSpec } from "../../../src/core/grid/fromSpec";
import { type Grid } from "../../../src/core/grid/grid";
import { fromA1 } from "../../../src/core/grid/address";
import { decSum, decToNumber, parseNumberText } from "../../../src/core/number";
import { targetRows } from "../../../src/core/tables/views";
import { parseTarget, phraseTarget } from "../../../src/core/tables/target";
import { exampleTemplate } from "../../../src/core/template/example";
import { buildLayout } from "../../../testkit/forms/build";
import { LAYOUTS } from "../../../testkit/forms/layouts";
import { applyOverrides, figuresSheet, pastedAppendixI, pastedAppendixII, targetsSheet } from "../../../testkit/reportGrids";

function draftOf(grids: Grid[]): { draft: Draft; grids: Grid[] } {
  const { model, report } = checkWorkbook(grids);
  return { draft: draftReport(model, report), grids };
}

const example = () => exampleTemplate().map(gridFromSpec);

function find(d: Draft, re: RegExp): Block {
  const b = [...d.body, ...d.appendices.flat()].find((x) => x.kind !== "table" && re.test(x.text));
  if (!b) throw new Error(`no block matches ${re}`);
  return b;
}

/** The value a cell holds as the checks read it (numbers, or Vietnamese text numbers). */
function cellValue(grids: Grid[], sheet: string, cell: string): number {
  const g = grids.find((x) => x.name === sheet)!;
  const a = fromA1(cell)!;
  const v = g.rows[a.row]?.[a.col]?.value;
  if (typeof v === "number") return v;
  if (typeof v === "string") return parseNumberText(v, "vi")!.value;
  throw new Error(`${sheet}!${cell} holds no number`);
}

describe("drafting the example workbook", () => {
  const { draft } = draftOf(example());

  test("II.1.2 d) carries 8.962,46 = 6.100 + 892,46 + 1.970 in the report's sentence", () => {
    const b = find(draft, /^Tổng kinh phí chi cho công tác chuyển đổi số/);
    expect(b.kind === "paragraph" && b.text).toBe(
      "Tổng kinh phí chi cho công tác chuyển đổi số từ năm 2021 đến 2023 là: 8.962,46 triệu đồng; trong đó: năm 2021: 6.100 triệu đồng, năm 2022: 892,46 triệu đồng, năm 2023: 1.970 triệu đồng.",
    );
    expect(draftToText(draft)).toContain("(Chi tiết theo Phụ lục I đính kèm).");
  });

  test("II.1.2 b) online public services per level, as the report writes them", () => {
    const b = find(draft, /^- Tổng số dịch vụ công trực tuyến/);
    const t = blockText(b)[0];
    expect(t).toContain("là 134 TTHC (cấp huyện 83, cấp xã 51)");
    expect(t).toContain(
      "Bộ phận một cửa thị xã tiếp nhận 1.050 hồ sơ trực tuyến/tổng số 1.710 hồ sơ, chiếm tỷ lệ 61,4% (mức độ 3 là 310/845, mức độ 4 là 740/865)",
    );
    expect(t).toContain(
      "tiếp nhận 18.923 hồ sơ trực tuyến/tổng số 46.357 hồ sơ, chiếm tỷ lệ 40,82% (mức độ 3 là 11.931/37.703, mức độ 4 là 6.992/8.654)",
    );
  });

  test("IV.3 carries 13.570 and the split by group", () => {
    const b = find(draft, /^Tổng kinh phí khoảng/);
    expect(blockText(b)[0]).toMatch(
      /^Tổng kinh phí khoảng 13\.570 triệu đồng \(theo Phụ lục II đính kèm\); trong đó: nhóm phát triển chính quyền số: 4\.420 triệu đồng; nhóm phát triển kinh tế số, xã hội số: 250 triệu đồng; đảm bảo an toàn/,
    );
  });

  test("the targets list carries every target of the Chỉ tiêu sheet, phrased as people write them", () => {
    const { model } = checkWorkbook(example());
    const t = model.tables.find((x) => x.kind === "targets")!;
    const text = draftToText(draft);
    for (const row of targetRows(t)) {
      if (row.target) expect(text.toLocaleLowerCase("vi")).toContain(phraseTarget(row.target).toLocaleLowerCase("vi"));
      const indicator = row.indicator.replace(/[.;]\s*$/, "");
      // Rank and reduction targets are turned into sentences (below); every other indicator is quoted whole.
      if (row.target?.op === "rank" || / được giảm tối đa/.test(indicator)) continue;
      expect(text.toLocaleLowerCase("vi")).toContain(indicator.toLocaleLowerCase("vi"));
    }
    expect(text).toContain("- Năm 2024, phấn đấu chỉ số chuyển đổi số của thị xã nằm trong nhóm 3/13 huyện, thị xã, thành phố.");
    expect(text).toContain(
      "- Giảm tối đa từ 60% đến 80% việc sử dụng tài liệu giấy tại các cuộc họp và các văn bản chỉ đạo, điều hành của thị xã (trừ văn bản mật).",
    );
    expect(text).toContain("- 80% trở lên hồ sơ công việc xã, phường");
    expect(text).toContain("- Trên 50% dân số có tài khoản thanh toán điện tử.");
    expect(text).toContain("- Từ 30% đến 50% xã có hệ thống thông tin truyền thanh cơ sở");
    expect(text).toContain("nhóm 3/13");
    expect(text).toContain("a) Phát triển Chính quyền số");
    expect(text).toContain("d) Bảo đảm an toàn thông tin");
  });

  test("both appendices as tables with sub-totals and total", () => {
    expect(draft.appendices).toHaveLength(2);
    const [pl1, pl2] = draft.appendices.map((a) => a[1]);
    expect(pl1.kind === "table" && pl1.rows.map((r) => r.cells[3])).toEqual([
      "6.992,46",
      "6.100",
      "92,46",
      "480",
      "120",
      "200",
      "1.970",
      "120",
      "300",
      "700",
      "300",
      "550",
      "8.962,46",
    ]);
    expect(pl2.kind === "table" && pl2.rows.filter((r) => r.role !== "item").map((r) => r.cells[3])).toEqual([
      "4.420",
      "250",
      "750",
      "150",
      "8.000",
      "13.570",
    ]);
  });

  test("a clean workbook drafts with no unverified marker", () => {
    expect(draft.unverified).toEqual([]);
    expect(draftToText(draft)).not.toContain("CHƯA KHỚP");
  });
});

describe("every number in a draft equals a model value", () => {
  const cases: [string, () => Grid[]][] = [
    ["the example template", example],
    ["the report pasted from Word", () => [pastedAppendixI(), pastedAppendixII(), figuresSheet(), targetsSheet()]],
  ];
  test.each(cases)("%s", (_name, mk) => {
    const { kinds, count } = walk(mk());
    expect(count).toBeGreaterThan(60);
    // Every kind of source was walked back: cells, sums the drafter made (spending per year), targets.
    expect(kinds.cell).toBeGreaterThan(40);
    expect(kinds.sum).toBeGreaterThanOrEqual(3);
    expect(kinds.target).toBeGreaterThan(5);
  });
  // The public forms (a commune's budget, a province's plans …) draft through the same engine.
  test.each(LAYOUTS.map((l) => [l.id, l] as const))("form %s", (_id, layout) => {
    const { count } = walk([gridFromSpec(buildLayout(layout).spec)]);
    expect(count).toBeGreaterThan(3);
  });

  function walk(input: Grid[]): { kinds: Record<"cell" | "sum" | "target", number>; count: number } {
    const { draft, grids } = draftOf(input);
    let count = 0;
    const kinds = { cell: 0, sum: 0, target: 0 };
    for (const b of [...draft.body, ...draft.appendices.flat()]) {
      for (const n of b.numbers) {
        count++;
        kinds[n.source.kind]++;
        if (n.source.kind === "target") {
          const g = grids.find((x) => x.name === (n.source as { sheet: string }).sheet)!;
          const a = fromA1(n.source.cell)!;
          const t = parseTarget(g.rows[a.row]![a.col]!.value as string)!;
          expect([t.value, t.lo, t.hi, t.rank, t.of]).toContain(n.value);
          continue;
        }
        const expected =
          n.source.kind === "cell"
            ? cellValue(grids, n.source.sheet, n.source.cell)
            : decToNumber(decSum(n.source.cells.map((c) => cellValue(grids, c.sheet, c.cell))));
        expect(n.value).toBeCloseTo(expected, 9);
        // The text is that value in Vietnamese notation, rounded as the cell shows it.
        const p = parseNumberText(n.text, "vi")!;
        expect(Math.abs(p.value - expected)).toBeLessThanOrEqual(0.5 * 10 ** -p.decimals + 1e-9);
      }
      // Nothing else in the text is a digit that did not come from the workbook.
      const pieces = [...b.quoted, ...b.numbers.map((n) => n.text)].sort((x, y) => y.length - x.length);
      if (b.kind === "table") {
        // A table cell is a copied text or a traced number, whole.
        const whole = new Set(pieces);
        for (const c of [b.title, ...b.rows.flatMap((r) => r.cells)]) if (/\d/.test(c)) expect(whole.has(c)).toBe(true);
        continue;
      }
      for (let t of [b.text]) {
        for (const q of pieces) t = t.split(q).join(" ");
        t = t
          .replace(/^(II|IV|\d+(\.\d+)*)\.\s/, "")
          .replace(/PHỤ LỤC I+|Phụ lục I+/g, "")
          .replace(/NĂM \d{4} VÀ KINH PHÍ/, "");
        expect(t).not.toMatch(/\d/);
      }
    }
    return { kinds, count };
  }
});

describe("a failed check still drafts, with a visible marker", () => {
  test("a sub-total typed over its formula: the spending paragraph and Phụ lục I are marked", () => {
    const grids = example();
    applyOverrides(grids[0], { D12: 1907 });
    const { draft } = draftOf(grids);
    expect(draft.unverified).toEqual([expect.objectContaining({ sheet: "Phụ lục I", cell: "D12" })]);
    const spending = find(draft, /^Tổng kinh phí chi cho/);
    expect(blockText(spending)[0]).toContain("[CHƯA KHỚP — kiểm tra Phụ lục I!D12]");
    const pl1 = draft.appendices[0][1];
    expect(pl1.unverified).toHaveLength(1);
    // The budget paragraph draws on Phụ lục II only: not marked.
    expect(blockText(find(draft, /^Tổng kinh phí khoảng/))[0]).not.toContain("CHƯA KHỚP");
  });

  test("a wrong rate marks the online-services paragraph", () => {
    const grids = example();
    const g = grids.find((x) => x.name === "Số liệu")!;
    applyOverrides(g, { E6: 64.1 });
    const { draft } = draftOf(grids);
    expect(blockText(find(draft, /^- Tổng số dịch vụ công/))[0]).toContain("chiếm tỷ lệ 64,1% ");
    expect(blockText(find(draft, /^- Tổng số dịch vụ công/))[0]).toContain("CHƯA KHỚP — kiểm tra Số liệu!E6");
  });

  test('the pasted report\'s "92,460" is written 92,46', () => {
    const { draft } = draftOf([pastedAppendixI()]);
    expect(draftToText(draft)).toContain("năm 2022: 892,46 triệu đồng");
    expect(draftToText(draft)).toContain("| 92,46 |");
  });
});

test("agency, place and years come from the appendices' captions", () => {
  const { draft } = draftOf(example());
  expect(draft.meta).toMatchObject({
    agency: "UBND THỊ XÃ ĐỨC PHỔ",
    agencyShort: "UBND thị xã Đức Phổ",
    place: "Đức Phổ",
    year: 2023,
    planYear: 2024,
  });
  expect(draft.meta.title).toBe("Kết quả thực hiện công tác chuyển đổi số trên địa bàn thị xã năm 2023");
});
