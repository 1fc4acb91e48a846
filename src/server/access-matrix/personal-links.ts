// Personal links (個人リンク): a person without an account acts through their link.
// Its rows of the access matrix, run by src/server/access.routes.test.ts in the order it
// spreads them; types.ts says what each field means.
import { LONG, msg, SCRIPT } from "./shared.ts";
import type { Route, TenantCase, WriteRoute } from "./types.ts";

export const routes: Route[] = [
  {
    method: "GET",
    path: "/personal-links",
    action: "personalLinks.read",
    allowed: ["owner", "admin", "manager", "auditor", "consultant", "viewer"],
    ok: 200,
  },
  {
    method: "POST",
    path: "/personal-links",
    // A link lets its holder act as the person: not consultants (permissions.ts).
    action: "personalLinks.manage",
    allowed: ["owner", "admin", "manager"],
    ok: 201,
    prepare: async (h) => ({ personId: await h.person() }),
    body: (p) => ({ purpose: "policy", scope: "people", personIds: [p.personId] }),
  },
  {
    method: "POST",
    path: "/personal-links/sheet.pdf",
    action: "personalLinks.manage",
    allowed: ["owner", "admin", "manager"],
    ok: 200,
    prepare: async (h) => ({ personId: await h.person() }),
    body: (p) => ({ purpose: "pledge", scope: "people", personIds: [p.personId] }),
  },
  {
    method: "POST",
    path: "/personal-links/:id/revoke",
    action: "personalLinks.manage",
    allowed: ["owner", "admin", "manager"],
    ok: 204,
    prepare: async (h) => ({ id: await h.personalLink() }),
  },
];

export const tenantCases: TenantCase[] = [
  {
    method: "POST",
    path: "/personal-links/:id/revoke",
    make: "personalLink",
    list: "/personal-links",
  },
];

export const badInput: WriteRoute[] = [
  {
    method: "POST",
    path: "/personal-links",
    valid: { purpose: "policy", scope: "all" },
    cases: [
      {
        what: "missing purpose",
        body: { scope: "all" },
        fields: { purpose: msg.invalid_value },
      },
      {
        what: "script as purpose",
        body: { purpose: SCRIPT, scope: "all" },
        fields: { purpose: msg.invalid_value },
      },
      {
        what: "CRLF in scope",
        body: { purpose: "policy", scope: "all\r\nx" },
        fields: { scope: msg.invalid_value },
      },
      {
        what: "chosen people without ids",
        body: { purpose: "policy", scope: "people" },
        fields: { personIds: msg.required },
      },
      {
        what: "string for days",
        body: { purpose: "policy", scope: "all", days: "90" },
        fields: { days: msg.invalid_type },
      },
      {
        what: "100 kB person id",
        body: { purpose: "policy", scope: "people", personIds: [LONG] },
        fields: { "personIds.0": null },
      },
      {
        what: "unknown field",
        body: { purpose: "policy", scope: "all", orgId: "x" },
        fields: { orgId: msg.unknown_field },
      },
    ],
  },
];
