/** Public surface of the core: pure TypeScript, no Office.js, Node or DOM. */
export * from "./engine";
export * from "./findings";
export * from "./grid/grid";
export type { SheetSpec, SpecCell } from "./grid/spec";
export * from "./number";
export * from "./tables/model";
export { recognize, recognizeSheet } from "./tables/recognize";
export * from "./tables/target";
export * from "./tables/sums";
export { CHECKS } from "./checks";
