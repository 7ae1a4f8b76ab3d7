/**
 * styles.xml: the number format of each cell style. A cell's `s` attribute is an index into
 * `<cellXfs>`; each `<xf>` names a `numFmtId`, either a custom `<numFmt>` of `<numFmts>` or one of
 * Excel's built-in formats (the table below; the locale-dependent ids are not in it and read as
 * General). `cellStyleXfs` (named styles) do not apply to cells directly and are ignored.
 */
import { child, children, parseXml } from "./xml";

/** Excel's built-in number formats (ECMA-376 §18.8.30) that are not locale-dependent. */
const BUILTIN_NUMBER_FORMATS: Readonly<Record<number, string>> = {
  0: "General",
  1: "0",
  2: "0.00",
  3: "#,##0",
  4: "#,##0.00",
  9: "0%",
  10: "0.00%",
  11: "0.00E+00",
  12: "# ?/?",
  13: "# ??/??",
  14: "mm-dd-yy",
  15: "d-mmm-yy",
  16: "d-mmm",
  17: "mmm-yy",
  18: "h:mm AM/PM",
  19: "h:mm:ss AM/PM",
  20: "h:mm",
  21: "h:mm:ss",
  22: "m/d/yy h:mm",
  37: "#,##0 ;(#,##0)",
  38: "#,##0 ;[Red](#,##0)",
  39: "#,##0.00;(#,##0.00)",
  40: "#,##0.00;[Red](#,##0.00)",
  45: "mm:ss",
  46: "[h]:mm:ss",
  47: "mmss.0",
  48: "##0.0E+0",
  49: "@",
};

/** Number format code by cell style (xf) index; undefined for General / unknown. */
export function parseStyles(xml: string, part = "styles.xml"): (string | undefined)[] {
  const root = parseXml(xml, part, ["numFmts", "numFmts/numFmt", "cellXfs", "cellXfs/xf"]);
  const custom = new Map<number, string>();
  for (const f of children(child(root, "numFmts"), "numFmt")) {
    const id = Number(f.attrs.numFmtId);
    if (Number.isInteger(id) && f.attrs.formatCode !== undefined) custom.set(id, f.attrs.formatCode);
  }
  const out: (string | undefined)[] = [];
  for (const xf of children(child(root, "cellXfs"), "xf")) {
    const id = Number(xf.attrs.numFmtId ?? 0);
    const code = custom.get(id) ?? BUILTIN_NUMBER_FORMATS[id];
    out.push(code === undefined || code === "" || code.toLowerCase() === "general" ? undefined : code);
  }
  return out;
}
