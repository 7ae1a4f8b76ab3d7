/** The Office.js adapter: workbook -> Grid[], findings -> selection, SheetSpec[] -> new sheets. */
export { excelHost } from "./excelHost";
export {
  DEFAULT_BYTES_PER_CELL,
  DEFAULT_MAX_RESPONSE_BYTES,
  cellFromExcel,
  isPayloadSizeError,
  lastReadWasLarge,
  readWorkbookGrids,
  rectsOfAreas,
  resetReadMemory,
  type ReadOptions,
  type ReadResult,
} from "./readGrids";
export { charsToPoints, uniqueSheetName, writeSheetSpecs } from "./writeSheets";
