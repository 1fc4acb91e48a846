// The mail part of a notification: members who chose "mail too" (the default) and have an
// address get the same title and body by mail, with a link into the app, queued in the
// notifying transaction through the mail outbox. The text is made here, in the recipient's
// mail language, so the outbox row holds plain values (no secret: the link opens nothing by
// itself, it leads to a page behind sign-in).
import type { Tx } from "../../db/client.ts";
import type { Lang } from "../../i18n/messages.ts";
import {
  checkedAddress,
  defineMailTemplate,
  enqueueMails,
  html,
  htmlMail,
  textFooter,
} from "../mail/index.ts";
import {
  type NotificationKind,
  type NotificationPayload,
  notificationText,
} from "./notification-kinds.ts";
import type { Recipient } from "./notifications.notify.ts";

type NoticePayload = { title: string; body: string; url: string };

const words = {
  ja: {
    subject: (p: NoticePayload) => `【mamori】${p.title}`,
    open: "mamori で開く",
    why: "このお知らせは mamori の通知の設定（アプリ内とメール）にもとづいて送っています。メールが不要なときは、通知の設定で「アプリ内のみ」を選んでください。",
  },
  en: {
    subject: (p: NoticePayload) => `[mamori] ${p.title}`,
    open: "Open in mamori",
    why: "You receive this because your notification setting in mamori is “in the app and by mail”. Choose “in the app only” there to stop these mails.",
  },
} satisfies Record<Lang, unknown>;

/** One mail per notification; every value goes through the html`` tag (escaped). */
export const notificationMail = defineMailTemplate<NoticePayload>({
  id: "notifications.notice",
  subject: (lang, p) => words[lang].subject(p),
  text: (lang, p) => {
    const w = words[lang];
    const body = p.body ? `${p.body}\n\n` : "";
    return `${p.title}\n\n${body}${w.open}: ${p.url}\n\n${w.why}\n${textFooter(lang)}`;
  },
  html: (lang, p) => {
    const w = words[lang];
    return htmlMail(
      lang,
      p.title,
      html`<p><strong>${p.title}</strong></p><p>${p.body}</p><p><a href="${p.url}">${w.open}</a></p><p style="color: #777; font-size: 12px;">${w.why}</p>`,
    );
  },
});

// The public address of the app, for the link in the mail. Set once from the configuration
// when the server assembles its routes (BASE_URL); notifications are sent by the server's
// requests and jobs only, after that.
let appBaseUrl: string | null = null;

export function setNotificationMailBaseUrl(baseUrl: string): void {
  appBaseUrl = baseUrl.replace(/\/$/, "");
}

/** Members who want mail and whose address the outbox accepts; the others get the bell only. */
function mailable(recipients: readonly Recipient[]): Recipient[] {
  return recipients.filter((r) => {
    if (r.channel !== "mail" || !r.email) return false;
    try {
      checkedAddress(r.email);
      return true;
    } catch {
      return false; // an account address the outbox would refuse: never fail the change
    }
  });
}

/** Queues the mails; returns how many. */
export async function queueNotificationMails<P extends NotificationPayload>(
  tx: Tx,
  orgId: string,
  kind: NotificationKind<P>,
  payload: P,
  link: string,
  recipients: readonly Recipient[],
): Promise<number> {
  const to = mailable(recipients);
  if (!to.length) return 0;
  const url = `${appBaseUrl ?? ""}${link}`;
  const text: Record<Lang, ReturnType<typeof notificationText>> = {
    ja: notificationText(kind.id, payload, "ja"),
    en: notificationText(kind.id, payload, "en"),
  };
  await enqueueMails(
    tx,
    to.map((r) => {
      const t = text[r.lang];
      return {
        orgId,
        to: r.email,
        // A display name with a line break would be refused; the address alone then.
        toName: /[\p{Cc}\u2028\u2029]/u.test(r.name) ? null : r.name.slice(0, 100),
        template: notificationMail,
        lang: r.lang,
        payload: { title: t.title, body: t.body, url },
      };
    }),
  );
  return to.length;
}
