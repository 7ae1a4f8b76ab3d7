/** The Office.js adapter: workbook -> Grid[], findings -> selection, SheetSpec[] -> new sheets. */
export { excelHost } from "./excelHost";
