/// <reference types="office-js" />
/**
 * The one requirement-set check of the Excel adapter. Call sites write the set and version as
 * literals — isSetSupported("ExcelApi", "1.9") — so that test/manifest/apis.test.ts can hold every
 * API above the manifest's declared sets against a guard in the file that calls it.
 *
 * Outside Office (tests, the preview) there is no Office.context.requirements: everything is
 * assumed there (the stand-in says what it supports through its own Office.context). A host whose
 * check throws is taken as not supporting the set.
 */
export function isSetSupported(name: string, version: string): boolean {
  try {
    const office = (globalThis as { Office?: typeof Office }).Office;
    const req = office?.context?.requirements;
    if (!req || typeof req.isSetSupported !== "function") return true;
    return req.isSetSupported(name, version);
  } catch {
    return false;
  }
}
