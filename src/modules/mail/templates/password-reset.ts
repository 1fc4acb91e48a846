// The account mail that carries a password-reset link (queued by better-auth's
// sendResetPassword in src/server/auth.ts). The link is the mail's secret.
import type { Lang } from "../../../i18n/messages.ts";
import { linkAction } from "../mail.parts.ts";
import {
  defineMailTemplate,
  HIDDEN_LINK,
  html,
  htmlMail,
  rawHtml,
  textFooter,
} from "../mail.templates.ts";

type ResetPayload = { name: string; minutes: number };

const words = {
  ja: {
    subject: "【mamori】パスワードの再設定",
    greeting: (name: string) => `${name} 様`,
    body: "パスワードの再設定を受け付けました。次のリンクから新しいパスワードを設定してください。",
    expiry: (m: number) => `このリンクの有効期限は${m}分です。一度だけ使えます。`,
    ignore: "お心当たりがない場合は、このメールを破棄してください。パスワードは変更されません。",
    button: "新しいパスワードを設定する",
  },
  en: {
    subject: "[mamori] Reset your password",
    greeting: (name: string) => `Dear ${name},`,
    body: "We received a request to reset your password. Set a new one with this link:",
    expiry: (m: number) => `The link works once, for ${m} minutes.`,
    ignore: "If you did not ask for this, ignore this mail: your password stays the same.",
    button: "Set a new password",
  },
} satisfies Record<Lang, unknown>;

export const passwordResetMail = defineMailTemplate<ResetPayload>({
  id: "account.password-reset",
  needsSecret: true,
  subject: (lang) => words[lang].subject,
  text: (lang, p, link) => {
    const w = words[lang];
    return `${w.greeting(p.name)}\n\n${w.body}\n\n${link ?? HIDDEN_LINK[lang]}\n\n${w.expiry(p.minutes)}\n${w.ignore}\n${textFooter(lang)}`;
  },
  html: (lang, p, link) => {
    const w = words[lang];
    const action = linkAction(lang, link, w.button);
    return htmlMail(
      lang,
      w.subject,
      html`<p>${w.greeting(p.name)}</p><p>${w.body}</p>${rawHtml(action)}<p>${w.expiry(p.minutes)}</p><p>${w.ignore}</p>`,
    );
  },
});
