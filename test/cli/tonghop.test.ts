/**
 * `baocao tonghop`: a folder of commune workbooks → one consolidated, checked workbook; bad
 * inputs listed with their reasons; exit codes 0/1/2; OUT never written over without --force.
 */
import { createHash } from "node:crypto";
import ExcelJS from "exceljs";
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { main } from "../../src/cli/main";
import { readWorkbookFile } from "../../src/cli/readWorkbookFile";
import { writeXlsx } from "../../src/cli/writeXlsx";
import { cellAt } from "../../src/core/grid/grid";
import { fromA1 } from "../../src/core/grid/address";
import { exampleTemplate } from "../../src/core/template/example";
import { scaled } from "../../testkit/scaled";

const root = mkdtempSync(join(tmpdir(), "baocao-tonghop-"));
let n = 0;
const fresh = () => {
  const d = join(root, `run-${++n}`);
  mkdirSync(d);
  return d;
};

async function run(args: string[]) {
  let stdout = "";
  let stderr = "";
  const code = await main(args, { stdout: (s) => (stdout += s), stderr: (s) => (stderr += s) });
  return { code, stdout, stderr };
}

const value = (grids: { name: string }[], sheet: string, a1: string) => {
  const g = grids.find((x) => x.name === sheet) as Parameters<typeof cellAt>[0];
  const p = fromA1(a1)!;
  return cellAt(g, p.row, p.col)?.value;
};

let xa1: Buffer;
let xa3: Buffer;
let broken: Buffer;
beforeAll(async () => {
  xa1 = await writeXlsx(exampleTemplate());
  xa3 = await writeXlsx(scaled(exampleTemplate(), 3));
  // Phụ lục I, D7 typed over: the group total no longer adds up (SUM_MISMATCH).
  broken = await writeXlsx(
    scaled(exampleTemplate(), 2).map((s) =>
      s.name === "Phụ lục I" ? { ...s, cells: s.cells.map((c) => (c.row === 6 && c.col === 3 ? { ...c, value: 1 } : c)) } : s,
    ),
  );
});

test("a folder of clean communes: exit 0, sums exact, Chi tiết and Kết quả kiểm tra read back", async () => {
  const d = fresh();
  writeFileSync(join(d, "xa-a.xlsx"), xa1);
  writeFileSync(join(d, "xa-b.xlsx"), xa3);
  writeFileSync(join(d, "ghi-chu.txt"), "không phải sổ");
  const out = join(d, "tong-hop.xlsx");
  const r = await run(["tonghop", d, "-o", out]);
  expect(r.stderr).toContain("Đã ghi");
  expect(r.code).toBe(0);
  expect(r.stdout.trim().split("\n")).toEqual([`${join(d, "xa-a.xlsx")}: đã cộng`, `${join(d, "xa-b.xlsx")}: đã cộng`]);
  const grids = await readWorkbookFile(out);
  expect(grids.map((g) => g.name)).toEqual([
    "Phụ lục I",
    "Phụ lục II",
    "Số liệu",
    "Chỉ tiêu 2024",
    "Thông tin văn bản",
    "Chi tiết",
    "Kết quả kiểm tra",
  ]);
  expect(value(grids, "Phụ lục I", "D6")).toBe(27969.84);
  expect(value(grids, "Phụ lục I", "D18")).toBe(35849.84);
  expect(value(grids, "Chi tiết", "A3")).toBe("Phụ lục I");
  expect(value(grids, "Chi tiết", "B3")).toBe("D6");
  expect(value(grids, "Chi tiết", "D3")).toBe(27969.84);
  expect(value(grids, "Chi tiết", "E3")).toBe(6992.46);
  expect(value(grids, "Chi tiết", "F3")).toBe("Phụ lục I!D6");
  expect(value(grids, "Chi tiết", "G3")).toBe(20977.38);
  expect(value(grids, "Kết quả kiểm tra", "B2")).toBe(join(d, "xa-a.xlsx"));
  expect(value(grids, "Kết quả kiểm tra", "C3")).toBe("đã cộng");
  // The total is the form's own file: its widths, fonts, borders, page setup and formulas kept.
  const [form, total] = await Promise.all(
    [xa1, readFileSync(out)].map(async (b) =>
      new ExcelJS.Workbook().xlsx.load(b as unknown as Parameters<ExcelJS.Xlsx["load"]>[0]),
    ),
  );
  for (const name of ["Phụ lục I", "Phụ lục II"]) {
    const f = form.getWorksheet(name)!;
    const t = total.getWorksheet(name)!;
    expect(t.columns.map((c) => c.width)).toEqual(f.columns.map((c) => c.width));
    expect(t.pageSetup.orientation).toBe(f.pageSetup.orientation);
    for (const a1 of ["A4", "B6", "D6", "D18"]) {
      expect(t.getCell(a1).font).toEqual(f.getCell(a1).font);
      expect(t.getCell(a1).border).toEqual(f.getCell(a1).border);
      expect(t.getCell(a1).numFmt).toEqual(f.getCell(a1).numFmt);
    }
  }
  expect(total.getWorksheet("Phụ lục I")!.getCell("D6").value).toEqual({ formula: "SUM(D7:D11)", result: 27969.84 });
  // The communes' document details are not the province's: left blank, labels kept.
  const details = grids.find((g) => g.name === "Thông tin văn bản")!;
  const texts = details.rows.flatMap((row) => (row ?? []).map((c) => c?.value)).filter((v) => typeof v === "string");
  expect(texts).toContain("Người ký");
  expect(texts).not.toContain("125/BC-UBND");
});

test("errors, bad files and a file given twice: exit 1, each named with why, the rest summed", async () => {
  const d = fresh();
  const a = join(d, "xa-a.xlsx");
  writeFileSync(a, xa1);
  copyFileSync(a, join(d, "xa-a-ban-sao.xlsx"));
  writeFileSync(join(d, "xa-loi.xlsx"), broken);
  writeFileSync(join(d, "xa-hong.xlsx"), xa3.subarray(0, 2000));
  writeFileSync(join(d, "xa-cuoi.xlsx"), xa3);
  const txt = join(d, "xa.txt");
  writeFileSync(txt, "TT;Nội dung\n");
  // A commune that protected its workbook with a password (a real Office-encrypted package).
  const locked = join(d, "xa-mat-khau.xlsx");
  copyFileSync(join(__dirname, "..", "fixtures", "hostile", "12-encrypted.xlsx"), locked);
  const out = join(d, "tong.xlsx");
  const r = await run([
    "tonghop",
    a,
    a,
    join(d, "xa-a-ban-sao.xlsx"),
    join(d, "xa-loi.xlsx"),
    join(d, "xa-hong.xlsx"),
    txt,
    locked,
    join(d, "khong-co.xlsx"),
    join(d, "xa-cuoi.xlsx"),
    "-o",
    out,
    "--json",
  ]);
  expect(r.code).toBe(1);
  const j = JSON.parse(r.stdout) as {
    inputs: { file: string; status: string; reason?: string; errors: number }[];
    summary: { summed: number };
  };
  expect(j.inputs.map((x) => x.status)).toEqual([
    "summed",
    "duplicate",
    "duplicate",
    "errors",
    "unreadable",
    "unreadable",
    "unreadable",
    "unreadable",
    "summed",
  ]);
  expect(j.inputs[1].reason).toContain("cùng đường dẫn");
  expect(j.inputs[2].reason).toContain("nội dung giống hệt");
  expect(j.inputs[3].errors).toBeGreaterThan(0);
  for (const x of j.inputs.slice(4, 8)) expect(x.reason).toMatch(/[ạ-ỹ]/);
  // Each bad input says what is wrong with it, and the run went on past them.
  expect(j.inputs[5].reason).toContain(".txt");
  expect(j.inputs[6].reason).toContain("mật khẩu");
  expect(j.inputs[7].reason).toContain("Không tìm thấy tệp");
  expect(j.summary.summed).toBe(2);
  // Only the clean communes are in the total: × 1 and × 3.
  const grids = await readWorkbookFile(out);
  expect(value(grids, "Phụ lục I", "D6")).toBe(27969.84);
  expect(value(grids, "Kết quả kiểm tra", "C5")).toBe("có lỗi");
});

test("another form is reported and not summed (text, and --lang en)", async () => {
  const d = fresh();
  const other = await writeXlsx(
    exampleTemplate().map((s) => ({
      ...s,
      cells: s.cells.map((c) => (c.value === "Kinh phí" ? { ...c, value: "Dự toán" } : c)),
    })),
  );
  writeFileSync(join(d, "a.xlsx"), xa1);
  writeFileSync(join(d, "b.xlsx"), other);
  const r = await run(["tonghop", d, "-o", join(d, "t.xlsx")]);
  expect(r.code).toBe(1);
  expect(r.stdout).toContain(`${join(d, "b.xlsx")}: không cùng biểu mẫu — bảng ở trang "Phụ lục I" có tiêu đề cột khác`);
  // The folder now holds t.xlsx too: the output goes elsewhere (an input is never written over).
  const en = await run(["tonghop", join(d, "a.xlsx"), join(d, "b.xlsx"), "-o", join(fresh(), "t.xlsx"), "--lang", "en"]);
  expect(en.stdout).toContain("another form");
});

test("OUT that exists needs --force and stays untouched; nothing readable: exit 2", async () => {
  const d = fresh();
  writeFileSync(join(d, "a.xlsx"), xa1);
  const out = join(d, "t.xlsx");
  writeFileSync(out, "cũ");
  const before = createHash("sha256").update(readFileSync(out)).digest("hex");
  const r = await run(["tonghop", join(d, "a.xlsx"), "-o", out]);
  expect(r.code).toBe(2);
  expect(r.stderr).toContain("--force");
  expect(createHash("sha256").update(readFileSync(out)).digest("hex")).toBe(before);
  expect((await run(["tonghop", join(d, "a.xlsx"), "-o", out, "--force"])).code).toBe(0);
  const none = await run(["tonghop", join(d, "khong-co.xlsx"), "-o", join(d, "u.xlsx")]);
  expect(none.code).toBe(2);
  expect(none.stderr).toContain("Không đọc được tệp vào nào");
  expect(existsSync(join(d, "u.xlsx"))).toBe(false);
  const missing = await run(["tonghop", join(d, "a.xlsx"), "-o", join(d, "khong", "t.xlsx")]);
  expect(missing.code).toBe(2);
  expect(missing.stderr).toContain("không tồn tại");
  const self = await run(["tonghop", join(d, "a.xlsx"), "-o", join(d, "a.xlsx"), "--force"]);
  expect(self.code).toBe(2);
  expect(self.stderr).toContain("Không ghi đè tệp vào");
});
