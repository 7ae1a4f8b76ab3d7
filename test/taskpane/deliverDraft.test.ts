/**
 * How the draft reaches Word (src/taskpane/deliverDraft.ts): a download where one works, the
 * clipboard on Mac or when the download fails, the execCommand copy when the Clipboard API is
 * missing or refused, and an honest message when nothing worked. The draft is the example
 * template's (the Đức Phổ 2023 report).
 */
import { draftReport } from "../../src/core/draft/draft";
import { draftToHtml, draftToPlainText } from "../../src/core/draft/toHtml";
import { checkWorkbook } from "../../src/core/engine";
import { installStandIn, uninstallStandIn } from "../../src/preview/standin/install";
import { StandInWorkbook } from "../../src/preview/standin/workbook";
import {
  type ClipboardAccess,
  type Delivery,
  browserClipboard,
  deliverDraft,
  deliveryMessage,
  deliveryPath,
  officePlatform,
} from "../../src/taskpane/deliverDraft";
import { templateGrids } from "../../testkit/templateGrids";

const draft = (() => {
  const { model, report } = checkWorkbook(templateGrids(), { lang: "vi" });
  return draftReport(model, report);
})();
const content = () => ({ html: draftToHtml(draft), text: draftToPlainText(draft) });

/** A clipboard that records what it was given; `write` rejects or is missing as asked. */
function fakeClipboard(opts: { write?: "ok" | "refused" | "missing"; exec?: "ok" | "false" | "throws" } = {}) {
  const calls: { via: "write" | "exec"; html: string; text: string }[] = [];
  const mode = opts.write ?? "ok";
  const clipboard: ClipboardAccess = {
    write:
      mode === "missing"
        ? undefined
        : (html, text) => {
            calls.push({ via: "write", html, text });
            return mode === "ok"
              ? Promise.resolve()
              : Promise.reject(new DOMException("Write permission denied.", "NotAllowedError"));
          },
    execCopy: (html, text) => {
      calls.push({ via: "exec", html, text });
      if (opts.exec === "throws") throw new Error("execCommand is not supported");
      return opts.exec !== "false";
    },
  };
  return { clipboard, calls };
}

function fakeDownload(fails = false) {
  const d = {
    calls: 0,
    run: () => {
      d.calls++;
      return fails ? Promise.reject(new Error("This web view cannot download files.")) : Promise.resolve();
    },
  };
  return d;
}

describe("which way the draft goes to Word", () => {
  test.each([
    ["Mac", "clipboard"],
    ["iOS", "clipboard"],
    ["PC", "download"],
    ["OfficeOnline", "download"],
    [undefined, "download"],
  ])("%s → %s", (platform, path) => {
    expect(deliveryPath(platform)).toBe(path);
  });

  describe("the platform Office reports", () => {
    afterEach(() => {
      uninstallStandIn();
      delete (globalThis as Record<string, unknown>).Office;
    });
    test("the stand-in of the preview page, as Excel on Mac", () => {
      installStandIn(new StandInWorkbook({ platform: "Mac" }));
      expect(officePlatform()).toBe("Mac");
    });
    test("the stand-in's default is Windows", () => {
      installStandIn(new StandInWorkbook());
      expect(officePlatform()).toBe("PC");
    });
    test("diagnostics.platform when context.platform is not there", () => {
      (globalThis as Record<string, unknown>).Office = { context: { diagnostics: { platform: "Mac" } } };
      expect(officePlatform()).toBe("Mac");
    });
    test("none outside Office", () => {
      expect(officePlatform()).toBeUndefined();
    });
  });
});

describe("deliverDraft", () => {
  test("Mac: copied with the Clipboard API, both types, no download tried", async () => {
    const download = fakeDownload();
    const { clipboard, calls } = fakeClipboard();
    const d = await deliverDraft({ platform: "Mac", download: download.run, clipboard, content });
    expect(d).toEqual({ path: "clipboard", reason: "platform", ok: true, via: "clipboard-api" });
    expect(download.calls).toBe(0);
    expect(calls.map((c) => c.via)).toEqual(["write"]);
    expect(calls[0].html).toContain('<table border="1"');
    expect(calls[0].html).toContain("13.570");
    expect(calls[0].text).toContain("Tổng kinh phí khoảng 13.570 triệu đồng");
    expect(calls[0].text).not.toContain("<");
  });

  test("Mac: the copy starts before anything is awaited (inside the user's click)", () => {
    const { clipboard, calls } = fakeClipboard();
    void deliverDraft({ platform: "Mac", download: fakeDownload().run, clipboard, content });
    expect(calls.map((c) => c.via)).toEqual(["write"]);
  });

  test("Windows: the .docx is downloaded and the clipboard left alone", async () => {
    const download = fakeDownload();
    const { clipboard, calls } = fakeClipboard();
    let built = 0;
    const d = await deliverDraft({
      platform: "PC",
      download: download.run,
      clipboard,
      content: () => {
        built++;
        return content();
      },
    });
    expect(d).toEqual({ path: "download", ok: true });
    expect(download.calls).toBe(1);
    expect(calls).toEqual([]);
    expect(built).toBe(0);
  });

  test("the download throws: the report is copied instead, and says why", async () => {
    const download = fakeDownload(true);
    const { clipboard, calls } = fakeClipboard();
    const d = await deliverDraft({ platform: "OfficeOnline", download: download.run, clipboard, content });
    expect(d).toEqual({ path: "clipboard", reason: "download-failed", ok: true, via: "clipboard-api" });
    expect(download.calls).toBe(1);
    expect(calls.map((c) => c.via)).toEqual(["write"]);
  });

  test("the Clipboard API refused: the execCommand copy, with the same content", async () => {
    const { clipboard, calls } = fakeClipboard({ write: "refused" });
    const d = await deliverDraft({ platform: "Mac", download: fakeDownload().run, clipboard, content });
    expect(d).toEqual({ path: "clipboard", reason: "platform", ok: true, via: "exec-command" });
    expect(calls.map((c) => c.via)).toEqual(["write", "exec"]);
    expect(calls[1].html).toBe(calls[0].html);
    expect(calls[1].text).toBe(calls[0].text);
  });

  test("no Clipboard API at all: the execCommand copy", async () => {
    const { clipboard, calls } = fakeClipboard({ write: "missing" });
    const d = await deliverDraft({ platform: "Mac", download: fakeDownload().run, clipboard, content });
    expect(d).toEqual({ path: "clipboard", reason: "platform", ok: true, via: "exec-command" });
    expect(calls.map((c) => c.via)).toEqual(["exec"]);
  });

  test.each(["false", "throws"] as const)("everything fails (execCommand %s): not ok", async (exec) => {
    const { clipboard, calls } = fakeClipboard({ write: "refused", exec });
    const d = await deliverDraft({ platform: "PC", download: fakeDownload(true).run, clipboard, content });
    expect(d).toEqual({ path: "clipboard", reason: "download-failed", ok: false });
    expect(calls.map((c) => c.via)).toEqual(["write", "exec"]);
  });
});

describe("what the pane says", () => {
  const copied: Delivery = { path: "clipboard", reason: "platform", ok: true, via: "clipboard-api" };
  test("copied: paste into Word, or use the draft sheet — in both languages", () => {
    expect(deliveryMessage("vi", copied, "Bản thảo (2)")).toBe(
      'Đã sao chép báo cáo (giữ định dạng). Mở Word và dán: ⌘V trên máy Mac, Ctrl+V trên Windows. Cách khác: báo cáo có sẵn trên trang tính "Bản thảo (2)".',
    );
    expect(deliveryMessage("en", copied, "Bản thảo")).toBe(
      'The report was copied (with its formatting). Open Word and paste: ⌘V on a Mac, Ctrl+V on Windows. Or use the sheet "Bản thảo", which holds the report too.',
    );
  });

  test("copied after a failed download: says the download failed", () => {
    const d: Delivery = { ...copied, reason: "download-failed" };
    expect(deliveryMessage("vi", d, "Bản thảo")).toMatch(/^Không tải được tệp Word ở đây, nên báo cáo đã được sao chép/);
    expect(deliveryMessage("en", d, "Bản thảo")).toMatch(/^The Word file could not be downloaded here, so the report was copied/);
  });

  test("nothing worked: says so, points to the sheet, never claims a copy", () => {
    const failed: Delivery = { path: "clipboard", reason: "platform", ok: false };
    const vi = deliveryMessage("vi", failed, "Bản thảo");
    expect(vi).toMatch(/^Không sao chép được báo cáo\./);
    expect(vi).toContain('trang tính "Bản thảo"');
    expect(vi).not.toContain("Đã sao chép");
    const en = deliveryMessage("en", failed, "Bản thảo");
    expect(en).toMatch(/^The report could not be copied\./);
    expect(en).toContain('sheet "Bản thảo"');
    const both = deliveryMessage("vi", { ...failed, reason: "download-failed" }, "Bản thảo");
    expect(both).toMatch(/^Không tải được tệp Word và cũng không sao chép được báo cáo\./);
    expect(deliveryMessage("en", { ...failed, reason: "download-failed" }, "Bản thảo")).toMatch(
      /^The Word file could not be downloaded and the report could not be copied either\./,
    );
  });

  test("a download needs no message", () => {
    expect(deliveryMessage("vi", { path: "download", ok: true }, "Bản thảo")).toBe("");
  });
});

describe("browserClipboard", () => {
  /** A page's ClipboardItem, keeping what it was built with. */
  class FakeItem {
    static made: FakeItem[] = [];
    constructor(readonly items: Record<string, Blob>) {
      FakeItem.made.push(this);
    }
  }

  test("writes one item with text/html and text/plain through navigator.clipboard.write", async () => {
    FakeItem.made = [];
    const written: unknown[][] = [];
    const access = browserClipboard({
      navigator: {
        clipboard: {
          write: (items) => {
            written.push(items);
            return Promise.resolve();
          },
        },
      },
      ClipboardItem: FakeItem as unknown as new (items: Record<string, Blob>) => ClipboardItem,
    });
    const { html, text } = content();
    await access.write!(html, text);
    expect(written).toEqual([[FakeItem.made[0]]]);
    const item = FakeItem.made[0].items;
    expect(Object.keys(item).sort()).toEqual(["text/html", "text/plain"]);
    expect(item["text/html"].type).toBe("text/html");
    expect(item["text/plain"].type).toBe("text/plain");
    await expect(item["text/html"].text()).resolves.toBe(html);
    await expect(item["text/plain"].text()).resolves.toBe(text);
  });

  test("no Clipboard API or no ClipboardItem: no write; no document: execCopy says it did not copy", () => {
    expect(browserClipboard({ ClipboardItem: FakeItem as never }).write).toBeUndefined();
    expect(browserClipboard({ navigator: { clipboard: { write: () => Promise.resolve() } } }).write).toBeUndefined();
    expect(browserClipboard({}).execCopy("<p>x</p>", "x")).toBe(false);
  });
});
