/**
 * The custom functions' logic: pure, synchronous, no Office globals. Each function takes what
 * Excel passes (numbers, texts, null for an omitted optional argument or an empty cell, matrices
 * for ranges) and returns either the text to show or an FnError — it never throws. functions.ts
 * turns an FnError into CustomFunctions.Error (#VALUE! or #NUM!).
 *
 * Speed matters (the functions are recalculated over whole columns): nothing here builds a RegExp
 * or an Intl object per call; option texts are parsed once and cached. One file a function.
 */
export { FnError, type FnResult } from "./args";
export { datChiTieu } from "./datChiTieu";
export { docSo } from "./docSo";
export { kiemTraTong } from "./kiemTraTong";
export { soVN } from "./soVN";
export { tyLe } from "./tyLe";
