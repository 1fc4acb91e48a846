import { describe, expect, it } from "vitest";
import { linkAction, mailDay, OWN_LINK_WORDS, textLines } from "./mail.parts.ts";

describe("mail parts", () => {
  it("write a day in Japanese and in English, without leading zeros", () => {
    expect(mailDay("2026-12-20", "ja")).toBe("2026年12月20日");
    expect(mailDay("2027-01-03", "ja")).toBe("2027年1月3日");
    expect(mailDay("2026-12-20", "en")).toBe("20 December 2026");
    expect(mailDay("2028-02-29", "en")).toBe("29 February 2028");
  });

  it("give the link as a button with its address, or the preview's note without it", () => {
    expect(linkAction("en", "https://x.example/p/a?b=1&c=2", "Open")).toBe(
      '<p><a href="https://x.example/p/a?b=1&amp;c=2">Open</a></p>' +
        '<p style="font-size: 12px;">https://x.example/p/a?b=1&amp;c=2</p>',
    );
    expect(linkAction("ja", null, "開く")).toBe(
      "<p>［リンクは送信するメールにだけ記載されます］</p>",
    );
  });

  it("keep one empty line between paragraphs, never two", () => {
    expect(textLines(["a", "", "b", "", "", "c", ""])).toBe("a\n\nb\n\nc\n");
    expect(textLines(["a", "", "", ""])).toBe("a\n");
  });

  it("end a personal link's mail with its last day", () => {
    expect(OWN_LINK_WORDS.ja.own("2027-01-03")).toBe(
      "このリンクはあなた専用です。ほかの人に転送しないでください（有効期限：2027年1月3日）。",
    );
    expect(OWN_LINK_WORDS.en.own("2027-01-03")).toBe(
      "This link is yours alone: do not forward it (it works until 3 January 2027).",
    );
  });
});
