import { FnError, type FnResult } from "../../src/functions";

/** What a result is: "text", or the kind of its error ("value" = #VALUE!, "num" = #NUM!). */
export function kindOf(r: FnResult): "value" | "num" | "text" {
  return r instanceof FnError ? r.kind : "text";
}
