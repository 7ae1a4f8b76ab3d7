export * from "./decimal";
export * from "./parse";
export * from "./format";
export * from "./words";
export * from "./numberFormat";
export * from "./wordsParse";
