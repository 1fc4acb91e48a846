// The mails of 周知・誓約: the request to read (or sign) a published version, and the reminder
// to those who have not yet. The person's personal link is the mail's secret (kept only until
// the mail is sent), so the outbox page never shows it. Japanese first; staff get Japanese.
import type { Lang } from "../../i18n/messages.ts";
import {
  defineMailTemplate,
  HIDDEN_LINK,
  html,
  htmlMail,
  rawHtml,
  textFooter,
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

/** 2026-12-20 → 2026年12月20日 (ja) or 20 December 2026 (en). */
function day(iso: string, lang: Lang): string {
  const [y, m, d] = iso.split("-").map(Number);
  if (lang === "ja") return `${y}年${m}月${d}日`;
  return new Date(Date.UTC(y ?? 0, (m ?? 1) - 1, d ?? 1)).toLocaleDateString("en-GB", {
    day: "numeric",
    month: "long",
    year: "numeric",
    timeZone: "UTC",
  });
}

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
    due: (p: AckMailPayload) => (p.dueOn ? `期限：${day(p.dueOn, "ja")}` : ""),
    how: (p: AckMailPayload) =>
      pledge(p)
        ? "次のリンクを開いて内容を最後まで読み、氏名と日付を入力して誓約してください。スマートフォンでも開けます。"
        : "次のリンクを開いて文書を最後まで読み、「確認しました」を押してください。スマートフォンでも開けます。",
    replaced:
      "以前のメールでお送りしたリンクは使えなくなりました。このメールのリンクをお使いください。",
    own: (p: AckMailPayload) =>
      `このリンクはあなた専用です。ほかの人に転送しないでください（有効期限：${day(p.lastDay, "ja")}）。`,
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
    due: (p: AckMailPayload) => (p.dueOn ? `Due: ${day(p.dueOn, "en")}` : ""),
    how: (p: AckMailPayload) =>
      pledge(p)
        ? "Open this link, read it to the end, then type your name and the date to sign. It works on a phone too."
        : 'Open this link, read the document to the end, then press "I have read it". It works on a phone too.',
    replaced: "The link in the earlier mail no longer works: use the one in this mail.",
    own: (p: AckMailPayload) =>
      `This link is yours alone: do not forward it (it works until ${day(p.lastDay, "en")}).`,
    button: (p: AckMailPayload) => (pledge(p) ? "Read and sign" : "Read and confirm"),
  },
} satisfies Record<Lang, unknown>;

export const acknowledgementMail = defineMailTemplate<AckMailPayload>({
  id: "documents.acknowledgement",
  needsSecret: true,
  subject: (lang, p) => words[lang].subject(p),
  text: (lang, p, link) => {
    const w = words[lang];
    const lines = [
      w.greeting(p),
      "",
      w.ask(p),
      w.doc(p),
      w.due(p),
      "",
      w.how(p),
      "",
      link ?? HIDDEN_LINK[lang],
      "",
      ...(p.reminder ? [w.replaced] : []),
      w.own(p),
    ];
    return `${lines.filter((l, i) => l !== "" || lines[i - 1] !== "").join("\n")}\n${textFooter(lang)}`;
  },
  html: (lang, p, link) => {
    const w = words[lang];
    const action = link
      ? html`<p><a href="${link}">${w.button(p)}</a></p><p style="font-size: 12px;">${link}</p>`
      : html`<p>${HIDDEN_LINK[lang]}</p>`;
    const due = w.due(p) ? html`<br>${w.due(p)}` : "";
    return htmlMail(
      lang,
      w.subject(p),
      html`<p>${w.greeting(p)}</p><p>${w.ask(p)}</p><p><strong>${w.doc(p)}</strong>${rawHtml(due)}</p><p>${w.how(p)}</p>${rawHtml(action)}${rawHtml(p.reminder ? html`<p>${w.replaced}</p>` : "")}<p>${w.own(p)}</p>`,
    );
  },
});
