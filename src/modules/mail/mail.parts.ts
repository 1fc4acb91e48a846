// Pieces the mail templates of several capabilities share: how a day is written, the link
// button (or, in the admin preview, the note that hides the link), the text body's lines, and
// the words every mail carrying a person's own link ends with.
import type { Lang } from "../../i18n/messages.ts";
import { HIDDEN_LINK, html } from "./mail.templates.ts";

/** 2026-12-20 → 2026年12月20日 (ja) or 20 December 2026 (en). */
export function mailDay(iso: string, lang: Lang): string {
  const [y, m, d] = iso.split("-").map(Number);
  if (lang === "ja") return `${y}年${m}月${d}日`;
  return new Date(Date.UTC(y ?? 0, (m ?? 1) - 1, d ?? 1)).toLocaleDateString("en-GB", {
    day: "numeric",
    month: "long",
    year: "numeric",
    timeZone: "UTC",
  });
}

/**
 * The HTML of the link: a button with the address under it (for a mail program that shows no
 * links), or, with no link (the admin preview), the note that the link is only in the mail.
 */
export function linkAction(lang: Lang, link: string | null, label: string): string {
  return link
    ? html`<p><a href="${link}">${label}</a></p><p style="font-size: 12px;">${link}</p>`
    : html`<p>${HIDDEN_LINK[lang]}</p>`;
}

/** The text body from its lines: an empty line is a paragraph break, never two in a row. */
export const textLines = (lines: readonly string[]): string =>
  lines.filter((l, i) => l !== "" || lines[i - 1] !== "").join("\n");

/** Words of a mail that carries a person's own link (personal links: a course, a document). */
export const OWN_LINK_WORDS = {
  ja: {
    replaced:
      "以前のメールでお送りしたリンクは使えなくなりました。このメールのリンクをお使いください。",
    own: (lastDay: string) =>
      `このリンクはあなた専用です。ほかの人に転送しないでください（有効期限：${mailDay(lastDay, "ja")}）。`,
  },
  en: {
    replaced: "The link in the earlier mail no longer works: use the one in this mail.",
    own: (lastDay: string) =>
      `This link is yours alone: do not forward it (it works until ${mailDay(lastDay, "en")}).`,
  },
} satisfies Record<Lang, unknown>;
