// The template registry. A capability defines its mails in its own file with
// defineMailTemplate (subject, plain text and simple HTML per language); the sender renders a
// queued row by its template id when it sends it, so a secret link enters the text only then.
import type { Lang } from "../../i18n/messages.ts";

export type MailPayload = Record<string, string | number | boolean | null>;

export type MailTemplate<P extends MailPayload = MailPayload> = {
  /** Stable id stored with each queued mail ("members.invitation"). */
  id: string;
  /**
   * The mail carries a secret (a link with its token) passed to enqueueMail: without it (a
   * restored backup, an expired link) the mail is not sent.
   */
  needsSecret?: boolean;
  subject: (lang: Lang, payload: P) => string;
  /** Plain text. `secret` is null in the admin preview (the link is never shown there). */
  text: (lang: Lang, payload: P, secret: string | null) => string;
  /** Simple HTML: every value through escapeHtml / the html`` tag. */
  html: (lang: Lang, payload: P, secret: string | null) => string;
};

const registry = new Map<string, MailTemplate>();

/** Registers a template (once per id) and returns it, to pass to enqueueMail. */
export function defineMailTemplate<P extends MailPayload>(
  template: MailTemplate<P>,
): MailTemplate<P> {
  const known = registry.get(template.id);
  if (known && known !== (template as unknown as MailTemplate))
    throw new Error(`mail template ${template.id} is defined twice`);
  registry.set(template.id, template as unknown as MailTemplate);
  return template;
}

export const mailTemplate = (id: string): MailTemplate | undefined => registry.get(id);

const HTML_ESCAPES: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
};

export const escapeHtml = (value: unknown): string =>
  String(value ?? "").replace(/[&<>"']/g, (c) => HTML_ESCAPES[c] ?? c);

/** Tagged template: every interpolated value is HTML-escaped (wrap trusted markup in rawHtml). */
export function html(strings: TemplateStringsArray, ...values: unknown[]): string {
  let out = strings[0] ?? "";
  values.forEach((v, i) => {
    out += (v instanceof RawHtml ? v.value : escapeHtml(v)) + (strings[i + 1] ?? "");
  });
  return out;
}

class RawHtml {
  constructor(readonly value: string) {}
}
/** Markup built by html`` itself (already escaped), to nest in another html``. */
export const rawHtml = (value: string) => new RawHtml(value);

/** The common frame of every mail's HTML part: a title, paragraphs, an optional button link. */
export function htmlMail(lang: Lang, title: string, body: string): string {
  return `<!doctype html>
<html lang="${lang}"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title></head>
<body style="font-family: sans-serif; line-height: 1.6; color: #222;">
${body}
<p style="color: #777; font-size: 12px;">${escapeHtml(FOOTER[lang])}</p>
</body></html>`;
}

const FOOTER: Record<Lang, string> = {
  ja: "このメールは mamori から自動で送信されています。返信はできません。",
  en: "This message was sent automatically by mamori. Replies are not read.",
};

/** The plain-text footer, under a separator line. */
export const textFooter = (lang: Lang) => `\n--\n${FOOTER[lang]}\n`;

/** What the admin preview shows where the secret link goes. */
export const HIDDEN_LINK: Record<Lang, string> = {
  ja: "［リンクは送信するメールにだけ記載されます］",
  en: "[the link is written only into the mail sent]",
};
