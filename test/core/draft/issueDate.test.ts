/** The date of a document: what a person types or Excel stores, written as Decree 30/2020/NĐ-CP wants it. */
import { formatDateDMY, formatIssueDate, parseIssueDate, serialToDate } from "../../../src/core/draft/issueDate";

describe("parseIssueDate + formatIssueDate", () => {
  test.each([
    ["15/12/2023", "ngày 15 tháng 12 năm 2023"],
    // A day below 10 and a month below 3 take a leading 0; March does not.
    ["05/02/2024", "ngày 05 tháng 02 năm 2024"],
    ["5/2/2024", "ngày 05 tháng 02 năm 2024"],
    ["5/3/2024", "ngày 05 tháng 3 năm 2024"],
    ["1.1.2025", "ngày 01 tháng 01 năm 2025"],
    ["31-12-2024", "ngày 31 tháng 12 năm 2024"],
    ["2024-01-09", "ngày 09 tháng 01 năm 2024"],
    ["2023-12-15T00:00:00", "ngày 15 tháng 12 năm 2023"],
    ["10 tháng 2 năm 2024", "ngày 10 tháng 02 năm 2024"],
    ["ngày 29 tháng 02 năm 2024", "ngày 29 tháng 02 năm 2024"],
    [" 15 / 12 / 2023 ", "ngày 15 tháng 12 năm 2023"],
  ])("%s → %s", (text, written) => {
    const d = parseIssueDate(text);
    expect(d).toBeDefined();
    expect(formatIssueDate(d!)).toBe(written);
  });

  test.each(["32/13/2023", "31/04/2024", "29/02/2023", "0/1/2024", "15/12/23", "tháng 12", "abc", ""])(
    "%j names no date",
    (text) => {
      expect(parseIssueDate(text)).toBeUndefined();
    },
  );

  test("dd/mm/yyyy, the form the sheet and the options take", () => {
    expect(formatDateDMY({ day: 5, month: 2, year: 2024 })).toBe("05/02/2024");
    expect(formatDateDMY(parseIssueDate("2023-12-15")!)).toBe("15/12/2023");
  });
});

describe("serialToDate: a date typed into a cell", () => {
  test.each([
    [45275, false, "15/12/2023"],
    [45275.75, false, "15/12/2023"],
    [1, false, "01/01/1900"],
    [59, false, "28/02/1900"],
    [61, false, "01/03/1900"],
    [45324, false, "02/02/2024"],
    // The 1904 date system counts from 1 January 1904: the same day is 1462 less.
    [43813, true, "15/12/2023"],
    [0, true, "01/01/1904"],
  ])("%d (1904: %s) → %s", (serial, date1904, dmy) => {
    expect(formatDateDMY(serialToDate(serial, date1904)!)).toBe(dmy);
  });

  test("Excel's phantom 29 February 1900 and serials before the first day are no date", () => {
    expect(serialToDate(60)).toBeUndefined();
    expect(serialToDate(0)).toBeUndefined();
    expect(serialToDate(-1, true)).toBeUndefined();
    expect(serialToDate(Number.NaN)).toBeUndefined();
  });
});
