/**
 * Arguments as Excel passes them: an error result has a kind ("value" = #VALUE!, "num" = #NUM!)
 * and a Vietnamese message; no argument, however bad, makes a function throw.
 */
import {
  basic,
  decimalsArg,
  describe as describeArg,
  FnError,
  type FnResult,
  isMissing,
  numberArg,
  textArg,
} from "../../src/functions/args";
import { datChiTieu, docSo, kiemTraTong, soVN, tyLe } from "../../src/functions";

describe("argument helpers", () => {
  test("missing: null, undefined and the empty text", () => {
    expect([null, undefined, "", " ", 0, false].map(isMissing)).toEqual([true, true, true, false, false, false]);
  });

  test("cell value objects give their basic value", () => {
    expect(basic({ type: "Double", basicValue: 1970 })).toBe(1970);
    expect(basic({ type: "String", basicValue: "95%" })).toBe("95%");
    expect(basic({ type: "Error", errorType: "Ref" })).toEqual({ type: "Error", errorType: "Ref" });
    expect(basic([[1]])).toEqual([[1]]);
  });

  test("messages quote the argument", () => {
    expect(describeArg("abc")).toBe('"abc"');
    expect(describeArg("x".repeat(50))).toBe(`"${"x".repeat(40)}…"`);
    expect(describeArg(true)).toBe("TRUE");
    expect(describeArg([[1]])).toBe("một vùng ô");
  });

  test("numbers, decimals and texts", () => {
    expect(numberArg(8962.46, "Số")).toBe(8962.46);
    expect(numberArg(Number.NaN, "Số")).toEqual(new FnError("num", "Số không phải số hữu hạn (NaN)."));
    expect(numberArg(null, "Số")).toEqual(new FnError("value", "Thiếu Số."));
    expect(numberArg("1", "Số")).toEqual(new FnError("value", 'Số phải là số, không phải "1".'));
    expect(decimalsArg(null, 1)).toBe(1);
    expect(decimalsArg(10, 1)).toBe(10);
    expect((decimalsArg(11, 1) as FnError).kind).toBe("num");
    expect((decimalsArg("2", 1) as FnError).kind).toBe("value");
    expect(textArg("  triệu đồng ", "Đơn vị")).toBe("triệu đồng");
    expect(textArg("   ", "Đơn vị")).toBeUndefined();
    expect((textArg(5, "Đơn vị") as FnError).kind).toBe("value");
  });
});

describe("no argument makes a function throw", () => {
  const odd: unknown[] = [
    undefined,
    null,
    "",
    " ",
    "abc",
    "1.2.3,4,5",
    "92,460",
    0,
    -0,
    -1,
    1e300,
    -1e-300,
    Number.NaN,
    Number.NEGATIVE_INFINITY,
    true,
    false,
    [],
    [[]],
    [[null]],
    [["x", 1]],
    {},
    { type: "Error", errorType: "Ref" },
    Symbol("s"),
    10n,
    () => 1,
  ];
  const fns: [string, (...a: unknown[]) => FnResult][] = [
    ["DOCSO", docSo],
    ["SOVN", soVN],
    ["TYLE", tyLe],
    ["KIEMTRATONG", kiemTraTong],
    ["DATCHITIEU", datChiTieu],
  ];
  test.each(fns)("%s", (_name, f) => {
    for (const a of odd) {
      for (const b of odd) {
        for (const c of [undefined, null, "%", "lẻ", 2, -1]) {
          let r: FnResult | undefined;
          expect(() => {
            r = f(a, b, c);
          }).not.toThrow();
          expect(typeof r === "string" || r instanceof FnError).toBe(true);
        }
      }
    }
  });
});
