import { describe, expect, it } from "vitest";
import { normalizeHeader, toHalfWidth } from "./normalize.ts";

describe("toHalfWidth", () => {
  it("turns full-width ASCII into half-width", () => {
    expect(toHalfWidth("ＡＢＣｘｙｚ０１２９")).toBe("ABCxyz0129");
    expect(toHalfWidth("！＃＄％＆（）＊＋，－．／：；＜＝＞？＠［］＾＿｛｜｝")).toBe(
      "!#$%&()*+,-./:;<=>?@[]^_{|}",
    );
    expect(toHalfWidth("Ｒ６．４．１")).toBe("R6.4.1");
  });

  it("turns the ideographic space into a normal space", () => {
    expect(toHalfWidth("保管\u3000期限")).toBe("保管 期限");
  });

  it("keeps full-width katakana, hiragana and kanji", () => {
    expect(toHalfWidth("カタカナ ひらがな 漢字 ー")).toBe("カタカナ ひらがな 漢字 ー");
  });

  it("turns half-width katakana into full-width, composing sound marks", () => {
    expect(toHalfWidth("ｶﾀｶﾅ")).toBe("カタカナ");
    expect(toHalfWidth("ｶﾞｲﾄﾞ ﾊﾟｿｺﾝ")).toBe("ガイド パソコン");
    expect(toHalfWidth("ｰ")).toBe("ー");
  });

  it("keeps spacing sound marks instead of splitting them", () => {
    expect(toHalfWidth("カ゛")).toBe("カ゛");
    expect(toHalfWidth("゜")).toBe("゜");
    // ﾅ has no voiced form: the mark stays a visible ゛, not a lone combining character.
    expect(toHalfWidth("ﾅﾞ")).toBe("ナ゛");
    expect(toHalfWidth("ﾞ")).toBe("゛");
  });

  it("folds compatibility characters (documented NFKC behaviour)", () => {
    expect(toHalfWidth("①")).toBe("1");
    expect(toHalfWidth("㈱")).toBe("(株)");
    expect(toHalfWidth("㍻")).toBe("平成");
  });

  it("leaves plain text and the empty string alone", () => {
    expect(toHalfWidth("")).toBe("");
    expect(toHalfWidth("abc 123")).toBe("abc 123");
  });
});

describe("normalizeHeader", () => {
  it("trims and removes every kind of space", () => {
    expect(normalizeHeader("  保管 期限 ")).toBe("保管期限");
    expect(normalizeHeader("保管\u3000期限")).toBe("保管期限");
    expect(normalizeHeader("保管\n期限")).toBe("保管期限");
    expect(normalizeHeader("\u200B保管期限")).toBe("保管期限");
  });

  it("removes markers such as ※ and ★", () => {
    expect(normalizeHeader("※保管期限")).toBe("保管期限");
    expect(normalizeHeader("保管期限＊")).toBe("保管期限");
    expect(normalizeHeader("★利用目的●")).toBe("利用目的");
  });

  it("unifies brackets and keeps their content", () => {
    expect(normalizeHeader("保管期限（年）")).toBe("保管期限(年)");
    expect(normalizeHeader("保管期限【年】")).toBe("保管期限(年)");
    expect(normalizeHeader("件数［概算］")).toBe("件数(概算)");
    expect(normalizeHeader("件数「概算」")).toBe("件数(概算)");
  });

  it("drops brackets left empty", () => {
    expect(normalizeHeader("保管期限（※）")).toBe("保管期限");
    expect(normalizeHeader("保管期限（）")).toBe("保管期限");
  });

  it("removes trailing colons, full- or half-width", () => {
    expect(normalizeHeader("保管期限：")).toBe("保管期限");
    expect(normalizeHeader("保管期限::")).toBe("保管期限");
    expect(normalizeHeader("保管期限（年）：※")).toBe("保管期限(年)");
    expect(normalizeHeader("時刻:分")).toBe("時刻:分");
  });

  it("lower-cases Latin letters, including full-width ones", () => {
    expect(normalizeHeader("Retention Period")).toBe("retentionperiod");
    expect(normalizeHeader("ＩＤ")).toBe("id");
  });

  it("makes half-width katakana full-width", () => {
    expect(normalizeHeader("ｱｸｾｽ権者")).toBe("アクセス権者");
  });

  it("gives the empty string for blank cells", () => {
    expect(normalizeHeader("")).toBe("");
    expect(normalizeHeader(" \u3000 ")).toBe("");
    expect(normalizeHeader("※")).toBe("");
  });
});
