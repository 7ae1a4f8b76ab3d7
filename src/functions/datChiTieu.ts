/** DATCHITIEU: an actual figure against a target as the plan writes it ("80% trở lên", "nhóm 3/13"). */
import { type Dec, decFromNumber, decShift, decSub, decToNumber, formatNumberVN, parseNumberText } from "../core/number";
import { attained, parseTarget, phraseTarget, type Target, targetProblem } from "../core/tables/target";
import { basic, describe, FnError, type FnResult, isMissing, textArg } from "./args";
import { Memo } from "./memo";

const targetCache = new Memo<Target | null>();

function cachedTarget(text: string, unit: string | undefined): Target | undefined {
  const key = text + "\u0001" + (unit ?? "");
  let t = targetCache.get(key);
  if (t === undefined) t = targetCache.set(key, parseTarget(text, { unit }) ?? null);
  return t ?? undefined;
}

function fmtDec(d: Dec, percent: boolean): string {
  return formatNumberVN(d, { maxDecimals: 4 }) + (percent ? "%" : "");
}

/**
 * DATCHITIEU(thuchien, muctieu, [donvi]): whether the actual figure attains the target.
 *
 * Units rule: when the target is a percentage ("80% trở lên", or a number with donvi "%") and
 * donvi is omitted, an actual between 0 and 1 is a fraction from a percent-formatted cell and is
 * read as percent (0,97 -> 97%); an actual above 1, a text with "%", or any actual when donvi
 * is "%", is already in percent units. A numeric target is a plain number, or percent units with
 * donvi "%". A rank target ("nhóm 3/13") takes the rank attained (1 is best).
 */
export function datChiTieu(rawThuchien: unknown, rawMuctieu: unknown, donvi?: unknown): FnResult {
  const thuchien = basic(rawThuchien);
  const muctieu = basic(rawMuctieu);
  const unit = textArg(donvi, "Đơn vị");
  if (unit instanceof FnError) return unit;
  const unitIsPercent = unit === "%";

  let target: Target | undefined;
  if (typeof muctieu === "string") {
    const text = muctieu.trim();
    target = text === "" ? undefined : cachedTarget(text, unit);
  } else if (typeof muctieu === "number") {
    target = parseTarget(muctieu, { unit });
  } else if (!isMissing(muctieu)) {
    return new FnError("value", `Chỉ tiêu phải là văn bản hoặc số, không phải ${describe(muctieu)}.`);
  }
  if (!target) {
    return new FnError("value", `Không xác định được chỉ tiêu${isMissing(muctieu) ? "" : " " + describe(muctieu)}.`);
  }
  const problem = targetProblem(target);
  if (problem) return new FnError("num", `Chỉ tiêu không hợp lệ: ${problem.vi}.`);

  // The actual, in the target's units.
  let actual: Dec;
  let actualValue: number;
  try {
    if (typeof thuchien === "number") {
      if (!Number.isFinite(thuchien)) return new FnError("num", `Số thực hiện không phải số hữu hạn (${thuchien}).`);
      actual = decFromNumber(thuchien);
      if (target.percent && !unitIsPercent && thuchien >= 0 && thuchien <= 1) actual = decShift(actual, 2);
    } else if (typeof thuchien === "string" && thuchien.trim() !== "") {
      const p = parseNumberText(thuchien, "vi");
      if (!p) return new FnError("value", `Số thực hiện ${describe(thuchien)} không phải số.`);
      actual = p.exact;
    } else if (isMissing(thuchien)) {
      return new FnError("value", "Thiếu số thực hiện.");
    } else {
      return new FnError("value", `Số thực hiện phải là số, không phải ${describe(thuchien)}.`);
    }
    actualValue = decToNumber(actual);

    if (target.op === "rank") {
      if (!Number.isInteger(actualValue) || actualValue < 1) {
        return new FnError("num", `Thứ hạng thực hiện phải là số nguyên từ 1 (nhận ${formatNumberVN(actual)}).`);
      }
      if (attained(actualValue, target)) return "Đạt";
      return `Chưa đạt (xếp thứ ${actualValue}, chỉ tiêu ${phraseTarget(target)})`;
    }
    if (attained(actualValue, target)) return "Đạt";

    const pct = target.percent;
    const gapUnit = pct ? " điểm %" : unit && !unitIsPercent ? " " + unit : "";
    const shortOf = (threshold: number) => formatNumberVN(decSub(decFromNumber(threshold), actual), { maxDecimals: 4 });
    switch (target.op) {
      case "eq":
      case "ge":
        return `Chưa đạt (thiếu ${shortOf(target.value as number)}${gapUnit})`;
      case "range":
        return `Chưa đạt (thiếu ${shortOf(target.lo as number)}${gapUnit})`;
      case "le": {
        const over = formatNumberVN(decSub(actual, decFromNumber(target.value as number)), { maxDecimals: 4 });
        return `Chưa đạt (vượt ${over}${gapUnit})`;
      }
      default:
        // "gt" and "lt": the bound itself does not attain.
        return `Chưa đạt (cần ${phraseTarget(target)}, thực hiện ${fmtDec(actual, pct)})`;
    }
  } catch (e) {
    return new FnError("value", `Không so được với chỉ tiêu: ${(e as Error).message}`);
  }
}
