/**
 * addSheets: new worksheets added to an existing .xlsx package, and nothing else changed.
 *
 * Every part of the source is copied as stored (same compressed bytes, CRC and date): charts,
 * drawings, images, comments, pivot tables, tables, VBA, custom XML, docProps — and its worksheets.
 * Only four parts are edited, by inserting text and never by rewriting them:
 * - the workbook part (xl/workbook.xml): one `<sheet>` per new sheet at the end of `<sheets>` (the
 *   next free sheetId, a new relationship id), and a `_xlnm.Print_Titles` defined name local to a
 *   new sheet that repeats rows; existing sheets keep their positions, so every `localSheetId`
 *   stays right;
 * - its relationships (xl/_rels/workbook.xml.rels): one worksheet relationship per new sheet;
 * - [Content_Types].xml: one Override per new part;
 * - styles.xml: the new fonts, border, number formats and cell formats appended (newStyles.ts);
 *   a package without a styles part gets one.
 * docProps/app.xml (the sheet titles a file browser shows) is left as it was: Excel and
 * LibreOffice do not read it when opening a workbook and write it anew when saving.
 *
 * New sheets are named as their SheetSpec asks, "(2)", "(3)" … after a taken name (compared
 * case-insensitively, {@link uniqueSheetNames}); their parts are written by sheetPart.ts, in the
 * package's own SpreadsheetML dialect (transitional or strict).
 *
 * Pure TypeScript (no Node APIs); errors are FormatErrors (what is wrong with the source package).
 */
import { quoteSheetName } from "../../core/grid/address";
import { uniqueSheetNames } from "../../core/grid/sheetNames";
import type { SheetSpec } from "../../core/grid/spec";
import { FormatError } from "./errors";
import { NewStyles, STYLES_CONTENT_TYPE } from "./newStyles";
import { openPackage } from "./package";
import { sheetPartBytes } from "./sheetPart";
import { Edits, attrOf, childNamed, childrenNamed, escapeXmlAttr, escapeXmlText, namespacesOf, scanElements } from "./xmlEdit";
import type { ZipLimits } from "./zip";
import { copiedEntry, dosDateTime, newEntry, writeZip, type ZipOutEntry } from "./zipWriter";

const NS = {
  transitional: {
    main: "http://schemas.openxmlformats.org/spreadsheetml/2006/main",
    rel: "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
  },
  strict: {
    main: "http://purl.oclc.org/ooxml/spreadsheetml/main",
    rel: "http://purl.oclc.org/ooxml/officeDocument/relationships",
  },
};

const WORKSHEET_CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml";

/** The order of workbook's children (CT_Workbook). */
const WORKBOOK_ORDER = [
  "fileVersion",
  "fileSharing",
  "workbookPr",
  "workbookProtection",
  "bookViews",
  "sheets",
  "functionGroups",
  "externalReferences",
  "definedNames",
  "calcPr",
  "oleSize",
  "customWorkbookViews",
  "pivotCaches",
  "smartTagPr",
  "smartTagTypes",
  "webPublishing",
  "fileRecoveryPr",
  "webPublishObjects",
  "extLst",
];

export interface AddSheetsOptions {
  /** ZIP limits for reading the source (zip-bomb protection). */
  limits?: Partial<ZipLimits>;
  /** The date stamped on the new parts (default: now). */
  now?: Date;
}

export interface AddSheetsResult {
  /** The new package. */
  bytes: Uint8Array;
  /** The names the sheets were given, in the order of the specs. */
  names: string[];
}

function dirOf(part: string): string {
  const i = part.lastIndexOf("/");
  return i < 0 ? "" : part.slice(0, i + 1);
}

function corrupt(en: string, vi: string): FormatError {
  return new FormatError("corrupt", { vi, en });
}

const utf8 = new TextEncoder();

/**
 * `source` (the bytes of an .xlsx / .xlsm workbook) with `sheets` added after its sheets.
 * @throws FormatError when the source is not a workbook package that can be edited.
 */
export function addSheets(source: Uint8Array, sheets: readonly SheetSpec[], opts: AddSheetsOptions = {}): AddSheetsResult {
  const pkg = openPackage(source, opts.limits);
  const wbPath = pkg.findWorkbook();
  const wbDir = dirOf(wbPath);
  const relsPath = `${wbDir}_rels/${wbPath.slice(wbDir.length)}.rels`;
  const ctPath = "[Content_Types].xml";

  const wbXml = pkg.utf8Text(wbPath);
  const relsXml = pkg.utf8Text(relsPath);
  const ctXml = pkg.utf8Text(ctPath);
  if (wbXml === undefined) throw corrupt(`missing ${wbPath}`, `thiếu ${wbPath}`);
  if (relsXml === undefined) throw corrupt(`missing ${relsPath}`, `thiếu ${relsPath}`);
  if (ctXml === undefined) throw corrupt(`missing ${ctPath}`, `thiếu ${ctPath}`);

  const wbRoot = scanElements(wbXml, wbPath, 2);
  const sheetsEl = childNamed(wbRoot, "sheets");
  if (wbRoot.local !== "workbook" || !sheetsEl) throw corrupt(`${wbPath} has no <sheets>`, `${wbPath} không có <sheets>`);
  const wbNs = namespacesOf(wbXml, wbRoot);
  const strict = wbNs.get(wbRoot.prefix.replace(/:$/, "")) === NS.strict.main;
  const ns = strict ? NS.strict : NS.transitional;
  const rPrefix = [...wbNs.entries()].find(([p, uri]) => p !== "" && uri === ns.rel)?.[0];

  const relsRoot = scanElements(relsXml, relsPath, 1);
  const ctRoot = scanElements(ctXml, ctPath, 1);
  const relIds = new Set(childrenNamed(relsRoot, "Relationship").map((r) => attrOf(relsXml, r, "Id") ?? ""));
  let nextRel = 1;
  for (const id of relIds) {
    const m = /^rId(\d+)$/.exec(id);
    if (m) nextRel = Math.max(nextRel, Number(m[1]) + 1);
  }
  const newRelId = () => {
    while (relIds.has(`rId${nextRel}`)) nextRel++;
    const id = `rId${nextRel++}`;
    relIds.add(id);
    return id;
  };
  const taken = new Set(pkg.zip.entries.map((e) => e.name.replace(/^\//, "").toLowerCase()));
  /** `stem`.xml when `bare` and free, else the first free `stem`N.xml. */
  const freePart = (stem: string, bare = false) => {
    for (let k = bare ? 0 : 1; ; k++) {
      const name = `${stem}${k || ""}.xml`;
      if (!taken.has(name.toLowerCase())) {
        taken.add(name.toLowerCase());
        return name;
      }
    }
  };

  const existing = childrenNamed(sheetsEl, "sheet");
  const names = existing.map((s) => attrOf(wbXml, s, "name") ?? "");
  let nextSheetId = 1;
  for (const s of existing) {
    const id = Number(attrOf(wbXml, s, "sheetId"));
    if (Number.isInteger(id)) nextSheetId = Math.max(nextSheetId, id + 1);
  }

  const stylesPath = pkg.readWorkbook(wbPath).stylesPath;
  const styles = new NewStyles(stylesPath === undefined ? undefined : pkg.utf8Text(stylesPath), stylesPath);

  const wb = new Edits(wbXml);
  const rels = new Edits(relsXml);
  const ct = new Edits(ctXml);
  const sp = sheetsEl.prefix;
  const rp = relsRoot.prefix;
  const cp = ctRoot.prefix;
  const when = dosDateTime(opts.now ?? new Date());
  const added: ZipOutEntry[] = [];
  const given: string[] = [];
  const definedNames: string[] = [];
  const relAttr = rPrefix ? `${rPrefix}:id` : `xmlns:r="${ns.rel}" r:id`;

  // Sheets written together are named together: "Bản thảo (2)" brings "Bản thảo (2) - Phụ lục I".
  const free = uniqueSheetNames(
    sheets.map((s) => s.name),
    names,
  );
  sheets.forEach((spec, i) => {
    const name = free[i];
    names.push(name);
    given.push(name);
    const part = freePart(`${wbDir}worksheets/sheet`);
    const rId = newRelId();
    wb.append(sheetsEl, `<${sp}sheet name="${escapeXmlAttr(name)}" sheetId="${nextSheetId++}" ${relAttr}="${rId}"/>`);
    rels.append(
      relsRoot,
      `<${rp}Relationship Id="${rId}" Type="${ns.rel}/worksheet" Target="${escapeXmlAttr(part.slice(wbDir.length))}"/>`,
    );
    ct.append(ctRoot, `<${cp}Override PartName="/${escapeXmlAttr(part)}" ContentType="${WORKSHEET_CONTENT_TYPE}"/>`);
    const t = spec.printTitleRows;
    if (t && t.first >= 0 && t.last >= t.first) {
      const ref = `${quoteSheetName(name)}!$${t.first + 1}:$${t.last + 1}`;
      definedNames.push(
        `<${sp}definedName name="_xlnm.Print_Titles" localSheetId="${existing.length + i}">${escapeXmlText(ref)}</${sp}definedName>`,
      );
    }
    added.push(newEntry(part, sheetPartBytes(spec, styles, ns.main), when));
  });

  if (definedNames.length) {
    const dn = childNamed(wbRoot, "definedNames");
    if (dn) wb.append(dn, definedNames.join(""));
    else
      wb.insertInOrder(wbRoot, "definedNames", WORKBOOK_ORDER, `<${sp}definedNames>${definedNames.join("")}</${sp}definedNames>`);
  }

  // The edited parts by lower-cased name (the styles last: the sheets above asked for their styles).
  const edited = new Map<string, string>([[wbPath.toLowerCase(), wb.apply()]]);
  let newStylesPath: string | undefined;
  if (stylesPath === undefined) {
    newStylesPath = freePart(`${wbDir}styles`, true);
    rels.append(
      relsRoot,
      `<${rp}Relationship Id="${newRelId()}" Type="${ns.rel}/styles" Target="${escapeXmlAttr(newStylesPath.slice(wbDir.length))}"/>`,
    );
    ct.append(ctRoot, `<${cp}Override PartName="/${escapeXmlAttr(newStylesPath)}" ContentType="${STYLES_CONTENT_TYPE}"/>`);
  } else edited.set(stylesPath.toLowerCase(), styles.apply());
  edited.set(relsPath.toLowerCase(), rels.apply());
  edited.set(ctPath.toLowerCase(), ct.apply());

  const out: ZipOutEntry[] = [];
  for (const e of pkg.zip.entries) {
    const text = edited.get(e.name.replace(/^\//, "").toLowerCase());
    out.push(text !== undefined ? newEntry(e.name, utf8.encode(text), e.dosDateTime) : copiedEntry(e, pkg.zip.raw(e)));
  }
  if (newStylesPath) out.push(newEntry(newStylesPath, utf8.encode(styles.apply()), when));
  out.push(...added);
  return { bytes: writeZip(out), names: given };
}
