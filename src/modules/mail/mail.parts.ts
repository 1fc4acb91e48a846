// Pieces the mail templates of several capabilities share: how a day is written, the link
// button (or, in the admin preview, the note that hides the link), the text body's lines, and
// the whole body of a mail that asks a person to act through their own link.
import type { Lang } from "../../i18n/messages.ts";
import { HIDDEN_LINK, html, htmlMail, rawHtml, textFooter } from "./mail.templates.ts";

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
const OWN_LINK_WORDS = {
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

/** What a mail asking a person to act through their own link says, in its language. */
export type OwnLinkMail = {
  subject: string;
  greeting: string;
  /** What is asked of the person, by whom. */
  ask: string;
  /** The thing to act on (a course, a document), in bold in the HTML. */
  what: string;
  /** The due day's line, or "" without one. */
  due: string;
  how: string;
  button: string;
  /** Mailed again: the earlier mail's link no longer works. */
  replaces: boolean;
  /** The last day the link opens, YYYY-MM-DD (Japan). */
  lastDay: string;
};

/** The plain text of such a mail; `link` is null in the admin preview. */
export function ownLinkMailText(lang: Lang, m: OwnLinkMail, link: string | null): string {
  const own = OWN_LINK_WORDS[lang];
  const lines = [
    m.greeting,
    "",
    m.ask,
    m.what,
    m.due,
    "",
    m.how,
    "",
    link ?? HIDDEN_LINK[lang],
    "",
    ...(m.replaces ? [own.replaced] : []),
    own.own(m.lastDay),
  ];
  return `${textLines(lines)}\n${textFooter(lang)}`;
}

/** The HTML of such a mail; `link` is null in the admin preview. */
export function ownLinkMailHtml(lang: Lang, m: OwnLinkMail, link: string | null): string {
  const own = OWN_LINK_WORDS[lang];
  const due = m.due ? html`<br>${m.due}` : "";
  const replaced = m.replaces ? html`<p>${own.replaced}</p>` : "";
  return htmlMail(
    lang,
    m.subject,
    html`<p>${m.greeting}</p><p>${m.ask}</p><p><strong>${m.what}</strong>${rawHtml(due)}</p><p>${m.how}</p>${rawHtml(linkAction(lang, link, m.button))}${rawHtml(replaced)}<p>${own.own(m.lastDay)}</p>`,
  );
}
