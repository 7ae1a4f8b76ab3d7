/** A draft as plain lines of text: one paragraph a line, markers included (for tests and the CLI). */
import { type Block, type Draft, unverifiedMarker } from "./types";

export function blockText(b: Block): string[] {
  if (b.kind === "table") {
    const lines = [b.title, ...(b.unit ? [`Đơn vị tính: ${b.unit}`] : []), b.header.join(" | ")];
    for (const r of b.rows) lines.push(r.cells.join(" | "));
    if (b.unverified.length) lines.push(unverifiedMarker(b.unverified).trim());
    return lines;
  }
  return [b.text];
}

export function draftToText(d: Draft): string {
  const lines: string[] = [];
  for (const b of d.body) lines.push(...blockText(b));
  for (const a of d.appendices) {
    lines.push("");
    for (const b of a) lines.push(...blockText(b));
  }
  return lines.join("\n");
}
