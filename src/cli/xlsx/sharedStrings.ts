/**
 * sharedStrings.xml: the shared string table (`<sst>`), one string per `<si>`, in order; a cell
 * with t="s" holds an index into it. An item is plain (`<si><t>…</t></si>`) or rich text (`<r>`
 * runs, each with its `<t>`): the runs' texts are concatenated, their formatting dropped;
 * phonetic runs (`<rPh>`, East Asian readings) are skipped; spaces are kept as written and the
 * OOXML `_xHHHH_` escapes decoded. {@link collectText} reads inline strings (`<is>`) the same way.
 * The table is scanned in chunks like a worksheet (scanPart.ts): it can be tens of megabytes.
 */
import { INCOMPLETE, partCorrupt, scanPart } from "./scanPart";
import {
  decodeOoxmlEscapes,
  findClose,
  isLocal,
  localStart,
  nameEnd,
  own,
  readText,
  skipSpecial,
  tagEnd,
  type TextEnd,
} from "./xml";
import type { ZipEntry, ZipReader } from "./zip";

const textEnd: TextEnd = { end: 0 };

/**
 * The text of a rich-text item (`<si>` or `<is>`) whose content is xml[s, e): the `<t>` texts
 * concatenated, phonetic `<rPh>` runs skipped, `_xHHHH_` escapes decoded.
 */
export function collectText(xml: string, s: number, e: number): string {
  let out = "";
  let p = s;
  for (;;) {
    const lt = xml.indexOf("<", p);
    if (lt < 0 || lt >= e) break;
    const c = xml.charCodeAt(lt + 1);
    if (c === 47 || c === 33 || c === 63) {
      const next = skipSpecial(xml, lt);
      if (next < 0) break;
      p = next;
      continue;
    }
    const ne = nameEnd(xml, lt + 1);
    const te = tagEnd(xml, ne);
    if (te < 0 || te >= e) break;
    const ls = localStart(xml, lt + 1, ne);
    const len = ne - ls;
    const selfClosing = xml.charCodeAt(te - 1) === 47;
    if (len === 1 && xml.charCodeAt(ls) === 116 /* t */) {
      if (selfClosing) p = te + 1;
      else {
        out += readText(xml, te + 1, textEnd);
        p = textEnd.end;
      }
    } else if (len === 3 && xml.startsWith("rPh", ls) && !selfClosing) {
      const close = findClose(xml, te + 1, xml.slice(lt + 1, ne));
      p = close < 0 || close >= e ? e : close;
    } else p = te + 1;
  }
  return own(decodeOoxmlEscapes(out));
}

/** Out-value of {@link plainItem}. */
let plainText = "";

/**
 * The fast path for the common item `<si><t>text</t></si>` (or `<t xml:space="preserve">`), its
 * content starting at `from`: sets {@link plainText} (as {@link collectText} would read it, escapes
 * left to the caller) and returns the index after `</si>`, or -1 for any other shape.
 */
function plainItem(xml: string, from: number): number {
  if (xml.charCodeAt(from) !== 60 || xml.charCodeAt(from + 1) !== 116) return -1; // "<t"
  let a: number;
  const c = xml.charCodeAt(from + 2);
  if (c === 62) a = from + 3;
  else if (c === 32 && xml.startsWith(' xml:space="preserve">', from + 2)) a = from + 24;
  else return -1;
  const text = readText(xml, a, textEnd);
  const b = textEnd.end;
  if (!xml.startsWith("</t></si>", b)) return -1;
  plainText = text;
  return b + 9;
}

/** Reads the shared string table (`<si>` items, in order). */
export function readSharedStrings(zip: ZipReader, entry: ZipEntry): string[] {
  const out: string[] = [];
  let sawEnd = false;
  scanPart(zip, entry, (xml, final) => {
    let pos = 0;
    const n = xml.length;
    for (;;) {
      const lt = xml.indexOf("<", pos);
      if (lt < 0) return n;
      let next: number;
      const c = xml.charCodeAt(lt + 1);
      if (lt + 1 >= n) next = INCOMPLETE;
      else if (c === 47 || c === 33 || c === 63) {
        next = skipSpecial(xml, lt);
        if (c === 47 && next > 0 && isLocal(xml, lt + 2, nameEnd(xml, lt + 2), "sst")) sawEnd = true;
      } else {
        const ne = nameEnd(xml, lt + 1);
        const te = tagEnd(xml, ne);
        if (te < 0) next = INCOMPLETE;
        else {
          const ls = localStart(xml, lt + 1, ne);
          if (ne - ls === 3 && xml.startsWith("sst", ls) && xml.charCodeAt(te - 1) === 47) {
            sawEnd = true;
            next = te + 1;
          } else if (ne - ls === 2 && xml.startsWith("si", ls)) {
            const plain = xml.charCodeAt(te - 1) === 47 ? -1 : plainItem(xml, te + 1);
            if (plain >= 0) {
              out.push(own(decodeOoxmlEscapes(plainText)));
              next = plain;
            } else if (xml.charCodeAt(te - 1) === 47) {
              out.push("");
              next = te + 1;
            } else {
              const close = findClose(xml, te + 1, xml.slice(lt + 1, ne));
              if (close < 0) next = INCOMPLETE;
              else {
                out.push(collectText(xml, te + 1, close));
                next = close + 1;
              }
            }
          } else next = te + 1;
        }
      }
      if (next === INCOMPLETE) {
        if (final) throw partCorrupt(entry.name, "unexpected end of XML", "XML kết thúc đột ngột");
        return lt;
      }
      pos = next;
    }
  });
  if (!sawEnd) throw partCorrupt(entry.name, "unexpected end of XML (</sst> missing)", "XML kết thúc đột ngột (thiếu </sst>)");
  return out;
}
