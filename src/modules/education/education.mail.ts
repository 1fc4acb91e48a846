// The mails of 教育: the invitation to take a course, and the reminder to those who have not
// completed it after the due day. The person's personal link for the course is the mail's
// secret (kept only until the mail is sent), so the outbox page never shows it. Japanese
// first; staff get Japanese.
import type { Lang } from "../../i18n/messages.ts";
import {
  defineMailTemplate,
  mailDay,
  type OwnLinkMail,
  ownLinkMailHtml,
  ownLinkMailText,
} from "../mail/index.ts";

export type CourseMailPayload = {
  orgName: string;
  personName: string;
  title: string;
  /** Minutes the course is expected to take, or null. */
  durationMinutes: number | null;
  /** YYYY-MM-DD or null. */
  dueOn: string | null;
  /** The last day the link opens, YYYY-MM-DD (Japan). */
  lastDay: string;
  /** A reminder after the due day. */
  reminder: boolean;
  /** Sent again (resend or reminder): the earlier mail's link no longer works. */
  replaces: boolean;
};

const words = {
  ja: {
    subject: (p: CourseMailPayload) =>
      `【mamori】${p.reminder ? "【再通知】" : ""}${p.orgName}：教育「${p.title}」の受講のお願い`,
    greeting: (p: CourseMailPayload) => `${p.personName} 様`,
    ask: (p: CourseMailPayload) =>
      p.reminder
        ? `${p.orgName}からお願いしている次の教育の受講が、期限を過ぎてもまだ終わっていません。お手すきのときに受講してください。`
        : `${p.orgName}から、個人情報保護についての次の教育を受講するようお願いが届いています。`,
    course: (p: CourseMailPayload) =>
      `教育：${p.title}${p.durationMinutes ? `（目安 ${p.durationMinutes}分）` : ""}`,
    due: (p: CourseMailPayload) => (p.dueOn ? `受講期限：${mailDay(p.dueOn, "ja")}` : ""),
    how: "次のリンクを開いて教材を読み、最後の確認テストに回答してください。スマートフォンでも受講できます。",
    button: "教育を受講する",
  },
  en: {
    subject: (p: CourseMailPayload) =>
      `[mamori] ${p.reminder ? "Reminder: " : ""}${p.orgName}: please take the training "${p.title}"`,
    greeting: (p: CourseMailPayload) => `Dear ${p.personName},`,
    ask: (p: CourseMailPayload) =>
      p.reminder
        ? `${p.orgName} is still waiting for you to complete the training below, which is past its due day.`
        : `${p.orgName} asks you to take the training below on protecting personal information.`,
    course: (p: CourseMailPayload) =>
      `Training: ${p.title}${p.durationMinutes ? ` (about ${p.durationMinutes} minutes)` : ""}`,
    due: (p: CourseMailPayload) => (p.dueOn ? `Due: ${mailDay(p.dueOn, "en")}` : ""),
    how: "Open this link, read the material, then answer the short test at the end. It works on a phone too.",
    button: "Take the training",
  },
} satisfies Record<Lang, unknown>;

const parts = (lang: Lang, p: CourseMailPayload): OwnLinkMail => {
  const w = words[lang];
  return {
    subject: w.subject(p),
    greeting: w.greeting(p),
    ask: w.ask(p),
    what: w.course(p),
    due: w.due(p),
    how: w.how,
    button: w.button,
    replaces: p.replaces,
    lastDay: p.lastDay,
  };
};

export const courseMail = defineMailTemplate<CourseMailPayload>({
  id: "education.course",
  needsSecret: true,
  subject: (lang, p) => words[lang].subject(p),
  text: (lang, p, link) => ownLinkMailText(lang, parts(lang, p), link),
  html: (lang, p, link) => ownLinkMailHtml(lang, parts(lang, p), link),
});
