/** t="d" cells: ISO 8601 text → Excel serial numbers, in the 1900 and the 1904 date systems. */
import { isoToSerial } from "../../../src/cli/xlsx/dates";

describe("isoToSerial", () => {
  test("1900 system: Excel's serials, the phantom 29 February 1900 included", () => {
    expect(isoToSerial("2023-01-01", false)).toBe(44927);
    expect(isoToSerial("2024-06-30T00:00:00Z", false)).toBe(45473);
    expect(isoToSerial("1900-01-01", false)).toBe(1);
    expect(isoToSerial("1900-02-28", false)).toBe(59);
    expect(isoToSerial("1900-03-01", false)).toBe(61);
    expect(isoToSerial("1900-02-29", false)).toBe(60);
    expect(isoToSerial("1900-02-29", true)).toBeUndefined();
    expect(isoToSerial("9999-12-31", false)).toBe(2958465);
  });

  test("time of day kept as the fraction; a time alone is day 0; the time zone suffix ignored", () => {
    expect(isoToSerial("2023-01-01T12:00:00", false)).toBe(44927.5);
    expect(isoToSerial("2023-01-01T06:00", false)).toBe(44927.25);
    expect(isoToSerial("2023-01-01T00:00:01.5+07:00", false)).toBe(44927 + 1.5 / 86400);
    expect(isoToSerial(" 2023-01-01T18:00:00.000Z ", false)).toBe(44927.75);
    expect(isoToSerial("1899-12-31T12:00:00", false)).toBe(0.5);
    expect(isoToSerial("18:00:00", false)).toBe(0.75);
    expect(isoToSerial("T06:00:00", true)).toBe(0.25);
  });

  test("1904 system: 1904-01-01 is 0", () => {
    expect(isoToSerial("1904-01-01", true)).toBe(0);
    expect(isoToSerial("2023-01-01", true)).toBe(44927 - 1462);
    expect(isoToSerial("2023-01-01T12:00:00", true)).toBe(43465.5);
  });

  test("not a date, an impossible one, or one the system cannot hold → undefined (the text is kept)", () => {
    for (const [text, d1904] of [
      ["", false],
      ["hôm nay", false],
      ["2023-02-29", false],
      ["2023-04-31", false],
      ["2023-13-01", false],
      ["2023-01-01T24:00:00", false],
      ["2023-01-01T10:60", false],
      ["2023-01-0112:00", false],
      ["1899-12-30", false],
      ["1800-01-01", false],
      ["1903-12-31", true],
      ["45000", false],
    ] as const)
      expect([text, isoToSerial(text, d1904)]).toEqual([text, undefined]);
  });
});
