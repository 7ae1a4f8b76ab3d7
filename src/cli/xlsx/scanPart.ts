/**
 * Streaming a big part (a worksheet, the shared string table) through a scanner: the ZIP entry is
 * inflated and decoded chunk by chunk, and a scanner consumes as many complete constructs of the
 * text as it can, handing back the rest with the next chunk — so a 100 000-row sheet is never
 * held whole as text. The scanners' shared conventions ({@link INCOMPLETE}, {@link partCorrupt})
 * are here too.
 */
import { FormatError } from "./errors";
import { xmlDecoderFor, type XmlDecoder } from "./xml";
import type { ZipEntry, ZipReader } from "./zip";

/** Decoded text handed to a part scanner at a time. */
const SCAN_CHUNK_CHARS = 1 << 20;

/**
 * Runs `scan` over the decoded text of `entry`, about {@link SCAN_CHUNK_CHARS} characters at a
 * time. `scan(text, final)` returns how much of `text` it consumed; the rest is handed back with
 * the next chunk. With `final` it must consume everything (or throw).
 */
export function scanPart(zip: ZipReader, entry: ZipEntry, scan: (text: string, final: boolean) => number): void {
  let decoder: XmlDecoder | undefined;
  let pending = "";
  let parts: string[] = [];
  let size = 0;
  // New text needed before the next scan. When a construct is still incomplete after a scan
  // (a huge or unclosed row...), wait for as much new text as is pending, so that re-scanning
  // the pending text stays linear overall instead of quadratic.
  let threshold = SCAN_CHUNK_CHARS;
  const run = (final: boolean) => {
    const text = parts.length === 0 ? pending : pending + parts.join("");
    parts = [];
    size = 0;
    const used = scan(text, final);
    pending = used >= text.length ? "" : text.slice(used);
    threshold = Math.max(SCAN_CHUNK_CHARS, pending.length);
  };
  zip.stream(entry, (chunk) => {
    decoder ??= xmlDecoderFor(chunk);
    const s = decoder.decode(chunk, { stream: true });
    if (s.length > 0) {
      parts.push(s);
      size += s.length;
      if (size >= threshold) run(false);
    }
  });
  if (decoder) {
    const tail = decoder.decode();
    if (tail) parts.push(tail);
  }
  run(true);
}

/** A `corrupt` FormatError whose detail starts with the part name. */
export function partCorrupt(part: string, en: string, vi: string): FormatError {
  return new FormatError("corrupt", { vi: `${part}: ${vi}`, en: `${part}: ${en}` });
}

/** What a scanner's step gives when the construct at hand is not complete in the text yet. */
export const INCOMPLETE = -1;
