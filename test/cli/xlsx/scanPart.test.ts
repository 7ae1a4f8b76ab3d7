/** scanPart: a part's decoded text handed to a scanner chunk by chunk, the unconsumed rest first. */
import { strToU8, zipSync } from "fflate";
import { scanPart } from "../../../src/cli/xlsx/scanPart";
import { ZipReader } from "../../../src/cli/xlsx/zip";

interface Call {
  length: number;
  final: boolean;
}

/** Runs scanPart over a one-entry ZIP (stored: the ZIP layer hands out 1 MiB pieces). */
function run(data: Uint8Array, scan: (text: string, final: boolean) => number): Call[] {
  const zip = new ZipReader(zipSync({ "xl/part.xml": [data, { level: 0 }] }));
  const calls: Call[] = [];
  scanPart(zip, zip.get("xl/part.xml")!, (text, final) => {
    calls.push({ length: text.length, final });
    return scan(text, final);
  });
  return calls;
}

describe("scanPart", () => {
  test("every character reaches the scanner once, in order; the unconsumed rest comes back first", () => {
    const items: string[] = [];
    for (let i = 0; i < 150000; i++) items.push(`<si><t>Xã ${i} Đức Phổ</t></si>`);
    const xml = items.join("");
    let seen = "";
    const calls = run(strToU8(xml), (text, final) => {
      const used = final ? text.length : text.lastIndexOf("<si>"); // the last item may be cut
      seen += text.slice(0, used);
      return used;
    });
    expect(seen).toBe(xml);
    expect(calls.length).toBeGreaterThan(2);
    expect(calls.map((c) => c.final)).toEqual([...Array<boolean>(calls.length - 1).fill(false), true]);
  });

  test("a character cut between two pieces of the ZIP is decoded whole", () => {
    const bytes = new Uint8Array((1 << 20) + 16).fill(0x61); // "a"
    bytes.set(strToU8("ố"), (1 << 20) - 1); // three UTF-8 bytes across the first 1 MiB boundary
    let text = "";
    run(bytes, (t) => ((text += t), t.length));
    expect(text.length).toBe((1 << 20) + 14);
    expect(text.slice((1 << 20) - 3, (1 << 20) + 1)).toBe("aaốa");
  });

  test("a construct that never completes is re-scanned a logarithmic number of times, not once per piece", () => {
    const size = 16 << 20;
    const calls = run(new Uint8Array(size).fill(0x20), (text, final) => (final ? text.length : 0));
    expect(calls[calls.length - 1]).toEqual({ length: size, final: true });
    expect(calls.length).toBeLessThanOrEqual(6);
    expect(calls.reduce((n, c) => n + c.length, 0)).toBeLessThanOrEqual(4 * size);
  });

  test("an empty part: one final call with no text", () => {
    expect(run(new Uint8Array(0), (t) => t.length)).toEqual([{ length: 0, final: true }]);
  });
});
