/** Roman numerals as forms number their parts (I, II, …, XIV, …), for building test tables. */
const NUMERALS: [number, string][] = [
  [1000, "M"],
  [900, "CM"],
  [500, "D"],
  [400, "CD"],
  [100, "C"],
  [90, "XC"],
  [50, "L"],
  [40, "XL"],
  [10, "X"],
  [9, "IX"],
  [5, "V"],
  [4, "IV"],
  [1, "I"],
];

/** n (1–3999) in Roman numerals. */
export function toRoman(n: number): string {
  let s = "";
  let rest = n;
  for (const [v, r] of NUMERALS) {
    while (rest >= v) {
      s += r;
      rest -= v;
    }
  }
  return s;
}
