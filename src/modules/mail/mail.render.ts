// Renders a queued row with its template: for sending (with its secret link) and for the admin
// preview (the link hidden).
import type { Lang } from "../../i18n/messages.ts";
import { HIDDEN_LINK, type MailPayload, mailTemplate } from "./mail.templates.ts";

export type RenderedMail = { subject: string; text: string; html: string };

export type RenderableRow = { template: string; lang: string; payload: unknown };

const langOf = (lang: string): Lang => (lang === "en" ? "en" : "ja");

/** The mail as it goes out; null when its template is unknown to this process. */
export function renderMail(row: RenderableRow, secret: string | null): RenderedMail | null {
  const template = mailTemplate(row.template);
  if (!template) return null;
  const lang = langOf(row.lang);
  const payload = (row.payload ?? {}) as MailPayload;
  return {
    subject: template.subject(lang, payload),
    text: template.text(lang, payload, secret),
    html: template.html(lang, payload, secret),
  };
}

/** The text an admin sees: the secret link replaced by a note. */
export function previewText(row: RenderableRow): string | null {
  const template = mailTemplate(row.template);
  if (!template) return null;
  const lang = langOf(row.lang);
  return template.text(
    lang,
    (row.payload ?? {}) as MailPayload,
    template.needsSecret ? HIDDEN_LINK[lang] : null,
  );
}

export const needsSecret = (template: string) => mailTemplate(template)?.needsSecret === true;
