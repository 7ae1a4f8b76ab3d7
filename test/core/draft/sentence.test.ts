import {
  closed,
  inSentence,
  noteQualifier,
  sentenceStart,
  startsWithWord,
  tidyCopied,
  withoutEnd,
} from "../../../src/core/draft/sentence";

describe("inSentence keeps acronyms and names, lowers ordinary words", () => {
  test.each([
    ["UBND các xã, phường", "UBND các xã, phường"],
    ["TTHC", "TTHC"],
    ["CBCCVC được đào tạo", "CBCCVC được đào tạo"],
    ["IOC thị xã", "IOC thị xã"],
    ["iOffice", "iOffice"],
    ["Tổ Công nghệ số cộng đồng", "Tổ Công nghệ số cộng đồng"],
    ["Quảng Ngãi", "Quảng Ngãi"],
    ["Sở Khoa học và Công nghệ", "Sở Khoa học và Công nghệ"],
    ["Mức độ 3", "mức độ 3"],
    ["Cấp huyện", "cấp huyện"],
    ["Hồ sơ công việc xã, phường", "hồ sơ công việc xã, phường"],
    ["Dịch vụ công trực tuyến mức độ 3 và mức độ 4", "dịch vụ công trực tuyến mức độ 3 và mức độ 4"],
  ])("%s → %s", (input, expected) => expect(inSentence(input)).toBe(expected));
});

describe("tidyCopied never changes a number", () => {
  test.each([
    ["Văn phòng HĐND và UBND thị xã,, UBND các xã, phường", "Văn phòng HĐND và UBND thị xã, UBND các xã, phường"],
    ["thị xã ,UBND", "thị xã, UBND"],
    ["a ;; b", "a; b"],
    ["(  trừ văn bản mật )", "(trừ văn bản mật)"],
    ["tư pháp,... tạo", "tư pháp,... tạo"],
    ["8.962,46 triệu  đồng", "8.962,46 triệu đồng"],
    ["1.050/1.710", "1.050/1.710"],
  ])("%s → %s", (input, expected) => expect(tidyCopied(input)).toBe(expected));
});

test("sentence ends and starts", () => {
  expect(sentenceStart("giảm tối đa")).toBe("Giảm tối đa");
  expect(withoutEnd("Thu khác;")).toBe("Thu khác");
  expect(withoutEnd("phần mềm quản lý tài chính...")).toBe("phần mềm quản lý tài chính...");
  expect(closed("- a...")).toBe("- a...");
  expect(closed("- a")).toBe("- a.");
});

test("notes become qualifiers of the indicator", () => {
  expect(noteQualifier("Trừ văn bản, hồ sơ mật")).toBe(" (trừ văn bản, hồ sơ mật)");
  expect(noteQualifier("Trên môi trường mạng")).toBe(" trên môi trường mạng");
  expect(noteQualifier("Từ năm 2022 đến nay")).toBe(" từ năm 2022 đến nay");
  expect(noteQualifier("Số liệu của Sở")).toBe("");
  expect(noteQualifier(undefined)).toBe("");
  expect(startsWithWord("Từng bước", ["từ"])).toBe(false);
  expect(startsWithWord("Từ năm 2022", ["từ"])).toBe(true);
});
