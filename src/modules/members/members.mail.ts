// The invitation mail: who invites the recipient to which organization, with which role, and
// the link (the mail's secret, kept only until the mail is sent).
import type { Lang } from "../../i18n/messages.ts";
import {
  defineMailTemplate,
  HIDDEN_LINK,
  html,
  htmlMail,
  linkAction,
  mailDay,
  rawHtml,
  textFooter,
} from "../mail/index.ts";

type InvitationPayload = {
  orgName: string;
  inviterName: string;
  role: string;
  /** The last day the link works, YYYY-MM-DD (Japan). */
  expiresOn: string;
};

const ROLES: Record<string, { ja: string; en: string }> = {
  owner: { ja: "オーナー", en: "Owner" },
  admin: { ja: "管理者（PMS事務局）", en: "Admin (PMS office)" },
  manager: { ja: "部門責任者", en: "Department manager" },
  auditor: { ja: "監査担当", en: "Auditor" },
  member: { ja: "従業者", en: "Staff member" },
  consultant: { ja: "コンサルタント", en: "Consultant" },
  viewer: { ja: "閲覧のみ", en: "Read-only" },
};

const words = {
  ja: {
    subject: (p: InvitationPayload) => `【mamori】${p.orgName} への招待`,
    body: (p: InvitationPayload) =>
      `${p.inviterName} さんから、mamori の「${p.orgName}」に${ROLES[p.role]?.ja ?? p.role}として招待されました。`,
    how: "次のリンクを開き、このメールアドレスのアカウントでログイン（または登録）して参加してください。",
    expiry: (p: InvitationPayload) => `リンクの有効期限：${mailDay(p.expiresOn, "ja")}`,
    ignore: "お心当たりがない場合は、このメールを破棄してください。",
    button: "招待を確認して参加する",
  },
  en: {
    subject: (p: InvitationPayload) => `[mamori] Invitation to ${p.orgName}`,
    body: (p: InvitationPayload) =>
      `${p.inviterName} invites you to join "${p.orgName}" on mamori as ${ROLES[p.role]?.en ?? p.role}.`,
    how: "Open this link and sign in (or sign up) with this e-mail address to join:",
    expiry: (p: InvitationPayload) => `The link works until ${mailDay(p.expiresOn, "en")}.`,
    ignore: "If you do not expect this invitation, ignore this mail.",
    button: "View the invitation and join",
  },
} satisfies Record<Lang, unknown>;

export const invitationMail = defineMailTemplate<InvitationPayload>({
  id: "members.invitation",
  needsSecret: true,
  subject: (lang, p) => words[lang].subject(p),
  text: (lang, p, link) => {
    const w = words[lang];
    return `${w.body(p)}\n${w.how}\n\n${link ?? HIDDEN_LINK[lang]}\n\n${w.expiry(p)}\n${w.ignore}\n${textFooter(lang)}`;
  },
  html: (lang, p, link) => {
    const w = words[lang];
    const action = linkAction(lang, link, w.button);
    return htmlMail(
      lang,
      w.subject(p),
      html`<p>${w.body(p)}</p><p>${w.how}</p>${rawHtml(action)}<p>${w.expiry(p)}</p><p>${w.ignore}</p>`,
    );
  },
});
