// The registry of notification kinds. A kind turns a stored payload into a title, a body and a
// link of the web app, in the reader's language, so the stored row holds values, never text:
// a notification reads in whatever language its reader uses when the list is shown.
import type { Lang } from "../../i18n/messages.ts";

/** The values a kind's text needs (no secrets: rows are listed, backed up and mailed). */
export type NotificationPayload = Record<string, unknown>;

export type NotificationKind<P extends NotificationPayload = NotificationPayload> = {
  /** Stable: stored with every row ("member.joined"); never rename. */
  id: string;
  /** One line, plain text. */
  title: (lang: Lang, payload: P) => string;
  /** A sentence or two, plain text (rendered as text, never as HTML). */
  body: (lang: Lang, payload: P) => string;
  /** Where the notification leads: a path of the web app under /orgs/:orgId/ ("members"). */
  link: (payload: P) => string;
};

const kinds = new Map<string, NotificationKind>();

/** Registers a kind; an id registered twice is a programming error. */
export function defineNotificationKind<P extends NotificationPayload>(
  kind: NotificationKind<P>,
): NotificationKind<P> {
  if (kinds.has(kind.id)) throw new Error(`notification kind defined twice: ${kind.id}`);
  kinds.set(kind.id, kind as unknown as NotificationKind);
  return kind;
}

export function isRegisteredKind(kind: NotificationKind<never>): boolean {
  return kinds.get(kind.id) === (kind as unknown);
}

// A path under the organization: letters, digits and - _ / . ? = & %, no "//", no "..".
// Anything else (an outside address, a scheme, a protocol-relative URL) is refused, so a
// stored link can only ever move the reader within mamori.
const IN_APP_PATH = /^[A-Za-z0-9][A-Za-z0-9\-_/.?=&%]*$/;

/** The stored link: /orgs/<orgId>/<path>. Throws on a path that could leave the app. */
export function inAppLink(orgId: string, path: string): string {
  if (!IN_APP_PATH.test(path) || path.includes("//") || path.includes(".."))
    throw new Error(`not an in-app path: ${JSON.stringify(path)}`);
  return `/orgs/${encodeURIComponent(orgId)}/${path}`;
}

export type NotificationText = { title: string; body: string };

const FALLBACK: Record<Lang, NotificationText> = {
  ja: { title: "お知らせ", body: "" },
  en: { title: "Notification", body: "" },
};

/**
 * A stored notification's text. A kind no longer defined, or a payload an older version
 * wrote in another shape, falls back to a plain heading instead of failing the list.
 */
export function notificationText(
  kindId: string,
  payload: NotificationPayload,
  lang: Lang,
): NotificationText {
  const kind = kinds.get(kindId);
  if (!kind) return FALLBACK[lang];
  try {
    return { title: kind.title(lang, payload), body: kind.body(lang, payload) };
  } catch {
    return FALLBACK[lang];
  }
}
