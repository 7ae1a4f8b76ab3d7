/**
 * The Excel-facing wrappers: results pass through, error results become CustomFunctions.Error
 * (#VALUE! with the Vietnamese message, #NUM! without one: Excel shows no custom message for it),
 * and nothing else is ever thrown. CustomFunctions is stubbed (no Excel here).
 */
import { StubCustomFunctionsError } from "../helpers/customFunctionsStub";
import * as path from "node:path";
import { generateCustomFunctionsMetadata } from "custom-functions-metadata";
import * as fns from "../../src/functions/functions";

/** What a call throws (undefined when it returns). */
function thrown(f: () => unknown): unknown {
  try {
    f();
    return undefined;
  } catch (e) {
    return e;
  }
}

// Excel passes null for omitted optional arguments; the TypeScript signatures say "optional".
const N = null as unknown as undefined;

describe("custom functions (Excel side)", () => {
  test("results pass through", () => {
    expect(fns.docSo(13570, N, N)).toBe("Mười ba nghìn năm trăm bảy mươi");
    expect(fns.docSo(13570, "triệu đồng", N)).toBe("Mười ba tỷ năm trăm bảy mươi triệu đồng");
    expect(fns.docSo(4.35 * 100, "nghìn đồng", "chẵn", N)).toBe("Bốn trăm ba mươi lăm nghìn đồng chẵn");
    expect(fns.docSo(1.5, "đồng", N, 1)).toBe("Một phẩy năm đồng");
    expect(fns.soVn(8962.46, N)).toBe("8.962,46");
    expect(fns.tyLe(1050, 1710, N)).toBe("61,4%");
    expect(fns.tyLe(18923, 46357, 2)).toBe("40,82%");
    expect(fns.kiemTraTong([[120], [300], [700], [300], [550]], 1970)).toBe("Khớp");
    expect(fns.kiemTraTong([[120], [300], [700], [300], [550]], 1907)).toMatch(/^Lệch 63/);
    expect(fns.datChiTieu(0.97, "95%", N)).toBe("Đạt");
  });

  test.each<[string, () => unknown, string]>([
    ["DOCSO text", () => fns.docSo("abc" as unknown as number), "#VALUE!"],
    ["DOCSO too big", () => fns.docSo(1e18), "#NUM!"],
    ["DOCSO bad unit", () => fns.docSo(1, "USD"), "#VALUE!"],
    ["DOCSO bad option", () => fns.docSo(1, N, "xyz"), "#VALUE!"],
    ["DOCSO chẵn without a unit", () => fns.docSo(1, N, "chẵn"), "#VALUE!"],
    ["DOCSO fractional decimals", () => fns.docSo(1, N, N, 1.5), "#NUM!"],
    ["SOVN negative decimals", () => fns.soVn(1, -1), "#NUM!"],
    ["SOVN text", () => fns.soVn("1" as unknown as number), "#VALUE!"],
    ["TYLE zero denominator", () => fns.tyLe(1, 0), "#NUM!"],
    ["TYLE negative decimals", () => fns.tyLe(1, 2, -1), "#NUM!"],
    ["TYLE text", () => fns.tyLe("a" as unknown as number, 2), "#VALUE!"],
    ["KIEMTRATONG text cell", () => fns.kiemTraTong([["abc"]], 1), "#VALUE!"],
    ["KIEMTRATONG no total", () => fns.kiemTraTong([[1]], N as unknown as number), "#VALUE!"],
    ["DATCHITIEU unparseable target", () => fns.datChiTieu(90, "Phổ cập 4G"), "#VALUE!"],
    ["DATCHITIEU impossible target", () => fns.datChiTieu(90, "120%"), "#NUM!"],
  ])("%s -> %s", (_name, call, code) => {
    const e = thrown(call);
    expect(e).toBeInstanceOf(StubCustomFunctionsError);
    const err = e as StubCustomFunctionsError;
    expect(err.code).toBe(code);
    if (code === "#VALUE!") expect(err.message).toMatch(/\S/);
    else expect(err.message).toBeUndefined();
  });

  test("the #VALUE! message is the Vietnamese one", () => {
    const e = thrown(() => fns.datChiTieu(90, "Phổ cập 4G")) as StubCustomFunctionsError;
    expect(e.message).toMatch(/^Không xác định được chỉ tiêu/);
  });

  test("DOCSO's #VALUE! says why", () => {
    const e = thrown(() => fns.docSo(1, N, "chẵn")) as StubCustomFunctionsError;
    expect(e.message).toBe('Tùy chọn "chẵn" chỉ dùng khi có đơn vị tiền (ví dụ "đồng"): "chẵn" đứng sau "đồng".');
  });

  test("only CustomFunctions.Error is ever thrown", () => {
    const odd: unknown[] = [undefined, null, "", "x", 0, -1, 1e300, Number.NaN, true, [], [[]], [["a"]], {}, Symbol("s"), 10n];
    const calls: ((a: unknown, b: unknown, c: unknown) => unknown)[] = [
      (a, b, c) => fns.docSo(a as number, b as string, c as string),
      (a, b) => fns.soVn(a as number, b as number),
      (a, b, c) => fns.tyLe(a as number, b as number, c as number),
      (a, b) => fns.kiemTraTong(a as unknown[][], b as number),
      (a, b, c) => fns.datChiTieu(a as number, b as string, c as string),
    ];
    for (const call of calls) {
      for (const a of odd) {
        for (const b of odd) {
          for (const c of [undefined, null, "%", 1]) {
            const e = thrown(() => call(a, b, c));
            if (e !== undefined) expect(e).toBeInstanceOf(StubCustomFunctionsError);
          }
        }
      }
    }
  });
});

describe("the build's associate calls", () => {
  // custom-functions-metadata-plugin's loader appends `CustomFunctions.associate(id, functionName)`
  // for each association that generateCustomFunctionsMetadata finds: each must name an exported
  // wrapper, and every function of functions.json must have exactly one.
  test("associate every function id with an exported wrapper", async () => {
    const r = await generateCustomFunctionsMetadata(path.join(__dirname, "..", "..", "src", "functions", "functions.ts"));
    expect(r.errors).toEqual([]);
    const ids = (JSON.parse(r.metadataJson) as { functions: { id: string }[] }).functions.map((f) => f.id);
    expect(ids).toEqual(["DOCSO", "SOVN", "TYLE", "KIEMTRATONG", "DATCHITIEU"]);
    expect(r.associate.map((a) => a.id)).toEqual(ids);
    const exported = fns as unknown as Record<string, unknown>;
    for (const a of r.associate) expect(typeof exported[a.functionName]).toBe("function");
    expect(Object.fromEntries(r.associate.map((a) => [a.id, a.functionName]))).toEqual({
      DOCSO: "docSo",
      SOVN: "soVn",
      TYLE: "tyLe",
      KIEMTRATONG: "kiemTraTong",
      DATCHITIEU: "datChiTieu",
    });
  }, 60_000);
});
