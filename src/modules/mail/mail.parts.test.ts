import { describe, expect, it } from "vitest";
import {
  linkAction,
  mailDay,
  type OwnLinkMail,
  ownLinkMailHtml,
  ownLinkMailText,
  textLines,
} from "./mail.parts.ts";

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

  it("write a personal link's mail: what is asked, the link, then its last day", () => {
    const m: OwnLinkMail = {
      subject: "件名",
      greeting: "山田 様",
      ask: "受講をお願いします。",
      what: "教育：基本",
      due: "",
      how: "リンクを開いてください。",
      button: "受講する",
      replaces: true,
      lastDay: "2027-01-03",
    };
    expect(ownLinkMailText("ja", m, "https://x.example/p/t")).toBe(
      [
        "山田 様",
        "",
        "受講をお願いします。",
        "教育：基本",
        "",
        "リンクを開いてください。",
        "",
        "https://x.example/p/t",
        "",
        "以前のメールでお送りしたリンクは使えなくなりました。このメールのリンクをお使いください。",
        "このリンクはあなた専用です。ほかの人に転送しないでください（有効期限：2027年1月3日）。",
        "",
        "--",
        "このメールは mamori から自動で送信されています。返信はできません。",
        "",
      ].join("\n"),
    );
    const en = ownLinkMailText("en", { ...m, due: "Due: 20 December 2026", replaces: false }, null);
    expect(en).toContain("教育：基本\nDue: 20 December 2026\n\n");
    expect(en).toContain("[the link is written only into the mail sent]\n\nThis link is yours");
    expect(en).toContain("(it works until 3 January 2027).");
    expect(en).not.toContain("earlier mail");
    const page = ownLinkMailHtml("en", { ...m, ask: "<b>x</b>", due: "Due: 1 May 2026" }, null);
    expect(page).toContain(
      "<p>&lt;b&gt;x&lt;/b&gt;</p><p><strong>教育：基本</strong><br>Due: 1 May 2026</p>",
    );
    expect(page).toContain(
      "<p>The link in the earlier mail no longer works: use the one in this mail.</p>",
    );
  });
});
