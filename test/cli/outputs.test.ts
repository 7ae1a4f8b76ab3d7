/**
 * The CLI's outputs: every path checked before writing (real folders and files made in the test),
 * then all written or none — failures injected through the file-system parameter where a real one
 * cannot be made (a full disk, a rename refused half-way, permissions when the tests run as root).
 */
import {
  chmodSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  symlinkSync,
  linkSync,
  writeFileSync,
} from "node:fs";
import { promises as fs } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { checkOutputs, OutputError, writeOutputs, type OutputFs, type Problem } from "../../src/cli/outputs";

const root = mkdtempSync(join(tmpdir(), "baocao-outputs-"));
let n = 0;
/** A fresh folder for one test. */
function folder(): string {
  const d = join(root, `t${n++}`);
  mkdirSync(d);
  return d;
}

const errno = (code: string) => Object.assign(new Error(`${code}: simulated`), { code });
const vi = (ps: Problem[]) => ps.map((p) => p.vi);
const en = (ps: Problem[]) => ps.map((p) => p.en);
const bytes = (s: string) => new Uint8Array(Buffer.from(s));
/** Files in a folder, hidden temporary ones included. */
const listing = (d: string) => readdirSync(d).sort();

describe("checkOutputs", () => {
  test("free paths in existing folders: no problem", async () => {
    const d = folder();
    expect(await checkOutputs([join(d, "a.docx"), join(d, "a.xlsx")], { force: false })).toEqual([]);
  });

  test("a missing folder is named, in Vietnamese and English", async () => {
    const d = folder();
    const t = join(d, "chua-co", "bao-cao.docx");
    const ps = await checkOutputs([t], { force: false });
    expect(vi(ps)).toEqual([`Thư mục "${join(d, "chua-co")}" không tồn tại — tạo thư mục trước hoặc chọn nơi khác.`]);
    expect(en(ps)).toEqual([`The folder "${join(d, "chua-co")}" does not exist — create it first or choose another place.`]);
  });

  test("a path under a file names the file", async () => {
    const d = folder();
    const f = join(d, "mau.xlsx");
    writeFileSync(f, "x");
    const t = join(f, "sub", "out.docx");
    expect(vi(await checkOutputs([t], { force: false }))).toEqual([
      `"${f}" là một tệp, không phải thư mục — không thể ghi "${t}" vào đó.`,
    ]);
  });

  test("an existing non-empty file without --force, a folder, two outputs in one file: one line each", async () => {
    const d = folder();
    const old = join(d, "old.docx");
    writeFileSync(old, "an older draft");
    const sub = join(d, "sub");
    mkdirSync(sub);
    const ps = await checkOutputs([old, sub, join(d, "x.xlsx"), join(d, ".", "X.xlsx")], { force: false });
    expect(vi(ps)).toEqual([
      `Tệp "${old}" đã có; không ghi đè. Chọn tên khác hoặc thêm --force.`,
      `"${sub}" là một thư mục; hãy cho một tên tệp.`,
      `Hai tệp ra "${join(d, "x.xlsx")}" và "${join(d, ".", "X.xlsx")}" là cùng một tệp; hãy cho hai tên tệp khác nhau.`,
    ]);
    expect(en(ps)[0]).toBe(`"${old}" already exists; not overwritten. Choose another name or add --force.`);
    // --force: the file may be written over, the folder never; an empty file needs no --force.
    writeFileSync(join(d, "empty.docx"), "");
    expect(vi(await checkOutputs([old, join(d, "empty.docx")], { force: true }))).toEqual([]);
    expect(vi(await checkOutputs([join(d, "empty.docx")], { force: false }))).toEqual([]);
    expect(vi(await checkOutputs([sub], { force: true }))).toEqual([`"${sub}" là một thư mục; hãy cho một tên tệp.`]);
  });

  test("the input, however it is reached: same path, another spelling, a symbolic link, a hard link", async () => {
    const d = folder();
    const input = join(d, "mau.xlsx");
    writeFileSync(input, "PK");
    symlinkSync(input, join(d, "link.xlsx"));
    linkSync(input, join(d, "hard.xlsx"));
    mkdirSync(join(d, "sub"));
    const spellings = [input, join(d, "sub", "..", "mau.xlsx"), join(d, "link.xlsx"), join(d, "hard.xlsx")];
    for (const t of spellings) {
      const ps = await checkOutputs([t], { input, force: true });
      expect(vi(ps)).toEqual([
        `Không ghi đè tệp nguồn "${input}"${t === input ? "" : ` ("${t}" chính là tệp đó)`}; hãy chọn tên tệp ra khác.`,
      ]);
    }
    expect(en(await checkOutputs([input], { input, force: true }))).toEqual([
      `Will not write over the source "${input}"; choose another output name.`,
    ]);
  });

  test("a device is not a file to write", async () => {
    expect(vi(await checkOutputs(["/dev/null"], { force: true }))).toEqual([
      `"/dev/null" không phải là tệp thông thường (thiết bị, đường ống…); hãy cho một tên tệp.`,
    ]);
  });

  test("a folder without write permission (chmod 500, or a refusing file system when run as root) and a read-only drive", async () => {
    const d = folder();
    const t = join(d, "locked", "out.docx");
    mkdirSync(join(d, "locked"));
    const denied = `Không có quyền ghi vào thư mục "${join(d, "locked")}" — chọn nơi khác hoặc xin quyền ghi.`;
    if (process.getuid?.() !== 0) {
      chmodSync(join(d, "locked"), 0o500);
      try {
        expect(vi(await checkOutputs([t], { force: false }))).toEqual([denied]);
      } finally {
        chmodSync(join(d, "locked"), 0o700);
      }
    } else {
      console.log(
        "Running as root: chmod 500 does not stop root, so the permission check is driven by a refusing file system only.",
      );
    }
    const refusing = (code: string): OutputFs => ({
      ...fs,
      access: async (p, mode) => {
        if (String(p) === join(d, "locked")) throw errno(code);
        return fs.access(p, mode);
      },
    });
    expect(vi(await checkOutputs([t], { force: false, fs: refusing("EACCES") }))).toEqual([denied]);
    expect(en(await checkOutputs([t], { force: false, fs: refusing("EROFS") }))).toEqual([
      `The folder "${join(d, "locked")}" is on a read-only drive — choose another place.`,
    ]);
  });

  test("a read-only existing file is not written over, even with --force", async () => {
    const d = folder();
    const t = join(d, "ro.docx");
    writeFileSync(t, "kept");
    const ro: OutputFs = {
      ...fs,
      access: async (p, mode) => {
        if (String(p) === t) throw errno("EACCES");
        return fs.access(p, mode);
      },
    };
    expect(vi(await checkOutputs([t], { force: true, fs: ro }))).toEqual([
      `Tệp "${t}" chỉ cho đọc, không ghi đè được — bỏ thuộc tính chỉ đọc hoặc chọn tên khác.`,
    ]);
  });
});

describe("writeOutputs", () => {
  test("writes every file, replaces an old one, leaves no temporary file", async () => {
    const d = folder();
    writeFileSync(join(d, "b.xlsx"), "old");
    await writeOutputs([
      { path: join(d, "a.docx"), bytes: bytes("new docx") },
      { path: join(d, "b.xlsx"), bytes: bytes("new xlsx") },
    ]);
    expect(listing(d)).toEqual(["a.docx", "b.xlsx"]);
    expect(readFileSync(join(d, "a.docx"), "utf8")).toBe("new docx");
    expect(readFileSync(join(d, "b.xlsx"), "utf8")).toBe("new xlsx");
  });

  test("through a symbolic link the file it leads to is written, the link stays", async () => {
    const d = folder();
    writeFileSync(join(d, "real.docx"), "old");
    symlinkSync(join(d, "real.docx"), join(d, "link.docx"));
    await writeOutputs([{ path: join(d, "link.docx"), bytes: bytes("new") }]);
    expect(readFileSync(join(d, "real.docx"), "utf8")).toBe("new");
    expect((await fs.lstat(join(d, "link.docx"))).isSymbolicLink()).toBe(true);
  });

  test("the second rename fails: the first output is put back as it was (old file restored, new file removed)", async () => {
    for (const firstExisted of [true, false]) {
      const d = folder();
      const first = join(d, "bao-cao.docx");
      const second = join(d, "bao-cao.xlsx");
      if (firstExisted) writeFileSync(first, "the old draft");
      writeFileSync(second, "the old copy");
      let renames = 0;
      const failing: OutputFs = {
        ...fs,
        rename: async (from, to) => {
          if (String(to) === second && ++renames === 1) throw errno("EBUSY");
          return fs.rename(from, to);
        },
      };
      const e = await writeOutputs(
        [
          { path: first, bytes: bytes("new docx") },
          { path: second, bytes: bytes("new xlsx") },
        ],
        failing,
      ).catch((x: unknown) => x);
      expect(e).toBeInstanceOf(OutputError);
      expect(vi((e as OutputError).problems)).toEqual([
        `Không ghi được "${second}": không có quyền ghi, hoặc tệp đang mở trong chương trình khác (Excel, Word…) — đóng tệp rồi chạy lại, hoặc chọn tên khác.`,
        "Không tệp ra nào được ghi; các tệp đã có vẫn như trước.",
      ]);
      expect(listing(d)).toEqual(firstExisted ? ["bao-cao.docx", "bao-cao.xlsx"] : ["bao-cao.xlsx"]);
      if (firstExisted) expect(readFileSync(first, "utf8")).toBe("the old draft");
      expect(readFileSync(second, "utf8")).toBe("the old copy");
    }
  });

  test("a full disk while writing the temporary files: nothing changed, no temporary file left, no error code shown", async () => {
    const d = folder();
    writeFileSync(join(d, "a.docx"), "old");
    let opened = 0;
    const full: OutputFs = {
      ...fs,
      open: (async (p: string, flags: string) => {
        const h = await fs.open(p, flags);
        if (++opened === 2) {
          // The disk fills up while the second file is written.
          h.writeFile = () => Promise.reject(errno("ENOSPC"));
        }
        return h;
      }) as OutputFs["open"],
    };
    const e = (await writeOutputs(
      [
        { path: join(d, "a.docx"), bytes: bytes("new") },
        { path: join(d, "b.xlsx"), bytes: bytes("new") },
      ],
      full,
    ).catch((x: unknown) => x)) as OutputError;
    expect(en(e.problems)).toEqual([
      `The disk is full: "${join(d, "b.xlsx")}" could not be written.`,
      "No output was written; existing files are as they were.",
    ]);
    expect(e.problems.map((p) => p.vi + p.en).join("")).not.toMatch(/\bE[A-Z]{3,}\b/);
    // The second temporary file was created before the failure: it is removed too.
    expect(listing(d)).toEqual(["a.docx"]);
    expect(readFileSync(join(d, "a.docx"), "utf8")).toBe("old");
  });

  test("where hard links are refused (FAT drives) the old file is kept aside by a copy", async () => {
    const d = folder();
    writeFileSync(join(d, "a.docx"), "old");
    const noLinks: OutputFs = {
      ...fs,
      link: () => Promise.reject(errno("EPERM")),
      rename: async (from, to) => {
        if (String(from).endsWith(".tmp")) throw errno("EXDEV-like");
        return fs.rename(from, to);
      },
    };
    const e = (await writeOutputs([{ path: join(d, "a.docx"), bytes: bytes("new") }], noLinks).catch(
      (x: unknown) => x,
    )) as OutputError;
    expect(vi(e.problems)[0]).toBe(
      `Không ghi được "${join(d, "a.docx")}" (lỗi hệ thống tệp không rõ) — chọn nơi khác hoặc chạy lại.`,
    );
    expect(listing(d)).toEqual(["a.docx"]);
    expect(readFileSync(join(d, "a.docx"), "utf8")).toBe("old");
    // And with links refused but renames working, the write goes through.
    await writeOutputs([{ path: join(d, "a.docx"), bytes: bytes("new") }], { ...fs, link: noLinks.link });
    expect(readFileSync(join(d, "a.docx"), "utf8")).toBe("new");
    expect(existsSync(join(d, "a.docx"))).toBe(true);
    expect(listing(d)).toEqual(["a.docx"]);
  });
});
