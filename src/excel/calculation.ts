/// <reference types="office-js" />
/**
 * Excel's calculation mode, read with the workbook: in manual mode (a setting of Excel, not of the
 * file: a workbook opened first in manual mode puts Excel there) formula results are those of the
 * last calculation, so a total may disagree with parts typed since — the pane warns.
 *
 * Reading Application.calculationMode is ExcelApi 1.1 (setting it is 1.8), within the manifest's
 * declared sets: no requirement-set guard.
 */
import type { Calculation } from "../host/host";

/**
 * Queues the load of the calculation mode into the context's next sync (so that a read can ask
 * for it in its first sync); the returned function gives the mode after that sync, or "unknown"
 * when the sync did not go through. "AutomaticExceptTables" (only data tables wait) is automatic.
 */
export function readCalculationMode(context: Excel.RequestContext): () => Calculation {
  const application = context.workbook.application;
  application.load("calculationMode");
  return () => {
    try {
      const mode: string = application.calculationMode;
      if (mode === "Manual") return "manual";
      if (mode === "Automatic" || mode === "AutomaticExceptTables") return "automatic";
      return "unknown";
    } catch {
      return "unknown";
    }
  };
}
