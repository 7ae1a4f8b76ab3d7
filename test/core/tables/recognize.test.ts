import { checkWorkbook } from "../../../src/core/engine";
import { gridFromSpec } from "../../../src/core/grid/fromSpec";
import { recognize } from "../../../src/core/tables/recognize";
import { type GroupView, appendixView, figureRows, targetRows } from "../../../src/core/tables/views";
import { decSum, decToString } from "../../../src/core/number";
import { exampleTemplate } from "../../../src/core/template/example";
import { figuresSheet, pastedAppendixI, pastedAppendixII, targetsSheet } from "../../../testkit/reportGrids";

/** What a group's items add up to (their amounts, or their parts' when they state none). */
function itemsSum(g: GroupView): string {
  const values: number[] = [];
  const walk = (it: GroupView["items"][number]) => {
    if (it.amount.status === "number" || it.amount.status === "text") values.push(it.amount.value);
    else it.children.forEach(walk);
  };
  g.items.forEach(walk);
  return decToString(decSum(values));
}

describe("Phụ lục I as pasted from Word", () => {
  const model = recognize([pastedAppendixI()]);
  const table = model.tables[0];
  const t = { ...table, ...appendixView(table) };

  test("one appendix table with its title, unit and both period groups", () => {
    expect(model.tables).toHaveLength(1);
    expect(t.kind).toBe("appendix");
    expect(t.title[0]).toBe("PHỤ LỤC I");
    expect(t.unit).toBe("triệu đồng");
    expect(t.groups.map((g) => g.label)).toEqual(["Từ năm 2021-2022", "Năm 2023"]);
  });

  test("the repeated header does not break the table: Năm 2023 keeps all five items", () => {
    expect(t.groups[1].items.map((i) => i.tt)).toEqual(["1", "2", "3", "4", "5"]);
    expect(t.groups[1].items[4].row).toBe(20);
    expect(t.lastRow).toBe(20);
  });

  test('"92,460" is read as 92,46 and the 2021–2022 group checks out at 6.992,46', () => {
    const ioc = t.groups[0].items[1];
    expect(ioc.amount.value).toBe(92.46);
    expect(ioc.amount.alt).toBe(92460);
    expect(itemsSum(t.groups[0])).toBe("6992.46");
    expect(t.groups[0].stated?.value).toBe(6992.46);
  });

  test("1.970 for 2023 and 8.962,46 in all", () => {
    expect(itemsSum(t.groups[1])).toBe("1970");
    expect(decToString(decSum(t.groups.map((g) => g.stated!.value)))).toBe("8962.46");
  });

  test("the real report gives no error, only the text-number and ambiguity warnings", () => {
    const { report } = checkWorkbook([pastedAppendixI()]);
    expect(report.summary.errors).toBe(0);
    const codes = new Set(report.findings.map((f) => f.code));
    expect([...codes].sort()).toEqual(["AMBIGUOUS_NUMBER", "NUMBER_AS_TEXT"]);
    const amb = report.findings.filter((f) => f.code === "AMBIGUOUS_NUMBER");
    expect(amb).toHaveLength(1);
    expect(amb[0]).toMatchObject({ sheet: "Phụ lục I", cell: "D10", stated: 92.46 });
  });
});

describe("Phụ lục II as pasted from Word", () => {
  const table = recognize([pastedAppendixII()]).tables[0];
  const t = { ...table, ...appendixView(table) };

  test("two-row merged header: amount is the Kinh phí column under Kinh phí và nguồn vốn", () => {
    expect(t.amountCol).toBe(4);
    expect(t.numeric.map((c) => c.path)).toEqual([["Kinh phí và nguồn vốn", "Kinh phí"]]);
    expect(t.source).toBe(5);
    expect(t.headerTop).toBe(4);
    expect(t.headerBottom).toBe(5);
  });

  test("Roman groups I–V with their items across repeated headers, and the Tổng cộng line", () => {
    expect(t.groups.map((g) => [g.tt, g.items.length])).toEqual([
      ["I", 6],
      ["II", 2],
      ["III", 1],
      ["IV", 1],
      ["V", 2],
    ]);
    expect(t.total?.amount.value).toBe(13570);
    expect(t.total?.row).toBe(35);
  });

  test("13.570 is the sum of groups I–V; the note after the table is not an item", () => {
    expect(decToString(decSum(t.groups.map(itemsSum).map(Number)))).toBe("13570");
    const { report } = checkWorkbook([pastedAppendixII()]);
    expect(report.summary.errors).toBe(0);
  });
});

describe("figures and targets", () => {
  test("parts 1.1 / 1.2 belong to 1; counts without denominators", () => {
    const table = recognize([figuresSheet()]).tables[0];
    expect(table.kind).toBe("figures");
    const f = { rows: figureRows(table) };
    const one = f.rows.find((r) => r.tt === "1")!;
    expect(one.children.map((i) => f.rows[i].tt)).toEqual(["1.1", "1.2"]);
    const three = f.rows.find((r) => r.tt === "3")!;
    expect(three.den?.status).toBe("empty");
    expect(three.children).toHaveLength(2);
    expect(checkWorkbook([figuresSheet()]).report.findings).toEqual([]);
  });

  test("targets keep their group down the column and parse as people write them", () => {
    const table = recognize([targetsSheet()]).tables[0];
    expect(table.kind).toBe("targets");
    const t = { rows: targetRows(table) };
    expect(t.rows).toHaveLength(8);
    expect(t.rows[2].group).toBe("a) Phát triển Chính quyền số");
    expect(t.rows.map((r) => r.target?.op)).toEqual(["rank", "eq", "ge", "range", "gt", "range", "range", undefined]);
    expect(t.rows[5].target).toMatchObject({ lo: 30, hi: 50, percent: true });
    expect(t.rows[6].target).toMatchObject({ lo: 10, hi: 15, percent: false });
  });
});

describe("several tables anywhere, in one workbook", () => {
  test("all four sheets of the example template are recognised and check clean", () => {
    const grids = exampleTemplate().map(gridFromSpec);
    const { model, report } = checkWorkbook(grids);
    expect(model.tables.map((t) => [t.sheet, t.kind])).toEqual([
      ["Phụ lục I", "appendix"],
      ["Phụ lục II", "appendix"],
      ["Số liệu", "figures"],
      ["Chỉ tiêu 2024", "targets"],
    ]);
    expect(report.findings).toEqual([]);
  });

  test("two tables on one sheet, placed away from A1", () => {
    const a = pastedAppendixI();
    const b = figuresSheet();
    // Put the figures table 5 rows below the appendix, shifted 2 columns right.
    const rows = [...a.rows];
    b.rows.forEach((r, i) => {
      if (r) rows[26 + i] = [undefined, undefined, ...r];
    });
    const { model } = checkWorkbook([{ name: "Tất cả", rows }]);
    expect(model.tables.map((t) => t.kind)).toEqual(["appendix", "figures"]);
    const f = model.tables[1];
    expect(f.numeric.find((c) => c.measure === "num")?.col).toBe(4);
    expect(figureRows(f)[0].num.value).toBe(1050);
  });

  test("headers match whatever their case, accents or Unicode form", () => {
    const g = pastedAppendixI();
    const header = g.rows[6]!;
    header[0] = { value: "stt" };
    header[1] = { value: "NỘI DUNG".normalize("NFD") };
    header[3] = { value: "kinh phi (trieu dong)" };
    const t = appendixView(recognize([g]).tables[0]);
    expect(t.amountCol).toBe(3);
    expect(t.groups).toHaveLength(2);
  });
});
