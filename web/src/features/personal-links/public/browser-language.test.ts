import { describe, expect, it } from "vitest";
import { pageLanguage } from "./browser-language.ts";

describe("the personal page's language", () => {
  it("follows a choice made in mamori, else the browser's first language", () => {
    expect(pageLanguage(null, ["en-US", "ja"])).toBe("en");
    expect(pageLanguage(null, ["ja-JP", "en"])).toBe("ja");
    expect(pageLanguage(null, ["fr-FR"])).toBe("ja");
    expect(pageLanguage(null, [])).toBe("ja");
    expect(pageLanguage("ja", ["en-GB"])).toBe("ja");
    expect(pageLanguage("en", ["ja"])).toBe("en");
  });
});
