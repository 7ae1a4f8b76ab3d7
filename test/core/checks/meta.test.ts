/**
 * The checks' metadata is the one description of a check: the finding codes, the pane's names of
 * them (test/taskpane/strings.test.ts), README's table of codes and docs/checks/<CODE>.md are held
 * to it here, so none of them can drift.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { CHECKS } from "../../../src/core/checks";
import type { CheckMeta } from "../../../src/core/checks";
import type { FindingCode } from "../../../src/core/findings";
import { DOC_SECTIONS, parseBlocks, sectionLines } from "../../../src/taskpane/checkDoc";
import { expectCompleteMeta } from "../../helpers/ruleTester";

const ROOT = join(__dirname, "../../..");
const DOCS = join(ROOT, "docs/checks");
const metas: CheckMeta[] = CHECKS.map((c) => c.meta);
const codes = metas.map((m) => m.code);

describe("the checks' metadata", () => {
  test("twelve checks, each code once", () => {
    expect(new Set(codes).size).toBe(codes.length);
    // The codes of the JSON contract: new ones may come, none may go.
    const contract: FindingCode[] = [
      "SUM_MISMATCH",
      "RATE_MISMATCH",
      "TARGET_OUT_OF_RANGE",
      "BAD_VALUE",
      "NO_TABLES",
      "SUM_RANGE_GAP",
      "FORMULA_INCONSISTENT",
      "TOTAL_NOT_FORMULA",
      "NUMBER_AS_TEXT",
      "AMBIGUOUS_NUMBER",
      "SUBSET_EXCEEDS",
      "NOT_CHECKED",
    ];
    for (const c of contract) expect(codes).toContain(c);
  });

  test.each(metas.map((m) => [m.code, m] as const))("%s: complete, both languages, the same placeholders", (_, meta) => {
    expectCompleteMeta(meta);
  });

  test("a message shared by two checks (mistyped) reads the same in both", () => {
    const [sum, rate] = ["SUM_MISMATCH", "RATE_MISMATCH"].map((c) => metas.find((m) => m.code === c)!);
    expect(sum.messages.mistyped).toEqual(rate.messages.mistyped);
  });
});

describe("README's table of finding codes", () => {
  const readme = readFileSync(join(ROOT, "README.md"), "utf8");
  const begin = readme.indexOf("<!-- findings:begin");
  const end = readme.indexOf("<!-- findings:end -->");
  const rows = readme
    .slice(begin, end)
    .split("\n")
    .filter((l) => l.startsWith("| [") || (l.startsWith("| ") && !l.startsWith("| code")))
    .map((l) =>
      l
        .slice(1, -1)
        .split(" | ")
        .map((c) => c.trim()),
    );

  test("is between its markers", () => {
    expect(begin).toBeGreaterThan(0);
    expect(end).toBeGreaterThan(begin);
  });

  test("has one row per check: code (linked to its doc), severity and title as in meta", () => {
    const got = rows.map(([code, severity, title]) => ({ code, severity, title }));
    const want = metas.map((m) => ({
      code: `[${m.code}](docs/checks/${m.code}.md)`,
      severity: m.severity,
      title: `${m.title.vi} (${m.title.en})`,
    }));
    const byCode = (a: { code: string }, b: { code: string }) => a.code.localeCompare(b.code);
    expect(got.sort(byCode)).toEqual(want.sort(byCode));
  });

  test("says what each code means", () => {
    for (const r of rows) expect({ code: r[0], when: (r[3] ?? "").length > 20 }).toEqual({ code: r[0], when: true });
  });
});

describe("docs/checks: one page per code", () => {
  const files = readdirSync(DOCS).filter((f) => f.endsWith(".md"));
  /** A page's text; "" for a missing one (the first test says which). */
  const read = (code: string) => (files.includes(`${code}.md`) ? readFileSync(join(DOCS, `${code}.md`), "utf8") : "");

  test("every code has its page and every page a code", () => {
    expect(files.map((f) => f.replace(/\.md$/, "")).sort()).toEqual([...codes].sort());
  });

  const vi = ["Ý nghĩa", "Ví dụ", "Cách sửa trong Excel"];
  const en = ["What it means", "Example", "How to fix it in Excel"];

  describe.each(metas.map((m) => [m.code, m] as const))("%s.md", (code, meta) => {
    const md = read(code);
    const lines = md.split("\n");

    test("is titled with the code and its titles", () => {
      expect(lines[0]).toBe(`# ${code} — ${meta.title.vi} (${meta.title.en})`);
    });

    test("has its Vietnamese section first, then English, then the message ids", () => {
      const headings = lines.filter((l) => l.startsWith("## "));
      expect(headings).toEqual([`## ${DOC_SECTIONS.vi}`, `## ${DOC_SECTIONS.en}`, "## messageId"]);
    });

    test.each([
      ["vi", vi],
      ["en", en],
    ] as const)("its %s section says what it means, gives an example and how to fix it", (lang, want) => {
      const blocks = parseBlocks(sectionLines(md, DOC_SECTIONS[lang]));
      expect(blocks.filter((b) => b.kind === "heading").map((b) => b.text)).toEqual(want);
      // Something under every heading; an example shows a table or a message; the fix is steps.
      const under = (h: string) => {
        const i = blocks.findIndex((b) => b.kind === "heading" && b.text === h);
        const j = blocks.findIndex((b, k) => k > i && b.kind === "heading");
        return blocks.slice(i + 1, j < 0 ? undefined : j);
      };
      for (const h of want) expect({ h, blocks: under(h).length > 0 }).toEqual({ h, blocks: true });
      expect(under(want[1]).some((b) => b.kind === "code" || b.kind === "quote")).toBe(true);
      expect(under(want[2]).some((b) => b.kind === "list" && b.ordered)).toBe(true);
    });

    test("uses only what the pane renders (no tables, links, images, HTML or deeper headings)", () => {
      let fenced = false;
      for (const l of lines) {
        if (l.startsWith("```")) fenced = !fenced;
        if (fenced || l.startsWith("```")) continue;
        expect({ line: l, ok: !/^\s*(\||<|!\[|\[|#### |\* |\+ )/.test(l) && !/\]\(/.test(l) }).toEqual({ line: l, ok: true });
      }
      expect(fenced).toBe(false);
    });

    test("lists every messageId of the check, and no other", () => {
      const items = parseBlocks(sectionLines(md, "messageId")).flatMap((b) => (b.kind === "list" ? b.items : []));
      const ids = items.map((i) => /^`(\w+)`: \S/.exec(i)?.[1] ?? i);
      expect(ids.sort()).toEqual(Object.keys(meta.messages).sort());
    });
  });
});
