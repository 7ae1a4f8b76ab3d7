import { POINTS_PER_UNIT, wrapLines } from "../../../src/core/grid/wrapLines";
import { textWidthPt as textWidth } from "../../../src/core/text/fontMetrics";

describe("wrapLines", () => {
  const line = (units: number) => units * POINTS_PER_UNIT;
  test("a short text is one line; an empty one too", () => {
    expect(wrapLines("Mục tiêu", 30, 14)).toBe(1);
    expect(wrapLines("", 30, 14)).toBe(1);
  });

  test("wraps at spaces: two words that do not fit together take two lines", () => {
    const word = "chuyển";
    const w = textWidth(word, 14);
    // Room for one word and a half: each word on its own line.
    const units = (w * 1.5 + 5) / POINTS_PER_UNIT;
    expect(wrapLines(`${word} ${word}`, units, 14)).toBe(2);
    expect(wrapLines(`${word} ${word} ${word}`, units, 14)).toBe(3);
    expect(line(units)).toBeGreaterThan(w);
  });

  test("each line break starts a line; a word longer than the cell runs over several", () => {
    expect(wrapLines("a\nb\nc", 30, 14)).toBe(3);
    expect(wrapLines("x".repeat(200), 10, 14)).toBeGreaterThanOrEqual(Math.ceil(textWidth("x".repeat(200), 14) / line(10)));
  });

  test("a 500-character paragraph across the Bản thảo sheet's 88 units takes 7 lines or more (never fewer than its width needs)", () => {
    const text = "Cán bộ, công chức, viên chức được tập huấn về chuyển đổi số và an toàn thông tin; ".repeat(7).slice(0, 500);
    const needed = Math.ceil(textWidth(text, 14) / (line(88) - 5));
    expect(needed).toBeGreaterThanOrEqual(6);
    const got = wrapLines(text, 88, 14);
    expect(got).toBeGreaterThanOrEqual(needed);
    // Slightly too tall at most.
    expect(got).toBeLessThanOrEqual(needed + 2);
  });

  test("bold takes more room than regular", () => {
    const text = "KẾT QUẢ THỰC HIỆN CÔNG TÁC CHUYỂN ĐỔI SỐ TRÊN ĐỊA BÀN THỊ XÃ NĂM 2023 VÀ NHIỆM VỤ";
    expect(textWidth(text, 14, true)).toBeGreaterThan(textWidth(text, 14));
    expect(wrapLines(text, 30, 14, true)).toBeGreaterThanOrEqual(wrapLines(text, 30, 14));
  });
});
