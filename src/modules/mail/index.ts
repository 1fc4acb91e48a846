// Public API of the mail capability: other capabilities import only this file.
// Queue a mail with enqueueMail(tx, …) inside the transaction of the change that causes it,
// with a template the capability defines in its own file:
//
//   export const dueReminderMail = defineMailTemplate<{ title: string; due: string }>({
//     id: "reminders.due",
//     subject: (lang, p) => (lang === "ja" ? `期限のお知らせ：${p.title}` : `Due: ${p.title}`),
//     text: (lang, p) => …,
//     html: (lang, p) => htmlMail(lang, subject, html`<p>${p.title}</p>`),
//   });
//   await enqueueMail(tx, { orgId: ctx.orgId, to, toName, template: dueReminderMail,
//                           lang: "ja", payload: { title, due } });
export { checkedAddress, checkedName } from "./mail.address.ts";
export { MAIL_STATUSES, type MailStatus } from "./mail.contract.ts";
export {
  cancelQueuedMail,
  enqueueMail,
  enqueueMails,
  type MailRequest,
} from "./mail.enqueue.ts";
export { mailDeliveryJob } from "./mail.job.ts";
export {
  linkAction,
  mailDay,
  type OwnLinkMail,
  ownLinkMailHtml,
  ownLinkMailText,
} from "./mail.parts.ts";
export { type DeliveryResult, deliverDueMail } from "./mail.sender.ts";
export { mailOutbox, mailSecret } from "./mail.tables.ts";
export {
  defineMailTemplate,
  escapeHtml,
  HIDDEN_LINK,
  html,
  htmlMail,
  type MailPayload,
  type MailTemplate,
  rawHtml,
  textFooter,
} from "./mail.templates.ts";
export { createMailTransport, type MailTransport } from "./mail.transport.ts";
export { passwordResetMail } from "./templates/password-reset.ts";
