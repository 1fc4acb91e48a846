// Members (accounts with a role) and invitations.
// Its rows of the access matrix, run by src/server/access.routes.test.ts in the order it
// spreads them; types.ts says what each field means.
import { msg, SCRIPT } from "./shared.ts";
import type { Route, TenantCase, WriteRoute } from "./types.ts";

export const routes: Route[] = [
  {
    method: "GET",
    path: "/members",
    action: "members.read",
    allowed: ["owner", "admin", "manager", "auditor", "consultant", "viewer"],
    ok: 200,
  },
  {
    method: "PATCH",
    path: "/members/:id",
    action: "members.manage",
    allowed: ["owner", "admin"],
    ok: 204,
    prepare: async (h) => ({ id: await h.member() }),
    body: () => ({ role: "member" }),
  },
  {
    method: "DELETE",
    path: "/members/:id",
    action: "members.manage",
    allowed: ["owner", "admin"],
    ok: 204,
    prepare: async (h) => ({ id: await h.member() }),
  },
  {
    method: "GET",
    path: "/invitations",
    action: "members.manage",
    allowed: ["owner", "admin"],
    ok: 200,
  },
  {
    method: "POST",
    path: "/invitations",
    action: "members.manage",
    allowed: ["owner", "admin"],
    ok: 201,
    body: (p) => ({ email: `invitee${p.n}@example.jp`, role: "viewer" }),
  },
  {
    method: "DELETE",
    path: "/invitations/:id",
    action: "members.manage",
    allowed: ["owner", "admin"],
    ok: 204,
    prepare: async (h) => ({ id: await h.invitation() }),
  },
];

export const tenantCases: TenantCase[] = [
  {
    method: "PATCH",
    path: "/members/:id",
    make: "member",
    body: { role: "owner" },
    list: "/members",
  },
  { method: "DELETE", path: "/members/:id", make: "member", list: "/members" },
  { method: "DELETE", path: "/invitations/:id", make: "invitation", list: "/invitations" },
];

export const badInput: WriteRoute[] = [
  {
    method: "PATCH",
    path: "/members/:id",
    prepare: "member",
    valid: { role: "viewer" },
    cases: [
      { what: "missing role", body: {}, fields: { role: null } },
      { what: "number for role", body: { role: 1 }, fields: { role: null } },
      {
        what: "unknown field",
        body: { role: "viewer", userId: "x" },
        fields: { userId: msg.unknown_field },
      },
      { what: "script for role", body: { role: SCRIPT }, fields: { role: msg.invalid_value } },
    ],
  },
  {
    method: "POST",
    path: "/invitations",
    valid: {},
    cases: [
      { what: "missing fields", body: {}, fields: { email: null, role: null } },
      {
        what: "number for email",
        body: { email: 1, role: "viewer" },
        fields: { email: msg.invalid_email },
      },
      {
        what: "unknown field",
        body: { email: "a@example.jp", role: "viewer", organizationId: "x" },
        fields: { organizationId: msg.unknown_field },
      },
      {
        what: "100 kB email",
        body: { email: `${"a".repeat(100 * 1024)}@example.jp`, role: "viewer" },
        fields: { email: null },
      },
      {
        what: "script as email",
        body: { email: SCRIPT, role: "viewer" },
        fields: { email: msg.invalid_email },
      },
    ],
  },
];
