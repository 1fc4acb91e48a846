// The mails of 周知・誓約: the request to read (or sign) a published version, and the reminder
// to those who have not yet. The person's personal link is the mail's secret (kept only until
// the mail is sent), so the outbox page never shows it. Japanese first; staff get Japanese.
import type { Lang } from "../../i18n/messages.ts";
import {
  defineMailTemplate,
  mailDay,
  type OwnLinkMail,
  ownLinkMailHtml,
  ownLinkMailText,
} from "../mail/index.ts";

export type AckMailPayload = {
  orgName: string;
  personName: string;
  number: string;
  title: string;
  versionNo: number;
  /** read | pledge */
  kind: string;
  /** YYYY-MM-DD or null. */
  dueOn: string | null;
  /** The last day the link opens, YYYY-MM-DD (Japan). */
  lastDay: string;
  /** A reminder (the earlier mail's link no longer works). */
  reminder: boolean;
};

const pledge = (p: AckMailPayload) => p.kind === "pledge";

const words = {
  ja: {
    subject: (p: AckMailPayload) =>
      `【mamori】${p.reminder ? "【再通知】" : ""}${p.orgName}：「${p.title}」の${pledge(p) ? "誓約" : "確認"}のお願い`,
    greeting: (p: AckMailPayload) => `${p.personName} 様`,
    ask: (p: AckMailPayload) =>
      p.reminder
        ? `${p.orgName}からお願いしている次の文書の${pledge(p) ? "誓約" : "確認"}が、まだ済んでいません。`
        : `${p.orgName}から、次の文書を読んで${pledge(p) ? "誓約していただく" : "確認していただく"}ようお願いが届いています。`,
    doc: (p: AckMailPayload) => `文書：${p.number} ${p.title}（第${p.versionNo}版）`,
    due: (p: AckMailPayload) => (p.dueOn ? `期限：${mailDay(p.dueOn, "ja")}` : ""),
    how: (p: AckMailPayload) =>
      pledge(p)
        ? "次のリンクを開いて内容を最後まで読み、氏名と日付を入力して誓約してください。スマートフォンでも開けます。"
        : "次のリンクを開いて文書を最後まで読み、「確認しました」を押してください。スマートフォンでも開けます。",
    button: (p: AckMailPayload) => (pledge(p) ? "文書を読んで誓約する" : "文書を読んで確認する"),
  },
  en: {
    subject: (p: AckMailPayload) =>
      `[mamori] ${p.reminder ? "Reminder: " : ""}${p.orgName}: please ${pledge(p) ? "sign" : "read"} "${p.title}"`,
    greeting: (p: AckMailPayload) => `Dear ${p.personName},`,
    ask: (p: AckMailPayload) =>
      p.reminder
        ? `${p.orgName} is still waiting for you to ${pledge(p) ? "sign" : "confirm"} the document below.`
        : `${p.orgName} asks you to read the document below and ${pledge(p) ? "sign it" : "confirm that you have read it"}.`,
    doc: (p: AckMailPayload) => `Document: ${p.number} ${p.title} (version ${p.versionNo})`,
    due: (p: AckMailPayload) => (p.dueOn ? `Due: ${mailDay(p.dueOn, "en")}` : ""),
    how: (p: AckMailPayload) =>
      pledge(p)
        ? "Open this link, read it to the end, then type your name and the date to sign. It works on a phone too."
        : 'Open this link, read the document to the end, then press "I have read it". It works on a phone too.',
    button: (p: AckMailPayload) => (pledge(p) ? "Read and sign" : "Read and confirm"),
  },
} satisfies Record<Lang, unknown>;

const parts = (lang: Lang, p: AckMailPayload): OwnLinkMail => {
  const w = words[lang];
  return {
    subject: w.subject(p),
    greeting: w.greeting(p),
    ask: w.ask(p),
    what: w.doc(p),
    due: w.due(p),
    how: w.how(p),
    button: w.button(p),
    // A reminder carries a new link: the earlier mail's no longer works.
    replaces: p.reminder,
    lastDay: p.lastDay,
  };
};

export const acknowledgementMail = defineMailTemplate<AckMailPayload>({
  id: "documents.acknowledgement",
  needsSecret: true,
  subject: (lang, p) => words[lang].subject(p),
  text: (lang, p, link) => ownLinkMailText(lang, parts(lang, p), link),
  html: (lang, p, link) => ownLinkMailHtml(lang, parts(lang, p), link),
});
