// The mail outbox: what the app sent or will send, retry and cancel.
// Its rows of the access matrix, run by src/server/access.routes.test.ts in the order it
// spreads them; types.ts says what each field means.
import type { Route, TenantCase } from "./types.ts";

export const routes: Route[] = [
  { method: "GET", path: "/mail", action: "mail.read", allowed: ["owner", "admin"], ok: 200 },
  {
    method: "GET",
    path: "/mail/:id",
    action: "mail.read",
    allowed: ["owner", "admin"],
    ok: 200,
    prepare: async (h) => ({ id: await h.mail() }),
  },
  {
    method: "POST",
    path: "/mail/:id/retry",
    action: "mail.manage",
    allowed: ["owner", "admin"],
    ok: 204,
    prepare: async (h) => ({ id: await h.failedMail() }),
  },
  {
    method: "POST",
    path: "/mail/:id/cancel",
    action: "mail.manage",
    allowed: ["owner", "admin"],
    ok: 204,
    prepare: async (h) => ({ id: await h.mail() }),
  },
];

export const tenantCases: TenantCase[] = [
  { method: "GET", path: "/mail/:id", make: "mail", list: "/mail/:id" },
  { method: "POST", path: "/mail/:id/retry", make: "failedMail", body: {}, list: "/mail/:id" },
  { method: "POST", path: "/mail/:id/cancel", make: "mail", body: {}, list: "/mail/:id" },
];
