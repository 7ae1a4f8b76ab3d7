/** The differential test's outcomes for people: the status labels and a few lines of detail. */
import type { Outcome, Status } from "./compare";

export const STATUS_LABEL: Record<Status, string> = {
  identical: "identical",
  "ours-right": "ours right",
  differs: "differs",
  refused: "refused",
  crashed: "crashed",
  "exceljs-failed": "ExcelJS cannot read",
};

/** How many differences the detail shows. */
const SHOWN = 5;

/** The detail of an outcome (empty for `identical`): named mistakes, first differences, error. */
export function outcomeDetail(o: Outcome): string {
  switch (o.status) {
    case "identical":
      return "";
    case "ours-right":
      return explainedLine(o.explained);
    case "differs": {
      const lines = o.differences.slice(0, SHOWN).map((d) => {
        const tag = d.judgement.kind === "pending-fix" ? `  [pending reader fix: ${d.judgement.name}]` : "";
        return `${d.where} ${d.kind}: ours ${d.ours} vs ExcelJS ${d.exceljs}${tag}`;
      });
      if (o.count > SHOWN) lines.push(`… ${o.count - SHOWN} more`);
      const ex = explainedLine(o.explained);
      return ex ? [...lines, ex].join("\n") : lines.join("\n");
    }
    case "refused":
      return `${o.code}: ${o.message}`;
    case "crashed":
    case "exceljs-failed":
      return o.error;
  }
}

function explainedLine(explained: Record<string, number>): string {
  const parts = Object.entries(explained).map(([name, n]) => `${name} ×${n}`);
  return parts.length > 0 ? `explained by ExcelJS mistakes: ${parts.join(", ")}` : "";
}
