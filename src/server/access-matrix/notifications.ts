// In-app notifications and each member's notification preference.
// Its rows of the access matrix, run by src/server/access.routes.test.ts in the order it
// spreads them; types.ts says what each field means.
import { ALL, msg, SCRIPT } from "./shared.ts";
import type { Route, TenantCase, WriteRoute } from "./types.ts";

export const routes: Route[] = [
  {
    method: "GET",
    path: "/notifications",
    action: "notifications.own",
    allowed: ALL,
    ok: 200,
  },
  {
    method: "GET",
    path: "/notifications/unread-count",
    action: "notifications.own",
    allowed: ALL,
    ok: 200,
  },
  {
    method: "POST",
    path: "/notifications/read-all",
    action: "notifications.own",
    allowed: ALL,
    ok: 200,
  },
  {
    method: "POST",
    path: "/notifications/:id/read",
    action: "notifications.own",
    allowed: ALL,
    ok: 204,
    prepare: async (h) => ({ id: await h.notification() }),
  },
  {
    method: "GET",
    path: "/notification-preference",
    action: "notifications.own",
    allowed: ALL,
    ok: 200,
  },
  {
    method: "PUT",
    path: "/notification-preference",
    action: "notifications.own",
    allowed: ALL,
    ok: 200,
    body: (p) => ({ channel: p.n % 2 ? "in_app" : "mail" }),
  },
];

export const tenantCases: TenantCase[] = [
  {
    method: "POST",
    path: "/notifications/:id/read",
    make: "notification",
    list: "/notifications",
  },
];

export const badInput: WriteRoute[] = [
  {
    method: "PUT",
    path: "/notification-preference",
    valid: { channel: "mail" },
    cases: [
      { what: "missing channel", body: {}, fields: { channel: msg.invalid_value } },
      {
        what: "number for channel",
        body: { channel: 1 },
        fields: { channel: msg.invalid_value },
      },
      {
        what: "unknown channel",
        body: { channel: "sms", lang: "fr" },
        fields: { channel: msg.invalid_value, lang: msg.invalid_value },
      },
      {
        what: "unknown field",
        body: { channel: "mail", userId: "x" },
        fields: { userId: msg.unknown_field },
      },
      {
        what: "script as channel",
        body: { channel: SCRIPT },
        fields: { channel: msg.invalid_value },
      },
      {
        what: "CRLF in channel",
        body: { channel: "mail\r\nBcc: x@example.jp" },
        fields: { channel: msg.invalid_value },
      },
    ],
  },
];
