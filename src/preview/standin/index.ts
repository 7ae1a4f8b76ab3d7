/** The in-browser stand-in for Excel: model, Office.js-shaped API, formula evaluator, installer. */
export { StandInError, RequestContext, parseAddress, quoteSheet } from "./api";
export { evaluateFormula, type EvalContext } from "../../core/formula/evaluate";
export { installStandIn, standInInstalled, uninstallStandIn, type PreviewHandle } from "./install";
export {
  StandInSheet,
  StandInWorkbook,
  type CellFormat,
  type CellInput,
  type ChangeEvent,
  type Selection,
  type StandInCell,
  type StandInOptions,
} from "./workbook";
