import { describe, expect, it } from "vitest";
import { foldForSearch } from "./search-fold.ts";

describe("foldForSearch", () => {
  it("folds hiragana to katakana, keeping kanji and the long-vowel mark", () => {
    expect(foldForSearch("きゅうよデータ")).toBe("キュウヨデータ");
    expect(foldForSearch("顧客めいぼ")).toBe("顧客メイボ");
    expect(foldForSearch("ゔぁー")).toBe("ヴァー");
  });

  it("folds full-width letters and digits and half-width kana (NFKC), then lower case", () => {
    expect(foldForSearch("ＣＲＭ２０２４")).toBe("crm2024");
    expect(foldForSearch("ﾒｰﾙﾏｶﾞｼﾞﾝ")).toBe("メールマガジン");
    expect(foldForSearch("Web問い合わせ")).toBe("web問イ合ワセ");
  });

  it("leaves LIKE wildcards visible so the caller can escape them after folding", () => {
    expect(foldForSearch("１００％")).toBe("100%");
    expect(foldForSearch("＿")).toBe("_");
  });
});
