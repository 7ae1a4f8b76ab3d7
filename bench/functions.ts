/**
 * Custom functions (src/functions/index.ts): calls per second of each function over 10^5
 * generated, report-like inputs (made before timing): amounts with 0–2 decimals, rates of the
 * report's figures, targets as the report writes them. Median of several passes over the inputs
 * after a warm-up pass. Errors are counted (there should be none: these are valid inputs).
 */
import { datChiTieu, docSo, type FnError, kiemTraTong, soVN, tyLe } from "../src/functions";
import { median, now } from "./util";

export interface FnResult {
  name: string;
  callsPerSecond: number;
  medianMs: number;
  errors: number;
  sample: string;
}

type Args = unknown[];

function inputs(n: number): Record<string, Args[]> {
  let s = 12345;
  const rand = () => (s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32;
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)];
  /** An amount in triệu đồng with 0, 1 or 2 decimals: 13570, 892.5, 8962.46. */
  const amount = (max = 20000) => {
    const k = pick([0, 0, 1, 2, 2]);
    return Math.round(rand() * max * 10 ** k) / 10 ** k;
  };
  const sovn: Args[] = [];
  const tyle: Args[] = [];
  const docso: Args[] = [];
  const kiemtra: Args[] = [];
  const datct: Args[] = [];
  const TARGETS = ["80% trở lên", "95%", "≥ 80%", "trên 50%", "30% - 50%", "100%", "tối thiểu 70%"];
  for (let i = 0; i < n; i++) {
    sovn.push([amount(), pick([null, null, 0, 1, 2])]);
    // Counts (hồ sơ trực tuyến / tổng hồ sơ) or amounts (giải ngân / kế hoạch), default 1 decimal.
    if (rand() < 0.7) {
      const den = 100 + Math.floor(rand() * 50000);
      tyle.push([Math.floor(rand() * den), den, pick([null, null, null, 1, 2])]);
    } else {
      const den = amount() + 1;
      tyle.push([Math.round(rand() * den * 100) / 100, den, pick([null, 2])]);
    }
    const unit = pick(["triệu đồng", "triệu đồng", "đồng", null]);
    // "chẵn" follows "đồng": without a unit it is #VALUE!, which is not what the bench measures.
    docso.push([amount(), unit, pick([null, null, null, "lẻ", unit === null ? null : "chẵn"])]);
    const cells = [[amount()], [amount()], [amount()], [amount()], [amount()]];
    const sum = Math.round(cells.reduce((a, c) => a + c[0], 0) * 100) / 100;
    kiemtra.push([cells, rand() < 0.9 ? sum : Math.round((sum + 0.01) * 100) / 100]);
    if (rand() < 0.15) datct.push([1 + Math.floor(rand() * 13), "nhóm 3/13"]);
    else datct.push([Math.round(rand() * 1000) / 1000, pick(TARGETS)]);
  }
  return { SOVN: sovn, TYLE: tyle, DOCSO: docso, KIEMTRATONG: kiemtra, DATCHITIEU: datct };
}

const FNS: Record<string, (...a: unknown[]) => string | FnError> = {
  SOVN: soVN,
  TYLE: tyLe,
  DOCSO: docSo,
  KIEMTRATONG: kiemTraTong,
  DATCHITIEU: datChiTieu,
};

export function benchFunctions(n = 100_000, passes = 7): FnResult[] {
  const all = inputs(n);
  const out: FnResult[] = [];
  for (const [name, fn] of Object.entries(FNS)) {
    const args = all[name];
    let errors = 0;
    let sink = 0;
    const times: number[] = [];
    for (let p = 0; p <= passes; p++) {
      const t0 = now();
      for (let i = 0; i < args.length; i++) {
        const a = args[i];
        const r = fn(a[0], a[1], a[2]);
        if (typeof r === "string") sink += r.length;
        else if (p === 0) errors++;
      }
      if (p > 0) times.push(now() - t0);
    }
    const ms = median(times);
    if (sink < 0) throw new Error("unreachable");
    const first = args[0];
    const r = fn(first[0], first[1], first[2]);
    out.push({
      name,
      callsPerSecond: n / (ms / 1000),
      medianMs: ms,
      errors,
      sample: `${name}(${first.map((x) => JSON.stringify(x)).join("; ")}) = ${typeof r === "string" ? r : "#" + r.kind}`,
    });
  }
  return out;
}
