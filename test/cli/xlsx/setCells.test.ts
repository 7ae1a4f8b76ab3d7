/**
 * setCells: the province's total written into the form's own package — the edited cells' values
 * replaced (style and formula kept, a text cell becoming a number), missing cells and rows inserted
 * in order, every other byte of the sheet and every other part kept; real packages with charts
 * kept whole; the packages it refuses (macro-enabled, an unknown sheet, cells without addresses).
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import { writeXlsx } from "../../../src/cli/writeXlsx";
import { FormatError } from "../../../src/cli/xlsx/errors";
import { readXlsx } from "../../../src/cli/xlsx/readXlsx";
import { setCells, type CellEdits } from "../../../src/cli/xlsx/setCells";
import { ZipReader } from "../../../src/cli/xlsx/zip";
import { fromA1 } from "../../../src/core/grid/address";
import { cellAt, type Grid } from "../../../src/core/grid/grid";
import { exampleTemplate } from "../../../src/core/template/example";

const PACKAGES = join(__dirname, "..", "..", "fixtures", "packages");

const key = (a1: string) => {
  const p = fromA1(a1)!;
  return p.row * 16384 + p.col;
};
const edits = (sheet: string, cells: Record<string, number | null>): CellEdits =>
  new Map([[sheet, new Map(Object.entries(cells).map(([a1, v]) => [key(a1), v]))]]);
const at = (grids: Grid[], sheet: string, a1: string) => {
  const p = fromA1(a1)!;
  return cellAt(
    grids.find((g) => g.name === sheet)!,
    p.row,
    p.col,
  );
};
/** The `<c>` element of a cell in a sheet part's text. */
const cellXml = (xml: string, a1: string) => new RegExp(`<c r="${a1}"[^>]*?(/>|>.*?</c>)`).exec(xml)?.[0];

let template: Uint8Array;
beforeAll(async () => {
  template = new Uint8Array(await writeXlsx(exampleTemplate()));
});

test("values replaced in place: the style and the formula kept, a text cell becomes a number, the rest untouched", () => {
  const out = setCells(template, edits("Phụ lục I", { D6: 1234.5, D7: 1, B7: 42, D8: null }));
  const before = unzipSync(template);
  const after = unzipSync(out);
  const part = "xl/worksheets/sheet1.xml";
  const was = strFromU8(before[part]);
  const now = strFromU8(after[part]);
  // D6 keeps its style and its SUM, with the new cached value.
  const s = /s="(\d+)"/.exec(cellXml(was, "D6")!)![1];
  expect(cellXml(now, "D6")).toBe(`<c r="D6" s="${s}"><f>SUM(D7:D11)</f><v>1234.5</v></c>`);
  // B7 was a text (inline string): now a number, its style kept.
  expect(cellXml(was, "B7")).toContain('t="inlineStr"');
  expect(cellXml(now, "B7")).toMatch(/^<c r="B7" s="\d+"><v>42<\/v><\/c>$/);
  // D8 emptied: the cell stays, styled, without a value.
  expect(cellXml(now, "D8")).toMatch(/^<c r="D8" s="\d+"\/>$/);
  // Every other cell of the sheet as it was, and every other part byte for byte.
  const others = (xml: string) => xml.replace(/<c r="(D6|D7|B7|D8)"[^>]*?(\/>|>.*?<\/c>)/g, "");
  expect(others(now)).toBe(others(was));
  const raw = (bytes: Uint8Array) => {
    const z = new ZipReader(bytes);
    return new Map(z.entries.map((e) => [e.name, Buffer.from(z.raw(e)).toString("hex")]));
  };
  const a = raw(template);
  const b = raw(out);
  expect([...b.keys()]).toEqual([...a.keys()]);
  for (const [name, bytes] of a) if (name !== part) expect(b.get(name)).toBe(bytes);
  // Read back by the project's reader.
  const grids = readXlsx(out);
  expect(at(grids, "Phụ lục I", "D6")).toMatchObject({ value: 1234.5, formula: "=SUM(D7:D11)" });
  expect(at(grids, "Phụ lục I", "B7")?.value).toBe(42);
  expect(at(grids, "Phụ lục I", "D8")?.value ?? null).toBe(null);
  expect(at(grids, "Phụ lục I", "B6")?.value).toBe(at(readXlsx(template), "Phụ lục I", "B6")?.value);
});

test("a cell the sheet does not have is inserted in column order; a missing row in row order", () => {
  // G7 after the row's last cell, A40 / A45 below every row; E30 in a row between existing ones.
  const out = setCells(template, edits("Phụ lục I", { G7: 7, A45: 45, A40: 40, E30: 30, H46: null }));
  const xml = strFromU8(unzipSync(out)["xl/worksheets/sheet1.xml"]);
  const rows = [...xml.matchAll(/<row r="(\d+)"/g)].map((m) => Number(m[1]));
  expect(rows).toEqual([...rows].sort((x, y) => x - y));
  expect(rows).toEqual(expect.arrayContaining([30, 40, 45]));
  expect(rows).not.toContain(46); // an empty value for a missing cell writes nothing
  const row7 = /<row r="7"[^>]*>(.*?)<\/row>/.exec(xml)![1];
  const cols = [...row7.matchAll(/<c r="([A-Z]+)7"/g)].map((m) => m[1]);
  expect(cols).toEqual([...cols].sort());
  expect(cols[cols.length - 1]).toBe("G");
  const grids = readXlsx(out);
  expect(at(grids, "Phụ lục I", "G7")?.value).toBe(7);
  expect(at(grids, "Phụ lục I", "E30")?.value).toBe(30);
  expect(at(grids, "Phụ lục I", "A40")?.value).toBe(40);
  expect(at(grids, "Phụ lục I", "A45")?.value).toBe(45);
});

test("a cell inserted right before a cell that is itself edited", () => {
  // Row 6 without its C6: C6 goes back in before D6, whose value changes too.
  const files = unzipSync(template);
  const part = "xl/worksheets/sheet1.xml";
  const xml = strFromU8(files[part]);
  expect(cellXml(xml, "C6")).toBeDefined();
  const gap = zipSync({ ...files, [part]: strToU8(xml.replace(cellXml(xml, "C6")!, "")) });
  const out = setCells(gap, edits("Phụ lục I", { D6: 9, C6: 3 }));
  const row6 = /<row r="6"[^>]*>(.*?)<\/row>/.exec(strFromU8(unzipSync(out)[part]))![1];
  expect([...row6.matchAll(/<c r="([A-Z]+)6"/g)].map((m) => m[1])).toEqual(["A", "B", "C", "D", "E"]);
  const grids = readXlsx(out);
  expect(at(grids, "Phụ lục I", "C6")?.value).toBe(3);
  expect(at(grids, "Phụ lục I", "D6")).toMatchObject({ value: 9, formula: "=SUM(D7:D11)" });
});

test.each(readdirSync(PACKAGES).filter((f) => f.endsWith(".xlsx")))(
  "%s: one number set, every other part byte for byte, readable again",
  (file) => {
    const source = new Uint8Array(readFileSync(join(PACKAGES, file)));
    const grids = readXlsx(source);
    const sheet = grids[0].name;
    const out = setCells(source, edits(sheet, { A1: 2026 }));
    expect(at(readXlsx(out), sheet, "A1")?.value).toBe(2026);
    const a = new ZipReader(source);
    const b = new ZipReader(out);
    expect(b.entries.map((e) => e.name)).toEqual(a.entries.map((e) => e.name));
    const changed = b.entries.filter((e, i) => Buffer.compare(Buffer.from(b.raw(e)), Buffer.from(a.raw(a.entries[i]))) !== 0);
    expect(changed).toHaveLength(1);
  },
);

test("refused, for the caller to write the workbook anew: macros, an unknown sheet, cells without addresses", () => {
  const files = unzipSync(template);
  const macro = zipSync({
    ...files,
    "[Content_Types].xml": strToU8(
      strFromU8(files["[Content_Types].xml"]).replace("spreadsheetml.sheet.main+xml", "ms-excel.sheet.macroEnabled.main+xml"),
    ),
  });
  expect(() => setCells(macro, edits("Phụ lục I", { D6: 1 }))).toThrow(FormatError);
  expect(() => setCells(template, edits("Không có", { D6: 1 }))).toThrow(FormatError);
  // Row 7's cells written without their r: a new cell cannot be placed among them.
  const part = "xl/worksheets/sheet1.xml";
  const bare = zipSync({
    ...files,
    [part]: strToU8(
      strFromU8(files[part]).replace(/<row r="7"([^>]*)>(.*?)<\/row>/, (_m, attrs: string, cells: string) => {
        return `<row r="7"${attrs}>${cells.replace(/ r="[A-Z]+7"/g, "")}</row>`;
      }),
    ),
  });
  expect(() => setCells(bare, edits("Phụ lục I", { Z7: 1 }))).toThrow(FormatError);
  // An edit of an existing cell there still works: its place is counted.
  expect(at(readXlsx(setCells(bare, edits("Phụ lục I", { D7: 5 }))), "Phụ lục I", "D7")?.value).toBe(5);
});

describe("every public fixture (.xlsx from other projects' test suites)", () => {
  const PUBLIC = join(__dirname, "..", "..", "fixtures", "public");
  const files = readdirSync(PUBLIC)
    .filter((f) => /\.xlsx$/.test(f))
    .sort();
  test.each(files)("%s: a number set in its first sheet, every other cell as it was — or refused with a FormatError", (file) => {
    const source = new Uint8Array(readFileSync(join(PUBLIC, file)));
    const before = readXlsx(source);
    const sheet = before.find((g) => g.rows.length > 0) ?? before[0];
    // A cell one row past the sheet's used rows (a row inserted), and its first cell.
    const below = `A${sheet.rows.length + 2}`;
    let out: Uint8Array;
    try {
      out = setCells(source, edits(sheet.name, { [below]: 1.5, A1: 7 }));
    } catch (e) {
      expect(e).toBeInstanceOf(FormatError);
      return;
    }
    const after = readXlsx(out);
    const g = after.find((x) => x.name === sheet.name)!;
    expect(at(after, sheet.name, "A1")?.value).toBe(7);
    expect(at(after, sheet.name, below)?.value).toBe(1.5);
    // Every other cell of every sheet as it was.
    const others = (grids: Grid[]) =>
      grids.map((x) => ({
        name: x.name,
        cells: x.rows.flatMap((row, r) =>
          (row ?? []).flatMap((c, col) =>
            !c || (x.name === sheet.name && col === 0 && (r === 0 || r === sheet.rows.length + 1)) ? [] : [[r, col, c]],
          ),
        ),
      }));
    expect(others(after)).toEqual(others(before));
    expect(g.rows.length).toBe(sheet.rows.length + 2);
  });
});
