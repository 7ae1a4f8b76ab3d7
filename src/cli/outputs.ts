/**
 * The CLI's output files, all or nothing.
 *
 * {@link checkOutputs} looks at every output path BEFORE anything is read or written and returns
 * one problem per thing wrong: a folder given as a file, a device or pipe, the input itself (also
 * through a symbolic link, a hard link or another spelling), two outputs naming one file, an
 * existing non-empty file without --force, a read-only file, a missing folder, a path under a
 * file, a folder without write permission or on a read-only drive.
 *
 * {@link writeOutputs} then writes them, built in memory beforehand, so that either every output
 * is written or none changed: each goes to a temporary file in its own folder first; an output that
 * exists is kept aside (a hard link, or a copy where links are not allowed); then the temporary
 * files are renamed over the outputs. When any step fails, the temporary files are removed, the
 * outputs already renamed are put back as they were (the kept copy, or removed when there was no
 * file before), and an {@link OutputError} says what happened, in words.
 *
 * Messages are in Vietnamese and English and name the paths as the user wrote them; they never
 * show an error code ("ENOENT") or a stack.
 */
import { randomBytes } from "node:crypto";
import { constants, promises as nodeFs } from "node:fs";
import { basename, dirname, join, resolve } from "node:path";

/** One problem, in both languages. */
export interface Problem {
  vi: string;
  en: string;
}

/** Writing failed; nothing was changed (unless a problem says an old file could not be put back). */
export class OutputError extends Error {
  constructor(readonly problems: Problem[]) {
    super(problems.map((p) => p.en).join("\n"));
    this.name = "OutputError";
  }
}

/** The file-system calls used here: node's `fs.promises`, or a stand-in that fails on purpose. */
export type OutputFs = Pick<
  typeof nodeFs,
  "access" | "chmod" | "copyFile" | "link" | "lstat" | "open" | "realpath" | "rename" | "stat" | "unlink"
>;

export interface CheckOptions {
  /** The input file, never to be written. */
  input?: string;
  /** More input files, never to be written (`tonghop`): a target that is one of them is refused like `input`. */
  inputs?: readonly string[];
  /** Write over existing non-empty files. */
  force: boolean;
  fs?: OutputFs;
}

function codeOf(e: unknown): string | undefined {
  return typeof e === "object" && e !== null && typeof (e as { code?: unknown }).code === "string"
    ? (e as { code: string }).code
    : undefined;
}

/** A folder as the user would recognise it: "." for the current one. */
function folderOf(path: string): string {
  return dirname(path);
}

const missingFolder = (dir: string): Problem => ({
  vi: `Thư mục "${dir}" không tồn tại — tạo thư mục trước hoặc chọn nơi khác.`,
  en: `The folder "${dir}" does not exist — create it first or choose another place.`,
});

const notAFolder = (file: string, target: string): Problem => ({
  vi: `"${file}" là một tệp, không phải thư mục — không thể ghi "${target}" vào đó.`,
  en: `"${file}" is a file, not a folder — "${target}" cannot be written inside it.`,
});

const noPermission = (dir: string): Problem => ({
  vi: `Không có quyền ghi vào thư mục "${dir}" — chọn nơi khác hoặc xin quyền ghi.`,
  en: `No permission to write in the folder "${dir}" — choose another place or get write permission.`,
});

const readOnlyDrive = (dir: string): Problem => ({
  vi: `Thư mục "${dir}" nằm trên ổ chỉ đọc — chọn nơi khác.`,
  en: `The folder "${dir}" is on a read-only drive — choose another place.`,
});

/** Why the folder of `target` cannot hold it: missing, or a file on the way. */
async function missingParent(fs: OutputFs, target: string): Promise<Problem> {
  const dir = folderOf(target);
  let p = dir;
  for (;;) {
    try {
      const st = await fs.stat(p);
      return st.isDirectory() ? missingFolder(dir) : notAFolder(p, target);
    } catch {
      const up = dirname(p);
      if (up === p) return missingFolder(dir);
      p = up;
    }
  }
}

/** A problem for a failed access check on the folder of `target`, in words. */
function folderProblem(code: string | undefined, target: string): Problem {
  const dir = folderOf(target);
  if (code === "EROFS") return readOnlyDrive(dir);
  if (code === "EACCES" || code === "EPERM") return noPermission(dir);
  return {
    vi: `Không ghi được vào thư mục "${dir}" — chọn nơi khác.`,
    en: `The folder "${dir}" cannot be written to — choose another place.`,
  };
}

/** What identifies a file: device and inode of an existing one, else its resolved path. */
async function identity(fs: OutputFs, path: string): Promise<string> {
  try {
    const st = await fs.stat(path);
    return `inode:${st.dev}:${st.ino}`;
  } catch {
    let dir = resolve(dirname(path));
    try {
      dir = await fs.realpath(dir);
    } catch {
      // a missing folder: reported on its own
    }
    // Compared without case: two outputs differing only in case are one file on Windows and macOS.
    return `path:${join(dir, basename(path)).toLowerCase()}`;
  }
}

/**
 * Every problem with writing `targets` (in order; none: go ahead). Reads nothing but the file
 * system's answers; writes nothing.
 */
export async function checkOutputs(targets: readonly string[], opts: CheckOptions): Promise<Problem[]> {
  const fs = opts.fs ?? nodeFs;
  const problems: Problem[] = [];
  const input = opts.input !== undefined ? await identity(fs, opts.input) : undefined;
  const others = new Map<string, string>();
  for (const f of opts.inputs ?? []) {
    others.set(await identity(fs, f), f);
    others.set(`resolved:${resolve(f)}`, f);
  }
  const seen = new Map<string, string>();
  for (const target of targets) {
    const id = await identity(fs, target);
    const twin = seen.get(id);
    if (twin !== undefined) {
      problems.push({
        vi: `Hai tệp ra "${twin}" và "${target}" là cùng một tệp; hãy cho hai tên tệp khác nhau.`,
        en: `The outputs "${twin}" and "${target}" are one and the same file; give two different names.`,
      });
      continue;
    }
    seen.set(id, target);
    if (id === input || (opts.input !== undefined && resolve(target) === resolve(opts.input))) {
      problems.push({
        vi: `Không ghi đè tệp nguồn "${opts.input}"${target === opts.input ? "" : ` ("${target}" chính là tệp đó)`}; hãy chọn tên tệp ra khác.`,
        en: `Will not write over the source "${opts.input}"${target === opts.input ? "" : ` ("${target}" is that very file)`}; choose another output name.`,
      });
      continue;
    }
    const source = others.get(id) ?? others.get(`resolved:${resolve(target)}`);
    if (source !== undefined) {
      problems.push({
        vi: `Không ghi đè tệp vào "${source}"; hãy chọn tên tệp ra khác.`,
        en: `Will not write over the input "${source}"; choose another output name.`,
      });
      continue;
    }
    let exists = false;
    try {
      const st = await fs.stat(target);
      exists = true;
      if (st.isDirectory()) {
        problems.push({
          vi: `"${target}" là một thư mục; hãy cho một tên tệp.`,
          en: `"${target}" is a directory; give a file name.`,
        });
        continue;
      }
      if (!st.isFile()) {
        problems.push({
          vi: `"${target}" không phải là tệp thông thường (thiết bị, đường ống…); hãy cho một tên tệp.`,
          en: `"${target}" is not a regular file (a device, a pipe…); give a file name.`,
        });
        continue;
      }
      if (st.size > 0 && !opts.force) {
        problems.push({
          vi: `Tệp "${target}" đã có; không ghi đè. Chọn tên khác hoặc thêm --force.`,
          en: `"${target}" already exists; not overwritten. Choose another name or add --force.`,
        });
        continue;
      }
    } catch (e) {
      const code = codeOf(e);
      if (code === "ENOTDIR" || code === "ENOENT") {
        let link = false;
        try {
          link = (await fs.lstat(target)).isSymbolicLink();
        } catch {
          // nothing there at all
        }
        if (!link) {
          try {
            if (!(await fs.stat(folderOf(target))).isDirectory()) throw new Error("not a folder");
          } catch {
            problems.push(await missingParent(fs, target));
            continue;
          }
        }
      } else if (code === "EACCES" || code === "EPERM") {
        problems.push(noPermission(folderOf(target)));
        continue;
      } else if (code === "ENAMETOOLONG") {
        problems.push({ vi: `Tên tệp "${target}" quá dài.`, en: `The file name "${target}" is too long.` });
        continue;
      } else {
        problems.push(folderProblem(code, target));
        continue;
      }
    }
    if (exists) {
      try {
        await fs.access(target, constants.W_OK);
      } catch (e) {
        const code = codeOf(e);
        problems.push(
          code === "EROFS"
            ? readOnlyDrive(folderOf(target))
            : {
                vi: `Tệp "${target}" chỉ cho đọc, không ghi đè được — bỏ thuộc tính chỉ đọc hoặc chọn tên khác.`,
                en: `"${target}" is read-only and cannot be overwritten — clear its read-only flag or choose another name.`,
              },
        );
        continue;
      }
    }
    try {
      await fs.access(folderOf(await realOrSelf(fs, target)), constants.W_OK);
    } catch (e) {
      problems.push(folderProblem(codeOf(e), target));
    }
  }
  return problems;
}

/** The file a path leads to (through symbolic links), or the path itself when nothing is there. */
async function realOrSelf(fs: OutputFs, path: string): Promise<string> {
  try {
    return await fs.realpath(path);
  } catch {
    return resolve(path);
  }
}

/** Writing `target` failed with `e`: what to tell the user. */
function writeProblem(e: unknown, target: string): Problem {
  const code = codeOf(e);
  switch (code) {
    case "ENOSPC":
      return { vi: `Ổ đĩa đầy: không ghi được "${target}".`, en: `The disk is full: "${target}" could not be written.` };
    case "EDQUOT":
      return {
        vi: `Đã hết hạn mức dung lượng được dùng: không ghi được "${target}".`,
        en: `The disk quota is used up: "${target}" could not be written.`,
      };
    case "EROFS":
      return readOnlyDrive(folderOf(target));
    case "EACCES":
      return noPermission(folderOf(target));
    case "EPERM":
    case "EBUSY":
    case "ETXTBSY":
      return {
        vi: `Không ghi được "${target}": không có quyền ghi, hoặc tệp đang mở trong chương trình khác (Excel, Word…) — đóng tệp rồi chạy lại, hoặc chọn tên khác.`,
        en: `"${target}" could not be written: no permission, or the file is open in another program (Excel, Word…) — close it and run again, or choose another name.`,
      };
    case "ENOENT":
    case "ENOTDIR":
      return missingFolder(folderOf(target));
    case "EISDIR":
      return { vi: `"${target}" là một thư mục; hãy cho một tên tệp.`, en: `"${target}" is a directory; give a file name.` };
    case "ENAMETOOLONG":
      return { vi: `Tên tệp "${target}" quá dài.`, en: `The file name "${target}" is too long.` };
    case "EIO":
      return {
        vi: `Lỗi đọc ghi ổ đĩa khi ghi "${target}" — kiểm tra ổ đĩa (USB, ổ mạng) rồi chạy lại.`,
        en: `A disk input/output error while writing "${target}" — check the drive (USB, network) and run again.`,
      };
    case "EMFILE":
    case "ENFILE":
      return {
        vi: `Hệ thống đang mở quá nhiều tệp: không ghi được "${target}" — chạy lại sau.`,
        en: `Too many files are open: "${target}" could not be written — run again later.`,
      };
    default:
      return {
        vi: `Không ghi được "${target}" (lỗi hệ thống tệp không rõ) — chọn nơi khác hoặc chạy lại.`,
        en: `"${target}" could not be written (an unexpected file-system error) — choose another place or run again.`,
      };
  }
}

const NOTHING_CHANGED: Problem = {
  vi: "Không tệp ra nào được ghi; các tệp đã có vẫn như trước.",
  en: "No output was written; existing files are as they were.",
};

/** A name for a file beside `dest`, hidden, not taken. */
function sideName(dest: string, kind: "tmp" | "bak"): string {
  return join(dirname(dest), `.${basename(dest)}.baocao-${process.pid}-${randomBytes(4).toString("hex")}.${kind}`);
}

interface Pending {
  /** As the user wrote it (for messages). */
  target: string;
  /** The file written: the target, or the file a symbolic link there leads to. */
  dest: string;
  tmp?: string;
  /** The old file kept aside while the new one is put in place. */
  backup?: string;
  existed: boolean;
  renamed: boolean;
}

/**
 * Writes every file or none (see the file comment). Call {@link checkOutputs} first: this only
 * reports what fails on the way.
 * @throws OutputError
 */
export async function writeOutputs(files: readonly { path: string; bytes: Uint8Array }[], fs: OutputFs = nodeFs): Promise<void> {
  const pending: Pending[] = [];
  const quietly = async (f: () => Promise<unknown>) => {
    try {
      await f();
    } catch {
      // cleaning up: the first failure is the one reported
    }
  };
  const undo = async (): Promise<Problem[]> => {
    const left: Problem[] = [];
    for (const p of pending) {
      if (p.tmp && !p.renamed) await quietly(() => fs.unlink(p.tmp!));
      if (p.renamed) {
        try {
          if (p.backup) await fs.rename(p.backup, p.dest);
          else await fs.unlink(p.dest);
          p.backup = undefined;
        } catch {
          left.push(
            p.backup
              ? {
                  vi: `Không đặt lại được tệp cũ "${p.target}"; bản cũ còn ở "${p.backup}".`,
                  en: `The old "${p.target}" could not be put back; it is kept as "${p.backup}".`,
                }
              : {
                  vi: `Không xóa được "${p.target}" vừa ghi dở; hãy xóa nó.`,
                  en: `The half-done "${p.target}" could not be removed; please delete it.`,
                },
          );
          continue;
        }
      }
      if (p.backup) await quietly(() => fs.unlink(p.backup!));
    }
    return left;
  };
  const fail = async (e: unknown, target: string): Promise<never> => {
    const left = await undo();
    throw new OutputError([writeProblem(e, target), ...(left.length ? left : [NOTHING_CHANGED])]);
  };

  // 1. Every output to a temporary file beside it.
  for (const f of files) {
    const dest = await realOrSelf(fs, f.path);
    const p: Pending = { target: f.path, dest, existed: false, renamed: false };
    pending.push(p);
    let mode: number | undefined;
    try {
      const st = await fs.stat(dest);
      p.existed = true;
      mode = st.mode & 0o7777;
    } catch {
      // a new file
    }
    try {
      const tmp = sideName(dest, "tmp");
      const h = await fs.open(tmp, "wx");
      p.tmp = tmp;
      try {
        await h.writeFile(f.bytes);
        try {
          await h.sync();
        } catch (e) {
          // Some network and FUSE drives cannot flush on request; the rename still comes after the write.
          if (!["EINVAL", "ENOTSUP", "EOPNOTSUPP", "ENOSYS"].includes(codeOf(e) ?? "")) throw e;
        }
      } finally {
        await h.close();
      }
      if (mode !== undefined) await quietly(() => fs.chmod(tmp, mode));
    } catch (e) {
      await fail(e, f.path);
    }
  }
  // 2. The old files kept aside.
  for (const p of pending) {
    if (!p.existed) continue;
    const backup = sideName(p.dest, "bak");
    try {
      try {
        await fs.link(p.dest, backup);
      } catch {
        await fs.copyFile(p.dest, backup, constants.COPYFILE_EXCL);
      }
      p.backup = backup;
    } catch (e) {
      await fail(e, p.target);
    }
  }
  // 3. The new files put in place.
  for (const p of pending) {
    try {
      await fs.rename(p.tmp!, p.dest);
      p.renamed = true;
    } catch (e) {
      await fail(e, p.target);
    }
  }
  for (const p of pending) if (p.backup) await quietly(() => fs.unlink(p.backup!));
}
